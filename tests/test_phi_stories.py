"""The `phi` check on patients in long stories: a name whose care is told a few sentences later, and a name not
in the given-name list that a story makes a person's. Every example here is invented."""

from __future__ import annotations

import pytest

from bot.guardrails import phi
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def found(text: str, policy: Policy) -> list[tuple[str, str]]:
    """(kind, excerpt) of each phi finding, in order."""
    return [(f.kind, f.excerpt) for f in phi.check(ReviewContext(text=text, platform=None, policy=policy))]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Ottoline Marsh spent forty years playing the organ at the chapel. Her neighbors still hum her hymns. "
         "She never missed a recital. Last winter she was rushed to our ER unable to speak.", "Ottoline Marsh"),
        ("Everyone at the co-op knows Bartholomew. He fixes every bike in town for free. On Tuesday he underwent "
         "a triple bypass with our cardiac team.", "Bartholomew"),
        ("Zebulon Achterberg spent 40 years fishing off the north pier. He still wakes at four. In March he "
         "was diagnosed with lymphoma.", "Zebulon Achterberg"),
    ],
)
def test_care_told_a_few_sentences_after_the_name(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    ("text", "not_a_patient"),
    [
        # the care that follows belongs to someone named in between
        ("Rosalind Achebe chairs our foundation board. She introduced us to Bartholomew Fenn last year. He "
         "underwent a triple bypass with our cardiac team in May.", "Rosalind Achebe"),
        # no he or she after the verb: a brand, not a person
        ("Lumivex spent two years testing its new insulin pump with nurses. The results are in our newsletter.",
         "Lumivex"),
        # a staff story with no one's care in it
        ("Philippa Stroud walked into our ICU as a new grad in 1994. She retires this Friday after 30 years.",
         "Philippa Stroud"),
    ],
)
def test_stories_that_do_not_make_a_name_a_patient(text: str, not_a_patient: str, policy: Policy) -> None:
    assert ("name", not_a_patient) not in found(text, policy)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Quenlix was SO nervous for his first cleaning, and look at that grin now 😁", "Quenlix"),
        ("Ysmay, one of our cardiac patients, finished the half marathon 11 months after his bypass!", "Ysmay"),
        ("Our chair-dance class wouldn't be the same without Orlaith from Apt 3B, who just finished PT for her hip.",
         "Orlaith"),
    ],
)
def test_a_single_unlisted_name_in_a_patients_sentence(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Research has linked language-concordant care with better outcomes for patients and their families.",
        "Insulin was discovered in 1921, and it changed his field forever, said our historian.",
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_name(text: str, policy: Policy) -> None:
    assert [kind for kind, _ in found(text, policy) if kind == "name"] == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("She arrived by helicopter at 2am, barely breathing. Our trauma team worked for six hours. Three weeks "
         "later she walked out the front door. Her name is Odile, and she's 19.", "Odile"),
        ("Three years ago a man walked into our ER with chest pain. He needed a triple bypass. Today he coached his "
         "grandson's team to a title. We're so proud of you, Bartholomew.", "Bartholomew"),
    ],
)
def test_a_name_that_closes_a_story_told_of_him_or_her(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


def test_a_staff_story_that_closes_with_thanks_names_no_patient(policy: Policy) -> None:
    text = ("She has worked nights in our ICU for 20 years. She holds hands and cracks jokes at 3am. "
            "Thank you for everything, Brunhilde!")
    assert ("name", "Brunhilde") not in found(text, policy)
