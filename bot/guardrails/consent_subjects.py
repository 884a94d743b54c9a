"""Who a care event is about: the people a post may tell a patient's story of, and how an event finds its person.

Tiers: "patient" (a patient word: "our patient", "one of our NICU babies", an age over 89), "person" (a person
word next to care: "this brave girl", "a 47-year-old"), "named" (a name that is not staff's), "unique" (a detail
only one person has, in a care post), and, found next to an event, "pronoun" and "indefinite" ("a retired bus
driver came into our ER"). General, hypothetical and counted people are not subjects ("when a patient comes in",
"91% of our patients", "a kid's guide").
"""

from __future__ import annotations

import re

from bot.guardrails import consent_cues as cues
from bot.guardrails.consent_people import NAME, ROLE_WORD, is_patient_name
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import Hit
from bot.guardrails.phi_lexicon import first_names
from bot.guardrails.phi_text import fold

PAIR_BEFORE = 170  # how far before a care event its person may be named
PAIR_AFTER = 45  # ... or after it ("Welcome home, little ones!")

# What may stand right before a care event as its subject: a name, a pronoun, or "a <description>".
_NAME_BEFORE = re.compile(
    r"(?P<name>" + NAME + r")(?:\s*,[^,.!?\n]{1,80},|\s*\([^()\n]{1,60}\))?\s*,?\s*(?:que\s+)?(?:[\w'’-]+\s+){0,3}$"
)
_NAME_AFTER = re.compile(r"\s*,\s*(?P<name>" + NAME + r")(?=\s+[a-z])")  # "After her surgery, Ana walked"
_PRONOUN_BEFORE = re.compile(
    r"\b(?:she|he|they|él|ella|ellos|ellas)(?:['’]s|['’]re)?\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|un|una)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
# Words before a described person that make them hypothetical or general ("if a child", "when a patient").
_HYPOTHETICAL = re.compile(
    r"\b(?:if|when|whenever|unless|every|any|imagine|suppose|si|cuando|cada|cualquier)\b[^.!?\n]{0,25}$", re.IGNORECASE
)
_COUNT_BEFORE = re.compile(r"(?:\d\s?%|\d)\s+(?:of\s+)?$")  # "91% of our patients", "3 of our patients"
_ADDRESSED = re.compile(r"(?:^|[\n.!?:]\s*|\b)(?:to|a|para)\s+$", re.IGNORECASE)
_OLDEST_AGES = re.compile(r"(?:9\d|1[01]\d)[- ]")
_SINGULAR_ONLY = frozenset(["a", "an", "one", "this", "that", "another", "un", "una", "este", "esta", "mi", "my", "el",
                            "la", "the"])
_AFTER_THE_PERSON = re.compile(
    r"\s*,?\s*(?:who|that|in\s+(?:bed|room|bay|chair|apt)|from|que|de\s+la\s+(?:habitaci|cama))\b", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_FAMILY_NAME = re.compile(r"\s(?:[A-Z][a-z]+[-\s])+")
_BREAK = re.compile(r"\n\s*\n")
_TIER_RANK = {"patient": 0, "unique": 1, "named": 2, "person": 3}  # at the same place, the surest tier wins
SENTENCE_REACH = 200  # how far back an event's sentence is searched for its person
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n|:\s")
_GIVEN_NAME = re.compile(r"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)(?:[ -][A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?(?!\w)")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{3,}")
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Don|Doña|Sr|Sra|Srta)\.?\s+$")
_SUBJECT_PRONOUN = re.compile(r"\b(?:she|he|él|ella)\b", re.IGNORECASE)


def find_subjects(ctx: ReviewContext, hits: list[Hit]) -> list[tuple[int, int, str]]:
    """(start, end, tier) of each person who may have received care; tier is patient, person or named."""
    text = ctx.text
    found: list[tuple[int, int, str]] = []
    for hit in hits:
        match = hit.match
        if hit.kind in ("patient", "person"):
            if (hit.kind == "patient") != (match.groupdict().get("patient") is not None):
                continue
            det = match.group("det").lower()
            noun = match.group(hit.kind).lower()
            if det in _SINGULAR_ONLY and _is_plural(noun):
                continue
            if det in ("our", "nuestro", "nuestra", "my") and _is_plural(noun) and hit.kind == "person":
                continue
            if det in ("the", "el", "la") and not (
                _AFTER_THE_PERSON.match(text, match.end()) or _FAMILY_NAME.search(match.group(), len(det))
            ):
                continue  # "the patient should fast" is anyone; "the patient in Room 4", "the Okafor twins" are someone
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
        elif hit.kind == "case":
            found.append((match.start(), match.end(), "patient"))
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


def _common_noun(text: str, match: re.Match[str]) -> bool:
    """A capitalised person, patient or role word at a sentence start ("Babies born ..."), or an adjective before
    one ("Healthy babies are born ..."): not a name."""
    words = match.group("name").split()
    following = _NEXT_WORD.match(text, match.end("name"))
    if following:
        words.append(following.group(1))
    return any(
        cues.PERSON_WORD.fullmatch(word) or cues.PATIENT_WORD.fullmatch(word) or ROLE_WORD.fullmatch(word)
        for word in words
    )


def _is_person_word(word: str) -> bool:
    """A head noun that names a person: a person word, or an agent noun ("curler", "champion", "violinist")."""
    word = word.lower()
    if cues.PERSON_WORD.fullmatch(word) or cues.PATIENT_WORD.fullmatch(word):
        return True
    if ROLE_WORD.fullmatch(word) or _NOT_PERSON.search(word):
        return False
    return len(word) > 4 and _AGENT_SUFFIX.search(word) is not None


def _is_plural(noun: str) -> bool:
    return noun.endswith(("s", "ies")) and not noun.endswith(("ss", "twins", "triplets", "gemelos", "gemelas"))


def subject_for(
    text: str, event: tuple[int, int], subjects: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The person an event is about: a cue before it (or just after it), or a name, pronoun or description."""
    start, end = event
    best: tuple[int, int, str] | None = None
    for subject in subjects:
        s_start, s_end, _ = subject
        if s_end <= start + 2 and start - s_end <= PAIR_BEFORE:
            gap = text[s_end:start]
        elif s_start >= end - 2 and s_start - end <= PAIR_AFTER:
            gap = text[end:s_start]
        else:
            continue
        if _BREAK.search(gap):
            continue
        if best is None or (abs(s_start - start), _TIER_RANK[subject[2]]) < (abs(best[0] - start), _TIER_RANK[best[2]]):
            best = subject
    if best is not None:
        return best
    low = max(0, start - 120)
    name = _NAME_BEFORE.search(text, low, start)
    if name and not _common_noun(text, name) and is_patient_name(text, name.start("name"), name.end("name")):
        return (name.start("name"), name.end("name"), "named")
    after = _NAME_AFTER.match(text, end, end + 40)
    if after and not _common_noun(text, after) and is_patient_name(text, after.start("name"), after.end()):
        return (after.start("name"), after.end("name"), "named")
    pronoun = _PRONOUN_BEFORE.search(text, max(0, start - 40), start)
    if pronoun:
        return (pronoun.start(), pronoun.start() + 1, "pronoun")
    indefinite = _INDEFINITE_BEFORE.search(text, max(0, start - 60), start)
    if indefinite and not _HYPOTHETICAL.search(text, max(0, indefinite.start() - 40), indefinite.start()):
        return (indefinite.start(), indefinite.end(), "indefinite")
    return _in_sentence_before(text, start) or _named_within(text, start, end)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins (looking back at most SENTENCE_REACH characters)."""
    low = max(0, pos - SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, pos)]
    return ends[-1] if ends else low


def _in_sentence_before(text: str, start: int) -> tuple[int, int, str] | None:
    """The person an event's sentence names before it, however far back in that sentence: the nearest given name
    that is not staff's ("Marcus was told he might never walk again after his crash"), else a subject pronoun."""
    low = _sentence_start(text, start)
    for match in reversed(list(_GIVEN_NAME.finditer(text, low, start))):
        if fold(match.group(1)) not in first_names() or _common_noun_word(match.group(1)):
            continue
        if is_patient_name(text, match.start(), match.end()):
            return (match.start(), match.end(), "named")
        return None  # the nearest name is staff's: the event is theirs
    handle = _HANDLE.search(text, low, start)
    if handle:
        return (handle.start(), handle.end(), "named")  # "@jenna_runs crushed her first 5K after her knee surgery"
    pronoun = _SUBJECT_PRONOUN.search(text, low, start)
    if pronoun:
        return (pronoun.start(), pronoun.start() + 1, "pronoun")
    return None


def _named_within(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A given name inside the event itself, as care given to someone: "helped little Mia conquer her fear"."""
    for match in _GIVEN_NAME.finditer(text, start, end):
        known = fold(match.group(1)) in first_names() or _COURTESY_BEFORE.search(text, start, match.start())
        if known and is_patient_name(text, match.start(), match.end()):
            return (match.start(), match.end(), "named")
    return None


def _common_noun_word(word: str) -> bool:
    return bool(cues.PERSON_WORD.fullmatch(word) or cues.PATIENT_WORD.fullmatch(word) or ROLE_WORD.fullmatch(word))


def named_greetings(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Greetings to, and stories of, a named person who is not staff: "Meet Ana", "Carlos's story"."""
    spans = []
    for hit in hits:
        if hit.kind not in ("greeting", "named_story"):
            continue
        group = "name" if hit.match.group("name") else "name2"
        if is_patient_name(text, hit.match.start(group), hit.match.end(group)):
            spans.append(hit.span)
    return spans
