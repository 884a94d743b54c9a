"""Requests to the LLM that are kept so nothing a person typed is lost: stored before (or when) they
fail, and retried by id. The table is `llm_requests` (migration `llm_0001_requests` in bot/store.py).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.store import Store, utc_now

STALE_AFTER = timedelta(minutes=10)  # a request still "running" after this was cut short (a restart)


@dataclass(frozen=True)
class StoredRequest:
    id: str
    kind: str
    actor: str
    payload: dict[str, Any]
    status: str  # running | done | failed
    error: str | None
    result: dict[str, Any]
    attempts: int
    created_at: str
    updated_at: str


class RequestNotFoundError(LookupError):
    """No stored request has this id."""


class RequestBusyError(RuntimeError):
    """The request is already running (a second Retry click)."""


class RequestLog:
    def __init__(self, store: Store) -> None:
        self.store = store

    def open(self, kind: str, actor: str, payload: dict[str, Any], *, status: str = "running") -> StoredRequest:
        now = utc_now()
        request_id = "req_" + uuid.uuid4().hex[:16]
        self.store.db.execute(
            "INSERT INTO llm_requests (id, kind, actor, payload, status, result, attempts, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '{}', 1, ?, ?)",
            [request_id, kind, actor, json.dumps(payload, sort_keys=True), status, now, now],
        )
        return self.get(request_id)

    def get(self, request_id: str) -> StoredRequest:
        row = self.store.db.execute(
            "SELECT id, kind, actor, payload, status, error, result, attempts, created_at, updated_at "
            "FROM llm_requests WHERE id = ?",
            [request_id],
        ).fetchone()
        if row is None:
            raise RequestNotFoundError(request_id)
        return StoredRequest(
            id=row[0], kind=row[1], actor=row[2], payload=json.loads(row[3]), status=row[4], error=row[5],
            result=json.loads(row[6]), attempts=row[7], created_at=row[8], updated_at=row[9],
        )

    def record(self, request_id: str, result: dict[str, Any]) -> None:
        """Save partial results as they come (e.g. the drafts of the platforms done so far)."""
        self.store.db.execute(
            "UPDATE llm_requests SET result = ?, updated_at = ? WHERE id = ?",
            [json.dumps(result, sort_keys=True), utc_now(), request_id],
        )

    def finish(self, request_id: str, result: dict[str, Any] | None = None) -> None:
        with self.store.transaction() as db:
            if result is not None:
                db.execute(
                    "UPDATE llm_requests SET result = ? WHERE id = ?", [json.dumps(result, sort_keys=True), request_id]
                )
            db.execute(
                "UPDATE llm_requests SET status = 'done', error = NULL, updated_at = ? WHERE id = ?",
                [utc_now(), request_id],
            )

    def fail(self, request_id: str, message: str) -> None:
        self.store.db.execute(
            "UPDATE llm_requests SET status = 'failed', error = ?, updated_at = ? WHERE id = ?",
            [message, utc_now(), request_id],
        )

    def claim_retry(self, request_id: str) -> StoredRequest:
        """Mark a failed (or abandoned) request running again, atomically: one retry at a time."""
        with self.store.transaction() as db:
            row = db.execute("SELECT status, updated_at FROM llm_requests WHERE id = ?", [request_id]).fetchone()
            if row is None:
                raise RequestNotFoundError(request_id)
            status, updated_at = row
            if status == "running" and datetime.fromisoformat(updated_at) > datetime.now(UTC) - STALE_AFTER:
                raise RequestBusyError(request_id)
            if status != "done":
                db.execute(
                    "UPDATE llm_requests SET status = 'running', attempts = attempts + 1, updated_at = ? WHERE id = ?",
                    [utc_now(), request_id],
                )
        return self.get(request_id)
