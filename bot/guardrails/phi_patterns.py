"""PHI with a shape: phones, emails, URLs, IPs, SSNs, record, room, device and plate numbers, dates, ages, addresses.

Each detector finds candidates with a precompiled pattern, then keeps those tied to a patient or their care:
the organisation's own phone, address and website, and the dates of public events, are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from bot.guardrails.phi_lexicon import (
    CARE,
    EVENT_NEAR_DATE,
    ICASE,
    MONTHS,
    ORG_CONTACT_AFTER,
    ORG_CONTACT_BEFORE,
    PATIENT_CONTACT_BEFORE,
    PATIENT_NOUN,
    PERSONAL_CARE,
    STREET_SUFFIX,
    TIME_OF_DAY,
    WEEKDAYS,
)
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, digits_of, words


@dataclass(frozen=True, slots=True)
class OrgDetails:
    """The organisation's own contact details from the policy file, normalised for matching."""

    phones: frozenset[str] = frozenset()  # last ten digits
    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    addresses: tuple[str, ...] = ()  # lower case
    names: tuple[str, ...] = ()


_THIRD_PERSON = frozenset(words("he she him his her hers they them their él ella"))
_SINGULAR_THIRD = frozenset(words("he she him his her hers él ella"))
_SEVEN_DIGITS = re.compile(r"\d(?:[\s().+-]*\d){6}")

_NANP = re.compile(
    r"(?<![\w#$/.])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])"
    r"|(?<![\w#$/.,-])\d{3}-\d{4}(?![\w-])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_GENERIC_MAILBOX = re.compile(
    r"^(?:info|contact|hello|hi|appointments?|careers|jobs|press|media|marketing|billing|frontdesk|front\.desk|"
    r"pharmacy|scheduling|support|help|admin|office|team|no-?reply|news|events|volunteers?|foundation|records|hr|"
    r"privacy|compliance|feedback|questions|rsvp|referrals|nurseline|clinic|reception|citas|informacion)$",
    ICASE,
)
_TLDS = (".com", ".org", ".net", ".me", ".page", ".site", ".blog", ".us", ".io", ".co")
_URL = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|me|page|site|blog|us|io|co)\b"
    r"(?:/[^\s)\]}>,!?]*[^\s)\]}>,.!?])?",
    ICASE,
)
_PERSONAL_SITE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:gofundme\.com|caringbridge\.org|mealtrain\.com|lotsahelpinghands\.com|"
    r"givesendgo\.com|spotfund\.com|fundly\.com|youcaring\.com|gogetfunding\.com|"
    r"(?:facebook|instagram|tiktok|twitter|x|threads|youtube)\.(?:com|net)|linkedin\.com/in)/",
    ICASE,
)
_PERSONAL_SITE_BEFORE = re.compile(
    r"\b(?:his|her|their|family's|family’s)\s+(?:\w+\s+)?(?:page|blog|site|website|fundraiser|journal|profile|"
    r"gofundme|update)s?\b[^.!?\n]{0,20}$",
    ICASE,
)
_IPV4 = Lexicon(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w]|\.\d)", (), numbers=True
)
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![\w:])", ICASE)
_VERSION_BEFORE = re.compile(r"(?:\bv|version|ver\.?)\s*$", ICASE)
_SSN = Lexicon(
    r"\d{3}-\d{2}-\d{4}(?![\w-])"
    r"|(?:last\s+(?:four|4)\s+(?:digits\s+)?of\s+(?:(?:his|her|their|the|your)\s+)?)?"
    r"(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?|seguro\s+social)"
    r"(?:\s+(?:ending|ends)\s+in)?[\s,#:]*(?:\d{3}[\s-]?\d{2}[\s-]?)?\d{4}\b",
    ["ssn", "ss", "social", "seguro", "last"],
    numbers=True,
)
_RECORD_WORDS = (
    "mrn medical record chart patient case encounter accession specimen claim policy group member subscriber "
    "account acct invoice prescription plan insurance medicare medicaid rx receta expediente historia número numero"
)
_RECORD = Lexicon(
    r"(?:MRN|medical\s+record(?:\s+(?:number|no\.?|#))?|(?:record|chart|patient|case|encounter|accession|"
    r"specimen|claim|policy|group|member|subscriber|account|invoice|prescription|plan)\s+(?:number|no\.?|num\.?|#|ID)|"
    r"patient\s+ID|member\s+ID|insurance\s+ID|account|acct\.?|Medicare|Medicaid|Rx|receta|expediente|"
    r"historia\s+cl[íi]nica|n[úu]mero\s+de\s+(?:expediente|cuenta|p[óo]liza|afiliado|receta|paciente))"
    r"\s*(?:#|no\.?|number|num\.?|n\.?º|ID)?\s*[:#]?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}(?![\w])",
    _RECORD_WORDS.split(),
)
_ROOM = Lexicon(
    r"(?:room|rm\.?|bed|bay|cama|habitaci[óo]n|cuarto|cub[íi]culo|cubicle)\s*(?:#|no\.?|n[úu]mero)?\s*"
    r"\d{1,4}[A-Z]?(?![\w-])",
    words("room rm bed bay cama habitación habitacion cuarto cubículo cubiculo cubicle"),
)
_NOT_PATIENT_ROOM = re.compile(
    r"\b(?:conference|meeting|community|class|training|board|waiting|break|lactation|family|quiet|consult|classroom|"
    r"activity|multipurpose|education|exam|procedure|sala\s+de|de\s+(?:espera|reuniones|conferencias))\s*$",
    ICASE,
)
_DEVICE = Lexicon(
    r"(?:SN|S/N|(?i:serial|device\s+(?:ID|serial))(?:\s+(?i:number|no\.?|#))?|IMEI|UDI|(?i:n[úu]mero\s+de\s+serie))"
    r"\s*[#:]?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}(?![\w])",
    words("sn s serial device imei udi número numero"),
    flags=0,
)
_PLATE = Lexicon(
    r"(?i:license\s+plate|licence\s+plate|plates?|placas?|matr[íi]cula)(?:\s+(?i:number|no\.?|#|is|was|reads|es))*"
    r"\s*[:#]?\s*"
    r"(?:[A-Z]{2}\s+)?(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,4}[\s-]?[A-Z0-9]{2,5}(?![\w])",
    words("license licence plate plates placa placas matrícula matricula"),
    flags=0,
)
_MONTH_ABBREVIATIONS = frozenset(words("jan feb mar apr jun jul aug sep sept oct nov dec"))
_MONTH = "(?:" + "|".join(
    m + r"\.?" if m in _MONTH_ABBREVIATIONS else m for m in sorted(words(MONTHS), key=len, reverse=True)
) + ")"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS.split(), key=len, reverse=True)) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = Lexicon(
    r"(?:" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+(?:19|20)\d{2})?(?![\d:])"
    r"|" + _DAY + r"\s+(?:de\s+|of\s+)?" + _MONTH + r"(?:,?\s+(?:de\s+)?(?:19|20)\d{2})?"
    r"|" + _MONTH + r"\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:19|20)?\d{2})?(?![\d/])"
    r"|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|1[0-2])[-.](?:0?[1-9]|[12]\d|3[01])[-.](?:19|20)\d{2}(?!\d)"
    r"|" + _WEEKDAY + r"(?!\w))",
    (MONTHS + " " + WEEKDAYS).split(),
    numbers=True,
)
_WEEKDAY_ONLY = re.compile(_WEEKDAY + r"$", ICASE)
_DOB_BEFORE = re.compile(
    r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+(?:birth|death)|born(?:\s+on)?|birthday|died(?:\s+on)?|passed\s+away(?:\s+on)?|"
    r"fecha\s+de\s+nacimiento|naci[óo](?:\s+el)?|falleci[óo](?:\s+el)?)\W{0,3}$",
    ICASE,
)
# A time right after a date ("March 6 at 7pm", "Thursday, March 6, 6-7pm"): an event's schedule.
_TIME_AFTER = re.compile(
    r"[\s,·|–—(-]*(?:" + _MONTH + r"\s+" + _DAY + r"[\s,]*)?(?:(?:at|from|@|de|a\s+las|desde\s+las)\s+)?"
    + "(?:" + TIME_OF_DAY.pattern + ")",
    ICASE,
)
_EVENT_BEFORE_DATE = re.compile(
    r"(?:[📅🗓]\uFE0F?\s*|\b(?:starting|starts?|begins?|beginning|until|through|thru|by|every|opens?|reopens?|"
    r"closed|a\s+partir\s+del?|desde|hasta|cada)\s+(?:on\s+|el\s+)?)$",
    ICASE,
)
_AGE = Lexicon(
    r"(?:(?P<a>\d{2,3})[\s-]*(?:years?|yrs?)[\s-]*old|(?:age|aged)\s+(?P<b>\d{2,3})|"
    r"(?P<c>\d{2,3})\s+años|(?P<d>\d{2,3})(?:st|nd|rd|th)\s+birthday|turn(?:s|ed|ing)?\s+(?P<e>\d{2,3})|"
    r"cumpli[óo]\s+(?P<f>\d{2,3}))\b",
    words("age aged turn turns turned turning cumplió cumplio"),
    numbers=True,
)
# "Mary Ellen, 97, ..." and "At 96, she ...": an age with no 'years old' (the text before the number).
_BARE_AGE_BEFORE = re.compile(r"(?:[a-záéíóúñ], |(?:^|[.!?]\s+)(?:At|A\s+los) )$")
_POPULATION_AGE = re.compile(r"^(?:\s*\+|\s+(?:and|or|y)\s+(?:older|over|up|m[áa]s|mayores)|\s*and\s+above)", ICASE)
_STAFF_NEARBY = re.compile(
    r"\b(?:volunteers?|employees?|staff|colleagues?|coworkers?|nurses?|doctors?|physicians?|years\s+of\s+service|"
    r"retire\w*|founder|founded|Dr\.|voluntari[oa]s?|emplead[oa]s?|fundador\w*)",
    ICASE,
)
_POPULATION_BEFORE = re.compile(r"\b(?:ages|over|adults|people|those|anyone|everyone|mayores\s+de)\s*$", ICASE)
_STREET_ADDRESS = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}" + STREET_SUFFIX + r"\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Unit|#)\.?\s*\w+)?"
    r"|\b(?:Calle|Avenida|Av\.|Camino|Paseo)\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s*){1,3}#?\s*\d{1,6}\b"
)
_ORG_ADDRESS_BEFORE = re.compile(
    r"(?:[📍🏥🗺]\uFE0F?\s*|\b(?:our|located|visit\s+us|moving|moved|move|find\s+us|address|office|building|"
    r"floor|suite|campus|clinic|center|centre|pharmacy|hospital|nuestra|nuestro|ubicad[oa])\b[^.!?\n]{0,60})$",
    ICASE,
)
_PATIENT_HOME = re.compile(
    r"\b(?:lives?|living|home|house|ramp|apartment|moved|neighbor|porch|yard|driveway|vive|casa|hogar)\b", ICASE
)


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


def patient_in(ix: TextIndex, start: int, end: int) -> bool:
    """Whether a patient is in view between `start` and `end`: a patient noun, he/she, or someone's care."""
    if ix.has(PATIENT_NOUN, start, end) or ix.has(PERSONAL_CARE, start, end):
        return True
    return any(word in _THIRD_PERSON for _, word in ix.words_between(start, end))


def phones(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    """Phone numbers of patients; the organisation's own numbers (call us at, to join) are skipped."""
    text = ix.text
    if not _SEVEN_DIGITS.search(text):
        return []
    found = {(m.start(), m.end()) for m in _NANP.finditer(text)}
    # phonenumbers finds what the pattern does not (international numbers, unseparated digits); it costs about
    # 0.1 ms, so it runs only when digits outside the numbers already found could make another phone number.
    uncovered = text
    for start, end in found:
        uncovered = uncovered[:start] + " " * (end - start) + uncovered[end:]
    if "+" in uncovered or len(digits_of(uncovered)) >= 10:
        for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
            if not any(s < match.end and match.start < e for s, e in found):
                found.add((match.start, match.end))
    spans = []
    for start, end in sorted(found):
        number = digits_of(text[start:end])[-10:]
        if number in org.phones or (len(number) == 7 and any(p.endswith(number) for p in org.phones)):
            continue
        before = _before(text, start)
        if PATIENT_CONTACT_BEFORE.search(before):
            spans.append(PhiSpan(start, end, "phone"))
        elif ORG_CONTACT_BEFORE.search(before) or ORG_CONTACT_AFTER.search(text[end : end + 30]):
            continue
        elif patient_in(ix, *ix.sentence(start)):
            spans.append(PhiSpan(start, end, "phone"))
    return spans


def emails(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    text = ix.text
    if "@" not in text:
        return []
    spans = []
    for match in _EMAIL.finditer(text):
        address = match.group().rstrip(".").lower()
        local, _, domain = address.partition("@")
        if address in org.emails or domain in org.domains or any(domain.endswith("." + d) for d in org.domains):
            continue
        end = match.start() + len(address)
        before = _before(text, match.start())
        if PATIENT_CONTACT_BEFORE.search(before):
            spans.append(PhiSpan(match.start(), end, "email"))
        elif _GENERIC_MAILBOX.match(local) or ORG_CONTACT_BEFORE.search(before):
            continue
        elif patient_in(ix, *ix.sentence(match.start())):
            spans.append(PhiSpan(match.start(), end, "email"))
    return spans


def urls(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    """A patient's fundraiser, journal or profile page; other links (the organisation's, a shop's) are not PHI."""
    if not any(tld in ix.lower for tld in _TLDS):
        return []
    text = ix.text
    spans = []
    for match in _URL.finditer(text):
        url = match.group()
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
        if host in org.domains or any(host.endswith("." + d) for d in org.domains):
            continue
        if _PERSONAL_SITE.match(url):
            if patient_in(ix, *ix.sentence(match.start())) or ix.has(CARE):
                spans.append(PhiSpan(match.start(), match.end(), "url"))
        elif _PERSONAL_SITE_BEFORE.search(_before(text, match.start())):
            spans.append(PhiSpan(match.start(), match.end(), "url"))
    return spans


def ips(ix: TextIndex) -> list[PhiSpan]:
    text = ix.text
    spans = []
    if text.count(".") >= 3:
        for start, end in ix.hits(_IPV4):
            if not _VERSION_BEFORE.search(_before(text, start, 10)):
                spans.append(PhiSpan(start, end, "ip"))
    if text.count(":") >= 3:
        spans.extend(PhiSpan(m.start(), m.end(), "ip") for m in _IPV6.finditer(text))
    return spans


def numbers(ix: TextIndex) -> list[PhiSpan]:
    """SSNs, record/account/plan numbers, room and bed numbers, device serials and plates."""
    spans = [PhiSpan(s, e, "ssn") for s, e in ix.hits(_SSN)]
    spans += [PhiSpan(s, e, "record_number") for s, e in ix.hits(_RECORD)]
    spans += [PhiSpan(s, e, "device") for s, e in ix.hits(_DEVICE)]
    spans += [PhiSpan(s, e, "plate") for s, e in ix.hits(_PLATE)]
    for start, end in ix.hits(_ROOM):
        if _NOT_PATIENT_ROOM.search(_before(ix.text, start, 30)):
            continue
        sentence = ix.sentence(start)
        if (ix.has(EVENT_NEAR_DATE, *sentence) or TIME_OF_DAY.search(ix.text, *sentence)) and not patient_in(
            ix, *sentence
        ):
            continue
        spans.append(PhiSpan(start, end, "room"))
    return spans


def dates(ix: TextIndex, patients: list[PhiSpan]) -> list[PhiSpan]:
    """Dates of birth, death, admission, discharge or a visit; a public event's date is skipped.
    `patients` are the names and handles already found: a care word in their sentence ties a date to them."""
    text = ix.text
    spans = []
    for start, end in ix.hits(_DATE):
        before = _before(text, start, 30)
        sentence = ix.sentence(start)
        if _DOB_BEFORE.search(before):
            # A founder's or colleague's date of death is not a patient's.
            if not (_STAFF_NEARBY.search(text, *sentence) and not ix.has(PATIENT_NOUN, *sentence)):
                spans.append(PhiSpan(start, end, "date"))
            continue
        if _EVENT_BEFORE_DATE.search(before) or _TIME_AFTER.match(text, end):
            continue
        personal = ix.has(PERSONAL_CARE, *sentence)
        if ix.has(EVENT_NEAR_DATE, *sentence):
            # An event's date unless it sits inside the care phrase itself ("your April 17 filling").
            if any(s <= start and end <= e for s, e in ix.hits(PERSONAL_CARE)):
                spans.append(PhiSpan(start, end, "date"))
            continue
        named = any(sentence[0] <= p.start < sentence[1] for p in patients)
        someone = named or any(w in _SINGULAR_THIRD for _, w in ix.words_between(*sentence))
        if _WEEKDAY_ONLY.match(text, start, end):
            tied = personal or (someone and ix.has(CARE, *sentence))
        else:
            tied = personal or (ix.has(CARE, *sentence) and (named or patient_in(ix, *sentence)))
        if tied:
            spans.append(PhiSpan(start, end, "date"))
    return spans


def ages(ix: TextIndex) -> list[PhiSpan]:
    """Ages over 89 (HIPAA lets ages up to 89 stand); '90 and older' about a population is fine."""
    text = ix.text
    spans = _bare_ages(ix)
    for start, end in ix.hits(_AGE):
        match = _AGE.regex.match(text, start)
        value = int(next(v for v in match.groups() if v))
        if value < 90 or value > 125:
            continue
        if _POPULATION_AGE.match(text[end : end + 15]) or _POPULATION_BEFORE.search(_before(text, start, 20)):
            continue
        sentence = ix.sentence(start)
        if _STAFF_NEARBY.search(text, *sentence) and not ix.has(PATIENT_NOUN, *sentence):
            continue  # a volunteer's or employee's birthday
        spans.append(PhiSpan(start, end, "age"))
    return spans


def _bare_ages(ix: TextIndex) -> list[PhiSpan]:
    text = ix.text
    spans = []
    for start in ix.number_starts():
        end = start + 2 if text[start] == "9" else start + 3
        if end <= len(text) and text[start:end].isdigit() and (end == len(text) or not text[end].isalnum()):
            value = int(text[start:end])
            if 90 <= value <= 119 and text[end : end + 2].lstrip().startswith(",") and _BARE_AGE_BEFORE.search(
                text, max(0, start - 12), start
            ):
                spans.append(PhiSpan(start, end, "age"))
    return spans


def street_addresses(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    """Numbered street addresses where a patient lives; the organisation's own address is skipped."""
    text = ix.text
    spans = []
    for match in _STREET_ADDRESS.finditer(text):
        address = match.group().lower()
        if any(address in known or known in address for known in org.addresses):
            continue
        if _ORG_ADDRESS_BEFORE.search(_before(text, match.start(), 80)):
            continue
        begin, end = ix.sentence(match.start())
        if patient_in(ix, begin, end) or _PATIENT_HOME.search(text, begin, end) or ix.has(CARE, begin, end):
            spans.append(PhiSpan(match.start(), match.end(), "address"))
    return spans
