"""The deterministic guardrails: `review(text, platform=None) -> Report`."""

from bot.guardrails.engine import MAX_TEXT_CHARS, ReviewInputError, review
from bot.guardrails.findings import Finding, Report

__all__ = ["MAX_TEXT_CHARS", "Finding", "Report", "ReviewInputError", "review"]
