"""The `phi` check on where a patient is: rooms and bays written without the word "room", the street a patient
lives on, and the organisation's own buildings and contact lines, which are not PHI. Every example here is
invented."""

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
        ("The gentleman in 714 has asked for his third pudding cup tonight.", "714"),
        ("Whoever is in 1208, your grandkids left a card at the nurses' station!", "1208"),
        ("The young woman in 4C finally slept through the night after her surgery.", "4C"),
        ("La señora de la 309 nos enseñó a tejer durante su recuperación.", "309"),
        ("Our trauma team had the driver in Resus 2 stable within twenty minutes.", "Resus 2"),
        ("The man in triage 3 said it was 'just heartburn'. It was not.", "triage 3"),
    ],
)
def test_a_room_or_bay_without_the_word_room(text: str, excerpt: str, policy: Policy) -> None:
    assert ("room", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "The patient in 2019 and the patient in 2024 get very different discharge packets.",
        "Our team moved 318 patients into the new tower this weekend.",
        "Every family in 12 counties can now reach a pediatric specialist by video.",
        "Someone in 3 adults has high blood pressure and doesn't know it.",
        "The ED has 32 bays, and the trauma 1 center upgrade finishes this spring.",
    ],
)
def test_numbers_that_are_not_rooms(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Our home health aide visits the gentleman on Quillfeather Lane every morning for his dressing change.",
         "Quillfeather Lane"),
        ("To the family on Dovecote Street whose daughter has whooping cough: please call us back today.",
         "Dovecote Street"),
        ("Odette is 81. She still tends the roses at her cottage on Larchmere Road, six weeks after her new hip.",
         "Larchmere Road"),
        ("Volunteers built a ramp at Ignacio's little duplex on Fenwick Court so he could come home from rehab.",
         "Fenwick Court"),
    ],
)
def test_the_street_a_patient_lives_on(text: str, excerpt: str, policy: Policy) -> None:
    assert ("address", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Our family medicine office on Quillfeather Lane is closed Monday for the holiday.",
        "Parking on Dovecote Street is free after 5pm for everyone visiting a patient.",
        "Road work on Larchmere Road may slow your drive to our ER this week.",
    ],
)
def test_streets_that_are_no_ones_home(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "Patients can now park in the new garage at 612 Tallow Street, right behind the clinic.",
        "Patient parking at 48 Ostrander Avenue is free with validation.",
        "Our walk-in clinic is now open at 9 Pellham Road for sick visits and checkups.",
        "Estacionamiento gratuito para pacientes en la entrada de Calle Robles 210.",
    ],
)
def test_the_organisations_own_buildings_are_not_a_patients_home(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


def test_a_person_in_a_numbered_chair_or_bed_of_a_unit(policy: Policy) -> None:
    text = "Shout-out to the lady in chair 5 of our infusion center who brings homemade cookies every session."
    assert ("room", "chair 5") in found(text, policy)
