"""Anchored scanning: a regex is tried only at the words every match must start with, with the same results."""

from __future__ import annotations

import pytest

from bot.guardrails.claim_text import Dual, anchor_stems
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


@pytest.mark.parametrize(
    ("regex", "stems"),
    [
        (r"\b(?:stop|quit)\s+your\s+\w+", ("quit", "stop")),
        (r"\b(?:the\s+)?best\s+care", ("best", "the")),
        (r"\bdon't\s+need", ("don",)),
        (r"\d+\s?x\s+faster", tuple(str(d) for d in range(10))),
        (r"(?<![\w.])cure[sd]?\b|\bmiracle", ("cure", "miracle")),
        (r"\b(?:photos?|pictures?)\s+you\s+sent", ("photo", "picture")),
        (r"(?<=\byou\s)(?:mentioned|said)\b", ("mentioned", "said")),
    ],
)
def test_anchor_stems_are_the_words_a_match_starts_with(regex: str, stems: tuple[str, ...]) -> None:
    assert anchor_stems(regex) == tuple(sorted(stems))


@pytest.mark.parametrize("regex", [r"\s(?:out\s+of|in)\s+\d+", r"#\s?1\b", r"\w+(?<=itis)", r"(?:a|\s)x"])
def test_a_regex_that_can_start_anywhere_has_no_anchors(regex: str) -> None:
    assert anchor_stems(regex) is None


@pytest.mark.parametrize(
    ("regex", "text"),
    [
        (r"\b(?:stop|halve)\s+(?:your\s+)?\w+\s+pills?", "Stop your statin pills. Or halve blood pills? stop pills"),
        (r"\b(?:the\s+)?best\s+\w+", "The best care and the best team, best_of_breed aside."),
        (r"\b\d+\s?x\s+(?:faster|better)", "Heals 3x faster, 10 x better, and a1x faster is no number."),
        (r"\bno\s+need\b", "No need to wait; no-need; nonneed; no need."),
    ],
)
def test_scan_finds_what_a_full_scan_finds(regex: str, text: str, policy: Policy) -> None:
    dual = Dual(regex)
    assert dual.anchors is not None
    ctx = ReviewContext(text=text, platform=None, policy=policy)
    assert [m.span() for m in dual.scan(ctx)] == [m.span() for m in dual.finditer(ctx)]
    assert list(dual.scan(ctx))
