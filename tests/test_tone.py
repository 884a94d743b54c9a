"""The `tone` check (warns): insults, profanity, sarcasm and mockery, personal political attacks."""

from __future__ import annotations

import pytest

from bot.guardrails import review, tone
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def findings(text: str, policy: Policy) -> list:
    return tone.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    ("text", "excerpt", "kind"),
    [
        ("Imagine thinking essential oils cure strep. Idiots.", "Idiots", "insult"),
        ("People who skip their kids' vaccines are morons.", "morons", "insult"),
        ("What the hell is wrong with people who park in the ambulance bay?", "What the hell", "profanity"),
        ("This sh!t is why nurses burn out.", "sh!t", "profanity"),
        ("Maybe if you'd read the discharge papers you wouldn't be back here.", "Maybe if you'd read", "sarcasm"),
        ("Our \"favorite\" caller phoned 9 times about a paper cut.", '"favorite"', "sarcasm"),
        ("Sorry your 'emergency' wasn't as important as a gunshot wound.", "'emergency'", "sarcasm"),
        ("You waited 20 minutes for a splinter. A SPLINTER. We had a trauma.", "A SPLINTER", "sarcasm"),
        ("Masks are required. Some of you clearly can't read signs 🙄", "🙄", "sarcasm"),
        ("LOL at the patient who thought the ER was a drive-thru 😂", "LOL at the patient", "sarcasm"),
        ("Must be nice to have time to write a novel-length review about a 10-minute wait.", "Must be nice",
         "sarcasm"),
        ("Governor Hale is a liar and a disgrace to this state.", "liar", "political"),
        ("Every lawmaker who voted to cut rural clinics has blood on their hands.", "blood on their hands",
         "political"),
        ("Qué vergüenza: los políticos que votaron contra el hospital son unos cobardes.", "Qué vergüenza",
         "political"),
        ("Si usted hubiera tomado su medicamento, no estaría aquí otra vez.", "Si usted hubiera", "sarcasm"),
        ("Reminder for the geniuses who keep parking in the ambulance bay: we will tow you.", "the geniuses",
         "sarcasm"),
        ("Another 1-star review because we won't prescribe opioids over the phone. Shocking.", "Shocking.",
         "sarcasm"),
        ("Senator Pike doesn't care if rural moms have to drive 90 miles to give birth.", "doesn't care if",
         "political"),
        # laughter or sass aimed at someone singled out
        ("The man in bed 14 asked for a pizza delivery to the ICU. Twice. 😂", "😂", "sarcasm"),
        ("Patients who bring a binder of TikTok diagnoses: the whole front desk is laughing", "is laughing", "sarcasm"),
        ("To the reviewer who called our lobby 'too beige': noted 🙃", "🙃", "sarcasm"),
        ("Al señor de la cama 8: esto no es un restaurante 🙄", "🙄", "sarcasm"),
        # pet names that talk down to someone
        ("Relax, sweetie, the needle is smaller than your ego 💅", "sweetie", "sarcasm"),
        ("pro tip sir: the ER is not a pharmacy", "pro tip sir", "sarcasm"),
        # sarcasm at reviewers and complainers
        ("Thanks so much for the thoughtful one-star review about our coffee.",
         "Thanks so much for the thoughtful one-star", "sarcasm"),
        ("Forgive us if we don't rush a sprained pinky ahead of a stroke.", "Forgive us if we don't", "sarcasm"),
        ("Maybe try reading the appointment card before you post a review?",
         "Maybe try reading the appointment card before you post a review?", "sarcasm"),
        ("Ma'am, if you'd read the sign you would know we close at 6.", "if you'd read", "sarcasm"),
        ("Drove himself in with a nail through his boot to save on the ambulance. Truly a genius move 👏",
         "Truly a genius move", "sarcasm"),
        ("The audacity of the patient who asked for a refund on his flu shot because he still caught a cold 😂",
         "The audacity", "sarcasm"),
        ("Dear reviewer who gave us one star for 'too many questions': those questions caught your sepsis. "
         "You're welcome.", "You're welcome", "sarcasm"),
        ("Our triage nurse has a doctorate. Your Facebook group does not. 💅", "💅", "sarcasm"),
        ("Y'all are a real piece of work. Read the sign.", "real piece of work", "insult"),
        ("What a load of BS from the anti-vax crowd.", "load of BS", "profanity"),
        ("Eso es una estupidez. Vacune a sus hijos.", "estupidez", "insult"),
        ("Ma'am, the ER isn't a walk-in salon. Please stop calling about your nails.", "Ma'am", "sarcasm"),
        ("To the dad who yelled at our nurse: real classy in front of your kids 👏", "real classy", "sarcasm"),
        ("Cry harder about the parking fee, Kevin 😂", "Cry harder", "sarcasm"),
        # insults that are insults in politics
        ("Commissioner Dale cut our clinic's budget again. Vote the clown out!", "Vote the clown out", "political"),
    ],
)
def test_unprofessional_tone_warns(text: str, excerpt: str, kind: str, policy: Policy) -> None:
    found = findings(text, policy)
    assert found, text
    assert all(f.check == "tone" and f.severity == "warn" for f in found)
    match = [f for f in found if f.excerpt == excerpt]
    assert match, [f.excerpt for f in found]
    assert match[0].kind == kind
    for f in found:
        assert text[f.start : f.end] == f.excerpt
        assert f.message and f.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Have a good week, Team! ☕ Coffee's on us in the lobby.",
        "Goals! 💪 Our PT team crushed the hospital 5K this weekend.",
        "The only side effect of our new Saturday hours? More weekend 😎",
        "There's no such thing as a stupid question. Ask your pharmacist!",
        "Can't sleep? Try counting sheep... or call our sleep clinic 😴",
        "Lazy eye (amblyopia) is best treated early. Book a kids' eye exam.",
        "Happy April Fools' Day! No joke: flu shots are free today.",
        "You're entitled to a copy of your medical records. Here's how to ask for one.",
        "Hospital clowns brighten our pediatric floor every Friday 🎈",
        "Watch your kids grow up healthy: book their checkups today.",
        "Forgive us for bragging, but our nurses just won a national award!",
        "Psycho-oncology support groups meet Thursdays at 6pm.",
        "HIPAA protects your health information. Ask us how we follow HIPAA rules.",
        "Don't be a fool, get your flu shot before Halloween! 🎃",
        "We're crazy about our nurses! Happy Nurses Week 💙",
        "Nobody likes a cold. Here's how to feel better faster.",
        "An incompetent cervix can be treated. Talk to your OB.",
        "Vote on Tuesday! Bring your ID, and check your polling place at vote.gov.",
        "Great news: the ONLY thing you need for your flu shot is your insurance card.",
        "We don't care about your insurance status: everyone gets seen in our ER.",
        "Shocking but true: most adults don't get enough sleep. Here are 5 tips.",
        # laughter and pet names among friends, kind replies to reviews
        "Thanks for the 5-star review, Jen! 😂 Our front desk team is blushing.",
        "Whoever left a box of donuts at the nurses' station: thank you! 🍩😂",
        "We laughed so hard at our staff Halloween contest 😂 Congrats to the winners!",
        "Hey buddy, great job at your checkup today! 🦷",
        "Ma'am, thank you for reaching out. Please call us so we can look into this.",
        "Monday again 🙃 Coffee's in the break room.",
        "It's a marathon, not a sprint: pace yourself when you start a new exercise routine 🏃",
        "Maybe next time you're in, ask about our new patient portal!",
        "If you'd like to book a flu shot, call us or use the app.",
        "Oh sure, we'll be open on Saturday! 9am to noon.",
        "The clown from our child life program visits the playroom every Friday 🎈",
        "Our budget for the new wing was approved by the county council! 🎉",
        "Complaints about parking are down 40% since the new garage opened 😂🙌",
        "Patients who use our portal can now see test results the same day.",
        "You're welcome to join our free CPR class on Saturday!",
        "Patients with AF may need a blood thinner. Ask your cardiologist.",
        "Now hiring: BS-prepared nurses for our cardiac unit.",
        "Thank you for your feedback. We take every review seriously and would like to talk: (555) 123-4567.",
        "Our nurses' reaction when the new coffee machine arrived 😂☕",
    ],
)
def test_friendly_and_clinical_posts_pass(text: str, policy: Policy) -> None:
    assert findings(text, policy) == []


def test_tone_warns_and_never_blocks() -> None:
    report = review("Anyone who can't find the parking garage is an idiot.", "facebook")
    assert report.verdict in {"revise", "block"}
    assert [f.severity for f in report.by_check("tone")] == ["warn"]
    assert not any(f.severity == "block" and f.check == "tone" for f in report.findings)


def test_spanish_insults_are_caught(policy: Policy) -> None:
    (finding,) = findings("Los que no se vacunan son unos idiotas.", policy)
    assert finding.excerpt == "idiotas"
    assert finding.kind == "insult"
