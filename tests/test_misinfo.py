"""The `misinfo` check: known health myths asserted as fact, not when a post corrects them."""

from __future__ import annotations

import re

import pytest

from bot.guardrails import misinfo, review
from bot.guardrails.context import ReviewContext
from bot.guardrails.misinfo import MYTHS
from bot.policy import Policy


def misinfo_findings(text: str, policy: Policy) -> list:
    return misinfo.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The MMR shot is what triggered my nephew's autism. Do your research.", "vaccines_autism"),
        ("Las vacunas causan autismo, investigue antes de vacunar.", "vaccines_autism"),
        ("Think twice: the COVID jab is linked to infertility in young women.", "vaccines_infertility"),
        ("Skip it this year, the flu shot gives you the flu anyway.", "flu_shot_gives_flu"),
        ("La vacuna contra la gripe le da la gripe.", "flu_shot_gives_flu"),
        ("mRNA vaccines permanently alter your DNA.", "vaccine_contents"),
        ("Got a sinus cold? Antibiotics will clear up a cold in two days.", "antibiotics_viruses"),
        ("Los antibióticos curan la gripe más rápido.", "antibiotics_viruses"),
        ("Fluoride in our tap water is a neurotoxin.", "fluoride_toxic"),
        ("Good news for new moms: you cannot get pregnant while nursing.", "breastfeeding_contraception"),
        ("No puede quedar embarazada mientras está amamantando.", "breastfeeding_contraception"),
        ("Baking soda cures cancer, and your oncologist won't tell you.", "cancer_remedy"),
        ("Apricot seeds kill tumors naturally.", "cancer_remedy"),
        ("Antidepressants are nothing but sugar pills.", "antidepressants_placebo"),
        ("Our detox tea flushes toxins and heavy metals from your liver.", "detox"),
        ("Darker skin doesn't need sunscreen.", "sun_protection"),
        ("Cavities are caused by a mineral deficiency, so skip the fluoride.", "cavities_cause"),
        ("Colloidal silver cures pink eye and strep.", "colloidal_silver"),
        ("Ivermectin prevents COVID, ask for it by name.", "covid_remedies"),
        ("HIV can spread through kissing and sharing cups.", "hiv_transmission"),
        ("Going outside with wet hair gives you a cold.", "cold_weather_causes_colds"),
        ("Root canals cause heart disease, so pull the tooth instead.", "root_canal_fillings"),
        ("Chemo is poison. Try our natural protocol instead.", "chemo_poison"),
        ("The flu shot is more dangerous than the flu.", "vaccines_unsafe"),
        ("Vaccines aren't tested properly, so wait.", "vaccines_unsafe"),
        ("El cáncer se cura con bicarbonato.", "cancer_remedy"),
        ("Don't bother with the flu shot. It gives you a mild case of the flu anyway.", "flu_shot_gives_flu"),
        ("You can't get the flu shot if you're allergic to eggs.", "healthy_skip_flu_shot"),
        ("Antibiotics are the fastest way to beat a cold.", "antibiotics_viruses"),
        ("Honey cures allergies and asthma naturally.", "home_remedy_infection"),
        ("Vaccines overload a baby's immune system.", "vaccines_unsafe"),
        ("Your period means you can't get pregnant, so skip protection that week.", "breastfeeding_contraception"),
        ("Dental X-rays cause thyroid cancer.", "cancer_causes"),
    ],
)
def test_flags_myths_asserted_as_fact(text: str, key: str, policy: Policy) -> None:
    findings = misinfo_findings(text, policy)
    assert key in [f.kind for f in findings], [(f.kind, f.excerpt) for f in findings]
    for finding in findings:
        assert finding.check == "misinfo" and finding.severity == "block"
        assert text[finding.start : finding.end] == finding.excerpt
        assert finding.message and finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Vaccines don't cause autism. The science is clear (CDC).",
        "Myth: vaccines cause autism. Fact: dozens of studies found no link.",
        "Do vaccines cause autism? No. Here's what the research shows (CDC).",
        "You may have heard that the flu shot gives you the flu. It can't: the vaccine has no live virus.",
        "The flu shot can't give you the flu.",
        "It's a myth that you can't get pregnant while breastfeeding.",
        "You can get pregnant while breastfeeding, so ask us about birth control.",
        "Antibiotics won't help a cold or the flu, which are caused by viruses.",
        "Fluoride in water is safe and prevents cavities (CDC).",
        "The COVID vaccine cannot change your DNA.",
        "Ivermectin treats river blindness and other parasitic infections.",
        "Everyone needs sunscreen, even people with darker skin.",
        "Cavities are caused by bacteria that feed on sugar.",
        "Chemotherapy side effects can be managed; ask your care team.",
        "❌ Vaccines cause autism ✅ Vaccines prevent measles, mumps and rubella",
        "No es cierto que las vacunas causan autismo.",
        "Some parents worry vaccines cause autism. Research shows they don't (CDC).",
        "Many parents ask if the flu shot can give kids the flu. It can't.",
        "Vaccines are tested in large trials before approval (FDA).",
        "Most people with egg allergies can safely get the flu shot (CDC).",
        "Touching your face after shaking hands can give you the flu.",
        "Turmeric may help with arthritis pain, but talk to your doctor first.",
        "Sugar doesn't feed cancer, but a balanced diet helps during treatment.",
    ],
)
def test_leaves_corrections_and_facts_alone(text: str, policy: Policy) -> None:
    assert misinfo_findings(text, policy) == []


def test_every_myth_has_a_message_and_the_correct_fact() -> None:
    keys = [m.key for m in MYTHS]
    assert len(keys) == len(set(keys)) >= 30
    for m in MYTHS:
        assert m.message.strip() and m.fact.strip()
        assert m.claim.lower.pattern and m.topic
        assert all(re.fullmatch(r"[^\W_]+", word) and word == word.lower() for word in m.topic), m.key


def test_every_myth_claim_is_inside_its_topic() -> None:
    """The cheap topic test runs first; a claim it does not cover would never be found."""
    samples = {
        "vaccines_autism": "Vaccines cause autism.",
        "five_g": "5G spreads the coronavirus.",
        "masks_oxygen": "Masks lower your oxygen levels.",
        "diabetes_myths": "Type 1 diabetes is caused by eating too much sugar.",
        "infant_safety": "Babies sleep safest on their stomachs.",
        "everyday_myths": "Cracking your knuckles causes arthritis.",
        "heart_myths": "Men can't get breast cancer.",
    }
    by_key = {m.key: m for m in MYTHS}
    for key, text in samples.items():
        assert any(word.startswith(by_key[key].topic) for word in re.findall(r"\w+", text.lower())), key
        assert by_key[key].claim.ignorecase.search(text), key


def test_misinformation_blocks_the_post_through_the_engine() -> None:
    report = review("Fluoride is poison. Our fluoride-free toothpaste protects your family.", "facebook")
    assert report.verdict == "block"
    assert "misinfo" in {f.check for f in report.findings}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # causal links between topic lexicons, either voice
        ("After his booster my cousin developed leukemia, so we're done with shots.", "link_vaccine_harm"),
        ("Our twins showed signs of autism weeks after the MMR.", "link_vaccine_harm"),
        ("Sinus cold? Azithromycin will knock out that virus by Friday.", "link_antibiotic_virus"),
        ("El resfriado se cura con antibióticos y reposo.", "link_antibiotic_virus"),
        ("Sea moss tea reverses type 2 diabetes in a month.", "link_remedy"),
        ("Lyme disease can be cured with essential oils.", "link_remedy_passive"),
        ("Elderberry gummies work better than the flu vaccine.", "link_remedy"),
        ("Weekly cupping sessions boost your immune system all winter.", "link_remedy"),
        ("Fluoridated water damages your kids' brains.", "link_fluoride_harm"),
        ("Los transgénicos causan cáncer.", "link_gmo_harm"),
        ("Sleeping with the window open will give you pneumonia.", "link_weather_colds"),
        ("The IUD causes infertility, so think twice.", "link_birth_control_harm"),
        # families
        ("Insulin does more harm than good for type 2 diabetes.", "proven_treatment_denied"),
        ("Whooping cough is just a bad cough, no big deal.", "preventable_disease_is_mild"),
        ("La varicela es una enfermedad leve, mejor que la pasen.", "preventable_disease_is_mild"),
        ("No need to vaccinate kids who are breastfed.", "no_need_to_vaccinate"),
        ("Prenatal vitamins aren't necessary.", "recommended_care_unnecessary"),
        ("You can't get tetanus if the cut is small.", "conditional_immunity"),
        ("No se pueden contagiar herpes por sexo oral.", "sti_transmission"),
        ("What your pediatrician won't tell you about fevers.", "pharma_conspiracy"),
        ("We'd rather space the shots out over several years.", "vaccine_schedule"),
        ("Anxiety is all about mindset. Choose calm!", "mental_health_willpower"),
        ("Snoring is totally harmless, sleep tight!", "snoring_harmless"),
        ("Flu vaccines are loaded with mercury and formaldehyde.", "link_vaccine_toxins"),
        ("Look up: chemtrails again over the valley today.", "chemtrails"),
        ("No need for SPF when it's cloudy out.", "no_need_to_vaccinate"),
        ("Hair dye gives you cancer, so go natural.", "unfounded_cause"),
        ("Los tampones causan infertilidad.", "unfounded_cause"),
        ("Statins destroy your liver.", "proven_treatment_denied"),
        ("Wear a hat: we lose half our body heat through the head.", "everyday_health_myths"),
        ("Foot soaks pull heavy metals out through your feet.", "everyday_health_myths"),
        ("Reheating soup in the microwave makes it radioactive.", "microwave_food"),
        ("You'll catch a cold from walking barefoot on cold tiles.", "link_weather_colds"),
        # co-occurrence pairs
        ("Quit popping your knuckles. Your future arthritis will thank you.", "knuckles_arthritis"),
        ("Kids, sitting close to the TV will ruin your eyesight!", "dim_light_eyes"),
        ("Fever at night? Sponge your child with rubbing alcohol to cool them down.", "fever_alcohol_rub"),
        ("Burned your hand cooking? A dab of butter on the burn soothes it.", "burn_home_remedy"),
        ("Nosebleed? Tilt your head back and wait.", "nosebleed_head_back"),
        ("Bring that fever down fast, or it can cause brain damage.", "fever_brain_damage"),
        ("Flu is going around 🤧 Come in and we'll prescribe amoxicillin today.", "antibiotic_for_viral"),
        ("High cholesterol? Skip the pills: beet juice lowers it naturally.", "natural_substitute_for_medicine"),
    ],
)
def test_general_mechanisms_catch_new_phrasings(text: str, key: str, policy: Policy) -> None:
    findings = misinfo_findings(text, policy)
    assert key in [f.kind for f in findings], [(f.kind, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Antibiotics treat bacterial infections like strep throat; they don't work on colds.",
        "Vaccines prevent measles, and fluoride toothpaste strengthens enamel (ADA).",
        "Chickenpox is usually mild in kids but can be serious for babies.",
        "If you already had your flu shot this fall, there's no need for another.",
        "You can't get the flu from the flu shot, and there's no risk of measles from the MMR.",
        "You can't get HIV if your partner's viral load is undetectable (CDC).",
        "Honey can soothe a cough in children over 1 year old.",
        "For a burn, run cool water over it; skip the butter and ice.",
        "Reading in dim light may tire your eyes, but it won't damage them.",
        "Knuckle cracking and arthritis: studies found no link.",
        "Never put anything in someone's mouth during a seizure.",
        "Cold going around? Rest, fluids and handwashing. Antibiotics won't help a virus.",
        "Exercise lowers blood pressure naturally, alongside your medicine. Don't stop taking it.",
        "Turmeric may help with joint pain; talk to your doctor first.",
        "Our pharmacists can help you space out your doses across the day.",
        "Myth: ear candles remove toxins. Fact: they don't, and they can burn you.",
        "Fact: a needle biopsy does not make cancer spread (American Cancer Society).",
        "Big Pharma donated supplies to our flu clinic.",
        "Vaccine ingredients are listed on the FDA's website, in tiny, safe amounts.",
        "Fever is how the body fights infection; it doesn't cause brain damage.",
        "Wear sunscreen even on cloudy days; you don't need it indoors at night.",
        "Smoking causes lung cancer, and HPV causes most cervical cancers (CDC).",
        "Researchers are still learning what causes autism.",
        "Untreated chlamydia can cause infertility; get tested.",
        "Your liver and kidneys flush out toxins on their own.",
        "NSAIDs like ibuprofen can damage your kidneys if overused; ask your pharmacist.",
        "Don't delay vaccines: the schedule protects kids when they're most at risk.",
    ],
)
def test_general_mechanisms_leave_facts_and_corrections_alone(text: str, policy: Policy) -> None:
    assert misinfo_findings(text, policy) == []


def test_anchored_myths_find_what_a_full_scan_finds(policy: Policy) -> None:
    """Anchored myths try their regex only at their topic's words; that must not lose a match."""
    from bot.guardrails.claim_triggers import word_starts

    samples = [
        "Kids regress into autism right after that shot.",
        "La gripe se trata con antibióticos.",
        "High-dose vitamin C cures cancer.",
        "No hace falta vacunar a los niños.",
        "No hay riesgo de rabia.",
        "The reflux industry makes billions keeping you on these pills.",
        "Loud snoring just means deep, restful sleep.",
    ]
    for text in samples:
        ctx = ReviewContext(text=text, platform=None, policy=policy)
        for myth in MYTHS:
            if myth.anchors is None:
                continue
            full = [m.end() for m in myth.claim.finditer(ctx)]
            anchored = [m.end() for m in myth.claim.match_at(ctx, word_starts(ctx, myth.anchors))]
            assert full == anchored, (myth.key, text)
