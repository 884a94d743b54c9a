"""The engine: runs every check over a text and assembles the Report."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.guardrails import (
    advice,
    claim,
    consent,
    disclosure,
    misinfo,
    phi,
    policy_terms,
    readability,
    tone,
)
from bot.guardrails import (
    platform as platform_check,
)
from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import SEVERITY_RANK, Finding, Readability, Report, verdict_for
from bot.policy import Policy, load_policy

MAX_TEXT_CHARS = 100_000  # well above Facebook's 63,206; past this the input is not a post

CheckFn = Callable[[ReviewContext], list[Finding]]
# Order matters only where a check reads what an earlier one left in ctx.extra (phi first).
CHECKS: tuple[CheckFn, ...] = (
    phi.check,
    consent.check,
    claim.check,
    advice.check,
    disclosure.check,
    misinfo.check,
    tone.check,
    readability.check,
    platform_check.check,
    policy_terms.check,
)


class ReviewInputError(ValueError):
    """The text cannot be reviewed (empty, too long, unknown platform); the message says why."""


@lru_cache(maxsize=1)
def default_policy() -> Policy:
    return load_policy(None)


def review(text: str, platform: str | None = None, policy: Policy | None = None) -> Report:
    """Review `text` for `platform` (x, threads, instagram, facebook, linkedin, tiktok or None)."""
    if not isinstance(text, str):
        raise ReviewInputError("the text must be a string")
    if not text.strip():
        raise ReviewInputError("the text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise ReviewInputError(
            f"the text has {len(text):,} characters; CarePost reviews posts up to {MAX_TEXT_CHARS:,}"
        )
    try:
        platform_name = platform_check.normalise_platform(platform)
    except ValueError as exc:
        raise ReviewInputError(str(exc)) from None
    ctx = ReviewContext(text=text, platform=platform_name, policy=policy or default_policy())
    findings: list[Finding] = []
    for run in CHECKS:
        findings.extend(run(ctx))
    findings = _deduplicate(findings)
    findings.sort(key=lambda f: (SEVERITY_RANK.get(f.severity, 9), f.start, f.end, f.check))
    return Report(
        verdict=verdict_for(findings),
        findings=tuple(findings),
        readability=Readability(grade=ctx.extra.get("reading_grade"), target=ctx.policy.reading_grade_target),
        platform=platform_check.measure(ctx),
        text=text,
    )



def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """One finding per check and span, in first-found order."""
    seen: set[tuple[str, int, int]] = set()
    unique: list[Finding] = []
    for finding in findings:
        key = (finding.check, finding.start, finding.end)
        if key in seen:
            continue
        seen.add(key)
        unique.append(finding)
    return unique
