"""The `claim` check: cures, guarantees, absolutes, unattributed superlatives and statistics, off-label promotion.

Context clears a match: a negation ("there's no cure"), a figure of speech ("a cure for the winter
blues?", "painless parking"), a service promise ("we guarantee the same hygienist"), or a named
source next to a statistic or ranking ("80% of cavities (CDC)", "Healthgrades named ...").
"""

from __future__ import annotations

import re

from bot.guardrails.advice_lexicon import DRUG_DUAL, MEDICAL_WORD_DUAL
from bot.guardrails.claim_context import (
    CURE_NOUN,
    CURE_RESEARCH,
    CURE_VERB,
    FIGURATIVE_OBJECT,
    HEALTH_CONTEXT,
    OUTCOME_WORD,
    SERVICE_OBJECT,
)
from bot.guardrails.claim_rules import RULES, ClaimRule, present_triggers
from bot.guardrails.claim_rules_outcomes import OUTCOME_RULES, present_outcome_triggers
from bot.guardrails.claim_subject import about_something_else, operational_figure
from bot.guardrails.claim_text import clause_before, is_negated, is_question, sentence_around
from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding
from bot.guardrails.misinfo import find_myths
from bot.guardrails.sources import is_attributed

# "Quit smoking for good" is the goal of a cessation class, not a promise about a treatment.
_CESSATION = re.compile(r"smok|tobacco|vap|cigar|nicotine|alcohol|drinking|habit|fumar|tabaco|cigarr", re.I)
# "Happy Nurses Week to the best nurses in the world!" thanks staff; it is not a claim about care.
_STAFF = re.compile(
    r"\b(?:nurses|doctors|physicians|staff|team|volunteers|employees|colleagues|caregivers|therapists|pharmacists"
    r"|techs|technicians|residents|enfermer[oa]s|médicos|equipo|personal)\b",
    re.I,
)
_APPRECIATION = re.compile(
    r"\b(?:thank\w*|grateful|gratitude|appreciat\w*|celebrat\w*|shout-?out|proud|congrat\w*|happy\s+[\w' ]{0,30}"
    r"(?:week|day|month)|gracias|felicidades|orgullosos)\b",
    re.I,
)
_OWN = re.compile(r"\b(?:our|we|us|we're|nuestr[oa]s?|nosotros)\b", re.I)
_NOT_JUST_FOR = re.compile(r"(?:isn|is|aren|are|not|no)\b", re.I)
# The words a superlative ranks: "best [orthopedic surgeons] in", "fastest [ER wait times] in".
_RANKED_WORDS = re.compile(r"\S+(?:\s+rated|\s+ranked|\s+\w+ed)?((?:\s+[\w'-]+)*?)\s+(?:in|of)\s", re.I)
_CARE_NOUN = re.compile(
    r"\b(?:care|hospitals?|doctors?|physicians?|dentists?|dentistry|surgeons?|clinics?|clinicians?|nurses?|er|emergency"
    r"|pharmac\w+|practices?|providers?|specialists?|\w+ologists?|\w+ology|\w+iatric\w*|therap\w+|treatments?"
    r"|outcomes?|results?|rates?|times?|waits?|recovery|survival|centers?|centres?|programs?|units?|teams?|team"
    r"|services?|staff|experts?|technology|equipment|surgery|procedures?)\b",
    re.I,
)
# "No side effects except a full belly" jokes; "no side effects other than mild drowsiness" names one.
_EXCEPT = re.compile(r"\W*(?:except|other\s+than|besides|aside\s+from|apart\s+from|but|salvo|excepto|aparte\s+de"
                     r"|más\s+que)\b", re.I)
_VACCINE = re.compile(r"\b(?:vaccin\w*|shots?|jabs?|boosters?|vacunas?|immuni[sz]\w*)\b", re.I)
_OFF_LABEL_WORD = re.compile(r"\boff[- ]label\b", re.I)
_PROMOTION = re.compile(r"\b(?:we|our|us|ask|offer\w*|prescribe\w*|available|try|now|book|call)\b", re.I)
_INTERROGATIVE_START = re.compile(r"^\W*(?:is|are|does|do|will|can|could|would|should|es|son|duele)\b", re.I)

# Absolutes that are claims only about care ("a miracle worker with insurance forms" praises staff).
_ABOUT_CARE_ONLY = frozenset(
    [
        "miracle", "painless", "guarantee", "hundred_percent", "no_side_effects", "risk_free", "absolute_success",
        "forever", "absolute_safety", "money_back", "superlative_any",
    ]
)
# Figures that need a source unless they describe the organisation's own operations (see claim_subject).
_STATISTICS = frozenset(
    ["percent_statistic", "ratio_statistic", "multiplier_statistic", "average_outcome", "share_statistic"]
)

# Rules whose regexes open at an uncommon word for speed ("choice for", "thirds of"); their excerpts take back
# the words before ("your #1 choice for", "two-thirds of").
_LEAD_RULES = frozenset(["superlative_any", "money_back", "share_statistic"])
_LEAD_WORDS = re.compile(
    r"(?:\b(?:the|your|our|a|an|or|and|get|nearly|almost|about|over|more|than|two|one|three|la|un|una|dos|no)\b\s*[-–]?\s*"
    r"|#\s?1\s+)+$",
    re.I,
)
REMEDY_MESSAGE = "Promotes a remedy with a health claim the evidence does not support."
REMEDY_SUGGESTION = "Remove the claim, or describe only what a named source (e.g. NIH, FDA) says the product does."
CURE_MESSAGE = "Promises a cure; few treatments cure, and none for everyone."
CURE_SUGGESTION = "Say 'may help' or 'treats', and cite a source for what the treatment does."


def _finding(ctx: ReviewContext, start: int, end: int, message: str, suggestion: str, kind: str) -> Finding:
    return Finding(
        check="claim",
        severity="block",
        start=start,
        end=end,
        excerpt=ctx.text[start:end],
        message=message,
        suggestion=suggestion,
        kind=kind,
    )


def _words_after(ctx: ReviewContext, end: int, limit: int = 50) -> str:
    _, sentence_end = sentence_around(ctx, max(0, end - 1))
    return ctx.text[end : min(sentence_end, end + limit)]


def _cure_findings(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    if "cure" not in present_triggers(ctx):
        return findings
    text = ctx.text
    spans = [m.span() for m in CURE_VERB.finditer(text)]
    spans += [m.span() for m in CURE_NOUN.finditer(text)]
    for start, end in sorted(set(spans)):
        sentence_start, _ = sentence_around(ctx, start)
        before = clause_before(text, start, 45, sentence_start)
        after = _words_after(ctx, end, 40)
        if is_negated(ctx, start) or CURE_RESEARCH.search(before):
            continue
        if FIGURATIVE_OBJECT.search(after[:30]):
            continue
        if is_question(ctx, start) and _INTERROGATIVE_START.search(text[sentence_start:start] or "is"):
            continue
        if about_something_else(ctx, start, end):
            continue
        findings.append(_finding(ctx, start, end, CURE_MESSAGE, CURE_SUGGESTION, "cure"))
    return findings


def _cleared(ctx: ReviewContext, rule: ClaimRule, start: int, end: int) -> bool:
    """True when the context around a match shows it is not a health claim."""
    if rule.name in _ABOUT_CARE_ONLY and about_something_else(ctx, start, end):
        return True
    if rule.name in _STATISTICS and operational_figure(ctx, start):
        return True
    if rule.name == "absolute_safety":  # "flu shots are completely safe for most people": public-health advice
        sentence_start, sentence_end = sentence_around(ctx, start)
        if _VACCINE.search(ctx.text, sentence_start, sentence_end):
            return True
    if rule.negatable and is_negated(ctx, start):
        return True
    if rule.sourced_ok and is_attributed(ctx, start, end):
        return True
    if rule.figurative:
        after = _words_after(ctx, end, 40)
        if FIGURATIVE_OBJECT.search(after) or FIGURATIVE_OBJECT.search(clause_before(ctx.text, start, 25)):
            return True
        sentence_start, _ = sentence_around(ctx, start)
        if is_question(ctx, start) and _INTERROGATIVE_START.search(ctx.text[sentence_start:start]):
            return True
    if rule.needs_medical and not MEDICAL_WORD_DUAL.search(ctx, start, end):
        return True
    if rule.needs_own:
        sentence_start, sentence_end = sentence_around(ctx, start)
        if not _OWN.search(ctx.text, sentence_start, sentence_end):
            return True
    if rule.needs_health_context:
        sentence_start, sentence_end = sentence_around(ctx, start)
        low, high = max(sentence_start, start - 30), min(sentence_end, end + 40)
        if not HEALTH_CONTEXT.search(ctx.text, low, high):
            return True
    if rule.name == "no_side_effects" and _EXCEPT.match(ctx.text, end):
        return True
    if rule.name == "forever" and _CESSATION.search(ctx.text, start, end):
        return True
    if rule.name == "superlative_place" and _ranks_something_else(ctx, start, end):
        return True
    if rule.name.startswith("superlative") and _STAFF.search(ctx.text, start, end):
        sentence_start, sentence_end = sentence_around(ctx, start)
        if _APPRECIATION.search(ctx.text, sentence_start, sentence_end):
            return True
    if rule.name == "guarantee":
        sentence_start, sentence_end = sentence_around(ctx, start)
        around = ctx.text[max(sentence_start, start - 40) : min(sentence_end, end + 70)]
        if not OUTCOME_WORD.search(around) and SERVICE_OBJECT.search(around):
            return True
    if rule.name == "off_label" and _OFF_LABEL_WORD.fullmatch(ctx.text[start:end]):
        sentence_start, sentence_end = sentence_around(ctx, start)
        if not _PROMOTION.search(ctx.text[sentence_start:sentence_end]):
            return True
    return False


def _ranks_something_else(ctx: ReviewContext, start: int, end: int) -> bool:
    """'The best tacos in town': words between the superlative and 'in <place>' that name no care or provider."""
    words = _RANKED_WORDS.match(ctx.text, start, end)
    if words is None or not words.group(1).strip():
        return False
    ranked = words.group(1)
    return not (MEDICAL_WORD_DUAL.lower.search(ranked.lower()) or _CARE_NOUN.search(ranked))


def _capitalised_place_end(ctx: ReviewContext, match: re.Match[str]) -> int:
    """A ranking "in <place>" needs a capitalised place name ("in Harlow County"): the end of the name, or -1."""
    if match.group("capplace") is None:
        return match.end()
    if not ctx.text[match.start("capplace")].isupper():
        return -1
    if match.group("capplace2") is not None and ctx.text[match.start("capplace2")].isupper():
        return match.end("capplace2")
    return match.end("capplace")


def _off_label_span(ctx: ReviewContext, start: int, end: int) -> tuple[int, int] | None:
    """ "<drug> isn't just for" needs the drug just before; the span then starts at the drug."""
    if not _NOT_JUST_FOR.match(ctx.text, start, end):
        return start, end
    sentence_start, _ = sentence_around(ctx, start)
    drugs = _drugs_in(ctx, max(sentence_start, start - 40), start)
    return (drugs[-1].start(), end) if drugs else None


def _drugs_in(ctx: ReviewContext, start: int, end: int) -> list[re.Match[str]]:
    found = []
    while (match := DRUG_DUAL.search(ctx, start, end)) is not None:
        found.append(match)
        start = match.end()
    return found


def _rule_span(ctx: ReviewContext, rule: ClaimRule, match: re.Match[str]) -> tuple[int, int] | None:
    """The span a rule's match flags, after the checks its regex leaves to code; None when it does not count."""
    start, end = match.span()
    if "capplace2" in match.re.groupindex:
        end = _capitalised_place_end(ctx, match)
        if end < 0:
            return None
    elif "capplace" in match.re.groupindex:  # "Fenwick's best dentist": the place opens the match
        place = match.start("capplace")
        if match.group("capplace") is not None and not ctx.text[place].isupper():
            return None
    if rule.not_after is not None and rule.not_after.search(ctx.text, max(0, start - 12), start):
        return None
    if rule.lead is not None:
        lead = rule.lead.search(ctx.text, max(0, start - 30), start)
        if lead is None:
            return None
        capplace = lead.group("capplace") if "capplace" in lead.re.groupindex else None
        if capplace is not None and not ctx.text[lead.start("capplace")].isupper():
            return None
        start = lead.start()
    if rule.name in _LEAD_RULES:  # the regex starts at an uncommon word; the excerpt keeps the words before it
        lead = _LEAD_WORDS.search(ctx.text, max(0, start - 30), start)
        if lead is not None:
            start = lead.start()
    if rule.name == "off_label":
        return _off_label_span(ctx, start, end)
    if rule.name == "off_label_use":  # "<drug> works great for weight loss even without diabetes": the drug comes first
        sentence_start, _ = sentence_around(ctx, start)
        drugs = _drugs_in(ctx, max(sentence_start, start - 60), start)
        return (drugs[0].start(), end) if drugs else None
    return start, end


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    remedies = [
        _finding(ctx, start, end, REMEDY_MESSAGE, REMEDY_SUGGESTION, "unproven_remedy")
        for myth, start, end in find_myths(ctx)
        if myth.remedy
    ]
    for finding in remedies + _cure_findings(ctx):
        if not any(s < finding.end and finding.start < e for s, e in taken):
            taken.append((finding.start, finding.end))
            findings.append(finding)
    present = present_triggers(ctx) | present_outcome_triggers(ctx)
    for rule in RULES + OUTCOME_RULES:
        if rule.name not in present:
            continue
        for match in rule.regex.scan(ctx):
            span = _rule_span(ctx, rule, match)
            if span is None:
                continue
            start, end = span
            if any(s < end and start < e for s, e in taken) or _cleared(ctx, rule, start, end):
                continue
            taken.append((start, end))
            findings.append(_finding(ctx, start, end, rule.message, rule.suggestion, rule.name))
    return findings
