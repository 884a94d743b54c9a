"""The engine on the project's own labeled posts (tests/data/tuning): the issue's bar, every time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.evaluate_guardrails import BLOCKING, score

TUNING = sorted((Path(__file__).parent / "data" / "tuning").glob("set-*.jsonl"))


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", TUNING, ids=[p.stem for p in TUNING])
def test_tuning_set_meets_the_bar(path: Path) -> None:
    scores = score(_rows(path))
    assert scores.phi_recall >= 0.95, scores.misses
    assert scores.clean_block_rate <= 0.05, scores.misses
    for concern in BLOCKING:
        assert scores.recall(concern) >= 0.85, (concern, scores.misses)


def test_the_sets_are_there() -> None:
    assert len(TUNING) == 4
