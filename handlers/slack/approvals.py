"""Approvals in Slack: `/submit`, the "Submit for approval" shortcut and button, the approval card's
Approve and Request changes, and the author's DMs.

Every listener acknowledges at once and works in a lazy listener. The rules are the core's
(bot/approvals.py): a refusal's message goes, as it is, to the person who clicked (ephemeral).
`submit_for_approval` is the one entry point other features call (e.g. a draft's Submit button).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.approvals_model import ApprovalError, InvalidRequest, Post, Provenance
from bot.services import Services
from handlers.slack.approval_blocks import (
    APPROVE_ACTION,
    CHANGES_ACTION,
    CHANGES_MODAL,
    EDIT_ACTION,
    EDIT_BLOCK,
    EDIT_INPUT,
    EDIT_MODAL,
    MAX_MODAL_TEXT,
    PLATFORM_BLOCK,
    PLATFORM_INPUT,
    REASON_BLOCK,
    REASON_INPUT,
    SUBMIT_MODAL,
    TEXT_BLOCK,
    TEXT_INPUT,
    card_blocks,
    card_fallback,
    changes_modal,
    decision_blocks,
    decision_message,
    edit_modal,
    edited_message,
    parse_card_value,
    submit_modal,
    submitted_message,
)
from handlers.slack.home import member_groups, publish_home
from handlers.slack.options import plain_text, review_request
from handlers.slack.replies import guarded, post_dm, tell
from handlers.slack.report_blocks import SUBMIT_ACTION

log = logging.getLogger(__name__)

COMMAND = "/submit"
SHORTCUT = "submit_for_approval"
_USER_ID = re.compile(r"(?<![<@\w])([UW][A-Z0-9]{6,})\b")


def mentions(message: str) -> str:
    """The core's messages name people by Slack id; show them as mentions."""
    return _USER_ID.sub(r"<@\1>", message)


def submit_for_approval(
    services: Services,
    client: WebClient,
    *,
    user: str,
    text: str,
    platform: str | None = None,
    provenance: Provenance | None = None,
    channel: str | None = None,
    source: str = "slack",
    written_by: str | None = None,
) -> Post | None:
    """Submit `text` as `user`'s post and put its card in the approvals channel; tell `user` what happened.

    `channel`: where to answer `user` (ephemeral), or None for a DM. Returns the stored post, or None
    when nothing was stored (the person is told why). A card that cannot be posted leaves the post stored.
    """
    try:
        post = services.approvals.submit(
            text, user, platform=platform, provenance=provenance, source=source, written_by=written_by
        )
    except ApprovalError as exc:
        tell(client, user, mentions(exc.message), channel=channel)
        return None
    if post.state == "blocked":
        tell(
            client,
            user,
            f"Post #{post.id} is saved but not sent for approval: the guardrails block it, so nobody could approve "
            "it. Run /review on it to see why, fix it, and submit the new text.",
            channel=channel,
        )
        return post
    post_card(services, client, post, user=user, channel=channel)
    return post


def post_card(services: Services, client: WebClient, post: Post, *, user: str, channel: str | None) -> bool:
    """Put the post's card in the approvals channel and tell `user`; False (and `user` told why) when it cannot."""
    approvals_channel = services.settings.approvals_channel
    if not approvals_channel:
        tell(
            client,
            user,
            f"Post #{post.id} is saved and waiting for approval, but no approvals channel is set up "
            "(APPROVALS_CHANNEL), so approvers will only see it in CarePost's Home tab. Tell your administrator.",
            channel=channel,
        )
        return False
    try:
        response = client.chat_postMessage(
            channel=approvals_channel, text=card_fallback(post), blocks=card_blocks(post, _compliance(services))
        )
    except SlackApiError as exc:
        error = exc.response.get("error") if exc.response is not None else "unknown"
        log.warning("approval card for post %s not posted: %s", post.id, error)
        tell(
            client,
            user,
            f"Post #{post.id} is saved and waiting for approval, but CarePost could not post it in the approvals "
            f"channel (Slack said `{error}`: the channel may have been deleted or archived, or CarePost removed "
            "from it). Approvers can still find it in CarePost's Home tab. Tell your administrator to fix "
            "APPROVALS_CHANNEL.",
            channel=channel,
        )
        return False
    services.approvals.set_card_ref(post.id, {"channel": response["channel"], "ts": response["ts"]})
    tell(client, user, submitted_message(post, approvals_channel), channel=channel)
    return True


def _compliance(services: Services) -> list[str]:
    return list(services.policy.approvals.compliance_approvers)


def refresh_card(services: Services, client: WebClient, post_id: int | str) -> None:
    """Redraw the post's card where it was posted, to show the decision (or the state) now."""
    try:
        post = services.approvals.get_post(post_id)
    except ApprovalError:
        return
    if not post.card_ref:
        return
    try:
        client.chat_update(
            channel=post.card_ref["channel"],
            ts=post.card_ref["ts"],
            text=card_fallback(post),
            blocks=card_blocks(post, _compliance(services)),
        )
    except SlackApiError as exc:
        log.warning("approval card for post %s not updated: %s", post.id, exc.response.get("error"))


def _tell_author(client: WebClient, post: Post, actor: str) -> None:
    try:
        post_dm(client, post.author, decision_message(post, actor), decision_blocks(post, actor))
    except SlackApiError as exc:
        log.warning("could not tell the author of post %s: %s", post.id, exc.response.get("error"))


def _after_decision(services: Services, client: WebClient, body: dict[str, Any], post: Post, actor: str) -> None:
    refresh_card(services, client, post.id)
    _tell_author(client, post, actor)
    if (body.get("view") or {}).get("type") == "home":
        publish_home(services, client, actor)


def _channel(body: dict[str, Any]) -> str | None:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    return channel if isinstance(channel, str) else None


def _draft_submission(services: Services, draft_id: str) -> tuple[str, str | None, Provenance]:
    """A stored draft's text, platform and provenance (the drafting feature's store)."""
    try:
        from bot.drafting_store import DraftNotFoundError, DraftStore
    except ImportError:
        raise InvalidRequest("Drafts cannot be submitted from here yet: use /submit with the text.") from None
    try:
        draft = DraftStore(services.store).get(draft_id)
    except DraftNotFoundError:
        raise InvalidRequest("That draft no longer exists. Draft it again, or use /submit with the text.") from None
    if getattr(draft, "placeholders", None):
        raise InvalidRequest(
            "This draft still holds placeholders for details kept from the AI ("
            + ", ".join(draft.placeholders)
            + "): edit the draft to fill them in (with the patient's permission) or remove them, then submit."
        )
    provenance = Provenance(model=draft.model, prompt_version=draft.prompt_version, draft_id=str(draft.id))
    return draft.text, draft.platform, provenance


def _button_submission(services: Services, value: str) -> tuple[str, str | None, Provenance | None]:
    try:
        data = json.loads(value or "{}")
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise InvalidRequest("This button no longer works. Use /submit with the text instead.")
    if data.get("draft_id"):
        return _draft_submission(services, str(data["draft_id"]))
    if isinstance(data.get("text"), str):
        platform = data.get("platform")
        return data["text"], platform if isinstance(platform, str) else None, None
    raise InvalidRequest("This button carries no text. Use /submit with the text instead.")


def _metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _input(view: dict[str, Any], block: str, action: str) -> dict[str, Any]:
    return (view.get("state", {}).get("values", {}).get(block, {}).get(action)) or {}


def register(app: App, services: Services) -> None:
    approvals = services.approvals
    # Expiry (the scheduler) and rescheduling (the calendar) happen elsewhere: keep the cards true.
    approvals.on_change(lambda post_id, action: refresh_card(services, app.client, post_id))

    def ack_now(ack: Ack) -> None:
        ack()

    @guarded("/submit")
    def submit_command(body: dict[str, Any], client: WebClient) -> None:
        text, platform = review_request(body.get("text") or "")
        if not text:
            client.views_open(trigger_id=body["trigger_id"], view=submit_modal(body.get("channel_id")))
            return
        submit_for_approval(
            services, client, user=body["user_id"], text=text, platform=platform,
            channel=body.get("channel_id"), source="/submit",
        )

    def ack_submit_modal(ack: Ack, view: dict[str, Any]) -> None:
        if not str(_input(view, TEXT_BLOCK, TEXT_INPUT).get("value") or "").strip():
            ack(response_action="errors", errors={TEXT_BLOCK: "Paste the post to submit."})
            return
        ack()

    @guarded("submit modal")
    def submit_modal_sent(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        text = str(_input(view, TEXT_BLOCK, TEXT_INPUT).get("value") or "")
        if not text.strip():
            return
        platform = (_input(view, PLATFORM_BLOCK, PLATFORM_INPUT).get("selected_option") or {}).get("value")
        submit_for_approval(
            services, client, user=body["user"]["id"], text=text, platform=platform,
            channel=_metadata(view).get("channel"), source="/submit",
        )

    @guarded("submit shortcut")
    def submit_message(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        message = body.get("message") or {}
        channel = _channel(body)
        text = plain_text(message.get("text") or "")
        if not text.strip():
            tell(client, user, "That message has no text to submit (only files or attachments).", channel=channel)
            return
        writer = message.get("user") if not message.get("bot_id") else None
        submit_for_approval(
            services, client, user=user, text=text, channel=channel, source="message shortcut", written_by=writer
        )

    @guarded("submit button")
    def submit_clicked(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        channel = _channel(body)
        try:
            text, platform, provenance = _button_submission(services, body["actions"][0].get("value", ""))
        except ApprovalError as exc:
            tell(client, user, exc.message, channel=channel)
            return
        submit_for_approval(
            services, client, user=user, text=text, platform=platform, provenance=provenance,
            channel=channel, source="submit button",
        )

    @guarded("approve")
    def approve_clicked(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        post_id, seen = parse_card_value(body["actions"][0].get("value", ""))
        try:
            post = approvals.approve(post_id, user, text_hash=seen, actor_groups=member_groups(services, client, user))
        except ApprovalError as exc:
            tell(client, user, mentions(exc.message), channel=_channel(body))
            if exc.code in ("expired", "blocked"):  # the refusal may have just changed the post's state
                refresh_card(services, client, post_id)
            return
        _after_decision(services, client, body, post, user)

    @guarded("request changes")
    def changes_clicked(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        post_id, seen = parse_card_value(body["actions"][0].get("value", ""))
        try:
            refusal = approvals.refusal_for(
                post_id, user, "request_changes", text_hash=seen, actor_groups=member_groups(services, client, user)
            )
            post = approvals.get_post(post_id)
        except ApprovalError as refusal_error:
            refusal = refusal_error
        if refusal is not None:
            tell(client, user, mentions(refusal.message), channel=_channel(body))
            return
        metadata = {"post_id": post.id, "hash": seen, "channel": _channel(body), "home": _from_home(body)}
        client.views_open(trigger_id=body["trigger_id"], view=changes_modal(post, metadata))

    def ack_changes(ack: Ack, view: dict[str, Any]) -> None:
        if not str(_input(view, REASON_BLOCK, REASON_INPUT).get("value") or "").strip():
            ack(response_action="errors", errors={REASON_BLOCK: "Say what needs to change: the author gets this."})
            return
        ack()

    @guarded("request changes form")
    def changes_sent(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        reason = str(_input(view, REASON_BLOCK, REASON_INPUT).get("value") or "")
        if not reason.strip():
            return
        meta = _metadata(view)
        try:
            post = approvals.request_changes(
                meta.get("post_id", ""), user, reason, text_hash=meta.get("hash"),
                actor_groups=member_groups(services, client, user),
            )
        except ApprovalError as exc:
            tell(client, user, mentions(exc.message), channel=meta.get("channel"))
            return
        _after_decision(services, client, {"view": {"type": "home"}} if meta.get("home") else {}, post, user)

    @guarded("edit post")
    def edit_clicked(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        try:
            post = approvals.get_post(body["actions"][0].get("value", ""))
        except ApprovalError as exc:
            tell(client, user, exc.message, channel=_channel(body))
            return
        if user != post.author:
            tell(client, user, "Only the post's author can edit it.", channel=_channel(body))
            return
        if len(post.text) > MAX_MODAL_TEXT:
            tell(client, user, f"Post #{post.id} is too long to edit in Slack's form: use /submit with the new text.",
                 channel=_channel(body))
            return
        metadata = {"post_id": post.id, "channel": _channel(body), "home": _from_home(body)}
        client.views_open(trigger_id=body["trigger_id"], view=edit_modal(post, metadata))

    def ack_edit(ack: Ack, view: dict[str, Any]) -> None:
        if not str(_input(view, EDIT_BLOCK, EDIT_INPUT).get("value") or "").strip():
            ack(response_action="errors", errors={EDIT_BLOCK: "The post cannot be empty."})
            return
        ack()

    @guarded("edit form")
    def edit_sent(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        text = str(_input(view, EDIT_BLOCK, EDIT_INPUT).get("value") or "")
        meta = _metadata(view)
        if not text.strip():
            return
        try:
            post = approvals.edit(meta.get("post_id", ""), text, user)
        except ApprovalError as exc:
            tell(client, user, mentions(exc.message), channel=meta.get("channel"))
            return
        if post.state == "pending" and not post.card_ref:
            post_card(services, client, post, user=user, channel=meta.get("channel"))
        else:
            refresh_card(services, client, post.id)
            tell(client, user, edited_message(post), channel=meta.get("channel"))
        if meta.get("home"):
            publish_home(services, client, user)

    app.command(COMMAND)(ack=ack_now, lazy=[submit_command])
    app.view(SUBMIT_MODAL)(ack=ack_submit_modal, lazy=[submit_modal_sent])
    app.shortcut(SHORTCUT)(ack=ack_now, lazy=[submit_message])
    app.action(SUBMIT_ACTION)(ack=ack_now, lazy=[submit_clicked])
    app.action(APPROVE_ACTION)(ack=ack_now, lazy=[approve_clicked])
    app.action(CHANGES_ACTION)(ack=ack_now, lazy=[changes_clicked])
    app.view(CHANGES_MODAL)(ack=ack_changes, lazy=[changes_sent])
    app.action(EDIT_ACTION)(ack=ack_now, lazy=[edit_clicked])
    app.view(EDIT_MODAL)(ack=ack_edit, lazy=[edit_sent])


def _from_home(body: dict[str, Any]) -> bool:
    return (body.get("view") or {}).get("type") == "home"
