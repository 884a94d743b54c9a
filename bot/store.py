"""SQLite through sqlite-utils: connections, transactions, migrations applied at open, and the audit log.

Each use case keeps its queries in its own module; the tables are named migrations in bot/schema.py,
applied once, in order, and recorded in `_migrations`. The audit log is append-only (SQLite triggers
refuse any UPDATE or DELETE) and each row is sealed to the one before it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.schema import MIGRATIONS, Migration


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
