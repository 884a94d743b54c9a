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
        # a greeting to a named patient, in a post about care
        ("Meet Daniel! After his stroke he couldn't hold a fork. Today he cooked dinner.", "Meet Daniel"),
        ("Congratulations to Marcus Bell on completing cardiac rehab! He walked 3 miles this morning.",
         "Congratulations to Marcus Bell"),
        ("Conozcan a Sofía, que venció la leucemia y hoy regresa a la escuela. 💛", "Conozcan a Sofía"),
        ("¡Felicidades a Don Ramón por terminar su rehabilitación cardíaca! 💪", "Felicidades a Don Ramón"),
        ("Happy 101st birthday to Beatrix Olander! 🎂 She still beats our nurses at checkers after her dialysis.",
         "Happy 101st birthday to Beatrix Olander"),
        # a person (named, described, by age or by pronoun) and a care event or outcome
        ("Our patient Mrs. G just rang the bell after her final chemo session 🔔", "rang the bell"),
        ("After 3 months in our burn unit, Jason is going home today! 🎉", "Jason is going home"),
        ("This brave girl was diagnosed with type 1 diabetes at 4. Now she teaches her class about insulin!",
         "This brave girl was diagnosed"),
        ("Three years ago, Marisol couldn't climb a flight of stairs. Last weekend she ran a half marathon!",
         "Marisol couldn't climb"),
        ("Este pequeño guerrero pasó 80 días en nuestra UCIN y hoy por fin se va a casa. 💙", "Este pequeño guerrero"),
        ("Last month a retired bus driver came into our ER with slurred speech. Today he's bowling again.",
         "a retired bus driver came into"),
        ("A 52-year-old mechanic was airlifted to us after a rollover. He walked out on Friday.", "was airlifted"),
        ("Our oldest hip patient this year is 95 years young and was up walking the halls the same afternoon!",
         "95 years young"),
        ("So proud of one of our support group members, who celebrated two years sober this week 💙",
         "one of our support group members"),
        ("Nuestra paciente de 6 años dio sus primeros pasos después de su cirugía 🥹", "primeros pasos"),
        ("Grandpa Ed fractured his hip in March. Yesterday he danced at his granddaughter's wedding!",
         "fractured his hip"),
        ("Two months after her spinal fusion, Danielle hiked the canyon rim trail! 🥾", "Danielle"),
        ("Thank you, Mr. Osei, for the birdhouse! He built it during his 8 weeks of cardiac rehab with us 🐦",
         "during his 8 weeks of cardiac rehab"),
        ("Miren la sonrisa de Carmen tras su tratamiento de ortodoncia 😍", "Carmen tras su tratamiento"),
        ("After losing 70 pounds in our bariatric program, Teresa ran her first 10K!", "Teresa"),
        ("Baby Kai spent his first 3 months in our NICU. Today he turned one! 🎂", "Baby Kai spent his first 3"),
        ("Three surgeries and a year of PT later, Coach Ibarra is back on the sidelines 🏈", "Coach Ibarra"),
        ("Our sweet Tomas beat the odds: born with a hole in his heart, he just turned 4 💙", "Our sweet Tomas"),
        ("One of our dialysis patients received a kidney transplant this week after 5 years of waiting! 🎉",
         "One of our dialysis patients received a kidney transplant"),
        ("Photos from Leila's \"no more chemo\" party on our pediatric floor! 🎈📸 The cake was her nurses' idea.",
         "Leila's"),
        ("Meet Gus, 86, who walks two miles every morning thanks to his new knees. Way to go, Gus!", "Meet Gus"),
        # a patient's words
        ("\"Best dental visit of my life!\" One of our patients said this today and we're blushing.",
         "One of our patients said"),
        ("Like the dad who told us his back pain finally let him coach his son's team again.", "the dad who told us"),
        ("\"I came in with chest pain and left with my life.\" Thank you, Robert, for trusting our cardiac team.",
         "\"I came in with chest pain and left with my life.\""),
        ("\"I can finally hold my pen without shaking.\" 🖊️ — Odile, in our tremor clinic since May",
         "\"I can finally hold my pen without shaking.\""),
        ("\"My knees don't creak anymore!\" A patient told our PT that after her last session.",
         "\"My knees don't creak anymore!\""),
        ("\"Nunca pensé volver a bailar.\" — Doña Inés, paciente de nuestra clínica de cadera",
         "\"Nunca pensé volver a bailar.\""),
        ("Uno de nuestros pacientes nos dijo hoy: 'Gracias por devolverme la sonrisa.'",
         "Uno de nuestros pacientes nos dijo"),
        ("Review of the week: \"They explained everything twice and never rushed us!\" - Jason T.",
         "Review of the week"),
        ("Grateful for this note from a patient's daughter: \"You treated Dad like family in his last days.\"",
         "note from a patient"),
        ("Hear from Carla, who beat breast cancer with our oncology team, in the video below.", "Hear from Carla"),
        # media of a person or of patients
        ("Before-and-after photos from one of our aligner patients 😁", "photos from one of our aligner patients"),
        ("Check out this video of our patient taking her first steps with her new prosthetic leg!",
         "video of our patient"),
        ("Watch one of our knee replacement patients tackle the stairs two weeks after surgery!",
         "Watch one of our knee replacement patients"),
        ("So many smiles from our little patients at the pumpkin-painting party 🎃📸", "our little patients"),
        ("Throwback to this sweet moment: one of our NICU babies meeting her big brother 💕📸",
         "one of our NICU babies"),
        ("Priscilla was terrified of the dentist. Swipe to see her grin after her first filling! 😁", "Swipe"),
        ("Desliza para ver las fotos de los partos de esta semana 📸", "partos"),
        # wording that is a story by itself, and details only one person has
        ("Patient update: Carlos is off the ventilator and breathing on his own!", "Patient update"),
        ("Big congrats to our cardiac rehab graduate of the month, Walter! 🎓", "graduate of the month"),
        ("One of our hospice families sent us this photo of their mom's last sunset on the porch 🌅", "photo"),
        ("Another satisfied patient leaving with a brand-new smile! 😁", "Another satisfied patient"),
        ("Remember little Ava? She was born at 24 weeks. Today she turned 5! 🎂", "Remember little Ava"),
        ("Welcome to the world, little one! 💙 7 lb 3 oz of pure joy in Birthing Suite 2.", "Welcome to the world"),
        ("We fitted hearing aids for the only harpist in Calder Bay with sudden hearing loss, and she played for us!",
         "the only harpist in C"),
    ],
)
def test_patient_stories_without_permission_block(text: str, excerpt: str, policy: Policy) -> None:
    found = findings(text, policy)
    assert found, text
    assert all(f.check == "consent" and f.severity == "block" for f in found)
    assert any(excerpt in f.excerpt for f in found), [f.excerpt for f in found]
    for f in found:
        assert text[f.start : f.end] == f.excerpt
        assert len(f.excerpt) < len(text) or len(text) < 60
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
        # hypotheticals, advice and people in general
        "When a patient comes in with chest pain, our team aims to do an ECG within 10 minutes.",
        "A 70-year-old with new chest pain should call 911, not drive in.",
        "After your surgery, you may go home the same day. Your nurse will go over your discharge instructions.",
        "Most patients go home the same day after cataract surgery. Ask us what to expect.",
        "Did you know? Babies born before 37 weeks are considered premature (CDC).",
        "A kid's guide to getting a shot: watch this video with your child before the visit.",
        "A patient asked us this week about flu shots, so we ran the numbers: 9 in 10 of you got one.",
        "Welcome to the world, Spring! 🌷 Allergy season is here; here's how to cope.",
        "Your baby's first steps usually happen between 9 and 15 months. Ask your pediatrician if you're worried.",
        "Nurse practitioner Jamal Carter ran his first marathon this weekend! So proud of you, Jamal 🏅",
        "Five years ago today I walked into this hospital as a new grad. Today I'm a charge nurse here. 💙",
        "The newborn vitamin K shot prevents dangerous bleeding. Healthy babies are born with low vitamin K (AAP).",
        "The patient should not eat after midnight before surgery.",
        # statistics, organisations, staff, pets, events
        "91% of our patients said they would recommend us to a friend (2024 survey).",
        "Millbrook Clinic turns 25 this month 🎉 Thanks for trusting us with your care.",
        "The only pediatric ER in the county is open 24/7.",
        "Dr. Okafor walked 26 miles this weekend to raise money for our cancer center! 🏃",
        "Meet Rosie, our facility dog, who visits kids before surgery every Tuesday 🐶",
        "Meet Wren Adeyemi, CCLS, who helps kids understand their procedure with dolls and bubbles.",
        "Photos from our staff holiday party 🎄📸 What a team!",
        "Watch our CEO explain the new visitor policy on our YouTube channel.",
        "Read reviews from our patients on Google, and leave one of your own!",
        "To the patient who emailed us about parking: the garage reopens Monday.",
        # permission stated
        "Shared with her permission: Lena rang the bell today after her last chemo session! 🔔",
        "With the family's blessing, we're celebrating baby Noah going home after 60 days in our NICU.",
        "Con el permiso de la familia, celebramos que Lucía se va a casa hoy.",
        "Ines read and approved this post 💛 After her knee replacement she hiked the ridge trail again.",
        "Used with permission. After her knee replacement, Ines hiked the ridge trail again.",
        "With consent from Ana's parents: Ana went home from our NICU today after 60 days! 💙",
    ],
)
def test_consented_stories_and_other_posts_pass(text: str, policy: Policy) -> None:
    assert findings(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "Meet Dario! After his knee replacement his surgeon gave the green light, and he's back on the court.",
        "Six weeks after her bypass, Nell is back in the pool with her doctor's approval 🏊",
        "Before his surgery Omar signed the consent forms, and today he walked out of our unit 👏",
    ],
)
def test_a_clinicians_go_ahead_or_medical_consent_is_not_permission_to_share(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


def test_never_giving_permission_is_not_permission(policy: Policy) -> None:
    text = "Meet Daniel! We never asked permission, but after his stroke he cooked dinner for his family."
    assert findings(text, policy)


def test_span_is_the_story_phrase_not_the_whole_post(policy: Policy) -> None:
    text = "Big week on 3 North! 🎉 Meet Trina: she left her oxygen tank behind after six weeks of pulmonary rehab."
    assert [f.excerpt for f in findings(text, policy)] == ["Meet Trina"]


def test_spanish_post_gets_a_spanish_example(policy: Policy) -> None:
    (finding,) = findings("Uno de nuestros pacientes nos dijo que la terapia le cambió la vida.", policy)
    assert "permiso" in finding.suggestion


def test_engine_blocks_an_unconsented_testimonial() -> None:
    report = review("One of our patients told us our night nurses are angels. 😇", "x")
    assert report.verdict == "block"
    assert "consent" in {f.check for f in report.findings}


def test_sending_a_photo_is_not_permission(policy: Policy) -> None:
    assert findings("Our first IVF baby of the year! 👶 Her mom sent us this photo and we're over the moon.", policy)


@pytest.mark.parametrize(
    ("text", "name", "patient"),
    [
        ("Meet Ana Ruiz, RN, our new charge nurse.", "Ana Ruiz", False),
        ("Thanks to our PT Lorena for the extra session.", "Lorena", False),
        ("Meet Biscuit, the newest member of our pet therapy team!", "Biscuit", False),
        ("Meet Ana! She was born at 25 weeks and just turned 3.", "Ana", True),
    ],
)
def test_staff_titles_roles_and_credentials_are_not_patients(text: str, name: str, patient: bool) -> None:
    from bot.guardrails.consent_people import is_patient_name

    start = text.index(name)
    assert is_patient_name(text, start, start + len(name)) is patient


def test_care_context_reads_conditions_treatments_and_care_places() -> None:
    from bot.guardrails.consent_cues import care_context

    for text in ("after her tonsillectomy", "six rounds of chemotherapy", "back in Room 412", "su primera limpieza"):
        assert care_context(text, text.lower()), text
    for text in ("Our bake sale raised $900!", "Happy Friday, team!"):
        assert not care_context(text, text.lower()), text


@pytest.mark.parametrize(
    "statement",
    [
        "Shared with permission.", "Posted with her blessing.", "Marcus agreed to share his story.",
        "His family asked us to share this.", "She gave us the OK to post.", "With the family's approval:",
        "Thanks for letting us share, Rosa!", "His mom said we could share.", "The Lees signed a photo release.",
        "Ana read and approved this post.", "Con el permiso de la familia.", "Rosa aceptó compartir su historia.",
        "Gracias por dejarnos compartir, Rosa.", "Publicado a petición de la familia, que autorizó compartirlo.",
    ],
)
def test_permission_statements_clear_a_story(statement: str, policy: Policy) -> None:
    story = "Meet Daniel! After his stroke he couldn't hold a fork. Today he cooked dinner."
    assert findings(story, policy)
    assert findings(f"{statement} {story}", policy) == []


@pytest.mark.timeout(20)
def test_a_title_repeated_thousands_of_times_is_still_reviewed() -> None:
    """Hostile input: each mention used to be compared with every other one (hours at 100,000 characters)."""
    from bot.guardrails import review

    report = review("Mr. " * 25_000)
    assert report.verdict in ("pass", "revise", "block")
