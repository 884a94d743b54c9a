"""Approvals: submit a post, decide on it, edit it, schedule it; every change lands in the audit log.

The rules live in bot/approvals_rules.py and are enforced here, under one IMMEDIATE transaction per
change, so that two people clicking at once record one outcome. Every approval binds to the SHA-256
of the exact text its approver saw; an edit makes a new version that needs approving again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from bot.approvals_model import (
    MAX_REASON_CHARS,
    AlreadyDecided,
    ApprovalError,
    BlockedText,
    InvalidRequest,
    NotTheAuthor,
    Post,
    PostNotFound,
    Provenance,
    audit_summary,
    iso_utc,
    review_summary,
)
from bot.approvals_queries import ids_by_author, ids_in_state, ids_overdue, load_post, load_posts
from bot.approvals_rules import approval_refusal, may_approve, request_changes_refusal
from bot.approvals_writes import expire, insert_decision, insert_version, mark_blocked, record_refusal, subject_of
from bot.guardrails import Report, ReviewInputError
from bot.guardrails import review as engine_review
from bot.policy import Approvals, Policy
from bot.store import Store, utc_now

__all__ = ["ApprovalError", "ApprovalService", "Post", "Provenance"]

log = logging.getLogger(__name__)
ReviewFn = Callable[[str, str | None], Report]


class ApprovalService:
    def __init__(
        self,
        store: Store,
        policy: Policy,
        review: ReviewFn | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.policy = policy
        self._review = review or (lambda text, platform: engine_review(text, platform, policy))
        self._clock = clock or (lambda: datetime.now(UTC))
        self._watchers: list[Callable[[int, str], None]] = []

    @property
    def rules(self) -> Approvals:
        return self.policy.approvals

    # ---- queries -------------------------------------------------------------------------------

    def get_post(self, post_id: int | str) -> Post:
        post = load_post(self.store.db, _post_id(post_id), self.rules)
        if post is None:
            raise PostNotFound(f"There is no post {post_id}.")
        return post

    def my_posts(self, author: str, limit: int = 20) -> list[Post]:
        """The author's posts, newest first."""
        return load_posts(self.store.db, ids_by_author(self.store.db, author, limit), self.rules)

    def awaiting_approval(self, actor: str, actor_groups: Collection[str] = (), limit: int = 20) -> list[Post]:
        """Pending posts `actor` could approve right now, oldest first."""
        if not may_approve(actor, actor_groups, self.rules):
            return []
        waiting: list[Post] = []
        for post in load_posts(self.store.db, ids_in_state(self.store.db, ["pending"], 500), self.rules):
            if approval_refusal(post, actor, actor_groups, self.rules, None) is None:
                waiting.append(post)
                if len(waiting) >= limit:
                    break
        return waiting

    def on_change(self, watcher: Callable[[int, str], None]) -> None:
        """Call `watcher(post_id, action)` after a change made outside the decision flow ("scheduled",
        "expired"), e.g. so a front end can redraw the post's card. A failing watcher is logged and skipped."""
        self._watchers.append(watcher)

    def _notify(self, post_ids: list[int], action: str) -> None:
        for post_id in post_ids:
            for watcher in self._watchers:
                try:
                    watcher(post_id, action)
                except Exception as exc:
                    log.error("a watcher of post %s failed after %s: %s", post_id, action, type(exc).__name__)

    def can_approve(self, actor: str, actor_groups: Collection[str] = ()) -> bool:
        return may_approve(actor, actor_groups, self.rules)

    def refusal_for(
        self,
        post_id: int | str,
        actor: str,
        decision: str,
        *,
        text_hash: str | None = None,
        actor_groups: Collection[str] = (),
    ) -> ApprovalError | None:
        """Why `actor` could not make `decision` ("approve" or "request_changes") now; None when they could.

        Read-only: for a front end deciding whether to open a form. The decision itself checks again.
        """
        post = self.get_post(post_id)
        check = approval_refusal if decision == "approve" else request_changes_refusal
        return check(post, actor, actor_groups, self.rules, text_hash)

    # ---- changes -------------------------------------------------------------------------------

    def submit(
        self,
        text: str,
        author: str,
        *,
        platform: str | None = None,
        provenance: Provenance | None = None,
        source: str | None = None,
        written_by: str | None = None,
    ) -> Post:
        """Review `text` and store it as a new post awaiting approval (or blocked, when the engine blocks it).

        A blocked text is kept (nothing typed is lost); it just cannot be approved until it is edited.
        `written_by`: who wrote the text when someone else submits it; they cannot approve it either.
        """
        author = _require_actor(author)
        written_by = written_by.strip() if written_by and written_by.strip() != author else None
        text, report = self._reviewed(text, platform)
        provenance = provenance or Provenance()
        summary = review_summary(report)
        now = utc_now()
        state = "blocked" if report.blocked else "pending"
        with self.store.transaction() as db:
            post_id = db.execute(
                "INSERT INTO posts (author, platform, state, current_version, draft_id, model, prompt_version, "
                "source, created_at, updated_at, written_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                [
                    author,
                    report.platform.name,
                    state,
                    provenance.draft_id,
                    provenance.model,
                    provenance.prompt_version,
                    source,
                    now,
                    now,
                    written_by,
                ],
            ).lastrowid
            patient_story = insert_version(db, post_id, 1, text, author, report, summary)
            self.store.audit(
                author,
                "post.submitted",
                subject=subject_of(post_id),
                text=text,
                details={
                    "version": 1,
                    "state": state,
                    "platform": report.platform.name,
                    "source": source,
                    "written_by": written_by,
                    "patient_story": patient_story,
                    "review": audit_summary(summary),
                    "provenance": {k: v for k, v in vars(provenance).items() if v},
                },
            )
            post = self._load(db, post_id)
        log.info("post %s submitted: state=%s hash=%s", post.id, post.state, post.text_hash[:12])
        return post

    def edit(self, post_id: int | str, text: str, actor: str) -> Post:
        """A new version of the post's text, reviewed again; earlier approvals no longer count."""
        actor = _require_actor(actor)
        post_id = _post_id(post_id)
        before = self.get_post(post_id)
        text, report = self._reviewed(text, before.platform)
        summary = review_summary(report)
        try:
            with self.store.transaction() as db:
                post = self._load(db, post_id)
                if actor != post.author:
                    raise NotTheAuthor("Only the post's author can edit it. Request changes instead.")
                if text == post.text and post.state in ("pending", "approved"):
                    raise InvalidRequest("The text is unchanged, so there is no new version to approve.")
                number = post.version + 1
                patient_story = insert_version(db, post_id, number, text, actor, report, summary)
                state = "blocked" if report.blocked else "pending"
                if state == "pending" and self._overdue(post):
                    state = "expired"
                db.execute(
                    "UPDATE posts SET current_version = ?, state = ?, updated_at = ? WHERE id = ?",
                    [number, state, utc_now(), post_id],
                )
                self.store.audit(
                    actor,
                    "post.edited",
                    subject=subject_of(post_id),
                    text=text,
                    details={
                        "version": number,
                        "previous_hash": post.text_hash,
                        "previous_state": post.state,
                        "state": state,
                        "patient_story": patient_story,
                        "review": audit_summary(summary),
                    },
                )
                return self._load(db, post_id)
        except ApprovalError as refusal:
            record_refusal(self.store, actor, post_id, "edit", refusal)
            raise

    def approve(
        self, post_id: int | str, actor: str, *, text_hash: str | None, actor_groups: Collection[str] = ()
    ) -> Post:
        """Record `actor`'s approval of the version whose text hashes to `text_hash` (the text they saw).

        `text_hash=None` approves whatever the current version is: only for callers that show no text.
        """
        return self._decide(_post_id(post_id), _require_actor(actor), "approve", None, text_hash, actor_groups)

    def request_changes(
        self,
        post_id: int | str,
        actor: str,
        reason: str,
        *,
        text_hash: str | None = None,
        actor_groups: Collection[str] = (),
    ) -> Post:
        """Send the current version back to its author with `reason`."""
        reason = (reason or "").strip()
        if not reason:
            raise InvalidRequest("Say what needs to change: the reason is sent to the author.")
        if len(reason) > MAX_REASON_CHARS:
            raise InvalidRequest(f"Keep the reason under {MAX_REASON_CHARS:,} characters.")
        return self._decide(
            _post_id(post_id), _require_actor(actor), "request_changes", reason, text_hash, actor_groups
        )

    def set_schedule(self, post_id: int | str, when_utc: datetime | None, actor: str) -> Post:
        """Set or clear when the post goes out. A naive datetime is taken as UTC.

        An expired post whose new time is in the future (or cleared) reopens; a post not approved whose
        time has already passed expires at once.
        """
        actor = _require_actor(actor)
        post_id = _post_id(post_id)
        new_value = iso_utc(when_utc) if when_utc is not None else None
        with self.store.transaction() as db:
            post = self._load(db, post_id)
            state = post.state
            overdue = new_value is not None and new_value <= iso_utc(self._clock())
            if post.state == "expired" and not overdue:
                state = self._natural_state(post)
            elif post.state not in ("approved", "expired") and overdue:
                state = "expired"
            db.execute(
                "UPDATE posts SET scheduled_for = ?, state = ?, updated_at = ? WHERE id = ?",
                [new_value, state, utc_now(), post_id],
            )
            previous = iso_utc(post.scheduled_for) if post.scheduled_for else None
            self.store.audit(
                actor,
                "post.scheduled",
                subject=subject_of(post_id),
                text=post.text,
                details={"from": previous, "to": new_value, "previous_state": post.state, "state": state},
            )
            changed = self._load(db, post_id)
        self._notify([post_id], "scheduled")
        return changed

    def expire_overdue(self, now: datetime | None = None) -> list[int]:
        """Mark every post not approved by its scheduled time as expired; returns their ids."""
        now_iso = iso_utc(now or self._clock())
        expired: list[int] = []
        with self.store.transaction() as db:
            for post_id in ids_overdue(db, now_iso):
                post = self._load(db, post_id)
                expire(self.store, db, post, now_iso)
                expired.append(post_id)
        if expired:
            log.info("expired %d post(s) past their scheduled time", len(expired))
            self._notify(expired, "expired")
        return expired

    def set_card_ref(self, post_id: int | str, ref: dict[str, Any] | None) -> None:
        """Where a front end showed the post's approval card (to update it in place later)."""
        with self.store.transaction() as db:
            db.execute(
                "UPDATE posts SET card_ref = ? WHERE id = ?",
                [json.dumps(ref, sort_keys=True) if ref else None, _post_id(post_id)],
            )

    # ---- internals -----------------------------------------------------------------------------

    def _decide(
        self,
        post_id: int,
        actor: str,
        decision: str,
        reason: str | None,
        seen_hash: str | None,
        groups: Collection[str],
    ) -> Post:
        try:
            try:
                with self.store.transaction() as db:
                    post = self._load(db, post_id)
                    changed = False
                    if self._overdue(post) and post.state != "expired":
                        expire(self.store, db, post, iso_utc(self._clock()))
                        post, changed = self._load(db, post_id), True
                    check = approval_refusal if decision == "approve" else request_changes_refusal
                    refusal = check(post, actor, groups, self.rules, seen_hash)
                    if refusal is None and decision == "approve" and self._review_now_blocks(db, post, actor):
                        changed = True
                        refusal = BlockedText(
                            "The guardrails now block this text (the policy or the checks changed since it was "
                            "submitted), so it cannot be approved. The author has to edit it."
                        )
                    if refusal is None:
                        insert_decision(self.store, db, post, actor, decision, reason, self.rules)
                        return self._load(db, post_id)
                    if not changed:
                        raise refusal
                # Here the transaction committed a state change (expired, blocked) that the refusal reports.
                raise refusal
            except sqlite3.IntegrityError:
                # The UNIQUE indexes caught a decision racing another: report what won.
                current = self.get_post(post_id)
                raise AlreadyDecided(_race_message(current, actor)) from None
        except ApprovalError as refusal:
            record_refusal(self.store, actor, post_id, decision, refusal, seen_hash)
            raise

    def _review_now_blocks(self, db: sqlite_utils.Database, post: Post, actor: str) -> bool:
        """Review the text again under today's policy; when it now blocks, mark the post blocked."""
        try:
            report = self._review(post.text, post.platform)
        except ReviewInputError:
            return False  # the text was reviewable when submitted; the stored verdict stands
        if report.blocked:
            mark_blocked(self.store, db, post, actor, report)
        return report.blocked

    def _overdue(self, post: Post) -> bool:
        return (
            post.state != "approved"
            and post.scheduled_for is not None
            and iso_utc(post.scheduled_for) <= iso_utc(self._clock())
        )

    def _natural_state(self, post: Post) -> str:
        """The state the current version's review and decisions give, setting expiry aside."""
        if post.current.verdict == "block":
            return "blocked"
        closing = post.closing_decision
        return closing.outcome if closing and closing.outcome else "pending"

    def _reviewed(self, text: str, platform: str | None) -> tuple[str, Report]:
        if not isinstance(text, str) or not text.strip():
            raise InvalidRequest("There is no text to submit. Paste the post's text.")
        text = text.strip()
        try:
            return text, self._review(text, platform)
        except ReviewInputError as exc:
            raise InvalidRequest(str(exc)[:1].upper() + str(exc)[1:] + ".") from None

    def _load(self, db: sqlite_utils.Database, post_id: int) -> Post:
        post = load_post(db, post_id, self.rules)
        if post is None:
            raise PostNotFound(f"There is no post {post_id}.")
        return post

def _race_message(post: Post, actor: str) -> str:
    closing = post.closing_decision
    if closing is not None and closing.outcome == "approved":
        return f"{closing.actor} approved this version at the same moment; it is approved."
    if closing is not None:
        return f"{closing.actor} requested changes at the same moment."
    if actor in post.approvers:
        return "You already approved this version."
    return "Someone decided on this post at the same moment. Look at it again."


def _post_id(value: int | str) -> int:
    try:
        number = int(str(value).strip().removeprefix("post:"))
    except (TypeError, ValueError):
        raise InvalidRequest(f"{value!r} is not a post number.") from None
    if number <= 0:
        raise InvalidRequest(f"{value!r} is not a post number.")
    return number


def _require_actor(actor: str) -> str:
    if not isinstance(actor, str) or not actor.strip():
        raise InvalidRequest("Who is acting is unknown, so nothing was recorded.")
    return actor.strip()
