"""Who may decide on a post, and why not: the approvals rules as pure functions of a Post and the policy.

The rules (README "Approvals"):
- The author never approves their own post, nor requests changes on it (they edit it instead); nor does
  the person who wrote a text that someone else submitted (the message shortcut).
- Approvers are the policy's `approvers`, its `compliance_approvers`, and members of `approver_group`.
  When the policy names neither `approvers` nor `approver_group`, anyone but the author may approve.
- A post needs `required` distinct approvals of its current version.
- When `compliance_for_patient_stories` is on and the post tells a patient's story, one of those
  approvals must come from a compliance approver. With no compliance approver named, such a post
  cannot be approved (fail closed) and the refusal says what to add to the policy.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.approvals_model import (
    AlreadyDecided,
    ApprovalError,
    BlockedText,
    ComplianceRequired,
    ExpiredPost,
    NotAnApprover,
    Post,
    SelfApproval,
    StaleVersion,
)
from bot.policy import Approvals


def open_to_everyone(rules: Approvals) -> bool:
    """No approvers and no group named: anyone but the author may approve."""
    return not rules.approvers and not rules.approver_group


def is_compliance_approver(actor: str, rules: Approvals) -> bool:
    return actor in rules.compliance_approvers


def may_approve(actor: str, groups: Collection[str], rules: Approvals) -> bool:
    """Whether `actor` (a member of `groups`) is an approver under the policy, whatever the post."""
    if actor in rules.approvers or actor in rules.compliance_approvers:
        return True
    if rules.approver_group and rules.approver_group in groups:
        return True
    return open_to_everyone(rules)


def compliance_required(patient_story: bool, rules: Approvals) -> bool:
    return rules.compliance_for_patient_stories and patient_story


def _who(names: Collection[str]) -> str:
    names = list(names)
    if not names:
        return "someone"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _state_refusal(post: Post, doing: str) -> ApprovalError | None:
    """Why the post's state rules out `doing` ("approve" or "request changes on") this post now."""
    closing = post.closing_decision
    if post.state == "blocked":
        return BlockedText(
            "The guardrails block this text, so it cannot be approved. The author has to edit it first."
        )
    if post.state == "expired":
        return ExpiredPost(
            "This post passed its scheduled time without approval, so it expired. Set a new time to reopen it."
        )
    if post.state == "approved":
        return AlreadyDecided(f"This version is already approved (by {_who(post.approvers)}).")
    if post.state == "changes_requested":
        by = closing.actor if closing else "an approver"
        return AlreadyDecided(
            f"Changes were already requested by {by}. The author has to submit a new version before anyone can "
            f"{doing} it."
        )
    return None


def _identity_refusal(post: Post, actor: str, doing: str) -> ApprovalError:
    if _is_self(post, actor):
        if doing == "approve":
            return SelfApproval("You wrote this post, so you cannot approve it. Someone else has to.")
        return SelfApproval("You wrote this post: edit it instead of requesting changes.")
    return NotAnApprover(f"Only the approvers the policy names can {doing} posts, and you are not one of them.")


def _is_self(post: Post, actor: str) -> bool:
    """The author, whoever wrote the current version, or whoever wrote the text someone else submitted."""
    return actor in (post.author, post.current.created_by, post.written_by)


def approval_refusal(
    post: Post, actor: str, groups: Collection[str], rules: Approvals, seen_hash: str | None
) -> ApprovalError | None:
    """Why `actor` cannot approve `post` as it stands (None: they can). `seen_hash`: the text they saw."""
    if _is_self(post, actor) or not may_approve(actor, groups, rules):
        return _identity_refusal(post, actor, "approve")
    if seen_hash is not None and seen_hash != post.text_hash:
        return StaleVersion(
            f"The text was edited after you saw it (it is now version {post.version}). "
            "Read the current version and approve that one."
        )
    refusal = _state_refusal(post, "approve")
    if refusal is not None:
        return refusal
    if actor in post.approvers:
        return AlreadyDecided("You already approved this version.")
    if _needs_compliance_from_someone_else(post, actor, rules):
        if not rules.compliance_approvers:
            return ComplianceRequired(
                "This post tells a patient's story, and the policy requires a compliance approver's sign-off, "
                "but it names none. Add compliance_approvers to the policy file."
            )
        return ComplianceRequired(
            "This post tells a patient's story: the policy requires a compliance approver's sign-off, "
            f"so the last approval must come from {_who(rules.compliance_approvers)}."
        )
    return None


def _needs_compliance_from_someone_else(post: Post, actor: str, rules: Approvals) -> bool:
    """The approval still missing must be a compliance approver's, and `actor` is not one."""
    if not compliance_required(post.patient_story, rules) or post.has_compliance_approval:
        return False
    return not is_compliance_approver(actor, rules) and len(post.approvals) + 1 >= post.required_approvals


def request_changes_refusal(
    post: Post, actor: str, groups: Collection[str], rules: Approvals, seen_hash: str | None
) -> ApprovalError | None:
    """Why `actor` cannot send `post` back to its author now (None: they can)."""
    if _is_self(post, actor) or not may_approve(actor, groups, rules):
        return _identity_refusal(post, actor, "request changes on")
    if seen_hash is not None and seen_hash != post.text_hash:
        return StaleVersion(
            f"The text was edited after you saw it (it is now version {post.version}). Read the current version first."
        )
    return _state_refusal(post, "request changes on")


def completes_approval(post: Post, actor: str, rules: Approvals) -> bool:
    """Whether `actor`'s approval (allowed by approval_refusal) makes the current version approved."""
    if len(post.approvals) + 1 < post.required_approvals:
        return False
    if compliance_required(post.patient_story, rules):
        return post.has_compliance_approval or is_compliance_approver(actor, rules)
    return True
