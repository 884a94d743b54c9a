"""Answering one person privately: ephemeral in the channel they used, or a direct message.

Slack refuses an ephemeral message where the bot is not a member (a DM between two people, a
private channel it was not invited to); then the answer goes to the person's DM with CarePost
instead, so nobody is left without a reply. Failures are logged by error code, never with text.
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.slack.report_blocks import Block, clip, fit_blocks

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 3000
# Errors meaning "not here": try the person's DM instead.
_NOT_HERE = {"channel_not_found", "not_in_channel", "user_not_in_channel", "is_archived", "restricted_action"}
OOPS = "Sorry, CarePost could not finish that because of a problem on our side. Please try again in a minute."


def open_dm(client: WebClient, user: str) -> str:
    """The id of the person's direct-message channel with CarePost."""
    response = client.conversations_open(users=user)
    return str(response["channel"]["id"])


def post_dm(client: WebClient, user: str, text: str, blocks: list[Block] | None = None) -> tuple[str, str]:
    """A direct message to `user`; returns (channel, ts) so it can be updated later."""
    channel = open_dm(client, user)
    response = client.chat_postMessage(channel=channel, text=clip(text, MAX_TEXT_CHARS), blocks=_fit(blocks))
    return channel, str(response["ts"])


def tell(
    client: WebClient, user: str, text: str, blocks: list[Block] | None = None, channel: str | None = None
) -> None:
    """Ephemeral to `user` in `channel` when there is one, else (or when refused) a direct message."""
    if channel and not channel.startswith("D"):
        try:
            client.chat_postEphemeral(
                channel=channel, user=user, text=clip(text, MAX_TEXT_CHARS), blocks=_fit(blocks)
            )
            return
        except SlackApiError as exc:
            error = exc.response.get("error") if exc.response is not None else None
            if error not in _NOT_HERE:
                raise
            log.info("ephemeral reply refused (%s); sending a direct message instead", error)
    post_dm(client, user, text, blocks)


def _fit(blocks: list[Block] | None) -> list[Block] | None:
    return fit_blocks(blocks) if blocks else None


def guarded(kind: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Wrap a lazy listener: an unexpected error is logged by type and the person gets a short apology.

    The listener's keyword arguments are Bolt's (body, client, ...); `kind` names the request in logs.
    """

    def decorate(listener: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(listener)
        def run(**kwargs: Any) -> None:
            try:
                listener(**kwargs)
            except Exception as exc:
                log.error("%s failed: %s at %s", kind, type(exc).__name__, _where(exc))
                body, client = kwargs.get("body") or {}, kwargs.get("client")
                user = _user_of(body)
                if client is not None and user:
                    try:
                        tell(client, user, OOPS, channel=_channel_of(body))
                    except Exception as reply_error:  # the apology itself failed: log, never raise
                        log.error("%s: could not tell the person: %s", kind, type(reply_error).__name__)

        return run

    return decorate


def _where(exc: BaseException) -> str:
    """Where an error was raised (file:line), without its message: messages may quote what people wrote."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


def _user_of(body: dict[str, Any]) -> str | None:
    user = body.get("user_id") or body.get("user")
    if isinstance(user, dict):
        user = user.get("id")
    return user if isinstance(user, str) else None


def _channel_of(body: dict[str, Any]) -> str | None:
    channel = body.get("channel_id") or body.get("channel")
    if isinstance(channel, dict):
        channel = channel.get("id")
    return channel if isinstance(channel, str) else None
