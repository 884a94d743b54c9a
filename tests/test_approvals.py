"""The approvals core on a real SQLite file: the rules, versions bound to hashes, and the audit trail."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.approvals import ApprovalService
from bot.approvals_model import (
    AlreadyDecided,
    BlockedText,
    ComplianceRequired,
    ExpiredPost,
    InvalidRequest,
    NotAnApprover,
    NotTheAuthor,
    PostNotFound,
    Provenance,
    SelfApproval,
    StaleVersion,
)
from bot.guardrails import review
from bot.policy import Policy
from bot.store import Store, text_hash

AUTHOR, ALICE, BOB, CARA, COMPLIANCE = "U0AUTHOR", "U0ALICE", "U0BOB", "U0CARA", "U0COMPLY"
CLEAN = "Flu shots are in at our clinic this week. Walk in any weekday from 9 to 5."
BLOCKED = "Our new tonic is a miracle fix for every cough."
STORY = "Our patient shared her recovery story with her permission. We are proud of our rehab team."


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def make_policy(**approvals: object) -> Policy:
    rules = {"approvers": [ALICE, BOB, CARA], "required": 1, **approvals}
    return Policy.model_validate(
        {"terms": [{"term": "miracle fix", "severity": "block"}], "approvals": rules}
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(store: Store, clock: Clock) -> ApprovalService:
    return ApprovalService(store, make_policy(), clock=clock)


def with_policy(store: Store, clock: Clock, **approvals: object) -> ApprovalService:
    return ApprovalService(store, make_policy(**approvals), clock=clock)


def audit_rows(store: Store) -> list[dict]:
    cursor = store.db.execute("SELECT * FROM audit_log ORDER BY id")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def decisions_count(store: Store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]


def test_submission_stores_a_pending_version_bound_to_its_hash(service: ApprovalService, store: Store) -> None:
    post = service.submit(f"  {CLEAN}\n", AUTHOR, platform="facebook", source="test")
    assert post.state == "pending"
    assert post.text == CLEAN  # surrounding whitespace trimmed; the stored text is what is hashed
    assert post.text_hash == text_hash(CLEAN)
    assert post.version == 1 and post.platform == "facebook" and post.author == AUTHOR
    assert post.review["verdict"] in ("pass", "revise")
    assert post.provenance == Provenance()
    [row] = audit_rows(store)
    assert (row["actor"], row["action"], row["subject"]) == (AUTHOR, "post.submitted", f"post:{post.id}")
    assert row["text_hash"] == text_hash(CLEAN)
    assert json.loads(row["details"])["review"]["verdict"] == post.review["verdict"]


def test_provenance_of_an_llm_draft_is_kept(service: ApprovalService) -> None:
    provenance = Provenance(model="gpt-test", prompt_version="draft-v3", draft_id="d-42")
    post = service.submit(CLEAN, AUTHOR, provenance=provenance)
    assert service.get_post(post.id).provenance == provenance


def test_author_cannot_approve_their_own_post(service: ApprovalService, store: Store) -> None:
    post = service.submit(CLEAN, ALICE)  # Alice is an approver, but this is her post
    with pytest.raises(SelfApproval, match="You wrote this post"):
        service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert service.get_post(post.id).state == "pending"
    assert decisions_count(store) == 0
    refused = audit_rows(store)[-1]
    assert refused["action"] == "post.refused" and json.loads(refused["details"])["code"] == "self_approval"


def test_only_named_approvers_or_the_group_may_approve(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock, approver_group="S0REVIEWERS")
    post = service.submit(CLEAN, AUTHOR)
    with pytest.raises(NotAnApprover, match="not one of them"):
        service.approve(post.id, "U0STRANGER", text_hash=post.text_hash)
    assert service.get_post(post.id).state == "pending"
    approved = service.approve(post.id, "U0MEMBER", text_hash=post.text_hash, actor_groups={"S0REVIEWERS"})
    assert approved.state == "approved" and approved.approvers == ("U0MEMBER",)


def test_with_no_approvers_named_anyone_but_the_author_approves(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock, approvers=[])
    post = service.submit(CLEAN, AUTHOR)
    with pytest.raises(SelfApproval):
        service.approve(post.id, AUTHOR, text_hash=post.text_hash)
    assert service.approve(post.id, "U0ANYONE", text_hash=post.text_hash).state == "approved"


def test_a_blocked_text_is_kept_but_cannot_be_approved(service: ApprovalService, store: Store) -> None:
    post = service.submit(BLOCKED, AUTHOR)
    assert post.state == "blocked" and post.text == BLOCKED
    assert post.review["counts"]["block"] >= 1
    with pytest.raises(BlockedText, match="cannot be approved"):
        service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert service.get_post(post.id).state == "blocked"
    assert decisions_count(store) == 0


def test_a_text_the_policy_now_blocks_cannot_be_approved(store: Store, clock: Clock) -> None:
    lenient = ApprovalService(store, make_policy(), clock=clock)
    post = lenient.submit("Try our sunrise stretch class on Fridays.", AUTHOR)
    assert post.state == "pending"
    strict_policy = Policy.model_validate(
        {"terms": [{"term": "sunrise", "severity": "block"}], "approvals": {"approvers": [ALICE]}}
    )
    strict = ApprovalService(store, strict_policy, clock=clock)
    with pytest.raises(BlockedText, match="now block"):
        strict.approve(post.id, ALICE, text_hash=post.text_hash)
    assert strict.get_post(post.id).state == "blocked"
    assert decisions_count(store) == 0
    assert "post.blocked" in [row["action"] for row in audit_rows(store)]


def test_an_edit_is_a_new_version_and_old_approvals_do_not_carry_over(service: ApprovalService) -> None:
    post = service.submit(CLEAN, AUTHOR)
    approved = service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert approved.state == "approved"
    edited_text = CLEAN + " Bring your insurance card."
    edited = service.edit(post.id, edited_text, AUTHOR)
    assert (edited.version, edited.state, edited.approvals) == (2, "pending", ())
    assert edited.text_hash == text_hash(edited_text)
    with pytest.raises(StaleVersion, match="version 2"):
        service.approve(post.id, BOB, text_hash=post.text_hash)  # the card of version 1
    assert service.get_post(post.id).state == "pending"
    final = service.approve(post.id, BOB, text_hash=edited.text_hash)
    assert final.state == "approved"
    assert [(d.actor, d.version_number, d.text_hash) for d in final.decisions] == [
        (ALICE, 1, text_hash(CLEAN)),
        (BOB, 2, text_hash(edited_text)),
    ]


def test_only_the_author_edits_and_an_unchanged_text_is_not_a_version(service: ApprovalService) -> None:
    post = service.submit(CLEAN, AUTHOR)
    with pytest.raises(NotTheAuthor):
        service.edit(post.id, CLEAN + " More.", ALICE)
    with pytest.raises(InvalidRequest, match="unchanged"):
        service.edit(post.id, CLEAN, AUTHOR)
    assert service.get_post(post.id).version == 1


def test_editing_a_blocked_post_into_a_clean_one_reopens_it(service: ApprovalService) -> None:
    post = service.submit(BLOCKED, AUTHOR)
    fixed = service.edit(post.id, "Our new tonic may soothe a cough. Ask your pharmacist.", AUTHOR)
    assert (fixed.state, fixed.version) == ("pending", 2)


def test_n_distinct_approvals_are_required(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock, required=2)
    post = service.submit(CLEAN, AUTHOR)
    once = service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert once.state == "pending" and once.approvals_missing == 1
    with pytest.raises(AlreadyDecided, match="already approved"):
        service.approve(post.id, ALICE, text_hash=post.text_hash)
    twice = service.approve(post.id, BOB, text_hash=post.text_hash)
    assert twice.state == "approved" and set(twice.approvers) == {ALICE, BOB}
    with pytest.raises(AlreadyDecided):
        service.approve(post.id, CARA, text_hash=post.text_hash)
    assert decisions_count(store) == 2


def test_a_patient_story_needs_a_compliance_approver(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock, required=2, compliance_approvers=[COMPLIANCE])
    post = service.submit(STORY, AUTHOR)
    assert post.patient_story and post.compliance_required
    service.approve(post.id, ALICE, text_hash=post.text_hash)
    with pytest.raises(ComplianceRequired, match=COMPLIANCE):
        service.approve(post.id, BOB, text_hash=post.text_hash)
    done = service.approve(post.id, COMPLIANCE, text_hash=post.text_hash)
    assert done.state == "approved" and done.has_compliance_approval


def test_a_patient_story_with_no_compliance_approver_named_cannot_be_approved(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock)
    post = service.submit(STORY, AUTHOR)
    with pytest.raises(ComplianceRequired, match="names none"):
        service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert service.get_post(post.id).state == "pending"


def test_the_compliance_rule_can_be_switched_off(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock, compliance_for_patient_stories=False)
    post = service.submit(STORY, AUTHOR)
    assert not post.compliance_required
    assert service.approve(post.id, ALICE, text_hash=post.text_hash).state == "approved"


def test_a_consent_finding_makes_a_patient_story(store: Store, clock: Clock) -> None:
    from bot.guardrails.findings import Finding, Report

    def review_with_consent(text: str, platform: str | None) -> Report:
        base = review(text, platform, make_policy())
        finding = Finding("consent", "warn", 0, 4, text[:4], "A patient story needs the patient's permission.")
        return Report("revise", (finding,), base.readability, base.platform, text)

    service = ApprovalService(store, make_policy(compliance_approvers=[COMPLIANCE]), review_with_consent, clock)
    post = service.submit("A day on the ward with Sam, who walked again.", AUTHOR)
    assert post.patient_story
    with pytest.raises(ComplianceRequired):
        service.approve(post.id, ALICE, text_hash=post.text_hash)


def test_request_changes_needs_a_reason_and_sends_the_post_back(service: ApprovalService, store: Store) -> None:
    post = service.submit(CLEAN, AUTHOR)
    with pytest.raises(InvalidRequest, match="reason"):
        service.request_changes(post.id, ALICE, "   ")
    back = service.request_changes(post.id, ALICE, "Add the clinic's address.", text_hash=post.text_hash)
    assert back.state == "changes_requested"
    assert back.closing_decision.reason == "Add the clinic's address."
    with pytest.raises(AlreadyDecided, match="Changes were already requested by U0ALICE"):
        service.approve(post.id, BOB, text_hash=post.text_hash)
    with pytest.raises(SelfApproval, match="edit it instead"):
        service.request_changes(post.id, AUTHOR, "never mind")
    resubmitted = service.edit(post.id, CLEAN, AUTHOR)  # the author may resubmit the same text
    assert (resubmitted.state, resubmitted.version) == ("pending", 2)
    details = json.loads(next(r for r in audit_rows(store) if r["action"] == "post.changes_requested")["details"])
    assert "reason" not in details and details["reason_sha256"] == text_hash("Add the clinic's address.")


def test_a_post_not_approved_by_its_time_expires(service: ApprovalService, clock: Clock) -> None:
    late = service.submit(CLEAN, AUTHOR)
    done = service.submit(CLEAN + " Masks optional.", AUTHOR)
    service.set_schedule(late.id, clock.now + timedelta(hours=1), AUTHOR)
    service.set_schedule(done.id, clock.now + timedelta(hours=1), AUTHOR)
    service.approve(done.id, ALICE, text_hash=done.text_hash)
    assert service.expire_overdue(clock.now) == []
    clock.now += timedelta(hours=2)
    assert service.expire_overdue(clock.now) == [late.id]
    assert service.get_post(late.id).state == "expired"
    assert service.get_post(done.id).state == "approved"
    with pytest.raises(ExpiredPost, match="Set a new time"):
        service.approve(late.id, ALICE, text_hash=late.text_hash)
    reopened = service.set_schedule(late.id, clock.now + timedelta(days=1), AUTHOR)
    assert reopened.state == "pending" and reopened.scheduled_for == clock.now + timedelta(days=1)


def test_approving_after_the_time_passed_expires_the_post_even_before_the_sweep(
    service: ApprovalService, clock: Clock, store: Store
) -> None:
    post = service.submit(CLEAN, AUTHOR)
    service.set_schedule(post.id, clock.now + timedelta(minutes=5), AUTHOR)
    clock.now += timedelta(minutes=6)
    with pytest.raises(ExpiredPost):
        service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert service.get_post(post.id).state == "expired"  # the expiry is kept though the approval was refused
    assert decisions_count(store) == 0


def test_schedule_accepts_naive_utc_and_clearing(service: ApprovalService, clock: Clock) -> None:
    post = service.submit(CLEAN, AUTHOR)
    naive = datetime(2026, 12, 1, 14, 30)
    scheduled = service.set_schedule(post.id, naive, AUTHOR)
    assert scheduled.scheduled_for == naive.replace(tzinfo=UTC)
    assert service.set_schedule(post.id, None, AUTHOR).scheduled_for is None


def test_queries_my_posts_and_waiting_for_my_approval(store: Store, clock: Clock) -> None:
    service = with_policy(store, clock, required=2)
    first = service.submit(CLEAN, AUTHOR)
    second = service.submit(CLEAN + " Second.", AUTHOR)
    service.submit(BLOCKED, AUTHOR)
    own = service.submit(CLEAN + " Alice's.", ALICE)
    assert [p.id for p in service.my_posts(AUTHOR)] == [own.id - 1, second.id, first.id]
    service.approve(first.id, ALICE, text_hash=first.text_hash)
    assert [p.id for p in service.awaiting_approval(ALICE)] == [second.id]
    assert [p.id for p in service.awaiting_approval(BOB)] == [first.id, second.id, own.id]
    assert service.awaiting_approval("U0STRANGER") == []


def test_unknown_and_malformed_post_ids(service: ApprovalService) -> None:
    with pytest.raises(PostNotFound, match="no post 999"):
        service.get_post(999)
    with pytest.raises(InvalidRequest, match="not a post number"):
        service.approve("abc", ALICE, text_hash=None)
    with pytest.raises(InvalidRequest, match="no text"):
        service.submit("   ", AUTHOR)
    with pytest.raises(InvalidRequest, match="platform"):
        service.submit(CLEAN, AUTHOR, platform="myspace")


def test_versions_and_decisions_are_append_only(service: ApprovalService, store: Store) -> None:
    post = service.submit(CLEAN, AUTHOR)
    service.approve(post.id, ALICE, text_hash=post.text_hash)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE post_versions SET text = 'something else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM decisions")


def test_the_schema_itself_refuses_a_second_outcome_for_a_version(service: ApprovalService, store: Store) -> None:
    post = service.submit(CLEAN, AUTHOR)
    service.approve(post.id, ALICE, text_hash=post.text_hash)
    version_id = store.db.execute("SELECT id FROM post_versions WHERE post_id = ?", [post.id]).fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.db.execute(
            "INSERT INTO decisions (post_id, version_id, text_hash, actor, decision, outcome, at) "
            "VALUES (?, ?, ?, ?, 'approve', 'approved', 'now')",
            [post.id, version_id, post.text_hash, BOB],
        )


def test_the_audit_log_records_every_change_but_never_the_text(service: ApprovalService, store: Store, clock) -> None:
    post = service.submit(STORY, AUTHOR)
    service.request_changes(post.id, ALICE, "Name the rehab unit.")
    edited = service.edit(post.id, STORY + " Thanks to the whole unit.", AUTHOR)
    service.set_schedule(post.id, clock.now + timedelta(days=2), BOB)
    with pytest.raises(ComplianceRequired):
        service.approve(post.id, ALICE, text_hash=edited.text_hash)
    rows = audit_rows(store)
    assert [r["action"] for r in rows] == [
        "post.submitted",
        "post.changes_requested",
        "post.edited",
        "post.scheduled",
        "post.refused",
    ]
    assert all(r["at"].endswith("+00:00") for r in rows)
    for row in rows:
        assert "recovery story" not in row["details"] and "rehab unit" not in row["details"]
    assert rows[2]["text_hash"] == edited.text_hash


def test_whoever_wrote_a_text_someone_else_submitted_cannot_approve_it(service: ApprovalService) -> None:
    post = service.submit(CLEAN, AUTHOR, written_by=ALICE, source="message shortcut")
    assert post.written_by == ALICE and post.author == AUTHOR
    with pytest.raises(SelfApproval):
        service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert service.approve(post.id, BOB, text_hash=post.text_hash).state == "approved"


def test_refusal_for_answers_without_recording_anything(service: ApprovalService, store: Store) -> None:
    post = service.submit(CLEAN, AUTHOR)
    before = len(audit_rows(store))
    assert isinstance(service.refusal_for(post.id, AUTHOR, "request_changes"), SelfApproval)
    assert isinstance(service.refusal_for(post.id, "U0STRANGER", "approve"), NotAnApprover)
    assert isinstance(service.refusal_for(post.id, ALICE, "approve", text_hash="0" * 64), StaleVersion)
    assert service.refusal_for(post.id, ALICE, "request_changes", text_hash=post.text_hash) is None
    assert len(audit_rows(store)) == before and service.get_post(post.id).state == "pending"


def test_watchers_hear_of_schedule_changes_and_expiry_and_a_failing_one_is_skipped(
    service: ApprovalService, clock: Clock
) -> None:
    heard: list[tuple[int, str]] = []

    def broken(post_id: int, action: str) -> None:
        raise RuntimeError("a front end that fails")

    service.on_change(broken)
    service.on_change(lambda post_id, action: heard.append((post_id, action)))
    post = service.submit(CLEAN, AUTHOR)
    service.approve(post.id, ALICE, text_hash=post.text_hash)
    assert heard == []  # decisions are the front end's own doing: no echo
    other = service.submit(CLEAN + " Again.", AUTHOR)
    service.set_schedule(other.id, clock.now + timedelta(minutes=1), AUTHOR)
    clock.now += timedelta(minutes=2)
    assert service.expire_overdue() == [other.id]
    assert heard == [(other.id, "scheduled"), (other.id, "expired")]
