"""Block Kit for the calendar: `/calendar`'s answer, the Schedule modal, the digest, the App Home section."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Any

from bot.calendar import PLATFORM_NAMES, CalendarView, Slot
from bot.calendar_digest import Digest
from bot.calendar_text import ADD_EXAMPLE
from bot.calendar_when import clock_time, zone_name
from bot.policy import PLATFORMS
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

SCHEDULE_ACTION = "schedule_post"  # the Schedule button on an approved post (value: the post id)
ADD_ACTION = "calendar_add"
ENTRY_MENU_ACTION = "calendar_entry_menu"
SCHEDULE_MODAL = "calendar_schedule"
DATE_BLOCK, DATE_INPUT = "calendar_date", "date"
TIME_BLOCK, TIME_INPUT = "calendar_time", "time"
PLATFORM_BLOCK, PLATFORM_INPUT = "calendar_platform", "platform"
TITLE_BLOCK, TITLE_INPUT = "calendar_title", "title"
MAX_ENTRY_SECTIONS = 30  # past this the view lists entries compactly, without a menu each

STATE_MARK = {
    "unplanned": ":spiral_note_pad:",
    "pending": ":hourglass_flowing_sand:",
    "changes_requested": ":leftwards_arrow_with_hook:",
    "approved": ":white_check_mark:",
    "expired": ":alarm_clock:",
    "blocked": ":no_entry:",
    "unknown": ":grey_question:",
}
Permalink = Callable[[dict[str, Any]], str | None]


def schedule_button(post_id: int) -> dict[str, Any]:
    """The button approvals can put on an approved post's card: opens the Schedule modal."""
    return button("Schedule", SCHEDULE_ACTION, str(post_id))


def _day(day: date) -> str:
    return f"{day:%a %b} {day.day}"


def slot_line(slot: Slot, zone: tzinfo, *, with_day: bool = False) -> str:
    local = slot.entry.when.astimezone(zone)
    when = (f"{_day(local.date())}, " if with_day else "") + clock_time(local)
    platform = PLATFORM_NAMES.get(slot.entry.platform, slot.entry.platform)
    mark = STATE_MARK.get(slot.state, "•")
    return f"`#{slot.entry.id}` *{when}* · {platform} · {escape(slot.entry.title)}  {mark} _{slot.state_label}_"


def _entry_menu(entry_id: int) -> dict[str, Any]:
    options = [("Reschedule", f"move:{entry_id}"), ("Remove", f"remove:{entry_id}")]
    return {
        "type": "overflow",
        "action_id": ENTRY_MENU_ACTION,
        "options": [{"text": {"type": "plain_text", "text": text}, "value": value} for text, value in options],
    }


def _packed(lines: list[str]) -> list[Block]:
    """Lines gathered into as few sections as Slack's 3,000 characters allow."""
    blocks: list[Block] = []
    chunk: list[str] = []
    for line in lines:
        if chunk and len("\n".join([*chunk, line])) > MAX_SECTION_CHARS - 100:
            blocks.append(mrkdwn_section("\n".join(chunk)))
            chunk = []
        chunk.append(clip(line, MAX_SECTION_CHARS - 100))
    if chunk:
        blocks.append(mrkdwn_section("\n".join(chunk)))
    return blocks


def view_blocks(view: CalendarView) -> list[Block]:
    """`/calendar`: one section a slot with a Reschedule/Remove menu (compact lines for a busy month)."""
    title = f"Calendar {_day(view.first_day)} to {_day(view.last_day)}"
    note = f"Times in {zone_name(view.zone)}. Entry numbers work with /calendar move and remove."
    blocks: list[Block] = [header(title), context(note)]
    if not view.slots:
        blocks.append(mrkdwn_section(f"Nothing is planned in these days. Add a post: `{ADD_EXAMPLE}`"))
    elif len(view.slots) <= MAX_ENTRY_SECTIONS:
        blocks += [
            mrkdwn_section(slot_line(s, view.zone, with_day=True), accessory=_entry_menu(s.entry.id))
            for s in view.slots
        ]
    else:
        blocks += _packed([slot_line(s, view.zone, with_day=True) for s in view.slots])
    extras: list[str] = []
    if view.gaps:
        extras.append("*Gaps against the posting plan*\n" + "\n".join(f"• {g.describe()}" for g in view.gaps))
    if view.occurrences:
        lines = [f"• {escape(o.name)}: {_span(o.start, o.end)}" for o in view.occurrences[:25]]
        more = len(view.occurrences) - 25
        extras.append("*Health observances*\n" + "\n".join(lines) + (f"\n…and {more} more" if more > 0 else ""))
    if view.suggestions:
        extras.append("*Suggestions*\n" + "\n".join(f":bulb: {escape(s.text)}" for s in view.suggestions))
    blocks += [mrkdwn_section(text) for text in extras]
    blocks.append({"type": "actions", "elements": [button("Add to the calendar", ADD_ACTION, style="primary")]})
    return _fit(blocks)


def _span(first: date, last: date) -> str:
    return _day(first) if first == last else f"{_day(first)} to {_day(last)}"


def _fit(blocks: list[Block]) -> list[Block]:
    if len(blocks) <= MAX_MESSAGE_BLOCKS:
        return blocks
    keep = blocks[: MAX_MESSAGE_BLOCKS - 2]
    keep.append(context("More than Slack can show here: `python -m bot calendar --month` lists it all."))
    keep.append(blocks[-1])
    return keep


def view_fallback(view: CalendarView) -> str:
    return f"Calendar {_day(view.first_day)} to {_day(view.last_day)}: {len(view.slots)} planned"


def schedule_modal(
    zone: tzinfo,
    *,
    metadata: dict[str, Any],
    title: str = "Schedule a post",
    initial: datetime | None = None,
    platform: str | None = None,
    entry_title: str | None = None,
    ask_title: bool = True,
    ask_platform: bool = True,
) -> dict[str, Any]:
    """Date and time pickers (in the team's zone), and the platform and title when they are not known."""
    date_element: dict[str, Any] = {"type": "datepicker", "action_id": DATE_INPUT}
    time_element: dict[str, Any] = {"type": "timepicker", "action_id": TIME_INPUT}
    if initial is not None:
        local = initial.astimezone(zone)
        date_element["initial_date"] = local.date().isoformat()
        time_element["initial_time"] = local.strftime("%H:%M")
    else:
        time_element["initial_time"] = "09:00"
    blocks: list[Block] = [
        {"type": "input", "block_id": DATE_BLOCK, "label": _plain("Day"), "element": date_element},
        {
            "type": "input",
            "block_id": TIME_BLOCK,
            "label": _plain("Time"),
            "hint": _plain(f"In {zone_name(zone)}, the team's time zone."),
            "element": time_element,
        },
    ]
    if ask_platform:
        options = [{"text": _plain(PLATFORM_NAMES[p]), "value": p} for p in PLATFORMS]
        select: dict[str, Any] = {"type": "static_select", "action_id": PLATFORM_INPUT, "options": options}
        if platform in PLATFORMS:
            select["initial_option"] = next(o for o in options if o["value"] == platform)
        blocks.append({"type": "input", "block_id": PLATFORM_BLOCK, "label": _plain("Platform"), "element": select})
    if ask_title:
        field: dict[str, Any] = {"type": "plain_text_input", "action_id": TITLE_INPUT, "max_length": 200}
        if entry_title:
            field["initial_value"] = entry_title[:200]
        blocks.append({"type": "input", "block_id": TITLE_BLOCK, "label": _plain("Title"), "element": field})
    return modal(
        SCHEDULE_MODAL,
        title,
        submit="Save",
        metadata=metadata,
        blocks=blocks,
    )


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def modal_values(view: dict[str, Any]) -> dict[str, str | None]:
    """The Schedule modal's answers: date (YYYY-MM-DD), time (HH:MM), platform and title (None when absent)."""
    values = view.get("state", {}).get("values", {})

    def field(block: str, action: str, key: str) -> Any:
        return (values.get(block, {}).get(action) or {}).get(key)

    option = field(PLATFORM_BLOCK, PLATFORM_INPUT, "selected_option") or {}
    return {
        "date": field(DATE_BLOCK, DATE_INPUT, "selected_date"),
        "time": field(TIME_BLOCK, TIME_INPUT, "selected_time"),
        "platform": option.get("value"),
        "title": field(TITLE_BLOCK, TITLE_INPUT, "value"),
    }


def digest_blocks(digest: Digest, permalink: Permalink | None = None) -> list[Block]:
    """The daily digest: a header and a section per part; each item links to its approval card or a command."""
    if digest.empty:
        return [mrkdwn_section(escape(digest.empty_line))]
    blocks: list[Block] = [header(digest.headline)]
    for section in digest.sections:
        lines = [f"*{escape(section.title)}*"]
        for item in section.items:
            link = permalink(item.card_ref) if permalink and item.card_ref else None
            where = f"<{link}|approval card>" if link else f"`{escape(item.action)}`"
            lines.append(f"• {escape(item.text)}  ({where})")
        blocks += _packed(lines)
    return _fit(blocks)


def digest_fallback(digest: Digest) -> str:
    if digest.empty:
        return digest.empty_line
    counts = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in digest.counts().items())
    return f"{digest.headline}: {counts}"


def home_section(view: CalendarView) -> list[Block]:
    """This week's calendar for the App Home (at most a dozen lines; /calendar has the rest)."""
    blocks: list[Block] = [header("This week's calendar")]
    if not view.slots:
        blocks.append(mrkdwn_section(f"Nothing is planned this week. `{ADD_EXAMPLE}` adds a post."))
    else:
        lines = [slot_line(s, view.zone, with_day=True) for s in view.slots[:12]]
        if len(view.slots) > 12:
            lines.append(f"…and {len(view.slots) - 12} more: `/calendar`")
        blocks += _packed(lines)
    notes = [g.describe() for g in view.gaps] + [s.text for s in view.suggestions]
    if notes:
        blocks.append(context(*(escape(n) for n in notes[:10])))
    return blocks
