"""Statements that the patient (or their family) gave permission to share their story. English and Spanish.

"Shared with Ana's permission", "posted with the family's blessing", "Ana agreed to share her story",
"his family signed a photo release", "con el permiso de la familia". A negated one ("we never asked
permission") does not count, and neither does sending a photo: that is not permission to post it.
"""

from __future__ import annotations

import re

PERMISSION = re.compile(
    r"\bpermission\b|\bpermiso\b|\bconsent(?:ed|s)?\b|\bconsentimiento\b|\bblessing\b|\bbendici[oó]n\s+de\b"
    r"|\bagreed\s+to\s+(?:share|let|be\s+(?:featured|photographed|filmed|interviewed)|tell)\b"
    r"|\b(?:asked|wanted)\s+(?:us\s+)?to\s+share\b|\b(?:gave|given|give|gives|granted)\s+(?:us\s+)?(?:the\s+)?"
    r"(?:ok|okay|go-ahead|green\s+light)\b|\bshared\s+with\s+(?:(?:his|her|their)\s+)?(?:ok|okay|approval)\b"
    r"|\bwith\s+(?:(?:his|her|their|the\s+(?:family|patient|parents)(?:'s|’s)?|[a-z]+(?:'s|’s))\s+)?"
    r"(?:full\s+|written\s+|kind\s+)?(?:ok|okay|approval)\b"
    r"|\b(?:letting|let|allowing|allowed)\s+us\s+(?:to\s+)?(?:share|post|feature|tell|use)\b"
    r"|\b(?:said|says|agreed)\s+(?:that\s+)?we\s+(?:could|can|may)\s+(?:share|post)\b|\bhappy\s+for\s+us\s+to\s+"
    r"(?:share|post)\b|\b(?:media|photo|video|patient)\s+release\b|\brelease\s+form\b|\bsigned\s+a\s+release\b"
    r"|\bread\s+and\s+approved\b|\bat\s+(?:his|her|their|the\s+family(?:'s|’s))\s+request\b"
    r"|\bautoriz(?:ó|aron|ación|ado|ada)\b|\bacept[oó]\s+compartir\b|\bnos\s+(?:permiti[oó]|dio\s+permiso)\b"
    r"|\b(?:dejarnos|nos\s+dej[oó])\s+compartir\b"
    r"|\b(?:shared|shares|sharing|told|tells|telling)\s+(?:his|her|their|your)\s+(?:own\s+)?story\b"
    r"|\b(?:comparti[oó]|compartir|cont[oó])\s+su\s+(?:propia\s+)?historia\b",
    re.IGNORECASE,
)
# Substrings without which no permission statement can match (a cheap test before the pattern).
_HINTS = ("permis", "consent", "blessing", "bendici", "agreed to", "to share", " ok", "okay", "go-ahead",
          "green light", "approv", "let us", "letting us", "allow", "we could", "we can", "we may", "happy for us",
          "release", "request", "autoriz", "acept", "permiti", "compartir", "compartió", "story", "historia")
NEGATION_BEFORE = re.compile(r"\b(?:without|no|not|never|sin|nunca)\b[^.!?\n]{0,20}$", re.IGNORECASE)
# A clinician's go-ahead is medical clearance, not the patient's permission: "with his cardiologist's blessing",
# "with her doctor's approval".
CLINICIAN_INSIDE = re.compile(
    r"\b(?:doctor|physician|surgeon|nurse|team|[a-z]+(?:ist|ian))['’]s\b|\bDr\.?\s", re.IGNORECASE
)
CLINICIAN_BEFORE = re.compile(
    r"\b(?:Dr\.?\s+[A-Z]\w+|doctor|physician|surgeon|nurse|team|[a-z]+(?:ist|ian))['’]s\s+(?:[\w-]+\s+)?$"
    r"|\bdel?\s+(?:su\s+)?(?:m[eé]dic[oa]|doctor[a]?|cirujan[oa]|[a-z]+log[oa])\s*$",
    re.IGNORECASE,
)


# A bare word of permission ("consent", "blessing", "the OK") is about sharing only when the sentence says so:
# whose it is (a person or the family, not a clinician), or what it allows (sharing, a photo, a story).
_BARE = re.compile(
    r"(?:permission|permiso|consent(?:ed|s)?|consentimiento|blessing|bendici[oó]n\s+de|autoriz\w+|ok|okay|go-ahead|"
    r"green\s+light|approval)",
    re.IGNORECASE,
)
_WHOSE_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|your|with|con|the\s+(?:family|patient|parents)(?:['’]s)?|family['’]s|parents['’]|su|sus|"
    r"la|el|tu)|"
    r"\b(?-i:[A-Z][a-z]+)['’]s)\s+(?:(?:full|written|kind|express|verbal)\s+)?$",
    re.IGNORECASE,
)
_WHOSE_AFTER = re.compile(
    r"^\s+(?:from|of|de|del)\s+(?:the\s+|la\s+|su\s+|sus\s+|his\s+|her\s+|their\s+)?(?:family|familia|parents|padres|"
    r"mom|dad|mam[aá]|pap[aá]|husband|wife|espos[oa]|daughter|son|hij[oa]|(?-i:[A-Z][a-z]+))",
    re.IGNORECASE,
)
_SHARING = re.compile(
    r"\b(?:shar\w*|post\w*|publish\w*|featur\w*|photos?|pictures?|videos?|stor(?:y|ies)|words|tell|compart\w*|"
    r"public\w*|historias?|fotos?|v[ií]deos?|contar)\b",
    re.IGNORECASE,
)
_MEDICAL_CONSENT = re.compile(
    r"\binformed\s+consent|\bconsent\s+(?:forms?|for\s+(?:surgery|treatment|the\s+procedure))|\binsurance|"
    r"\bprior\s+authori|\bFDA\b|\bseguro\b",
    re.IGNORECASE,
)


def has_permission(text: str, lower: str) -> bool:
    """True when the post states that the patient or family agreed to share it."""
    if not any(hint in lower for hint in _HINTS):
        return False
    for match in PERMISSION.finditer(text):
        before = max(0, match.start() - 30)
        if NEGATION_BEFORE.search(text, before, match.start()) or CLINICIAN_BEFORE.search(text, before, match.start()):
            continue
        if _about_sharing(text, match):
            return True
    return False


def _about_sharing(text: str, match: re.Match[str]) -> bool:
    """Specific statements ("agreed to share", "signed a release") are; a bare word needs its sentence to say so."""
    word = _BARE.search(match.group())
    if word is None:
        return True
    start = match.start() + word.start()
    end = match.start() + word.end()
    sentence_start = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    ends = [i for i in (text.find(stop, end) for stop in ".!?\n") if i != -1]
    sentence = text[sentence_start : min(ends) if ends else len(text)]
    if _MEDICAL_CONSENT.search(sentence) or CLINICIAN_INSIDE.search(match.group()):
        return False
    return bool(
        _WHOSE_BEFORE.search(text, max(0, start - 40), start)
        or _WHOSE_AFTER.match(text[end : end + 40])
        or _SHARING.search(sentence)
    )
