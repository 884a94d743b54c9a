"""Web API calls that outlast Slack's rate limits instead of dropping the work.

The shared WebClient already retries a 429 a few times, honouring Retry-After. A burst (a hundred
messages in a watched channel at once) can outlast those retries; here the call waits again, and
every other thread calling the same method waits out the same Retry-After instead of adding to
the pile. Errors other than rate limits are raised at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_ATTEMPTS = 6
MAX_WAIT_SECONDS = 120.0
DEFAULT_WAIT_SECONDS = 1.0


class Pacer:
    """Per-method cool-downs learned from 429 answers, shared by every thread."""

    def __init__(self, *, attempts: int = MAX_ATTEMPTS, max_wait: float = MAX_WAIT_SECONDS) -> None:
        self.attempts = attempts
        self.max_wait = max_wait
        self._lock = threading.Lock()
        self._resume_at: dict[str, float] = {}

    def call(self, method: str, request: Callable[[], T]) -> T:
        """Run `request` (one Web API call of `method`), waiting out rate limits; raise anything else."""
        for attempt in range(1, self.attempts + 1):
            self._wait_turn(method)
            try:
                return request()
            except SlackApiError as exc:
                if not is_rate_limited(exc) or attempt == self.attempts:
                    raise
                wait = min(retry_after(exc), self.max_wait)
                log.info("%s rate limited (attempt %d); waiting %.1fs", method, attempt, wait)
                with self._lock:
                    self._resume_at[method] = max(self._resume_at.get(method, 0.0), time.monotonic() + wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_turn(self, method: str) -> None:
        with self._lock:
            resume_at = self._resume_at.get(method, 0.0)
        delay = resume_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)


def is_rate_limited(exc: SlackApiError) -> bool:
    response = exc.response
    if response is None:
        return False
    return response.status_code == 429 or response.get("error") == "ratelimited"


def retry_after(exc: SlackApiError) -> float:
    """Slack's Retry-After in seconds (header names in any case), or a short default."""
    headers = getattr(exc.response, "headers", None) or {}
    for name, value in headers.items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(0.0, float(raw))
            except (TypeError, ValueError):
                break
    return DEFAULT_WAIT_SECONDS


def api_error(exc: SlackApiError) -> str:
    """The Web API's error code (never the request's content), for logs and decisions."""
    response = exc.response
    return str(response.get("error") if response is not None else "no_response")
