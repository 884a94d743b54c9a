"""Block Kit primitives, each clipped to Slack's limits, shared by every Slack feature's rendering."""

from __future__ import annotations

import json
from typing import Any

Block = dict[str, Any]

MAX_MESSAGE_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK_CHARS = 3000
MAX_VIEW_TITLE = 24
QUOTED_TEXT_CHARS = 1200


def escape(text: str) -> str:
    """Text people wrote, safe inside mrkdwn: `&`, `<` and `>` would otherwise become links or mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def mrkdwn_section(text: str, **extra: Any) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION_CHARS)}, **extra}


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(t, 2000)} for t in texts[:10]]}


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, MAX_HEADER_CHARS), "emoji": True}}


def button(text: str, action_id: str, value: str = "", style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(text, MAX_BUTTON_TEXT), "emoji": True},
        "action_id": action_id,
    }
    if value:
        element["value"] = value[:MAX_BUTTON_VALUE]
    if style:
        element["style"] = style
    return element


def quote(text: str, limit: int = QUOTED_TEXT_CHARS) -> str:
    """A text as a mrkdwn block quote, clipped."""
    lines = escape(clip(text.strip(), limit)).splitlines() or [""]
    return "\n".join("> " + line for line in lines)


def fit_blocks(blocks: list[Block], limit: int = MAX_MESSAGE_BLOCKS) -> list[Block]:
    """A last guard: never more blocks than Slack takes (keeps the first ones and the closing actions)."""
    if len(blocks) <= limit:
        return blocks
    tail = [blocks[-1]] if blocks and blocks[-1].get("type") == "actions" else []
    return blocks[: limit - len(tail)] + tail


def modal(
    callback_id: str,
    title: str,
    blocks: list[Block],
    *,
    submit: str | None = "Submit",
    close: str = "Cancel",
    metadata: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A modal view; the title is clipped to Slack's 24 characters, metadata kept as JSON."""
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": callback_id,
        "title": {"type": "plain_text", "text": clip(title, MAX_VIEW_TITLE)},
        "close": {"type": "plain_text", "text": clip(close, MAX_VIEW_TITLE)},
        "blocks": blocks,
    }
    if submit:
        view["submit"] = {"type": "plain_text", "text": clip(submit, MAX_VIEW_TITLE)}
    if metadata is not None:
        view["private_metadata"] = json.dumps(metadata)
    return view
