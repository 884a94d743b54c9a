"""The guardrail engine scored on the labeled example posts (skips where they are absent)."""

from __future__ import annotations

from bot.guardrails import review
from tests.evaluate_guardrails import score


def test_phi_recall_and_no_phi_block_on_clean_posts(dev_set: list[dict]) -> None:
    scores = score(dev_set)
    assert scores.phi_recall >= 0.95, (scores.phi_recall, [m for m in scores.misses if "phi missed" in m])
    clean_flagged = [row["id"] for row in dev_set if not row["blocked"] and review(row["text"]).by_check("phi")]
    assert clean_flagged == []


def test_claim_advice_and_misinfo_recall(dev_set: list[dict]) -> None:
    scores = score(dev_set)
    for concern in ("claim", "advice", "misinfo"):
        assert scores.recall(concern) >= 0.85, (concern, scores.recall(concern))


def test_disclosure_and_consent_recall(dev_set: list[dict]) -> None:
    scores = score(dev_set)
    for concern in ("disclosure", "consent"):
        assert scores.recall(concern) >= 0.85, (concern, scores.recall(concern))
