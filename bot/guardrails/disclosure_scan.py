"""Anchored pattern scanning, shared by the disclosure, consent and tone checks.

Python's `re` is slow when a case-insensitive pattern that starts with a word boundary is tried at
every position of a post. Here each rule names a few lower-case anchor stems ("patient", "code");
one plain alternation finds them in the lower-cased text, and a rule's detailed pattern runs only
on a short window of the original text around each anchor it owns. Most posts hold no anchor at
all, so most rules never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


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


def _trie_pattern(words: list[str]) -> str:
    """One regex for a set of literal words, shaped as a trie: twice as fast in `re` as a flat alternation,
    and like it, it takes the longest word at each place."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_SCANNERS: list[Scanner] = []  # every scanner built, so that one pass over a text finds all their anchors
_union: list = [0, None]  # [number of scanners it covers, compiled lookahead pattern]
_CACHE_KEY = "guardrail_anchor_index"


def _union_pattern() -> re.Pattern[str]:
    if _union[0] != len(_SCANNERS) or _union[1] is None:
        stems = sorted({stem for scanner in _SCANNERS for stem in scanner.stems})
        # A lookahead finds a stem starting at every place, even inside or across another stem.
        _union[1] = re.compile(f"(?=({_trie_pattern(stems)}))")
        _union[0] = len(_SCANNERS)
    return _union[1]


def anchor_index(text: str, lower: str, cache: dict | None = None) -> list[tuple[int, str]]:
    """(offset, longest stem starting there) for every anchor of every scanner, computed once per text."""
    pattern = _union_pattern()
    if cache is not None:
        cached = cache.get(_CACHE_KEY)
        if cached is not None and cached[0] is pattern and cached[1] is text:
            return cached[2]
    lower = aligned_lower(text, lower)
    found = [(match.start(), match.group(1)) for match in pattern.finditer(lower)]
    if cache is not None:
        cache[_CACHE_KEY] = (pattern, text, found)
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
        self._own_pattern: re.Pattern[str] | None = None
        if shared:
            _SCANNERS.append(self)
        else:
            self._own_pattern = re.compile(f"(?=({_trie_pattern(sorted(self.stems))}))")

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
        if self._own_pattern is None:
            anchors = anchor_index(text, lower, cache)
        else:
            anchors = [(m.start(), m.group(1)) for m in self._own_pattern.finditer(aligned_lower(text, lower))]
        for offset, stem in anchors:
            for rule in self._rules_for(stem):
                low = max(0, offset - rule.before)
                high = min(size, offset + len(stem) + rule.after)
                key = (id(rule), low, high)
                if key in tried:
                    continue
                tried.add(key)
                for match in rule.pattern.finditer(text, low, high):
                    seen.setdefault((match.start(), match.end(), rule.kind), Hit(rule.kind, match))
        return sorted(seen.values(), key=lambda hit: hit.span)
