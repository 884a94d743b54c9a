"""The `advice` check: individual advice in public, and telling the public to stop or change medicines."""

from __future__ import annotations

import pytest

from bot.guardrails import advice, review
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def advice_findings(text: str, policy: Policy) -> list:
    return advice.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # one person, in public
        (
            "@mark_b Sounds like you have plantar fasciitis. Ice it twice a day.",
            "Sounds like you have plantar fasciitis",
        ),
        ("@runner_kate take 600 mg ibuprofen before your long runs.", "take 600 mg ibuprofen before your long runs"),
        (
            "Hi Dana, your MRI came back clear, so you can skip the follow-up appointment.",
            "skip the follow-up appointment",
        ),
        (
            "Marcus, hold your metformin tomorrow morning before the scan.",
            "hold your metformin tomorrow morning before the scan",
        ),
        (
            "@dad_of3 You should try melatonin 3 mg for your son's sleep.",
            "You should try melatonin 3 mg for your son's sleep",
        ),
        (
            "Estimada Sra. López: tome 2 tabletas de ibuprofeno cada 8 horas.",
            "tome 2 tabletas de ibuprofeno cada 8 horas",
        ),
        ("@mike_r that sounds like tendinitis, rest it for a week.", "sounds like tendinitis"),
        ("@dan Your rash is probably eczema. Come see us.", "Your rash is probably eczema"),
        ("@anna.k no need to see a dermatologist, that mole looks benign.", "no need to see a dermatologist"),
        ("@runnerdave Your knee pain is classic IT band syndrome.", "Your knee pain is classic IT band syndrome"),
        # the public, told to stop or change a prescribed medicine
        ("Feeling better? You don't need your inhaler anymore.", "don't need your inhaler anymore"),
        ("Feeling better? No need to finish the antibiotics.", "No need to finish the antibiotics"),
        ("Feeling better? You can stop your antibiotics once the fever is gone.", "stop your antibiotics"),
        ("Blood pressure normal for a month? Time to ditch the lisinopril!", "ditch the lisinopril"),
        ("Swap your statin for red yeast rice this winter.", "Swap your statin for"),
        (
            "On statins? Take a break from your cholesterol pills over the holidays.",
            "break from your cholesterol pills",
        ),
        ("If your inhaler sits unused in summer, just stop it until school starts.", "stop it"),
        ("Sleeping pills are habit forming. Wean yourself off this month.", "Wean yourself off"),
        ("Si su presión está normal, suspenda sus pastillas para la presión.", "suspenda sus pastillas"),
        ("Ya puede dejar sus antidepresivos cuando se sienta mejor.", "dejar sus antidepresivos"),
    ],
)
def test_flags_advice_with_a_tight_span(text: str, excerpt: str, policy: Policy) -> None:
    findings = advice_findings(text, policy)
    assert excerpt in [f.excerpt for f in findings], [f.excerpt for f in findings]
    for finding in findings:
        assert finding.check == "advice" and finding.severity == "block"
        assert text[finding.start : finding.end] == finding.excerpt
        assert finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Don't stop taking your blood pressure medicine without talking to your doctor, even if you feel fine.",
        "Never stop antibiotics early unless your prescriber tells you to.",
        "Ask your pharmacist before you stop any prescription.",
        "Thinking of stopping your statin? Talk with your doctor first.",
        "If you miss a dose, take it as soon as you remember, but don't double up.",
        "Bring your old medications to our take-back kiosk and drop them in the bin.",
        "Drop off your unused prescriptions on Saturday, no questions asked.",
        "Stop by our pharmacy for your flu shot!",
        "@jenny_runs Sorry to hear about your knee! Please call us so one of our PTs can take a look.",
        "Great question, @sam.lifts! Most people do best adding weight slowly, but what works varies from person "
        "to person. A PT can look at your form.",
        "@fenwickdad Yes! Children's ibuprofen is back on the shelf at both locations.",
        "Heat or ice? Ice helps in the first day or two, heat later on; if pain lasts, see a clinician.",
        "No deje de tomar su medicamento sin hablar con su médico.",
        "Always finish your antibiotics, even if you feel better.",
        "Most people don't need antibiotics for a sinus infection (CDC).",
        "@frank Most people can take acetaminophen safely; check the label and ask your pharmacist.",
        "@kim your new smile looks fantastic!",
        "@lee the new parking lot looks fine to us too.",
        "It's safe to stop most antibiotics when your doctor says so.",
        "Sounds like a fun weekend, @jess! See you at the 5K.",
        "Parents, check the label: some cold medicines aren't meant for children under 4 (AAP).",
    ],
)
def test_leaves_general_education_alone(text: str, policy: Policy) -> None:
    assert advice_findings(text, policy) == []


def test_an_escape_from_the_prescriber_does_not_count_as_a_hedge(policy: Policy) -> None:
    text = "Feel fine? Stop your blood pressure pills, no need to ask your doctor."
    assert [f.excerpt for f in advice_findings(text, policy)] == ["Stop your blood pressure pills"]


def test_individual_advice_needs_someone_to_be_addressed(policy: Policy) -> None:
    general = "Sounds like a sprain? Most sprains heal with rest, ice and time."
    assert advice_findings(general, policy) == []
    reply = "@leo_kicks Sounds like a sprain to me. Skip the x-ray and rest it."
    assert {f.kind for f in advice_findings(reply, policy)} >= {"skip_care"}


def test_advice_blocks_the_post_through_the_engine() -> None:
    report = review("Summer tip: give your kids a break from their ADHD meds until school starts.", "facebook")
    assert report.verdict == "block"
    assert "advice" in {f.check for f in report.findings}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # addressed without a handle or name
        ("To the dad who asked about his daughter's earache: give her 5 ml of amoxicillin twice a day.", "dose_change"),
        ("Para el señor que nos escribió: tómese el ibuprofeno cada 8 horas.", "dose_change"),
        # diagnosis from a description, and skipping care
        ("@tomas_r from what you describe, it's probably shingles.", "diagnosis"),
        ("@bea por lo que nos cuenta, es una alergia al gluten.", "diagnosis"),
        ("Hi Priya, that crackling in your knee is just cartilage wear, no need to come in.", "skip_care"),
        # treatment with a frequency or a fraction, English and Spanish
        ("@kev apply the hydrocortisone cream three times a day for a week.", "dose_change"),
        ("Hola Rosa, dale el jarabe a tu niño cada 6 horas.", "dose_change"),
        # the public, told to change a dose as a habit
        ("Pro tip: plenty of people split their blood pressure pills in half to make them last.", "dose_habit"),
        ("Si su receta de insulina sale cara, puede tomar la mitad de la dosis.", "dose_habit"),
        ("If you're taking a sleeping pill every night, just stop. Your body will adjust.", "stop_medicine"),
        ("¿Toma antidepresivos? Déjelos en vacaciones.", "spanish_stop"),
        ("Ya no necesitas tus pastillas para la tiroides si comes sano.", "spanish_stop"),
        ("On methadone? Start tapering yourself off this month.", "taper_off"),
        ("Take your antibiotics until the fever breaks, then stop.", "stop_medicine"),
        ("@lu_p no necesita la radiografía, es solo un golpe.", "skip_care"),
        ("Done with your statin? Stopping is totally fine once you feel good.", "stop_permission"),
        ("Try swapping your inhaler for breathing exercises this spring.", "swap_medicine"),
        ("No need for your seizure meds on vacation weeks.", "no_longer_needed"),
        ("@walt your shoulder pain is bursitis, ice it nightly.", "diagnosis"),
    ],
)
def test_new_shapes_of_advice(text: str, kind: str, policy: Policy) -> None:
    findings = advice_findings(text, policy)
    assert kind in [f.kind for f in findings], [(f.kind, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "To the mom who messaged us: thank you! Our pediatric team loved meeting your family.",
        "Para la señora que nos preguntó: la clínica abre a las 8 am los sábados.",
        "@lee from what you describe, it's best to call us so a nurse can check.",
        "Some tablets can be split in half; ask your pharmacist which ones.",
        "Don't cut pills in half unless your pharmacist says it's OK.",
        "Ya no necesita su receta impresa: la enviamos a su farmacia.",
        "He had been skipping his evening water pill, so our nurse worked out a new time with his doctor.",
        "If you're taking blood thinners, ask your doctor before any dental work.",
        "Our pharmacist explains: take antibiotics every 12 hours as prescribed.",
        "Hi Maria, take the 10 am shuttle from the parking garage.",
        "Our pharmacist can help if you're going off a medication your doctor stopped.",
        "You can stop by anytime for a free blood pressure check.",
    ],
)
def test_new_shapes_leave_general_education_alone(text: str, policy: Policy) -> None:
    assert advice_findings(text, policy) == []
