"""The rows the approvals use case writes: versions, decisions, state changes, and their audit entries.

Each function runs inside the caller's transaction (`db`), so a change and its audit row commit together.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

import sqlite_utils

from bot.approvals_model import ApprovalError, Post, audit_summary, is_patient_story, iso_utc, review_summary
from bot.approvals_rules import completes_approval, is_compliance_approver
from bot.guardrails import Report
from bot.policy import Approvals
from bot.store import Store, text_hash, utc_now

log = logging.getLogger("bot.approvals")
SYSTEM_ACTOR = "carepost"


def subject_of(post_id: int) -> str:
    """The audit log's `subject` for a post."""
    return f"post:{post_id}"


def insert_version(
    db: sqlite_utils.Database,
    post_id: int,
    number: int,
    text: str,
    author: str,
    report: Report,
    summary: dict[str, Any],
) -> bool:
    """Store version `number` of the post, bound to its text's hash; returns whether it is a patient story."""
    patient_story = is_patient_story(report)
    db.execute(
        "INSERT INTO post_versions (post_id, number, text, text_hash, created_by, created_at, verdict, review, "
        "patient_story) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            post_id,
            number,
            text,
            text_hash(text),
            author,
            utc_now(),
            report.verdict,
            json.dumps(summary, sort_keys=True),
            int(patient_story),
        ],
    )
    return patient_story


def insert_decision(
    store: Store,
    db: sqlite_utils.Database,
    post: Post,
    actor: str,
    decision: str,
    reason: str | None,
    rules: Approvals,
) -> None:
    """Record an approval or a request for changes, allowed already by the rules, and its consequence."""
    compliance = is_compliance_approver(actor, rules)
    if decision == "approve":
        outcome = "approved" if completes_approval(post, actor, rules) else None
    else:
        outcome = "changes_requested"
    now = utc_now()
    decision_id = db.execute(
        "INSERT INTO decisions (post_id, version_id, text_hash, actor, decision, reason, compliance, outcome, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [post.id, post.current.id, post.text_hash, actor, decision, reason, int(compliance), outcome, now],
    ).lastrowid
    if outcome is not None:
        db.execute("UPDATE posts SET state = ?, updated_at = ? WHERE id = ?", [outcome, now, post.id])
    details: dict[str, Any] = {"decision_id": decision_id, "version": post.version, "compliance": compliance}
    if decision == "approve":
        details |= {"approvals": len(post.approvals) + 1, "required": post.required_approvals}
        action = "post.approval"
    else:
        details |= {"reason_sha256": text_hash(reason or "")}
        action = "post.changes_requested"
    store.audit(actor, action, subject=subject_of(post.id), text=post.text, details=details)
    if outcome == "approved":
        store.audit(
            actor,
            "post.approved",
            subject=subject_of(post.id),
            text=post.text,
            details={"decision_id": decision_id, "version": post.version, "approvers": [*post.approvers, actor]},
        )


def mark_blocked(store: Store, db: sqlite_utils.Database, post: Post, actor: str, report: Report) -> None:
    """The text, reviewed again, now blocks: the post cannot be approved until it is edited."""
    db.execute("UPDATE posts SET state = 'blocked', updated_at = ? WHERE id = ?", [utc_now(), post.id])
    store.audit(
        actor,
        "post.blocked",
        subject=subject_of(post.id),
        text=post.text,
        details={
            "version": post.version,
            "why": "reviewed again at approval",
            "review": audit_summary(review_summary(report)),
        },
    )


def expire(store: Store, db: sqlite_utils.Database, post: Post, now_iso: str) -> None:
    db.execute("UPDATE posts SET state = 'expired', updated_at = ? WHERE id = ?", [utc_now(), post.id])
    store.audit(
        SYSTEM_ACTOR,
        "post.expired",
        subject=subject_of(post.id),
        text=post.text,
        details={
            "version": post.version,
            "previous_state": post.state,
            "scheduled_for": iso_utc(post.scheduled_for) if post.scheduled_for else None,
            "checked_at": now_iso,
        },
    )


def record_refusal(
    store: Store, actor: str, post_id: int, attempt: str, refusal: ApprovalError, seen_hash: str | None = None
) -> None:
    """Refused attempts are part of the trail too: who tried what, and why it was refused."""
    details: dict[str, Any] = {"attempt": attempt, "code": refusal.code}
    if seen_hash:
        details["seen_hash"] = seen_hash
    try:
        store.audit(actor, "post.refused", subject=subject_of(post_id), details=details)
    except sqlite3.Error:
        log.exception("could not record a refused %s of post %s", attempt, post_id)
