"""`/calendar`, the Schedule modal (date and time pickers), entry menus, and the digest's Slack sender.

Answers go to the person who asked (ephemeral, or a DM where that is refused). The modal's
submission is checked and saved before it is acknowledged (a few milliseconds of SQLite), so a
time in the past or a post that cannot be scheduled is shown on the form, next to the field.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.calendar import Calendar, CalendarError, Entry
from bot.calendar_commands import run_calendar_command
from bot.calendar_digest import Digest
from bot.reminders import Sender
from bot.services import Services
from handlers.slack import home
from handlers.slack.blocks import Block
from handlers.slack.calendar_blocks import (
    ADD_ACTION,
    DATE_BLOCK,
    ENTRY_MENU_ACTION,
    PLATFORM_BLOCK,
    SCHEDULE_ACTION,
    SCHEDULE_MODAL,
    TITLE_BLOCK,
    digest_blocks,
    digest_fallback,
    modal_values,
    schedule_modal,
    view_blocks,
    view_fallback,
)
from handlers.slack.calendar_blocks import (
    home_section as calendar_home_blocks,
)
from handlers.slack.replies import guarded, tell

log = logging.getLogger(__name__)

COMMAND = "/calendar"
MAX_FIELD_ERROR = 150


def calendar_of(services: Services) -> Calendar:
    return Calendar.from_services(services)


def digest_sender(client: WebClient) -> Sender:
    """chat.postMessage of the digest; returns the message's ts. Raises on failure (the caller retries)."""

    def permalink(ref: dict[str, Any]) -> str | None:
        try:
            return str(client.chat_getPermalink(channel=ref["channel"], message_ts=ref["ts"])["permalink"])
        except (SlackApiError, KeyError, TypeError) as exc:
            log.info("no permalink for an approval card: %s", type(exc).__name__)
            return None

    def send(channel: str, digest: Digest) -> str | None:
        response = client.chat_postMessage(
            channel=channel, text=digest_fallback(digest), blocks=digest_blocks(digest, permalink), unfurl_links=False
        )
        return str(response.get("ts") or "") or None

    return send


def web_api_sender(services: Services) -> Sender:
    """The digest sender on a client of its own (SLACK_BOT_TOKEN, SLACK_API_URL), for `remind --now`."""
    from handlers.slack.app import build_client  # app.py imports this module: import when called

    return digest_sender(build_client(services))


def home_section(services: Services, user: str) -> list[Block]:
    """This week's calendar in the App Home (added to home.home_sections by `register`)."""
    return calendar_home_blocks(calendar_of(services).next_days())


def _metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _chosen_time(calendar: Calendar, values: dict[str, str | None]) -> datetime:
    if not values["date"] or not values["time"]:
        raise CalendarError("Pick a day and a time.")
    try:
        day, clock = date.fromisoformat(values["date"]), time.fromisoformat(values["time"])
    except ValueError:
        raise CalendarError("Pick a day and a time from the pickers.") from None
    return datetime.combine(day, clock, tzinfo=calendar.zone)


def save_schedule(calendar: Calendar, view: dict[str, Any], actor: str) -> Entry:
    """What the modal asks: a new entry, a moved entry, or a post scheduled. CalendarError when it cannot."""
    values, metadata = modal_values(view), _metadata(view)
    when = _chosen_time(calendar, values)
    if metadata.get("entry_id"):
        return calendar.move(int(metadata["entry_id"]), when, actor)
    if metadata.get("post_id"):
        return calendar.schedule_post(
            int(metadata["post_id"]), when, actor, platform=values["platform"], title=values["title"]
        )
    return calendar.add(when, values["platform"] or "", values["title"] or "", actor)


def register(app: App, services: Services) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    @guarded("/calendar")
    def calendar_command(body: dict[str, Any], client: WebClient) -> None:
        user, channel = body["user_id"], body.get("channel_id")
        result = run_calendar_command(calendar_of(services), body.get("text") or "", user)
        if result.view is not None:
            tell(client, user, view_fallback(result.view), view_blocks(result.view), channel=channel)
        else:
            tell(client, user, result.message, channel=channel)

    @guarded("schedule button")
    def schedule_clicked(body: dict[str, Any], client: WebClient) -> None:
        user, value = body["user"]["id"], str(body["actions"][0].get("value") or "")
        post_id = value.split(":", 1)[0]
        calendar = calendar_of(services)
        if not post_id.isdigit():
            tell(client, user, "That Schedule button carries no post.", channel=_channel(body))
            return
        info = calendar.posts.info(int(post_id))
        if info is None:
            tell(client, user, f"There is no post #{post_id}.", channel=_channel(body))
            return
        entry = calendar.entry_for_post(info.id)
        modal = schedule_modal(
            calendar.zone,
            metadata={"post_id": info.id, "channel": _channel(body)},
            title=f"Schedule post #{info.id}",
            initial=entry.when if entry else None,
            platform=entry.platform if entry else info.platform,
            entry_title=entry.title if entry else f"Post #{info.id}",
        )
        client.views_open(trigger_id=body["trigger_id"], view=modal)

    @guarded("calendar add button")
    def add_clicked(body: dict[str, Any], client: WebClient) -> None:
        zone = calendar_of(services).zone
        modal = schedule_modal(zone, metadata={"channel": _channel(body)}, title="Add to calendar")
        client.views_open(trigger_id=body["trigger_id"], view=modal)

    @guarded("calendar entry menu")
    def entry_menu(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        choice = str((body["actions"][0].get("selected_option") or {}).get("value") or "")
        verb, _, raw_id = choice.partition(":")
        calendar = calendar_of(services)
        try:
            entry = calendar.get(int(raw_id)) if raw_id.isdigit() else None
        except CalendarError as exc:
            tell(client, user, str(exc), channel=_channel(body))
            return
        if entry is None:
            return
        if verb == "remove":
            result = run_calendar_command(calendar, f"remove {entry.id}", user)
            tell(client, user, result.message, channel=_channel(body))
        elif verb == "move":
            modal = schedule_modal(
                calendar.zone,
                metadata={"entry_id": entry.id, "channel": _channel(body)},
                title=f"Reschedule #{entry.id}",
                initial=entry.when,
                ask_platform=False,
                ask_title=False,
            )
            client.views_open(trigger_id=body["trigger_id"], view=modal)

    def schedule_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        calendar = calendar_of(services)
        try:
            entry = save_schedule(calendar, view, user)
        except CalendarError as exc:
            ack(response_action="errors", errors={_block_for(exc, view): str(exc)[:MAX_FIELD_ERROR]})
            return
        ack()
        message = f"Scheduled #{entry.id} ({entry.title}) for {calendar.describe(entry.when)}."
        try:
            tell(client, user, message, channel=_metadata(view).get("channel"))
        except SlackApiError as exc:
            log.warning("could not confirm a schedule change: %s", exc.response.get("error") if exc.response else "?")

    if home_section not in home.home_sections:
        home.home_sections.append(home_section)
    app.command(COMMAND)(ack=ack_now, lazy=[calendar_command])
    app.action(SCHEDULE_ACTION)(ack=ack_now, lazy=[schedule_clicked])
    app.action(ADD_ACTION)(ack=ack_now, lazy=[add_clicked])
    app.action(ENTRY_MENU_ACTION)(ack=ack_now, lazy=[entry_menu])
    app.view(SCHEDULE_MODAL)(schedule_submitted)


def _block_for(error: CalendarError, view: dict[str, Any]) -> str:
    """The modal's field an error belongs to (the day picker when it is about the time or anything else)."""
    present = {block.get("block_id") for block in view.get("blocks", [])}
    block = {"title": TITLE_BLOCK, "platform": PLATFORM_BLOCK}.get(error.field or "", DATE_BLOCK)
    return block if block in present else DATE_BLOCK


def _channel(body: dict[str, Any]) -> str | None:
    """Where a button was clicked; None in the App Home or a modal (the answer goes by DM)."""
    channel = body.get("channel") or (body.get("container") or {}).get("channel_id")
    if isinstance(channel, dict):
        channel = channel.get("id")
    return str(channel) if channel else None
