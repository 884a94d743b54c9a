"""Anchored pattern scanning, shared by the disclosure, consent and tone checks.

Python's `re` is slow when a case-insensitive pattern that starts with a word boundary is tried at
every position of a post. Here each rule names a few lower-case anchor stems ("patient", "code");
one Aho-Corasick pass finds all of them in the lower-cased text, and a rule's detailed pattern runs
only on a short window of the original text around each anchor it owns. Most posts hold few anchors,
so most rules never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True, slots=True)
class Rule:
    """A detailed pattern that can only match near one of its anchors."""

    kind: str
    anchors: tuple[str, ...]  # lower-case substrings; at least one lies inside every match
    pattern: re.Pattern[str]
    before: int = 60  # how far before an anchor a match may start
    after: int = 60  # how far after an anchor a match may end


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    match: re.Match[str]

    @property
    def span(self) -> tuple[int, int]:
        return self.match.span()


def merge_spans(spans: list[tuple]) -> list[tuple]:
    """Overlapping (start, end, ...) spans become one, keeping the extra fields of the first at that place."""
    merged: list[tuple] = []
    for span in sorted(spans):
        if merged and span[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], span[1]), *last[2:])
        else:
            merged.append(span)
    return merged


def aligned_lower(text: str, lower: str) -> str:
    """`lower` when it keeps every offset of `text`; otherwise a lower-cased copy that does (e.g. for 'İ')."""
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class StemFinder:
    """Every place where one of a set of lower-case stems starts, with the longest stem starting there: one
    Aho-Corasick pass (pyahocorasick) over the text, however many stems there are."""

    def __init__(self, stems: frozenset[str] | set[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for stem in stems:
            self._automaton.add_word(stem, stem)
        self._automaton.make_automaton()

    def find(self, lower: str) -> list[tuple[int, str]]:
        longest: dict[int, str] = {}
        for end, stem in self._automaton.iter(lower):
            start = end - len(stem) + 1
            if len(stem) > len(longest.get(start, "")):
                longest[start] = stem
        return sorted(longest.items())


_SCANNERS: list[Scanner] = []  # every scanner built, so that one pass over a text finds all their anchors
_union: list = [0, None]  # [number of scanners it covers, StemFinder for all their stems]
_CACHE_KEY = "guardrail_anchor_index"


def _union_finder() -> StemFinder:
    if _union[0] != len(_SCANNERS) or _union[1] is None:
        _union[1] = StemFinder({stem for scanner in _SCANNERS for stem in scanner.stems})
        _union[0] = len(_SCANNERS)
    return _union[1]


def anchor_index(text: str, lower: str, cache: dict | None = None) -> list[tuple[int, str]]:
    """(offset, longest stem starting there) for every anchor of every scanner, computed once per text."""
    finder = _union_finder()
    if cache is not None:
        cached = cache.get(_CACHE_KEY)
        if cached is not None and cached[0] is finder and cached[1] is text:
            return cached[2]
    found = finder.find(aligned_lower(text, lower))
    if cache is not None:
        cache[_CACHE_KEY] = (finder, text, found)
    return found


class Scanner:
    """Runs a set of rules over a text; see the module docstring."""

    def __init__(self, rules: list[Rule], shared: bool = True) -> None:
        """`shared=False` for a scanner run on few texts: its anchors stay out of the shared pass."""
        self.rules = tuple(rules)
        by_anchor: dict[str, list[Rule]] = {}
        for rule in rules:
            for anchor in rule.anchors:
                if anchor != anchor.lower() or not anchor:
                    raise ValueError(f"anchor {anchor!r} of rule {rule.kind!r} must be lower-case and not empty")
                by_anchor.setdefault(anchor, []).append(rule)
        self.stems = frozenset(by_anchor)
        self._by_anchor = by_anchor
        self._rules_for_stem: dict[str, tuple[Rule, ...]] = {}
        self._own_finder: StemFinder | None = None
        if shared:
            _SCANNERS.append(self)
        else:
            self._own_finder = StemFinder(self.stems)

    def _rules_for(self, stem: str) -> tuple[Rule, ...]:
        """This scanner's rules for a stem found in the text: those of each of its own stems that begin it."""
        rules = self._rules_for_stem.get(stem)
        if rules is None:
            rules = tuple(
                dict.fromkeys(rule for own in self.stems if stem.startswith(own) for rule in self._by_anchor[own])
            )
            self._rules_for_stem[stem] = rules
        return rules

    def scan(self, text: str, lower: str, cache: dict | None = None) -> list[Hit]:
        """Every match of every rule, once each, in text order. `cache` (a review's `ctx.extra`) shares the
        anchor pass between the checks."""
        size = len(text)
        seen: dict[tuple[int, int, str], Hit] = {}
        tried: set[tuple[int, int, int]] = set()
        if self._own_finder is None:
            anchors = anchor_index(text, lower, cache)
        else:
            anchors = self._own_finder.find(aligned_lower(text, lower))
        rules_for_stem = self._rules_for_stem
        for offset, stem in anchors:
            rules = rules_for_stem.get(stem)
            if rules is None:
                rules = self._rules_for(stem)
            for rule in rules:
                low = offset - rule.before
                high = offset + len(stem) + rule.after
                key = (id(rule), low, high)
                if key in tried:
                    continue
                tried.add(key)
                kind = rule.kind
                for match in rule.pattern.finditer(text, low if low > 0 else 0, high if high < size else size):
                    found = (match.start(), match.end(), kind)
                    if found not in seen:
                        seen[found] = Hit(kind, match)
        return [seen[key] for key in sorted(seen)]
