"""Chat threads that are conversations about drafts: which drafts a thread holds, and what a reply means.

A reply in a draft's thread refines it ("shorter", "friendlier", "make an Instagram version"). A
thread may hold several drafts (a request for every platform): a reply that names one of their
platforms refines that one; a reply that names a platform none of them has makes a version of the
latest for it; any other reply refines them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.drafting import platform_named_in
from bot.store import Store, utc_now

_ACKNOWLEDGEMENT = re.compile(
    r"^(?:(?:thanks|thank\s+you|thx|ty|great|perfect|awesome|nice|cool|love\s+it|looks\s+(?:good|great)|lgtm|"
    r"ok|okay|got\s+it|sounds\s+good|that'?s\s+(?:great|perfect|good)|will\s+do|done|yes|yep|👍|🙏|🎉|:\+1:|"
    r":thumbsup:|:pray:|:tada:)[\s!.,]*)+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ThreadDraft:
    draft_id: str
    author: str | None
    message_id: str | None


def is_acknowledgement(text: str) -> bool:
    """"Thanks!", "looks good", a thumbs-up: a reply that asks for no new version."""
    return bool(_ACKNOWLEDGEMENT.match(" ".join((text or "").split())))


def drafts_to_refine(drafts: Sequence[tuple[str, str]], instruction: str) -> list[str]:
    """Which of a thread's drafts (id, platform), oldest first, an instruction is about."""
    if not drafts:
        return []
    named = platform_named_in(instruction)
    if named is None:
        return [draft_id for draft_id, _ in drafts]
    matching = [draft_id for draft_id, platform in drafts if platform == named]
    return matching or [drafts[-1][0]]


class DraftThreads:
    """The drafts each thread holds, in SQLite (table `thread_drafts`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def remember(
        self, channel: str, thread_id: str, draft_id: str, author: str | None, message_id: str | None = None
    ) -> None:
        """The thread holds the draft (shown in `message_id`); remembering again updates the message."""
        now = utc_now()
        self.store.db.execute(
            """
            INSERT INTO thread_drafts (channel, thread_id, draft_id, author, message_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (channel, thread_id, draft_id) DO UPDATE SET
                message_id = COALESCE(excluded.message_id, message_id), updated_at = excluded.updated_at
            """,
            [channel, thread_id, draft_id, author, message_id, now, now],
        )

    def drafts_in(self, channel: str, thread_id: str) -> list[ThreadDraft]:
        rows = self.store.db.execute(
            "SELECT draft_id, author, message_id FROM thread_drafts WHERE channel = ? AND thread_id = ? "
            "ORDER BY created_at, rowid",
            [channel, thread_id],
        ).fetchall()
        return [ThreadDraft(*row) for row in rows]

    def holds_drafts(self, channel: str, thread_id: str) -> bool:
        row = self.store.db.execute(
            "SELECT 1 FROM thread_drafts WHERE channel = ? AND thread_id = ? LIMIT 1", [channel, thread_id]
        ).fetchone()
        return row is not None
