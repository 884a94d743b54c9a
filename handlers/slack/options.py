"""What people type into Slack, made into what the core takes: the post's plain text and its options.

Slack escapes `&`, `<` and `>` in slash-command and message text and writes mentions, channels and
links as `<...>` tokens; the guardrails must see the text as it would be published.
"""

from __future__ import annotations

import re

from handlers.console import split_platform

__all__ = ["plain_text", "review_request", "split_platform"]

_TOKEN = re.compile(r"<([^<>]*)>")


def _token_text(inner: str) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):  # a user mention: <@U123> or <@U123|name>
        return "@" + (label or target[1:])
    if target.startswith("#"):  # a channel: <#C123|general>
        return "#" + (label or target[1:])
    if target.startswith("!"):  # <!here>, <!channel>, <!subteam^S123|@team>, <!date^...|fallback>
        if label:
            return label
        return "@" + target[1:].split("^", 1)[0]
    if target.startswith("mailto:"):
        return label or target.removeprefix("mailto:")
    if not label:
        return target
    # Slack turns a typed "example.org/flu" into <http://example.org/flu|example.org/flu>: keep what was typed.
    bare = re.sub(r"^[a-z]+://", "", target, flags=re.IGNORECASE)
    if label in (target, bare) or bare.rstrip("/") == label.rstrip("/"):
        return label
    return f"{label} ({target})"


def plain_text(slack_text: str) -> str:
    """Slack's escaped message text as the words a reader sees: `&amp;` is `&`, `<@U1>` is `@U1`..."""
    text = _TOKEN.sub(lambda match: _token_text(match.group(1)), slack_text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def review_request(command_text: str) -> tuple[str, str | None]:
    """`/review platform:linkedin <text>` -> (the post as plain text, "linkedin"); no platform -> None."""
    text, platform = split_platform(plain_text(command_text))
    return text, platform
