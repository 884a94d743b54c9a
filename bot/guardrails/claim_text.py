"""Text helpers shared by the claim, advice and misinfo checks: sentences, clauses, negation, hedges.

Everything works on the original text (offsets stay valid) and caches per review in `ctx.extra`.
"""

from __future__ import annotations

import re
import re._constants as _constants  # the parsed form of a regex, to find the words a match starts with
import re._parser as _parser
from bisect import bisect_right
from collections.abc import Iterator

from bot.guardrails.claim_triggers import Anchors, word_starts
from bot.guardrails.context import ReviewContext

# A sentence ends at . ! ? … (before whitespace), at a line break, or at an emoji run followed by a capital.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n+|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F\u200D]+\s+(?=[A-ZÁÉÍÓÚÑ¡¿\"“])"
)
# Words a period follows without ending a sentence.
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        "dr dra mr mrs ms mx st sr sra srta jr vs etc no nos approx dept inc ave rd blvd fig al e.g i.e u.s a.m p.m"
        " jan feb mar apr jun jul aug sep sept oct nov dec mt ft lt gen prof rev",
    )
)
_LAST_WORD = re.compile(r"([\w.]+)\.?$")

# A clause starts after punctuation or a contrastive conjunction.
_CLAUSE_START = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|however|although|though|yet|pero|aunque|sino)\b", re.I)

NEGATION = re.compile(
    r"\b(?:no|not|never|none|nothing|nobody|neither|nor|without|cannot|can't|won't|don't|doesn't|didn't|isn't"
    r"|aren't|wasn't|weren't|shouldn't|wouldn't|couldn't|hardly|ni|nunca|jamás|tampoco|ningún|ninguna|ninguno"
    r"|nada|nadie|sin)\b|n['’]t\b",
    re.I,
)


def sentence_spans(ctx: ReviewContext) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `ctx.text`, cached on the context."""
    cached = ctx.extra.get("_claim_sentences")
    if cached is not None:
        return cached
    text = ctx.text
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group()[0] == ".":
            word = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        if match.end() > start:
            spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    ctx.extra["_claim_sentences"] = spans
    return spans


def sentence_index(ctx: ReviewContext, position: int) -> int:
    spans = sentence_spans(ctx)
    starts = ctx.extra.get("_claim_sentence_starts")
    if starts is None:
        starts = [s for s, _ in spans]
        ctx.extra["_claim_sentence_starts"] = starts
    return max(0, bisect_right(starts, position) - 1)


def sentence_around(ctx: ReviewContext, position: int) -> tuple[int, int]:
    spans = sentence_spans(ctx)
    return spans[sentence_index(ctx, position)] if spans else (0, len(ctx.text))


def clause_before(text: str, start: int, limit: int = 60, floor: int = 0) -> str:
    """The words before `start` back to the clause's beginning (at most `limit` characters)."""
    window_start = max(floor, start - limit)
    window = text[window_start:start]
    cut = 0
    for boundary in _CLAUSE_START.finditer(window):
        cut = boundary.end()
    return window[cut:]


def is_negated(ctx: ReviewContext, start: int, limit: int = 45) -> bool:
    """True when a negation precedes `start` in the same clause and sentence."""
    sentence_start, _ = sentence_around(ctx, start)
    return NEGATION.search(clause_before(ctx.text, start, limit, sentence_start)) is not None


def is_question(ctx: ReviewContext, position: int) -> bool:
    """True when the sentence holding `position` is a question."""
    start, end = sentence_around(ctx, position)
    sentence = ctx.text[start:end].rstrip()
    return sentence.endswith("?") or sentence.startswith("¿") or "?" in sentence[position - start :][:80]


def lowered(ctx: ReviewContext) -> str | None:
    """The lower-cased text when its offsets match the original's (almost always), else None.

    Regexes without IGNORECASE run several times faster on it; callers fall back to the original text.
    """
    lower = ctx.lower
    return lower if len(lower) == len(ctx.text) else None


def _without_leading_boundaries(regex: str) -> str:
    """Drop the `\\b` that opens each top-level alternative; `Dual` checks that boundary in code instead.

    A regex whose alternatives start with literals lets Python's engine skip ahead to a possible first
    character; a leading `\\b` disables that and makes the scan several times slower.
    """
    out: list[str] = []
    depth, index, in_class, branch_start = 0, 0, False, True
    while index < len(regex):
        if branch_start and depth == 0 and regex.startswith("\\b", index):
            index += 2
            branch_start = False
            continue
        branch_start = False
        char = regex[index]
        if char == "\\":
            out.append(regex[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branch_start = True
        out.append(char)
        index += 1
    return "".join(out)


def _starts_a_word(text: str, start: int) -> bool:
    """What the dropped leading `\\b` tested: a match opening with a letter or digit starts a word."""
    if start == 0 or not text[start].isalnum():
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_")


_SKIPPED_OPS = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_LEADING_WORD = re.compile(r"[^\W_]+")


_DIGITS = {str(digit) for digit in range(10)}


def _first_literals(items: list) -> set[str] | None:
    """The literal text every match of a parsed regex sequence starts with, per alternative; None if some can't.

    A digit class stands for the ten digits; an optional part adds what follows it.
    """
    prefix = ""
    for index, (op, value) in enumerate(items):
        if not prefix and op in _SKIPPED_OPS:
            continue
        if op == _constants.LITERAL:
            prefix += chr(value)
            continue
        if prefix:  # "p(?:hotos?|ictures?)": the regex engine factors out shared letters; put them back
            if op in (_constants.BRANCH, _constants.SUBPATTERN):
                rest = _first_literals([(op, value)])
                if rest:
                    return {prefix + part for part in rest}
            return {prefix}
        if op == _constants.BRANCH:
            found: set[str] = set()
            for branch in value[1]:
                branch_prefixes = _first_literals(list(branch))
                if branch_prefixes is None:
                    return None
                found |= branch_prefixes
            return found
        if op == _constants.SUBPATTERN:
            inner = _first_literals(list(value[-1]))
            if inner == {""} or inner is None:
                return inner
            return inner
        if op == _constants.IN and value in ([(_constants.CATEGORY, _constants.CATEGORY_DIGIT)],
                                              [(_constants.CATEGORY, _constants.CATEGORY_UNI_DIGIT)]):
            return set(_DIGITS)
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            body = _first_literals(list(value[2]))
            if body is None:
                return None
            if value[0] >= 1:
                return body
            rest = _first_literals(list(items[index + 1 :]))
            return None if rest is None else body | rest
        return None
    return {prefix} if prefix else None


def anchor_stems(regex: str) -> tuple[str, ...] | None:
    """The words a match of `regex` must start at (their leading letters), or None when a match can start anywhere."""
    try:
        prefixes = _first_literals(list(_parser.parse(regex)))
    except (re.error, RecursionError):
        return None
    if not prefixes:
        return None
    stems = set()
    for prefix in prefixes:
        head = _LEADING_WORD.match(prefix)
        if head is None:
            return None
        stems.add(head.group())
    return tuple(sorted(stems))


class Dual:
    """One regex compiled twice: case-sensitive for the lower-cased text (fast), IGNORECASE for the original.

    `original=True` runs the IGNORECASE form on the original text (for regexes that test capitals).
    `scan` tries the regex only at the words every match must start with, when the regex says which.
    """

    __slots__ = ("anchors", "ignorecase", "lower")

    def __init__(self, regex: str) -> None:
        regex = _without_leading_boundaries(regex)
        self.lower = re.compile(regex)
        self.ignorecase = re.compile(regex, re.I)
        stems = anchor_stems(regex)
        self.anchors = Anchors(stems, short_prefixes=True) if stems else None

    def scan(self, ctx: ReviewContext) -> Iterator[re.Match[str]]:
        """Every match, like `finditer`, but tried only where an anchor word starts (far cheaper)."""
        if self.anchors is None:
            return self.finditer(ctx)
        return self.match_at(ctx, word_starts(ctx, self.anchors))

    def finditer(
        self, ctx: ReviewContext, start: int = 0, end: int | None = None, original: bool = False
    ) -> Iterator[re.Match[str]]:
        lower = None if original else lowered(ctx)
        end = len(ctx.text) if end is None else end
        pattern, text = (self.lower, lower) if lower is not None else (self.ignorecase, ctx.text)
        for match in pattern.finditer(text, start, end):
            if _starts_a_word(text, match.start()):
                yield match

    def match_at(self, ctx: ReviewContext, positions: list[int]) -> Iterator[re.Match[str]]:
        """Matches that start at one of `positions` (word starts), skipping positions inside an earlier match."""
        lower = lowered(ctx)
        if lower is None:  # offsets of the lower-cased text differ: scan the original instead
            yield from self.finditer(ctx)
            return
        pattern, text = self.lower, lower
        reached = 0
        for position in positions:
            if position < reached or not _starts_a_word(text, position):
                continue
            match = pattern.match(text, position)
            if match is not None:
                reached = match.end()
                yield match

    def search(self, ctx: ReviewContext, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(ctx, start, end), None)
