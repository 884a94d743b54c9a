"""The `consent` check: a patient's story, testimonial, photo or video with no statement of permission.

A post is a patient story when it quotes a patient, celebrates a named or described patient's outcome,
or shows patients in photos or video. It passes when it says the patient (or family) gave permission:
"Shared with Ana's permission", "Ana agreed to share her story", "con el permiso de la familia".
Staff spotlights, awards, hiring posts and generic education are not patient stories.
"""

from __future__ import annotations

from bot.guardrails import consent_patterns as pat
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import merge_spans
from bot.guardrails.findings import Finding

MAX_FINDINGS = 3

MESSAGE = (
    "This reads as a patient's story (a testimonial, an outcome, a photo or a video) and does not say "
    "that the patient gave permission to share it."
)
SUGGESTION_EN = (
    "Get the patient's (or guardian's) written permission and say so, e.g. 'Shared with Ana's permission'; "
    "otherwise remove the story."
)
SUGGESTION_ES = (
    "Get the patient's (or family's) written permission and say so, e.g. 'Compartido con el permiso de Ana'; "
    "otherwise remove the story."
)


def _is_patient_name(text: str, start: int, end: int) -> bool:
    """False for words that are not names, and for names followed by a credential, a staff role or an org word."""
    first = text[start:end].split(maxsplit=1)[0].split("-")[0].lower()
    if first in pat.NOT_A_NAME:
        return False
    if pat.NOT_PATIENT_AFTER_NAME.match(text, end):
        return False
    return pat.STAFF_AFTER_NAME.search(text, end, end + pat.STAFF_AFTER_WINDOW) is None


def _story_spans(ctx: ReviewContext) -> list[tuple[int, int]]:
    text = ctx.text
    spans: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    greeted: list[tuple[int, int]] = []
    for hit in pat.STORIES.scan(text, ctx.lower, ctx.extra):
        if hit.kind == "story":
            spans.append(hit.span)
        elif hit.kind == "named_strong":
            if _is_patient_name(text, hit.match.start("name"), hit.match.end("name")):
                spans.append(hit.span)
        elif _is_patient_name(text, hit.match.start("name"), hit.match.end("name")):
            (greeted if hit.kind == "named_trigger" else named).append(hit.span)
    if greeted and pat.STAFF_POST.search(text):
        greeted = []  # "Meet Ana" in a staff spotlight or an award post is about staff
    quotes = _patient_quotes(text) if '"' in text or "“" in text else []
    if (named or greeted or quotes) and pat.CARE.search(text):
        spans.extend(named + greeted + quotes)
    return spans


def _patient_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted first-person accounts attributed to, or thanked by, a name that is not staff's."""
    if pat.STAFF_POST.search(text):
        return []
    spans: list[tuple[int, int]] = []
    for quote in pat.FIRST_PERSON_QUOTE.finditer(text):
        after = pat.QUOTE_ATTRIBUTION_AFTER.match(text, quote.end(), quote.end() + 160)
        before = pat.QUOTE_ATTRIBUTION_BEFORE.search(text, max(0, quote.start() - 60), quote.start())
        for match in (after, before):
            if match is None:
                continue
            group = "thanked" if match.re is pat.QUOTE_ATTRIBUTION_AFTER and match.group("thanked") else "name"
            if _is_patient_name(text, match.start(group), match.end(group)):
                spans.append(quote.span())
                break
    return spans


def _has_permission(text: str) -> bool:
    for match in pat.PERMISSION.finditer(text):
        if not pat.NEGATION_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            return True
    return False


def check(ctx: ReviewContext) -> list[Finding]:
    spans = _story_spans(ctx)
    if not spans or _has_permission(ctx.text):
        return []
    suggestion = SUGGESTION_ES if ctx.language == "es" else SUGGESTION_EN
    return [
        Finding(
            check="consent",
            severity="block",
            start=start,
            end=end,
            excerpt=ctx.text[start:end],
            message=MESSAGE,
            suggestion=suggestion,
            kind="patient_story",
        )
        for start, end in merge_spans(spans)[:MAX_FINDINGS]
    ]

