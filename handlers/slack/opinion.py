"""The LLM's second opinion on a reviewed post: sent after the engine's report, with a Retry when it fails.

The engine's report goes out first (in milliseconds); the opinion follows as its own message when
the LLM answers. It is advice: the engine's verdict stands. What was withheld from the LLM (PHI)
is said every time.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.guardrails import Report
from bot.llm import LLMError
from bot.second_opinion import SecondOpinion, SecondOpinionFailed
from bot.services import Services
from handlers.slack.blocks import (
    Block,
    button,
    clip,
    context,
    escape,
    fit_blocks,
    mrkdwn_section,
    quote,
)
from handlers.slack.replies import guarded, in_background, tell
from handlers.slack.report_blocks import SUBMIT_ACTION, VERDICT_TEXT, submit_value

log = logging.getLogger(__name__)

RETRY_ACTION = "second_opinion_retry"
COMING = ":hourglass_flowing_sand: An AI second opinion and a suggested rewrite follow in a moment."
MAX_CONCERNS = 10


def withheld_note(withheld: tuple[str, ...], phi_safe: bool) -> str:
    if withheld:
        return ":lock: Withheld from the AI (replaced by placeholders): " + ", ".join(withheld) + "."
    if phi_safe:
        return ":lock: Sent in full: the AI endpoint is covered by a business associate agreement (LLM_PHI_SAFE)."
    return ":lock: The guardrails found no patient details, so nothing needed withholding from the AI."


def opinion_blocks(opinion: SecondOpinion, platform: str | None, *, phi_safe: bool) -> list[Block]:
    blocks: list[Block] = [
        mrkdwn_section(
            ":robot_face: *AI second opinion* (advice only: the guardrail verdict is what counts)\n"
            + escape(opinion.summary)
        )
    ]
    if opinion.concerns:
        shown = [f"• {escape(clip(c, 400))}" for c in opinion.concerns[:MAX_CONCERNS]]
        if len(opinion.concerns) > MAX_CONCERNS:
            shown.append(f"…and {len(opinion.concerns) - MAX_CONCERNS} more.")
        blocks.append(mrkdwn_section("*Concerns*\n" + "\n".join(shown)))
    blocks.append(mrkdwn_section("*Suggested rewrite*\n" + quote(opinion.rewrite, 2800)))
    rewrite_report = opinion.rewrite_report
    if opinion.rewrite_passes:
        verdict = "The guardrails on this rewrite: " + VERDICT_TEXT.get(rewrite_report.verdict, rewrite_report.verdict)
    else:
        verdict = (
            ":warning: This rewrite still does not pass the guardrails "
            f"({len(rewrite_report.findings)} finding{'s' if len(rewrite_report.findings) != 1 else ''}); "
            "use it only as a starting point and review your own version."
        )
    blocks.append(context(verdict))
    blocks.append(context(withheld_note(opinion.withheld, phi_safe), f"{opinion.model} · {opinion.prompt_version}"))
    value = submit_value(text=opinion.rewrite, platform=platform) if opinion.rewrite_passes else ""
    if value:
        blocks.append({"type": "actions", "elements": [
            button("Submit the rewrite for approval", SUBMIT_ACTION, value, style="primary")
        ]})
    return fit_blocks(blocks)


def failure_blocks(message: str, request_id: str) -> list[Block]:
    return [
        mrkdwn_section(
            f":warning: No AI second opinion this time: {escape(message)}\n"
            "The guardrail report above stands on its own. Your request is saved: press Retry to ask again."
        ),
        {"type": "actions", "elements": [button("Retry", RETRY_ACTION, request_id, style="primary")]},
    ]


def _deliver(
    services: Services, client: WebClient, user: str, channel: str | None, ask: Any
) -> None:
    """Run `ask()` (-> SecondOpinion) and tell `user` the opinion, or the failure with a Retry button."""
    try:
        opinion, platform = ask()
    except SecondOpinionFailed as exc:
        log.info("second opinion failed for %s; request %s kept", user, exc.request_id)
        tell(client, user, "No AI second opinion this time.", failure_blocks(exc.message, exc.request_id), channel)
        return
    except LLMError as exc:
        tell(client, user, f"No AI second opinion: {exc.message}", channel=channel)
        return
    blocks = opinion_blocks(opinion, platform, phi_safe=services.settings.llm_phi_safe)
    tell(client, user, "An AI second opinion on your post, with a suggested rewrite.", blocks, channel)


def send_second_opinion(
    services: Services, client: WebClient, *, user: str, report: Report, channel: str | None
) -> None:
    """The second opinion on the text `report` was made from, to `user` (ephemeral in `channel`, or DM)."""
    platform = report.platform.name

    def ask() -> tuple[SecondOpinion, str | None]:
        return services.second_opinion(report.text, report, platform, actor=user), platform

    in_background("second opinion", lambda: _deliver(services, client, user, channel, ask), client, user, channel)


def register(app: App, services: Services) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    @guarded("second opinion retry")
    def retry_second_opinion(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user = body["user"]["id"]
        channel = (body.get("channel") or {}).get("id")

        def ask() -> tuple[SecondOpinion, str | None]:
            _, report, opinion = services.second_opinions.retry(action.get("value") or "", actor=user)
            return opinion, report.platform.name

        in_background(
            "second opinion retry", lambda: _deliver(services, client, user, channel, ask), client, user, channel
        )

    app.action(RETRY_ACTION)(ack=ack_now, lazy=[retry_second_opinion])
