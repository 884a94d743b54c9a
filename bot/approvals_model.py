"""The shapes of the approvals use case: posts, versions, decisions, and its typed errors.

Front ends show an `ApprovalError`'s message as it is: it is written for the person who acted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.guardrails import Report

STATES = ("pending", "changes_requested", "approved", "expired", "blocked")
MAX_REASON_CHARS = 2000
MAX_SUMMARY_FINDINGS = 20


class ApprovalError(Exception):
    """A request the approvals rules refuse; `message` is plain words for the person who asked."""

    code = "refused"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PostNotFound(ApprovalError):
    code = "not_found"


class InvalidRequest(ApprovalError):
    """The input cannot be used (empty text, unknown platform, no reason given)."""

    code = "invalid"


class SelfApproval(ApprovalError):
    code = "self_approval"


class NotAnApprover(ApprovalError):
    code = "not_an_approver"


class BlockedText(ApprovalError):
    code = "blocked"


class StaleVersion(ApprovalError):
    """The text the person saw is no longer the post's current version."""

    code = "stale_version"


class AlreadyDecided(ApprovalError):
    code = "already_decided"


class ExpiredPost(ApprovalError):
    code = "expired"


class ComplianceRequired(ApprovalError):
    code = "compliance_required"


class NotTheAuthor(ApprovalError):
    code = "not_the_author"


@dataclass(frozen=True)
class Provenance:
    """Where a text came from when an LLM wrote it: all optional."""

    model: str | None = None
    prompt_version: str | None = None
    draft_id: str | None = None

    @property
    def is_ai(self) -> bool:
        return bool(self.model or self.prompt_version or self.draft_id)


@dataclass(frozen=True)
class Version:
    id: int
    number: int
    text: str
    text_hash: str
    created_by: str
    created_at: datetime
    verdict: str
    review: dict[str, Any]
    patient_story: bool


@dataclass(frozen=True)
class Decision:
    id: int
    version_number: int
    text_hash: str
    actor: str
    decision: str  # "approve" or "request_changes"
    reason: str | None
    compliance: bool
    outcome: str | None  # "approved" or "changes_requested" when this decision closed its version
    at: datetime


@dataclass(frozen=True)
class Post:
    id: int
    state: str
    author: str
    platform: str | None
    versions: tuple[Version, ...]
    decisions: tuple[Decision, ...]
    provenance: Provenance
    scheduled_for: datetime | None
    created_at: datetime
    updated_at: datetime
    source: str | None = None
    written_by: str | None = None  # who wrote the text, when not the author
    card_ref: dict[str, Any] | None = None
    required_approvals: int = 1
    compliance_required: bool = False

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def text(self) -> str:
        return self.current.text

    @property
    def text_hash(self) -> str:
        return self.current.text_hash

    @property
    def version(self) -> int:
        return self.current.number

    @property
    def review(self) -> dict[str, Any]:
        return self.current.review

    @property
    def patient_story(self) -> bool:
        return self.current.patient_story

    @property
    def approvals(self) -> tuple[Decision, ...]:
        """The approvals of the current version (earlier versions' approvals no longer count)."""
        return tuple(d for d in self.decisions if d.decision == "approve" and d.version_number == self.version)

    @property
    def approvers(self) -> tuple[str, ...]:
        return tuple(d.actor for d in self.approvals)

    @property
    def has_compliance_approval(self) -> bool:
        return any(d.compliance for d in self.approvals)

    @property
    def closing_decision(self) -> Decision | None:
        """The decision that approved or sent back the current version, if any."""
        return next((d for d in self.decisions if d.outcome and d.version_number == self.version), None)

    @property
    def approvals_missing(self) -> int:
        return max(0, self.required_approvals - len(self.approvals))


# A post tells a patient's story when the review found a consent question (a patient story, testimonial
# or patient photo, with or without a permission statement) or when the text itself states that someone
# gave permission ("shared with her permission", "consented to", "con su permiso"): a post that carries
# a consent statement is, by that fact, about a person's own care. Erring this way costs one more
# sign-off; erring the other way would publish a patient's story without one.
_PERMISSION_STATEMENT = re.compile(
    r"\b(?:with|gave|given|granted|signed|provided|obtained|received)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:permission|consent)\b"
    r"|\bconsented\b"
    r"|\bpermission\s+to\s+(?:share|post|tell|use|feature|publish)\b"
    r"|\bcon\s+(?:su\s+|el\s+|la\s+)?(?:permiso|consentimiento|autorizaci[óo]n)\b"
    r"|\b(?:dio|dieron|otorg[óo]|firm[óo])\s+(?:su\s+)?(?:permiso|consentimiento|autorizaci[óo]n)\b",
    re.IGNORECASE,
)


def is_patient_story(report: Report) -> bool:
    """True when the post tells a patient's story (see the rule above `_PERMISSION_STATEMENT`)."""
    if report.by_check("consent"):
        return True
    return bool(_PERMISSION_STATEMENT.search(report.text))


def review_summary(report: Report) -> dict[str, Any]:
    """What a version keeps of its review: verdict, counts, and each finding's check, severity and message.

    Excerpts are left out on purpose: they can quote patient information.
    """
    counts = {"block": 0, "warn": 0, "info": 0}
    for finding in report.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return {
        "verdict": report.verdict,
        "counts": counts,
        "checks": sorted({f.check for f in report.findings}),
        "findings": [
            {"check": f.check, "severity": f.severity, "message": f.message}
            for f in report.findings[:MAX_SUMMARY_FINDINGS]
        ],
        "more_findings": max(0, len(report.findings) - MAX_SUMMARY_FINDINGS),
        "readability": report.readability.to_dict(),
        "platform": report.platform.to_dict(),
    }


def audit_summary(summary: dict[str, Any]) -> dict[str, Any]:
    """The part of a review summary that goes into audit details: no messages, no text."""
    return {"verdict": summary["verdict"], "counts": summary["counts"], "checks": summary["checks"]}


def to_utc(when: datetime) -> datetime:
    """An aware datetime in UTC; a naive one is taken to be UTC already."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def iso_utc(when: datetime) -> str:
    """The stored form of a time: ISO 8601 in UTC to the microsecond, as bot.store.utc_now writes it."""
    return to_utc(when).isoformat(timespec="microseconds")


def parse_utc(value: str | None) -> datetime | None:
    return to_utc(datetime.fromisoformat(value)) if value else None
