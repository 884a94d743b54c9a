"""Answering one person privately: ephemeral in the channel they used, or a direct message.

Slack refuses an ephemeral message where the bot is not a member (a DM between two people, a
private channel it was not invited to); then the answer goes to the person's DM with CarePost
instead, so nobody is left without a reply. Failures are logged by error code, never with text.
"""

from __future__ import annotations

import functools
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.slack.blocks import Block, clip, fit_blocks

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


def _apologise(kind: str, exc: Exception, client: WebClient | None, user: str | None, channel: str | None) -> None:
    log.error("%s failed: %s at %s", kind, type(exc).__name__, _where(exc))
    if client is None or not user:
        return
    try:
        tell(client, user, OOPS, channel=channel)
    except Exception as reply_error:  # the apology itself failed: log, never raise
        log.error("%s: could not tell the person: %s", kind, type(reply_error).__name__)


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
                body = kwargs.get("body") or {}
                _apologise(kind, exc, kwargs.get("client"), _user_of(body), _channel_of(body))

        return run

    return decorate


# Work that waits on the LLM runs here, not on Bolt's listener threads: a burst of slow requests
# then queues its LLM calls instead of holding every listener thread, and acknowledgements of new
# requests (which run on those threads) stay fast. It also caps the calls made to the LLM at once.
LLM_WORKERS = 32
_llm_pool: ThreadPoolExecutor | None = None
_llm_pool_lock = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    global _llm_pool
    with _llm_pool_lock:
        if _llm_pool is None:
            _llm_pool = ThreadPoolExecutor(max_workers=LLM_WORKERS, thread_name_prefix="slack-llm")
        return _llm_pool


def in_background(kind: str, work: Callable[[], None], client: WebClient, user: str, channel: str | None) -> None:
    """Run `work` (which calls the LLM) on the LLM pool; an unexpected error is an apology to `user`."""

    def run() -> None:
        try:
            work()
        except Exception as exc:
            _apologise(kind, exc, client, user, channel)

    _pool().submit(run)


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
