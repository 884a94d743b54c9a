"""A patient the `phi` check has identified, as a cue of a patient story.

When the phi check finds a patient's name, an age over 89 or a detail only one person has, tied to their care,
the post presents that person as someone who received care: a story about them, whatever its wording. It is
not a story when the post talks to the person without celebrating them (a reply about a bill, a reminder,
a retort): that is the phi check's business alone.
"""

from __future__ import annotations

import re

from bot.guardrails.consent_people import is_known_name, is_patient_name
from bot.guardrails.context import ReviewContext
from bot.guardrails.phi import find_phi
from bot.guardrails.phi_text import PhiSpan

STORY_KINDS = frozenset(["name", "age", "unique_characteristic"])
# Kinds the phi check gives only to replies to a person, or to their account.
REPLY_KINDS = frozenset(["patient_reply", "handle"])
# Talking to someone ("thank you" aside), and the celebrating that makes such a post a story, not a reply.
_ADDRESSED = re.compile(r"(?<!thank\s)\b(?:you|your|yours|usted|ustedes|tu|tus)\b", re.IGNORECASE)
_CELEBRATING = re.compile(
    r"\b(?:congrat\w*|happy|proud|welcome|cheer\w*|love|way\s+to\s+go|so\s+glad|felicidades|feliz|orgullos\w+|"
    r"bienvenid\w+)\b|🎉|🎂|🥳|🎈",
    re.IGNORECASE,
)


def identified_patients(ctx: ReviewContext) -> list[tuple[int, int]]:
    """The spans of identified patients, unless the post talks to someone without celebrating them. Reads the
    phi check's spans from ctx.extra when the engine has run it, or finds them."""
    spans = ctx.extra.get("phi_spans")
    if spans is None:
        spans = find_phi(ctx.text, ctx.policy)
    if any(span.kind in REPLY_KINDS for span in spans):
        return []
    text = ctx.text
    people = [
        (span.start, span.end) for span in spans if span.kind in STORY_KINDS and _looks_like_a_person(text, span)
    ]
    if not people or (_ADDRESSED.search(text) and not _CELEBRATING.search(text)):
        return []  # a reply or a notice to the person, not a story told about them
    return people


def _looks_like_a_person(text: str, span: PhiSpan) -> bool:
    """Ages and rare details are always someone's; a name only when it is a known given name or has a courtesy
    title and nothing marks it as staff's, so that a word the phi check mistook for a name makes no story."""
    if span.kind != "name":
        return True
    return is_patient_name(text, span.start, span.end) and is_known_name(text, span.start, span.end)
