"""Identifier numbers: SSNs, record, member, claim and account numbers, device serials, plates, portal
usernames, and room or bed numbers.

A number is an identifier because of the words in front of it ("MRN", "claim no.", "acct #", "member ID:",
"serial", "plate", "username"), whatever its shape: digits, letters and digits, groups joined by dashes,
slashes or dots. The few national identifiers with a fixed shape (a Medicare Beneficiary Identifier) are
found by their shape alone. A bare year or a short count after such a word ("plan 2025", "group 12") is not one.
"""

from __future__ import annotations

import re

from bot.guardrails.phi_lexicon import EVENT_NEAR_DATE, ICASE, TIME_OF_DAY
from bot.guardrails.phi_patterns import one_patient_in
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, words

_SSN = Lexicon(
    r"\d{3}-\d{2}-\d{4}(?![\w-])"
    r"|(?:last\s+(?:four|4)\s+(?:digits\s+)?of\s+(?:(?:his|her|their|the|your)\s+)?)?"
    r"(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?|seguro\s+social|NSS)"
    r"(?:\s+(?:ending|ends)(?:\s+in)?)?[\s,#:]*(?:\d{3}[\s-]?\d{2}[\s-]?)?\d{4}\b",
    ["ssn", "ss", "social", "seguro", "last", "nss"],
    numbers=True,
)
# The value of an identifier: letters (upper case) and digits, in groups joined by - / . or a space before a group
# with a digit ("1EG4 TE5 MK73"); at least one digit.
_VALUE = (
    r"(?P<value>(?=[A-Z0-9/.-]*\d)[A-Z0-9]+(?:(?:[-/.]|\s(?=[A-Z]*\d[A-Z0-9]*(?![\w-])))[A-Z0-9]+)*)(?![\w%$@])"
)
# What may stand between the word and the value: "number", "no.", "#", "ID", ":", "is", "ending in".
_LINK = (
    r"(?:\s*(?:#|:|\bno\.?|\bnum\.?|\bnbr\.?|\bnumber\b|\bn\.?º|\bn[úu]m(?:ero)?\.?|\bID\b|\bis\b|\bwas\b|\bes\b|"
    r"\bcard\b|\bband\b|\bbracelet\b|\bending(?:\s+in)?\b|\bends\s+in\b|\bterminad[oa]\s+en\b|\bde\b))*\s*[\"'“‘]?"
)
_RECORD_WORDS = (
    "mrn mbi hicn medical record chart patient case encounter accession specimen claim claims policy group member "
    "subscriber account acct invoice billing statement prescription plan insurance medicare medicaid beneficiary "
    "rx id identification reference ref confirmation order referral authorization auth wristband receta expediente "
    "historia número numero cuenta póliza poliza afiliado folio reclamo caso seguro tarjeta card"
)
_RECORD = Lexicon(
    r"(?:(?i:MRN|MBI|HICN|medical\s+record|record|chart|patient|case|encounter|accession|specimen|claims?|policy|group|"
    r"member(?:ship)?|subscriber|account|acct\.?|invoice|billing|statement|prescription|plan|insurance|Medicare|"
    r"Medicaid|beneficiary|Rx|identification|reference|ref\.?|confirmation|order|referral|authori[sz]ation|auth|"
    r"wristband|receta|expediente|historia\s+cl[íi]nica|n[úu]mero|cuenta|p[óo]liza|afiliado|folio|reclamo|caso|"
    r"seguro|tarjeta|card)|ID|Id)"
    + _LINK + _VALUE,
    words(_RECORD_WORDS),
    flags=0,
)
# Words after which a number must say more than a year or a short count to be an identifier.
_WEAK_WORDS = frozenset(words("plan group case order reference ref número numero caso statement chart claim claims "
                               "confirmation billing seguro tarjeta card"))
_YEAR = re.compile(r"(?:19|20)\d{2}")
_STRONG_LINK = re.compile(r"#|:|\bno\.?|\bnumber\b|\bnum|\bID\b|n\.?º", ICASE)
# A Medicare Beneficiary Identifier by its shape: 11 characters, no S L O I B Z, e.g. 1EG4-TE5-MK73.
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MBI = Lexicon(
    rf"[1-9]{_MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\d-?{_MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\d-?{_MBI_LETTER}{{2}}\d{{2}}(?![\w-])",
    (),
    flags=0,
    numbers=True,
)
_USERNAME = Lexicon(
    r"(?i:user\s?name|user\s+ID|login|log-?in\s+(?:name|ID)|portal\s+(?:ID|name|account)|screen\s+name|"
    r"usuario|nombre\s+de\s+usuario)(?P<link>\s*(?:(?i:is|was|es)\s+|:\s*)[\"'“‘]?|\s+|"
    r"\s+(?i:for|of|de)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?=[A-Za-z][\w.-]*[\d_]))"
    r"(?P<value>(?!(?i:and|or|the|your|their|his|her|you|to|for|from|of|in|on|at|with|field|box|password|reset|"
    r"same|email|e-mail|phone|number|page|screen|help|issues?|problems?|y|su|tu|el|la|de)\b)"
    r"[A-Za-z0-9][\w.-]{1,}[A-Za-z0-9_])",
    words("username user login log portal screen usuario nombre"),
    flags=0,
)
_DEVICE = Lexicon(
    r"(?:SN|S/N|(?i:serial|device\s+(?:ID|serial)|implant\s+(?:ID|serial)|pump\s+(?:ID|serial))"
    r"(?:\s+(?i:number|no\.?|#))?|IMEI|UDI|(?i:n[úu]mero\s+de\s+serie))"
    r"\s*[#:]?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}(?![\w])",
    words("sn s serial device implant pump imei udi número numero"),
    flags=0,
)
_PLATE = Lexicon(
    r"(?i:license\s+plate|licence\s+plate|plates?|placas?|matr[íi]cula|tags?)"
    r"(?:\s+(?i:number|no\.?|#|is|was|reads|reading|es|de))*\s*[:#]?\s*[\"'“‘]?"
    r"(?:[A-Z]{2}\s+)?(?=[A-Z0-9 -]{0,9}\d)(?=[A-Z0-9 -]{0,9}[A-Z])[A-Z0-9]{1,4}[\s-]?[A-Z0-9]{2,5}(?![\w])",
    words("license licence plate plates placa placas matrícula matricula tag tags"),
    flags=0,
)
_ROOM = Lexicon(
    r"(?:room|rm\.?|bed|bay|pod|cama|camilla|habitaci[óo]n|cuarto|cub[íi]culo|cubicle|stretcher|gurney|trauma|resus|"
    r"triage|isolation|"
    r"(?:birthing|labor|labour|delivery|recovery|maternity|postpartum|LDR|infusion|dialysis)\s+(?:suite|chair)|"
    r"sill[óo]n|chair|apt\.?|apartment|apto\.?|departamento|depto\.?)\s*(?:#|no\.?|n[úu]mero)?\s*"
    r"[A-Z]?\d{1,4}[A-Z]?(?:-(?:[A-Z]|\d{1,3})\b)?(?![\w-])",
    words("room rm bed bay pod cama camilla habitación habitacion cuarto cubículo cubiculo cubicle stretcher gurney "
          "trauma resus triage isolation "
          "birthing labor labour delivery recovery maternity postpartum ldr infusion dialysis sillón sillon chair apt "
          "apartment apto departamento depto"),
)
# A person "in" a bare room number ("the patient in 517", "the lady in 3B", "whoever is in 412", "la señora de
# la 12"): the number is their room. A year, a count or a measure after "in" is not.
_PERSON_IN_ROOM = Lexicon(
    r"(?:patient|man|woman|gentleman|lady|guy|gal|girl|boy|kid|child|baby|infant|family|mom|mother|dad|father|"
    r"grandma|grandpa|grandmother|grandfather|resident|teen|toddler|someone|whoever(?:\s+is)?|couple|"
    r"paciente|señora|señor|niña|niño|bebé|familia)\s+(?:(?:still|currently|now|over|back|down|up)\s+)?"
    r"(?:in|en(?:\s+la)?|de\s+la)\s+(?P<room>(?:(?:room|rm\.?|bed|bay|chair|pod|stretcher|cubicle|cama|camilla|"
    r"habitaci[óo]n|sill[óo]n)\s*#?\s*\d{1,4}[A-Z]?|\d{1,2}[A-Z]|\d{3,4}[A-Z]?))(?![\w%°-]|[.,]\d|\s*(?:%|percent|"
    r"patients|people|beds|days|weeks|months|years|minutes|hours|lbs?|pounds|kg|mg|ml|cases|visits)\b)",
    words("patient man woman gentleman lady guy gal girl boy kid child baby infant family mom mother dad father "
          "grandma grandpa grandmother grandfather resident teen toddler someone whoever couple paciente señora "
          "señor niña niño bebé familia"),
)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
_NOT_PATIENT_ROOM = re.compile(
    r"\b(?:conference|meeting|community|class|training|board|waiting|break|lactation|family|quiet|consult|classroom|"
    r"activity|multipurpose|education|exam|procedure|sala\s+de|de\s+(?:espera|reuniones|conferencias))\s*$",
    ICASE,
)
# Words that number a patient's place only with a patient in the sentence ("Kyle in chair 3", not "chair 2 of
# the committee"); apartment numbers are part of a home address.
# A room number naming a facility or a bed naming equipment ("Room 101 activity center", "bed 5 monitors").
_NOT_A_PLACE_AFTER = re.compile(
    r"\s+(?:monitors?|beds?|rooms?|units?|activity|conference|center|centre|lounge|lobby|hall|classroom|auditorium|"
    r"suite|wing|tower|and\s+up)\b",
    ICASE,
)
_SHARED_ROOM_WORDS = frozenset(words("sillón sillon pod chair"))
_HOME_WORDS = frozenset(words("apt apartment apto departamento depto"))


def numbers(ix: TextIndex) -> list[PhiSpan]:
    """SSNs, record/account/plan numbers, usernames, device serials and plates."""
    spans = [PhiSpan(s, e, "ssn") for s, e in ix.hits(_SSN)]
    spans += _records(ix)
    spans += [PhiSpan(s, e, "record_number") for s, e in ix.hits(_MBI)]
    spans += [PhiSpan(s, e, "device") for s, e in ix.hits(_DEVICE)]
    spans += [PhiSpan(s, e, "plate") for s, e in ix.hits(_PLATE)]
    for start, _ in ix.hits(_USERNAME):
        match = _USERNAME.regex.match(ix.text, start)
        value = match.group("value")
        # "username: kbell" says it is one; after a bare space it must look like one ("login jb_1984").
        if match.group("link").strip() or any(ch.isdigit() or ch in "_." for ch in value):
            spans.append(PhiSpan(match.start("value"), match.end("value"), "username"))
    return spans


def _records(ix: TextIndex) -> list[PhiSpan]:
    text = ix.text
    spans = []
    for start, end in ix.hits(_RECORD):
        match = _RECORD.regex.match(text, start)
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        letters = sum(ch.isalpha() for ch in value)
        if digits + letters < 4 or (letters == 0 and digits < 4):
            continue
        if _YEAR.fullmatch(value):
            continue
        head = text[start : match.start("value")]
        keyword = head.split()[0].lower().rstrip(".:#") if head.split() else ""
        if keyword in _WEAK_WORDS and not _STRONG_LINK.search(head) and (letters == 0 or digits < 2) and digits < 6:
            continue  # "order 1000 flyers", "plan B12": a weak word needs '#', 'no.', a code or six digits
        spans.append(PhiSpan(start, end, "record_number"))
    return spans


def rooms(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    """Room, bed, bay and chair numbers, and apartment numbers; a meeting room or an event's room is not a
    patient's. `patients` are the names found: one in the sentence puts a patient in that room."""
    text = ix.text
    spans = []
    for start, end in ix.hits(_ROOM):
        if _NOT_PATIENT_ROOM.search(text, max(0, start - 30), start) or _NOT_A_PLACE_AFTER.match(text, end):
            continue
        sentence = ix.sentence(start)
        someone = one_patient_in(ix, *sentence) or any(sentence[0] <= p.start < sentence[1] for p in patients)
        word = text[start:end].split()[0].lower().rstrip(".")
        if word in _SHARED_ROOM_WORDS and not someone:
            continue
        if (ix.has(EVENT_NEAR_DATE, *sentence) or TIME_OF_DAY.search(text, *sentence)) and not someone:
            continue
        spans.append(PhiSpan(start, end, "address" if word in _HOME_WORDS else "room"))
    for start, _ in ix.hits(_PERSON_IN_ROOM):
        match = _PERSON_IN_ROOM.regex.match(text, start)
        if not _YEAR_NUMBER.fullmatch(match.group("room")):
            spans.append(PhiSpan(match.start("room"), match.end("room"), "room"))
    return spans
