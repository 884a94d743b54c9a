"""Block Kit for conversations: a watched message's thread reply, and the author's private excerpts.

In a channel the report is the masked one (bot/masking.py): the reply never repeats a patient's
identity. The full excerpts go only to the author, ephemerally.
"""

from __future__ import annotations

from bot.guardrails.findings import Report
from bot.masking import phi_findings
from handlers.slack.blocks import (
    MAX_MESSAGE_BLOCKS,
    Block,
    clip,
    context,
    escape,
    mrkdwn_section,
)
from handlers.slack.report_blocks import CHECK_NAME, report_blocks, report_fallback

MAX_PRIVATE_EXCERPTS = 20
PASSES_NOW = ":white_check_mark: *Pass* after the edit: no problems found now. Thanks!"
WATCH_NOTE = "CarePost reviews new messages in this channel. Edit your message and this reply updates."
MASKED_NOTE = "Patient details are masked here; the author can see them in a message only they can see."


def watch_reply(masked: Report, *, edited: bool, masked_phi: bool) -> tuple[str, list[Block]]:
    """The thread reply under a watched message: (fallback text, blocks). `masked` is already masked."""
    if masked.verdict == "pass":
        return "This message passes after the edit.", [mrkdwn_section(PASSES_NOW), context(WATCH_NOTE)]
    notes = [WATCH_NOTE]
    if masked_phi:
        notes.insert(0, MASKED_NOTE)
    intro = "_Reviewed again after the edit._" if edited else None
    blocks = report_blocks(masked, intro=intro, notes=notes, max_blocks=MAX_MESSAGE_BLOCKS)
    return report_fallback(masked, "This message"), blocks


def private_excerpts(report: Report) -> tuple[str, list[Block]]:
    """For the author only: the PHI excerpts in full, which the channel reply shows masked."""
    phi = phi_findings(report)
    lines = []
    for finding in phi[:MAX_PRIVATE_EXCERPTS]:
        kind = f" ({finding.kind})" if finding.kind else ""
        lines.append(f"• *{escape(clip(' '.join(finding.excerpt.split()), 300))}*{kind}: {escape(finding.message)}")
    if len(phi) > MAX_PRIVATE_EXCERPTS:
        lines.append(f"…and {len(phi) - MAX_PRIVATE_EXCERPTS} more.")
    title = f":lock: Only you can see this. {CHECK_NAME['phi']}: what CarePost masked in the channel reply:"
    blocks = [mrkdwn_section(title), mrkdwn_section("\n".join(lines)), context("Remove these before posting.")]
    return "Only you can see this: the patient details CarePost masked in its reply.", blocks


def plain_reply(text: str) -> list[Block]:
    """One short mrkdwn section (questions, errors, help)."""
    return [mrkdwn_section(text)]
