"""Block Kit for drafts: the draft and its review with Regenerate / Edit / Submit, the modals, the errors."""

from __future__ import annotations

from typing import Any

from bot.drafting import Draft
from bot.drafting_options import AUDIENCES, PLATFORM_CHOICES, DraftOptions
from handlers.slack.blocks import (
    MAX_MESSAGE_BLOCKS,
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
from handlers.slack.report_blocks import SUBMIT_ACTION, report_blocks, submit_value

REGENERATE_ACTION = "draft_regenerate"
EDIT_ACTION = "draft_edit"
RETRY_ACTION = "draft_retry"
DRAFT_MODAL = "draft_modal"
EDIT_MODAL = "draft_edit_modal"
EDIT_TEXT_MAX = 3000  # Slack's plain_text_input holds at most 3,000 characters

TOPIC_BLOCK, PLATFORM_BLOCK, AUDIENCE_BLOCK = "draft_topic", "draft_platform", "draft_audience"
TONE_BLOCK, CTA_BLOCK, SOURCE_BLOCK = "draft_tone", "draft_cta", "draft_source"
EDIT_BLOCK = "draft_text"
INPUT = "value"

PLATFORM_LABEL = {
    "x": "X", "threads": "Threads", "instagram": "Instagram", "facebook": "Facebook", "linkedin": "LinkedIn",
    "tiktok": "TikTok", "all": "Every platform we post on",
}
ORIGIN_WORD = {"created": "", "regenerated": "regenerated", "refined": "refined", "edited": "edited by you"}


def platform_label(platform: str) -> str:
    return PLATFORM_LABEL.get(platform, platform)


def _draft_body(draft: Draft) -> str:
    """The draft as it would be published, quoted; clipped (and said so) only past a section's limit."""
    lines = escape(draft.text.strip()).splitlines() or [""]
    quoted = "\n".join("> " + line for line in lines)
    if len(quoted) <= MAX_SECTION_CHARS:
        return quoted
    return clip(quoted, MAX_SECTION_CHARS - 80) + "\n_(shortened here; the whole draft is stored)_"


def _provenance(draft: Draft) -> str:
    parts = [f"Draft `{draft.id}` v{draft.version}"]
    if draft.model:
        parts.append(f"written by {draft.model}")
    if draft.prompt_version:
        parts.append(f"prompt {draft.prompt_version}")
    if draft.attempts > 1:
        parts.append("the first attempt was blocked by the guardrails and rewritten")
    return " · ".join(parts)


def draft_notes(draft: Draft) -> list[str]:
    notes: list[str] = []
    if draft.withheld:
        notes.append(":lock: Withheld from the writing assistant: " + ", ".join(draft.withheld) + ".")
    if draft.placeholders:
        notes.append(
            ":warning: Fill in " + ", ".join(f"`{p}`" for p in draft.placeholders)
            + " yourself, and only with the patient's written permission."
        )
    notes.append(_provenance(draft))
    return notes


def draft_actions(draft: Draft) -> list[dict[str, Any]]:
    actions = [
        button("Regenerate", REGENERATE_ACTION, draft.id),
        button("Edit", EDIT_ACTION, draft.id),
    ]
    if not draft.blocked:
        actions.append(button("Submit for approval", SUBMIT_ACTION, submit_value(draft_id=draft.id), style="primary"))
    return actions


def draft_blocks(draft: Draft, *, working: str | None = None) -> list[Block]:
    """A draft, its review and its buttons. `working` replaces the buttons with a progress line."""
    origin = ORIGIN_WORD.get(draft.origin, draft.origin)
    title = f"Draft for {platform_label(draft.platform)}" + (f" ({origin})" if origin else "")
    head: list[Block] = [header(title), mrkdwn_section(_draft_body(draft))]
    extras: list[str] = []
    if draft.sources:
        extras.append("*Sources:* " + escape("; ".join(draft.sources)))
    if draft.image_alt_text:
        extras.append("*Image alt text:* " + escape(draft.image_alt_text))
    if extras:
        head.append(context(*extras))
    head.append({"type": "divider"})
    actions = None if working else draft_actions(draft)
    notes = draft_notes(draft) + ([working] if working else [])
    review = report_blocks(draft.report, notes=notes, actions=actions, max_blocks=MAX_MESSAGE_BLOCKS - len(head))
    return head + review


def draft_fallback(draft: Draft) -> str:
    verdict = {"block": "blocked", "revise": "needs revising", "pass": "passes"}.get(draft.verdict, draft.verdict)
    return f"Your draft for {platform_label(draft.platform)} is ready: the review says it {verdict}."


def failure_blocks(message: str, request_id: str, done: int = 0) -> list[Block]:
    """The LLM could not answer: a short message and a Retry button (the request is kept)."""
    text = f":warning: {escape(message)}"
    if done:
        text += f"\nThe {done} draft{'s' if done != 1 else ''} already written {'are' if done != 1 else 'is'} above."
    text += "\nYour request is saved: press Retry when you are ready."
    return [
        mrkdwn_section(text),
        {"type": "actions", "elements": [button("Retry", RETRY_ACTION, request_id, style="primary")]},
    ]


def _select(block_id: str, label: str, choices: list[tuple[str, str]], initial: str | None) -> Block:
    options = [{"text": {"type": "plain_text", "text": text}, "value": value} for value, text in choices]
    element: dict[str, Any] = {"type": "static_select", "action_id": INPUT, "options": options}
    chosen = next((o for o in options if o["value"] == initial), None)
    if chosen:
        element["initial_option"] = chosen
    return {"type": "input", "block_id": block_id, "label": {"type": "plain_text", "text": label}, "element": element}


def _text_input(
    block_id: str, label: str, *, optional: bool = True, max_length: int = 300, placeholder: str = "",
    initial: str | None = None, multiline: bool = False,
) -> Block:
    element: dict[str, Any] = {
        "type": "plain_text_input", "action_id": INPUT, "max_length": max_length, "multiline": multiline,
    }
    if placeholder:
        element["placeholder"] = {"type": "plain_text", "text": clip(placeholder, 150)}
    if initial:
        element["initial_value"] = initial[:max_length]
    return {
        "type": "input", "block_id": block_id, "optional": optional,
        "label": {"type": "plain_text", "text": label}, "element": element,
    }


def draft_modal(channel: str | None, topic: str = "") -> dict[str, Any]:
    """The form for `/draft` with no text: topic and every option."""
    return modal(
        DRAFT_MODAL,
        "Draft a post",
        submit="Draft",
        metadata={"channel": channel},
        blocks=[
            _text_input(TOPIC_BLOCK, "What is the post about?", optional=False, max_length=2000, multiline=True,
                        placeholder="World Kidney Day: free screenings at our clinics", initial=topic or None),
            _select(PLATFORM_BLOCK, "Platform", [(p, platform_label(p)) for p in PLATFORM_CHOICES], "all"),
            _select(AUDIENCE_BLOCK, "Audience", [(a, a.capitalize()) for a in AUDIENCES], "patients"),
            _text_input(TONE_BLOCK, "Tone", max_length=80, placeholder="warm, upbeat, calm and urgent..."),
            _text_input(CTA_BLOCK, "Call to action", placeholder="Book a screening"),
            _text_input(SOURCE_BLOCK, "A source to cite", max_length=500, placeholder="CDC, or a link"),
        ],
    )


def modal_values(view: dict[str, Any]) -> dict[str, str | None]:
    """Each input's value (or selected option) in a submitted view, by block id."""
    values: dict[str, str | None] = {}
    for block_id, fields in (view.get("state", {}).get("values") or {}).items():
        field = fields.get(INPUT) or next(iter(fields.values()), {}) or {}
        selected = field.get("selected_option")
        values[block_id] = selected.get("value") if selected else field.get("value")
    return values


def options_from_modal(view: dict[str, Any]) -> DraftOptions:
    """DraftOptions from the draft modal; raises DraftOptionsError as the constructor does."""
    values = modal_values(view)
    return DraftOptions(
        topic=values.get(TOPIC_BLOCK) or "",
        platform=values.get(PLATFORM_BLOCK) or "all",
        audience=values.get(AUDIENCE_BLOCK) or "patients",
        tone=values.get(TONE_BLOCK),
        call_to_action=values.get(CTA_BLOCK),
        source=values.get(SOURCE_BLOCK),
    )


def option_error_block(message: str) -> str:
    """Which field of the draft modal an options error belongs to."""
    lowered = message.lower()
    for word, block in (("tone", TONE_BLOCK), ("call to action", CTA_BLOCK), ("source", SOURCE_BLOCK),
                        ("audience", AUDIENCE_BLOCK), ("platform", PLATFORM_BLOCK)):
        if lowered.startswith(word) or f"unknown {word}" in lowered:
            return block
    return TOPIC_BLOCK


def edit_modal(draft: Draft, *, channel: str | None, ts: str | None) -> dict[str, Any]:
    """The Edit form: the draft's text to change; the submission is reviewed again."""
    return modal(
        EDIT_MODAL,
        "Edit the draft",
        submit="Save and review",
        metadata={"draft_id": draft.id, "channel": channel, "ts": ts},
        blocks=[
            _text_input(EDIT_BLOCK, f"Draft for {platform_label(draft.platform)}", optional=False,
                        max_length=EDIT_TEXT_MAX, initial=draft.text, multiline=True),
            context("Your text is reviewed again when you save; a new version of the draft is kept."),
        ],
    )


DRAFT_VERDICT_MARK = {"pass": ":white_check_mark:", "revise": ":warning:", "block": ":no_entry:"}


def drafts_home_blocks(drafts: list[Draft]) -> list[Block]:
    """'Your drafts' in the App Home: each draft's platform, version, review verdict and first words."""
    blocks: list[Block] = [header("Your drafts")]
    if not drafts:
        blocks.append(mrkdwn_section("No drafts yet. `/draft <topic>` writes one under the guardrails."))
        return blocks
    for draft in drafts:
        first_words = escape(clip(" ".join(draft.text.split()), 150))
        blocks.append(
            mrkdwn_section(
                f"{DRAFT_VERDICT_MARK.get(draft.verdict, '')} *{platform_label(draft.platform)}*, "
                f"version {draft.version}: {first_words}"
            )
        )
    blocks.append(context("Reply in a draft's thread, or use its buttons in your messages with CarePost."))
    return blocks
