"""Channels reviewed as people write: which ones, and what CarePost has said about each message.

A watched message gets one reaction for its verdict and, unless it passes, one reply with the
findings. When the message is edited it is reviewed again, and the stored state says which
reaction to take off and which reply to update, so nothing is posted twice. The text itself is
never stored here, only its hash (an edit that leaves the text as it was changes nothing).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from bot.config import Settings
from bot.guardrails.findings import Report
from bot.policy import Policy
from bot.store import Store, text_hash, utc_now

ReplyStep = Literal["none", "post", "update"]
_LOCK_STRIPES = 64


def watched_channels(settings: Settings, policy: Policy) -> frozenset[str]:
    """WATCH_CHANNELS and the policy file's watch_channels, together."""
    return frozenset(c.strip() for c in [*settings.watch_channels, *policy.watch_channels] if c.strip())


def revision_key(revision: str) -> tuple[int, int]:
    """Chat timestamps ("1700000000.000100") in time order; anything unreadable sorts first."""
    whole, _, fraction = revision.partition(".")
    try:
        return int(whole), int(fraction or 0)
    except ValueError:
        return -1, -1


@dataclass(frozen=True, slots=True)
class WatchedMessage:
    channel: str
    message_id: str
    author: str | None
    revision: str
    text_hash: str
    verdict: str
    findings: int
    reaction: str | None
    reply_id: str | None
    reviews: int


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What to change in the chat after a review, given what is already there."""

    remove_reaction: str | None
    add_reaction: str | None
    reply: ReplyStep

    @property
    def nothing(self) -> bool:
        return self.remove_reaction is None and self.add_reaction is None and self.reply == "none"


def plan_follow_up(previous: WatchedMessage | None, verdict: str, reaction: str) -> FollowUp:
    """One reaction for the verdict; a reply unless it passes, updated (never repeated) after an edit."""
    current = previous.reaction if previous else None
    remove = current if current and current != reaction else None
    add = reaction if current != reaction else None
    if previous is not None and previous.reply_id:
        reply: ReplyStep = "update"
    elif verdict != "pass":
        reply = "post"
    else:
        reply = "none"
    return FollowUp(remove_reaction=remove, add_reaction=add, reply=reply)


class WatchLog:
    """The per-message review state of watched channels, in SQLite."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._locks = [threading.Lock() for _ in range(_LOCK_STRIPES)]

    @contextmanager
    def handling(self, channel: str, message_id: str) -> Iterator[None]:
        """Serialise work on one message (its first sighting and a quick edit may arrive together)."""
        lock = self._locks[hash((channel, message_id)) % _LOCK_STRIPES]
        with lock:
            yield

    def get(self, channel: str, message_id: str) -> WatchedMessage | None:
        row = self.store.db.execute(
            "SELECT channel, message_id, author, revision, text_hash, verdict, findings, reaction, reply_id, reviews "
            "FROM watched_messages WHERE channel = ? AND message_id = ?",
            [channel, message_id],
        ).fetchone()
        return WatchedMessage(*row) if row else None

    def is_news(self, channel: str, message_id: str, revision: str, text: str) -> bool:
        """False for a revision older than the one reviewed, or an edit that left the text as it was."""
        previous = self.get(channel, message_id)
        if previous is None:
            return True
        if revision_key(revision) < revision_key(previous.revision):
            return False
        return text_hash(text) != previous.text_hash

    def record_review(
        self, channel: str, message_id: str, author: str | None, revision: str, text: str, report: Report
    ) -> None:
        """Store (or replace) the message's review, and add it to the audit log."""
        now = utc_now()
        hashed = text_hash(text)
        with self.store.transaction() as db:
            db.execute(
                """
                INSERT INTO watched_messages
                    (channel, message_id, author, revision, text_hash, verdict, findings,
                     first_reviewed_at, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (channel, message_id) DO UPDATE SET
                    revision = excluded.revision, text_hash = excluded.text_hash, verdict = excluded.verdict,
                    findings = excluded.findings, reviewed_at = excluded.reviewed_at, reviews = reviews + 1
                """,
                [channel, message_id, author, revision, hashed, report.verdict, len(report.findings), now, now],
            )
            self.store.audit(
                author or "unknown",
                "watch.review",
                subject=f"message:{channel}/{message_id}",
                text=text,
                details={"verdict": report.verdict, "findings": len(report.findings), "revision": revision},
            )

    def set_reaction(self, channel: str, message_id: str, reaction: str | None) -> None:
        self.store.db.execute(
            "UPDATE watched_messages SET reaction = ? WHERE channel = ? AND message_id = ?",
            [reaction, channel, message_id],
        )

    def set_reply(self, channel: str, message_id: str, reply_id: str) -> None:
        self.store.db.execute(
            "UPDATE watched_messages SET reply_id = ? WHERE channel = ? AND message_id = ?",
            [reply_id, channel, message_id],
        )

    def count(self, channel: str | None = None) -> int:
        if channel is None:
            return int(self.store.db.execute("SELECT COUNT(*) FROM watched_messages").fetchone()[0])
        return int(
            self.store.db.execute("SELECT COUNT(*) FROM watched_messages WHERE channel = ?", [channel]).fetchone()[0]
        )
