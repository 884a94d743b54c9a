"""The `consent` check: a patient story, testimonial, photo or video with no statement of permission."""

from __future__ import annotations

import pytest

from bot.guardrails import consent, review
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def findings(text: str, policy: Policy) -> list:
    return consent.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Meet Daniel! After his stroke he couldn't hold a fork. Today he cooked dinner.", "Meet Daniel"),
        ("Our patient Mrs. G just rang the bell after her final chemo session 🔔", "Our patient Mrs. G"),
        ("\"Best dental visit of my life!\" One of our patients said this today and we're blushing.",
         "One of our patients said"),
        ("Before-and-after photos from one of our aligner patients 😁",
         "Before-and-after photos from one of our aligner patients"),
        ("Check out this video of our patient taking her first steps with her new prosthetic leg!",
         "video of our patient"),
        ("Congratulations to Marcus Bell on completing cardiac rehab! He walked 3 miles this morning.",
         "Congratulations to Marcus Bell"),
        ("Another satisfied patient leaving with a brand-new smile! 😁", "Another satisfied patient"),
        ("Watch one of our knee replacement patients tackle the stairs two weeks after surgery!",
         "Watch one of our knee replacement patients"),
        ("So many smiles from our little patients at the pumpkin-painting party 🎃📸",
         "smiles from our little patients"),
        ("Like the dad who told us his back pain finally let him coach his son's team again.", "the dad who told us"),
        ("Remember little Ava? She was born at 24 weeks. Today she turned 5! 🎂", "Remember little Ava"),
        ("After 3 months in our burn unit, Jason is going home today! 🎉", "Jason is going home"),
        ("Patient update: Carlos is off the ventilator and breathing on his own!", "Patient update"),
        ("This brave girl was diagnosed with type 1 diabetes at 4. Now she teaches her class about insulin!",
         "This brave girl was diagnosed"),
        ("Conozcan a Sofía, que venció la leucemia y hoy regresa a la escuela. 💛", "Conozcan a Sofía"),
        ("Uno de nuestros pacientes nos dijo hoy: 'Gracias por devolverme la sonrisa.'",
         "Uno de nuestros pacientes nos dijo"),
        ("¡Felicidades a Don Ramón por terminar su rehabilitación cardíaca! 💪", "Felicidades a Don Ramón"),
        ("\"I came in with chest pain and left with my life.\" Thank you, Robert, for trusting our cardiac team.",
         "\"I came in with chest pain and left with my life.\""),
        ("Three years ago, Marisol couldn't climb a flight of stairs. Last weekend she ran a half marathon!",
         "Marisol couldn't climb"),
        ("Throwback to this sweet moment: one of our NICU babies meeting her big brother 💕📸",
         "one of our NICU babies"),
        ("Este pequeño guerrero pasó 80 días en nuestra UCIN y hoy por fin se va a casa. 💙",
         "Este pequeño guerrero pasó"),
    ],
)
def test_patient_stories_without_permission_block(text: str, excerpt: str, policy: Policy) -> None:
    found = findings(text, policy)
    assert found, text
    assert all(f.check == "consent" and f.severity == "block" for f in found)
    assert any(f.excerpt == excerpt for f in found), [f.excerpt for f in found]
    for f in found:
        assert text[f.start : f.end] == f.excerpt
        assert "permission" in f.message and f.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Shared with Daniel's permission: after his stroke he couldn't hold a fork. Today he cooked dinner!",
        "Marcus agreed to share his story: he walked 3 miles this morning after cardiac rehab.",
        "Meet Daniel! (Shared with his blessing.) After his stroke he couldn't hold a fork.",
        "Posted with written consent: watch one of our patients tackle the stairs after knee surgery!",
        "Thank you, Walter, for letting us share your words about your shoulder surgery recovery!",
        "Con el permiso de su familia: Sofía venció la leucemia y hoy regresa a la escuela.",
        "Meet Leo! His family signed a photo release so we could celebrate his NICU graduation.",
        "Her mom said we could share: Ava was born at 24 weeks and turned 5 today! 🎂",
        "Meet Dr. Priya Nair, our new pulmonologist, who joins us from Boston. Welcome!",
        "Congratulations to Maria Lopez, RN, on her critical care certification! 🎉",
        "Staff spotlight: meet Tony from our pharmacy team. He has filled prescriptions here for 15 years.",
        "Meet Sarah! She's a labor and delivery nurse who has welcomed more than 2,000 babies.",
        "Meet Biscuit, the newest member of our pet therapy team! 🐶",
        "Shout-out to Kevin in Patient Transport for going above and beyond this week!",
        "Happy birthday to our amazing unit secretary, Denise! 🎂",
        "Patients often ask whether they need to fast before a cholesterol test. Here's the answer.",
        "A patient asked us this week whether flu shots can give you the flu. Short answer: no.",
        "We now offer video visits for established patients. Book online!",
        "Thank you for the kind review, we'll share it with the team! 💙",
        "Join our NICU reunion picnic on Saturday, June 14, 11am–2pm at Riverside Park!",
        "Now hiring: patient care techs for our rehab unit. Apply at ourhospital.org/careers",
        "Before and after surgery, avoid ibuprofen unless your surgeon says it's OK.",
        "This is National Nurses Week, and we're celebrating the people who care for our patients.",
        "Remember: heart attack symptoms can look different in women. Call 911.",
        "Our patient portal just got easier to use! Log in to see your results.",
        "A myth we hear every week: \"I feel fine, so I don't need my blood pressure checked.\" Not true!",
        "\"I love helping families through their hardest days,\" says Ana Ruiz, RN, our NICU nurse of 12 years.",
    ],
)
def test_consented_stories_and_other_posts_pass(text: str, policy: Policy) -> None:
    assert findings(text, policy) == []


def test_never_giving_permission_is_not_permission(policy: Policy) -> None:
    text = "Meet Daniel! We never asked permission, but after his stroke he cooked dinner for his family."
    assert findings(text, policy)


def test_span_is_the_story_phrase_not_the_whole_post(policy: Policy) -> None:
    text = "Big week on 3 North! 🎉 Meet Trina: she left her oxygen tank behind after six weeks of pulmonary rehab."
    (finding,) = findings(text, policy)
    assert finding.excerpt == "Meet Trina"


def test_spanish_post_gets_a_spanish_example(policy: Policy) -> None:
    (finding,) = findings("Uno de nuestros pacientes nos dijo que la terapia le cambió la vida.", policy)
    assert "permiso" in finding.suggestion


def test_engine_blocks_an_unconsented_testimonial() -> None:
    report = review("One of our patients told us our night nurses are angels. 😇", "x")
    assert report.verdict == "block"
    assert "consent" in {f.check for f in report.findings}
