"""The shape of a known health myth, the regex pieces the tables share, and the vaccine and infection myths.

A myth has `topic` trigger stems (is the subject mentioned at all? see claim_triggers) and a `claim` regex for the false
statement itself, in English and Spanish. A named group `neg` marks a negation that belongs to the
false claim ("you can't get pregnant while breastfeeding"); any other negation inside the match
("vaccines don't cause autism") means the post is stating the fact, not the myth.
To add a myth: append a `Myth` to a table; tests/test_misinfo.py shows the expected behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.guardrails.claim_text import Dual
from bot.guardrails.claim_triggers import Anchors


@dataclass(frozen=True, slots=True)
class Myth:
    key: str
    topic: tuple[str, ...]  # trigger stems: the claim regex runs only when a word of the post starts with one
    claim: Dual
    message: str
    fact: str  # the correct statement, offered as the suggestion
    remedy: bool = False  # promotes a product or remedy: also an unsupported `claim`
    anchored: bool = False  # every match starts at a word the topic names: try the regex only there (fast)
    anchors: Anchors | None = None  # the topic's stems, grouped for `word_starts` (set when anchored)


def myth(
    key: str, topic: str, claim: str, message: str, fact: str, remedy: bool = False, anchored: bool = False
) -> Myth:
    """`topic` is "stem|stem|...": words of the post must start with one of them; not a regex."""
    stems = tuple(topic.lower().split("|"))
    return Myth(key, stems, Dual(claim), message, fact, remedy, anchored, Anchors(stems) if anchored else None)


G = r"[^.!?\n]{0,60}?"  # a gap inside one sentence
VAX = (
    r"(?:(?:flu|covid(?:-19)?|hpv|mmr|measles|polio|tdap|rsv|shingles|chickenpox)\s+)?(?:vaccin\w*|vax\w*"
    r"|immuni[sz]ations?|jabs?|shots?|boosters?|mmr|hpv|gardasil|mrna|vacunas?|vacunación|inyecci[oó]n"
    r"|la\s+inyección)"
)
CAUSE = (
    r"(?:caus\w*|lead(?:s|ing)?\s+to|led\s+to|linked\s+to|links?\s+(?:to|with)|trigger\w*|results?\s+in"
    r"|responsible\s+for|gives?\s+(?:\w+\s+)?|gave\s+(?:\w+\s+)?|makes?\s+(?:\w+\s+)?|made\s+(?:\w+\s+)?"
    r"|produc\w*|provoc\w*|genera\w*|ocasiona\w*)"
)
CURE = (
    r"(?:cures?|cured|curing|kills?|killed|treats?|prevents?|fights?|destroys?|shrinks?|beats?|eliminates?"
    r"|reverses?|heals?|stops?|works\s+(?:against|on|for)|protects?\s+against|gets?\s+rid\s+of|cura|curan|mata"
    r"|matan|previene|previenen|trata|tratan|combate|combaten|elimina|eliminan|destruye|destruyen)"
)
INFECTION = (
    r"(?:covid(?:-19)?|coronavirus|flu|influenza|colds?|strep|pneumonia|infections?|measles|virus(?:es)?|viral"
    r"|bronchitis|gripe|resfriados?|resfríos?|infecci[oó]n(?:es)?|neumonía|sarampión)"
)

VACCINE_AND_INFECTION_MYTHS: tuple[Myth, ...] = (
    myth(
        "vaccines_autism",
        "autis",
        rf"\b{VAX}\b{G}\b{CAUSE}{G}\bautis\w*|\bautis\w*{G}\b(?:caused|triggered)\s+by\s+{G}\b{VAX}\b",
        "Says vaccines cause autism; studies of millions of children found no link.",
        "Vaccines, including MMR, do not cause autism (CDC). Say that, or remove the claim.",
    ),
    myth(
        "vaccines_infertility",
        "fertil|infertil|steril|estéril|miscarr|aborto|abortos|fertilidad|ovarian|menopause|ovárica",
        rf"\b{VAX}\b{G}\b(?:{CAUSE}|affect\w*|harm\w*|damag\w*|ruin\w*|destroy\w*|afecta\w*|daña\w*){G}"
        r"\b(?:infertil\w*|fertility|steril\w*|estéril\w*|miscarriages?|abortos?|fertilidad|ovarian\s+failure"
        r"|early\s+menopause|falla\s+ovárica)",
        "Says a vaccine causes infertility or miscarriage; studies show no effect on fertility.",
        "HPV, COVID-19 and other vaccines do not cause infertility (CDC, ACOG).",
    ),
    myth(
        "flu_shot_gives_flu",
        "flu|gripe|influenza",
        r"\b(?:flu\s+(?:shot|vaccine|jab)s?|influenza\s+vaccines?|vacunas?\s+(?:contra|de)\s+la\s+(?:gripe|influenza))"
        rf"\b{G}\b(?:gives?|gave|cause[sd]?|causing|makes?|made|da|dio|causa|provoca)\s+(?:you\s+|people\s+|kids\s+"
        r"|me\s+|them\s+|le\s+|les\s+)?(?:\w+\s+)?(?:(?:a\s+)?(?:mild\s+|light\s+|small\s+)?(?:case|dose|touch|bout)"
        r"\s+of\s+)?(?:the\s+|la\s+)?(?:flu|influenza|gripe)\b"
        r"|\b(?:get|catch)\s+(?:the\s+)?flu\s+from\s+(?:the|a|your)\s+flu\s+(?:shot|vaccine)"
        r"|\b(?:it|they)\s+(?:can\s+|will\s+|just\s+|only\s+)?(?:gives?|gave)\s+(?:you|people|kids)\s+(?:a\s+(?:mild\s+"
        r"|light\s+|small\s+)?(?:case|dose|touch)\s+of\s+)?(?:the\s+)?flu\b",
        "Says the flu shot gives you the flu; the injected vaccine cannot cause flu.",
        "The flu shot can't give you the flu; a sore arm or mild aches for a day are common (CDC).",
    ),
    myth(
        "vaccine_contents",
        "chip|chips|microchip|dna|adn|genes|genetic|magnetic|graphene|grafeno|nanobot|5g|poison"
        "|toxic|tóxic|veneno",
        rf"\b{VAX}\b{G}\b(?:contain\w*|ha[sv]e?|put|insert\w*|contiene\w*|lleva\w*)\b{G}\b(?:microchips?|chips?"
        r"|tracking|trackers?|graphene|nanobots?|5g|grafeno)\b"
        rf"|\b{VAX}\b{G}\b(?:alter|change|modify|rewrite|damage|edit|altera|cambia|modifica)\w*\s+(?:your\s+|the\s+"
        r"|our\s+|el\s+|su\s+|tu\s+)?(?:dna|adn|genes|genetic\s+code|código\s+genético)\b"
        rf"|\b{VAX}\b{G}\b(?:make|makes|made)\s+(?:you\s+|people\s+)?magnetic\b"
        rf"|\b{VAX}\s+(?:are|is|son|es)\s+(?:\w+\s+)?(?:poison|toxic|venenos?|tóxic[oa]s?)\b",
        "Repeats a false claim about what vaccines contain or do to the body.",
        "Vaccines contain no microchips and do not change your DNA; their ingredients are listed publicly (FDA).",
    ),
    myth(
        "vaccines_unsafe",
        "vaccin|vax|vacuna|shot|shots|jab|jabs|immuniz|immunis|booster|mmr|hpv|gardasil|mrna|inyecci",
        rf"\b{VAX}\b(?:{G}\b(?:is|are|es|son)\s+(?:more\s+dangerous|worse|riskier|deadlier|más\s+peligros[oa]s?)\s+"
        r"(?:than|que)\s+(?:the\s+|la\s+|el\s+)?(?:flu|disease|diseases|illness|virus|covid|measles|infection|gripe"
        r"|enfermedad)\b"
        r"|\s+(?P<neg>aren'?t|are\s+not|were\s+never|was\s+never|have\s+never\s+been|weren'?t|isn'?t|is\s+not)"
        r"\s+(?:properly\s+|really\s+|even\s+|adequately\s+)?(?:tested|studied|safe)\b"
        r"|\s+(?:are|is)\s+(?:\w+\s+)?(?:dangerous|unsafe|deadly|killing\s+(?:people|kids|children))\b"
        rf"|{G}\b(?:overwhelm|overload|weaken|damag|destroy|sobrecarg|debilit)\w*\s+(?:a\s+|your\s+|the\s+|their\s+)?"
        r"(?:baby'?s\s+|child'?s\s+|kids'?\s+|babies'?\s+)?(?:immune\s+system|sistema\s+inmune)"
        rf"|{G}\b{CAUSE}{G}\b(?:heart\s+attacks?|strokes?|sudden\s+death|turbo\s+cancer|cancer|sids|aids"
        r"|shaken\s+baby|cáncer|infartos?|muerte\s+súbita)\b)"
        r"|\blas\s+vacunas\s+(?P<neg2>no)\s+(?:son\s+seguras|están\s+(?:probadas|estudiadas))"
        r"|\blas\s+vacunas\s+son\s+peligrosas\b",
        "Says vaccines are untested, unsafe or worse than the disease; they are among the most studied medicines.",
        "Vaccines are tested in large trials and monitored for safety after approval; the diseases they prevent "
        "are far more dangerous (CDC, FDA).",
    ),
    myth(
        "natural_immunity_better",
        "immun|overwhelm|overload|measles|sarampión|chickenpox|chicken|varicela",
        r"\btoo\s+many\s+(?:vaccines|shots|vacunas)\b" + G + r"(?:overwhelm|overload|weaken|sobrecarg|debilit)\w*"
        r"|\bnatural(?:ly\s+acquired)?\s+immunity\s+is\s+(?:always\s+)?(?:better|safer|superior|stronger)\s+than\s+"
        r"(?:\w+\s+)?(?:vaccin\w*|the\s+shot)|\b(?:better|safer|healthier)\s+to\s+(?:get|catch)\s+(?:the\s+)?"
        r"(?:measles|chicken\s?pox|flu|covid|whooping\s+cough)\s+(?:naturally\s+)?than\s+(?:\w+\s+)?(?:vaccin\w*|the\s+shot)"
        r"|\bmeasles\s+(?:is|are)\s+(?:just\s+|only\s+)?(?:harmless|mild|no\s+big\s+deal|a\s+harmless\s+\w+|just\s+a\s+rash)"
        r"|\bel\s+sarampión\s+(?:es\s+)?(?:inofensivo|leve)\b",
        "Plays down vaccine-preventable disease or says catching it beats vaccination.",
        "Measles and other vaccine-preventable diseases can be severe; vaccination is the safer way to immunity (CDC).",
    ),
    myth(
        "vaccine_shedding",
        "shed|spread",
        rf"\b(?:vaccine\s+shedding|(?:vaccinated\s+\w+|the\s+vaccine|{VAX})\s+(?:can\s+)?(?:sheds?|spreads?)\s+"
        r"(?:\w+\s+)?(?:to\s+others|to\s+(?:the\s+)?unvaccinated|measles|covid|spike\s+proteins?))",
        "Repeats the 'vaccine shedding' myth.",
        "COVID-19 and other non-live vaccines cannot shed or spread to other people (CDC).",
    ),
    myth(
        "pregnancy_vaccines_unsafe",
        "pregnan|embaraz",
        rf"\b{VAX}\b{G}\b(?:are|is|son|es)\s+(?:\w+\s+)?(?:unsafe|dangerous|peligros[oa]s?)\s+(?:during|in|for|durante"
        r"|en|para)\s+(?:\w+\s+)?(?:pregnan\w*|embaraz\w*)|\bpregnant\s+(?:women|people|moms)\s+(?P<neg>shouldn'?t"
        r"|should\s+not|can'?t|cannot)\s+(?:get\s+|be\s+)?(?:vaccinat\w*|(?:the\s+)?(?:flu|covid|tdap|rsv)\s+(?:shot|vaccine))",
        "Says vaccines are unsafe in pregnancy; flu, Tdap, COVID-19 and RSV vaccines are recommended in pregnancy.",
        "Flu, Tdap, COVID-19 and RSV vaccines are recommended during pregnancy and protect the baby too (ACOG, CDC).",
    ),
    myth(
        "healthy_skip_flu_shot",
        "flu|influenza",
        r"\b(?:healthy|young)\s+(?:people|adults|kids|children)\s+(?P<neg>don'?t|do\s+not)\s+need\s+(?:a|the|an\s+annual)"
        r"\s+flu\s+(?:shot|vaccine)|\bthe\s+flu\s+is\s+(?:just|only)\s+(?:a\s+)?(?:bad\s+)?cold\b"
        r"|\b(?:flu|influenza)\s+is\s+(?:harmless|no\s+worse\s+than\s+a\s+cold)\b"
        r"|\b(?P<neg2>can'?t|cannot|shouldn'?t|should\s+not)\s+(?:get|have)\s+(?:the|a)\s+flu\s+(?:shot|vaccine)\s+if\s+"
        r"(?:you'?re|you\s+are|you\s+have\s+an?)\s+(?:allergic\s+to\s+eggs|egg\s+allerg\w*)",
        "Plays down flu or says healthy people (or people allergic to eggs) can't or needn't get a flu shot.",
        "Flu can be serious even for healthy people; a yearly flu vaccine is recommended for everyone 6 months "
        "and older, including people with egg allergies (CDC).",
    ),
    myth(
        "hpv_vaccine_behaviour",
        "hpv|vph|gardasil",
        rf"\b(?:hpv|vph|gardasil)\b{G}\b(?:encourag\w*|promot\w*|leads?\s+to|fomenta\w*|promueve\w*)\s+(?:\w+\s+)?"
        r"(?:sex\w*|promiscu\w*|sexo)|\b(?:hpv|vph)\s+(?:vaccine|vacuna|shot)s?\s+(?:is|are|es)\s+(?:only|just|solo|sólo)"
        r"\s+(?:for|para)\s+(?:girls|women|niñas|mujeres)",
        "Repeats a myth about the HPV vaccine.",
        "The HPV vaccine prevents several cancers, is recommended for boys and girls at 11-12, "
        "and does not change sexual behaviour (CDC).",
    ),
    myth(
        "antibiotics_viruses",
        "antibiotic|antibiótic",
        rf"\bantibi[oó]tic\w*\b{G}\b(?:cure|cures|treat|treats|kill|kills|fight|fights|beat|beats|knock\s+out|clear\s+up"
        r"|get\s+rid\s+of|get\s+over|work\s+(?:on|for|against)|help\s+(?:with\s+)?|curan?|sirven?\s+para|matan?"
        r"|quitan?)\b" + G
        + r"\b(?:colds?|flu|viruses|virus|viral|covid|resfriados?|resfríos?|gripe|catarros?)\b"
        r"|\b(?:need|get|ask\s+for|take)\s+(?:an?\s+)?antibiotic\w*\s+for\s+(?:a\s+|your\s+|the\s+)?(?:cold|flu|virus"
        r"|viral)|\b(?:colds?|flu|resfriado|gripe)\s+(?:needs?|requires?|necesita)\s+(?:an?\s+)?antibi[oó]tic",
        "Says antibiotics treat colds, flu or other viruses; they work only against bacteria.",
        "Antibiotics don't work on viruses like colds and flu, and taking them when not needed causes harm (CDC).",
    ),
    myth(
        "covid_remedies",
        "ivermect|hydroxychlor|hidroxicloro|chlorine|dióxido|mms|miracle|bleach|lejía|cloro",
        r"\b(?:ivermectin|ivermectina|hydroxychloroquine|hidroxicloroquina)\b" + G + rf"\b{CURE}\b{G}\b(?:covid(?:-19)?"
        r"|coronavirus|sars|autism|autismo|cancer|cáncer)\b|\b(?:chlorine\s+dioxide|dióxido\s+de\s+cloro|miracle\s+mineral"
        rf"\s+(?:solution|supplement)|mms)\b{G}\b{CURE}\b|\b(?:drink|drinking|ingest\w*|beber|tomar)\s+(?:a\s+little\s+)?"
        r"(?:bleach|lejía|cloro|chlorine\s+dioxide)\b",
        "Promotes a disproven or dangerous COVID-19 or 'miracle' remedy.",
        "Ivermectin and hydroxychloroquine don't treat COVID-19, and chlorine dioxide or bleach is poisonous (FDA).",
        remedy=True,
    ),
    myth(
        "colloidal_silver",
        "colloidal|coloidal",
        rf"\b(?:colloidal\s+silver|plata\s+coloidal)\b{G}\b{CURE}\b",
        "Promotes colloidal silver as a treatment; it doesn't work and can turn skin permanently blue-gray.",
        "Colloidal silver is not safe or effective for any disease (NIH, FDA).",
        remedy=True,
    ),
    myth(
        "home_remedy_infection",
        "oil|oils|oregano|garlic|onion|elderberr|vitamin|zinc|vinegar|homeopat|herbal|ajo|cebolla"
        "|vinagre|remedio|colloidal|coloidal|honey|cinnamon|turmeric|herb|herbs|juice|juicing|miel|canela|cúrcuma"
        "|hierbas",
        r"\b(?:essential\s+oils?|oregano\s+oil|garlic|onions?|elderberr(?:y|ies)|vitamin\s+c|zinc|apple\s+cider\s+vinegar"
        r"|homeopath\w*|herbal\s+tea|ajo|cebolla|vinagre|homeopatía|remedios?\s+caseros?|colloidal\s+silver"
        rf"|plata\s+coloidal)\b{G}\b{CURE}\b{G}\b{INFECTION}\b"
        r"|\b(?:essential\s+oils?|honey|garlic|cinnamon|turmeric|apple\s+cider\s+vinegar|herbs?|herbal\s+\w+"
        r"|homeopath\w*|juic\w+|miel|ajo|canela|cúrcuma|vinagre|hierbas)\b" + G + r"\b(?:cures?|reverses?|eliminates?"
        r"|cura|curan|revierte|elimina)\b" + G + r"\b(?:asthma|allerg(?:y|ies)|diabetes|arthritis"
        r"|high\s+blood\s+pressure|hypertension|heart\s+disease|alzheimer'?s|dementia|multiple\s+sclerosis|lupus|crohn'?s|thyroid\s+disease"
        r"|asma|alergias?|artritis|hipertensión|presión\s+alta)\b",
        "Says a home or natural remedy cures an infection or a chronic disease; the evidence doesn't support it.",
        "No supplement, oil or home remedy cures infections like flu or COVID-19 or chronic diseases like asthma "
        "or diabetes; vaccines and medical care do (CDC, NIH).",
        remedy=True,
    ),
    myth(
        "hiv_transmission",
        "hiv|aids|vih|sida",
        r"\b(?:hiv|aids|vih|sida)\b" + G + r"\b(?:spread\w*|catch\w*|get|transmit\w*|contagi\w*|pass\w*|transmite\w*)"
        r"\b" + G + r"\b(?:kissing|hugging|sharing\s+(?:cups|utensils|food|drinks|a\s+bathroom)|toilet\s+seats?"
        r"|mosquito(?:e?s)?|shaking\s+hands|saliva|besos|abrazos|mosquitos)\b|\b(?:hiv|vih)\s+(?:is|es)\s+(?:still\s+)?"
        r"(?:a|una)\s+(?:death\s+sentence|sentencia\s+de\s+muerte)",
        "Repeats a myth about how HIV spreads or what it means today.",
        "HIV doesn't spread through kissing, hugging, sharing cups or mosquitoes, "
        "and with treatment people with HIV live long, healthy lives (CDC).",
    ),
    myth(
        "cold_weather_causes_colds",
        "wet|cold|being|pelo|cabello|frío",
        r"\b(?:going\s+out(?:side)?\s+with\s+)?(?:wet\s+hair|cold\s+weather|being\s+cold|the\s+cold|pelo\s+mojado"
        r"|cabello\s+mojado|el\s+frío)\s+(?:gives?\s+you|causes?|will\s+give\s+you|da|causa|provoca)\s+(?:a\s+|un\s+|"
        r"la\s+|el\s+)?(?:cold|the\s+flu|flu|pneumonia|resfriado|gripe|neumonía)\b",
        "Says cold weather or wet hair causes colds; colds and flu are caused by viruses.",
        "Colds and flu are caused by viruses, not by cold air or wet hair; handwashing and vaccines help (CDC).",
    ),
    myth(
        "masks_oxygen",
        "mask|mascarilla|cubrebocas|tapabocas",
        r"\b(?:face\s+)?(?:masks?|mascarillas?|cubrebocas|tapabocas)\b" + G + r"\b(?:cause|causes|lower|lowers|reduce"
        r"|reduces|deprive|deprives|cut\s+off|starve)\w*\s+(?:\w+\s+){0,2}(?:oxygen|o2|co2|carbon\s+dioxide|hypoxia"
        r"|oxígeno)\b",
        "Says masks cut off oxygen or cause CO2 poisoning; they don't.",
        "Cloth and surgical masks don't lower oxygen or raise carbon dioxide to harmful levels (WHO).",
    ),
    myth(
        "five_g",
        "5g",
        r"\b5g\b" + G + r"\b(?:causes?|caused|spreads?|spread|transmit\w*|causa|propaga)\b" + G
        + r"\b(?:covid|coronavirus|cancer|cáncer|virus)\b",
        "Links 5G networks to COVID-19 or cancer; radio waves can't spread viruses.",
        "5G does not cause or spread COVID-19 (WHO).",
    ),
)
