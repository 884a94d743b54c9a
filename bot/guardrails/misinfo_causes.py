"""Unfounded causes of cancer, autism, infertility and dementia: "X causes Y" where X is no known cause.

Few things are established causes of these conditions (tobacco, alcohol, UV light, HPV, obesity,
radon, genes ...). A sentence that names anything else as their cause ("epidurals cause autism",
"cold water after meals causes cancer", "phones in your pocket cause infertility") repeats a myth,
unless it is negated, asked or framed as a myth. Weaker wording ("linked to", "raises the risk")
is left alone: much of it is true.
"""

from __future__ import annotations

import re

from bot.guardrails.claim_text import clause_before, sentence_around, sentence_index, sentence_spans
from bot.guardrails.claim_triggers import register
from bot.guardrails.context import ReviewContext
from bot.guardrails.misinfo_frames import framed_as_myth, negated_in
from bot.guardrails.misinfo_myths import Myth, myth

_OUTCOME = (
    r"(?:cancers?|cáncer|leukemia|leucemia|tumou?rs?|tumores|autism\w*|autismo|infertility|infertilidad|sterility"
    r"|esterilidad|alzheimer'?s|dementia|demencia)"
)
CAUSE_CLAIM = re.compile(
    r"\b(?:caus(?:e|es|ed|ing)|gives?(?:\s+(?:you|people|kids))?|leads?\s+to|triggers?|provoca\w*|causa\w*"
    r"|(?:is|are)\s+(?:a|the)\s+(?:main\s+|leading\s+|root\s+|real\s+)?causes?\s+of|es\s+(?:la|una)\s+causa\s+de"
    r"|(?:te\s+|le\s+)?da)\s+(?:\w+\s+){0,3}?" + _OUTCOME + r"\b",
    re.I,
)
# Established causes (or things that name the condition itself): a subject with one of these is not a myth.
_KNOWN_CAUSE = re.compile(
    r"\b(?:smok\w*|tobacco|cigar\w*|vap\w*|e-cig\w*|nicotine|secondhand|alcohol\w*|drink\w*|sun\w*|uv|ultraviolet"
    r"|tanning|hpv|vph|papilloma\w*|hepatitis|pylori|epstein|ebv|hiv|obes\w*|overweight|excess\s+weight|asbestos"
    r"|radon|radiation|radiación|benzene|arsenic|processed|red\s+meat|pollution|diesel|silica|aflatoxin\w*|genes?"
    r"|genetic\w*|genétic\w*|mutations?|brca\w*|lynch|family\s+history|inherit\w*|heredit\w*|age|aging|edad"
    r"|chemo\w*|quimio\w*|chlamydia|clamidia|gonorrh?\w*|stis?|stds?|its|ets|pelvic|pcos|endometriosis|mumps"
    r"|paperas|steroids?|testosterone|anabolic|untreated|cancers?|cáncer|tumou?rs?|treatments?|tratamientos?"
    r"|infections?|infecci\w+|virus\w*|inflammation|fumar|tabaco|obesidad|sobrepeso|contaminación|eating\s+disorders?"
    r"|anorexia|thyroid|varicocele|head\s+injur\w+|concussions?|diabetes|hypertension|cancer\s+cells|diseases?"
    r"|enfermedad\w*|strokes?|lewy|parkinson\w*|alzheimer\w*|vascular)\b",
    re.I,
)
# "What causes autism?", "researchers are studying what causes dementia": a subject that asks, not asserts.
_NOT_A_SUBJECT = re.compile(
    r"\b(?:what|which|whether|how|why|qué|cómo|study\w*|research\w*|investigat\w*|learn\w*|know|sabe\w*|unclear"
    r"|unknown)\b|^\W*$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|this|that|they|these|those|which|esto|eso|ello)\W*$", re.I)

UNFOUNDED_CAUSE: Myth = myth(
    "unfounded_cause",
    "caus|give|gives|lead|leads|trigger|triggers|provoca|causa|da",
    CAUSE_CLAIM.pattern,
    "Names something as a cause of cancer, autism, infertility or dementia that the evidence doesn't support.",
    "Name only established causes, with a source (NCI, CDC), or remove the claim.",
)
_present = register("misinfo_causes", {"cause": ("caus", "give", "gives", "lead", "leads", "trigger", "provoca", "da")})


def find_unfounded_causes(ctx: ReviewContext) -> list[tuple[Myth, int, int]]:
    if "cause" not in _present(ctx) or not _OUTCOME_WORD.search(ctx.lower):
        return []
    found: list[tuple[Myth, int, int]] = []
    for match in CAUSE_CLAIM.finditer(ctx.text):
        start = match.start()
        sentence_start, _ = sentence_around(ctx, start)
        subject = clause_before(ctx.text, start, 70, sentence_start)
        span_start = start - len(subject) + (len(subject) - len(subject.lstrip()))
        if _PRONOUN_SUBJECT.search(subject):  # "It causes cancer": the subject is the sentence before
            spans = sentence_spans(ctx)
            index = sentence_index(ctx, start)
            subject = ctx.text[spans[index - 1][0] : spans[index - 1][1]] if index else ""
        if not subject.strip() or _NOT_A_SUBJECT.search(subject) or _KNOWN_CAUSE.search(subject):
            continue
        if negated_in(ctx, start, match.end()) or framed_as_myth(ctx, start):
            continue
        found.append((UNFOUNDED_CAUSE, span_start, match.end()))
    return found


_OUTCOME_WORD = re.compile(r"cancer|cáncer|leuc|leuk|tumo|autis|infertil|steril|esteril|alzheimer|dementia|demencia")
