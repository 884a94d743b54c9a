"""The `advice` check: individual diagnosis or treatment given in public, and telling the public to stop
or change a prescribed medicine.

General education is fine ("ask your pharmacist", "what works varies from person to person"), and so
is "don't stop your medicine without talking to your doctor": negations and hedges clear a match.
"""

from __future__ import annotations

import re

from bot.guardrails import advice_changes as changes
from bot.guardrails import advice_individual as individual
from bot.guardrails import advice_rules as rules
from bot.guardrails.advice_lexicon import DRUG, medicine_spans
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
from bot.guardrails.phi_lexicon import first_names
from bot.guardrails.phi_text import fold

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
    ("care_directive", individual.CARE_DIRECTIVE),
    ("diagnosis", individual.DIAGNOSIS),
    ("reassurance", individual.REASSURANCE),
    ("skip_care", individual.SKIP_CARE),
    ("suggest_treatment", individual.PERMISSION),
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
    ("medicine_change", changes.MED_CHANGE, "med_change"),
    ("no_longer_needed", changes.NEED_NOT_YOURS, "need_not"),
    ("medicine_change", changes.RHETORICAL_CHANGE, "rhetorical"),
    ("dose_change_public", changes.HALVE_MEDICINE, "halve"),
    ("no_longer_needed", changes.NO_REASON, "no_reason"),
    ("leftover_medicine", changes.LEFTOVER, "leftover"),
    ("medicine_change", changes.SPANISH_CHANGE, "spanish_change"),
)
# Rules that need a medicine named before them ("stop it", "taper yourself off"), and how many sentences back.
_ANTECEDENT_RULES: tuple[tuple[str, Dual, str, int], ...] = (
    ("stop_pronoun", rules.STOP_PRONOUN, "stop", 1),
    ("taper_off", rules.TAPER_OFF, "taper", 1000),
    ("no_longer_needed", rules.NO_LONGER_NEEDED_PRONOUN, "no_longer", 1),
    ("spanish_stop", rules.SPANISH_STOP_PRONOUN, "spanish_stop", 2),
    ("stop_permission", rules.STOP_PERMISSION, "stop_permission", 1),
    ("stop_medicine", rules.STOP_AFTER_MEDICINE, "stop", 0),
    ("medicine_change", changes.MED_CHANGE_PRONOUN, "med_change", 1),
    ("new_schedule", changes.NEW_SCHEDULE, "schedule", 1),
    ("extra_dose", changes.EXTRA_DOSE, "extra_dose", 1),
    ("stop_medicine", changes.BARE_STOP, "bare_stop", 0),
)
_CLAUSE_END = re.compile(r"[,;:.!?\n]|\s(?:and|but|y|pero)\s")
_TRAILING_DRUG = re.compile(rf"\s+{DRUG}\b", re.I)


def addressed_to_one_person(ctx: ReviewContext) -> bool:
    """A reply to @someone, a post opening with a person's name or title, or one citing their own results."""
    text = ctx.text
    if (  # the opening patterns are anchored at the start of the post: `match`, not `search`
        rules.ADDRESSEE_HANDLE.match(text)
        or rules.ADDRESSEE_TITLE.match(text)
        or rules.ADDRESSEE_DESCRIBED.match(text)
        or rules.ADDRESSEE_REPLY.match(text)
        or rules.ADDRESSEE_SPECIFIC.match(text)
        or rules.ADDRESSEE_QUESTION_LINE.search(text)
        or next(rules.ADDRESSEE_ANYWHERE.scan(ctx), None)
    ):
        return True
    for pattern in (rules.ADDRESSEE_NAME, rules.ADDRESSEE_NAME_LAST):  # "Loretta, ...", "Great question, Jen!"
        name = pattern.match(text)
        if name and name.group(1).lower() not in rules.AUDIENCE_WORDS and fold(name.group(1)) in first_names():
            return True
    if "personal_data" not in _present_triggers(ctx):
        return False
    return next(rules.PERSONAL_DATA.scan(ctx), None) is not None


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
        **changes.TRIGGERS,
        "public_skip": ("need", "bother", "skip", "hace", "necesita", "necesario"),
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


_STORY_SUBJECT = re.compile(
    r"\b(?:he|she|they|my\s+\w+|our\s+patient|the\s+patient|a\s+patient|patients\s+who|someone\s+who|i|we)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


def sentence_index_start(ctx: ReviewContext, position: int) -> int:
    """The start of the sentence before the one holding `position` (a symptom is often asked just before)."""
    index = sentence_index(ctx, position)
    return sentence_spans(ctx)[max(0, index - 1)][0]


def _story_subject(ctx: ReviewContext, start: int) -> bool:
    """"She kept skipping her pills": the change is someone's story, told in the clause before."""
    return _STORY_SUBJECT.search(clause_before(ctx.text, start, 40, sentence_around(ctx, start)[0])) is not None


def _medicine_before(ctx: ReviewContext, position: int, sentences_back: int, end: int | None = None) -> bool:
    """True when a medicine is named earlier in this sentence or in the `sentences_back` before it (or up to `end`)."""
    index = sentence_index(ctx, position)
    spans = sentence_spans(ctx)
    low = spans[max(0, index - sentences_back)][0] if spans else 0
    high = position if end is None else end
    return any(low <= start and stop <= high for start, stop in medicine_spans(ctx))


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
        for match in pattern.scan(ctx):
            if _narrative(ctx, match.start()) or _story_subject(ctx, match.start()):
                continue
            if not is_negated(ctx, match.start()) and not _hedged(ctx, match.start()):
                trailing = _TRAILING_DRUG.match(text, match.end())
                add(match.start(), trailing.end() if trailing else match.end(), kind, individual=False)
    for match in individual.PUBLIC_SKIP_CARE.scan(ctx) if "public_skip" in present else ():
        sentence_start, sentence_end = sentence_around(ctx, match.start())
        low = sentence_index_start(ctx, match.start())
        if individual.SYMPTOM.search(ctx, low, sentence_end) and not _hedged(ctx, match.start()):
            add(match.start(), _clause_end(ctx, match.end()), "skip_care", individual=False)
    if "permissive" in present:
        for start, end in changes.permissive_changes(ctx):
            if not _narrative(ctx, start) and not _hedged(ctx, start) and not _story_subject(ctx, start):
                add(start, end, "medicine_change", individual=False)
    for kind, pattern, trigger, back in _ANTECEDENT_RULES:
        if trigger not in present:
            continue
        for match in pattern.scan(ctx):
            start = match.start()
            if _narrative(ctx, start):
                continue
            if pattern is changes.BARE_STOP:  # "should just stop", "don't need them in summer"
                lead = changes.BARE_STOP_LEAD.search(text, max(0, start - 30), start)
                if lead is None:
                    continue
                if lead.group().lower().startswith(("don", "do ", "does", "no ")):  # the negation is the advice
                    if _medicine_before(ctx, lead.start(), back) and not _hedged(ctx, lead.start()):
                        add(lead.start(), match.end(), kind, individual=False)
                    continue
            if _medicine_before(ctx, start, back, match.end()) and not (is_negated(ctx, start) or _hedged(ctx, start)):
                add(*match.span(), kind, individual=False)
    if addressed_to_one_person(ctx):
        for kind, pattern in _INDIVIDUAL_RULES:
            for match in pattern.scan(ctx):
                start = match.start()
                if pattern is rules.LOOKS_BENIGN:
                    lead = rules.LOOKS_BENIGN_LEAD.search(ctx.text, max(0, start - 40), start)
                    if lead is None:
                        continue
                    start = lead.start()
                sentence_start, sentence_end = sentence_around(ctx, start)
                if is_negated(ctx, start) or rules.GENERIC_SUBJECT.search(ctx.text, sentence_start, start):
                    continue
                if pattern is individual.CARE_DIRECTIVE:
                    start = match.start("verb")
                if pattern in (individual.CARE_DIRECTIVE, individual.PERMISSION) and (
                    individual.REFERRAL.search(ctx, sentence_start, sentence_end) or _hedged(ctx, start)
                ):
                    continue
                add(start, _clause_end(ctx, match.end()), kind, individual=True)
    return findings
