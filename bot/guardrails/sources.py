"""Named sources: "(CDC)", "(U.S. Preventive Services Task Force, 2021)", "according to the AHA",
"Healthgrades named ...", "Source: ...", a link to a .gov/.edu page.

A statistic, a study result or a superlative is attributed when a source sits in its sentence or the
next one, or when the post ends with a "Source:" line.
"""

from __future__ import annotations

import re

from bot.guardrails.claim_text import sentence_index, sentence_spans
from bot.guardrails.context import ReviewContext

# Bodies that publish health statistics, guidelines, rankings or awards (acronyms match case-sensitively).
KNOWN_ACRONYMS = (
    "CDC|FDA|NIH|WHO|OMS|OPS|PAHO|AHA|ACS|AAP|AAD|ADA|ACOG|USPSTF|CMS|AHRQ|NCI|ANCC|DEA|NHS|ACC|ACIP|AMA|AAFP"
    "|APA|NEJM|JAMA|BMJ|IDSA|ASCO|NCCN|NIDCR|NHLBI|NIMH|NIAID|NIDDK|SAMHSA|HHS|HRSA|NCHS|BLS|APTA|AOA|AAOS|ACR"
    "|ASA|ACEP|AACN|NAM|KFF|IHI|NCQA|AHIP|URAC|AOTA|ASHA|NAMI|NSC|IARC|ECDC|NICE|USDA|EPA|OSHA|SSA|VA|IMSS|INSP"
    "|ACOEM|ATS|ERS|ESC|ACCP|ADA's|AHA's|CDC's|FDA's|NIH's|WHO's"
)
KNOWN_NAMES = (
    r"Healthgrades|U\.?S\.? News(?: & World Report)?|Leapfrog|Newsweek|Forbes|Press Ganey|Joint Commission|Vizient"
    r"|Becker's|J\.?\s?D\.? Power|Magnet|Cochrane|Lancet|Mayo Clinic|Cleveland Clinic|Medicare|Medicaid|Census Bureau"
    r"|World Health Organi[sz]ation|Organización Mundial de la Salud|Centers? for Disease Control|Surgeon General"
    r"|PubMed|Gallup|Pew Research|Kaiser Family Foundation|American Cancer Society|American Heart Association"
)
_ORG_WORD = (
    r"Association|Society|Academy|College|Institute|Institutes|Center|Centers|Centre|Foundation|Council|Task Force"
    r"|Department|Agency|Administration|Organi[sz]ation|Journal|Review|Report|Survey|Registry|Commission|Board"
    r"|Bureau|Ministry|University|Federation|League|Coalition|Alliance|Network|Trust|Office|Program|Service"
    r"|Asociación|Sociedad|Academia|Colegio|Instituto|Centro|Fundación|Secretaría|Ministerio|Universidad"
)
_CAPITALISED = r"[A-Z][\w&.'’-]*"
_YEAR = r"(?:19|20)\d\d"

_ACRONYM = re.compile(rf"(?<![\w#@])(?:{KNOWN_ACRONYMS})(?![\w@])")
_NAME = re.compile(rf"\b(?:{KNOWN_NAMES})\b", re.I)
_PAREN = re.compile(r"\(([^()\n]{2,160})\)")
_PAREN_ORG = re.compile(
    rf"{_CAPITALISED}(?:\s+(?:of|for|on|and|&|de|del|la|el|los|las|y|the)?\s*{_CAPITALISED})*\s+(?:{_ORG_WORD})\b"
    rf"|\b(?:{_ORG_WORD})\s+(?:of|for|on|de|del|para)\s+{_CAPITALISED}"
)
# "(Boateng & Ferrer, 2024)", "(Frogner et al., ...)", "(Source: ...)": a name, a comma and a year, or a label.
_PAREN_CITATION = re.compile(
    rf"[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){{0,8}},\s*(?:[^,()]+,\s*)?{_YEAR}\b|\bet al\b"
    r"|^(?i:source|fuente|data|datos)\s*:"
)
_DATED_RECORD = re.compile(
    rf"\b(?:data|audit|survey|report|study|review|records|registry|analysis|datos|encuesta|informe|estudio|auditoría)\b"
    rf".*\b{_YEAR}\b|\b{_YEAR}\b.*\b(?:data|audit|survey|report|study|review|records|registry|analysis|datos"
    rf"|encuesta|informe|estudio)\b",
    re.I,
)
_CAPITAL_START = re.compile(r"^\W*[A-Z]")
_INLINE = re.compile(
    r"\b(?i:according to|per|as reported by|reported by|data from|figures from|a study (?:in|by|from)|published in"
    r"|(?:named|ranked|rated|voted|recognized|recognised|honou?red|awarded|certified|designated|accredited|verified"
    r"|cited)(?:[^.!?\n]{0,90}?)\s(?:by|from)|recognition from|award from|según|de acuerdo con|datos de|publicado en)"
    rf"\s+(?i:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:{_CAPITALISED}|(?:{KNOWN_ACRONYMS})\b)"
)
_ORG_NAME = rf"{_CAPITALISED}(?:\s+(?:(?:of|for|on|and|&|de|del|la|el|y|the)\s+)?{_CAPITALISED}){{0,6}}"
_SUBJECT_NAMES = re.compile(
    rf"\b({_ORG_NAME})\s+(?:named|ranked|rated|recognized|recognised|awarded|honou?red"
    r"|recommends?|reports?|reported|estimates?|estimated|found|finds|says|recomienda|recomiendan|informa|estima)\b"
)
_NOT_A_SOURCE_SUBJECT = frozenset(
    re.findall(r"\S+", "we our i you they patients customers people everyone families parents he she it this staff")
)
# "the Tri-County Nursing Workforce Collaborative's 2024 benchmark", "Dawnridge General's 2024 Workforce Report":
# a named body's dated or titled publication.
_POSSESSIVE_PUBLICATION = re.compile(
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,6}}['’]s\s+(?:(?:annual|latest|most\s+recent|{_YEAR})\s+)*"
    r"(?:[A-Z][\w-]*\s+){0,3}(?i:report|benchmark|survey|data|study|analysis|review|statistics|audit|registry"
    r"|scorecard|dashboard|census|index)\b"
)
# "according to the state Department of Health's annual vital statistics report", "per our 2023 CAHPS survey
# results", "según el informe anual del departamento": an attribution to a publication, whatever its capitals.
_ATTRIBUTED_PUBLICATION = re.compile(
    r"\b(?:according\s+to|per|based\s+on|data\s+from|as\s+reported\s+in|published\s+in|según|de\s+acuerdo\s+con"
    r"|con\s+datos\s+de)\s+"
    r"(?:the\s+|our\s+|their\s+|its\s+|el\s+|la\s+|los\s+|las\s+|nuestr[oa]s?\s+)?[^.!?\n]{0,70}?\b(?:report|survey"
    r"|statistics|data|registry|audit|study|analysis|review|census|scorecard|benchmark|records|informe|encuesta"
    r"|estadísticas|datos|registro|estudio|auditoría|análisis)\b",
    re.I,
)
_FOOTNOTE = re.compile(r"(?:^|\n)\s*(?:sources?|fuentes?|references?|referencias?|refs?|citations?)\s*:\s*\S", re.I)
_LINK = re.compile(r"\b[\w.-]+\.(?:gov|edu|gob(?:\.\w\w)?|nhs\.uk|who\.int)\b|\bdoi\.org/|\bpubmed\b|\bncbi\.nlm", re.I)


def _paren_is_source(content: str) -> bool:
    if _DATED_RECORD.search(content):
        return True
    if not _CAPITAL_START.search(content) and not content.lower().startswith(("source", "fuente", "data")):
        return False
    return bool(
        _ACRONYM.search(content) or _NAME.search(content) or _PAREN_ORG.search(content)
        or _PAREN_CITATION.search(content)
    )


def has_source(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when `text[start:end]` names a source; only that window is scanned."""
    end = len(text) if end is None else end
    for match in _PAREN.finditer(text, start, end):
        if _paren_is_source(match.group(1)):
            return True
    for pattern in (_ACRONYM, _NAME, _INLINE, _LINK, _POSSESSIVE_PUBLICATION):
        if pattern.search(text, start, end):
            return True
    for match in _ATTRIBUTED_PUBLICATION.finditer(text, start, end):
        if _names_a_publication(match.group()):
            return True
    for match in _SUBJECT_NAMES.finditer(text, start, end):
        first = match.group(1).split()[0].lower()
        if first not in _NOT_A_SOURCE_SUBJECT and (_PAREN_ORG.search(match.group(1)) or " " in match.group(1)):
            return True
    return False


def _names_a_publication(phrase: str) -> bool:
    """A year, a capitalised name or an official body in the phrase: "our 2023 survey", "the state Department ..."."""
    return bool(re.search(rf"\b{_YEAR}\b|\b[A-Z][\w-]+|\b(?:state|county|city|national|federal|department|ministry"
                          r"|estatal|nacional|departamento|ministerio|secretaría)\b", phrase[1:]))


def has_footnote(ctx: ReviewContext) -> bool:
    cached = ctx.extra.get("_claim_footnote")
    if cached is None:
        cached = _FOOTNOTE.search(ctx.text) is not None
        ctx.extra["_claim_footnote"] = cached
    return cached


def is_attributed(ctx: ReviewContext, start: int, end: int) -> bool:
    """True when a named source sits in the sentence of `start`..`end` or the next, or in a footnote."""
    spans = sentence_spans(ctx)
    first = sentence_index(ctx, start)
    last = min(len(spans) - 1, sentence_index(ctx, max(start, end - 1)) + 1)
    window = (spans[first][0], spans[last][1])
    cache: dict[tuple[int, int], bool] = ctx.extra.setdefault("_claim_attributed", {})
    if window not in cache:
        cache[window] = has_source(ctx.text, *window) or has_footnote(ctx)
    return cache[window]
