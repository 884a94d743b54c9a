"""The `misinfo` check: statements that contradict established medical evidence, from a table of known myths.

A myth matches only when the post asserts it: a negation inside the statement ("vaccines don't cause
autism"), a question ("Do vaccines cause autism?") or a myth-busting frame ("Myth: ...", "It's not
true that ...", a rebuttal in the next sentence) means the post is correcting it.
"""

from __future__ import annotations

import re

from bot.guardrails.claim_text import NEGATION, clause_before, sentence_around, sentence_index, sentence_spans
from bot.guardrails.claim_triggers import register
from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding
from bot.guardrails.misinfo_myths import VACCINE_AND_INFECTION_MYTHS, Myth
from bot.guardrails.misinfo_myths_general import GENERAL_MYTHS

MYTHS: tuple[Myth, ...] = VACCINE_AND_INFECTION_MYTHS + GENERAL_MYTHS
_present_topics = register("misinfo", {myth.key: myth.topic for myth in MYTHS})

_DEBUNK_FRAME = re.compile(
    r"\b(?:myths?|mitos?|false|falso|fals[oa]s|not\s+true|untrue|no\s+es\s+(?:cierto|verdad)|misconceptions?"
    r"|misinformation|desinformación|rumou?rs?|debunk\w*|hoax|bulos?|fake\s+news|disproven|busted|isn'?t\s+true"
    r"|not\s+the\s+case|don'?t\s+believe|no\s+crea|(?:you\s+)?(?:may|might)\s+have\s+heard|have\s+you\s+heard"
    r"|(?:some\s+)?(?:people|folks|they|parents|patients)\s+(?:say|think|believe|claim|worry|wonder|fear|ask)"
    r"|(?:claims?|says?|think|believe|heard|worry|worried|wonder|concerned|fear)\s+(?:that|whether|if)"
    r"|ask(?:s|ed)?\s+(?:us\s+)?(?:if|whether)"
    r"|contrary\s+to|despite\s+what|fact[- ]check\w*|creen\s+que|dicen\s+que|se\s+dice\s+que)\b|[❌🚫✗✘]",
    re.I,
)
_REBUTTAL_START = re.compile(
    r"^\W*(?:not\s+true|false|wrong|nope|no[.!,]|fact|truth|in\s+fact|actually|the\s+truth|that'?s\s+(?:a\s+myth|not"
    r"\s+true|false|wrong)|this\s+is\s+(?:a\s+myth|false|not\s+true)|myth|falso|mito|no\s+es\s+(?:cierto|verdad)"
    r"|la\s+verdad|en\s+realidad|de\s+hecho|(?:the\s+)?(?:science|evidence|research|data|studies)\s+(?:says?|shows?"
    r"|have\s+shown|is\s+clear)|they\s+(?:don'?t|do\s+not|can'?t|cannot|aren'?t|won'?t)|it\s+(?:doesn'?t|does\s+not"
    r"|can'?t|cannot|won'?t))",
    re.I,
)
_CROSS_MARK = re.compile(r"[❌🚫✗✘]")
_DID_YOU_KNOW = re.compile(r"\b(?:did\s+you\s+know|sabía\s+que|sabías\s+que)\b", re.I)


def _states_fact(ctx: ReviewContext, match: re.Match[str]) -> bool:
    """True when a negation outside the myth's own `neg` groups turns the match into the correct fact."""
    text = match.group()
    for name, value in match.groupdict().items():
        if name.startswith("neg") and value is not None:
            start, end = match.span(name)
            offset = match.start()
            text = text[: start - offset] + " " * (end - start) + text[end - offset :]
    if NEGATION.search(text):
        return True
    sentence_start, _ = sentence_around(ctx, match.start())
    return NEGATION.search(clause_before(ctx.text, match.start(), 30, sentence_start)) is not None


def _framed_as_myth(ctx: ReviewContext, start: int) -> bool:
    """True inside a question, a "Myth:" frame, or when the next sentence rebuts it."""
    sentence_start, sentence_end = sentence_around(ctx, start)
    sentence = ctx.text[sentence_start:sentence_end]
    if _DEBUNK_FRAME.search(sentence) or _CROSS_MARK.search(ctx.text, max(0, sentence_start - 3), sentence_start):
        return True
    if "?" in sentence[start - sentence_start :] and not _DID_YOU_KNOW.search(sentence):
        return True
    spans = sentence_spans(ctx)
    index = sentence_index(ctx, start)
    if index > 0:
        previous = ctx.text[spans[index - 1][0] : spans[index - 1][1]].strip()
        if previous.lower().rstrip(":").endswith(("myth", "mito", "myths", "mitos")):
            return True
    if index + 1 < len(spans):
        following = ctx.text[spans[index + 1][0] : spans[index + 1][1]]
        if _REBUTTAL_START.search(following):
            return True
    return False


def find_myths(ctx: ReviewContext) -> list[tuple[Myth, int, int]]:
    """Every asserted myth as (myth, start, end); cached on the context for the `claim` check."""
    cached = ctx.extra.get("_misinfo_matches")
    if cached is not None:
        return cached
    found: list[tuple[Myth, int, int]] = []
    topics = _present_topics(ctx)
    for myth in MYTHS:
        if myth.key not in topics:
            continue
        for match in myth.claim.finditer(ctx):
            if _states_fact(ctx, match) or _framed_as_myth(ctx, match.start()):
                continue
            found.append((myth, match.start(), match.end()))
    ctx.extra["_misinfo_matches"] = found
    return found


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for myth, start, end in find_myths(ctx):
        if any(s < end and start < e for s, e in seen):
            continue
        seen.add((start, end))
        findings.append(
            Finding(
                check="misinfo",
                severity="block",
                start=start,
                end=end,
                excerpt=ctx.text[start:end],
                message=myth.message,
                suggestion=myth.fact,
                kind=myth.key,
            )
        )
    return findings
