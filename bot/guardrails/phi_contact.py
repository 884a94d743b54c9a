"""Contact details: phone numbers, email addresses, personal web pages and IP addresses of patients.

A number or address is a patient's when the words before it say whose it is ("called from", "reach him at",
"his wife's cell", "we tried calling you at"); it is the organisation's when the sentence speaks in the
organisation's voice ("call us", "our patient advocate ... would like to hear from you", "accepting new
patients:", "Reserve su cita al") or when the policy file lists it. With neither, a patient in the sentence decides.
"""

from __future__ import annotations

import re

import phonenumbers

from bot.guardrails.phi_lexicon import ICASE
from bot.guardrails.phi_patterns import OrgDetails, one_patient_in, patient_in
from bot.guardrails.phi_text import Lexicon, PhiSpan, TextIndex, digits_of

# The organisation speaking about its own contact details.
_CONTACT_VERB = (
    r"(?:call|text|phone|fax|reach|contact|email|e-mail|write|message|dial|visit|llame|ll[áa]menos|escr[ií]banos|"
    r"cont[áa]ctenos|comun[íi]quese|escriba|env[íi]e)"
)
# The organisation giving its own number or address: "call us at", "call our nurse line", "call St. Elian at",
# "Call (555) ...", "Phone: ...", "📞 ...".
_ORG_CONTACT_BEFORE = re.compile(
    r"(?:\b" + _CONTACT_VERB + r"\s+(?:us|our|nuestr[oa]s?|the\s+(?:clinic|office|pharmacy|hospital|nurse|front|team|"
    r"practice|center|centre|billing|lab|line|desk|main)\b|al\b|a\s+la\b|(?-i:[A-Z]))"
    r"(?:[^.!?\n]|(?<=\b(?:St|Dr|Mt|Ft|Sr))\.){0,40}"
    r"|\b" + _CONTACT_VERB + r"\s*:?\s*"
    r"|\b(?:tel|tel[ée]fono|ph|phone|fax|hotline|helpline|line|desk|office|n[úu]mero|number|email|e-mail)\s*[:.]?\s*"
    r"|[📞☎📱📠📧✉📍🏥🗺]\uFE0F?\s*)$",
    ICASE,
)
_ORG_CONTACT_AFTER = re.compile(
    r"[\s)]*(?:(?:to|for|para)\s+(?:join|book|schedule|register|reserve|sign|learn|make|set|ask|get|enroll|rsvp|"
    r"reservar|inscribirse|agendar|hacer|m[áa]s)|,?\s*(?:ext\.?|x)\s*\d|[,·|–-]?\s*(?:weekdays|daily|24/7|mon|lun))",
    ICASE,
)
# The organisation's voice in the sentence before a number: "our team would like to hear from you: ...".
_ORG_VOICE = re.compile(
    r"\b(?:we|we['’](?:re|ll|d)|our|us|nuestr[oa]s?|ll[áa]menos|escr[íi]banos|cont[áa]ctenos|accepting\s+new\s+patients|"
    r"new\s+patients|questions|preguntas|info|information|informaci[óo]n|appointments?|citas?|reserve|book|schedule|"
    r"agende|programe|register|rsvp|inscr[íi]base)\b",
    ICASE,
)
# Something of the reader's sent to an address: "we re-sent your results to ...".
_SENT_TO = re.compile(
    r"\b(?:sent|re-?sent|emailed|e-mailed|forwarded|mailed|faxed|enviamos|envi[ée])\b[^.!?\n]{0,40}\b(?:to|a)\s*$",
    ICASE,
)
# Whose number it is: "called from", "reach him at", "his wife's cell", "we tried calling you at", "the number his
# wife left", "Mrs. Diaz's daughter at".
_PATIENT_CONTACT_BEFORE = re.compile(
    r"\b(?:called\s+(?:us\s+)?from|texted\s+(?:us\s+)?from|emailed\s+(?:us\s+)?from|wrote\s+(?:to\s+us\s+)?from|"
    r"(?:llam[óo]|escribi[óo])\s+(?:\w+\s+)?desde|"
    r"reach\s+(?:him|her|them)|(?:his|her|their|patient's|customer's|(?-i:[A-Z])\w+['’]s)\s+(?:\w+\s+)?(?:cell|phone|"
    r"number|email|mobile|home|landline|wife|husband|son|daughter|mom|mother|dad|father|family|caregiver|sister|"
    r"brother|partner)|(?:him|her|them)\s+(?:at|on)|from\s+(?:the\s+)?(?:number|phone|address)|"
    r"(?:calling|called|trying|tried|reach|reached|reaching|texted|texting|emailed)\s+(?:you|him|her|them)\b|"
    r"(?:call|text|reach)\s+(?:you|him|her|them)\s+(?:back\s+)?(?:at|on)\b|"
    r"(?:reach|call|text|calling|called|tried|trying|reached)\s+(?:your|his|her|their)\s+(?:\w+\s+)?(?:son|daughter|wife|"
    r"husband|mom|mother|dad|father|sister|brother|caregiver|partner|family)\s+(?:at|on)\b|"
    r"number\s+(?:his|her|their|you)\s+\w+|"
    r"su\s+(?:tel[ée]fono|celular|n[úu]mero|correo))\b[^.!?\n]{0,25}$",
    ICASE,
)
_PHONE_LIKE = re.compile(r"(?<!\d)\+\s?\d|\d(?:[\s().-]{0,2}\d){9}")
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
_OWN_FUND = re.compile(
    r"\b(?:our|nuestr[oa])\s+(?:[\w-]+\s+){0,3}(?:fund|foundation|families|patients|program|campaign)\b", ICASE
)
# A fundraising or journal site's own pages, not someone's ("caringbridge.org/about").
_SITE_PAGE = re.compile(
    r"\.(?:com|org|net)/?(?:about|help|faq|how-it-works|start|signup|sign-up|login|resources|support|contact|terms|"
    r"privacy)?/?$",
    ICASE,
)
_NAME_POSSESSIVE = re.compile(r"\b[A-Z][a-z]+['’]s\b")  # "Follow Lucas's journey at caringbridge.org/..."
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


def _before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


def phones(ix: TextIndex, org: OrgDetails) -> list[PhiSpan]:
    """Phone numbers of patients; the organisation's own numbers (call us at, to join) are skipped."""
    text = ix.text
    if not _SEVEN_DIGITS.search(text):
        return []
    found = {(m.start(), m.end()) for m in _NANP.finditer(text)}
    # phonenumbers finds what the pattern does not (international numbers, unseparated digits); it costs about
    # 0.1 ms, so it runs only when a '+' and a digit, or ten digits close together, are left outside the numbers
    # already found.
    uncovered = text
    for start, end in found:
        uncovered = uncovered[:start] + " " * (end - start) + uncovered[end:]
    if _PHONE_LIKE.search(uncovered):
        for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
            if not any(s < match.end and match.start < e for s, e in found):
                found.add((match.start, match.end))
    spans = []
    for start, end in sorted(found):
        number = digits_of(text[start:end])[-10:]
        if number in org.phones or (len(number) == 7 and any(p.endswith(number) for p in org.phones)):
            continue
        if _whose(ix, start, end) == "patient":
            spans.append(PhiSpan(start, end, "phone"))
    return spans


def _whose(ix: TextIndex, start: int, end: int) -> str:
    """'patient' or 'org' for a phone number or email address at start:end."""
    text = ix.text
    before = _before(text, start)
    if _PATIENT_CONTACT_BEFORE.search(before):
        return "patient"
    sentence_start, sentence_end = ix.sentence(start)
    if (
        _ORG_CONTACT_BEFORE.search(before)
        or _ORG_CONTACT_AFTER.match(text, end, min(len(text), end + 30))
        or _ORG_VOICE.search(text, sentence_start, start)
    ):
        return "org"
    return "patient" if patient_in(ix, sentence_start, sentence_end) else "org"


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
        if _PATIENT_CONTACT_BEFORE.search(before) or _SENT_TO.search(before):
            spans.append(PhiSpan(match.start(), end, "email"))
        elif _GENERIC_MAILBOX.match(local) or _ORG_CONTACT_BEFORE.search(before):
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
        if _PERSONAL_SITE.match(url) and not _SITE_PAGE.search(url):
            # someone's fundraiser or journal, not the organisation's own fund ("donate to our NICU fund at ...")
            window = ix.sentence(match.start(), before=1, after=1)
            someone = one_patient_in(ix, *window) or _NAME_POSSESSIVE.search(text, *window)
            if someone and not _OWN_FUND.search(text, *ix.sentence(match.start())):
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
