"""The Bolt app: one WebClient, the shared middleware, and every feature's listeners.

Each feature module exposes `register(app, services)` and is listed in FEATURES. Listeners that
do slow work acknowledge at once and do the work in a lazy listener (Slack's 3-second rule).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.services import Services
from handlers.slack import approvals, calendar, conversations, draft, home, review, watch

log = logging.getLogger(__name__)

# Feature modules, each with `register(app: App, services: Services) -> None`.
# `conversations` stays last: it acknowledges every message event that no listener before it takes.
FEATURES: tuple[ModuleType, ...] = (review, draft, approvals, home, calendar, watch, conversations)

# Lazy listeners (LLM calls, Web API posts) run here; sized for bursts of slow LLM calls.
LISTENER_THREADS = 64


class SlackStartError(RuntimeError):
    """Slack refused the token, or could not be reached; the message says which, in one line."""


def build_client(services: Services, token: str | None = None) -> WebClient:
    """A WebClient on SLACK_API_URL that retries on 429 (honouring Retry-After) and on dropped connections."""
    settings = services.settings
    client = WebClient(token=token or settings.slack_bot_token, base_url=settings.slack_api_url, timeout=15)
    client.retry_handlers.extend([RateLimitErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler()])
    return client


def build_app(
    services: Services,
    *,
    socket_mode: bool = False,
    features: tuple[ModuleType, ...] | None = None,
) -> App:
    """The Bolt app with every feature registered. Verifies the bot token with auth.test."""
    settings = services.settings
    client = build_client(services)
    try:
        app = App(
            client=client,
            signing_secret=None if socket_mode else settings.slack_signing_secret,
            request_verification_enabled=not socket_mode,
            listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="slack-lazy"),
            raise_error_for_unhandled_request=False,
        )
    except BoltError as exc:
        raise SlackStartError(_start_error(str(exc))) from None
    except (OSError, SlackClientError) as exc:  # unreachable, refused, TLS: urllib raises OSError subclasses
        reason = getattr(exc, "reason", None) or exc
        raise SlackStartError(f"cannot reach Slack at {settings.slack_api_url}: {reason}") from None
    app.use(_skip_events_already_handled(services))
    app.error(_report_error)
    for feature in FEATURES if features is None else features:
        feature.register(app, services)
    return app


def _start_error(message: str) -> str:
    if "invalid_auth" in message or "not_authed" in message:
        return "Slack rejected SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token again"
    if "account_inactive" in message or "token_revoked" in message:
        return "SLACK_BOT_TOKEN was revoked: reinstall the app to the workspace"
    first_line = message.strip().splitlines()[0] if message.strip() else "unknown error"
    return f"cannot start the Slack app: {first_line[:200]}"


def _skip_events_already_handled(services: Services) -> Callable[..., BoltResponse | None]:
    """Slack re-sends an event it thinks was missed; answer a repeat with 200 and do nothing."""

    def middleware(body: dict, next: Callable[[], BoltResponse]) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not services.store.first_sighting("slack", event_id):
            log.info("ignoring a repeat of event %s", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return middleware


def _report_error(error: Exception, body: dict, logger: logging.Logger) -> None:
    """Unexpected errors are logged by type and request kind only: never the text people wrote."""
    logger.error("listener failed for a %s request: %s", body.get("type", "?"), type(error).__name__, exc_info=error)
