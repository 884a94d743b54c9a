"""The organisation's policy file: what the guardrails enforce beyond the built-in rules.

The file is YAML (a commented default ships as `bot/policy.default.yaml`; `POLICY_PATH` names
another). It is validated once at start; a malformed file is a `PolicyError` naming the problem.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_POLICY_PATH = Path(__file__).with_name("policy.default.yaml")
PLATFORMS = ("x", "threads", "instagram", "facebook", "linkedin", "tiktok")


class PolicyError(ValueError):
    """The policy file cannot be used; the message says why, in one line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Term(_Strict):
    """A banned or discouraged word or phrase (matched as whole words, case-insensitively)."""

    term: str = Field(min_length=1)
    replacement: str | None = None
    severity: Literal["block", "warn"] = "warn"
    reason: str | None = None


class Disclaimer(_Strict):
    """A sentence that must appear on some platforms, or when some topics come up."""

    text: str = Field(min_length=1)
    platforms: list[str] = Field(default_factory=list)  # empty: every platform
    topics: list[str] = Field(default_factory=list)  # empty: every post on those platforms
    severity: Literal["block", "warn"] = "warn"

    @field_validator("platforms")
    @classmethod
    def _known_platforms(cls, value: list[str]) -> list[str]:
        unknown = [p for p in value if p not in PLATFORMS]
        if unknown:
            raise ValueError(f"unknown platform(s) {unknown}; use {list(PLATFORMS)}")
        return value


class PlatformLimit(_Strict):
    length: int | None = Field(default=None, gt=0)
    hashtags: int | None = Field(default=None, ge=0)


class Organisation(_Strict):
    """The organisation's own public details: never flagged as patient information."""

    names: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    addresses: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)


class Approvals(_Strict):
    approvers: list[str] = Field(default_factory=list)  # Slack user IDs
    approver_group: str | None = None  # a Slack user group ID
    required: int = Field(default=1, ge=1, le=10)
    compliance_approvers: list[str] = Field(default_factory=list)
    compliance_for_patient_stories: bool = True


class Policy(_Strict):
    reading_grade_target: float = Field(default=8.0, gt=0, le=20)
    terms: list[Term] = Field(default_factory=list)
    disclaimers: list[Disclaimer] = Field(default_factory=list)
    platform_limits: dict[str, PlatformLimit] = Field(default_factory=dict)
    organisation: Organisation = Field(default_factory=Organisation)
    approvals: Approvals = Field(default_factory=Approvals)
    cadence: dict[str, int] = Field(default_factory=dict)  # posts a week per platform
    watch_channels: list[str] = Field(default_factory=list)

    @field_validator("platform_limits", "cadence")
    @classmethod
    def _platform_keys(cls, value: dict) -> dict:
        unknown = [p for p in value if p not in PLATFORMS]
        if unknown:
            raise ValueError(f"unknown platform(s) {unknown}; use {list(PLATFORMS)}")
        return value

    @cached_property
    def terms_pattern(self) -> re.Pattern[str] | None:
        """Every term in one whole-word, case-insensitive pattern (longest first), or None without terms."""
        if not self.terms:
            return None
        words = sorted({_fold(t.term) for t in self.terms}, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in words)
        return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)

    def term_for(self, matched: str) -> Term:
        """The policy term a match of `terms_pattern` stands for (the first one listed, if repeated)."""
        return self._terms_by_fold[_fold(matched)]

    @cached_property
    def _terms_by_fold(self) -> dict[str, Term]:
        found: dict[str, Term] = {}
        for term in self.terms:
            found.setdefault(_fold(term.term), term)
        return found


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def load_policy(path: str | Path | None = None) -> Policy:
    """Read and validate the policy file; raise PolicyError with a one-line reason."""
    source = Path(path) if path else DEFAULT_POLICY_PATH
    try:
        raw = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"policy file {source} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"policy file {source} cannot be read: {exc}") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        raise PolicyError(f"policy file {source} is not valid YAML{line}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"policy file {source} must be a mapping of settings")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"policy file {source}: {_describe(exc)}") from None
