"""`/review`, its paste-it-here modal, and the message shortcut "Review with guardrails".

Each acknowledges at once; the review and the reply happen in a lazy listener. The report goes to
the person who asked only: ephemeral where they typed the command, or a DM for the shortcut.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.guardrails import MAX_TEXT_CHARS, Report, ReviewInputError
from bot.guardrails.platform import BUILT_IN
from bot.services import Services
from handlers.slack import opinion
from handlers.slack.blocks import (
    button,
    modal,
)
from handlers.slack.options import plain_text, review_request
from handlers.slack.replies import guarded, post_dm, tell
from handlers.slack.report_blocks import (
    SUBMIT_ACTION,
    report_blocks,
    report_fallback,
    submit_value,
)

log = logging.getLogger(__name__)

COMMAND = "/review"
MODAL = "review_modal"
SHORTCUT = "review_message"
TEXT_BLOCK, TEXT_INPUT = "review_text", "text"
PLATFORM_BLOCK, PLATFORM_INPUT = "review_platform", "platform"
MODAL_TEXT_MAX = 3000  # Slack's plain_text_input allows at most 3,000 characters

ENGINE_ONLY = (
    "This report is from CarePost's guardrail engine alone: no AI second opinion is configured "
    "(an administrator can add one with the OPENAI_* settings)."
)
NO_TEXT_IN_MESSAGE = "That message has no text to review (only files or attachments)."


def review_modal(channel: str | None, platform: str | None = None) -> dict[str, Any]:
    """The modal that asks for the text when `/review` comes alone (or with only `platform:`)."""
    options = [{"text": {"type": "plain_text", "text": name}, "value": name} for name in BUILT_IN]
    select: dict[str, Any] = {"type": "static_select", "action_id": PLATFORM_INPUT, "options": options}
    chosen = next((o for o in options if o["value"] == (platform or "").lower()), None)
    if chosen:
        select["initial_option"] = chosen
    return modal(
        MODAL,
        "Review a post",
        submit="Review",
        metadata={"channel": channel},
        blocks=[
            {
                "type": "input",
                "block_id": TEXT_BLOCK,
                "label": {"type": "plain_text", "text": "The post"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": TEXT_INPUT,
                    "multiline": True,
                    "max_length": MODAL_TEXT_MAX,
                    "placeholder": {"type": "plain_text", "text": "Paste the text you want to publish"},
                },
            },
            {
                "type": "input",
                "block_id": PLATFORM_BLOCK,
                "optional": True,
                "label": {"type": "plain_text", "text": "Platform"},
                "hint": {"type": "plain_text", "text": "Checks its length and hashtag limits."},
                "element": select,
            },
        ],
    )


def report_actions(report: Report, platform: str | None) -> tuple[list[dict[str, Any]], list[str]]:
    """The buttons under a report (Submit for approval unless blocked), and a note when one cannot fit."""
    if report.blocked:
        return [], []
    value = submit_value(text=report.text, platform=platform)
    if not value:
        return [], ["This post is too long for the Submit button: use `/submit` with the text instead."]
    return [button("Submit for approval", SUBMIT_ACTION, value, style="primary")], []


def send_report(
    services: Services,
    client: WebClient,
    *,
    user: str,
    text: str,
    platform: str | None,
    channel: str | None,
    by_dm: bool = False,
) -> None:
    """Review `text` and tell `user`: the engine's report at once, then the LLM's second opinion if any."""
    where = None if by_dm else channel  # no channel: a direct message
    try:
        report = services.review(text, platform)
    except ReviewInputError as exc:
        tell(client, user, f"Cannot review that: {exc}.", channel=where)
        return
    log.info("review for %s: verdict %s, %d findings", user, report.verdict, len(report.findings))
    llm_on = services.llm is not None
    actions, notes = report_actions(report, report.platform.name)
    notes.append(opinion.COMING if llm_on else ENGINE_ONLY)
    blocks = report_blocks(report, show_text=by_dm, notes=notes, actions=actions)
    tell(client, user, report_fallback(report), blocks, channel=where)
    if llm_on:
        opinion.send_second_opinion(services, client, user=user, report=report, channel=where)


def register(app: App, services: Services) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    @guarded("/review")
    def review_command(body: dict[str, Any], client: WebClient) -> None:
        text, platform = review_request(body.get("text") or "")
        if not text:
            client.views_open(trigger_id=body["trigger_id"], view=review_modal(body.get("channel_id"), platform))
            return
        send_report(
            services, client, user=body["user_id"], text=text, platform=platform, channel=body.get("channel_id")
        )

    def ack_modal(ack: Ack, view: dict[str, Any]) -> None:
        text = _modal_text(view)
        if not text.strip():
            ack(response_action="errors", errors={TEXT_BLOCK: "Paste the post to review."})
            return
        ack()

    @guarded("review modal")
    def review_submitted(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        text = _modal_text(view)
        if not text.strip():  # ack_modal asked for the text again; lazy listeners run regardless
            return
        values = view["state"]["values"]
        selected = (values.get(PLATFORM_BLOCK, {}).get(PLATFORM_INPUT) or {}).get("selected_option") or {}
        channel = _metadata(view).get("channel")
        send_report(
            services,
            client,
            user=body["user"]["id"],
            text=text,
            platform=selected.get("value"),
            channel=channel,
            by_dm=not channel,
        )

    @guarded("review shortcut")
    def review_message(body: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        message = body.get("message") or {}
        text = plain_text(message.get("text") or "")
        if not text.strip():
            post_dm(client, user, NO_TEXT_IN_MESSAGE)
            return
        send_report(services, client, user=user, text=text[: MAX_TEXT_CHARS + 1], platform=None, channel=None,
                    by_dm=True)

    app.command(COMMAND)(ack=ack_now, lazy=[review_command])
    app.view(MODAL)(ack=ack_modal, lazy=[review_submitted])
    app.shortcut(SHORTCUT)(ack=ack_now, lazy=[review_message])
    opinion.register(app, services)


def _modal_text(view: dict[str, Any]) -> str:
    field = view.get("state", {}).get("values", {}).get(TEXT_BLOCK, {}).get(TEXT_INPUT) or {}
    return str(field.get("value") or "")


def _metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
