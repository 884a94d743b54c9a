"""The organisation's own rules from the policy file: banned terms and required disclaimers."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding


@lru_cache(maxsize=256)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    pattern = ctx.policy.terms_pattern
    for match in pattern.finditer(ctx.text) if pattern is not None else ():
        term = ctx.policy.term_for(match.group())
        suggestion = f"Use '{term.replacement}' instead." if term.replacement else "Remove it."
        findings.append(
            Finding(
                check="policy",
                severity=term.severity,
                start=match.start(),
                end=match.end(),
                excerpt=match.group(),
                message=term.reason or f"'{term.term}' is on the organisation's list of terms to avoid.",
                suggestion=suggestion,
                kind="term",
            )
        )
    flat = None
    for disclaimer in ctx.policy.disclaimers:
        if disclaimer.platforms and ctx.platform not in disclaimer.platforms:
            continue
        if disclaimer.topics:
            topic = _word_pattern(tuple(disclaimer.topics)).search(ctx.text)
            if topic is None:
                continue
            start, end = topic.start(), topic.end()
        else:
            start, end = 0, 0
        flat = flat if flat is not None else _normalised(ctx.text)
        if _normalised(disclaimer.text) in flat:
            continue
        findings.append(
            Finding(
                check="policy",
                severity=disclaimer.severity,
                start=start,
                end=end,
                excerpt=ctx.text[start:end],
                message="The organisation's policy requires a disclaimer on this post.",
                suggestion=f'Add: "{disclaimer.text}"',
                kind="disclaimer",
            )
        )
    return findings
