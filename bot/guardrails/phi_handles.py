"""Handles (@name) in public replies: an account holder is a patient when the reply speaks of their care or
confirms we hold it ("so glad those stitches came out clean", "we'll have your refill ready"), or when the post
holds a patient's record, member or claim number."""

from __future__ import annotations

import re

from bot.guardrails.phi_care import MEDICAL_SUFFIXES, PERSONAL_CARE, REPLY_CONFIRMS, only_an_encounter
from bot.guardrails.phi_lexicon import ICASE
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex

_HANDLE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_ORG_HANDLE_BEFORE = re.compile(
    r"\b(?:follow|tag|via|by|on|thanks\s+to|courtesy\s+of|credit|partner(?:ed|ing)?\s+with|sponsored\s+by|"
    r"sigue|s[íi]guenos)\s+(?:us\s+)?(?:at\s+)?$",
    ICASE,
)
# Treatments a reply can only mention if the account holder had them ("those custom orthotics look great").
_HANDLE_CARE = Lexicon.of_phrases(
    "surgery procedure injections orthotics brace cast stitches recovery rehab filling crown root_canal "
    "transplant chemo* cirugía cirugia tratamiento inserts splints crutches sling",
    MEDICAL_SUFFIXES,
)
# Wording of general education, not of one person's care ("talk with your doctor", "recovery varies").
_GENERAL_ADVICE = re.compile(
    r"\b(?:varies|vary|depends|most\s+people|in\s+general|generally|typically|usually|everyone|anyone|talk\s+(?:with|to)\s+your|"
    r"ask\s+your|rule\s+of\s+thumb|great\s+question|good\s+question|sounds\s+like|from\s+what\s+you\s+(?:describe|said|"
    r"wrote)|based\s+on\s+what\s+you|por\s+lo\s+que\s+(?:describe|cuenta|nos\s+cuenta))\b",
    ICASE,
)
# A treatment word in a reply is the reader's own only with a determiner ("those orthotics", "the surgery"); a bare
# one is a general statement ("chemo isn't poison").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|that|those|this|these|your|his|her|their|tu|su|la|el|los|las|esa|ese|esas|esos)\s+(?:[\w-]+\s+)?$", ICASE
)
# A reply: the post opens with the handle it answers (maybe after a greeting or thanks).
_REPLY_TO_HANDLE = re.compile(r"^\W*(?:(?:hi|hey|hello|thanks|thank\s+you|gracias|hola)[\s,!]+)?@\w", ICASE)
_PATIENT_BEFORE_HANDLE = re.compile(r"\b(?:patient|customer|paciente)\s*,?\s*$", ICASE)


def handles(ix: TextIndex, identified: bool = False) -> list[PhiSpan]:
    """Handles in a reply that confirms the account holder is a patient or speaks of their care, or in a post that
    holds a patient's record, member or claim number (`identified`)."""
    text = ix.text
    if "@" not in text or not (identified or _speaks_of_their_care(ix)):
        return []
    spans = []
    for match in _HANDLE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _ORG_HANDLE_BEFORE.search(before) and not _PATIENT_BEFORE_HANDLE.search(before):
            continue
        spans.append(PhiSpan(match.start(), match.end(), "handle"))
    return spans


def _speaks_of_their_care(ix: TextIndex) -> bool:
    text = ix.text
    if _REPLY_TO_HANDLE.match(text) and ix.has(REPLY_CONFIRMS):
        return True
    determined = [hit for hit in ix.hits(_HANDLE_CARE) if _DETERMINER_BEFORE.search(text, max(0, hit[0] - 30), hit[0])]
    for start, end in ix.hits(PERSONAL_CARE) + determined:
        if only_an_encounter(ix.lower[start:end]):
            continue
        sentence = ix.sentence(start)
        if not _GENERAL_ADVICE.search(text, *sentence):
            return True
    return False
