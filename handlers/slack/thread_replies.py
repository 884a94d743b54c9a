"""Answering in one thread: every follow-up goes under the message it answers, never a new top-level message."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.slack.blocks import Block, clip, fit_blocks
from handlers.slack.patience import Pacer, api_error

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 3000


@dataclass
class Thread:
    """Where a conversation's replies go: `channel`, under the message `thread_ts`."""

    client: WebClient
    pacer: Pacer
    channel: str
    thread_ts: str

    def post(self, text: str, blocks: list[Block] | None = None) -> str | None:
        """A reply in the thread; its ts, or None when Slack refused it (logged by error code)."""
        try:
            response = self.pacer.call(
                "chat.postMessage",
                lambda: self.client.chat_postMessage(
                    channel=self.channel, thread_ts=self.thread_ts, text=clip(text, MAX_TEXT_CHARS),
                    blocks=fit_blocks(blocks) if blocks else None,
                ),
            )
        except SlackApiError as exc:
            log.warning("thread reply in %s/%s failed: %s", self.channel, self.thread_ts, api_error(exc))
            return None
        return str(response["ts"])

    def update(self, ts: str | None, text: str, blocks: list[Block] | None = None) -> str | None:
        """Replace the reply `ts` (a progress line, say); post a new reply when it cannot be updated."""
        if ts:
            try:
                self.pacer.call(
                    "chat.update",
                    lambda: self.client.chat_update(
                        channel=self.channel, ts=ts, text=clip(text, MAX_TEXT_CHARS),
                        blocks=fit_blocks(blocks) if blocks else [],
                    ),
                )
                return ts
            except SlackApiError as exc:
                log.info("could not update reply %s/%s (%s); posting anew", self.channel, ts, api_error(exc))
        return self.post(text, blocks)

    def whisper(self, user: str, text: str, blocks: list[Block] | None = None) -> None:
        """Ephemeral to `user` in this thread: seen by them alone."""
        try:
            self.pacer.call(
                "chat.postEphemeral",
                lambda: self.client.chat_postEphemeral(
                    channel=self.channel, user=user, thread_ts=self.thread_ts, text=clip(text, MAX_TEXT_CHARS),
                    blocks=fit_blocks(blocks) if blocks else None,
                ),
            )
        except SlackApiError as exc:
            log.warning("ephemeral reply in %s failed: %s", self.channel, api_error(exc))

    def react(self, ts: str, name: str) -> None:
        try:
            self.pacer.call(
                "reactions.add", lambda: self.client.reactions_add(channel=self.channel, timestamp=ts, name=name)
            )
        except SlackApiError as exc:
            if api_error(exc) != "already_reacted":
                log.info("reaction in %s failed: %s", self.channel, api_error(exc))
