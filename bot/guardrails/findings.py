"""The shapes every check returns and the engine assembles: Finding and Report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Check = Literal[
    "phi", "claim", "advice", "disclosure", "consent", "misinfo",
    "tone", "readability", "platform", "policy",
]
Severity = Literal["block", "warn", "info"]
Verdict = Literal["block", "revise", "pass"]

CHECKS: tuple[str, ...] = (
    "phi", "claim", "advice", "disclosure", "consent", "misinfo",
    "tone", "readability", "platform", "policy",
)
SEVERITY_RANK = {"block": 0, "warn": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a text. `start`/`end` are character offsets into the reviewed text."""

    check: str
    severity: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None = None
    kind: str | None = None  # a finer label, e.g. the PHI type ("name", "phone"); not in the JSON contract

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("kind")
        return data


@dataclass(frozen=True, slots=True)
class Readability:
    grade: float | None
    target: float

    def to_dict(self) -> dict[str, Any]:
        return {"grade": self.grade, "target": self.target}


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    name: str | None
    length: int
    limit: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "length": self.length, "limit": self.limit}


@dataclass(frozen=True, slots=True)
class Report:
    verdict: str
    findings: tuple[Finding, ...]
    readability: Readability
    platform: PlatformInfo
    text: str = field(repr=False, default="")

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"

    def by_check(self, check: str) -> list[Finding]:
        return [f for f in self.findings if f.check == check]

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "readability": self.readability.to_dict(),
            "platform": self.platform.to_dict(),
        }


def verdict_for(findings: list[Finding] | tuple[Finding, ...]) -> str:
    """`block` if any finding blocks, else `revise` if any warns, else `pass`."""
    severities = {f.severity for f in findings}
    if "block" in severities:
        return "block"
    if "warn" in severities:
        return "revise"
    return "pass"
