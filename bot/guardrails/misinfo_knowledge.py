"""The misinfo knowledge engine: known-false relations between topics, found in any wording.

The knowledge table (misinfo_table*.py) lists what the evidence says is false as a subject lexicon, a
shape and, for relations, an object lexicon: vaccines -cause-> autism, remedies -cure-> serious disease,
measles -is mild-, sunscreen -is unneeded-. A sentence asserts a myth when it names the subject and the
object and joins them with the shape's words close to the object ("the MMR shot is what triggered his
autism", "la gripe se trata con antibióticos"), or, for a predicate, says it of the subject ("measles is
just a rash"). A negation outside the shape's own words, a question, a debunking frame or a hedge
("may help prevent") clears it (see misinfo_frames).

Lexicons are searched only when one of their first words is in the post (the shared trigger index),
and only for myths whose subject and object are both present: most posts cost one dict lookup a word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from bot.guardrails import misinfo_shapes as shapes
from bot.guardrails.claim_text import NEGATION, clause_before, lowered, sentence_spans
from bot.guardrails.claim_triggers import Anchors, register, word_starts, words
from bot.guardrails.context import ReviewContext
from bot.guardrails.misinfo_frames import framed_as_myth
from bot.guardrails.misinfo_lexicon import LEXICONS

_STOPWORDS = frozenset(
    ["the", "a", "an", "your", "our", "their", "my", "his", "her", "la", "el", "los", "las", "un", "una", "su", "sus",
     "tu", "de", "del"]
)
_TOKEN_HEAD = re.compile(r"[^\W_]+")


def _term_regex(term: str) -> str:
    parts = []
    for word in term.split():
        if word == "~":
            parts.append(r"[\w'’-]+")
        else:
            parts.append(re.escape(word[:-1]) + r"[\w'’-]*" if word.endswith("*") else re.escape(word))
    return r"[\s-]+".join(parts)


def _term_stem(term: str) -> str:
    words = [w for w in term.split() if w.rstrip("*") not in _STOPWORDS and w != "~"] or term.split()
    word = words[0]
    head = _TOKEN_HEAD.match(word.rstrip("*"))
    if head is None:
        raise ValueError(f"lexicon term {term!r} must start with a letter or digit")
    stem = head.group()
    if word.endswith("*") and len(stem) < 3 and stem == word.rstrip("*"):
        raise ValueError(f"lexicon term {term!r}: a wildcard stem needs three letters")
    return stem


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    label: str
    regex: re.Pattern[str]
    stems: tuple[str, ...]  # presence: the longest word of each term; the lexicon is searched only when one is there
    anchors: Anchors  # the first words, for trying the regex only where one starts a word
    leading_stopword: bool  # some term opens with "the", "your", "la" ...: also try the word before an anchor


def _lexicon(name: str, label: str, terms: str) -> Lexicon:
    items = [t.strip() for t in terms.split("|") if t.strip()]
    alternatives = sorted((_term_regex(t) for t in items), key=len, reverse=True)
    regex = re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])")
    anchors = tuple(sorted({_term_stem(t) for t in items}))
    presence = tuple(sorted({_presence_stem(t) for t in items}))
    leading = any(t.split()[0].rstrip("*") in _STOPWORDS or t.split()[0] == "~" for t in items)
    return Lexicon(name, label, regex, presence, Anchors(anchors), leading)


def _presence_stem(term: str) -> str:
    """The longest word of a term (its rarest, as a rule): the lexicon is searched only when it is in the post."""
    best = _term_stem(term)
    for word in term.split():
        if word == "~" or word.rstrip("*") in _STOPWORDS:
            continue
        head = _TOKEN_HEAD.match(word.rstrip("*"))
        if head is not None and len(head.group()) >= len(best) and (len(head.group()) >= 3 or not word.endswith("*")):
            best = head.group()
    return best


LEX: dict[str, Lexicon] = {name: _lexicon(name, label, terms) for name, (label, terms) in LEXICONS.items()}
_present_lexicons = register("misinfo_lexicon", {name: lex.stems for name, lex in LEX.items()})


def hits(ctx: ReviewContext, name: str) -> list[tuple[int, int]]:
    """Where lexicon `name` occurs in the text, cached on the context."""
    cache: dict[str, list[tuple[int, int]]] = ctx.extra.setdefault("_misinfo_lexicon_hits", {})
    found = cache.get(name)
    if found is None:
        lexicon = LEX[name]
        lower = lowered(ctx)
        if lower is None:  # offsets of the lower-cased text differ: scan the original
            found = [m.span() for m in re.compile(lexicon.regex.pattern, re.I).finditer(ctx.text)]
        else:
            found = _anchored_hits(ctx, lower, lexicon)
        cache[name] = found
    return found


@dataclass(frozen=True, slots=True)
class KnownMyth:
    """One row of the knowledge table; carries what a finding needs (key, message, fact, remedy)."""

    key: str
    subject: str
    shape: str
    obj: str | None
    fact: str
    remedy: bool = False
    temporal: bool = False  # "autism right after the shot": a time link counts as a causal one
    direct: bool = False  # the object's words carry the relation ("coffee sobers you up"): no cue needed
    message: str = ""


_MESSAGES = {
    "cause": "Says {s} cause {o}; the evidence says they don't.",
    "harm": "Says {s} harm {o}; the evidence says they don't.",
    "cure": "Says {s} cure, prevent or treat {o}; the evidence doesn't support it.",
    "replace": "Says {s} can replace {o}; the evidence doesn't support it.",
    "safe": "Says {s} are safe or harmless; the evidence says otherwise.",
    "mild": "Plays down {s} as mild or harmless; it can be serious.",
    "useless": "Says {s} don't work or do more harm than good; the evidence says otherwise.",
    "unneeded": "Says {s} aren't needed; they are recommended.",
    "normal": "Treats {s} as normal or harmless; it can be a sign of a problem worth checking.",
    "only": "Says only some people get {s}, or that some can't; anyone can.",
    "equals": "Treats {s} as {o}; the evidence says otherwise.",
    "dangerous": "Calls {s} dangerous or harmful; the evidence says otherwise.",
    "stated": "Repeats {s} claim; that is a hallmark of health misinformation.",
    "cant": "Says you can't get {s} under some condition; that protection isn't real.",
}


def known(key: str, subject: str, shape: str, obj: str | None, fact: str, **flags: bool) -> KnownMyth:
    if shape not in _MESSAGES or subject not in LEX or (obj is not None and obj not in LEX):
        raise ValueError(f"knowledge row {key!r}: unknown shape or lexicon")
    label_o = LEX[obj].label if obj else ""
    message = _MESSAGES[shape].format(s=LEX[subject].label, o=label_o)
    return KnownMyth(key, subject, shape, obj, fact, message=message, **flags)


def _cleared(ctx: ReviewContext, start: int, end: int, own_negations: list[tuple[int, int]], floor: int) -> bool:
    """A negation outside the myth's own words (in the clause before or inside), or a myth-busting frame."""
    text = ctx.text
    piece = list(text[start:end])
    for low, high in own_negations:
        for index in range(max(low, start), min(high, end)):
            piece[index - start] = " "
    if NEGATION.search("".join(piece)):
        return True
    if NEGATION.search(clause_before(text, start, 50, floor)):
        return True
    return framed_as_myth(ctx, start)


def _neg_spans(match: re.Match[str], offset: int) -> list[tuple[int, int]]:
    return [
        (match.start(name) + offset, match.end(name) + offset)
        for name, value in match.groupdict().items()
        if name.startswith("neg") and value is not None
    ]


def _anchored_hits(ctx: ReviewContext, lower: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Matches of the lexicon starting at an anchor word (or the word before it, for terms opening with "the")."""
    positions = word_starts(ctx, lexicon.anchors)
    if not positions:
        return []
    if lexicon.leading_stopword:
        starts = _token_starts(ctx)
        before = [starts[index - 1] for index in (bisect_left(starts, p) for p in positions) if index > 0]
        positions = sorted(set(positions).union(before))
    found: list[tuple[int, int]] = []
    reached = 0
    match_at = lexicon.regex.match
    for position in positions:
        if position < reached:
            continue
        match = match_at(lower, position)
        if match is not None:
            found.append(match.span())
            reached = match.end()
    return found


def _token_starts(ctx: ReviewContext) -> list[int]:
    """Where every word starts, in order; cached on the context."""
    cached = ctx.extra.get("_misinfo_token_starts")
    if cached is None:
        cached = sorted(position for found in words(ctx).values() for position in found)
        ctx.extra["_misinfo_token_starts"] = cached
    return cached


# --- Matching -----------------------------------------------------------------------------------------
_MAX_GAP = 100


def _sentence_of(starts: list[int], position: int) -> int:
    return max(0, bisect_right(starts, position) - 1)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|so|y|pero)\b")


def _relation(
    ctx: ReviewContext, row: KnownMyth, s: tuple[int, int], o: tuple[int, int], floor: int
) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The span asserting `row` between subject hit `s` and object hit `o` (same sentence), or None.

    Also returns the part of the text between them that belongs to an earlier clause (its negations don't count).
    """
    text = lowered(ctx) or ctx.lower
    shape = row.shape
    if s[1] <= o[0]:
        gap = text[s[1] : o[0]]
        if len(gap) > _MAX_GAP:
            return None
        if row.direct and not gap.strip(" ,"):
            return s[0], o[1], []
        cue = shapes.FORWARD[shape].search(gap)
        if cue is None or shapes.HEDGE.search(gap):
            return None
        tail = shapes.SUBJECT_TAIL.match(gap)
        cue_start, cue_end = cue.span("cue") if "cue" in cue.re.groupindex else cue.span()
        around_cue = gap[tail.end() if tail else 0 : cue_start] + " " + gap[cue_end:]
        if shape in ("cause", "harm") and shapes.PROTECTIVE.search(around_cue):
            return None
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(gap, 0, cue_start)]
        earlier = [(s[1], s[1] + breaks[-1])] if breaks else []
        return s[0], o[1], earlier
    gap = text[o[1] : s[0]]
    if len(gap) > 70 or shapes.HEDGE.search(gap):
        return None
    if shape in ("cause", "harm"):
        if (
            shapes.BACKWARD_CAUSE.search(gap)
            or shapes.BACKWARD_WEAK.match(gap)
            or (row.temporal and shapes.BACKWARD_AFTER.search(gap))
            or (shape == "harm" and shapes.BACKWARD_HARM.search(gap))
        ):
            return o[0], s[1], [] if shape == "cause" else _own_negation(shapes.BACKWARD_HARM.search(gap), o[1])
        return None
    if shape == "cure":
        if shapes.BACKWARD_CURE.search(gap):
            return o[0], s[1], []
        before = clause_before(text, o[0], 40, floor)
        if shapes.IMPERATIVE_CURE.search(before) and shapes.WITH_AFTER.match(gap):
            return o[0] - len(before), s[1], []
        return None
    if shape == "replace":
        before = clause_before(text, o[0], 40, floor)
        if shapes.REPLACE_BEFORE.search(before):
            return o[0] - len(before), s[1], []
    return None


def _own_negation(match: re.Match[str] | None, offset: int) -> list[tuple[int, int]]:
    return [(match.start() + offset, match.end() + offset)] if match is not None else []


def _bridged(ctx: ReviewContext, row: KnownMyth, o: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """A cause told in a later sentence on a pronoun ("... and that's how arthritis starts"), or None."""
    text = lowered(ctx) or ctx.lower
    clause = clause_before(text, o[0], 90, floor)
    if not shapes.BRIDGE.match(clause) and not shapes.BRIDGE.match(text, floor, o[0]):
        return None
    before = text[max(floor, o[0] - 90) : o[0]]
    if shapes.FORWARD[row.shape].search(before) is None or shapes.HEDGE.search(before):
        return None
    return max(floor, o[0] - len(clause)), o[1]


def _predicate(
    ctx: ReviewContext, row: KnownMyth, s: tuple[int, int], floor: int, ceiling: int
) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The span saying `row.shape` of subject hit `s`, with the shape's own negations, or None."""
    text = lowered(ctx) or ctx.lower
    shape = row.shape
    if shape == "stated":
        return s[0], s[1], [s]
    after = text[s[1] : min(ceiling, s[1] + 90)]
    if shapes.MODIFIER_AFTER.match(after):
        return None
    before = clause_before(text, s[0], 60, floor)
    before_start = s[0] - len(before)
    pattern = shapes.PREDICATE.get(shape)
    if pattern is not None:
        match = pattern.match(after)
        if (
            match is not None
            and not shapes.COUNTERWEIGHT.search(after, match.end())
            and not (shape == "unneeded" and shapes.LEGIT_SKIP.search(after, match.end()))
        ):
            return s[0], s[1] + match.end(), _neg_spans(match, s[1])
    if shape == "unneeded":
        match = shapes.UNNEEDED_BEFORE.search(before)
        if match is not None and not shapes.LEGIT_SKIP.search(after[:60]):
            return before_start + match.start(), s[1], _neg_spans(match, before_start)
    elif shape == "only":
        match = shapes.ONLY_BEFORE.search(before)
        if match is not None:
            return before_start + match.start(), s[1], _neg_spans(match, before_start)
        match = shapes.ONLY_AFTER.match(after)
        if match is not None:
            return s[0], s[1] + match.end(), []
    elif shape == "cant":
        match = shapes.CANT.search(before)
        if match is not None and shapes.CANT_CONDITION.match(after) and "undetectable" not in after:
            return before_start + match.start(), s[1], _neg_spans(match, before_start)
    return None


def find_known(ctx: ReviewContext, table: dict[str, tuple[KnownMyth, ...]]) -> list[tuple[KnownMyth, int, int]]:
    """Every myth of `table` (rows grouped by subject lexicon) that the post asserts, as (row, start, end)."""
    present = _present_lexicons(ctx)
    if not present:
        return []
    spans = sentence_spans(ctx) or [(0, len(ctx.text))]
    starts = [start for start, _ in spans]
    found: list[tuple[KnownMyth, int, int]] = []
    for subject in present & table.keys():
        subject_hits = hits(ctx, subject)
        if not subject_hits:
            continue
        for row in table[subject]:
            if row.obj is not None and row.obj not in present:
                continue
            span = _first_assertion(ctx, row, subject_hits, spans, starts)
            if span is not None:
                found.append((row, *span))
    return found


def _first_assertion(
    ctx: ReviewContext, row: KnownMyth, subject_hits: list[tuple[int, int]], spans: list[tuple[int, int]],
    starts: list[int],
) -> tuple[int, int] | None:
    object_hits = hits(ctx, row.obj) if row.obj is not None else []
    if row.obj is not None and not object_hits:
        return None
    subject_sentences = set()
    for s in subject_hits:
        index = _sentence_of(starts, s[0])
        subject_sentences.add(index)
        floor, ceiling = spans[index]
        if row.obj is None:
            result = _predicate(ctx, row, s, floor, ceiling)
            if result is not None and not _cleared(ctx, result[0], result[1], result[2], floor):
                return result[0], result[1]
            continue
        for o in object_hits:
            if not (floor <= o[0] < ceiling) or (o[0] < s[1] and s[0] < o[1]):
                continue
            found = _relation(ctx, row, s, o, floor)
            if found is not None and not _cleared(ctx, found[0], found[1], found[2], floor):
                return found[0], found[1]
    if row.shape in ("cause", "harm"):
        for o in object_hits:
            index = _sentence_of(starts, o[0])
            if index in subject_sentences or not subject_sentences & {index - 1, index - 2}:
                continue
            span = _bridged(ctx, row, o, spans[index][0])
            if span is not None and not _cleared(ctx, span[0], span[1], [], spans[index][0]):
                return span
    return None
