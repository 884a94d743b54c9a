"""The `phi` check: anything that identifies a specific patient (HIPAA's 18 identifiers tied to a
patient or their care), and public replies that confirm someone is a patient. Severity: block.

Each finding's `kind` names the identifier type and its span is the identifier itself, so that
bot/llm.py can swap it for a typed placeholder ([PATIENT_NAME_1]); the spans are also left in
ctx.extra["phi_spans"]. Staff and clinicians, public event dates and the organisation's own contact
details (including those in policy.organisation) are not flagged.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bot.guardrails import (
    phi_ages,
    phi_contact,
    phi_dates,
    phi_handles,
    phi_ids,
    phi_mentions,
    phi_names,
    phi_patterns,
    phi_unique,
)
from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding
from bot.guardrails.phi_lexicon import PERMISSION, PERMISSION_HINTS
from bot.guardrails.phi_patterns import OrgDetails
from bot.guardrails.phi_text import PhiSpan, TextIndex, digits_of
from bot.policy import Policy

_WORDING: dict[str, tuple[str, str]] = {
    "name": ("A patient's name identifies them.",
             "Remove the name, or use it only with the patient's written permission and say so in the post."),
    "phone": ("A patient's phone number identifies them.", "Remove the number and reach the person privately."),
    "email": ("A patient's email address identifies them.", "Remove the address and reach the person privately."),
    "address": ("A patient's home street or address identifies them.", "Remove the street or address."),
    "place": ("The small town or place where a patient lives helps identify them.",
              "Remove the place, or use a broad region, unless the patient gave written permission."),
    "date": ("A date of a patient's care, birth or death is an identifier.",
             "Remove the date or keep only the year."),
    "age": ("An age over 89 can identify a patient.", "Leave the age out, or say '90 or older'."),
    "record_number": ("A record, prescription, account or plan number identifies a patient.", "Remove the number."),
    "room": ("A room or bed number points to a specific patient.", "Remove the room or bed number."),
    "device": ("A device serial number identifies the patient who has it.", "Remove the serial number."),
    "username": ("A patient's portal username identifies them.", "Remove the username."),
    "handle": ("This reply ties a person's account to their care and confirms they are a patient.",
               "Reply without confirming they are a patient; take details to a private message or a call."),
    "url": ("A link to a patient's own page identifies them.", "Remove the link."),
    "ip": ("An IP address can identify a patient.", "Remove the IP address."),
    "ssn": ("A Social Security number identifies a patient.", "Remove the number."),
    "plate": ("A vehicle plate number identifies a patient.", "Remove the plate number."),
    "unique_characteristic": ("A detail this rare identifies the patient on its own.",
                              "Describe it in general terms, or share it only with the patient's written permission."),
    "patient_reply": ("This public reply confirms the person is a patient or reveals their care.",
                      "Thank them without mentioning their visit or care, and move details to a private channel."),
}
# Where two spans overlap, the more specific type wins.
_PRIORITY = ("ssn", "record_number", "username", "device", "plate", "ip", "email", "url", "phone", "room", "age",
             "date", "address", "unique_characteristic", "handle", "name", "place", "patient_reply")
_RANK = {kind: rank for rank, kind in enumerate(_PRIORITY)}
# Identifiers that put one patient's record in the post: a name beside them is that patient's.
_MIN_KEPT_PREFIX = 12  # characters of a long span worth keeping before a more specific one inside it
_RECORD_KINDS = frozenset(("ssn", "record_number", "device", "plate", "username"))
_ORG_CACHE: dict[int, tuple[Policy, OrgDetails]] = {}


def org_details(policy: Policy) -> OrgDetails:
    """The policy's organisation details, normalised once per policy object."""
    cached = _ORG_CACHE.get(id(policy))
    if cached and cached[0] is policy:
        return cached[1]
    org = policy.organisation
    details = OrgDetails(
        phones=frozenset(digits_of(p)[-10:] for p in org.phones if len(digits_of(p)) >= 7),
        emails=frozenset(e.strip().lower() for e in org.emails),
        domains=frozenset(_domain(d) for d in [*org.domains, *(e.partition("@")[2] for e in org.emails)] if d),
        addresses=tuple(a.strip().lower() for a in org.addresses if a.strip()),
        names=tuple(n.strip() for n in org.names if n.strip()),
    )
    if len(_ORG_CACHE) > 8:
        _ORG_CACHE.clear()
    _ORG_CACHE[id(policy)] = (policy, details)
    return details


def _domain(value: str) -> str:
    host = value.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return host.split("/")[0]


def find_phi(text: str, policy: Policy) -> list[PhiSpan]:
    """Every patient identifier in `text`, in order, without overlaps."""
    org = org_details(policy)
    ix = TextIndex(text)
    permission = _states_permission(ix)
    spans: list[PhiSpan] = []
    spans += phi_contact.phones(ix, org)
    spans += phi_contact.emails(ix, org)
    spans += phi_contact.urls(ix, org)
    spans += phi_contact.ips(ix)
    spans += phi_ids.numbers(ix)
    identified = any(span.kind in _RECORD_KINDS for span in spans)
    people = phi_names.patient_names(ix, permission, identified) + phi_handles.handles(ix, identified)
    people = _outside_org_names(text, people, org.names)
    spans += people
    spans += phi_ids.rooms(ix, people)
    spans += phi_unique.unique_characteristics(ix)
    spans += phi_dates.dates(ix, spans)
    spans += phi_ages.ages(ix, spans)
    spans += phi_patterns.street_addresses(ix, org)
    spans += phi_mentions.places(ix, spans, org.names + org.addresses)
    if not people and not permission:
        spans += phi_mentions.confirming_reply(ix)
    return _without_overlaps(spans)


def _states_permission(ix: TextIndex) -> bool:
    lower = ix.lower
    if not any(word in lower for word in PERMISSION_HINTS):
        return False
    return bool(PERMISSION.search(ix.text))


def _outside_org_names(text: str, spans: list[PhiSpan], names: tuple[str, ...]) -> list[PhiSpan]:
    """The spans that are not part of the organisation's own name ("Quarry Hill Family Medicine")."""
    if not names or not spans:
        return spans
    lowered = text.lower()
    inside: list[tuple[int, int]] = []
    for name in names:
        needle = name.lower()
        start = lowered.find(needle)
        while start >= 0:
            inside.append((start, start + len(needle)))
            start = lowered.find(needle, start + 1)
    return [span for span in spans if not any(s <= span.start and span.end <= e for s, e in inside)]


def _without_overlaps(spans: list[PhiSpan]) -> list[PhiSpan]:
    """The more specific type wins where two spans overlap; a longer span keeps the part before the winner
    ("the only set of quadruplets born in our county" before a date inside it)."""
    kept: list[PhiSpan] = []  # in text order, never overlapping
    ends: list[int] = []
    for span in sorted(set(spans), key=lambda s: (_RANK.get(s.kind, 99), s.start, -s.end)):
        first = bisect_right(ends, span.start)  # the first kept span ending after this one starts
        last = bisect_left(kept, (span.end,))  # the kept spans starting before this one ends
        if first >= last:
            index = bisect_left(kept, span)
            kept.insert(index, span)
            ends.insert(index, span.end)
            continue
        # the part before the first kept span inside it, unless it starts inside a kept span
        if kept[first].start - span.start >= _MIN_KEPT_PREFIX:
            part = PhiSpan(span.start, kept[first].start, span.kind)
            index = bisect_left(kept, part)
            kept.insert(index, part)
            ends.insert(index, part.end)
    return kept


def check(ctx: ReviewContext) -> list[Finding]:
    spans = find_phi(ctx.text, ctx.policy)
    ctx.extra["phi_spans"] = spans
    findings = []
    for span in spans:
        message, suggestion = _WORDING[span.kind]
        findings.append(
            Finding(
                check="phi",
                severity="block",
                start=span.start,
                end=span.end,
                excerpt=ctx.text[span.start : span.end],
                message=message,
                suggestion=suggestion,
                kind=span.kind,
            )
        )
    return findings
