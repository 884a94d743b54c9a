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
from bot.guardrails.consent_people import NAME, ROLE_WORD, is_patient_name, is_staff_post
from bot.guardrails.consent_permission import has_permission
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import Hit, merge_spans
from bot.guardrails.findings import Finding

MAX_FINDINGS = 3
_PAIR_BEFORE = 170  # how far before a care event its person may be named
_PAIR_AFTER = 45  # ... or after it ("Welcome home, little ones!")
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

# What may stand right before a care event as its subject: a name, a pronoun, or "a <description>".
_NAME_BEFORE = re.compile(
    r"(?P<name>" + NAME + r")(?:\s*,[^,.!?\n]{1,80},|\s*\([^()\n]{1,60}\))?\s*,?\s*(?:que\s+)?(?:[\w'’-]+\s+){0,3}$"
)
_NAME_AFTER = re.compile(r"\s*,\s*(?P<name>" + NAME + r")(?=\s+[a-z])")  # "After her surgery, Ana walked"
_PRONOUN_BEFORE = re.compile(
    r"\b(?:she|he|they|él|ella|ellos|ellas)(?:['’]s|['’]re)?\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|un|una)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
# Words before an event that make it advice or a possibility, not something that happened.
_NOT_HAPPENED = re.compile(
    r"\b(?:can|could|may|might|will|would|should|must|to|please|you|your|you['’]ll|puede|pueden|podr[aá]n?|usted)"
    r"\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# Words before a described person that make them hypothetical or general ("if a child", "when a patient").
_HYPOTHETICAL = re.compile(
    r"\b(?:if|when|whenever|unless|every|any|imagine|suppose|si|cuando|cada|cualquier)\b[^.!?\n]{0,25}$", re.IGNORECASE
)
_COUNT_BEFORE = re.compile(r"(?:\d\s?%|\d)\s+(?:of\s+)?$")  # "91% of our patients", "3 of our patients"
_ADDRESSED = re.compile(r"(?:^|[\n.!?:]\s*|\b)(?:to|a|para)\s+$", re.IGNORECASE)
_OLDEST_AGES = re.compile(r"(?:9\d|1[01]\d)[- ]")
_SINGULAR_ONLY = frozenset(["a", "an", "this", "that", "another", "un", "una", "este", "esta", "mi", "my", "el", "la",
                            "the"])
_BARE_SAYING = re.compile(r"said|says|wrote|writes|shared|shares|texted|emailed|messaged", re.IGNORECASE)
_PERSONAL_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|hers|himself|herself|ella|él)\b", re.IGNORECASE)
_POINTER_BEFORE = re.compile(r"\b(?:read|leave|write|post|see)\s+$", re.IGNORECASE)  # "read reviews from patients"
_OTHER_ACTOR = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)[.!?]\s|\b(?:we|I|you|us)\b")
_BREAK = re.compile(r"\n\s*\n")

# A quoted first-person account ("I came in with chest pain ...") signed by, or thanked to, a patient.
# Unsigned quotes are often myths ("I feel fine, so I don't need a checkup"), so they do not count.
_FIRST_PERSON_QUOTE = re.compile(
    r"[\"“](?=[^\"”\n]{0,300}?\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Mm]i)\b)[^\"”\n]{12,300}[\"”]"
)
_SIGNED_AFTER = re.compile(
    r"[^\w\n]{0,12}?(?:[—–]+|-{1,2}|(?i:said|says|shares|shared|wrote|writes|told\s+us|tells\s+us))\s*"
    r"(?:(?P<described>(?i:one\s+of\s+our|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:patients?|clients?|moms?|dads?|parents?|"
    r"families|family|pacientes?))|(?:(?i:baby|little|mr|mrs|ms|miss|don|doña)\.?\s+)?(?P<name>" + NAME + r"))"
    r"|[^\n]{0,120}?\b(?i:thank\s+you|thanks|gracias),?\s+(?P<thanked>" + NAME + r")"
)
_ANY_QUOTE = re.compile(r"[\"“][^\"”\n]{12,300}[\"”]")
_PATIENT_SIGNATURE = re.compile(
    r"[^\w\n]{0,12}?[—–-]+\s*(?:[^\n]{0,60}?\b(?i:patient|paciente|client|clienta?|mom\s+of|dad\s+of|mam[aá]\s+de|"
    r"pap[aá]\s+de)\b|" + NAME + r"\s+[A-Z]\.(?!\w))"  # reviews are signed "— Jason T."
)
_SIGNED_BEFORE = re.compile(
    r"\b(?P<name>" + NAME + r")\s+(?i:said|says|told\s+us|tells\s+us|wrote|shared|nos\s+dijo|dijo)\b[^.!?\"“\n]{0,50}"
    r"[:,]?\s*$"
)
_TOLD_AFTER = re.compile(
    r"[^\n]{0,60}?\b(?i:(?:a|one\s+of\s+our|our)\s+(?:[\w-]+\s+){0,2}?(?:patient|client|mom|dad|parent|paciente)s?\s+"
    r"(?:shared|said|told|wrote|sent|nos\s+dijo))\b"
)


def _subjects(ctx: ReviewContext, hits: list[Hit]) -> list[tuple[int, int, str]]:
    """(start, end, tier) of each person who may have received care; tier is patient, person or named."""
    text = ctx.text
    found: list[tuple[int, int, str]] = []
    for hit in hits:
        match = hit.match
        if hit.kind in ("patient", "person"):
            if (hit.kind == "patient") != (match.group("patient") is not None):
                continue
            det = match.group("det").lower()
            noun = match.group(hit.kind).lower()
            if det in _SINGULAR_ONLY and _is_plural(noun):
                continue
            if det in ("our", "nuestro", "nuestra", "my") and _is_plural(noun) and hit.kind == "person":
                continue
            if det in ("the", "el", "la") and hit.kind == "person" and not re.match(
                r"\s*,?\s*(?:who|that|in\s+(?:bed|room|bay|chair|apt)|from|que|de\s+la\s+(?:habitaci|cama))\b",
                text[match.end() : match.end() + 30],
                re.IGNORECASE,
            ):
                continue
            start = match.start()
            if det in ("the", "el", "la") and _ADDRESSED.search(text, max(0, start - 12), start):
                continue  # "To the patient who emailed us: ..." is a reply to someone, not a story about them
            if det in ("a", "an", "un", "una", "the") and _HYPOTHETICAL.search(text, max(0, start - 40), start):
                continue
            if _COUNT_BEFORE.search(text, max(0, start - 12), start):
                continue
            if det in ("a", "an") and text.startswith(("'s", "’s"), match.end()):
                continue  # "a kid's guide", "a woman's risk": anyone's, not someone's
            tier = "patient" if hit.kind == "patient" or _OLDEST_AGES.match(noun) else "person"
            found.append((match.start(), match.end(), tier))
        elif hit.kind == "named":
            group = "name" if match.group("name") else "name2"
            if match.groupdict().get(group) and is_patient_name(text, match.start(group), match.end(group)):
                found.append((match.start(), match.end(), "named"))
        elif hit.kind == "unique":
            head = _UNIQUE_HEAD.search(match.group())
            if head and _is_person_word(head.group(1) or head.group(2)):
                care = cues.care_context(text, ctx.lower, ctx.extra)
                found.append((match.start(), match.end(), "unique" if care else "person"))
    return found


_UNIQUE_HEAD = re.compile(r"([\w-]+)\s+(?:in|from|at|on|with)\s+\S+$|([\w-]+)$")
_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|ess)$")
_NOT_PERSON = re.compile(
    r"(?:center|centre|provider|computer|counter|water|number|letter|order|laser|scanner|monitor|donor|member|"
    r"meter|filter|cancer|disorder|paper|poster|flyer|winter|summer|border|corner|banner|folder|trailer|tower|"
    r"patent|event|agent|treatment|department|student|parent|resident|client|patient)$"
)


def _common_noun(word: str) -> bool:
    """A capitalised person, patient or role word at a sentence start ("Babies born ..."), not a name."""
    first = word.split(maxsplit=1)[0]
    return bool(cues.PERSON_WORD.fullmatch(first) or cues.PATIENT_WORD.fullmatch(first) or ROLE_WORD.fullmatch(first))


def _is_person_word(word: str) -> bool:
    """A head noun that names a person: a person word, or an agent noun ("curler", "champion", "violinist")."""
    word = word.lower()
    if cues.PERSON_WORD.fullmatch(word):
        return True
    if ROLE_WORD.fullmatch(word) or _NOT_PERSON.search(word):
        return False
    return len(word) > 4 and _AGENT_SUFFIX.search(word) is not None


def _is_plural(noun: str) -> bool:
    return noun.endswith(("s", "ies")) and not noun.endswith(("ss", "twins", "triplets", "gemelos", "gemelas"))


def _happened(text: str, start: int) -> bool:
    return _NOT_HAPPENED.search(text, max(0, start - 25), start) is None


def _subject_for(
    text: str, event: tuple[int, int], subjects: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The person an event is about: a cue before it (or just after it), or a name, pronoun or description."""
    start, end = event
    best: tuple[int, int, str] | None = None
    for subject in subjects:
        s_start, s_end, _ = subject
        if s_end <= start + 2 and start - s_end <= _PAIR_BEFORE:
            gap = text[s_end:start]
        elif s_start >= end - 2 and s_start - end <= _PAIR_AFTER:
            gap = text[end:s_start]
        else:
            continue
        if _BREAK.search(gap):
            continue
        if best is None or abs(s_start - start) < abs(best[0] - start):
            best = subject
    if best is not None:
        return best
    low = max(0, start - 120)
    name = _NAME_BEFORE.search(text, low, start)
    if name and not _common_noun(name.group("name")) and is_patient_name(text, name.start("name"), name.end("name")):
        return (name.start("name"), name.end("name"), "named")
    after = _NAME_AFTER.match(text, end, end + 40)
    if after and not _common_noun(after.group("name")) and is_patient_name(text, after.start("name"), after.end()):
        return (after.start("name"), after.end("name"), "named")
    pronoun = _PRONOUN_BEFORE.search(text, max(0, start - 40), start)
    if pronoun:
        return (pronoun.start(), pronoun.start() + 1, "pronoun")
    indefinite = _INDEFINITE_BEFORE.search(text, max(0, start - 60), start)
    if indefinite and not _HYPOTHETICAL.search(text, max(0, indefinite.start() - 40), indefinite.start()):
        return (indefinite.start(), indefinite.end(), "indefinite")
    return None


def _greetings(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Greetings to, and stories of, a named person who is not staff: "Meet Ana", "Carlos's story"."""
    spans = []
    for hit in hits:
        if hit.kind not in ("greeting", "named_story"):
            continue
        group = "name" if hit.match.group("name") else "name2"
        if is_patient_name(text, hit.match.start(group), hit.match.end(group)):
            spans.append(hit.span)
    return spans


def _patient_quotes(text: str) -> list[tuple[int, int]]:
    """First-person quotes signed by or thanked to a patient, or told by one in the sentence after; any quote
    signed as a patient's ("— Héctor, paciente de nuestra clínica")."""
    spans: list[tuple[int, int]] = []
    for quote in _ANY_QUOTE.finditer(text):
        if _PATIENT_SIGNATURE.match(text, quote.end(), quote.end() + 120):
            spans.append(quote.span())
    for quote in _FIRST_PERSON_QUOTE.finditer(text):
        after = _SIGNED_AFTER.match(text, quote.end(), quote.end() + 160)
        if after:
            if after.group("described"):
                spans.append(quote.span())
                continue
            group = "thanked" if after.group("thanked") else "name"
            if is_patient_name(text, after.start(group), after.end(group)):
                spans.append(quote.span())
                continue
        before = _SIGNED_BEFORE.search(text, max(0, quote.start() - 90), quote.start())
        signed_before = before is not None and is_patient_name(text, before.start("name"), before.end("name"))
        if signed_before or _TOLD_AFTER.match(text, quote.end(), quote.end() + 140):
            spans.append(quote.span())
    return spans


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
    subjects = _subjects(ctx, hits)
    if staff_post:
        subjects = [s for s in subjects if s[2] == "patient"]
    greetings = [] if staff_post else _greetings(ctx.text, hits)
    media = [hit.span for hit in hits if hit.kind == "media"]
    return _Post(ctx, hits, staff_post, subjects, greetings, media)


def _is_story_event(post: _Post, hit: Hit, subject: tuple[int, int, str]) -> bool:
    """Whether a care event and its person make a patient story (see the module docstring)."""
    tier = subject[2]
    if tier in ("pronoun", "indefinite", "named") and post.staff_post:
        return False
    antecedent = bool(post.subjects or post.greetings)
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
        if hit.kind not in ("strong", "weak") or not _happened(text, hit.match.start()):
            continue
        subject = _subject_for(text, hit.span, post.subjects)
        if subject is None or not _is_story_event(post, hit, subject):
            continue
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
    # A detail only one person has, in a post about care, identifies a patient by itself.
    spans.extend((start, end) for start, end, tier in post.subjects if tier == "unique")
    if '"' in text or "“" in text:
        spans.extend(_patient_quotes(text))
    events = _event_spans(post)
    spans.extend(events)
    if post.greetings and (events or post.care):
        spans.extend(post.greetings)
    spans.extend(_media_spans(post, bool(events)))
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
    r"\b(?:patients?|preemies|little\s+ones|NICU\s+(?:grads|graduates|babies|families)|births|deliveries|partos|"
    r"nacimientos|pacientes|beb[ée]s)\b",
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
