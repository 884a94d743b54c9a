"""When a statement that matches a myth is the post correcting it, not asserting it.

A negation inside the statement ("vaccines don't cause autism"), a question ("Do vaccines cause
autism?"), a myth-busting frame ("Myth: ...", "It's not true that ...", "Fact: ...") or a rebuttal in
the next sentence means the post states the evidence. Shared by the myth table and the causal-link
detector.
"""

from __future__ import annotations

import re

from bot.guardrails.claim_text import NEGATION, clause_before, sentence_around, sentence_index, sentence_spans
from bot.guardrails.context import ReviewContext

DEBUNK_FRAME = re.compile(
    r"\b(?:myths?|mitos?|false|falso|fals[oa]s|not\s+true|untrue|no\s+es\s+(?:cierto|verdad)|misconceptions?"
    r"|misinformation|desinformación|rumou?rs?|debunk\w*|hoax|bulos?|fake\s+news|disproven|busted|isn'?t\s+true"
    r"|not\s+the\s+case|don'?t\s+believe|no\s+crea|(?:you\s+)?(?:may|might)\s+have\s+heard|have\s+you\s+heard"
    r"|(?:some\s+)?(?:people|folks|they|parents|patients)\s+(?:say|think|believe|claim|worry|wonder|fear|ask)"
    r"|(?:claims?|says?|think|believe|heard|worry|worried|wonder|concerned|fear)\s+(?:that|whether|if)"
    r"|ask(?:s|ed)?\s+(?:us\s+)?(?:if|whether)|what\s+(?:the\s+)?(?:research|science|evidence|data)\s+(?:says|shows)"
    r"|the\s+truth\s+about|old\s+wives'?\s+tale|contrary\s+to|despite\s+what|fact[- ]check\w*|creen\s+que"
    r"|dicen\s+que|se\s+dice\s+que|se\s+cree\s+que|es\s+un\s+mito"
    r"|no\s+(?:\w+\s+)?(?:link|connection|evidence|proof|relación|evidencia|conexión)|not\s+(?:linked|connected))\b"
    r"|[❌🚫✗✘]",
    re.I,
)
_REBUTTAL_START = re.compile(
    r"^\W*(?:not\s+true|false|wrong|nope|no[.!,]|fact|truth|in\s+fact|actually|the\s+truth|that'?s\s+(?:a\s+myth|not"
    r"\s+true|false|wrong)|this\s+is\s+(?:a\s+myth|false|not\s+true)|myth|falso|mito|no\s+es\s+(?:cierto|verdad)"
    r"|la\s+verdad|en\s+realidad|de\s+hecho|realidad|(?:the\s+)?(?:science|evidence|research|data|studies)\s+(?:says?"
    r"|shows?|have\s+shown|is\s+clear)|they\s+(?:don'?t|do\s+not|can'?t|cannot|aren'?t|won'?t)|it\s+(?:doesn'?t"
    r"|does\s+not|can'?t|cannot|won'?t))",
    re.I,
)
# A sentence that opens with the fact label of a myth/fact pair states the evidence.
_FACT_LABEL = re.compile(r"^\W*(?:fact|truth|the\s+facts?|reality|realidad|verdad|dato|el\s+dato)\s*[:\-—]", re.I)
_CROSS_MARK = re.compile(r"[❌🚫✗✘]")
_DID_YOU_KNOW = re.compile(r"\b(?:did\s+you\s+know|sabía\s+que|sabías\s+que)\b", re.I)
_MYTH_LABEL_END = ("myth", "mito", "myths", "mitos")


def negated_in(ctx: ReviewContext, start: int, end: int, skip: list[tuple[int, int]] = (), before: int = 60) -> bool:
    """True when a negation sits in `start`..`end` (outside `skip` spans) or just before it in its clause."""
    text = ctx.text
    piece = text[start:end]
    for low, high in skip:
        if start <= low < high <= end:
            piece = piece[: low - start] + " " * (high - low) + piece[high - start :]
    if NEGATION.search(piece):
        return True
    sentence_start, _ = sentence_around(ctx, start)
    return NEGATION.search(clause_before(text, start, before, sentence_start)) is not None


def states_fact(ctx: ReviewContext, match: re.Match[str]) -> bool:
    """True when a negation outside the myth's own `neg` groups turns the match into the correct fact."""
    skip = [
        match.span(name)
        for name, value in match.groupdict().items()
        if name.startswith("neg") and value is not None
    ]
    return negated_in(ctx, match.start(), match.end(), skip)


def framed_as_myth(ctx: ReviewContext, start: int) -> bool:
    """True inside a question, a "Myth:"/"Fact:" frame, or when the next sentence rebuts it."""
    sentence_start, sentence_end = sentence_around(ctx, start)
    sentence = ctx.text[sentence_start:sentence_end]
    if DEBUNK_FRAME.search(sentence) or _CROSS_MARK.search(ctx.text, max(0, sentence_start - 3), sentence_start):
        return True
    if _FACT_LABEL.search(sentence):
        return True
    if "?" in sentence[start - sentence_start :] and not _DID_YOU_KNOW.search(sentence):
        return True
    spans = sentence_spans(ctx)
    index = sentence_index(ctx, start)
    if index > 0:
        previous = ctx.text[spans[index - 1][0] : spans[index - 1][1]].strip()
        if previous.lower().rstrip(":").endswith(_MYTH_LABEL_END):
            return True
    if index + 1 < len(spans):
        following = ctx.text[spans[index + 1][0] : spans[index + 1][1]]
        if _REBUTTAL_START.search(following):
            return True
    return False
