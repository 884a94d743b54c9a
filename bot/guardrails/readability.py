"""Readability: the reading grade against the policy's target (textstat does the counting)."""

from __future__ import annotations

import itertools
import re
import threading
from functools import lru_cache
from typing import Any

from textstat.textstat import textstatistics

from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding

# Grades are unreliable on very short texts: a two-word reply has no meaningful grade.
MIN_WORDS = 25
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu|health)(?:/\S*)?", re.I)
_HANDLE_OR_TAG = re.compile(r"[@#]\w+")

_local = threading.local()
WORDS_REMEMBERED = 20_000


class _MemoisedHyphenator:
    """textstat hyphenates every word of every text it grades; words recur across posts, so each
    word's hyphenation is remembered (a quarter of the cost of grading a typical post)."""

    def __init__(self, hyphenator: Any) -> None:
        self.positions = lru_cache(maxsize=WORDS_REMEMBERED)(hyphenator.positions)


def _stats(language: str) -> textstatistics:
    """One textstat instance per language per thread: its language setting is instance state."""
    cache = getattr(_local, "stats", None)
    if cache is None:
        cache = _local.stats = {}
    stats = cache.get(language)
    if stats is None:
        stats = textstatistics()
        stats.set_lang(language)
        stats.pyphen = _MemoisedHyphenator(stats.pyphen)
        cache[language] = stats
    return stats


_TEXTSTAT_CACHES = [
    member
    for name in dir(textstatistics)
    if callable(getattr(member := getattr(textstatistics, name), "cache_clear", None))
]


def clear_caches() -> None:
    """Forget textstat's memoised counts (it keeps the last 128 texts): for honest benchmarks."""
    for cached in _TEXTSTAT_CACHES:
        cached.cache_clear()


def _prose(text: str) -> str:
    """Links, handles and hashtags are not prose; leave them out of the grade."""
    return _HANDLE_OR_TAG.sub(" ", _URL.sub(" ", text))


def reading_grade(text: str, language: str = "en") -> float | None:
    """The US school grade of `text`, or None when it is too short to grade."""
    prose = _prose(text)
    stats = _stats(language)
    if stats.lexicon_count(prose) < MIN_WORDS:
        return None
    if language == "es":
        # Fernandez-Huerta reading ease (0-100) mapped onto US grades, as Flesch ease maps.
        ease = stats.fernandez_huerta(prose)
        grade = _ease_to_grade(ease)
    else:
        grade = stats.flesch_kincaid_grade(prose)
    return round(max(grade, 0.0), 1)


def _ease_to_grade(ease: float) -> float:
    # Flesch's own table: 90-100 grade 5, 80-90 grade 6, 70-80 grade 7, 60-70 grades 8-9,
    # 50-60 grades 10-12, 30-50 college (13-16), below 30 graduate (17+).
    points = [(100, 4.0), (90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.5), (0, 18.0)]
    if ease >= 100:
        return 4.0
    for (hi, g_hi), (lo, g_lo) in itertools.pairwise(points):
        if lo <= ease <= hi:
            return g_lo + (g_hi - g_lo) * (ease - lo) / (hi - lo)
    return 18.0


_SENTENCE = re.compile(r"[^.!?¡¿\n]+[.!?]*")


def _longest_sentence(text: str) -> tuple[int, int]:
    """The span of the sentence with the most words: the first place to simplify."""
    best = (0, len(text))
    best_words = -1
    for match in _SENTENCE.finditer(text):
        words = len(match.group().split())
        if words > best_words:
            best_words = words
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            best = (start, match.end())
    return best


def check(ctx: ReviewContext) -> list[Finding]:
    grade = reading_grade(ctx.text, ctx.language)
    ctx.extra["reading_grade"] = grade
    target = ctx.policy.reading_grade_target
    if grade is None or grade <= target:
        return []
    start, end = _longest_sentence(ctx.text)
    return [
        Finding(
            check="readability",
            severity="warn",
            start=start,
            end=end,
            excerpt=ctx.text[start:end],
            message=f"Reads at grade {grade:g}; the target is grade {target:g} or below.",
            suggestion="Use shorter sentences and everyday words (for example 'use' for 'utilize').",
        )
    ]
