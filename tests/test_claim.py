"""The `claim` check: promises, absolutes, unattributed superlatives and statistics, off-label promotion."""

from __future__ import annotations

import pytest

from bot.guardrails import claim, review
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def claim_findings(text: str, policy: Policy) -> list:
    return claim.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Our new laser treatment cures toenail fungus in one visit.", "cures"),
        ("Knee pain? Our regenerative injections are the cure you've been looking for.", "the cure"),
        ("Lose 30 pounds in 30 days, guaranteed!", "guaranteed"),
        ("Our whitening gel is 100% safe for enamel.", "100%"),
        ("Risk-free LASIK with our new technology!", "Risk-free"),
        ("Our herbal sleep blend has zero side effects.", "zero side effects"),
        ("Totally painless tattoo removal in one session.", "painless"),
        ("Our laser permanently removes spider veins.", "permanently removes"),
        ("Say goodbye to back pain forever with spinal decompression.", "goodbye to back pain forever"),
        ("You'll never need reading glasses again after our procedure.", "never need reading glasses again"),
        ("The keto shot melts belly fat while you sleep.", "melts belly fat"),
        ("Our peptide drip reverses aging from the inside out.", "reverses aging"),
        ("Look 15 years younger after one facial!", "Look 15 years younger"),
        ("Our UV wand kills every virus in seconds.", "kills every virus"),
        ("Clinically proven to firm skin.", "Clinically proven"),
        ("Infection rates on our surgical floor dropped 62% last year.", "62%"),
        ("8 out of 10 parents say our pediatricians are the friendliest in town.", "8 out of 10"),
        ("Patients who walk after surgery recover twice as fast.", "twice as fast"),
        ("Voted the best orthopedic surgeons in Harlow County!", "best orthopedic surgeons in Harlow County"),
        (
            "Our cath lab has the shortest door-to-balloon times in the region.",
            "shortest door-to-balloon times in the region",
        ),
        ("No other clinic in the valley comes close to our results.", "No other clinic in the valley comes close"),
        ("We're Westbrook's #1 pediatric practice.", "#1"),
        ("Metformin isn't just for diabetes: ask us about using it for weight loss.", "Metformin isn't just for"),
        ("Our providers now prescribe it off-label for long COVID, ask us!", "off-label"),
        ("Heal your gut in 30 days with our program!", "Heal your gut in 30 days"),
        ("Our collagen shots are safe and effective for everyone.", "effective for everyone"),
        ("America's best heart hospital is right here.", "America's best heart hospital"),
        ("Semaglutide: not just for diabetes! Ask us about weight loss.", "Semaglutide: not just for"),
        ("Our spine surgeons are simply the best. Period.", "simply the best"),
        ("The region's leading cancer center is right here.", "The region's leading cancer center"),
        ("Westbrook's favorite pediatric practice is now open Saturdays!", "Westbrook's favorite pediatric practice"),
        ("Our infection rate is half the national average.", "half the national average"),
        ("Patients who choose our cancer center live longer.", "live longer"),
        ("Kiss your reading glasses goodbye with our laser procedure.", "Kiss your reading glasses goodbye"),
        ("Zero complications in 500 procedures.", "Zero complications"),
        ("Nuestro tratamiento cura la artritis sin medicamentos.", "cura"),
        ("¡Resultados garantizados o le devolvemos su dinero!", "garantizados"),
        ("Depilación láser sin dolor y sin efectos secundarios.", "sin efectos secundarios"),
        ("El 90% de nuestros pacientes recomienda nuestra clínica.", "90%"),
        ("Somos los mejores dentistas de la ciudad.", "los mejores dentistas"),
    ],
)
def test_flags_health_claims_with_a_tight_span(text: str, excerpt: str, policy: Policy) -> None:
    findings = claim_findings(text, policy)
    assert excerpt in [f.excerpt for f in findings], [f.excerpt for f in findings]
    for finding in findings:
        assert finding.check == "claim" and finding.severity == "block"
        assert text[finding.start : finding.end] == finding.excerpt
        assert finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        # figures of speech and non-medical uses
        "A cure for the cabin fever? Board game night in the lobby, Friday at 6pm.",
        "There's no cure for Mondays, but there is free coffee in the cafeteria.",
        "There is no cure for the common cold, but rest and fluids help.",
        "Help us find a cure! Join the Walk for Alzheimer's on Saturday.",
        "The only side effect of our extended hours? More time for you.",
        "One thing we'll always guarantee: a friendly face at the front desk.",
        "We can't guarantee results, but we can promise to listen.",
        "Guaranteed same-day appointments for sick kids.",
        "Starting in May our campus is 100% smoke- and vape-free.",
        "100% of proceeds from the bake sale go to our cancer patients' fund.",
        "We're 100% committed to your privacy.",
        "Painless parking at last: the new garage opens Monday.",
        "Proud partner of the Children's Miracle Network.",
        "Quit smoking for good: our free cessation class starts Tuesday.",
        "Healthy habits that last a lifetime start early.",
        # statistics and rankings with a named source
        "Sealants prevent about 80% of cavities in back teeth (CDC).",
        "The HPV vaccine prevents more than 90% of HPV cancers, according to the CDC.",
        "1 in 3 adults has high blood pressure (American Heart Association, 2024).",
        "Según los CDC, el 38% de los adultos tiene prediabetes.",
        "Healthgrades named our hospital one of America's 50 Best Hospitals for 2025.",
        "U.S. News & World Report ranked us the #1 hospital in the state for orthopedics.",
        "Our hand hygiene compliance reached 96% this quarter (internal audit, Q2 2024).",
        "Fewer than 5% of hospitals earn this rating (Leapfrog Group).",
        # ordinary numbers and words
        "Save 20% on all sunscreen this weekend!",
        "RNs earn a 5% shift differential on nights.",
        "Thanks to you, we raised 120% of our goal for the children's fund!",
        "Our new 32-bed unit opens Monday with 12 private rooms.",
        "Best wishes to our graduating residents!",
        "Best wishes in the new year from all of us!",
        "Sending our best to everyone running the Fenwick marathon.",
        "Most sprains heal in 2 to 6 weeks with rest and ice.",
        "The flu vaccine is safe for almost everyone 6 months and older.",
        "Kids' dental visits should be fun, and we'll explain every step.",
        "Say goodbye to paper forms: check in from your phone.",
        "Want to live longer? Move more, sit less, and don't smoke.",
        "Most people have no complications after cataract surgery.",
        "Voted best pediatrician by Fenwick Gazette readers, 2024!",
        "Happy Nurses Week to the best nurses in the world! Thank you for all you do.",
        "Heart disease is the nation's leading cause of death (CDC).",
        "Regular exercise can lower blood pressure naturally, says the American Heart Association.",
        "The best time to get your flu shot is before the end of October.",
        "Most people have no side effects from the vaccine; some get a sore arm for a day.",
        "You'll never need to fill out the same form twice again with our new portal.",
    ],
)
def test_leaves_figures_of_speech_and_sourced_figures_alone(text: str, policy: Policy) -> None:
    assert claim_findings(text, policy) == []


def test_a_source_in_another_paragraph_does_not_cover_a_statistic(policy: Policy) -> None:
    text = "Readmissions are down 48% since we started.\n\nThanks to the CDC's guidance.\n\nMore soon.\n\nBye."
    assert [f.excerpt for f in claim_findings(text, policy)] == ["48%"]


def test_a_source_footnote_covers_the_post(policy: Policy) -> None:
    text = "Readmissions fell 31% after our discharge calls.\n\nSource: Journal of Hospital Medicine, 2024"
    assert claim_findings(text, policy) == []


def test_claims_block_the_post_through_the_engine() -> None:
    report = review("Our red-light therapy is guaranteed to work for everyone!", "instagram")
    assert report.verdict == "block"
    assert {f.check for f in report.findings} >= {"claim"}


def test_an_unproven_remedy_is_a_claim_as_well_as_misinformation(policy: Policy) -> None:
    findings = claim_findings("Colloidal silver kills the flu virus. Stock up before winter!", policy)
    assert [f.kind for f in findings] == ["unproven_remedy"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Fernvale Sleep Tonic is the most effective sleep aid on the market.", "superlative_market"),
        ("Somos el centro más completo de toda la región.", "superlative_es"),
        ("Es la clínica más segura que cualquier otra.", "superlative_es"),
        ("Our shockwave therapy is the only ED treatment that really works.", "only_that_works"),
        ("Our laser clears acne faster than antibiotics ever could.", "comparison_treatment"),
        ("These drops protect kids as well as the chickenpox vaccine.", "comparison_treatment"),
        ("Our collagen powder works 5x better than retinol.", "comparison_treatment"),
        ("Members of our 8-week program lose an average of 18 pounds.", "average_outcome"),
        ("Our protocol has cleared psoriasis in every patient who finished it.", "every_patient"),
        ("Our berberine blend brings your A1C back to normal without meds.", "natural_normalisation"),
        ("Dolvexa, approved for migraines, is also great for fibromyalgia.", "off_label_shape"),
        ("We now offer Trelomab, FDA-approved only for psoriasis, to athletes with sore joints.", "off_label_shape"),
        ("Our vitamin patch boosts energy by 300%.", "percent_statistic"),
        ("7 de cada 10 matrimonios logran embarazo con nuestro método.", "ratio_statistic"),
        ("Lumina Miracle Cream erases wrinkles in 10 days.", "miracle"),
        ("Drink our mineral water daily and you'll never get sick again.", "never_again"),
        ("Nobody beats our cataract surgery results.", "comparison"),
        ("Unrivaled outcomes in spine surgery, right here in Fenwick.", "comparison"),
        ("Our PRP shots regrow knee cartilage.", "efficacy"),
        ("Visible results after just one session!", "quick_results"),
        ("Our spinal program can correct scoliosis without surgery.", "efficacy"),
        ("We're the premier spine center in the Midwest.", "superlative_place"),
    ],
)
def test_general_claim_shapes(text: str, kind: str, policy: Policy) -> None:
    findings = claim_findings(text, policy)
    assert kind in [f.kind for f in findings], [(f.kind, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Our cafeteria serves the best tacos in town every Tuesday!",
        "The best seats available for the 5K are near the finish line.",
        "Story time comes with guaranteed giggles and free stickers.",
        "Sin efectos secundarios, salvo muchas risas: ven al taller de yoga del personal.",
        "No side effects except a full belly: join our community potluck!",
        "Is there a miracle pill for weight loss? No. Here's what works, per the NIH.",
        "According to the county health department's 2023 report, 12% of adults smoke.",
        "Per our 2024 internal audit, hand hygiene compliance reached 96%.",
        "The Harlow Valley Health Collaborative's 2024 benchmark puts the regional average at 21%.",
        "Readmissions fell 14% (Ridgeline Health 2024 Quality Report).",
        "Pharmacist pick: this allergy spray is our #1 recommendation for pollen season.",
        "Wegovy is FDA-approved for chronic weight management in adults with obesity.",
        "Physical therapy works as well as surgery for many meniscus tears, according to a 2013 NEJM trial.",
        "Take one in the morning with food, as your doctor prescribed.",
        "El mejor regalo de este año: ¡salud para toda la familia!",
        "Our new MRI is faster than our old one, so scans take less time.",
        "Lab results in 1 day with our new analyzer!",
        "Heart disease is the leading cause of death in the U.S. Know your numbers.",
        "The procedure is permanent, so talk it over with your surgeon first.",
    ],
)
def test_general_claim_shapes_leave_ordinary_posts_alone(text: str, policy: Policy) -> None:
    assert claim_findings(text, policy) == [], [(f.kind, f.excerpt) for f in claim_findings(text, policy)]
