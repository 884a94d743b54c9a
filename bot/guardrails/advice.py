"""The `advice` check: individual diagnosis or treatment given in public, and telling the public to stop
or change a prescribed medicine.

General education is fine ("ask your pharmacist", "what works varies from person to person"), and so
is "don't stop your medicine without talking to your doctor": negations and hedges clear a match.
"""

from __future__ import annotations

import re

from bot.guardrails import advice_rules as rules
from bot.guardrails.advice_lexicon import DRUG, MEDICINE_DUAL
from bot.guardrails.claim_text import (
    Dual,
    clause_before,
    is_negated,
    is_question,
    sentence_around,
    sentence_index,
    sentence_spans,
)
from bot.guardrails.claim_triggers import register
from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding

INDIVIDUAL_MESSAGE = "Gives one person a diagnosis or treatment advice in public."
INDIVIDUAL_SUGGESTION = (
    "Reply with general information only and invite them to call or message the clinic privately, "
    "e.g. 'Please call us so a clinician can review this with you.'"
)
STOP_MESSAGE = "Tells the public to stop or change a prescribed medicine."
STOP_SUGGESTION = (
    "Say 'Don't stop or change a prescribed medicine without talking to your prescriber', and keep it general."
)

_INDIVIDUAL_RULES: tuple[tuple[str, Dual], ...] = (
    ("suggest_treatment", rules.SUGGEST_TREATMENT),
    ("dose_change", rules.DOSE_CHANGE),
    ("diagnosis", rules.DIAGNOSIS),
    ("skip_care", rules.SKIP_CARE),
    ("diagnosis", rules.LOOKS_BENIGN),
)
# (kind, pattern, the trigger group that must be present for the pattern to be worth running)
_PUBLIC_RULES: tuple[tuple[str, Dual, str], ...] = (
    ("stop_medicine", rules.STOP_MEDICINE, "stop"),
    ("spanish_stop", rules.SPANISH_STOP, "spanish_stop"),
    ("medicine_break", rules.MEDICINE_BREAK, "break"),
    ("dose_change_public", rules.DOSE_CHANGE_PUBLIC, "dose_public"),
    ("swap_medicine", rules.SWAP_MEDICINE, "swap"),
    ("skip_course", rules.SKIP_COURSE, "skip_course"),
    ("no_longer_needed", rules.NO_LONGER_NEEDED, "no_longer"),
    ("dose_habit", rules.DOSE_HABIT, "dose_habit"),
)
# Rules that need a medicine named before them ("stop it", "taper yourself off"), and how many sentences back.
_ANTECEDENT_RULES: tuple[tuple[str, Dual, str, int], ...] = (
    ("stop_pronoun", rules.STOP_PRONOUN, "stop", 1),
    ("taper_off", rules.TAPER_OFF, "taper", 1000),
    ("no_longer_needed", rules.NO_LONGER_NEEDED_PRONOUN, "no_longer", 1),
    ("spanish_stop", rules.SPANISH_STOP_PRONOUN, "spanish_stop", 2),
    ("stop_permission", rules.STOP_PERMISSION, "stop_permission", 1),
    ("stop_medicine", rules.STOP_AFTER_MEDICINE, "stop", 0),
)
_CLAUSE_END = re.compile(r"[,;:.!?\n]|\s(?:and|but|y|pero)\s")
_TRAILING_DRUG = re.compile(rf"\s+{DRUG}\b", re.I)


def addressed_to_one_person(ctx: ReviewContext) -> bool:
    """A reply to @someone, a post opening with a person's name or title, or one citing their own results."""
    text = ctx.text
    if (
        rules.ADDRESSEE_HANDLE.search(text)
        or rules.ADDRESSEE_TITLE.search(text)
        or rules.ADDRESSEE_DESCRIBED.search(text)
    ):
        return True
    name = rules.ADDRESSEE_NAME.search(text)
    if name and name.group(1).lower() not in rules.AUDIENCE_WORDS:
        return True
    if "personal_data" not in _present_triggers(ctx):
        return False
    return rules.PERSONAL_DATA.search(ctx) is not None


_present_triggers = register(
    "advice",
    {
        "stop": rules.STOP_TRIGGERS,
        "spanish_stop": rules.SPANISH_STOP_TRIGGERS,
        "break": rules.BREAK_TRIGGERS,
        "dose_public": rules.DOSE_PUBLIC_TRIGGERS,
        "swap": rules.SWAP_TRIGGERS,
        "taper": rules.TAPER_TRIGGERS,
        "skip_course": rules.SKIP_COURSE_TRIGGERS,
        "no_longer": rules.NO_LONGER_TRIGGERS,
        "personal_data": rules.PERSONAL_DATA_TRIGGERS,
        "dose_habit": rules.DOSE_HABIT_TRIGGERS,
        "stop_permission": rules.STOP_PERMISSION_TRIGGERS,
    },
)


def _hedged(ctx: ReviewContext, start: int) -> bool:
    """True when the sentence sends the reader to a clinician, or the verb sits in an 'if/when' clause."""
    sentence_start, sentence_end = sentence_around(ctx, start)
    if is_question(ctx, start):  # "Thinking of stopping your statin? Talk with your doctor first."
        spans = sentence_spans(ctx)
        sentence_end = spans[min(len(spans) - 1, sentence_index(ctx, start) + 1)][1]
    sentence = ctx.text[sentence_start:sentence_end]
    for hedge in rules.HEDGE.finditer(sentence):
        if not rules.ANTI_HEDGE.search(sentence[: hedge.start()]):
            return True
    return rules.CONDITIONAL_BEFORE.search(clause_before(ctx.text, start, 25, sentence_start)) is not None


def _narrative(ctx: ReviewContext, start: int) -> bool:
    """True when the verb tells what someone did ("he had been skipping his water pill"), not what to do."""
    return rules.NARRATIVE_BEFORE.search(ctx.text, max(0, start - 20), start) is not None


def _medicine_before(ctx: ReviewContext, position: int, sentences_back: int) -> bool:
    """True when a medicine is named earlier in this sentence or in the `sentences_back` before it."""
    index = sentence_index(ctx, position)
    spans = sentence_spans(ctx)
    low = spans[max(0, index - sentences_back)][0] if spans else 0
    return MEDICINE_DUAL.search(ctx, low, position) is not None


def _clause_end(ctx: ReviewContext, end: int, limit: int = 60) -> int:
    """Extend a match to the end of its clause, so the excerpt reads as the advice itself."""
    stop = _CLAUSE_END.search(ctx.text, end, min(len(ctx.text), end + limit))
    return stop.start() if stop else end


def _finding(ctx: ReviewContext, start: int, end: int, kind: str, individual: bool) -> Finding:
    return Finding(
        check="advice",
        severity="block",
        start=start,
        end=end,
        excerpt=ctx.text[start:end],
        message=INDIVIDUAL_MESSAGE if individual else STOP_MESSAGE,
        suggestion=INDIVIDUAL_SUGGESTION if individual else STOP_SUGGESTION,
        kind=kind,
    )


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, individual: bool) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        findings.append(_finding(ctx, start, end, kind, individual))

    text = ctx.text
    present = _present_triggers(ctx)
    for kind, pattern, trigger in _PUBLIC_RULES:
        if trigger not in present:
            continue
        for match in pattern.finditer(ctx):
            if _narrative(ctx, match.start()):
                continue
            if not is_negated(ctx, match.start()) and not _hedged(ctx, match.start()):
                trailing = _TRAILING_DRUG.match(text, match.end())
                add(match.start(), trailing.end() if trailing else match.end(), kind, individual=False)
    for kind, pattern, trigger, back in _ANTECEDENT_RULES:
        if trigger not in present:
            continue
        for match in pattern.finditer(ctx):
            start = match.start()
            if _medicine_before(ctx, start, back) and not is_negated(ctx, start) and not _hedged(ctx, start):
                add(*match.span(), kind, individual=False)
    if addressed_to_one_person(ctx):
        for kind, pattern in _INDIVIDUAL_RULES:
            for match in pattern.finditer(ctx):
                start = match.start()
                if pattern is rules.LOOKS_BENIGN:
                    lead = rules.LOOKS_BENIGN_LEAD.search(ctx.text, max(0, start - 40), start)
                    if lead is None:
                        continue
                    start = lead.start()
                sentence_start, _ = sentence_around(ctx, start)
                if is_negated(ctx, start) or rules.GENERIC_SUBJECT.search(ctx.text, sentence_start, start):
                    continue
                add(start, _clause_end(ctx, match.end()), kind, individual=True)
    return findings
