"""Context words for the `claim` check: what makes "cure", "guarantee" or "100%" a claim or not."""

from __future__ import annotations

import re

from bot.guardrails.advice_lexicon import MEDICAL_WORD

CURE_VERB = re.compile(
    r"\b(?:cures?|cured|curing|(?:cura|curan|curó|curará|curarán|curaron|curamos)(?=\s+(?:el|la|los|las|su|sus|tu"
    r"|de|del|\w+(?:itis|osis|emia)|" + MEDICAL_WORD + r")\b))\b",
    re.I,
)
CURE_NOUN = re.compile(r"\b(?:an?|the|la|una|su|our|nuestra)\s+(?:\w+\s+)?(?:cure|cura)\b", re.I)
# "find a cure", "Race for the Cure", "no cure for Mondays": research, hope and jokes are not claims.
CURE_RESEARCH = re.compile(
    r"\b(?:find|finding|found|search(?:ing)?|closer|toward|towards|research|fund(?:ing|s|raise\w*)?|hope|hoping"
    r"|until|race|walk|run|ride|quest|mission|working|dream|buscar|encontrar|hasta|investigación|esperanza)\b",
    re.I,
)
FIGURATIVE_OBJECT = re.compile(
    r"\b(?:blues|boredom|bored|mondays?|monday\s+blues|cabin fever|hump day|the heat|summer slump|slump|munchies"
    r"|hangry|writer'?s block|winter|fomo|lunes|aburrimiento|rutina|parking|paperwork|wait(?:ing)?|lines?"
    r"|check-?in|scheduling|billing|booking|registration|sign-?up|enrol+ment|refills?|process|hold music"
    r"|giggles|laugh\w*|smiles?|fun|memories|good\s+times?|carcajadas|risas|sonrisas|diversión|alegría|buen\s+humor"
    r"|happiness|joy|hugs|high[- ]fives|stickers|prizes|treats|candy|dulces|abrazos)\b",
    re.I,
)
SERVICE_OBJECT = re.compile(
    r"\b(?:appointments?|same[- ]day|visits?|hygienist|same (?:provider|doctor|dentist|nurse|therapist|clinician)"
    r"|parking|prices?|pricing|quotes?|seats?|spots?|call ?backs?|response|reply|replies|privacy|confidential\w*"
    r"|respect|friendly|smiles?|welcome|warm|coffee|cookies|snacks|a seat|hours|on time|punctual\w*|refund|fun"
    r"|family|families|good time|giveaways?|prizes?"
    r"|citas?|precio|privacidad|respeto)\b",
    re.I,
)
OUTCOME_WORD = re.compile(
    r"\b(?:results?|cure[sd]?|relief|fix(?:es|ed)?|success|works?|weight|pounds|lbs|hair|pain|lasts?|regrow\w*"
    r"|heal(?:s|ed|ing)?|recover\w*|resultados?|alivio|éxito)\b",
    re.I,
)

# Words around "100%" that make it a health claim ("100% effective", "eliminates 100% of headaches"),
# unlike "100% cashless" or "100% committed".
HEALTH_CONTEXT = re.compile(
    r"\b(?:eliminat\w*|remov\w*|kill\w*|cure[sd]?|block\w*|prevent\w*|clear\w*|reduc\w*|destroy\w*|effective\w*"
    r"|efectiv\w*|eficaz|safe|safety|success\w*|results?|guarantee\w*|natural|painless|pain-free|accurate|typical"
    r"|satisf\w*|recover\w*|relief|works|protect\w*|proven|seguro|segura|garantiz\w*|resultados?|pacientes?"
    r"|patients?|people|cases|personas|previen\w*|prevenir|prevenible|curar|eficacia|efectividad|effective|efficacy"
    r"|" + MEDICAL_WORD + r")\b",
    re.I,
)
