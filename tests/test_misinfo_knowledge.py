"""The misinfo knowledge table: known-false relations between topics, caught in wordings no rule spells out."""

from __future__ import annotations

import pytest

from bot.guardrails import misinfo_knowledge as knowledge
from bot.guardrails.context import ReviewContext
from bot.guardrails.misinfo_knowledge import find_known, known
from bot.guardrails.misinfo_table_more import ALL_ROWS, TABLE
from bot.policy import Policy


def keys(text: str, policy: Policy) -> list[str]:
    return [row.key for row, _, _ in find_known(ReviewContext(text=text, platform=None, policy=policy), TABLE)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # cause, forward and passive, English and Spanish
        ("Toddlers change after their booster. The jab is what sets off autism.", "kb_vaccine_autism"),
        ("Our grandson's autism came right after his 12-month vaccines.", "kb_vaccine_autism"),
        ("Estas vacunas provocan autismo en muchos niños.", "kb_vaccine_autism"),
        ("The new immunization gives teenage girls fertility problems later on.", "kb_vaccine_infertility"),
        ("Stop cracking your knuckles, it leads to arthritis by 40.", "kb_knuckles_arthritis"),
        ("Quit cracking your knuckles. That is how you end up with arthritis!", "kb_knuckles_arthritis"),
        ("Going out with damp hair will give you a cold every time.", "kb_cold_causes_colds"),
        ("Salir con el pelo mojado provoca resfriados.", "kb_cold_causes_colds"),
        ("Antiperspirants are the reason so many women develop breast cancer.", "kb_deodorant_cancer"),
        ("Sunscreen chemicals trigger skin cancer, so we skip it.", "kb_sunscreen_cancer"),
        ("Epidurals are linked to autism in kids, ask for a natural birth.", "kb_epidural_autism"),
        ("Candy makes kids hyperactive, cut it before the party.", "kb_sugar_hyper"),
        ("Asking a friend about suicide plants the idea in their head.", "kb_suicide_talk"),
        ("Handing out Narcan just encourages drug use.", "kb_naloxone_use"),
        ("Aluminum pans are a leading cause of Alzheimer's.", "kb_aluminum_dementia"),
        ("Sugar fuels tumors, so cut it all out.", "kb_sugar_cancer"),
        # harm
        ("Fluoridated water damages children's brains.", "kb_fluoride_brain"),
        ("El flúor en el agua baja el coeficiente intelectual.", "kb_fluoride_brain"),
        ("Reading in the dark will ruin your eyesight for good.", "kb_dim_light_vision"),
        ("Wearing glasses all day weakens your eyes.", "kb_glasses_weaken"),
        ("Face masks lower your oxygen levels.", "kb_masks_oxygen"),
        ("mRNA shots rewrite your DNA.", "kb_vaccine_dna"),
        # cure and replace
        ("Oregano oil knocks out strep in a weekend.", "kb_remedy_infection"),
        ("Elderberry syrup prevents the flu better than anything.", "kb_remedy_viral"),
        ("Treat your child's ear infection with garlic oil drops.", "kb_remedy_infection"),
        ("La diabetes se cura con canela y nopal.", "kb_remedy_diabetes"),
        ("Turmeric shrinks tumors naturally.", "kb_remedy_cancer"),
        ("High-dose vitamin drips reverse dementia.", "kb_remedy_dementia"),
        ("Our IV drips boost your immune system so you never get sick.", "kb_remedy_immunity"),
        ("Colon cleanses pull toxins out of your gut.", "kb_detox_toxins"),
        ("Alkaline water neutralizes the acid in your body.", "kb_alkaline_acid"),
        ("Homeopathic drops work just as well as vaccines.", "kb_vaccine_replace"),
        ("Instead of chemo, try a turmeric protocol.", "kb_remedy_replace_chemo"),
        ("Natural immunity is better than vaccines.", "kb_natural_immunity_better"),
        ("Carrots will improve your eyesight.", "kb_carrots_vision"),
        ("Eye exercises restore your vision so you can ditch the glasses.", "kb_eye_exercise_cure"),
        ("Antibiotics clear up a cold in a couple of days.", "kb_antibiotic_viral"),
        ("Strong black coffee sobers you up fast.", "kb_sober_up"),
        ("Bed rest is the best treatment for back pain.", "kb_bed_rest_back"),
        # predicates
        ("Chickenpox is just a harmless rite of passage.", "kb_preventable_mild"),
        ("La tos ferina es una enfermedad leve.", "kb_preventable_mild"),
        ("Statins don't actually work.", "kb_statin_useless"),
        ("Chemo is poison.", "kb_chemo_useless"),
        ("Honestly, flu shots are pointless.", "kb_flu_vaccine_unneeded"),
        ("You don't need sunscreen if you have darker skin.", "kb_sunscreen_unneeded"),
        ("The newborn vitamin K shot isn't necessary.", "kb_vitamin_k_unneeded"),
        ("Baby teeth don't matter, they fall out anyway.", "kb_baby_teeth_unneeded"),
        ("Tanning beds are safe in moderation.", "kb_tanning_safe"),
        ("Vaping is just water vapor.", "kb_vaping_safe"),
        ("Weed isn't addictive.", "kb_marijuana_safe"),
        ("A glass of wine while pregnant is totally fine.", "kb_alcohol_pregnancy_safe"),
        ("Putting babies to sleep on their stomach is safer.", "kb_baby_sleep_safe"),
        ("Memory loss is a normal part of aging.", "kb_dementia_normal"),
        ("Bleeding gums are normal when you floss.", "kb_bleeding_gums_normal"),
        ("Depression is just a choice.", "kb_mental_illness_willpower"),
        ("La adicción es cuestión de voluntad.", "kb_addiction_willpower"),
        ("Only older men get heart attacks.", "kb_heart_only"),
        ("Men can't get osteoporosis.", "kb_osteoporosis_only"),
        ("You can't catch an STD from oral sex.", "kb_sti_cant"),
        ("You can't get pregnant the first time.", "kb_pregnancy_cant"),
        ("GMO foods are toxic.", "kb_gmo_dangerous"),
        ("Antidepressants are addictive.", "kb_antidepressant_dangerous"),
        ("It's too late to quit smoking at 70.", "kb_quit_late"),
        ("The cure Big Pharma doesn't want you to know about.", "kb_conspiracy"),
        ("Lo que los médicos no quieren que sepas sobre el cáncer.", "kb_conspiracy"),
        ("Skip the flu clinic: a strong immune system is all you need.", "kb_immunity_enough"),
        ("Intermittent fasting starves tumors, no need for anything else.", "kb_remedy_cancer"),
        ("Taking Tylenol while pregnant causes autism.", "kb_acetaminophen_autism"),
        ("Melanoma only shows up in older people.", "kb_skin_cancer_only"),
        ("Milk makes more phlegm when you're sick.", "kb_dairy_mucus"),
        ("Type 1 diabetes is caused by eating sweets.", "kb_sugar_diabetes"),
        ("Generic medicines don't work like the brand name.", "kb_generic_useless"),
        ("Teen depression is just a phase.", "kb_mental_illness_willpower"),
    ],
)
def test_flags_myths_in_new_wordings(text: str, key: str, policy: Policy) -> None:
    assert key in keys(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        # the evidence, stated plainly
        "Vaccines don't cause autism; dozens of studies agree (CDC).",
        "Myth: vaccines cause autism. Fact: they don't.",
        "Do vaccines cause autism? No.",
        "Some parents worry that vaccines cause autism. Here's what the research shows.",
        "Las vacunas no causan autismo.",
        "The flu shot gives you protection from the flu all season.",
        "Vaccines prevent measles, which causes brain damage in some children.",
        "Sunscreen lowers your risk of skin cancer.",
        "HPV causes most cervical cancers; the HPV vaccine prevents them.",
        "Smoking causes lung cancer.",
        "Fluoride strengthens teeth and prevents cavities (ADA).",
        "Antibiotics don't work on colds or the flu.",
        "Cracking your knuckles won't give you arthritis.",
        "Knuckle cracking is a harmless habit.",
        "Vitamin D may help support bone health.",
        "Zinc lozenges might shorten a cold slightly.",
        "Honey can help soothe a cough in children over 1.",
        "Calcium and vitamin D help prevent osteoporosis.",
        # recommended care described honestly
        "Flu shots are available every weekday, no appointment needed.",
        "Measles is serious: it can cause pneumonia and brain swelling.",
        "Chickenpox is usually mild in kids, but it can be serious for babies.",
        "Statins lower the risk of heart attack.",
        "You don't need a booster if you already had one this fall.",
        "No need for sunscreen indoors, but reapply outside.",
        "Tanning beds are not safe at any age.",
        "Vaping is not harmless.",
        "Memory loss is not a normal part of aging; talk to your doctor.",
        "Snoring is not always harmless; it can be a sign of sleep apnea.",
        "Anyone can get a heart attack, not only older men.",
        "Only adults 65 and older get the high-dose flu vaccine.",
        "You can't get the flu from the flu shot.",
        "Chemo can cause nausea; we help manage it.",
        "Depression is a medical condition, not a choice.",
        "Ask your doctor if it's too late to catch up on missed vaccines.",
        "Cold weather season means more colds, so wash your hands.",
        "Asking about suicide directly does not plant the idea.",
        "Bleach kills germs on countertops; never drink it.",
        "Our pharmacist can explain what your doctor prescribed.",
        "Los protectores solares previenen el cáncer de piel.",
        "El sarampión no es una enfermedad leve.",
        "Stress can trigger a flare, so rest when you can.",
        "Milk and cheese are good sources of calcium.",
        "Generic medicines work the same as brand names (FDA).",
    ],
)
def test_leaves_the_evidence_and_honest_posts_alone(text: str, policy: Policy) -> None:
    assert keys(text, policy) == []


def test_the_table_is_broad_and_every_row_names_a_source() -> None:
    assert len(ALL_ROWS) >= 150
    assert len({row.key for row in ALL_ROWS}) == len(ALL_ROWS)
    for row in ALL_ROWS:
        assert "(" in row.fact and row.fact.endswith(")."), row.key
        assert row.message


def test_a_row_with_an_unknown_lexicon_or_shape_is_refused() -> None:
    with pytest.raises(ValueError):
        known("bad", "no_such_lexicon", "cause", "autism", "x (CDC).")
    with pytest.raises(ValueError):
        known("bad", "vaccine", "no_such_shape", None, "x (CDC).")


def test_a_wildcard_term_needs_a_three_letter_stem() -> None:
    with pytest.raises(ValueError):
        knowledge._lexicon("bad", "bad", "ab*")


def test_lexicons_match_whole_words_only(policy: Policy) -> None:
    ctx = ReviewContext(text="Our vaccination clinic and the vacuum cleaner", platform=None, policy=policy)
    assert [ctx.text[a:b] for a, b in knowledge.hits(ctx, "vaccine")] == ["vaccination"]


def test_a_finding_covers_the_claim_and_carries_a_fact(policy: Policy) -> None:
    text = "Great news! Garlic cures strep throat."
    ctx = ReviewContext(text=text, platform=None, policy=policy)
    found = find_known(ctx, TABLE)
    assert found
    row, start, end = found[0]
    assert text[start:end].startswith("Garlic") and "strep" in text[start:end]
    assert row.fact and row.message
