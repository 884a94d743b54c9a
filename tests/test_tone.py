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
        ("Maybe if you'd read the discharge papers you wouldn't be back here.", "Maybe if you'd", "sarcasm"),
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
