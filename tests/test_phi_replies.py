"""The `phi` check on public replies: a reply that names only an encounter every reader has had ("your visit")
confirms nothing, one that names the reader's clinical care does; subject lines are not names. Every example
here is invented."""

from __future__ import annotations

import pytest

from bot.guardrails import phi
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def found(text: str, policy: Policy) -> list[tuple[str, str]]:
    """(kind, excerpt) of each phi finding, in order."""
    return [(f.kind, f.excerpt) for f in phi.check(ReviewContext(text=text, platform=None, policy=policy))]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for telling us about your visit. Our patient advocate would like to hear more: (555) 010-7781.",
        "We're sorry your appointment wasn't what you hoped for. Please message us privately.",
        "So sorry about your wait last week. We can't discuss details here, but please call us.",
        "@lakeside_lou thank you for the feedback on your recent visit! We've shared it with the front desk.",
        "Odalys, we're sorry your visit felt rushed. Please call our practice manager so we can listen.",
        "Lamentamos que su cita no fuera como esperaba. Llámenos y con gusto le ayudamos.",
    ],
)
def test_a_reply_about_a_generic_encounter_confirms_nothing(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So glad your new filling feels comfortable now!", ("patient_reply", "your new filling")),
        ("@porchlight_pam so glad your ER visit went quickly!", ("handle", "@porchlight_pam")),
        ("Odalys, we're sorry your biopsy results took so long to reach you.", ("name", "Odalys")),
    ],
)
def test_a_reply_about_clinical_care_still_confirms_it(
    text: str, expected: tuple[str, str], policy: Policy
) -> None:
    assert expected in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Re: your question about shingles shots, every pharmacy location has them this week.",
        "Fwd: your reminder about our new parking garage hours.",
        "PSA: your flu shot is free at every clinic this month.",
    ],
)
def test_a_subject_line_is_not_a_name(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("@birchwood_bea we'll have your insulin ready by noon!", "@birchwood_bea"),
        ("@quinn.lafleur we faxed your referral to the sleep lab this morning.", "@quinn.lafleur"),
        ("@tillerman_22 keep the splint on and bring him back Thursday so we can recheck it.", "@tillerman_22"),
        ("@maple_and_moss it was an honor caring for your dad last month 💙", "@maple_and_moss"),
        ("@goldie_paws Ezra was so brave at his shots today! Extra stickers earned.", "@goldie_paws"),
    ],
)
def test_a_reply_that_confirms_we_hold_the_readers_care(text: str, handle: str, policy: Policy) -> None:
    assert ("handle", handle) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "We'll have your prescription ready in 15 minutes or less at every one of our pharmacies!",
        "@fenwick_fam Yes! We'll have flu shots at every location starting Monday.",
        "@ridgeline_rae thanks for following along! We love caring for our community.",
    ],
)
def test_promises_to_the_public_confirm_no_ones_care(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("@hollow_pine_hal take 400 mg of ibuprofen every six hours and you'll be fine by Friday.", "@hollow_pine_hal"),
        ("@ruthie.bakes that's a UTI. Start the amoxicillin we gave you last year and drink lots of water.",
         "@ruthie.bakes"),
        ("@mateo_rides you should skip the MRI and just rest that knee for a week.", "@mateo_rides"),
        ("@lu_garzon Tome 500 mg de amoxicilina cada 8 horas por una semana.", "@lu_garzon"),
    ],
)
def test_a_reply_that_tells_its_reader_what_to_take_or_stop(text: str, handle: str, policy: Policy) -> None:
    assert ("handle", handle) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "@kestrel_kim Great question! Most people can take ibuprofen for a sprain, but talk to your doctor first.",
        "@poppy_seed_pa If your child has a prescribed inhaler, keep a spare at school and check the date.",
        "@trailhound Yes, we compound flavored pet meds too 🐶 Just bring in your vet's prescription.",
        "@arden_ives Our pharmacy carries ibuprofen, acetaminophen and children's doses at every location.",
    ],
)
def test_general_answers_in_replies_advise_no_one(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


def test_a_generic_encounter_on_a_given_day_confirms_it(policy: Policy) -> None:
    text = "@porch_swing_pat sorry about the wait at your appointment yesterday, we're fixing our check-in."
    assert ("handle", "@porch_swing_pat") in found(text, policy)


def test_a_patients_own_account_after_follow(policy: Policy) -> None:
    text = "Follow @orrin_fights for updates on his recovery after his heart transplant!"
    assert ("handle", "@orrin_fights") in found(text, policy)
    assert found("Follow @cedarcresthealth for more healthy tips on your recovery after surgery!", policy) == []
