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


# Named migrations, applied in this order. Append new ones; never edit or reorder applied ones.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_audit_log", _audit_log),
    ("0002_events_seen", _events_seen),
]


class Store:
    """One SQLite file. Each thread gets its own connection (WAL lets readers and a writer share)."""

    def __init__(self, path: str | Path, migrations: list[tuple[str, Migration]] | None = None) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.RLock()
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
        cursor = self.db.execute(
            "INSERT INTO audit_log (at, actor, action, subject, text_hash, details) VALUES (?, ?, ?, ?, ?, ?)",
            [
                utc_now(),
                actor,
                action,
                subject,
                text_hash(text) if text is not None else None,
                json.dumps(details or {}, sort_keys=True, default=str),
            ],
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
