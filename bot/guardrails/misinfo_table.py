"""The misinfo knowledge table: what public-health evidence says is false, as topic relations.

Each row is `known(key, subject, shape, object, fact)`: subject and object name lexicons
(misinfo_lexicon), the shape says how a post asserts it (misinfo_knowledge), and the fact is the
correction offered as the suggestion, with the body that states it (CDC, WHO, AAP, ACS, AHA, ADA,
NIH, FDA ...). Families: vaccines; infections and antibiotics; cancer; heart and diabetes; dental;
skin and sun; pregnancy and contraception; children; mental health and addiction; aging, eyes,
bones; detox and "natural" cures. To add a myth, add a row (and a lexicon if the topic is new);
tests/test_misinfo_knowledge.py shows the expected behaviour.
"""

from __future__ import annotations

from bot.guardrails.misinfo_knowledge import KnownMyth, known

_VAX_SAFE = "Vaccines are tested in large trials and their safety is monitored for life (CDC, FDA, WHO)."
_REMEDY_FACT = (
    "No herb, supplement, oil, drip, adjustment or home remedy has been shown to cure or prevent this; "
    "proven care does (NIH, NCCIH, FDA)."
)

VACCINES: tuple[KnownMyth, ...] = (
    known("kb_vaccine_autism", "vaccine", "cause", "autism",
          "Vaccines, including MMR, do not cause autism; studies of millions of children show it (CDC, WHO).",
          temporal=True),
    known("kb_vaccine_infertility", "vaccine", "harm", "infertility",
          "Vaccines, including HPV and COVID-19 vaccines, do not cause infertility or miscarriage (CDC, ACOG)."),
    known("kb_vaccine_sids", "vaccine", "cause", "sids",
          "Vaccines do not cause SIDS; safe sleep on the back prevents it (AAP, CDC).", temporal=True),
    known("kb_vaccine_cancer", "vaccine", "cause", "cancer",
          "Vaccines do not cause cancer; HPV and hepatitis B vaccines prevent cancers (NCI, CDC)."),
    known("kb_vaccine_chronic", "vaccine", "cause", "chronic_disease",
          "Vaccines do not cause autoimmune or chronic disease, diabetes, asthma, ADHD or sudden death (CDC, WHO).",
          temporal=True),
    known("kb_vaccine_immunity", "vaccine", "harm", "immunity",
          "Vaccines train the immune system; a baby's body handles many more germs every day (AAP, CDC)."),
    known("kb_vaccine_iq", "vaccine", "harm", "iq_brain",
          "Vaccines do not damage the brain or lower intelligence (CDC)."),
    known("kb_vaccine_useless", "vaccine", "useless", None,
          "Vaccines prevent millions of deaths a year; they are among medicine's most effective tools (WHO)."),
    known("kb_vaccine_unneeded", "vaccine", "unneeded", None,
          "Recommended vaccines protect children and adults from serious disease (CDC, AAP)."),
    known("kb_vaccine_replace", "remedy", "replace", "vaccine",
          "Nothing natural, homeopathic or dietary replaces vaccination (CDC, AAP, FDA)."),
    known("kb_vaccine_gives_disease", "vaccine", "cause", "preventable",
          "Vaccines can't give you the disease they prevent; most contain no live germ (CDC)."),
    known("kb_vaccine_dna", "vaccine", "harm", "dna", "Vaccines, mRNA ones included, don't change your DNA (CDC)."),
    known("kb_natural_immunity_better", "natural_immunity", "replace", "vaccine",
          "Getting sick to gain immunity risks severe disease; vaccination is the safer way (CDC, AAP)."),
    known("kb_breastfeeding_replace_vaccine", "breastfeeding", "replace", "vaccine",
          "Breastfeeding protects babies but doesn't replace vaccines (AAP)."),
    known("kb_flu_vaccine_dangerous", "flu_vaccine", "dangerous", None,
          "The flu vaccine is safe, in pregnancy too (CDC, ACOG)."),
    known("kb_flu_vaccine_flu", "flu_vaccine", "cause", "viral",
          "The flu shot can't give you the flu; a sore arm or mild aches for a day are common (CDC)."),
    known("kb_flu_vaccine_unneeded", "flu_vaccine", "unneeded", None,
          "A yearly flu vaccine is recommended for everyone 6 months and older (CDC)."),
    known("kb_flu_vaccine_useless", "flu_vaccine", "useless", None,
          "The flu vaccine lowers the risk of flu illness, hospital stays and death (CDC)."),
    known("kb_vitamin_k_cancer", "vitamin_k", "cause", "cancer",
          "The newborn vitamin K shot is safe; the leukemia link was disproven (AAP)."),
    known("kb_vitamin_k_unneeded", "vitamin_k", "unneeded", None,
          "Every newborn needs vitamin K to prevent dangerous bleeding (AAP, CDC)."),
    known("kb_preventable_mild", "preventable", "mild", None,
          "Measles, whooping cough, flu and other vaccine-preventable diseases can be severe or deadly (CDC)."),
    known("kb_vaccine_dangerous", "vaccine", "dangerous", None, _VAX_SAFE),
)

INFECTIONS: tuple[KnownMyth, ...] = (
    known("kb_antibiotic_viral", "antibiotic", "cure", "viral",
          "Antibiotics don't work on viruses like colds and flu, and taking them when not needed causes harm (CDC)."),
    known("kb_remedy_infection", "remedy", "cure", "infection",
          "No supplement, oil or home remedy cures infections; vaccines and medical care do (CDC, NIH).",
          remedy=True),
    known("kb_remedy_viral", "remedy", "cure", "viral",
          "No supplement, oil or home remedy cures or prevents colds, flu or COVID-19 (CDC, NIH).", remedy=True),
    known("kb_remedy_replace_antibiotic", "remedy", "replace", "antibiotic",
          "Home remedies don't replace antibiotics a clinician prescribes for a bacterial infection (CDC)."),
    known("kb_hiv_only", "hiv", "only", None,
          "Anyone can get HIV; testing and PrEP protect people of every group (CDC)."),
    known("kb_sti_cant", "sti", "cant", None,
          "STIs spread through oral, vaginal and anal sex, often without symptoms; condoms and testing help (CDC)."),
    known("kb_sti_only", "sti", "only", None, "Anyone who has sex can get an STI, at any age (CDC)."),
    known("kb_remedy_hiv", "remedy", "cure", "hiv",
          "No supplement or remedy cures HIV; antiretroviral treatment controls it (CDC, NIH).", remedy=True),
)

CANCER: tuple[KnownMyth, ...] = (
    known("kb_remedy_cancer", "remedy", "cure", "cancer",
          "No herb, diet, supplement or 'vitamin B17' cures cancer; some are poisonous (NCI, ACS).", remedy=True),
    known("kb_remedy_replace_chemo", "remedy", "replace", "chemo",
          "Unproven remedies used instead of cancer treatment lower survival (NCI, ACS).", remedy=True),
    known("kb_chemo_useless", "chemo", "useless", None,
          "Chemotherapy cures or controls many cancers and its side effects can be managed (NCI)."),
    known("kb_sunscreen_cancer", "sunscreen", "cause", "cancer",
          "Broad-spectrum sunscreen lowers the risk of skin cancer, including melanoma (AAD, ACS)."),
    known("kb_sunscreen_unneeded", "sunscreen", "unneeded", None,
          "Everyone needs broad-spectrum SPF 30+ sunscreen outdoors, whatever their skin tone, even when "
          "cloudy (AAD)."),
    known("kb_sunscreen_useless", "sunscreen", "useless", None,
          "Sunscreen used as directed prevents sunburn and lowers skin cancer risk (AAD)."),
    known("kb_skin_cancer_only", "skin_cancer", "only", None,
          "People of every skin tone can get skin cancer and sunburn (AAD)."),
    known("kb_skin_cancer_cant", "skin_cancer", "cant", None,
          "UV rays pass through clouds; you can burn on cloudy days (AAD)."),
    known("kb_breast_cancer_only", "breast_cancer", "only", None,
          "Men can get breast cancer too, and most women who get it have no family history (ACS)."),
    known("kb_screening_cancer", "screening", "cause", "cancer",
          "Mammograms, biopsies and screening tests don't cause or spread cancer (ACS, NCI)."),
    known("kb_screening_harm", "screening", "harm", "cancer",
          "Mammograms, biopsies and screening tests don't cause or spread cancer (ACS, NCI)."),
    known("kb_cancer_only", "cancer", "only", None,
          "Cancer can affect people of any age and sex; screening follows guidelines, not symptoms (ACS)."),
)

HEART_AND_DIABETES: tuple[KnownMyth, ...] = (
    known("kb_statin_useless", "statin", "useless", None,
          "Statins lower the risk of heart attack and stroke in people who need them (AHA, ACC)."),
    known("kb_statin_harm", "statin", "harm", "serious_disease",
          "Statins are among the most studied medicines; serious harm is rare (AHA)."),
    known("kb_bp_meds_useless", "bp_meds", "useless", None,
          "Blood pressure medicines prevent heart attacks, strokes and kidney disease (AHA)."),
    known("kb_remedy_replace_bp", "remedy", "replace", "bp_meds",
          "Supplements don't replace prescribed blood pressure medicine (AHA, NIH).", remedy=True),
    known("kb_remedy_replace_statin", "remedy", "replace", "statin",
          "Supplements don't replace prescribed cholesterol medicine (AHA, NIH).", remedy=True),
    known("kb_remedy_heart", "remedy", "cure", "heart",
          "No supplement or remedy cures heart disease or clears arteries (AHA, NIH).", remedy=True),
    known("kb_heart_only", "heart", "only", None,
          "Heart disease is the leading killer of women too, and strokes happen at any age (AHA, CDC)."),
    known("kb_insulin_harm", "insulin", "cause", "serious_disease",
          "Insulin prevents the complications of diabetes; it doesn't cause them (ADA)."),
    known("kb_insulin_harm_vision", "insulin", "harm", "vision",
          "Insulin prevents the complications of diabetes, blindness included (ADA)."),
    known("kb_insulin_useless", "insulin", "useless", None,
          "Insulin is life-saving for type 1 diabetes and needed by many with type 2 (ADA)."),
    known("kb_remedy_diabetes", "remedy", "cure", "diabetes",
          "No food or supplement cures diabetes; treatment and healthy habits control it (ADA, NIDDK).", remedy=True),
    known("kb_remedy_replace_insulin", "remedy", "replace", "insulin",
          "Nothing natural replaces insulin or prescribed diabetes medicine (ADA).", remedy=True),
    known("kb_diabetes_only", "diabetes", "only", None,
          "People of any weight or age can get diabetes (ADA, CDC)."),
    known("kb_diabetes_mild", "diabetes", "mild", None,
          "Diabetes and prediabetes are serious but can be managed; a 'touch of sugar' needs care (ADA)."),
)
