"""Reading posts back from SQLite into `Post` objects, and the list queries front ends show."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from bot.approvals_model import Decision, Post, Provenance, Version, parse_utc
from bot.approvals_rules import compliance_required
from bot.policy import Approvals

_POST_COLUMNS = (
    "id, author, platform, state, current_version, scheduled_for, draft_id, model, prompt_version, source, "
    "card_ref, created_at, updated_at, written_by"
)


def _versions(db: sqlite_utils.Database, post_id: int) -> tuple[Version, ...]:
    rows = db.execute(
        "SELECT id, number, text, text_hash, created_by, created_at, verdict, review, patient_story "
        "FROM post_versions WHERE post_id = ? ORDER BY number",
        [post_id],
    ).fetchall()
    return tuple(
        Version(
            id=row[0],
            number=row[1],
            text=row[2],
            text_hash=row[3],
            created_by=row[4],
            created_at=parse_utc(row[5]),
            verdict=row[6],
            review=json.loads(row[7]),
            patient_story=bool(row[8]),
        )
        for row in rows
    )


def _decisions(db: sqlite_utils.Database, post_id: int) -> tuple[Decision, ...]:
    rows = db.execute(
        "SELECT d.id, v.number, d.text_hash, d.actor, d.decision, d.reason, d.compliance, d.outcome, d.at "
        "FROM decisions d JOIN post_versions v ON v.id = d.version_id WHERE d.post_id = ? ORDER BY d.id",
        [post_id],
    ).fetchall()
    return tuple(
        Decision(
            id=row[0],
            version_number=row[1],
            text_hash=row[2],
            actor=row[3],
            decision=row[4],
            reason=row[5],
            compliance=bool(row[6]),
            outcome=row[7],
            at=parse_utc(row[8]),
        )
        for row in rows
    )


def load_post(db: sqlite_utils.Database, post_id: int, rules: Approvals) -> Post | None:
    """The post with every version and decision, or None when there is no such post."""
    row = db.execute(f"SELECT {_POST_COLUMNS} FROM posts WHERE id = ?", [post_id]).fetchone()
    if row is None:
        return None
    versions = _versions(db, post_id)
    if not versions or versions[-1].number != row[4]:
        raise RuntimeError(f"post {post_id}: its current version {row[4]} is not stored")
    return Post(
        id=row[0],
        author=row[1],
        platform=row[2],
        state=row[3],
        versions=versions,
        decisions=_decisions(db, post_id),
        scheduled_for=parse_utc(row[5]),
        provenance=Provenance(draft_id=row[6], model=row[7], prompt_version=row[8]),
        source=row[9],
        card_ref=json.loads(row[10]) if row[10] else None,
        created_at=parse_utc(row[11]),
        updated_at=parse_utc(row[12]),
        written_by=row[13],
        required_approvals=rules.required,
        compliance_required=compliance_required(versions[-1].patient_story, rules),
    )


def load_posts(db: sqlite_utils.Database, ids: Iterable[int], rules: Approvals) -> list[Post]:
    posts = (load_post(db, post_id, rules) for post_id in ids)
    return [post for post in posts if post is not None]


def ids_by_author(db: sqlite_utils.Database, author: str, limit: int) -> list[int]:
    rows = db.execute("SELECT id FROM posts WHERE author = ? ORDER BY id DESC LIMIT ?", [author, limit]).fetchall()
    return [row[0] for row in rows]


def ids_in_state(db: sqlite_utils.Database, states: Iterable[str], limit: int) -> list[int]:
    states = list(states)
    marks = ", ".join("?" for _ in states)
    rows = db.execute(
        f"SELECT id FROM posts WHERE state IN ({marks}) ORDER BY id LIMIT ?", [*states, limit]
    ).fetchall()
    return [row[0] for row in rows]


def ids_overdue(db: sqlite_utils.Database, now_iso: str) -> list[int]:
    """Posts past their scheduled time that are not approved (nor already expired)."""
    rows = db.execute(
        "SELECT id FROM posts WHERE state IN ('pending', 'changes_requested', 'blocked') "
        "AND scheduled_for IS NOT NULL AND scheduled_for <= ? ORDER BY id",
        [now_iso],
    ).fetchall()
    return [row[0] for row in rows]
