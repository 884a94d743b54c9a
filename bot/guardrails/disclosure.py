"""The `disclosure` check. (Being written: returns nothing yet.)"""

from __future__ import annotations

from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding


def check(ctx: ReviewContext) -> list[Finding]:
    return []
