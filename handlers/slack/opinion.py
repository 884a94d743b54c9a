"""The LLM's second opinion on a reviewed post, sent after the engine's report. (Placeholder until bot.llm lands.)"""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.guardrails import Report
from bot.services import Services

COMING = ":hourglass_flowing_sand: An AI second opinion and a suggested rewrite follow in a moment."


def llm_of(services: Services) -> Any:
    return getattr(services, "llm", None)


def send_second_opinion(
    services: Services, client: WebClient, *, user: str, report: Report, channel: str | None
) -> None:
    return None
