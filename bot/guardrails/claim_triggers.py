"""Which rules are worth running on a text, found with one pass over its words.

Every rule of the claim, advice and misinfo checks names trigger stems: a rule's regex runs only when
a word of the post starts with one of them ("guarant" for "guaranteed", "garantizados"). Most posts
hold few, so most regexes never run. A stem that is not a word ("%", "#") is looked up as a character;
"<digit>" stands for any word starting with a digit; the letters after a number ("3x", "10mg") count as a word.

Each check registers its groups once (`register`) and gets back a function giving the keys present in
a text; all groups share one index, so a post's words are looked up once for the three checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping

from bot.guardrails.context import ReviewContext

_TOKEN = re.compile(r"[^\W_]+")
DIGIT = "<digit>"
_HEAD = 3
_WORD_CACHE_SIZE = 50_000  # distinct words remembered by a trigger index, a few MB at most


class _WordIndex:
    """A post's words from one pass over the text: their offsets, and the words by their first letters."""

    __slots__ = ("_by_short", "by_head", "positions")

    def __init__(self, lower: str) -> None:
        positions: dict[str, list[int]] = {}
        for match in _TOKEN.finditer(lower):
            positions.setdefault(match.group(), []).append(match.start())
        by_head: dict[str, list[str]] = {}
        for word in positions:
            by_head.setdefault(word[:_HEAD], []).append(word)
        self.positions = positions
        self.by_head = by_head
        self._by_short: dict[str, list[str]] | None = None

    @property
    def by_short(self) -> dict[str, list[str]]:
        """The words by their first letter and by their first two letters (built on first use)."""
        if self._by_short is None:
            by_short: dict[str, list[str]] = {}
            for word in self.positions:
                by_short.setdefault(word[:1], []).append(word)
                if len(word) > 1:
                    by_short.setdefault(word[:2], []).append(word)
            self._by_short = by_short
        return self._by_short


def _index(ctx: ReviewContext) -> _WordIndex:
    index = ctx.extra.get("_claim_word_index")
    if index is None:
        index = ctx.extra["_claim_word_index"] = _WordIndex(ctx.lower)
    return index


def _word_positions(ctx: ReviewContext) -> dict[str, list[int]]:
    """Every distinct lower-case word and where it starts; cached on the context."""
    return _index(ctx).positions


def words(ctx: ReviewContext) -> dict[str, list[int]]:
    """The distinct lower-case words of the text (a mapping to their offsets; iterate or test membership)."""
    return _index(ctx).positions


class Anchors:
    """Stems grouped by their first three characters, for `word_starts`.

    Stems shorter than three characters match whole words only, unless `short_prefixes` is set.
    """

    __slots__ = ("by_head", "heads", "short", "short_prefixes")

    def __init__(self, stems: Iterable[str], short_prefixes: bool = False) -> None:
        by_head: dict[str, list[str]] = {}
        short: set[str] = set()
        for stem in stems:
            if len(stem) < _HEAD:
                short.add(stem)
            else:
                by_head.setdefault(stem[:_HEAD], []).append(stem)
        self.by_head = {head: tuple(group) for head, group in by_head.items()}
        self.heads = tuple(self.by_head)
        self.short = frozenset(short)
        self.short_prefixes = short_prefixes


def _positions(ctx: ReviewContext, word: str) -> list[int]:
    """Where `word` occurs as a whole word in the lower-cased text."""
    return _index(ctx).positions.get(word, [])


def word_starts(ctx: ReviewContext, anchors: Anchors) -> list[int]:
    """Offsets of the words that start with one of the anchors' stems (short stems: whole words), in order."""
    word_index = _index(ctx)
    index, positions = word_index.by_head, word_index.positions
    found: list[int] = []
    by_head = anchors.by_head
    heads = anchors.heads if len(anchors.heads) < len(index) else [head for head in index if head in by_head]
    for head in heads:
        group = index.get(head)
        if group:
            stems = by_head[head]
            for word in group:
                if word.startswith(stems):
                    found.extend(positions[word])
    if anchors.short_prefixes:
        by_short = word_index.by_short
        for stem in anchors.short:
            for word in by_short.get(stem, ()):
                found.extend(positions[word])
    else:
        for stem in anchors.short:
            if stem in positions:
                found.extend(positions[stem])
    if len(found) > 1:
        found.sort()
    return found


class TriggerIndex:
    """Maps trigger stems to the keys of the rules they switch on.

    Stems of three or more characters match any word they start; shorter stems ("no", "pt") match
    whole words only. Lookup is by a word's first three characters: about one dict lookup a word.
    """

    def __init__(self, triggers: Mapping[Hashable, Iterable[str]]) -> None:
        self._by_head: dict[str, list[tuple[str, frozenset[Hashable]]]] = {}
        self._short: dict[str, set[Hashable]] = {}
        self._by_char: dict[str, set[Hashable]] = {}
        by_stem: dict[str, set[Hashable]] = {}
        digit: set[Hashable] = set()
        for key, stems in triggers.items():
            for stem in stems:
                stem = stem.lower()
                if stem == DIGIT:
                    digit.add(key)
                elif _TOKEN.fullmatch(stem):
                    by_stem.setdefault(stem, set()).add(key)
                elif len(stem) == 1:
                    self._by_char.setdefault(stem, set()).add(key)
                else:
                    raise ValueError(f"trigger {stem!r} for {key!r} must be one word, one character or {DIGIT}")
        for stem, keys in by_stem.items():
            if len(stem) < _HEAD:
                self._short.setdefault(stem, set()).update(keys)
            else:
                self._by_head.setdefault(stem[:_HEAD], []).append((stem, frozenset(keys)))
        self._digit = frozenset(digit)
        # Every stem of three or more characters, by itself: a word is looked up by each of its prefixes.
        self._stems = {stem: frozenset(keys) for stem, keys in by_stem.items() if len(stem) >= _HEAD}
        lengths: dict[str, set[int]] = {}
        for stem in self._stems:
            lengths.setdefault(stem[:_HEAD], set()).add(len(stem))
        self._lengths = {head: tuple(sorted(sizes)) for head, sizes in lengths.items()}
        self._word_keys: dict[str, frozenset[Hashable]] = {}

    def _keys_of_word(self, word: str) -> frozenset[Hashable]:
        """The keys one word switches on (cached per word: most words of a post were seen in earlier posts)."""
        found: set[Hashable] = set()
        by_head, short, stems, lengths = self._by_head, self._short, self._stems, self._lengths
        sizes = lengths.get(word[:_HEAD])
        if sizes:
            size_of_word = len(word)
            for size in sizes:
                if size > size_of_word:
                    break
                keys = stems.get(word[:size])
                if keys:
                    found |= keys
        keys = short.get(word)
        if keys:
            found |= keys
        if word[0].isdigit():
            found |= self._digit
            unit = word.lstrip("0123456789")  # "3x", "5k", "10mg": the letters after the number count too
            if unit:
                keys = short.get(unit)
                if keys:
                    found |= keys
                for stem, keys in by_head.get(unit[:_HEAD], ()):
                    if unit.startswith(stem):
                        found |= keys
        return frozenset(found)

    def find(self, ctx: ReviewContext) -> set[Hashable]:
        """The keys of the rules whose trigger stems occur in the text."""
        found: set[Hashable] = set()
        cache, keys_of = self._word_keys, self._keys_of_word
        for word in words(ctx):
            keys = cache.get(word)
            if keys is None:
                if len(cache) >= _WORD_CACHE_SIZE:
                    cache.clear()
                keys = cache[word] = keys_of(word)
            if keys:
                found |= keys
        lower = ctx.lower
        for char, keys in self._by_char.items():
            if char in lower:
                found |= keys
        return found


_GROUPS: dict[str, dict[str, tuple[str, ...]]] = {}
_SHARED: list[TriggerIndex] = []  # the index over every registered group, built on first use


def register(namespace: str, triggers: Mapping[str, Iterable[str]]) -> Callable[[ReviewContext], frozenset[str]]:
    """Add a check's trigger groups; returns `present(ctx)`: the keys of that namespace found in the text."""
    _GROUPS[namespace] = {key: tuple(stems) for key, stems in triggers.items()}
    _SHARED.clear()
    TriggerIndex(_GROUPS[namespace])  # fail at import on a malformed stem

    def present(ctx: ReviewContext) -> frozenset[str]:
        return _present_by_namespace(ctx).get(namespace, frozenset())

    return present


def _present_by_namespace(ctx: ReviewContext) -> dict[str, frozenset[str]]:
    cached = ctx.extra.get("_claim_triggers")
    if cached is None:
        if not _SHARED:
            _SHARED.append(
                TriggerIndex({(ns, key): stems for ns, group in _GROUPS.items() for key, stems in group.items()})
            )
        grouped: dict[str, set[str]] = {}
        for namespace, key in _SHARED[0].find(ctx):  # type: ignore[misc]
            grouped.setdefault(namespace, set()).add(key)
        cached = {namespace: frozenset(keys) for namespace, keys in grouped.items()}
        ctx.extra["_claim_triggers"] = cached
    return cached
