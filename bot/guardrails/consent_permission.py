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
# A clinician's go-ahead is medical clearance, not the patient's permission: "with his cardiologist's blessing".
CLINICIAN_BEFORE = re.compile(
    r"\b(?:Dr\.?\s+[A-Z]\w+|doctor|physician|surgeon|nurse|team|[a-z]+(?:ist|ian))['’]s\s+(?:[\w-]+\s+)?$"
    r"|\bdel?\s+(?:su\s+)?(?:m[eé]dic[oa]|doctor[a]?|cirujan[oa]|[a-z]+log[oa])\s*$",
    re.IGNORECASE,
)


def has_permission(text: str, lower: str) -> bool:
    """True when the post states that the patient or family agreed to share it."""
    if not any(hint in lower for hint in _HINTS):
        return False
    for match in PERMISSION.finditer(text):
        before = max(0, match.start() - 30)
        if not NEGATION_BEFORE.search(text, before, match.start()) and not CLINICIAN_BEFORE.search(
            text, before, match.start()
        ):
            return True
    return False
