"""The database schema: every table, index and trigger, as named migrations applied once, in order.

Append new migrations to MIGRATIONS; never edit or reorder one that has shipped. Tables whose rows
are records (the audit log, post versions, decisions) are append-only: triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


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
    """Seal each new audit row with a hash over the previous row's seal (see bot.store.audit_chain_hash)."""
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


def _posts_written_by(db: sqlite_utils.Database) -> None:
    """Who wrote a submitted text, when someone else submitted it (the message shortcut)."""
    db.execute("ALTER TABLE posts ADD COLUMN written_by TEXT")


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
    ("approvals_0002_written_by", _posts_written_by),
]
