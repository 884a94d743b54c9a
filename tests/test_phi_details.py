"""The `phi` check on details that single one patient out (their school, instrument, trade, the business they
run) and on dates of their care written in less usual ways. Every example here is invented."""

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
        ("Meet the fifth-grade violinist from Juniper Hollow Elementary who played for our nurses after beating "
         "leukemia.", "the fifth-grade violinist from Juniper Hollow Elementary"),
        ("We were honored to care for the only beekeeper in Tamsett County after his hip replacement.",
         "the only beekeeper in Tamsett County"),
        ("She's a second grader at Wexley Elementary, loves soccer, and just finished her last round of chemo.",
         "a second grader at Wexley Elementary"),
        ("This 11-year-old plays trombone in the Castlerock Middle School band and spent a month in our PICU.",
         "Castlerock Middle School"),
        ("Our patient of the week runs the Pelham Street Bakery, and after her knee replacement she's back at the "
         "ovens.", "the Pelham Street Bakery"),
    ],
)
def test_details_that_single_one_patient_out(text: str, excerpt: str, policy: Policy) -> None:
    assert ("unique_characteristic", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Wexley Elementary's choir sang carols for our patients today. Thank you, kids!",
        "Join us at Castlerock Middle School on Saturday for free sports physicals.",
        "Our nurses taught hands-only CPR to 200 students at Castlerock Middle School.",
        "Dr. Amari Fenn coaches the Lindell High girls' soccer team and leads our cardiac rehab program.",
        "She's a third grader at Wexley Elementary and the best speller in her class!",
    ],
)
def test_schools_and_businesses_that_single_no_patient_out(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("On Oct. 9, Rosamund came in with a blood sugar of 540. Today she leads our support group.", "Oct. 9"),
        ("Anselm had his tonsils out last Tuesday and is already asking for pizza.", "Tuesday"),
    ],
)
def test_dates_of_care_written_in_less_usual_ways(text: str, excerpt: str, policy: Policy) -> None:
    assert ("date", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "This Thursday's grief support group meets in the chapel.",
        "Don't miss Saturday's blood drive in the main lobby. Every donor gets a T-shirt.",
        "Monday's diabetes class is full; join us on the 14th instead.",
    ],
)
def test_a_days_public_event_is_no_date_of_care(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        ("Ottilie was born on the 14th and went home with her parents yesterday.", "date", "14th"),
        ("We reversed the duplicate charge on acct ending 4432 and apologize for the error.", "record_number",
         "acct ending 4432"),
        ("Mrs. Oduya, we tried to reach your daughter at 555.014.2233 about your discharge.", "phone",
         "555.014.2233"),
        ("Nadia, a machinist at Corliss Mill, lost two fingers in an accident there and is relearning to write.",
         "unique_characteristic", "a machinist at Corliss Mill"),
    ],
)
def test_more_identifiers_written_plainly(text: str, kind: str, excerpt: str, policy: Policy) -> None:
    assert (kind, excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Join us on the 14th for our free diabetes cooking class!",
        "Our cardiology unit moved to the 4th floor of the east tower.",
    ],
)
def test_an_ordinal_day_of_an_event_or_a_floor_is_no_date_of_care(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


def test_a_role_on_a_named_island(policy: Policy) -> None:
    text = "We were proud to treat the only lighthouse keeper on Tarrant Island after his boating accident."
    assert ("unique_characteristic", "the only lighthouse keeper on Tarrant Island") in found(text, policy)


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        ("She's been coming to our wound clinic since August, and her ulcer is finally closed.", "date", "August"),
        ("Ysolde Marrin has been in our care since October. Her family says thank you.", "date", "October"),
        ("Visits for Tobiah Grell: March 2, March 9 and March 16 went great, and his infusions are done.", "date",
         "March 9"),
        ("Jonah, we have your follow-up on 12/3 at 2pm with Dr. Ruiz.", "date", "12/3"),
        ("Our youngest kidney donor this year is a 19-year-old from Pruett Springs who gave a kidney to her dad.",
         "place", "Pruett Springs"),
        ("Mateo, 6, of Dellwood rang the bell after his last chemo on Friday!", "place", "Dellwood"),
        ("Our paramedics reached the farmhouse on Quarry Road in 8 minutes when Mr. Bell's heart stopped.", "address",
         "Quarry Road"),
        ("Meet Inez, a retired nurse from Cedar Flats who beat sepsis this winter.", "place", "Cedar Flats"),
    ],
)
def test_dates_and_places_told_in_a_patients_story(text: str, kind: str, excerpt: str, policy: Policy) -> None:
    assert (kind, excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Residents from Pruett Springs can now get free rides to our dialysis center.",
        "We now offer mammograms in Marrow Bay every other Tuesday since August.",
        "A house on Quarry Road will host our free blood pressure screening this Saturday.",
    ],
)
def test_places_and_months_in_public_notices(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        ("Margit is ninety-six and still does her own physical therapy exercises!", "age", "ninety-six"),
        ("Follow Lucas's journey at caringbridge.org/visit/lucasfight", "url", "caringbridge.org/visit/lucasfight"),
    ],
)
def test_an_age_after_is_and_a_named_patients_journal(text: str, kind: str, excerpt: str, policy: Policy) -> None:
    assert (kind, excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Our volunteer Edna is 91 and still greets every visitor at the front desk.",
        "The hospital is 95 percent full this week, so please use urgent care for minor injuries.",
        "Learn how CaringBridge works for families at caringbridge.org/about before your surgery.",
    ],
)
def test_ages_and_pages_that_are_no_patients(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Thaddeus got his new pacemaker on March 3 and was back on the golf course by April.", "March 3"),
        ("Beatrix had her cataract removed on June 9 and can read the menu board again.", "June 9"),
    ],
)
def test_dates_beside_devices_and_care_named_by_their_own_words(text: str, excerpt: str, policy: Policy) -> None:
    assert ("date", excerpt) in found(text, policy)


def test_a_weak_record_word_before_six_digits_is_an_identifier(policy: Policy) -> None:
    assert ("record_number", "claim 88431207") in found("We found the error on claim 88431207 and fixed it.", policy)
    assert found("Please order 1000 flyers for the health fair.", policy) == []
