"""Conversations with CarePost: direct messages, @mentions, and replies in a draft's thread.

A request in plain words does what the matching command would (bot/intents.py reads it); the answer
goes in the thread of the request. A reply in a draft's thread refines the draft: in a direct message
any reply, in a channel the replies of the person who asked for it and any reply that mentions CarePost
(other people can talk in the thread without setting off a new version). Drafts that `/draft` sent to a
direct message are found from the message's own buttons the first time someone replies under one.

This module registers, last of all features, a listener that acknowledges every other message event.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.intents import DraftRequest, Intent, IntentReader, read_by_rule
from bot.services import Services
from bot.threads import ThreadDraft, is_acknowledgement
from handlers.slack.conversation_actions import ALREADY_REVIEWED, ConversationActions, Turn
from handlers.slack.draft_blocks import EDIT_ACTION, REGENERATE_ACTION
from handlers.slack.options import plain_text
from handlers.slack.patience import Pacer, api_error
from handlers.slack.thread_replies import Thread

log = logging.getLogger(__name__)

SORRY = "Sorry, CarePost could not finish that because of a problem on our side. Please try again in a minute."
_NEW_MESSAGE_SUBTYPES = (None, "file_share")
_DRAFT_BUTTONS = (REGENERATE_ACTION, EDIT_ACTION)
# In a draft's thread "make an Instagram version" or "write it shorter" refine the draft; only a request
# that plainly asks for another post starts a new one.
_NEW_DRAFT = re.compile(
    r"^\s*(?:/draft\b|(?:please\s+)?(?:draft|write|create)\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:new|another|separate|"
    r"different)\b)",
    re.IGNORECASE,
)


def without_mentions_of(bot_user_id: str | None, slack_text: str) -> str:
    """The message's words as plain text, with mentions of CarePost itself removed."""
    if bot_user_id:
        slack_text = re.sub(r"<@" + re.escape(bot_user_id) + r"(?:\|[^>]*)?>[\s,:]*", " ", slack_text or "")
    return plain_text(slack_text).strip()


class Conversations:
    def __init__(self, services: Services, pacer: Pacer | None = None) -> None:
        self.services = services
        self.pacer = pacer or Pacer()
        self.actions = ConversationActions(services)
        self._reader: IntentReader | None = None
        self._roots: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._roots_lock = threading.Lock()

    @property
    def reader(self) -> IntentReader:
        if self._reader is None:
            self._reader = IntentReader(self.services.llm, self.services.review)
        return self._reader

    # --- which events are conversations ------------------------------------------------------

    def message_turn(self, event: dict[str, Any], bot_user_id: str | None) -> Turn | None:
        """A direct message, or a reply that refines a draft in a channel thread; else None."""
        if event.get("subtype") not in _NEW_MESSAGE_SUBTYPES or event.get("bot_id"):
            return None
        user, ts, channel = event.get("user"), event.get("ts"), event.get("channel")
        if not user or not ts or not channel or user == bot_user_id:
            return None
        raw = event.get("text") or ""
        thread_ts = event.get("thread_ts")
        is_reply = bool(thread_ts and thread_ts != ts)
        in_dm = event.get("channel_type") == "im" or str(channel).startswith("D")
        if not in_dm:
            if not is_reply or (bot_user_id and f"<@{bot_user_id}" in raw):
                return None  # top-level: watched channels' business; mentions: app_mention's
            held = self.actions.threads.drafts_in(channel, thread_ts)
            if not held or held[0].author != user:
                return None
        text = without_mentions_of(bot_user_id, raw)
        return Turn(channel, user, text, ts, thread_ts or ts, in_dm, is_reply)

    def mention_turn(self, event: dict[str, Any], bot_user_id: str | None) -> Turn | None:
        user, ts, channel = event.get("user"), event.get("ts"), event.get("channel")
        if not user or not ts or not channel or event.get("bot_id") or str(channel).startswith("D"):
            return None  # in a direct message the message event answers
        thread_ts = event.get("thread_ts")
        text = without_mentions_of(bot_user_id, event.get("text") or "")
        return Turn(channel, user, text, ts, thread_ts or ts, False, bool(thread_ts and thread_ts != ts))

    # --- answering ------------------------------------------------------------------------------

    def handle(self, client: WebClient, turn: Turn, bot_user_id: str | None) -> None:
        thread = Thread(client, self.pacer, turn.channel, turn.thread_ts)
        try:
            self._handle(client, thread, turn, bot_user_id)
        except Exception as exc:  # the person gets a short apology; the log gets the error's type only
            log.error("conversation in %s failed: %s", turn.channel, type(exc).__name__)
            thread.post(SORRY)
        finally:
            with self._roots_lock:
                self._roots.pop((turn.channel, turn.ts), None)

    def _handle(self, client: WebClient, thread: Thread, turn: Turn, bot_user_id: str | None) -> None:
        if is_acknowledgement(turn.text):
            thread.react(turn.ts, "+1")
            return
        if turn.is_reply:
            held = self._drafts_of_thread(client, turn, bot_user_id)
            if held:
                self._in_draft_thread(client, thread, turn, held, bot_user_id)
                return
        self._route(client, thread, turn, self.reader.read(turn.text), bot_user_id)

    def _in_draft_thread(
        self, client: WebClient, thread: Thread, turn: Turn, held: list[ThreadDraft], bot_user_id: str | None
    ) -> None:
        """A review, help, or a plainly new draft is that request; anything else is an instruction for the draft."""
        ruled = read_by_rule(turn.text)
        if ruled is not None and ruled.kind == "review" and not ruled.post:
            thread.post(ALREADY_REVIEWED)
            return
        if ruled is not None and (
            ruled.kind in ("help", "review") or (ruled.kind == "draft" and _NEW_DRAFT.match(turn.text))
        ):
            self._route(client, thread, turn, ruled, bot_user_id)
            return
        self.actions.refine(thread, turn, held)

    def _route(self, client: WebClient, thread: Thread, turn: Turn, intent: Intent, bot_user_id: str | None) -> None:
        log.info("conversation in %s: %s (%s)", turn.channel, intent.kind, intent.by)
        if intent.kind == "review":
            post = intent.post or (self._thread_root_text(client, turn, bot_user_id) if turn.is_reply else "")
            self.actions.review(thread, turn, post, intent.platform)
        elif intent.kind == "draft":
            request = intent.draft
            if not request.topic and not request.explicit and turn.is_reply:
                root = self._thread_root_text(client, turn, bot_user_id)
                request = DraftRequest(topic=root) if root else request
            self.actions.draft(thread, turn, request)
        elif intent.kind == "help":
            self.actions.help(thread)
        else:
            self.actions.ask(thread, intent.question)

    # --- reading the thread ---------------------------------------------------------------------

    def _drafts_of_thread(self, client: WebClient, turn: Turn, bot_user_id: str | None) -> list[ThreadDraft]:
        held = self.actions.threads.drafts_in(turn.channel, turn.thread_ts)
        if held or not turn.in_dm:
            return held
        draft_id = _draft_id_in(self._thread_root(client, turn), bot_user_id)
        if draft_id is None:
            return []
        self.actions.threads.remember(turn.channel, turn.thread_ts, draft_id, turn.user, turn.thread_ts)
        return self.actions.threads.drafts_in(turn.channel, turn.thread_ts)

    def _thread_root(self, client: WebClient, turn: Turn) -> dict[str, Any] | None:
        """The thread's first message, read once per turn (conversations.replies is rate limited)."""
        key = (turn.channel, turn.ts)
        with self._roots_lock:
            if key in self._roots:
                return self._roots[key]
        root = self._read_thread_root(client, turn)
        with self._roots_lock:
            self._roots[key] = root
        return root

    def _read_thread_root(self, client: WebClient, turn: Turn) -> dict[str, Any] | None:
        try:
            response = self.pacer.call(
                "conversations.replies",
                lambda: client.conversations_replies(channel=turn.channel, ts=turn.thread_ts, limit=1),
            )
        except SlackApiError as exc:
            log.info("could not read the thread %s/%s: %s", turn.channel, turn.thread_ts, api_error(exc))
            return None
        messages = response.get("messages") or []
        return messages[0] if messages else None

    def _thread_root_text(self, client: WebClient, turn: Turn, bot_user_id: str | None) -> str:
        """The words of the thread's first message, when a person (not a bot) wrote it."""
        root = self._thread_root(client, turn)
        if not root or root.get("bot_id") or root.get("user") == bot_user_id:
            return ""
        return without_mentions_of(bot_user_id, root.get("text") or "")


def _draft_id_in(message: dict[str, Any] | None, bot_user_id: str | None) -> str | None:
    """The draft a message of CarePost's shows, read from its Regenerate or Edit button."""
    if not message or not (message.get("bot_id") or (bot_user_id and message.get("user") == bot_user_id)):
        return None
    for block in message.get("blocks") or []:
        if block.get("type") != "actions":
            continue
        for element in block.get("elements") or []:
            if element.get("action_id") in _DRAFT_BUTTONS and element.get("value"):
                return str(element["value"])
    return None


def register(app: App, services: Services) -> None:
    conversations = Conversations(services)

    def is_conversation(event: dict[str, Any], context: BoltContext) -> bool:
        return conversations.message_turn(event, context.bot_user_id) is not None

    @app.event("message", matchers=[is_conversation])
    def on_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        turn = conversations.message_turn(event, context.bot_user_id)
        if turn is not None:
            conversations.handle(client, turn, context.bot_user_id)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        turn = conversations.mention_turn(event, context.bot_user_id)
        if turn is not None:
            conversations.handle(client, turn, context.bot_user_id)

    @app.event("message")
    def any_other_message(event: dict[str, Any]) -> None:
        """Every other message event (channels not watched, edits, joins) is acknowledged and left alone."""
