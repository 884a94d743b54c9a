"""The guardrail engine scored on the labeled example posts (skips where they are absent)."""

from __future__ import annotations

from tests.evaluate_guardrails import score


def test_claim_advice_and_misinfo_recall(dev_set: list[dict]) -> None:
    scores = score(dev_set)
    for concern in ("claim", "advice", "misinfo"):
        assert scores.recall(concern) >= 0.85, (concern, scores.recall(concern))
