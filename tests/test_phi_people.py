"""The `phi` check on people who are not patients (pets, community members by their role, staff to ask for,
trainees on Match Day, words of an organisation's name) and on patients written in less usual ways. Every
example here is invented."""

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
        # pets: an emoji after the name, or said to be one in the next sentence
        "Say hello to Waffles 🐾 Every Friday she makes the rounds of our rehab gym.",
        "Meet Juniper! She's our hospital's first facility dog, and she loves tennis balls.",
        "Conozcan a Canela. Es nuestra perrita de terapia y visita pediatría los martes.",
        # community members by their role, with no care next to them
        "Mrs. Thibodeaux, the choir director at Saint Brendan's, led carols in our lobby tonight.",
        "Big thanks to crossing guard Mr. Ferreira for helping our staff across Route 9 every morning.",
        "Ms. Kowalczyk and her third graders painted a mural for the waiting room. It's gorgeous!",
        # staff to ask for, trainees on Match Day
        "Need help with the patient portal? Stop by registration and ask for Dariusz.",
        "¿Dudas sobre su factura? Llame a la oficina y pregunte por Maricela.",
        "Match Day! Congratulations to Keziah Obi (Family Medicine) and Luca Brandt (Psychiatry), who matched into "
        "residency programs across the country.",
        # staff named by their department
        "Shout-out to Orla in Patient Transport, who never lets a wheelchair wait.",
        "Thanks to Benedikt from Sterile Processing for keeping our operating rooms running.",
        # authors of a cited study
        "A 2022 study by P. Lindqvist and colleagues found that people who walk daily have fewer hospital stays.",
        "Amundsen et al. (2021) followed 3,000 patients for ten years after knee surgery.",
        # a letter that names a place or a list item is no initial
        "Blood pressure checks in Hall A. Blood sugar checks in Hall B. No appointment needed.",
        "A. Bring your insurance card to every visit.",
        "Take vitamin D. Most adults need about 600 IU a day, so ask your doctor.",
        "Dr. Q. Halvorsen joins our cancer center this fall.",
        # a word of an organisation's name
        "Para más información, llame a Clínica Nueva Esperanza al (555) 010-3380.",
    ],
)
def test_people_who_are_not_patients(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role does not hide a patient when their care is described
        ("Mr. Abernathy, the high school band teacher, is home after his bypass surgery!", ("name", "Mr. Abernathy")),
        # a person with a pet is still a patient
        ("Meet Rosalie, who brought her dog to every one of her chemo sessions this spring.", ("name", "Rosalie")),
    ],
)
def test_patients_beside_roles_and_pets_are_still_found(
    text: str, expected: tuple[str, str], policy: Policy
) -> None:
    assert expected in found(text, policy)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Shoutout to the night team who got W. Achterberg through his second round of chemo.", "W. Achterberg"),
        ("K. Lindgren, your biopsy results are ready in the portal.", "K. Lindgren"),
        ("Meet T. Oyelaran, who walked out of rehab on her own after her stroke!", "T. Oyelaran"),
    ],
)
def test_a_patient_named_by_an_initial_and_a_surname(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Congrats to Zephyrine on finishing radiation! 🎉", "Zephyrine"),
        ("Big hugs to our own Tamsin-Rae, home after her spinal fusion.", "Tamsin-Rae"),
        ("It's been a year since Oriel's heart transplant, and she just ran her first 5K!", "Oriel"),
    ],
)
def test_a_name_not_in_the_list_in_a_slot_only_a_person_fills(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Come try Audiora's hearing aid demo day at our Main Street office! Free screenings all morning.",
        "Hollowell Group's structural heart team just performed its 300th valve replacement.",
        "Congrats to Brindlewood Pharmacy on 50 years of serving our town!",
    ],
)
def test_an_organisation_that_owns_a_service_is_no_patient(text: str, policy: Policy) -> None:
    assert found(text, policy) == []


def test_little_or_baby_opening_a_sentence_still_makes_a_slot(policy: Policy) -> None:
    assert ("name", "Corisande") in found("Little Corisande's first haircut came right after her ear tubes 😄", policy)
    assert found("Little League sign-ups are open at the rec center this weekend.", policy) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Has anyone seen Quenlix Willoughby? He missed his dialysis session and we can't reach him.",
         "Quenlix Willoughby"),
        ("Reminder for Ysolde Pemberton-Voss: your colonoscopy prep starts the day before.", "Ysolde Pemberton-Voss"),
        ("Congrats to our Patient of the Month, Thadric Vanterpool! After 12 weeks of rehab he's back coaching.",
         "Thadric Vanterpool"),
        ("Swipe 👉 Oriane Carrasco standing on her own for the first time since her car accident!", "Oriane Carrasco"),
    ],
)
def test_a_full_name_whose_given_name_is_not_in_the_list(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "Our Clinical Ambassador program pairs new patients with a trained volunteer.",
        "Big day at Bramblewood Smiles: 40 kids got their first cleaning!",
        "Keystone Spine Chiropractic now offers Saturday adjustments for back pain.",
        "Free Flu Shot Clinic This Saturday\\nBring your insurance card.",
        "Flu Season is here, so book your shot today.",
        "Governor Ashcombe toured our new cancer center on Monday.",
    ],
)
def test_capitalised_pairs_that_are_not_a_persons_name(text: str, policy: Policy) -> None:
    assert [kind for kind, _ in found(text, policy) if kind == "name"] == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ('"Best dental visit I have ever had. No pain at all!" — Quenby M.', "Quenby"),
        ("“The nurses here saved my life after my heart attack.” – Rosalind, 67", "Rosalind"),
        ('⭐⭐⭐⭐⭐ "Dr. Ames fixed my shoulder in one visit!" -Deshawn P.', "Deshawn"),
    ],
)
def test_the_signature_under_a_testimonial_names_a_patient(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


def test_a_signature_under_a_reply_is_staff(policy: Policy) -> None:
    assert found("Questions? Our team is here to help. — Corrine Bale, Practice Manager", policy) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Patient spotlight: Tomasz. Diagnosed with diabetes at 12, he now runs marathons.", "Tomasz"),
        ('⭐️⭐️⭐️⭐️⭐️ Review of the week from Odile: "Dr. Park caught my melanoma early."', "Odile"),
    ],
)
def test_the_source_of_a_testimonial_names_a_patient(text: str, excerpt: str, policy: Policy) -> None:
    assert ("name", excerpt) in found(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        '"Our nurses are the heart of this hospital." — Dana Whitfield, CEO',
        "“Every patient deserves to be heard.” — Dr. Amara Ode, Chief Medical Officer",
        "Staff spotlight: Tomasz from our pharmacy team has filled prescriptions here for 20 years.",
    ],
)
def test_quotes_and_spotlights_from_staff(text: str, policy: Policy) -> None:
    assert found(text, policy) == []
