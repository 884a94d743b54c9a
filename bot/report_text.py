"""A Report as plain text for a person at a terminal (the CLI and the local console)."""

from __future__ import annotations

from bot.guardrails.findings import Report

VERDICT_LINE = {
    "block": "BLOCKED: this post must not be published as it is.",
    "revise": "REVISE: this post can go out once the warnings below are addressed.",
    "pass": "PASS: no problems found.",
}
MARK = {"block": "✖", "warn": "▲", "info": "•"}


def _highlight(text: str, start: int, end: int, color: bool, width: int = 40) -> str:
    """The excerpt in its context, the excerpt itself bracketed (or in bold red on a terminal)."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    excerpt = text[start:end]
    if len(excerpt) > 160:
        excerpt = excerpt[:150] + "…" + excerpt[-9:]
    marked = f"\x1b[1;31m{excerpt}\x1b[0m" if color else f"[[{excerpt}]]"
    lead = "…" if start - width > 0 else ""
    tail = "…" if end + width < len(text) else ""
    return " ".join(f"{lead}{before}{marked}{after}{tail}".split())


def render_report(report: Report, *, color: bool = False) -> str:
    lines = [VERDICT_LINE[report.verdict]]
    for finding in report.findings:
        lines.append("")
        lines.append(f"{MARK.get(finding.severity, '•')} {finding.check} ({finding.severity}): {finding.message}")
        if finding.end > finding.start:
            lines.append(f"    {_highlight(report.text, finding.start, finding.end, color)}")
        if finding.suggestion:
            lines.append(f"    → {finding.suggestion}")
    lines.append("")
    grade = report.readability.grade
    grade_text = f"grade {grade:g}" if grade is not None else "too short to grade"
    lines.append(f"Reading level: {grade_text} (target {report.readability.target:g})")
    platform = report.platform
    if platform.name:
        lines.append(f"Length on {platform.name}: {platform.length:,} of {platform.limit:,} characters")
    else:
        lines.append(f"Length: {platform.length:,} characters (no platform given)")
    return "\n".join(lines)
