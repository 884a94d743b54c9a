"""Handles (@name) in public replies: an account holder is a patient when the reply speaks of their care or
confirms we hold it ("so glad those stitches came out clean", "we'll have your refill ready"), or when the post
holds a patient's record, member or claim number."""

from __future__ import annotations

import re

from bot.guardrails.phi_care import (
    DRUG_SUFFIXES,
    MEDICAL_SUFFIXES,
    PERSONAL_CARE,
    REPLY_CONFIRMS,
    only_an_encounter,
)
from bot.guardrails.phi_lexicon import ICASE
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, word_ending_in

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
_CARE_WORDS = (
    r"surgery|scan|mri|x-?ray|test|exam|follow-?up|visit|appointment|physical\s+therapy|pt|rest|brace|splint|boot|"
    r"stretches|exercises|ice|heat|stitches|cast|er|urgent\s+care"
)
# Advice to the reader: a directive (not after "if"), a dose or a medicine, or "you should" with care words.
_DIRECTIVE_WORD = (
    r"(?:take|stop|start|skip|double|halve|cut|quit|hold|switch|increase|decrease|lower|raise|try|use|apply|ice|"
    r"drink|avoid|keep\s+taking|go\s+off|come\s+off|tome|t[óo]mese|deje|suspenda|aumente|baje|aplique)\b"
)
_DIRECTIVE_OPENING = re.compile(r"[\W_]*(?:@[\w.]+\s+)?" + _DIRECTIVE_WORD, ICASE)  # at a sentence's start
_DIRECTIVE_INSIDE = re.compile(
    r"(?:[.!?;,:]\s*|\b(?:and|then|just|so|y|luego)\s+)" + _DIRECTIVE_WORD
    + r"|\byou\s+(?:should|shouldn['’]t|need\s+to|can\s+(?:stop|skip|take|double|go)|don['’]t\s+need|could\s+try)\b",
    ICASE,
)
_DOSE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|tablets?|pills?|puffs?|drops?)\b", ICASE)
_MEDICINE = re.compile(
    r"\b(?:" + word_ending_in(DRUG_SUFFIXES) + r"|ibuprofen|acetaminophen|tylenol|advil|motrin|aspirin|"
    r"antibiotics?|meds|medications?|medicines?|pills?|dose|insulin|inhaler|steroids?|antihistamines?|melatonin|"
    r"iron|vitamin\s+\w+|cream|ointment|medicamentos?|pastillas|dosis|insulina)\b",
    ICASE,
)
_YOU_SHOULD = re.compile(
    r"\byou\s+(?:should|need\s+to|can|don['’]t\s+need\s+to)\b[^.!?\n]{0,60}\b(?:" + _CARE_WORDS + r")\b", ICASE
)
_PET = re.compile(r"\b(?:vet|vet['’]s|pets?|dogs?|cats?|puppy|kitten)\b", ICASE)
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
        if (
            _ORG_HANDLE_BEFORE.search(before)
            and not _PATIENT_BEFORE_HANDLE.search(before)
            and not _their_care_in_sentence(ix, match.start())
        ):
            continue  # "Follow @cedarcresthealth": not "Follow @lucasfights for updates on his recovery"
        spans.append(PhiSpan(match.start(), match.end(), "handle"))
    return spans


def _speaks_of_their_care(ix: TextIndex) -> bool:
    text = ix.text
    if _REPLY_TO_HANDLE.match(text) and (ix.has(REPLY_CONFIRMS) or _advises_the_reader(ix)):
        return True
    determined = [hit for hit in ix.hits(_HANDLE_CARE) if _DETERMINER_BEFORE.search(text, max(0, hit[0] - 30), hit[0])]
    for start, end in ix.hits(PERSONAL_CARE) + determined:
        if only_an_encounter(ix.lower, start, end):
            continue
        sentence = ix.sentence(start)
        if not _GENERAL_ADVICE.search(text, *sentence):
            return True
    return False


def _advises_the_reader(ix: TextIndex) -> bool:
    """A reply that tells its reader what to take, stop or change ("take 600 mg of ibuprofen", "stop your
    metoprolol", "you should skip the iron pills"): advice to one person treats them as a patient. A general answer
    ("most people", "talk to your doctor"), a condition ("if your child has ...") or a pet's medicine is not."""
    text = ix.text
    for begin, end in ix.sentences:
        directive = _DIRECTIVE_OPENING.match(text, begin, end) or _DIRECTIVE_INSIDE.search(text, begin, end)
        if not directive or _PET.search(text, begin, end):
            continue
        if _DOSE.search(text, begin, end) or _MEDICINE.search(text, begin, end):
            return True
        if _YOU_SHOULD.search(text, begin, end) and not _GENERAL_ADVICE.search(text, begin, end):
            return True
    return False


def _their_care_in_sentence(ix: TextIndex, start: int) -> bool:
    """Care of his, her or their own in the sentence of the handle at `start` ("... updates on his recovery")."""
    begin, end = ix.sentence(start)
    hit = ix.first(PERSONAL_CARE, begin, end)
    while hit is not None:
        if ix.lower.startswith(("his ", "her ", "their "), hit[0]):
            return True
        hit = ix.first(PERSONAL_CARE, hit[0] + 1, end)
    return False
