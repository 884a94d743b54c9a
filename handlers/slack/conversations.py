"""Conversations with CarePost: direct messages, @mentions, and replies in a draft's thread."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from bot.services import Services


def register(app: App, services: Services) -> None:
    @app.event("message")
    def any_other_message(event: dict[str, Any]) -> None:
        """Every other message event (channels not watched, edits, joins) is acknowledged and left alone."""
