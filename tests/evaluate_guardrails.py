"""Score the guardrail engine on labeled posts: `python -m tests.evaluate_guardrails [-v] [FILE ...]`.

With no FILE it reads the labeled example posts (see tests/labeled_data.py). Prints PHI recall
(labeled substrings overlapped by a `phi` finding), the rate at which clean posts are blocked,
and per-concern recall; `-v` lists every miss and false alarm.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field

from bot.guardrails import review
from tests.labeled_data import load_dev_set, missing_reason

BLOCKING = ("claim", "advice", "disclosure", "consent", "misinfo")


@dataclass
class Scores:
    phi_total: int = 0
    phi_found: int = 0
    clean_total: int = 0
    clean_blocked: int = 0
    concern_total: dict[str, int] = field(default_factory=dict)
    concern_found: dict[str, int] = field(default_factory=dict)
    concern_false: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def phi_recall(self) -> float:
        return self.phi_found / self.phi_total if self.phi_total else 1.0

    @property
    def clean_block_rate(self) -> float:
        return self.clean_blocked / self.clean_total if self.clean_total else 0.0

    def recall(self, concern: str) -> float:
        total = self.concern_total.get(concern, 0)
        return self.concern_found.get(concern, 0) / total if total else 1.0


def _overlaps(span: tuple[int, int], findings: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in findings)


def score(rows: list[dict]) -> Scores:
    scores = Scores()
    for row in rows:
        report = review(row["text"], row.get("platform"))
        checks = {f.check for f in report.findings if f.severity == "block"}
        phi_spans = [(f.start, f.end) for f in report.findings if f.check == "phi"]
        for substring in row["phi"]:
            scores.phi_total += 1
            start = row["text"].find(substring)
            if start >= 0 and _overlaps((start, start + len(substring)), phi_spans):
                scores.phi_found += 1
            else:
                scores.misses.append(f"{row['id']} phi missed: {substring!r}")
        if not row["phi"] and "phi" in checks:
            for f in report.findings:
                if f.check == "phi":
                    scores.misses.append(f"{row['id']} phi false alarm: {f.excerpt!r} ({f.kind})")
        if not row["blocked"]:
            scores.clean_total += 1
            if report.blocked:
                scores.clean_blocked += 1
                why = sorted({f"{f.check}:{f.excerpt[:40]!r}" for f in report.findings if f.severity == "block"})
                scores.misses.append(f"{row['id']} clean post blocked by {why}")
        for concern in BLOCKING:
            labeled = concern in row["issues"]
            found = concern in checks
            if labeled:
                scores.concern_total[concern] = scores.concern_total.get(concern, 0) + 1
                if found:
                    scores.concern_found[concern] = scores.concern_found.get(concern, 0) + 1
                else:
                    scores.misses.append(f"{row['id']} {concern} missed")
            elif found:
                scores.concern_false[concern] = scores.concern_false.get(concern, 0) + 1
                excerpts = [f.excerpt[:50] for f in report.findings if f.check == concern]
                scores.misses.append(f"{row['id']} {concern} false alarm: {excerpts}")
    return scores


def summary(scores: Scores) -> str:
    lines = [
        f"PHI recall          {scores.phi_recall:6.1%}  ({scores.phi_found}/{scores.phi_total} labeled identifiers)",
        f"clean posts blocked {scores.clean_block_rate:6.1%}  ({scores.clean_blocked}/{scores.clean_total})",
    ]
    for concern in BLOCKING:
        lines.append(
            f"{concern:<19} {scores.recall(concern):6.1%}  recall "
            f"({scores.concern_found.get(concern, 0)}/{scores.concern_total.get(concern, 0)}), "
            f"{scores.concern_false.get(concern, 0)} on posts not labeled with it"
        )
    return "\n".join(lines)


def _read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str]) -> int:
    files = [arg for arg in argv if not arg.startswith("-")]
    if files:
        rows = [row for path in files for row in _read(path)]
    else:
        rows = load_dev_set()
        if rows is None:
            print(missing_reason())
            return 0
    scores = score(rows)
    print(f"{len(rows)} posts")
    print(summary(scores))
    if "-v" in argv:
        print()
        print("\n".join(sorted(scores.misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
