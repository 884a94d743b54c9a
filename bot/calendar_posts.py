"""The one place the calendar touches the approvals use case.

The contract (bot.approvals): `get_post(post_id)` returns a Post whose `.state` is one of
pending, changes_requested, approved, expired, blocked; `set_schedule(post_id, when_utc | None,
actor)` records when a post goes out (None: unscheduled); `expire_overdue(now)` marks posts not
approved by their time. The calendar never writes the approvals tables itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

log = logging.getLogger(__name__)

POST_STATES = ("pending", "changes_requested", "approved", "expired", "blocked")
# A post in these states cannot go out as it is: the calendar refuses to schedule it. (An expired post
# may be rescheduled: approvals reopens it when its new time is in the future.)
UNSCHEDULABLE = {"blocked": "the guardrails block its text; edit it first"}


class PostLinkError(ValueError):
    """A post cannot be put on the calendar; the message is for the person who asked."""


class Approvals(Protocol):
    def get_post(self, post_id: int) -> Any: ...

    def set_schedule(self, post_id: int, when_utc: datetime | None, actor: str) -> Any: ...


@dataclass(frozen=True)
class PostInfo:
    id: int
    state: str
    platform: str | None
    card_ref: dict[str, Any] | None


class PostBridge:
    """Reads post states and records schedules through the approvals use case, when there is one."""

    def __init__(self, approvals: Approvals | None) -> None:
        self.approvals = approvals

    @property
    def available(self) -> bool:
        return self.approvals is not None

    def info(self, post_id: int) -> PostInfo | None:
        """The post's state and where its approval card is; None when it does not exist."""
        if self.approvals is None:
            return None
        try:
            post = self.approvals.get_post(post_id)
        except LookupError:
            return None
        except Exception as exc:  # approvals raise their own not-found error; anything else is logged
            if getattr(exc, "code", None) == "not_found":
                return None
            log.warning("cannot read post %s: %s", post_id, type(exc).__name__)
            return PostInfo(post_id, "unknown", None, None)
        if post is None:
            return None
        card_ref = getattr(post, "card_ref", None)
        return PostInfo(
            id=int(post.id),
            state=str(post.state),
            platform=getattr(post, "platform", None),
            card_ref=card_ref if isinstance(card_ref, dict) else None,
        )

    def states(self, post_ids: set[int]) -> dict[int, PostInfo]:
        found = {}
        for post_id in post_ids:
            info = self.info(post_id)
            if info is not None:
                found[post_id] = info
        return found

    def check_schedulable(self, post_id: int) -> PostInfo:
        if self.approvals is None:
            raise PostLinkError("Posts cannot be scheduled yet: approvals are not set up in this CarePost.")
        info = self.info(post_id)
        if info is None:
            raise PostLinkError(f"There is no post #{post_id}.")
        if info.state in UNSCHEDULABLE:
            raise PostLinkError(f"Post #{post_id} cannot be scheduled: {UNSCHEDULABLE[info.state]}.")
        return info

    def set_schedule(self, post_id: int, when_utc: datetime | None, actor: str) -> None:
        """Tell approvals the post's time (None: no longer scheduled). Their refusal reaches the person."""
        if self.approvals is None:
            return
        try:
            self.approvals.set_schedule(post_id, when_utc, actor)
        except Exception as exc:
            message = getattr(exc, "message", None)
            if message:
                raise PostLinkError(str(message)) from None
            raise

    def expire_overdue(self, now: datetime) -> int:
        """Run approvals' expiry (posts not approved by their time); the number expired, 0 without approvals."""
        expire = getattr(self.approvals, "expire_overdue", None)
        if expire is None:
            return 0
        result = expire(now)
        return len(result) if isinstance(result, list | tuple | set) else int(result or 0)


def bridge_for(services: Any) -> PostBridge:
    """The approvals use case the services carry (`services.approvals`), else the `bot.approvals` module."""
    approvals = getattr(services, "approvals", None)
    if approvals is None:
        try:
            from bot import approvals as module  # optional until the approvals use case lands
        except ImportError:
            return PostBridge(None)
        approvals = module if hasattr(module, "get_post") else None
    return PostBridge(approvals)
