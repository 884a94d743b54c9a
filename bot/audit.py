"""The audit trail for a compliance officer: export it, and verify that it and the approved texts are intact.

`verify` reads only. It checks that SQLite still refuses changes to the append-only tables (their
triggers), that the log's ids run without a gap to the last id SQLite handed out, that each row still
matches its seal (a SHA-256 chain, see bot.store.audit_chain_hash), that every stored version's text
still hashes to the hash its approvals bound to, and that every approved post's decision is in the log.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from bot.store import audit_chain_hash, text_hash

COLUMNS = ("id", "at", "actor", "action", "subject", "text_hash", "details", "chain")
APPEND_ONLY = ("audit_log", "audit_meta", "post_versions", "decisions")
MAX_LISTED = 20  # problems of one kind listed one by one; past this, counted


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()
    return row is not None


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})").fetchall()]


def export_rows(conn: sqlite3.Connection, since: date | None = None) -> Iterator[dict[str, Any]]:
    """The audit log in id order, from `since` (a UTC day) on."""
    present = set(_columns(conn, "audit_log"))
    columns = [c for c in COLUMNS if c in present]
    sql = f"SELECT {', '.join(columns)} FROM audit_log"
    params: list[Any] = []
    if since is not None:
        sql += " WHERE at >= ?"
        params.append(since.isoformat())
    for row in conn.execute(sql + " ORDER BY id", params):
        yield dict(zip(columns, row, strict=True))


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        row = {**row, "details": json.loads(row["details"] or "{}")}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


@dataclass
class Verification:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: list[str], messages: list[str]) -> None:
        kind.extend(messages[:MAX_LISTED])
        if len(messages) > MAX_LISTED:
            kind.append(f"... and {len(messages) - MAX_LISTED} more like these")


def verify(conn: sqlite3.Connection) -> Verification:
    """Every check, each adding what does not match to `problems` in plain words."""
    result = Verification()
    quick = conn.execute("PRAGMA quick_check").fetchone()[0]
    if quick != "ok":
        result.problems.append(f"SQLite reports the file is damaged: {quick}")
    if not has_table(conn, "audit_log"):
        result.problems.append("there is no audit_log table: this is not a CarePost database")
        return result
    _check_triggers(conn, result)
    _check_ids(conn, result)
    _check_chain(conn, result)
    if has_table(conn, "post_versions") and has_table(conn, "decisions"):
        _check_versions(conn, result)
        _check_decisions(conn, result)
    return result


def _check_triggers(conn: sqlite3.Connection, result: Verification) -> None:
    triggers = {
        name: (sql or "")
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    }
    missing = []
    for table in APPEND_ONLY:
        if not has_table(conn, table):
            continue
        for verb in ("update", "delete"):
            sql = triggers.get(f"{table}_no_{verb}", "")
            if "RAISE(ABORT" not in sql.upper().replace(" ", "") or verb.upper() not in sql.upper():
                missing.append(f"{table} no longer refuses {verb.upper()}: its trigger {table}_no_{verb} is gone")
    result.add(result.problems, missing)
    if not missing:
        result.facts.append("append-only triggers present")


def _check_ids(conn: sqlite3.Connection, result: Verification) -> None:
    ids = [row[0] for row in conn.execute("SELECT id FROM audit_log ORDER BY id")]
    gaps = []
    expected = 1
    for row_id in ids:
        if row_id != expected:
            gaps.append(f"audit rows {expected}..{row_id - 1} are missing (deleted)")
        expected = row_id + 1
    seq_row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    last_issued = seq_row[0] if seq_row else 0
    if last_issued > (ids[-1] if ids else 0):
        gaps.append(f"audit rows {(ids[-1] if ids else 0) + 1}..{last_issued} are missing (deleted from the end)")
    result.add(result.problems, gaps)
    if not gaps:
        result.facts.append(f"{len(ids)} audit rows, ids 1..{len(ids)} without a gap" if ids else "no audit rows yet")


def _check_chain(conn: sqlite3.Connection, result: Verification) -> None:
    if "chain" not in _columns(conn, "audit_log") or not has_table(conn, "audit_meta"):
        result.notes.append("the audit log has no hash chain (migration audit_0002_chain not applied)")
        return
    start_row = conn.execute("SELECT value FROM audit_meta WHERE key = 'chain_from_id'").fetchone()
    if start_row is None:
        result.problems.append("audit_meta has lost chain_from_id: the chain's start is unknown")
        return
    start = int(start_row[0])
    if start > 1:
        result.notes.append(f"audit rows before {start} predate the hash chain and are not sealed")
    broken = []
    previous = ""
    rows = conn.execute(
        "SELECT id, at, actor, action, subject, text_hash, details, chain FROM audit_log ORDER BY id"
    )
    for row_id, at, actor, action, subject, hashed, details, chain in rows:
        if row_id >= start:
            if chain is None:
                broken.append(f"audit row {row_id} has no seal: it was written around the store")
            elif chain != audit_chain_hash(previous, at, actor, action, subject, hashed, details):
                broken.append(f"audit row {row_id} does not match its seal: the row, or the one before it, was changed")
        previous = chain or ""
    result.add(result.problems, broken)
    if not broken:
        result.facts.append("every sealed audit row matches its seal")


def _check_versions(conn: sqlite3.Connection, result: Verification) -> None:
    rows = conn.execute(
        "SELECT v.post_id, v.number, v.text, v.text_hash, p.state, p.current_version FROM post_versions v "
        "JOIN posts p ON p.id = v.post_id ORDER BY v.post_id, v.number"
    ).fetchall()
    bad = []
    approved = 0
    for post_id, number, text, stored_hash, state, current in rows:
        is_approved = state == "approved" and number == current
        approved += is_approved
        if text_hash(text) != stored_hash:
            what = "approved text" if is_approved else "text"
            bad.append(f"post {post_id} version {number}: the {what} no longer matches its SHA-256 (it was changed)")
    result.add(result.problems, bad)
    if not bad:
        result.facts.append(f"{len(rows)} stored versions ({approved} approved) match their hashes")


def _check_decisions(conn: sqlite3.Connection, result: Verification) -> None:
    logged = {
        int(decision_id): hashed
        for decision_id, hashed in conn.execute(
            "SELECT json_extract(details, '$.decision_id'), text_hash FROM audit_log "
            "WHERE action IN ('post.approval', 'post.changes_requested') "
            "AND json_extract(details, '$.decision_id') IS NOT NULL"
        )
    }
    problems = []
    for decision_id, post_id, number, decision_hash, version_hash in conn.execute(
        "SELECT d.id, d.post_id, v.number, d.text_hash, v.text_hash FROM decisions d "
        "JOIN post_versions v ON v.id = d.version_id ORDER BY d.id"
    ):
        if decision_hash != version_hash:
            problems.append(f"decision {decision_id} on post {post_id} is bound to another text than version {number}")
        if decision_id not in logged:
            problems.append(f"decision {decision_id} on post {post_id} is not in the audit log")
        elif logged[decision_id] != decision_hash:
            problems.append(f"decision {decision_id} on post {post_id}: the audit log holds a different text hash")
    for post_id, state, closing in conn.execute(
        "SELECT p.id, p.state, (SELECT d.outcome FROM decisions d JOIN post_versions v ON v.id = d.version_id "
        "WHERE d.post_id = p.id AND v.number = p.current_version AND d.outcome IS NOT NULL) FROM posts p"
    ):
        if state == "approved" and closing != "approved":
            problems.append(f"post {post_id} is marked approved, but no decision approved its current version")
        if closing == "approved" and state != "approved":
            problems.append(f"post {post_id}: its current version was approved, but the post is marked {state}")
    result.add(result.problems, problems)
    if not problems:
        result.facts.append("every decision is bound to its version's hash and recorded in the audit log")


def render(result: Verification) -> str:
    """A plain report: the verdict, what held, what does not match, and notes."""
    if result.problems:
        head = f"audit verification FAILED: {len(result.problems)} problem(s)"
    else:
        head = "audit verification passed"
    lines = [head]
    lines += [f"  problem: {p}" for p in result.problems]
    lines += [f"  ok: {fact}" for fact in result.facts]
    lines += [f"  note: {n}" for n in result.notes]
    return "\n".join(lines)
