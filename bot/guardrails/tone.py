"""The `tone` check (warns): insults, profanity, sarcasm or mockery aimed at people, personal political attacks.

Playful, friendly posts ("Goals!", "Have a good week, Team!", "😎") are fine: the check looks for words
and moves that put a person down, not for informality.
"""

from __future__ import annotations

import re

from bot.guardrails import tone_patterns as pat
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import merge_spans
from bot.guardrails.findings import Finding

MAX_FINDINGS = 5

_MESSAGES: dict[str, str] = {
    "insult": "Insulting or name-calling language reads as unprofessional and turns readers against the organisation.",
    "profanity": "Profanity is out of place in the organisation's public voice.",
    "sarcasm": "Sarcasm or mockery aimed at a person (a patient, a reviewer, the public) reads as unprofessional.",
    "political": "A personal political attack reads as partisan and unprofessional.",
}
_SUGGESTIONS: dict[str, str] = {
    "insult": "Remove the insult and make the point about the facts, respectfully.",
    "profanity": "Remove the word or rephrase without it.",
    "sarcasm": "Say it plainly and kindly; to a reviewer, thank them and invite them to contact you privately.",
    "political": "Speak to the policy and its effect on patients, not to the people behind it.",
}


def _echo_shouts(text: str) -> list[tuple[int, int, str]]:
    """An all-capitals phrase shouting back words just written in lower case ("... a hangnail. A HANGNAIL.")."""
    found: list[tuple[int, int, str]] = []
    for match in pat.CAPS_RUN.finditer(text):
        phrase = match.group().lower()
        if text.find(phrase, max(0, match.start() - pat.ECHO_WINDOW), match.start()) != -1:
            found.append((match.start(), match.end(), "sarcasm"))
    return found


def _spans(ctx: ReviewContext) -> list[tuple[int, int, str]]:
    text = ctx.text
    spans = [(*hit.span, hit.kind) for hit in pat.TONE.scan(text, ctx.lower, ctx.extra)]
    if any(kind in ("insult", "callous") for _, _, kind in spans):
        political = pat.POLITICAL_CONTEXT.search(text) is not None
        spans = [
            (start, end, "political" if political and kind in ("insult", "callous") else kind)
            for start, end, kind in spans
            if political or kind != "callous"
        ]
    emoji = pat.MOCKING_EMOJI.search(text)
    if emoji and (emoji.group() == "🤡" or pat.PEOPLE.search(text)):
        spans.append((emoji.start(), emoji.end(), "sarcasm"))
    spans.extend(_mockery(text, ctx.lower))
    spans.extend(_echo_shouts(text))
    return spans


def _search_if(pattern: re.Pattern[str], text: str, lower: str, hints: tuple[str, ...]) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only when one of the hints occurs in the lower-cased text."""
    return pattern.search(text) if any(hint in lower for hint in hints) else None


def _mockery(text: str, lower: str) -> list[tuple[int, int, str]]:
    """Laughter or sass aimed at someone singled out, pet names talking down to someone, and insults that
    are insults only in a political post."""
    found: list[tuple[int, int, str]] = []
    laughter = _search_if(pat.LAUGHTER, text, lower, pat.LAUGHTER_HINTS)
    sass = _search_if(pat.SASS, text, lower, pat.SASS_HINTS)
    vocative = _search_if(pat.VOCATIVE, text, lower, pat.VOCATIVE_HINTS)
    if laughter or sass or vocative:
        singled_out = pat.SINGLED_OUT.search(text) is not None
        complaint = pat.COMPLAINT.search(text) is not None
        if laughter and (singled_out or vocative):
            found.append((laughter.start(), laughter.end(), "sarcasm"))
        if sass and (singled_out or vocative or complaint):
            found.append((sass.start(), sass.end(), "sarcasm"))
        if vocative and (laughter or sass or singled_out or complaint):
            start = vocative.start() + len(vocative.group()) - len(vocative.group().lstrip(",.!?:; \n"))
            found.append((start, vocative.end(), "sarcasm"))
    political_insult = _search_if(pat.POLITICAL_INSULT, text, lower, pat.POLITICAL_INSULT_HINTS)
    if political_insult and pat.POLITICAL_CONTEXT.search(text):
        found.append((political_insult.start(), political_insult.end(), "political"))
    return found


def check(ctx: ReviewContext) -> list[Finding]:
    spans = _spans(ctx)
    if not spans:
        return []
    return [
        Finding(
            check="tone",
            severity="warn",
            start=start,
            end=end,
            excerpt=ctx.text[start:end],
            message=_MESSAGES[kind],
            suggestion=_SUGGESTIONS[kind],
            kind=kind,
        )
        for start, end, kind in merge_spans(spans)[:MAX_FINDINGS]
    ]
