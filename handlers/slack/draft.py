"""`/draft`, its options modal, and the buttons on a draft: Regenerate, Edit (a modal) and Retry.

The command is acknowledged at once (bad options and a missing LLM are answered in the
acknowledgement itself); the LLM works in a lazy listener. Drafts arrive in the person's DM with
CarePost, where they stay, can be updated in place and refined in their thread. When the LLM fails
the request is kept and the person gets a short message with a Retry button.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.drafting import Draft, DraftInputError, DraftNotFoundError, DraftOptions, DraftRequestFailed
from bot.drafting_options import SYNTAX_HELP, DraftOptionsError, parse_draft_options
from bot.llm import LLMError
from bot.services import Services
from handlers.slack import home
from handlers.slack.blocks import Block
from handlers.slack.draft_blocks import (
    DRAFT_MODAL,
    EDIT_ACTION,
    EDIT_BLOCK,
    EDIT_MODAL,
    EDIT_TEXT_MAX,
    REGENERATE_ACTION,
    RETRY_ACTION,
    TOPIC_BLOCK,
    draft_blocks,
    draft_fallback,
    draft_modal,
    drafts_home_blocks,
    edit_modal,
    failure_blocks,
    modal_values,
    option_error_block,
    options_from_modal,
    platform_label,
)
from handlers.slack.options import plain_text
from handlers.slack.replies import guarded, in_background, post_dm, tell

log = logging.getLogger(__name__)

SHOWN_DRAFTS = 8

COMMAND = "/draft"
NO_LLM = (
    "Drafting needs a writing assistant, and none is configured: an administrator sets OPENAI_API_KEY "
    "(or OPENAI_BASE_URL for a local or Azure endpoint) and OPENAI_MODEL. `/review` works without one."
)
WORKING = ":hourglass_flowing_sand: Writing a new version…"
ALREADY_DONE = "That request is already done: its drafts are in your direct messages with CarePost."


def _metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _message_ref(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(channel, ts) of the message whose button was pressed."""
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    return channel, container.get("message_ts") or (body.get("message") or {}).get("ts")


def _retry_value(request_id: str, channel: str | None = None, ts: str | None = None) -> str:
    """A Retry button's value: the kept request, and the draft message to update when there is one."""
    return json.dumps({"request": request_id, "channel": channel, "ts": ts}, separators=(",", ":"))


def _acknowledgement(options: DraftOptions) -> str:
    where = platform_label(options.platform) if options.platform != "all" else "each platform we post on"
    return f":writing_hand: Drafting a post for {where}. It will arrive in your direct messages with CarePost."


class DraftListeners:
    """The listeners, sharing the services and the way drafts are delivered."""

    def __init__(self, services: Services) -> None:
        self.services = services

    # --- delivering -----------------------------------------------------------------------

    def deliver(self, client: WebClient, user: str, drafts: Sequence[Draft]) -> None:
        for draft in drafts:
            post_dm(client, user, draft_fallback(draft), draft_blocks(draft))
            log.info("draft %s v%d delivered to %s: %s", draft.id, draft.version, user, draft.verdict)

    def show_in_place(self, client: WebClient, user: str, draft: Draft, channel: str | None, ts: str | None,
                      working: str | None = None) -> None:
        """Update the draft's message; if that is not possible, send the draft as a new DM."""
        if channel and ts:
            try:
                client.chat_update(channel=channel, ts=ts, text=draft_fallback(draft),
                                   blocks=draft_blocks(draft, working=working))
                return
            except SlackApiError as exc:
                log.info("could not update draft message (%s); sending a new one", exc.response.get("error"))
        if working is None:
            self.deliver(client, user, [draft])

    def failed(self, client: WebClient, user: str, channel: str | None, exc: DraftRequestFailed,
               ref: tuple[str | None, str | None] = (None, None)) -> None:
        blocks = failure_blocks(exc.message, exc.request_id, len(exc.drafts))
        blocks[-1]["elements"][0]["value"] = _retry_value(exc.request_id, *ref)
        tell(client, user, f"The draft could not be written: {exc.message}", blocks, channel=channel)

    def create(self, client: WebClient, user: str, channel: str | None, options: DraftOptions) -> None:
        in_background("/draft", lambda: self._create(client, user, channel, options), client, user, channel)

    def _create(self, client: WebClient, user: str, channel: str | None, options: DraftOptions) -> None:
        try:
            drafts = self.services.drafting.create(options, user)
        except DraftRequestFailed as exc:
            self.deliver(client, user, exc.drafts)
            self.failed(client, user, channel, exc)
            return
        except (DraftInputError, LLMError) as exc:
            tell(client, user, str(exc), channel=channel)
            return
        self.deliver(client, user, drafts)

    # --- /draft and its modal ---------------------------------------------------------------

    def ack_command(self, ack: Ack, body: dict[str, Any]) -> None:
        text = plain_text(body.get("text") or "").strip()
        if self.services.llm is None:
            ack(NO_LLM)
            return
        if not text:
            ack()
            return
        try:
            options = parse_draft_options(text)
        except DraftOptionsError as exc:
            ack(f"{exc}\n{SYNTAX_HELP}")
            return
        ack(_acknowledgement(options))

    def on_command(self, body: dict[str, Any], client: WebClient) -> None:
        text = plain_text(body.get("text") or "").strip()
        if self.services.llm is None:
            return
        if not text:
            client.views_open(trigger_id=body["trigger_id"], view=draft_modal(body.get("channel_id")))
            return
        try:
            options = parse_draft_options(text)
        except DraftOptionsError:
            return  # already answered in the acknowledgement
        self.create(client, body["user_id"], body.get("channel_id"), options)

    def ack_modal(self, ack: Ack, view: dict[str, Any]) -> None:
        if self.services.llm is None:
            ack(response_action="errors", errors={TOPIC_BLOCK: NO_LLM[:150]})
            return
        try:
            options_from_modal(view)
        except DraftOptionsError as exc:
            ack(response_action="errors", errors={option_error_block(str(exc)): str(exc)})
            return
        ack()

    def on_modal(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        try:
            options = options_from_modal(view)
        except DraftOptionsError:
            return  # ack_modal showed the error in the form
        if self.services.llm is None:
            return
        self.create(client, body["user"]["id"], _metadata(view).get("channel"), options)

    # --- buttons ----------------------------------------------------------------------------

    def on_regenerate(self, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        channel, ts = _message_ref(body)
        try:
            current = self.services.drafting.get(action.get("value") or "")
        except DraftNotFoundError:
            tell(client, user, "That draft is no longer there; start again with /draft.", channel=channel)
            return
        self.show_in_place(client, user, current, channel, ts, working=WORKING)
        in_background(
            "draft regenerate", lambda: self._regenerate(client, user, current, channel, ts), client, user, channel
        )

    def _regenerate(self, client: WebClient, user: str, current: Draft, channel: str | None, ts: str | None) -> None:
        try:
            draft = self.services.drafting.regenerate(current.id, user)
        except DraftRequestFailed as exc:
            self.show_in_place(client, user, current, channel, ts)
            self.failed(client, user, channel, exc, (channel, ts))
            return
        except (DraftInputError, LLMError) as exc:
            self.show_in_place(client, user, current, channel, ts)
            tell(client, user, str(exc), channel=channel)
            return
        self.show_in_place(client, user, draft, channel, ts)

    def on_edit(self, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        channel, ts = _message_ref(body)
        try:
            draft = self.services.drafting.get(action.get("value") or "")
        except DraftNotFoundError:
            tell(client, user, "That draft is no longer there; start again with /draft.", channel=channel)
            return
        if len(draft.text) > EDIT_TEXT_MAX:
            tell(client, user, f"This draft is longer than Slack's form can hold ({EDIT_TEXT_MAX:,} characters): "
                 "copy it, edit it, and check your version with /review.", channel=channel)
            return
        client.views_open(trigger_id=body["trigger_id"], view=edit_modal(draft, channel=channel, ts=ts))

    def ack_edit(self, ack: Ack, view: dict[str, Any]) -> None:
        if not (modal_values(view).get(EDIT_BLOCK) or "").strip():
            ack(response_action="errors", errors={EDIT_BLOCK: "The draft cannot be empty."})
            return
        ack()

    def on_edit_submitted(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        text = modal_values(view).get(EDIT_BLOCK) or ""
        if not text.strip():
            return
        user = body["user"]["id"]
        meta = _metadata(view)
        try:
            draft = self.services.drafting.edit(str(meta.get("draft_id") or ""), text, user)
        except (DraftInputError, DraftNotFoundError) as exc:
            message = str(exc) if isinstance(exc, DraftInputError) else "That draft is no longer there."
            tell(client, user, f"Your edit was not saved: {message}", channel=meta.get("channel"))
            return
        self.show_in_place(client, user, draft, meta.get("channel"), meta.get("ts"))

    def on_retry(self, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        channel, _ = _message_ref(body)
        try:
            target = json.loads(action.get("value") or "{}")
        except ValueError:
            target = {"request": action.get("value")}
        in_background("draft retry", lambda: self._retry(client, user, channel, target), client, user, channel)

    def _retry(self, client: WebClient, user: str, channel: str | None, target: dict[str, Any]) -> None:
        request_id = str(target.get("request") or "")
        try:  # drafts an earlier attempt already delivered are not sent again
            delivered = set(self.services.drafting.request(request_id).result.get("drafts", {}).values())
            drafts = self.services.drafting.retry(request_id, user)
        except DraftRequestFailed as exc:
            self.deliver(client, user, [d for d in exc.drafts if d.id not in delivered])
            self.failed(client, user, channel, exc, (target.get("channel"), target.get("ts")))
            return
        except (DraftInputError, LLMError) as exc:
            tell(client, user, str(exc), channel=channel)
            return
        if len(drafts) == 1 and target.get("ts"):
            self.show_in_place(client, user, drafts[0], target.get("channel"), target.get("ts"))
            return
        fresh = [d for d in drafts if d.id not in delivered]
        if fresh:
            self.deliver(client, user, fresh)
        else:
            tell(client, user, ALREADY_DONE, channel=channel)


def home_section(services: Services, user: str) -> list[Block]:
    """The user's recent drafts in the App Home (added to home.home_sections by `register`)."""
    return drafts_home_blocks(services.drafting.recent(user, limit=SHOWN_DRAFTS))


def register(app: App, services: Services) -> None:
    listeners = DraftListeners(services)
    if home_section not in home.home_sections:
        home.home_sections.insert(0, home_section)

    def ack_now(ack: Ack) -> None:
        ack()

    # Bolt passes arguments by parameter name; plain functions keep that explicit for each listener.
    @guarded("/draft")
    def draft_command(body: dict[str, Any], client: WebClient) -> None:
        listeners.on_command(body, client)

    @guarded("draft modal")
    def draft_submitted(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        listeners.on_modal(body, view, client)

    @guarded("draft regenerate")
    def draft_regenerate(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        listeners.on_regenerate(body, action, client)

    @guarded("draft edit")
    def draft_edit(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        listeners.on_edit(body, action, client)

    @guarded("draft edit modal")
    def draft_edit_submitted(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        listeners.on_edit_submitted(body, view, client)

    @guarded("draft retry")
    def draft_retry(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        listeners.on_retry(body, action, client)

    app.command(COMMAND)(ack=listeners.ack_command, lazy=[draft_command])
    app.view(DRAFT_MODAL)(ack=listeners.ack_modal, lazy=[draft_submitted])
    app.action(REGENERATE_ACTION)(ack=ack_now, lazy=[draft_regenerate])
    app.action(EDIT_ACTION)(ack=ack_now, lazy=[draft_edit])
    app.view(EDIT_MODAL)(ack=listeners.ack_edit, lazy=[draft_edit_submitted])
    app.action(RETRY_ACTION)(ack=ack_now, lazy=[draft_retry])
