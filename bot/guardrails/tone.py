"""The `tone` check (warns): insults, profanity, sarcasm or mockery aimed at people, personal political attacks.

Playful, friendly posts ("Goals!", "Have a good week, Team!", "😎") are fine: the check looks for words
and moves that put a person down, not for informality.
"""

from __future__ import annotations

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
    spans.extend(_echo_shouts(text))
    return spans


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
