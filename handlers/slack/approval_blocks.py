"""Block Kit for approvals: the approval card, the "request changes" modal, and the messages to authors.

The card shows the whole text an approver signs off (split over sections when long), the author, the
review, the AI provenance, and the decision so far. Its buttons carry the post id and the SHA-256 of
the text shown, so an approval always binds to what the approver saw.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.approvals_model import Post
from bot.guardrails.platform import BUILT_IN
from handlers.slack.blocks import (
    MAX_SECTION_CHARS,
    Block,
    button,
    clip,
    context,
    escape,
    header,
    modal,
    mrkdwn_section,
)
from handlers.slack.calendar_blocks import schedule_button
from handlers.slack.report_blocks import CHECK_NAME

APPROVE_ACTION = "approval_approve"
CHANGES_ACTION = "approval_request_changes"
CHANGES_MODAL = "approval_changes_modal"
SUBMIT_MODAL = "submit_modal"
TEXT_BLOCK, TEXT_INPUT = "submit_text", "text"
PLATFORM_BLOCK, PLATFORM_INPUT = "submit_platform", "platform"
EDIT_ACTION = "approval_edit"
EDIT_MODAL = "approval_edit_modal"
EDIT_BLOCK, EDIT_INPUT = "approval_edit_text", "text"
MAX_MODAL_TEXT = 3000  # Slack's plain_text_input holds at most 3,000 characters
REASON_BLOCK, REASON_INPUT = "approval_reason", "reason"
MAX_REASON_INPUT = 2000
MAX_TEXT_SECTIONS = 15  # ~43,000 characters of post; past that the card cannot show the whole text
SHOWN_FINDINGS = 5

VERDICT_LINE = {
    "block": ":no_entry: Guardrails: *blocked*",
    "revise": ":warning: Guardrails: *revise*",
    "pass": ":white_check_mark: Guardrails: *pass*",
}
STATE_LABEL = {
    "pending": ":hourglass_flowing_sand: Waiting for approval",
    "approved": ":white_check_mark: Approved",
    "changes_requested": ":leftwards_arrow_with_hook: Changes requested",
    "blocked": ":no_entry: Blocked by the guardrails",
    "expired": ":alarm_clock: Expired",
}


def card_value(post: Post) -> str:
    """What the card's buttons carry: the post and the hash of the exact text the card shows."""
    return f"{post.id}:{post.text_hash}"


def parse_card_value(value: str) -> tuple[str, str | None]:
    """(post id, text hash) from a button's value; the hash is None when the value carries none."""
    post_id, _, hashed = (value or "").partition(":")
    return post_id, hashed or None


def when(moment: datetime) -> str:
    """A time every reader sees in their own time zone (Slack's date formatting), UTC as the fallback."""
    fallback = moment.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def text_sections(text: str) -> list[Block]:
    """The whole text as block-quoted sections, each within Slack's 3,000 characters."""
    limit = MAX_SECTION_CHARS - 100
    chunks: list[str] = []
    current = ""
    for line in escape(text).splitlines() or [""]:
        pieces = [line[i : i + limit - 2] for i in range(0, len(line), limit - 2)] or [""]
        for piece in pieces:
            quoted = "> " + piece if piece else ">"
            if current and len(current) + 1 + len(quoted) > limit:
                chunks.append(current)
                current = ""
            current = f"{current}\n{quoted}" if current else quoted
    chunks.append(current)
    return [mrkdwn_section(chunk) for chunk in chunks]


def review_text(post: Post) -> str:
    review = post.review
    counts = review.get("counts", {})
    parts = [f"{counts.get(k)} {label}" for k, label in (("block", "blocking"), ("warn", "warning")) if counts.get(k)]
    line = VERDICT_LINE.get(review.get("verdict", ""), "Guardrails: not reviewed")
    if parts:
        line += " (" + ", ".join(parts) + ")"
    for finding in review.get("findings", [])[:SHOWN_FINDINGS]:
        if finding.get("severity") == "info":
            continue
        name = CHECK_NAME.get(finding.get("check", ""), finding.get("check", ""))
        line += f"\n• *{name}*: {escape(clip(finding.get('message', ''), 200))}"
    more = len(review.get("findings", [])) - SHOWN_FINDINGS + int(review.get("more_findings", 0))
    if more > 0:
        line += f"\n…and {more} more."
    return line


def provenance_text(post: Post) -> str:
    source = post.provenance
    if not source.is_ai:
        return ":bust_in_silhouette: Written by a person (no AI draft recorded)."
    parts = [f"model `{escape(source.model)}`" if source.model else None,
             f"prompt `{escape(source.prompt_version)}`" if source.prompt_version else None,
             f"draft `{escape(source.draft_id)}`" if source.draft_id else None]
    return ":robot_face: Drafted with AI: " + ", ".join(p for p in parts if p) + "."


def who(users: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"<@{u}>" for u in users) or "nobody yet"


def status_text(post: Post) -> str:
    closing = post.closing_decision
    if post.state == "approved" and closing is not None:
        return f"{STATE_LABEL['approved']} by {who(post.approvers)}, {when(closing.at)}."
    if post.state == "changes_requested" and closing is not None:
        reason = "\n".join("> " + line for line in escape(clip(closing.reason or "", 1500)).splitlines())
        return f"{STATE_LABEL['changes_requested']} by <@{closing.actor}>, {when(closing.at)}:\n{reason}"
    if post.state == "blocked":
        return f"{STATE_LABEL['blocked']}: it cannot be approved until the author edits it."
    if post.state == "expired":
        return f"{STATE_LABEL['expired']}: it was not approved by its scheduled time."
    line = f"{STATE_LABEL['pending']}: {len(post.approvals)} of {post.required_approvals} approval"
    line += "s" if post.required_approvals != 1 else ""
    if post.approvals:
        line += f" (from {who(post.approvers)})"
    return line + "."


def card_blocks(post: Post, compliance_approvers: list[str] | None = None) -> list[Block]:
    """The approval card for the post as it stands: pending cards carry Approve and Request changes."""
    facts = [f"*From* <@{post.author}>", f"*Platform* {post.platform or 'any'}", f"*Version* {post.version}"]
    if post.written_by:
        facts.append(f"*Written by* <@{post.written_by}>")
    if post.scheduled_for:
        facts.append(f"*Scheduled* {when(post.scheduled_for)}")
    blocks: list[Block] = [header(f"Approval request: post #{post.id}"), mrkdwn_section("  ·  ".join(facts))]
    sections = text_sections(post.text)
    complete = len(sections) <= MAX_TEXT_SECTIONS
    blocks += sections[:MAX_TEXT_SECTIONS]
    blocks.append(mrkdwn_section(review_text(post)))
    notes = [provenance_text(post)]
    if post.compliance_required and post.state == "pending" and not post.has_compliance_approval:
        names = who(compliance_approvers or []) if compliance_approvers else "a compliance approver"
        notes.append(f":lock: Tells a patient's story: one approval must come from {names}.")
    if not complete:
        notes.append(":warning: This text is too long to show here in full, so it cannot be approved from this card.")
    blocks.append(context(*notes))
    blocks.append(mrkdwn_section(status_text(post)))
    if post.state == "pending" and complete:
        value = card_value(post)
        blocks.append(
            {
                "type": "actions",
                "block_id": f"approval_{post.id}_{post.version}",
                "elements": [
                    button("Approve", APPROVE_ACTION, value, style="primary"),
                    button("Request changes", CHANGES_ACTION, value),
                ],
            }
        )
    if post.state == "approved":
        blocks.append({"type": "actions", "elements": [schedule_button(post.id)]})
    return blocks


def card_fallback(post: Post) -> str:
    """The notification text: never the post itself."""
    return f"Approval request: post #{post.id} from <@{post.author}> ({STATE_LABEL[post.state].split(' ', 1)[1]})"


def changes_modal(post: Post, metadata: dict[str, Any]) -> dict[str, Any]:
    """The form asking an approver what needs to change."""
    return modal(
        CHANGES_MODAL,
        "Request changes",
        submit="Send to author",
        metadata=metadata,
        blocks=[
            mrkdwn_section(
                f"Post #{post.id} (version {post.version}) by <@{post.author}>. The author gets your reason."
            ),
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "label": {"type": "plain_text", "text": "What needs to change?"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_INPUT,
                    "multiline": True,
                    "max_length": MAX_REASON_INPUT,
                },
            },
        ],
    )


def edit_button(post: Post) -> dict[str, Any]:
    return button("Edit", EDIT_ACTION, str(post.id))


def edit_modal(post: Post, metadata: dict[str, Any]) -> dict[str, Any]:
    """The form in which the author edits a post: saving makes a new version that needs approving again."""
    return modal(
        EDIT_MODAL,
        f"Edit post #{post.id}",
        submit="Save and resubmit",
        metadata=metadata,
        blocks=[
            mrkdwn_section(
                f"Version {post.version}, {STATE_LABEL[post.state].split(' ', 1)[1].lower()}. Saving reviews the text "
                "again and makes a new version: earlier approvals do not carry over."
            ),
            {
                "type": "input",
                "block_id": EDIT_BLOCK,
                "label": {"type": "plain_text", "text": "The post, exactly as it will be published"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": EDIT_INPUT,
                    "multiline": True,
                    "max_length": MAX_MODAL_TEXT,
                    "initial_value": post.text[:MAX_MODAL_TEXT],
                },
            },
        ],
    )


def decision_blocks(post: Post, actor: str) -> list[Block]:
    """The author's DM: the decision, and an Edit button when the post went back to them."""
    blocks: list[Block] = [mrkdwn_section(decision_message(post, actor))]
    if post.state == "changes_requested":
        blocks.append({"type": "actions", "elements": [edit_button(post)]})
    elif post.state == "approved":
        blocks.append({"type": "actions", "elements": [schedule_button(post.id)]})
    return blocks


def decision_message(post: Post, actor: str) -> str:
    """What the author is told after `actor` decided on their post."""
    closing = post.closing_decision
    if post.state == "approved":
        return f":white_check_mark: Your post #{post.id} (version {post.version}) is approved by {who(post.approvers)}."
    if post.state == "changes_requested" and closing is not None:
        reason = "\n".join("> " + line for line in escape(clip(closing.reason or "", 2500)).splitlines())
        return (
            f":leftwards_arrow_with_hook: <@{actor}> asked for changes to your post #{post.id}:\n{reason}\n"
            "Edit it and submit it again."
        )
    return (
        f":thumbsup: <@{actor}> approved your post #{post.id}: {len(post.approvals)} of "
        f"{post.required_approvals} approvals so far."
    )


def edited_message(post: Post) -> str:
    if post.state == "blocked":
        return f"Post #{post.id} is now version {post.version}, but the guardrails block it: /review it to see why."
    if post.state == "expired":
        return f"Post #{post.id} is now version {post.version}; its scheduled time has passed, so set a new one."
    return f"Post #{post.id} is now version {post.version}, waiting for approval again (old approvals do not count)."


def submitted_message(post: Post, channel: str) -> str:
    return f"Post #{post.id} is submitted for approval in <#{channel}>. You will hear each decision here."


def submit_modal(channel: str | None) -> dict[str, Any]:
    """The form `/submit` opens when it comes without a text."""
    options = [{"text": {"type": "plain_text", "text": name}, "value": name} for name in BUILT_IN]
    return modal(
        SUBMIT_MODAL,
        "Submit for approval",
        submit="Submit",
        metadata={"channel": channel},
        blocks=[
            mrkdwn_section("CarePost reviews the text, then asks the approvers to sign it off."),
            {
                "type": "input",
                "block_id": TEXT_BLOCK,
                "label": {"type": "plain_text", "text": "The post, exactly as it will be published"},
                "element": {"type": "plain_text_input", "action_id": TEXT_INPUT, "multiline": True, "max_length": 3000},
            },
            {
                "type": "input",
                "block_id": PLATFORM_BLOCK,
                "optional": True,
                "label": {"type": "plain_text", "text": "Platform"},
                "element": {"type": "static_select", "action_id": PLATFORM_INPUT, "options": options},
            },
        ],
    )
