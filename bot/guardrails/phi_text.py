"""Text helpers shared by the PHI detectors: the span type, sentences, a word index and word-triggered lexicons.

Python's `re` tries a large alternation at every character, which costs tens of microseconds per post.
A `Lexicon` instead lists the words its phrases start with; `TextIndex` splits the text into words once
and tries the phrase pattern only where such a word starts, caching the hits per text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import NamedTuple


class PhiSpan(NamedTuple):
    """One patient identifier: character offsets into the reviewed text and its type."""

    start: int
    end: int
    kind: str


# A sentence ends at . ! ? (or …) followed by a space and a capital, or at a line break. Abbreviations
# that end in a full stop (Dr. Mr. St. Ave.) do not end a sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'”’)]*\s+(?:[^\w\s]{1,4}\s+)*(?=[\"'“¡¿(]*[A-ZÁÉÍÓÚÑ0-9@#])|\n+"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Dra|Mr|Mrs|Ms|Mx|Sr|Sra|Srta|St|Ste|Jr|Ave|Blvd|Rd|Ln|Ct|Apt|No|Rm|vs|etc|Prof|Rev|Hon|Gov|Sen|Rep|"
    r"U\.S|a\.m|p\.m|[A-Z])\.)$"
)
# A month's abbreviation before a day ("Oct. 2") does not end a sentence either.
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_WORD = re.compile(r"\w+")
_POSSESSIVE_MARK = re.compile(r"(?<=\w)['’]s\b")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line of `text`, in order."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group():
            head = text[max(start, match.start() - 6) : match.start()]
            if _ABBREVIATION.search(head):
                continue
            if _MONTH_ABBREVIATION.search(head) and text[match.end() : match.end() + 1].isdigit():
                continue
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def word_ending_in(suffixes: Iterable[str]) -> str:
    """A pattern for a whole word with one of `suffixes`: the word is read once (no backtracking), then its end is
    checked, which is much cheaper than `\\w+(?:a|b|c)`."""
    return r"\w++(?:" + "|".join(rf"(?<={re.escape(x)})" for x in suffixes) + ")"


class Lexicon:
    """A phrase pattern tried only at words that can start it: `triggers`, words starting with one of
    `prefixes` (at least three letters each) or ending with one of `suffixes`, and, with `numbers`, words
    starting with a digit (with `possessives`, also words followed by 's); with `capital_within`, only where one
    of the next few words is capitalised. `exact` words are hits by themselves,
    with no pattern tried (unless `guard`, a pattern, matches right after them); a hit with `reject_before`
    matching the text before it does not count. `Lexicon.union` joins lexicons with different triggers."""

    __slots__ = (
        "capital_within", "exact", "guard", "numbers", "parts", "possessives", "prefixes", "regex", "reject_before",
        "suffixes", "triggers",
    )

    def __init__(
        self,
        pattern: str,
        triggers: Iterable[str],
        prefixes: Iterable[str] = (),
        flags: int = re.I,
        numbers: bool = False,
        suffixes: Iterable[str] = (),
        possessives: bool = False,
        reject_before: str = "",
        capital_within: int = 0,
    ) -> None:
        self.regex = re.compile(pattern, flags)
        self.triggers = frozenset(t.lower() for t in triggers)
        self.prefixes = tuple(p.lower() for p in prefixes)
        if any(len(p) < 3 for p in self.prefixes):
            raise ValueError("lexicon prefixes need at least three letters")
        self.numbers = numbers
        self.suffixes = tuple(x.lower() for x in suffixes)
        self.possessives = possessives  # also try at words followed by 's ("Ella's")
        self.reject_before = re.compile(reject_before, flags) if reject_before else None
        # with `capital_within`, a start needs a capitalised word among the next so many words ("from Glenmere")
        self.capital_within = capital_within
        self.exact: frozenset[str] = frozenset()
        self.guard: re.Pattern[str] | None = None
        self.parts: tuple[Lexicon, ...] = ()

    @classmethod
    def union(cls, *parts: Lexicon) -> Lexicon:
        """The hits of several lexicons, each tried only at its own trigger words, as one lexicon."""
        joined = cls(r"(?!)", ())
        joined.parts = parts
        return joined

    @classmethod
    def of_phrases(cls, phrases: str, suffixes: Iterable[str] = (), not_before: str = "") -> Lexicon:
        """From space-separated phrases: `_` joins words (space or hyphen), a trailing `*` means any ending;
        `suffixes` adds words with those endings; a phrase followed by `not_before` (a pattern) does not count.
        Single words are looked up directly; only the other phrases go into the pattern."""
        parts, triggers, prefixes, singles = [], set(), [], set()
        for phrase in phrases.split():
            if "_" not in phrase and _WORD.fullmatch(phrase):
                singles.add(phrase.lower())
                continue
            parts_of_phrase = phrase.split("_")
            first = _WORD.match(parts_of_phrase[0].rstrip("*"))
            head = first.group() if first else parts_of_phrase[0]
            if parts_of_phrase[0].endswith("*") and len(parts_of_phrase) == 1:
                prefixes.append(head)
            else:
                triggers.add(head)
            parts.append(
                r"[\s-]+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in parts_of_phrase)
            )
        # A single word that also starts a longer phrase is left to the pattern, which tries the longer one first.
        lowered_triggers = {t.lower() for t in triggers}
        for word in sorted(singles & lowered_triggers):
            parts.append(re.escape(word))
        singles -= lowered_triggers
        suffixes = tuple(suffixes)
        if suffixes:
            parts.append(word_ending_in(suffixes))
        parts.sort(key=len, reverse=True)
        guard = rf"(?!\s+(?:{not_before})\b)" if not_before else ""
        pattern = r"(?:" + "|".join(parts) + r")\b" + guard if parts else r"(?!)"
        lexicon = cls(pattern, triggers, prefixes, suffixes=suffixes)
        lexicon.exact = frozenset(singles)
        lexicon.guard = re.compile(rf"\s+(?:{not_before})\b", re.I) if not_before else None
        return lexicon


class TextIndex:
    """One text, read once: its words, sentences and lexicon hits, shared by every PHI detector."""

    __slots__ = (
        "_by_prefix", "_hit_starts", "_hits", "_long", "_number_starts", "_possessive_starts", "lower", "positions",
        "sentence_starts", "sentences", "text", "vocabulary", "word_starts", "words",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        if len(self.lower) == len(text):
            self.words = [(m.start(), m.group()) for m in _WORD.finditer(self.lower)]
        else:  # lower-casing changed the length (a rare letter such as 'İ'): keep the original offsets
            self.words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
        self.word_starts = [start for start, _ in self.words]
        positions: dict[str, list[int]] = {}
        for start, word in self.words:
            where = positions.get(word)
            if where is None:
                positions[word] = [start]
            else:
                where.append(start)
        self.positions = positions
        self.vocabulary = frozenset(positions)  # intersecting two frozensets walks the smaller one
        self.sentences = sentence_bounds(text)
        self.sentence_starts = [start for start, _ in self.sentences]
        self._hits: dict[int, list[tuple[int, int]]] = {}
        self._hit_starts: dict[int, list[int]] = {}
        self._by_prefix: dict[str, list[str]] | None = None
        self._number_starts: list[int] | None = None
        self._possessive_starts: list[int] | None = None
        self._long: list[tuple[str, list[int]]] | None = None

    def _words_by_prefix(self) -> dict[str, list[str]]:
        if self._by_prefix is None:
            self._by_prefix = {}
            for word in self.positions:
                self._by_prefix.setdefault(word[:3], []).append(word)
        return self._by_prefix

    def number_starts(self) -> list[int]:
        """Where the words that start with a digit start."""
        if self._number_starts is None:
            self._number_starts = [start for start, word in self.words if word[0].isdigit()]
        return self._number_starts

    def _possessives(self) -> list[int]:
        if self._possessive_starts is None:
            self._possessive_starts = []
            if "'" in self.text or "’" in self.text:
                for mark in _POSSESSIVE_MARK.finditer(self.text):
                    index = bisect_right(self.word_starts, mark.start() - 1) - 1
                    start, word = self.words[index]
                    if start + len(word) == mark.start():
                        self._possessive_starts.append(start)
        return self._possessive_starts

    def _long_words(self) -> list[tuple[str, list[int]]]:
        """Words of more than six letters and where they are (the only ones a suffix lexicon looks at)."""
        if self._long is None:
            self._long = [(word, where) for word, where in self.positions.items() if len(word) > 6]
        return self._long

    def hits(self, lexicon: Lexicon) -> list[tuple[int, int]]:
        """Every (start, end) where the lexicon matches, computed once per text."""
        found = self._hits.get(id(lexicon))
        if found is not None:
            return found
        if lexicon.parts:
            found = self._union_hits(lexicon)
            self._hits[id(lexicon)] = found
            return found
        triggered = lexicon.triggers & self.vocabulary
        exact = lexicon.exact & self.vocabulary
        if not (triggered or exact or lexicon.prefixes or lexicon.suffixes or lexicon.numbers or lexicon.possessives):
            self._hits[id(lexicon)] = found = []  # none of the words it starts with is in the text
            return found
        text = self.text
        starts: list[int] = []
        for word in triggered:
            starts += self.positions[word]
        if lexicon.prefixes:
            by_prefix = self._words_by_prefix()
            for prefix in lexicon.prefixes:
                for word in by_prefix.get(prefix[:3], ()):
                    if word.startswith(prefix) and word not in lexicon.triggers:
                        starts += self.positions[word]
        if lexicon.suffixes:
            for word, where in self._long_words():
                if word.endswith(lexicon.suffixes):
                    starts += where
        if lexicon.numbers:
            starts += self.number_starts()
        if lexicon.possessives:
            starts += self._possessives()
        if lexicon.capital_within and starts:
            starts = [start for start in starts if self._capital_soon(start, lexicon.capital_within)]
        fixed: dict[int, int] = {}
        for word in exact:
            for start in self.positions[word]:
                end = start + len(word)
                if lexicon.guard is None or not lexicon.guard.match(text, end):
                    fixed[start] = end
        found = []
        if not starts and not fixed:
            self._hits[id(lexicon)] = found
            return found
        last_end = -1
        reject = lexicon.reject_before
        for start in sorted(set(starts).union(fixed)):
            if start < last_end:
                continue
            match = lexicon.regex.match(text, start)
            span = match.span() if match else ((start, fixed[start]) if start in fixed else None)
            if span and not (reject and reject.search(text, max(0, start - 25), start)):
                found.append(span)
                last_end = span[1]
        self._hits[id(lexicon)] = found
        return found

    def _capital_soon(self, start: int, within: int) -> bool:
        index = bisect_left(self.word_starts, start)
        text = self.text
        return any(text[word_start].isupper() for word_start in self.word_starts[index + 1 : index + 1 + within])

    def _union_hits(self, lexicon: Lexicon) -> list[tuple[int, int]]:
        merged = sorted((hit for part in lexicon.parts for hit in self.hits(part)), key=lambda h: (h[0], -h[1]))
        found = []
        last_end = -1
        for start, end in merged:
            if start >= last_end:
                found.append((start, end))
                last_end = end
        return found

    def has(self, lexicon: Lexicon, start: int = 0, end: int | None = None) -> bool:
        return self.first(lexicon, start, end) is not None

    def first(self, lexicon: Lexicon, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The first hit starting in [start, end), found by bisection (a long post can have many hits)."""
        found = self.hits(lexicon)
        if not found:
            return None
        starts = self._hit_starts.get(id(lexicon))
        if starts is None:
            starts = self._hit_starts[id(lexicon)] = [hit[0] for hit in found]
        index = bisect_left(starts, start)
        if index < len(found) and found[index][0] < (len(self.text) if end is None else end):
            return found[index]
        return None

    def words_between(self, start: int, end: int) -> list[tuple[int, str]]:
        return self.words[bisect_left(self.word_starts, start) : bisect_left(self.word_starts, end)]

    def sentence(self, pos: int, before: int = 0, after: int = 0) -> tuple[int, int]:
        """The span of the sentence holding `pos`, widened by `before`/`after` neighbouring sentences."""
        index = max(0, bisect_right(self.sentence_starts, pos) - 1)
        first = max(0, index - before)
        last = min(len(self.sentences) - 1, index + after)
        return self.sentences[first][0], self.sentences[last][1]


def fold(word: str) -> str:
    """Lower case without accents: 'Julián' -> 'julian'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(spaced: str) -> list[str]:
    """The words of a space-separated list (keeps long word lists readable)."""
    return spaced.split()


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())
