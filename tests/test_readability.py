from textstat.textstat import textstatistics

from bot.guardrails import review
from bot.guardrails.readability import _prose, reading_grade
from bot.policy import Policy

SIMPLE = (
    "Flu shots are free this week. Come to any of our clinics. You do not need to call first. "
    "Bring your card if you have one. Kids can get a shot too. We are open late on Tuesday."
)
DENSE = (
    "Comprehensive multidisciplinary cardiovascular rehabilitation programmes substantially ameliorate "
    "functional capacity, psychological wellbeing and subsequent hospitalisation probability among "
    "individuals recovering from myocardial infarction, notwithstanding considerable heterogeneity "
    "in participation attributable to socioeconomic circumstances."
)


def test_plain_text_grades_low_and_dense_text_high() -> None:
    simple, dense = reading_grade(SIMPLE), reading_grade(DENSE)
    assert simple is not None and dense is not None
    assert simple < 5 < 14 < dense


def test_grade_matches_textstat_itself() -> None:
    reference = textstatistics()
    reference.set_lang("en")
    expected = max(reference.flesch_kincaid_grade(_prose(DENSE)), 0.0)
    for _ in range(3):  # memoised hyphenation gives the same answer every time
        assert reading_grade(DENSE) == round(expected, 1)


def test_too_short_to_grade() -> None:
    assert reading_grade("Open late Tuesday!") is None
    report = review("Open late Tuesday!")
    assert report.readability.grade is None
    assert report.by_check("readability") == []


def test_links_handles_and_hashtags_are_not_prose() -> None:
    padded = SIMPLE + " https://example.org/a-very-long-path/with-many-segments-and-words @someone #FluSeason2026"
    assert reading_grade(padded) == reading_grade(SIMPLE)


def test_over_the_target_warns_on_the_longest_sentence() -> None:
    report = review(SIMPLE + " " + DENSE)
    (finding,) = report.by_check("readability")
    assert finding.severity == "warn"
    assert report.text[finding.start : finding.end].startswith("Comprehensive")
    assert report.readability.target == 8


def test_policy_target_is_respected() -> None:
    relaxed = Policy.model_validate({"reading_grade_target": 20})
    assert review(SIMPLE + " " + DENSE, policy=relaxed).by_check("readability") == []


def test_spanish_is_graded_with_a_spanish_formula() -> None:
    spanish = (
        "La gripe puede ser grave para los niños pequeños y las personas mayores. La vacuna es gratis "
        "esta semana en todas nuestras clínicas. No necesita cita. Traiga su tarjeta si la tiene."
    )
    grade = reading_grade(spanish, "es")
    assert grade is not None and grade < 9
    assert review(spanish).readability.grade == grade  # the engine detects the language
