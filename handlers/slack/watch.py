"""Watched channels: each new top-level message is reviewed as it is written.

The message gets a reaction for its verdict and, unless it passes, a thread reply with the
findings (patient details masked; the author sees them in full, ephemerally). An edit is reviewed
again: the reaction is swapped and the reply updated, never duplicated. Bots, CarePost itself,
thread replies and messages that @mention CarePost (the mention handler answers those) are left alone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.guardrails import Report, ReviewInputError
from bot.masking import mask_report, phi_findings
from bot.services import Services
from bot.watching import WatchedMessage, WatchLog, plan_follow_up, watched_channels
from handlers.slack.conversation_blocks import private_excerpts, watch_reply
from handlers.slack.options import plain_text
from handlers.slack.patience import Pacer, api_error

log = logging.getLogger(__name__)

REACTIONS = {"pass": "white_check_mark", "revise": "warning", "block": "no_entry"}
NEW_MESSAGE_SUBTYPES = (None, "file_share", "me_message")
_HARMLESS = {"already_reacted", "no_reaction"}  # the reaction is already as we want it


@dataclass(frozen=True, slots=True)
class ChannelMessage:
    channel: str
    ts: str
    user: str
    text: str
    revision: str
    edited: bool


def channel_message(event: dict[str, Any], bot_user_id: str | None) -> ChannelMessage | None:
    """The person's top-level message this event is about, or None when it is not one to review."""
    subtype = event.get("subtype")
    if subtype == "message_changed":
        message = event.get("message") or {}
        revision = (message.get("edited") or {}).get("ts")
        if not revision:  # link unfurls and other changes that are not an edit of the words
            return None
        edited = True
    elif subtype in NEW_MESSAGE_SUBTYPES:
        message, revision, edited = event, event.get("ts"), False
    else:
        return None
    user, ts = message.get("user"), message.get("ts")
    if not user or not ts or message.get("bot_id") or message.get("subtype") == "bot_message":
        return None
    if user == bot_user_id:
        return None
    thread_ts = message.get("thread_ts")
    if thread_ts and thread_ts != ts:
        return None
    text = message.get("text") or ""
    if bot_user_id and f"<@{bot_user_id}" in text:
        return None
    return ChannelMessage(str(event.get("channel")), str(ts), str(user), text, str(revision or ts), edited)


class ChannelWatcher:
    """Reviews watched messages and keeps their reaction and reply in step with the latest text."""

    def __init__(self, services: Services, pacer: Pacer | None = None) -> None:
        self.services = services
        self.channels = watched_channels(services.settings, services.policy)
        self.log = WatchLog(services.store)
        self.pacer = pacer or Pacer()

    def handle(self, client: WebClient, message: ChannelMessage) -> None:
        text = plain_text(message.text).strip()
        if not text:
            return
        with self.log.handling(message.channel, message.ts):
            if not self.log.is_news(message.channel, message.ts, message.revision, text):
                return
            try:
                report = self.services.review(text)
            except ReviewInputError as exc:
                log.info("watched message %s/%s not reviewed: %s", message.channel, message.ts, type(exc).__name__)
                return
            previous = self.log.get(message.channel, message.ts)
            self.log.record_review(message.channel, message.ts, message.user, message.revision, text, report)
            edited = " (edited)" if message.edited else ""
            log.info(
                "watched message %s/%s: %s, %d findings%s",
                message.channel, message.ts, report.verdict, len(report.findings), edited,
            )
            self._follow_up(client, message, report, previous)

    def _follow_up(
        self, client: WebClient, message: ChannelMessage, report: Report, previous: WatchedMessage | None
    ) -> None:
        channel, ts = message.channel, message.ts
        step = plan_follow_up(previous, report.verdict, REACTIONS[report.verdict])
        if step.remove_reaction and self._react(client, "reactions.remove", channel, ts, step.remove_reaction):
            self.log.set_reaction(channel, ts, None)
        if step.add_reaction and self._react(client, "reactions.add", channel, ts, step.add_reaction):
            self.log.set_reaction(channel, ts, step.add_reaction)
        has_phi = bool(phi_findings(report))
        if step.reply != "none":
            fallback, blocks = watch_reply(mask_report(report), edited=message.edited, masked_phi=has_phi)
            reply_id = previous.reply_id if previous and step.reply == "update" else None
            self._reply(client, channel, ts, reply_id, fallback, blocks)
        if has_phi and report.verdict != "pass":
            self._tell_author(client, message, report)

    def _react(self, client: WebClient, method: str, channel: str, ts: str, name: str) -> bool:
        """True when the message now carries (or no longer carries) the reaction, as asked."""
        call = client.reactions_add if method == "reactions.add" else client.reactions_remove
        try:
            self.pacer.call(method, lambda: call(channel=channel, timestamp=ts, name=name))
        except SlackApiError as exc:
            error = api_error(exc)
            if error in _HARMLESS:
                return True
            log.warning("%s failed for %s/%s: %s", method, channel, ts, error)
            return False
        return True

    def _reply(
        self, client: WebClient, channel: str, ts: str, reply_id: str | None, fallback: str, blocks: list[dict]
    ) -> None:
        if reply_id:
            try:
                self.pacer.call(
                    "chat.update",
                    lambda: client.chat_update(channel=channel, ts=reply_id, text=fallback, blocks=blocks),
                )
                return
            except SlackApiError as exc:
                error = api_error(exc)
                if error not in ("message_not_found", "cant_update_message"):
                    log.warning("chat.update failed for the reply to %s/%s: %s", channel, ts, error)
                    return
                # someone deleted the reply: post a fresh one in its place
        try:
            response = self.pacer.call(
                "chat.postMessage",
                lambda: client.chat_postMessage(channel=channel, thread_ts=ts, text=fallback, blocks=blocks),
            )
        except SlackApiError as exc:
            log.warning("reply to %s/%s failed: %s", channel, ts, api_error(exc))
            return
        self.log.set_reply(channel, ts, str(response["ts"]))

    def _tell_author(self, client: WebClient, message: ChannelMessage, report: Report) -> None:
        fallback, blocks = private_excerpts(report)
        try:
            self.pacer.call(
                "chat.postEphemeral",
                lambda: client.chat_postEphemeral(
                    channel=message.channel, user=message.user, thread_ts=message.ts, text=fallback, blocks=blocks
                ),
            )
        except SlackApiError as exc:
            log.warning("private excerpts for %s/%s failed: %s", message.channel, message.ts, api_error(exc))


def register(app: App, services: Services) -> None:
    watcher = ChannelWatcher(services)
    if watcher.channels:
        log.info("watching %d channel(s)", len(watcher.channels))

    def is_watched_message(event: dict[str, Any], context: BoltContext) -> bool:
        """Only messages to review: other message events (thread replies, say) go on to other listeners."""
        return event.get("channel") in watcher.channels and channel_message(event, context.bot_user_id) is not None

    @app.event("message", matchers=[is_watched_message])
    def on_watched_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        message = channel_message(event, context.bot_user_id)
        if message is not None:
            watcher.handle(client, message)
