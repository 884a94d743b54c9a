"""What a claim word is about: care and health, or something else (staff, logistics, events, food, fun, money).

"Miracle", "painless", "guaranteed", "100%" and "cure" are claims only when they describe a treatment, a
health outcome or a product's medical effect. "An actual miracle worker with insurance forms" praises staff;
"badge entry is finally painless" is about a garage. A claim word counts as about something else when its
clause names a non-health subject and no health one.

Statistics follow the same idea. Health outcomes and efficacy need a source ("readmissions fell 40%",
"94% pain-free"). The organisation's own operational and workforce figures do not: staff turnover,
retention and vacancies, wait and response times, hires, volunteer hours, money raised, attendance.
They describe how the organisation runs, not what a treatment does, and are not the medical claims the
issue guards against. A sentence that mixes them with a health outcome still needs a source.
"""

from __future__ import annotations

import re

from bot.guardrails.advice_lexicon import MEDICAL_WORD
from bot.guardrails.claim_text import clause_before, sentence_around
from bot.guardrails.context import ReviewContext

# Care, treatments, products and outcomes: what a health claim is about.
HEALTH_SUBJECT = re.compile(
    rf"\b(?:{MEDICAL_WORD}|treatments?|therap(?:y|ies)|procedures?|surgery|surgeries|injections?|shots?|infusions?"
    r"|drips?|serums?|creams?|pills?|supplements?|gummies|capsules?|tablets?|devices?|implants?|fillings?|crowns?"
    r"|braces|aligners|laser\w*|lasik|botox|fillers?|peels?|facials?|protocols?|programs?\s+(?:for|to)|remed(?:y|ies)"
    r"|cures?|results?|recovery|relief|healing|outcomes?|removal|whitening|lift|tuck|dentistry|extractions?"
    r"|stitches|vaccin\w*|tratamientos?|terapias?|cirugías?|inyecciones|resultados|alivio|recuperación|láser"
    r"|depilación|blanqueamiento)\b",
    re.I,
)
# People, logistics, events, food and fun: praise and practical news, not health claims.
OTHER_SUBJECT = re.compile(
    r"\b(?:staff|team(?:mates?)?|nurses?|doctors?|physicians?|volunteers?|workers?|receptionists?|coordinators?"
    r"|schedulers?|registrars?|colleagues?|crew|employees?|interns?|residents?|managers?|she|he|her|him|dr\.?"
    r"|registration|insurance|forms?|paperwork|billing|bills?|parking|garage|badge|entry|check-?in|sign-?in"
    r"|scheduling|appointments?|booking|portal|app|website|wi-?fi|elevators?|lobby|wait(?:ing)?|lines?|refills?"
    r"|pick-?ups?|deliver(?:y|ies)|renovation|construction|move|moving|process|transfer|paperless|payment"
    r"|party|parties|picnic|gala|5k|run|walk|race|fair|festival|event|games?|raffle|prizes?|fun|giggles|smiles?"
    r"|stickers|movie|music|concert|holiday|celebration|food|coffee|cafeteria|café|soup|chili|tacos?|pizza|cookies"
    r"|snacks?|lunch|dinner|breakfast|menu|recipe|bowl|dessert|cake|equipo|personal|enfermer[oa]s?"
    r"|estacionamiento|registro|fiesta|comida|café)\b",
    re.I,
)
_CLAUSE_AFTER_END = re.compile(r"[,;:.!?\n]|\s(?:and|but|y|pero)\s")


def about_something_else(ctx: ReviewContext, start: int, end: int) -> bool:
    """True when the claim word's clause names a non-health subject and no health one."""
    text = ctx.text
    sentence_start, sentence_end = sentence_around(ctx, start)
    before = clause_before(text, start, 70, sentence_start)
    stop = _CLAUSE_AFTER_END.search(text, end, min(sentence_end, end + 60))
    after = text[end : stop.start() if stop else min(sentence_end, end + 60)]
    clause = before + " " + text[start:end] + " " + after
    return OTHER_SUBJECT.search(clause) is not None and HEALTH_SUBJECT.search(clause) is None


# The organisation's operations and workforce.
OPERATIONS = re.compile(
    r"\b(?:turnover|retention|retain(?:ed)?|vacanc(?:y|ies)|staffing|hires?|hired|hiring|recruit\w*|workforce"
    r"|employees?|engagement|overtime|wait(?:ing)?(?:\s+times?)?|waits|door-to-doc|response\s+times?|answer(?:ed|s)?\s+"
    r"(?:\d+%\s+of\s+)?calls|calls|hold\s+times?|turnaround|volunteers?|volunteer\s+hours|hours\s+(?:logged|donated"
    r"|served)|raised|donat\w+|fundrais\w*|funds?|budget|savings|saved|attendance|attendees|registrations?"
    r"|sign-?ups|enrollment|meals?\s+served|miles|visits\s+(?:per|a)\s+(?:day|week|month)|energy\s+use|recycl\w*"
    r"|emissions|paper|parking|on-?time\s+starts?|rotación|vacantes|contrataciones|voluntari[oa]s|tiempos?\s+de"
    r"\s+espera|donaciones|recaudamos)\b",
    re.I,
)
# A health outcome or efficacy in the same sentence keeps the need for a source.
HEALTH_OUTCOME = re.compile(
    r"\b(?:readmi\w+|infections?|mortality|deaths?|died|survival|surviv\w+|complications?|success|recover\w*|cured?"
    r"|remission|relapse\w*|pregnan\w*|births?|pain|symptoms?|sepsis|falls|fractures?|pressure\s+ulcers?|weight|pounds"
    r"|lbs|blood\s+pressure|a1c|outcomes?|effective\w*|efficacy|improv\w+|relief|results?|heal\w*|strokes?|heart"
    r"|cancers?|tumou?rs?|diabet\w+|overdoses?|vaccinat\w+|screen\w+|reingresos|infecciones|mortalidad|complicaciones"
    r"|éxito|dolor|resultados)\b",
    re.I,
)


def operational_figure(ctx: ReviewContext, start: int) -> bool:
    """True when the figure's sentence is about operations or workforce and names no health outcome."""
    sentence_start, sentence_end = sentence_around(ctx, start)
    sentence = ctx.text[sentence_start:sentence_end]
    if HEALTH_OUTCOME.search(sentence):
        return False
    if OPERATIONS.search(sentence):
        return True
    if sentence_start == 0:  # "Turnover was 27% in 2021. This year it's 11%.": the subject may sit just before
        return False
    previous_start, previous_end = sentence_around(ctx, sentence_start - 1)
    previous = ctx.text[previous_start:previous_end]
    return OPERATIONS.search(previous) is not None and HEALTH_OUTCOME.search(previous) is None
