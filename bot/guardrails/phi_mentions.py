"""PHI that needs a patient in view: home towns, streets and schools, and replies that confirm someone's care
(handles in replies are in phi_handles)."""

from __future__ import annotations

import re

from bot.guardrails.phi_care import CARE, PERSONAL_CARE, only_an_encounter
from bot.guardrails.phi_lexicon import (
    CALENDAR_WORDS,
    ICASE,
    ORG_SUFFIX,
    PATIENT_NOUN,
    STREET_SUFFIX,
    US_STATES,
)
from bot.guardrails.phi_name_candidates import TOKEN
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, fold, words

_PLACE = Lexicon(
    r"(?P<cue>(?i:from|of|in|on|(?:home|back)\s+(?:\w+\s+)?to|(?:home|house|farm|ranch)\s+in|lives\s+(?:in|on)|"
    r"living\s+(?:in|on)|resident\s+of|native\s+of|vive\s+en|de))\s+(?P<place>" + TOKEN
    + r"(?:['’]s)?(?:\s+" + TOKEN + r"\.?){0,2})",
    words("from of in on home back house farm ranch lives living resident native vive de"),
    flags=0,
    capital_within=3,
)
# "a Harlow mom of three", "the Dunmore Flats teen": a town used to describe one person.
_PLACE_BEFORE_PERSON = Lexicon(
    r"(?i:a|an|the|our)\s+(?P<place>" + TOKEN + r"(?:\s+" + TOKEN + r")?)\s+(?:resident|native|mom|mother|dad|father|"
    r"man|woman|grandmother|grandfather|grandma|grandpa|teen|teenager|girl|boy|toddler|couple|veteran|retiree|"
    r"farmer|teacher|firefighter)\b",
    words("a an the our"),
    flags=0,
    capital_within=1,
)
_SPANISH_ORG_BEFORE = re.compile(
    r"\b(?:Departamento|Secretar[íi]a|Ministerio|Centro|Cl[íi]nica|Hospital|Universidad|Instituto|Escuela|Colegio|"
    r"Fundaci[óo]n|Asociaci[óo]n|Parque|Iglesia|Sala|Unidad|Servicio|Oficina|Red|Programa)\s+$"
)
_HOME_CUE = re.compile(r"home|back|house|farm|ranch|lives|living|resident|native|vive", ICASE)
# A person right before the street they live on ("the gentleman on Bramble Way", "the family who lives on").
_PERSON_RIGHT_BEFORE = re.compile(
    r"\b(?:gentleman|lady|guy|gal|family|household|couple|neighbou?r|woman|man|boy|girl|kid|mom|dad|widow|widower|"
    r"señora|señor|familia|vecin[oa])\s+(?:(?:who\s+)?(?:lives|living|lived)\s+)?$",
    ICASE,
)
# Between a name and "of Dellwood": nothing, a comma, or an age ("Mateo, 6, of Dellwood").
_NAME_TO_OF = re.compile(r",?\s*(?:\d{1,3}\s*,\s*)?")
# Someone's home right before the street ("his house on", "Marta's little bungalow on", "her place on").
_DWELLING_BEFORE = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z])\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:house|home|place|apartment|bungalow|cottage|"
    r"farm|ranch|trailer|condo|duplex|porch|driveway|yard|door|doorstep|block|casa)\s+$"
    # "the farmhouse on Quarry Road" in a sentence about a named patient (checked by the caller)
    r"|\b(?P<bare>the|a)\s+(?:[\w-]+\s+)?(?:farmhouse|house|home|trailer|cabin|cottage|bungalow|apartment)\s+$",
    ICASE,
)
_SINGULAR_PATIENT = re.compile(
    r"\b(?:\d{1,3}-year-old|donor|recipient|survivor|"
    r"patient|customer|client|resident|baby|infant|newborn|kid|child|toddler|mom|dad|son|daughter|schoolteacher|"
    r"veteran|father|mother|man|woman|girl|boy|teen|grandmother|grandfather|wife|husband|paciente|beb[ée]|niñ[oa]|"
    r"señora|señor|abuel[oa])\b",
    ICASE,
)
# A patient's school ("Ava Petrossian (2nd grade, Larkspur Elementary)"): named soon after the patient's name.
_SCHOOL = Lexicon(
    r"(?P<school>(?:" + TOKEN + r"\s+){1,3}(?:Elementary|Middle|High|Academy|Preparatory|Prep|Montessori|"
    r"Preschool|College|University)(?:\s+School)?|(?:" + TOKEN + r"\s+){1,3}School|Escuela\s+(?:" + TOKEN
    + r"\s*){1,3})",
    (),
    flags=0,
)
_SCHOOL_WORDS = ("Elementary", "Middle", "High", "Academy", "Prep", "Montessori", "Preschool", "College", "University",
                 "School", "Escuela")
_NOT_PLACE = frozenset(
    words("room bed our the dr st mr mrs ms sr sra don english spanish español espanol ingles inglés team "
    "emergency environmental facebook instagram youtube tiktok linkedin threads google")
)
_STREET_ABBREVIATIONS = frozenset(words("st ave rd dr ln ct blvd pl ter cir pkwy hwy sq trl cres"))
_STREET_END = re.compile(STREET_SUFFIX + r"\.?$")
_ORG_END = re.compile(ORG_SUFFIX.pattern.replace(r"^(?:\s+[A-Z][\w'’&.-]*){0,3}?\s+", r"(?:^|\s)") + r"\.?$")
# Last words of an event's name that are also last words of towns ("Fox Run", "Cedar Park"): a town after a
# home cue or right after a patient.
_TOWN_LIKE_ENDS = frozenset(words("run walk park hall market plaza city county"))

_REPLY_OPENING = re.compile(
    r"^\W*(?:thank(?:s|\s+you)\s+(?:so\s+much\s+)?for|we(?:'re|’re|\s+are)\s+(?:so\s+|very\s+|truly\s+)?"
    r"(?:sorry|glad|happy|thrilled|sad)|so\s+(?:glad|sorry|happy)|glad|sorry|congrats\s+on|congratulations\s+on|"
    r"happy\s+to\s+hear|great\s+to\s+(?:see|hear)|gracias\s+por|nos\s+alegra|lamentamos|sentimos)\b",
    ICASE,
)
_GENERIC_YOUR = re.compile(r"\b(?:ask|about|if|next|own|any|every|when|check|talk\s+to|call)\s+(?:\w+\s+){0,2}$", ICASE)


def places(ix: TextIndex, patients: list[PhiSpan], org_details: tuple[str, ...]) -> list[PhiSpan]:
    """Towns and streets where a patient lives ("Nora from Millbrook Bend", "Mr. Fennimore of Birchwood Terrace")."""
    text = ix.text
    spans = []
    for start, _ in ix.hits(_PLACE):
        match = _PLACE.regex.match(text, start)
        place = match.group("place")
        words = place.replace("’", "'").split()
        first = fold(words[0].split("'")[0].rstrip("."))
        cue = match.group("cue").lower()
        if first in _NOT_PLACE or first in CALENDAR_WORDS or fold(place) in US_STATES:
            continue
        if _ORG_END.search(place) and not (
            cue in ("from", "in") and len(words) > 1 and fold(words[-1].rstrip(".")) in _TOWN_LIKE_ENDS
        ):
            continue
        if any(fold(place.rstrip(".")) in fold(known) for known in org_details):  # the organisation's name or street
            continue
        if cue == "de" and _SPANISH_ORG_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Departamento de Salud", "Centro de Salud": an organisation's name
        if cue.endswith("on") and not _STREET_END.search(place):
            continue  # "lives on Elm Street" is a street; "on Route 9", "on Facebook" are not a home
        begin, _ = ix.sentence(match.start())
        home = bool(_HOME_CUE.match(cue))
        anchored = False
        for patient in patients:
            same_sentence = begin <= patient.start and patient.end <= match.start()
            if cue == "of":
                gap = text[patient.end : match.start()] if 0 <= match.start() - patient.end <= 12 else "-"
                anchored = patient.kind == "name" and bool(_NAME_TO_OF.fullmatch(gap))
            elif (same_sentence and match.start() - patient.end <= 90) or home:
                anchored = True
            if anchored:
                break
        if not anchored and home:  # "its new home in Kestrel Point" after the pacemaker's implant
            sentence = ix.sentence(match.start())
            anchored = ix.has(CARE, *sentence) or ix.has(PERSONAL_CARE, *sentence)
        if not anchored and cue != "of":
            anchored = bool(_SINGULAR_PATIENT.search(text[begin : match.start()]))
        if not anchored and kind_of(place) == "address":
            window = max(0, match.start() - 40)
            dwelling = _DWELLING_BEFORE.search(text, window, match.start())
            named = any(p.kind == "name" and begin <= p.start < ix.sentence(match.start())[1] for p in patients)
            anchored = bool(
                _PERSON_RIGHT_BEFORE.search(text, window, match.start())
                or (dwelling and (not dwelling.group("bare") or named))
            )
        if anchored:
            end = match.end("place")
            if place.endswith(".") and place.split()[-1].rstrip(".").lower() not in _STREET_ABBREVIATIONS:
                end -= 1  # the full stop ends the sentence, not an abbreviation
            spans.append(PhiSpan(match.start("place"), end, kind_of(place)))
    spans += _schools(ix, [p for p in patients if p.kind == "name"])
    if patients or ix.has(CARE) or ix.has(PATIENT_NOUN):
        for start, _ in ix.hits(_PLACE_BEFORE_PERSON):
            match = _PLACE_BEFORE_PERSON.regex.match(text, start)
            place = match.group("place")
            first = fold(place.split()[0])
            if first in _NOT_PLACE or first in CALENDAR_WORDS or fold(place) in US_STATES or _ORG_END.search(place):
                continue
            if not any(fold(place) in fold(known) for known in org_details):
                spans.append(PhiSpan(match.start("place"), match.end("place"), "place"))
    return spans


def kind_of(place: str) -> str:
    """'address' for a street ("Bramble Way"), 'place' for a town or neighbourhood."""
    return "address" if _STREET_END.search(place) else "place"


def _schools(ix: TextIndex, names: list[PhiSpan]) -> list[PhiSpan]:
    """A school named within a few words after a patient's name, in the same sentence."""
    if not names or not any(word in ix.text for word in _SCHOOL_WORDS):
        return []
    spans = []
    for match in _SCHOOL.regex.finditer(ix.text):
        begin, _ = ix.sentence(match.start())
        if any(begin <= name.start and 0 <= match.start() - name.end <= 60 for name in names):
            spans.append(PhiSpan(match.start("school"), match.end("school"), "place"))
    return spans


def confirming_reply(ix: TextIndex) -> list[PhiSpan]:
    """A reply that confirms the reader's own care ("So glad your crown feels great!") with no name in it."""
    text = ix.text
    if not _REPLY_OPENING.match(text):
        return []
    for start, end in ix.hits(PERSONAL_CARE):
        if not ix.lower.startswith(("your", "you", "as your", "cured", "treated", "reviewed", "su "), start):
            continue
        if _GENERIC_YOUR.search(text[max(0, start - 30) : start]):
            continue
        if only_an_encounter(ix.lower, start, end):
            continue
        return [PhiSpan(start, end, "patient_reply")]
    return []
