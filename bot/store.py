"""SQLite through sqlite-utils: the connection, the schema's migrations, and the audit log.

Each use case keeps its queries in its own module and its tables in a named migration here,
applied once, in order, and recorded in `_migrations`. The audit log is append-only: SQLite
triggers refuse any UPDATE or DELETE of its rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


def utc_now() -> str:
    """The time as stored everywhere: ISO 8601 in UTC, to the microsecond."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def text_hash(text: str) -> str:
    """SHA-256 of the exact text, as approvals and the audit log bind to it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def audit_chain_hash(
    previous: str, at: str, actor: str, action: str, subject: str | None, hashed: str | None, details: str
) -> str:
    """An audit row's seal: SHA-256 over the previous row's seal and this row's fields, so an edit shows."""
    fields = [previous, at, actor, action, subject, hashed, details]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _audit_log(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT,
            text_hash TEXT,
            details TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX audit_log_at ON audit_log(at)")
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def _events_seen(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE events_seen (source TEXT NOT NULL, event_id TEXT NOT NULL, seen_at TEXT NOT NULL, "
        "PRIMARY KEY (source, event_id))"
    )


def _append_only(db: sqlite_utils.Database, table: str) -> None:
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


def _approvals(db: sqlite_utils.Database) -> None:
    """Posts submitted for approval, their immutable versions, and the decisions on each version."""
    db.execute(
        """
        CREATE TABLE posts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            author TEXT NOT NULL,
            platform TEXT,
            state TEXT NOT NULL
                CHECK (state IN ('pending', 'changes_requested', 'approved', 'expired', 'blocked')),
            current_version INTEGER NOT NULL DEFAULT 1,
            scheduled_for TEXT,
            draft_id TEXT,
            model TEXT,
            prompt_version TEXT,
            source TEXT,
            card_ref TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX posts_author ON posts(author, id)")
    db.execute("CREATE INDEX posts_state ON posts(state, scheduled_for)")
    db.execute(
        """
        CREATE TABLE post_versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            post_id INTEGER NOT NULL REFERENCES posts(id),
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('block', 'revise', 'pass')),
            review TEXT NOT NULL,
            patient_story INTEGER NOT NULL DEFAULT 0,
            UNIQUE (post_id, number)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            post_id INTEGER NOT NULL REFERENCES posts(id),
            version_id INTEGER NOT NULL REFERENCES post_versions(id),
            text_hash TEXT NOT NULL,
            actor TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('approve', 'request_changes')),
            reason TEXT,
            compliance INTEGER NOT NULL DEFAULT 0,
            outcome TEXT CHECK (outcome IN ('approved', 'changes_requested')),
            at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX decisions_post ON decisions(post_id, id)")
    # One approval per person per version, and one final outcome per version: two people clicking
    # at once can never both complete (or both reject) the same version.
    db.execute(
        "CREATE UNIQUE INDEX decisions_one_approval_each ON decisions(version_id, actor) WHERE decision = 'approve'"
    )
    db.execute("CREATE UNIQUE INDEX decisions_one_outcome ON decisions(version_id) WHERE outcome IS NOT NULL")
    _append_only(db, "post_versions")
    _append_only(db, "decisions")
    db.execute("CREATE INDEX audit_log_subject ON audit_log(subject, id)")


def _audit_chain(db: sqlite_utils.Database) -> None:
    """Seal each new audit row with a hash over the previous row's seal (see audit_chain_hash)."""
    db.execute("ALTER TABLE audit_log ADD COLUMN chain TEXT")
    db.execute("CREATE TABLE audit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "INSERT INTO audit_meta (key, value) SELECT 'chain_from_id', CAST(COALESCE(MAX(id), 0) + 1 AS TEXT) "
        "FROM audit_log"
    )
    _append_only(db, "audit_meta")


def _calendar_entries(db: sqlite_utils.Database) -> None:
    """The content calendar: a slot (UTC time, platform, title), optionally a post; removal keeps the row."""
    db.execute(
        """
        CREATE TABLE calendar_entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            when_utc TEXT NOT NULL,
            platform TEXT NOT NULL,
            title TEXT NOT NULL,
            post_id INTEGER REFERENCES posts(id),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            removed_at TEXT,
            removed_by TEXT
        )
        """
    )
    db.execute("CREATE INDEX calendar_entries_when ON calendar_entries(when_utc) WHERE removed_at IS NULL")
    # A post sits in one slot at a time.
    db.execute(
        "CREATE UNIQUE INDEX calendar_entries_one_per_post ON calendar_entries(post_id) "
        "WHERE post_id IS NOT NULL AND removed_at IS NULL"
    )


def _reminder_claims(db: sqlite_utils.Database) -> None:
    """One row per channel and local day, written before the digest is sent (see bot/reminders.py)."""
    db.execute(
        """
        CREATE TABLE reminder_claims (
            channel TEXT NOT NULL,
            day TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'abandoned')),
            claimed_by TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            message_ref TEXT,
            last_error TEXT,
            UNIQUE (channel, day)
        )
        """
    )


def _watched_messages(db: sqlite_utils.Database) -> None:
    """The review of each message in a watched channel, and where its reaction and reply are (bot/watching.py)."""
    db.execute(
        """
        CREATE TABLE watched_messages (
            channel TEXT NOT NULL,
            message_id TEXT NOT NULL,
            author TEXT,
            revision TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('block', 'revise', 'pass')),
            findings INTEGER NOT NULL DEFAULT 0,
            reaction TEXT,
            reply_id TEXT,
            reviews INTEGER NOT NULL DEFAULT 1,
            first_reviewed_at TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            PRIMARY KEY (channel, message_id)
        )
        """
    )


def _draft_threads(db: sqlite_utils.Database) -> None:
    """Which chat thread is the conversation about which draft (bot/threads.py)."""
    db.execute(
        """
        CREATE TABLE draft_threads (
            channel TEXT NOT NULL,
            thread_id TEXT NOT NULL,
            draft_id TEXT NOT NULL,
            author TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (channel, thread_id)
        )
        """
    )
    db.execute("CREATE INDEX draft_threads_draft ON draft_threads(draft_id)")


def _thread_drafts(db: sqlite_utils.Database) -> None:
    """A thread may hold several drafts (one per platform); keep the message showing each (bot/threads.py)."""
    db.execute(
        """
        CREATE TABLE thread_drafts (
            channel TEXT NOT NULL,
            thread_id TEXT NOT NULL,
            draft_id TEXT NOT NULL,
            author TEXT,
            message_id TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel, thread_id, draft_id)
        )
        """
    )
    db.execute(
        "INSERT INTO thread_drafts (channel, thread_id, draft_id, author, message_id, created_at, updated_at) "
        "SELECT channel, thread_id, draft_id, author, NULL, created_at, created_at FROM draft_threads"
    )
    db.execute("DROP TABLE draft_threads")
    db.execute("CREATE INDEX thread_drafts_draft ON thread_drafts(draft_id)")


def _llm_requests(db: sqlite_utils.Database) -> None:
    """LLM requests kept so they can be retried: what was asked, and how it went (bot/llm_requests.py)."""
    db.execute(
        """
        CREATE TABLE llm_requests (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            payload TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
            error TEXT,
            result TEXT NOT NULL DEFAULT '{}',
            attempts INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


def _drafts(db: sqlite_utils.Database) -> None:
    """Drafts and their immutable versions, each with its provenance and review (bot/drafting_store.py)."""
    db.execute(
        """
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            request_id TEXT,
            topic TEXT NOT NULL,
            options TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE draft_versions (
            draft_id TEXT NOT NULL REFERENCES drafts(id),
            version INTEGER NOT NULL,
            platform TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('created', 'regenerated', 'refined', 'edited')),
            actor TEXT NOT NULL,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            post TEXT NOT NULL,
            hashtags TEXT NOT NULL DEFAULT '[]',
            sources TEXT NOT NULL DEFAULT '[]',
            image_alt_text TEXT,
            instruction TEXT,
            model TEXT,
            prompt_version TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            verdict TEXT NOT NULL CHECK (verdict IN ('block', 'revise', 'pass')),
            review TEXT NOT NULL,
            withheld TEXT NOT NULL DEFAULT '[]',
            request_id TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (draft_id, version)
        )
        """
    )
    db.execute("CREATE INDEX drafts_request ON drafts(request_id)")
    _append_only(db, "draft_versions")


# Named migrations, applied in this order. Append new ones; never edit or reorder applied ones.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_audit_log", _audit_log),
    ("0002_events_seen", _events_seen),
    ("approvals_0001_posts", _approvals),
    ("audit_0002_chain", _audit_chain),
    ("calendar_0001_entries", _calendar_entries),
    ("reminders_0001_claims", _reminder_claims),
    ("watching_0001_messages", _watched_messages),
    ("conversations_0001_draft_threads", _draft_threads),
    ("conversations_0002_thread_drafts", _thread_drafts),
    ("llm_0001_requests", _llm_requests),
    ("drafting_0001_drafts", _drafts),
]


class Store:
    """One SQLite file. Each thread gets its own connection (WAL lets readers and a writer share)."""

    def __init__(self, path: str | Path, migrations: list[tuple[str, Migration]] | None = None) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._audit_chained: bool | None = None
        self._migrate(migrations if migrations is not None else MIGRATIONS)

    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            db = sqlite_utils.Database(conn)
            self._local.db = db
        return db

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """An immediate (write-locking) transaction: what it reads stays true until it commits."""
        db = self.db
        with self._write_lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            else:
                db.execute("COMMIT")

    def _migrate(self, migrations: list[tuple[str, Migration]]) -> None:
        with self.transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            done = {row[0] for row in db.execute("SELECT name FROM _migrations").fetchall()}
            for name, migration in migrations:
                if name in done:
                    continue
                migration(db)
                db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [name, utc_now()])

    def audit(
        self,
        actor: str,
        action: str,
        *,
        subject: str | None = None,
        text: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        """Append one row to the audit log. The text itself is never stored here, only its hash."""
        fields = (
            actor,
            action,
            subject,
            text_hash(text) if text is not None else None,
            json.dumps(details or {}, sort_keys=True, default=str),
        )
        if self.db.conn.in_transaction:
            return self._append_audit(self.db, fields)
        with self.transaction() as db:
            return self._append_audit(db, fields)

    def _append_audit(self, db: sqlite_utils.Database, fields: tuple[Any, ...]) -> int:
        """Insert under the write lock, sealed to the previous row when the chain migration is applied."""
        at = utc_now()
        if self._audit_chained is None:
            columns = {row[1] for row in db.execute("PRAGMA table_info(audit_log)").fetchall()}
            self._audit_chained = "chain" in columns
        if not self._audit_chained:
            cursor = db.execute(
                "INSERT INTO audit_log (at, actor, action, subject, text_hash, details) VALUES (?, ?, ?, ?, ?, ?)",
                [at, *fields],
            )
            return int(cursor.lastrowid)
        last = db.execute("SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        chain = audit_chain_hash((last[0] or "") if last else "", at, *fields)
        cursor = db.execute(
            "INSERT INTO audit_log (at, actor, action, subject, text_hash, details, chain) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, *fields, chain],
        )
        return int(cursor.lastrowid)

    def first_sighting(self, source: str, event_id: str) -> bool:
        """True the first time `source` delivers `event_id`, False for every redelivery (atomic)."""
        try:
            self.db.execute(
                "INSERT INTO events_seen (source, event_id, seen_at) VALUES (?, ?, ?)", [source, event_id, utc_now()]
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.conn.close()
            self._local.db = None
