"""Advice in new wordings: a change verb on a medicine, permission to change it, care told to one person."""

from __future__ import annotations

import pytest

from bot.guardrails import advice
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def advice_kinds(text: str, policy: Policy) -> list[str]:
    return [f.kind for f in advice.check(ReviewContext(text=text, platform=None, policy=policy))]


@pytest.mark.parametrize(
    "text",
    [
        # a change verb on a medicine, in the public
        "Feeling better? You can ease off your prednisone this week.",
        "Heart rate steady? Hold off on your beta blocker for a few days.",
        "Pro tip: halve your blood pressure pill when it's hot out.",
        "Tired of your statin? Swap it for plant sterols.",
        "New moms on Zoloft: you can wean off once the baby sleeps through the night.",
        "Cambie su pastilla de la presión por té de hibisco.",
        # schedules, extra doses, leftover prescriptions
        "If your inhaler makes you jittery, just use it every other day instead.",
        "Allergy season hack: take 2 Zyrtec instead of 1 when pollen is high.",
        "If you miss a dose of your blood thinner, just take two the next day.",
        "Not sleeping? Take an extra Xanax at bedtime.",
        "Sore throat again? Grab some leftover antibiotic pills from last winter.",
        # permission, in either word order
        "It's okay to skip a day of your antidepressant now and then.",
        "Missing a few days of your blood pressure pills won't hurt.",
        "There's no reason to keep taking Plavix after the first year.",
        "Try spacing your Adderall doses further apart on weekends.",
        "Si se siente bien, puede saltarse la pastilla de la presión algunos días.",
        "Why keep taking statins when our red yeast rice does the same job?",
        "Say goodbye to your inhaler with our breathing program!",
        "PSA: your antidepressant isn't doing anything after six months, so go ahead and quit.",
        "Breastfeeding moms should stop their antidepressants until they wean.",
        "A word from a cardiologist: most of you on aspirin for prevention should just stop.",
        "If you're on Eliquis and have a dental cleaning, just hold it for three days beforehand.",
        "Kids on ADHD meds don't need them in summer.",
        "To our dialysis patients: you can stop your phosphate binders on weekends.",
        "Our pharmacists recommend cutting Xarelto in half if you bruise easily.",
        "Fever under 103 in a toddler? No need to see a doctor, just keep them cool.",
    ],
)
def test_flags_changes_to_a_medicine_in_new_wordings(text: str, policy: Policy) -> None:
    assert advice_kinds(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "@mark_t97 honestly that sounds like a pulled hamstring, just stretch it out.",
        "@rosa_g that burning when you pee is a UTI for sure, drink cranberry juice.",
        "@andy88 wrap it and keep walking on it, it's not broken.",
        "Jess, you don't need stitches for that, just butterfly bandage it at home.",
        "@nina_k the jaundice will clear up on its own, skip the bilirubin check.",
        "Hi, Dana! That rash is eczema, put hydrocortisone on it twice a day.",
        "Great question, Jen! You can take your Synthroid with coffee, it's fine.",
        "@meg_r it's totally safe to take Tylenol while breastfeeding!",
        "Q: my 4-year-old has a rash on her trunk. A: That's roseola, give ibuprofen and she'll be fine.",
        "Sorry to hear your daughter is sick! That's a classic ear infection, give her the pink medicine.",
        "Hi Tom, based on the photo you sent, that's cellulitis. Start the leftover Keflex tonight.",
        "Replying to Ana: a fever of 101 after the shot is normal, give her ibuprofen and skip the follow-up.",
        '"My toddler has a 102 fever, what do I do?" Alternate Tylenol and Motrin every 3 hours.',
        "Your son's rash sounds like eczema, put hydrocortisone on it twice a day.",
        "To Dana: that's definitely shingles.",
        "Feel better soon! Sounds like the flu, so take Tamiflu if you still have some.",
    ],
)
def test_flags_care_told_to_one_person(text: str, policy: Policy) -> None:
    assert advice_kinds(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Never stop a prescribed medicine without talking to your doctor.",
        "Don't skip doses of your antibiotic, even if you feel better.",
        "Missing doses of your seizure medicine can be dangerous.",
        "Drop your prescriptions off at the front counter and we'll text you.",
        "Drop off expired or unused medications at our take-back kiosk.",
        "Replace your EpiPen before it expires.",
        "You don't need antibiotics for a cold.",
        "Our pharmacists can lower your prescription costs.",
        "Combination vaccines reduce the number of shots your child needs.",
        "She kept skipping her insulin and ended up in the ER.",
        "Leave your medicines in the original bottles when you travel.",
        "It's okay to ask us anything about your medicines.",
        "Happy Monday, team! Take your breaks and drink water.",
        "@carla_b we're so sorry you're in pain. Please call our nurse line.",
        "@sam_k rest up and call us if it gets worse!",
        "@ben_w Yes, we take most insurance. Give us a ring to book.",
        "@sam you can find our hours on the website.",
        "Thanks for reaching out! Please call our nurse line so we can help.",
        "Weaning off the bottle at 12 months is what pediatricians recommend.",
        "Most kids with colds don't need antibiotics, and honestly they don't need them at all.",
        "Feeling sick? You should stop by our clinic.",
        "No need for an appointment, walk-ins welcome for flu shots!",
        "No need to come in for a refill: request it online.",
        "If you have chest pain, don't wait: call 911.",
        "Your child's fever is the body fighting infection; call us if it lasts more than 3 days.",
        "Flu season tips: rest, fluids, and feel better soon if you're sick!",
    ],
)
def test_leaves_general_and_safe_posts_alone(text: str, policy: Policy) -> None:
    assert advice_kinds(text, policy) == []
