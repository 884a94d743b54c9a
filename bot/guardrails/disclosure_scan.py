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


class Scanner:
    """Runs a set of rules over a text; see the module docstring."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = tuple(rules)
        by_anchor: dict[str, list[Rule]] = {}
        for rule in rules:
            for anchor in rule.anchors:
                if anchor != anchor.lower():
                    raise ValueError(f"anchor {anchor!r} of rule {rule.kind!r} must be lower-case")
                by_anchor.setdefault(anchor, []).append(rule)
        stems = sorted(by_anchor, key=len, reverse=True)
        # The alternation takes the longest stem at a place, so a longer stem also runs the rules of its prefixes.
        self._by_anchor = {
            stem: list(dict.fromkeys(rule for other in stems if stem.startswith(other) for rule in by_anchor[other]))
            for stem in stems
        }
        self._anchor = re.compile(_trie_pattern(stems))

    def scan(self, text: str, lower: str) -> list[Hit]:
        """Every match of every rule, once each, in text order."""
        lower = aligned_lower(text, lower)
        size = len(text)
        seen: dict[tuple[int, int, str], Hit] = {}
        tried: set[tuple[int, int, int]] = set()
        for anchor in self._anchor.finditer(lower):
            for rule in self._by_anchor[anchor.group()]:
                low = max(0, anchor.start() - rule.before)
                high = min(size, anchor.end() + rule.after)
                key = (id(rule), low, high)
                if key in tried:
                    continue
                tried.add(key)
                for match in rule.pattern.finditer(text, low, high):
                    seen.setdefault((match.start(), match.end(), rule.kind), Hit(rule.kind, match))
        return sorted(seen.values(), key=lambda hit: hit.span)
