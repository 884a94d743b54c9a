"""The `consent` check: a patient's story, testimonial, photo or video with no statement of permission.

A post is a patient story when its cues (bot/guardrails/consent_cues.py) combine into one:
- a person who received care (a named or described patient, "a 7-year-old", "our brave little guy") next to a
  care event or outcome ("went home", "rang the bell", "after her hip replacement", "was born at 24 weeks");
  milestones and reported words ("turned 90", "told us") count beside a patient, or a person in a care post;
- media of a person (a photo, video, "swipe", "watch", before-and-after) in a post about a person or care;
- a patient's attributed words (a first-person quote signed by a patient), or a greeting to a named patient;
- wording that is a story by itself ("patient of the month", a "kidney-versary", "look who's back").
It passes when it says the patient (or family) gave permission. Staff features, awards, hiring posts,
hypotheticals and aggregate statistics are not patient stories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.guardrails import consent_cues as cues
from bot.guardrails.consent_addressed import addressed_patients
from bot.guardrails.consent_identified import identified_patients
from bot.guardrails.consent_people import is_known_name, is_patient_name, is_staff_post
from bot.guardrails.consent_permission import has_permission
from bot.guardrails.consent_quotes import patient_quotes, signed_testimonial
from bot.guardrails.consent_results import COURSE_OF_CARE, shown_results
from bot.guardrails.consent_subjects import find_subjects, named_greetings, subject_for
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import Hit, merge_spans
from bot.guardrails.findings import Finding

MAX_FINDINGS = 3
_SHORT_SPAN = 110  # a person and their event closer than this are reported as one excerpt

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

# Words before an event that make it advice or a possibility, not something that happened.
_NOT_HAPPENED = re.compile(
    r"\b(?:can|could|may|might|will|would|should|must|to|please|you|your|you['’]ll|puede|pueden|podr[aá]n?|usted)"
    r"\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# The author telling their own story ("I walked into this hospital as a new grad") needs no one's permission.
_FIRST_PERSON = re.compile(r"\b(?:I|I've|I’ve|I'd|I’d|[Ww]e|[Yy]o)\s+(?:[\w'’-]+\s+)?$")
_BARE_SAYING = re.compile(r"said|says|wrote|writes|shared|shares|texted|emailed|messaged", re.IGNORECASE)
_PERSONAL_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|hers|himself|herself|ella|él)\b", re.IGNORECASE)
_POINTER_BEFORE = re.compile(r"\b(?:read|leave|write|post|see)\s+$", re.IGNORECASE)  # "read reviews from patients"
_PLURAL_END = re.compile(r"(?:[^s]s|ies|children|people|families|niños|pacientes)$", re.IGNORECASE)
_OTHER_ACTOR = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)[.!?]\s|\b(?:we|I|you|us)\b")


def _happened(text: str, start: int) -> bool:
    """Whether an event happened to someone else: not advice, a possibility, or the author's own story."""
    low = max(0, start - 25)
    return _NOT_HAPPENED.search(text, low, start) is None and _FIRST_PERSON.search(text, low, start) is None


@dataclass
class _Post:
    """One post's cues, with the facts the story rules share; care words are looked up only when asked."""

    ctx: ReviewContext
    hits: list[Hit]
    staff_post: bool
    subjects: list[tuple[int, int, str]]
    greetings: list[tuple[int, int]]
    media: list[tuple[int, int]]

    @cached_property
    def care(self) -> bool:
        return cues.care_context(self.ctx.text, self.ctx.lower, self.ctx.extra)


def _read(ctx: ReviewContext) -> _Post:
    hits = cues.SCANNER.scan(ctx.text, ctx.lower, ctx.extra)
    staff_post = is_staff_post(ctx.text, ctx.lower)
    subjects = find_subjects(ctx, hits)
    if staff_post:
        subjects = [s for s in subjects if s[2] == "patient"]
    greetings = [] if staff_post else named_greetings(ctx.text, hits)
    media = [hit.span for hit in hits if hit.kind == "media"]
    return _Post(ctx, hits, staff_post, subjects, greetings, media)


def _is_story_event(post: _Post, hit: Hit, subject: tuple[int, int, str]) -> bool:
    """Whether a care event and its person make a patient story (see the module docstring)."""
    tier = subject[2]
    if tier in ("pronoun", "indefinite", "named") and post.staff_post:
        return False
    antecedent = bool(post.subjects or post.greetings)
    if hit.kind == "condition":
        return tier != "indefinite" or post.care
    if hit.kind == "strong":
        return tier != "pronoun" or antecedent or bool(post.media) or post.care
    if tier in ("patient", "unique"):
        return True
    if _BARE_SAYING.fullmatch(hit.match.group()):
        return tier == "named" and post.care  # someone "said" it: a story only when a patient did
    if tier == "named" and subject not in post.subjects:
        return post.care and _PERSONAL_PRONOUN.search(post.ctx.text) is not None  # a bare name may be a company's
    if tier == "pronoun":
        return antecedent and post.care
    return post.care


def _event_spans(post: _Post) -> list[tuple[int, int]]:
    text = post.ctx.text
    spans: list[tuple[int, int]] = []
    for hit in post.hits:
        if hit.kind not in ("strong", "weak", "condition") or not _happened(text, hit.match.start()):
            continue
        subject = subject_for(text, hit.span, post.subjects)
        if subject is None or not _is_story_event(post, hit, subject):
            continue
        if hit.kind == "condition" and (
            subject[2] == "pronoun"
            or _PLURAL_END.search(text, subject[0], subject[1])
            or (subject[2] == "named" and not is_known_name(text, subject[0], subject[1]))
        ):
            continue  # a condition makes a patient of one described or named person, not of "patients with ..."
        if hit.kind == "weak" and _OTHER_ACTOR.search(text, subject[1], max(subject[1], hit.span[0])):
            continue  # "A patient asked us ... we ran tests": the milestone is someone else's
        start, end = min(subject[0], hit.span[0]), max(subject[1], hit.span[1])
        if subject[2] == "pronoun":
            start, end = hit.span
        elif end - start > _SHORT_SPAN:
            start, end = subject[0], subject[1]
        spans.append((start, end))
    return spans


def _media_spans(post: _Post, events_found: bool) -> list[tuple[int, int]]:
    """Photos and videos in a post about a person, or next to patients: the media cue and whom it shows."""
    text = post.ctx.text
    people = post.subjects + [(start, end, "named") for start, end in post.greetings]
    spans: list[tuple[int, int]] = []
    for span in post.media:
        near = _nearest(span, people, 45)
        if near is None and not events_found:
            near = _patients_near(text, span)
            if near is None and not people and not (_person_shown(text, span) and post.care):
                continue
        spans.append((min(span[0], near[0]), max(span[1], near[1])) if near else span)
    return spans


def _story_spans(ctx: ReviewContext) -> list[tuple[int, int]]:
    text = ctx.text
    post = _read(ctx)
    spans: list[tuple[int, int]] = [
        hit.span
        for hit in post.hits
        if hit.kind == "standalone" and not _POINTER_BEFORE.search(text, 0, hit.match.start())
    ]
    spans.extend(
        hit.span
        for hit in post.hits
        if hit.kind == "patient_called"
        and is_known_name(text, hit.match.start("name"), hit.match.end("name"))
        and is_patient_name(text, hit.match.start("name"), hit.match.end("name"))
    )
    # A detail only one person has, in a post about care, identifies a patient by itself.
    spans.extend((start, end) for start, end, tier in post.subjects if tier == "unique")
    spans.extend(patient_quotes(text, ctx.lower))
    spans.extend(signed_testimonial(text))
    events = _event_spans(post)
    spans.extend(events)
    if post.greetings and (events or post.care):
        spans.extend(post.greetings)
    spans.extend(_media_spans(post, bool(events)))
    if not post.staff_post:
        spans.extend(addressed_patients(text, ctx.lower))
        results = shown_results(text, ctx.lower)
        if results and (post.care or COURSE_OF_CARE.search(text)):
            spans.extend(results)
    if not spans and not post.staff_post:
        people = identified_patients(ctx)  # a patient the phi check names, in a post about their care
        if people and post.care:
            spans.extend(people)
    return spans


def _nearest(span: tuple[int, int], people: list[tuple[int, int, str]], reach: int) -> tuple[int, int] | None:
    """The person cue closest to a media cue, when it lies within `reach` characters of it."""
    best = None
    for start, end, _ in people:
        gap = max(start - span[1], span[0] - end, 0)
        if gap <= reach and (best is None or gap < best[0]):
            best = (gap, start, end)
    return (best[1], best[2]) if best else None


_SHOWN_PERSON = re.compile(r"\b(?:him|her|them|he|she|his|él|ella)\b", re.IGNORECASE)
_PATIENTS_NEAR = re.compile(
    r"\b(?:patients?|preemies|little\s+ones|NICU\s+(?:grads|graduates|babies|families|reunion)|births|deliveries|partos|"
    r"nacimientos|pacientes|beb[ée]s|babies|(?:kids|children|teens|niñ[oa]s)\s+(?:on|in|from|at|de|en)\s+(?:our|the|"
    r"nuestr[oa]|la|el)\s+(?:[\w-]+\s+)?(?:floor|unit|ward|wing|peds|pediatric\w*|NICU|PICU|clinic|hospital|piso|"
    r"unidad|sala|pediatr[ií]a)|residents?\s+(?:of|at|in)\s+(?:our|the)|residentes\s+(?:de|en)\s+(?:nuestr[oa]|la|el))\b",
    re.IGNORECASE,
)


def _person_shown(text: str, span: tuple[int, int]) -> bool:
    """Media that shows someone: "swipe to see him", "watch her", "miren cómo ella"."""
    return _SHOWN_PERSON.search(text, span[1], span[1] + 30) is not None


def _patients_near(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Patients named in the plural next to media: "photos from our NICU grads", "fotos de los partos"."""
    match = _PATIENTS_NEAR.search(text, max(0, span[0] - 60), span[1] + 80)
    return match.span() if match else None


def check(ctx: ReviewContext) -> list[Finding]:
    spans = _story_spans(ctx)
    if not spans or has_permission(ctx.text, ctx.lower):
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
