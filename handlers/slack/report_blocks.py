"""A guardrail Report as Block Kit: the verdict first, then each finding, then reading grade and length.

Everything stays inside Block Kit's limits (50 blocks a message, 3,000 characters a section text,
10 elements a context block): long texts are clipped and findings past the room left are counted in
one summary line, so Slack never refuses a report.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from bot.guardrails.findings import Finding, Report
from handlers.slack.blocks import (
    MAX_BUTTON_VALUE,
    MAX_MESSAGE_BLOCKS,
    Block,
    clip,
    context,
    escape,
    fit_blocks,
    mrkdwn_section,
    quote,
)

MAX_SHOWN_FINDINGS = 25  # past this a report is a wall; the rest are counted by check
EXCERPT_CHARS = 300
CONTEXT_CHARS = 60

SUBMIT_ACTION = "submit_for_approval"
_SPACES = re.compile(r"\s+")

VERDICT_TEXT = {
    "block": ":no_entry: *Blocked*: this post must not be published as it is.",
    "revise": ":warning: *Revise*: this post can go out once the warnings below are addressed.",
    "pass": ":white_check_mark: *Pass*: no problems found.",
}
SEVERITY_MARK = {"block": ":no_entry:", "warn": ":warning:", "info": ":information_source:"}
CHECK_NAME = {
    "phi": "Patient privacy",
    "claim": "Unsupported claim",
    "advice": "Individual medical advice",
    "disclosure": "Missing disclosure",
    "consent": "Patient consent",
    "misinfo": "Contradicts medical evidence",
    "tone": "Tone",
    "readability": "Reading level",
    "platform": "Platform limits",
    "policy": "Organisation policy",
}


# --- The report -------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text)


def excerpt_in_context(text: str, finding: Finding) -> str:
    """The finding's excerpt in bold with a little of the text around it, as one mrkdwn line."""
    start, end = max(0, finding.start), min(len(text), finding.end)
    if not text or end <= start:
        return ""
    excerpt = clip(_one_line(text[start:end]).strip(), EXCERPT_CHARS)
    before = _one_line(text[max(0, start - CONTEXT_CHARS) : start])
    after = _one_line(text[end : end + CONTEXT_CHARS])
    lead = "…" if start > CONTEXT_CHARS else ""
    tail = "…" if end + CONTEXT_CHARS < len(text) else ""
    # Bold needs a boundary next to its asterisks; a zero-width space gives one inside a word.
    left = "\u200b" if before and before[-1].isalnum() else ""
    right = "\u200b" if after and after[0].isalnum() else ""
    return f"{lead}{escape(before)}{left}*{escape(excerpt)}*{right}{escape(after)}{tail}".strip()


def finding_text(text: str, finding: Finding) -> str:
    name = CHECK_NAME.get(finding.check, finding.check)
    lines = [f"{SEVERITY_MARK.get(finding.severity, '•')} *{name}*: {escape(finding.message)}"]
    shown = excerpt_in_context(text, finding)
    if shown:
        lines.append("> " + shown)
    if finding.suggestion:
        lines.append(f"_Suggestion:_ {escape(finding.suggestion)}")
    return "\n".join(lines)


def verdict_text(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {word}" for s, word in (("block", "blocking"), ("warn", "warning"), ("info", "note"))]
    tally = ", ".join(p for p in parts if not p.startswith("0 "))
    return VERDICT_TEXT.get(report.verdict, report.verdict) + (f"  ({tally})" if tally else "")


def measures_text(report: Report) -> str:
    grade = report.readability.grade
    grade_text = f"grade {grade:g}" if grade is not None else "too short to grade"
    reading = f"Reading level: {grade_text} (target {report.readability.target:g})"
    platform = report.platform
    if platform.name and platform.limit:
        length = f"Length on {platform.name}: {platform.length:,} of {platform.limit:,} characters"
    else:
        length = f"Length: {platform.length:,} characters (no platform given: add `platform:x` to check its limits)"
    return f"{reading}  ·  {length}"


def summary_of_rest(rest: list[Finding]) -> str:
    by_check = Counter(CHECK_NAME.get(f.check, f.check).lower() for f in rest)
    listed = ", ".join(f"{n} {name}" for name, n in by_check.most_common())
    return f"…and {len(rest)} more finding{'s' if len(rest) != 1 else ''} ({listed}). Fix the ones above first."


def submit_value(*, text: str | None = None, platform: str | None = None, draft_id: str | None = None) -> str:
    """The Submit for approval button's value: a draft's id, or the reviewed text and platform as JSON.

    Returns "" when the text is too long to carry in a button (Slack allows 2,000 characters).
    """
    payload: dict[str, Any] = {"draft_id": draft_id} if draft_id else {"text": text, "platform": platform}
    value = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return value if len(value) <= MAX_BUTTON_VALUE else ""


def report_blocks(
    report: Report,
    *,
    intro: str | None = None,
    show_text: bool = False,
    notes: list[str] | None = None,
    actions: list[dict[str, Any]] | None = None,
    max_blocks: int = MAX_MESSAGE_BLOCKS,
) -> list[Block]:
    """The report's blocks: intro, verdict, the text (optionally), findings, measures, notes, actions."""
    head: list[Block] = []
    if intro:
        head.append(mrkdwn_section(intro))
    head.append(mrkdwn_section(verdict_text(report)))
    if show_text and report.text:
        head.append(mrkdwn_section(quote(report.text)))
    tail: list[Block] = [context(measures_text(report))]
    tail.extend(context(note) for note in notes or [])
    if actions:
        tail.append({"type": "actions", "elements": actions[:25]})

    findings = list(report.findings)
    room = max_blocks - len(head) - len(tail) - 1  # blocks left for findings after the divider
    if len(findings) <= min(room, MAX_SHOWN_FINDINGS):
        shown_count = len(findings)
    else:  # keep one block for the line that counts the rest
        shown_count = max(0, min(room - 1, MAX_SHOWN_FINDINGS))
    body: list[Block] = [{"type": "divider"}] if findings else []
    body.extend(mrkdwn_section(finding_text(report.text, f)) for f in findings[:shown_count])
    if shown_count < len(findings):
        body.append(mrkdwn_section(summary_of_rest(findings[shown_count:])))
    return fit_blocks(head + body + tail, max_blocks)


def report_fallback(report: Report, what: str = "Your post") -> str:
    """The notification text that goes with the blocks (never the post itself)."""
    label = {"block": "blocked", "revise": "needs revising", "pass": "passes"}.get(report.verdict, report.verdict)
    count = len(report.findings)
    return f"{what} {label}: {count} finding{'s' if count != 1 else ''}."
