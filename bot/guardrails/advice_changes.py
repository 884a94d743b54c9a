"""Changes to a prescribed medicine, said to the public in any wording: a change verb on a medicine.

The older rules (advice_rules) name shapes one by one ("stop your X", "a vacation from their X").
These name the two parts instead, so new wordings are caught:
- a change verb: stop, ease off, wean off, hold off on, halve, double, swap, skip ... (and Spanish);
- a medicine: a drug name or stem, "your blood pressure pill", or "it"/"them" after a medicine.
Plus new schedules ("use it every other day"), extra doses ("take an extra Xanax", "take two the
next day"), "you don't need your X" and leftover prescriptions ("grab some leftover antibiotic drops").
advice.py clears a match that is negated, hedged ("talk to your doctor first"), or tells a story.
"""

from __future__ import annotations

import re

from bot.guardrails.advice_lexicon import DRUG, MEDICINE, medicine_spans
from bot.guardrails.claim_text import Dual, sentence_around
from bot.guardrails.context import ReviewContext

_DET = r"(?:(?:your|their|his|her|the|those|these|that|this|my|any|all\s+(?:your|their|the))\s+)?"
_MODS = r"(?:(?!(?:off|on|for|to|by|at|in|with|and|or|until|of|number|amount)\b)[\w'-]+\s+){0,3}?"
_CHANGE_VERB = (
    r"(?:ease\s+off(?:\s+(?:of|on))?|wean\s+(?:yourself\s+|them\s+|him\s+|her\s+)?off(?:\s+(?:of|on))?|hold\s+off\s+on"
    r"|back\s+off(?:\s+(?:of|on))?|cut\s+(?:back|down)\s+on|cut\s+back|lay\s+off(?:\s+the)?|give\s+up|halve|double(?:\s+up\s+on)?|triple|skip(?:\s+doses\s+of)?|drop|ditch|pause|lower|reduce|decrease"
    r"|increase|bump\s+up|take\s+(?:a\s+)?(?:break|vacation|holiday|rest|time\s+off|day\s+off|pause)\s+from"
    r"|go\s+without|do\s+without|forget\s+(?:about\s+)?)"
)
_SWAP_VERB = r"(?:swap(?:\s+out)?|switch\s+(?:out\s+|off\s+|from\s+)?|trade(?:\s+in)?|replace|substitute|exchange)"
# Dropping it off at the counter, lowering its cost: errands and prices, not changes to the medicine.
_ERRAND = (
    r"(?!\s+(?:off|by|at\s+(?:the|our)|in\s+(?:the|our)|here|costs?|prices?|bills?|co-?pays?|spending|expenses|savings"
    r"|labels?|bottles?|organi[sz]ers?|boxes|refills?|deliver\w*|pick-?ups?|coverage|lists?|errors?|mistakes?|waste)\b)"
)
# A medicine, but not a vaccine: "skip the shot, try the nasal spray" offers another vaccine, not a change.
_MEDICINE = MEDICINE.replace("|shots?", "")
# "halve your blood pressure pill", "ease off the prednisone", "hold off on your beta blocker", "swap your statin
# for plant sterols".
MED_CHANGE = Dual(
    rf"\b{_CHANGE_VERB}\s+{_DET}{_MODS}{_MEDICINE}\b{_ERRAND}"
    rf"|\b{_SWAP_VERB}\s+{_DET}{_MODS}{_MEDICINE}\s+(?:[\w'-]+\s+){{0,3}}?(?:for|with|by)\b"
)
# The same verb on a pronoun, for a medicine named just before ("Tired of your statin? Swap it for ...").
MED_CHANGE_PRONOUN = Dual(
    r"\b(?:ease\s+off|wean\s+off|hold\s+off\s+on|cut\s+back\s+on|halve|double|swap|switch|trade|replace|substitute"
    r"|skip|pause|go\s+without|hold)\s+(?:it|them)\b(?!\s+(?:in\s+(?:the|a|an|our|your)|here|there|at)\b)"
    r"|\bwean\s+(?:yourself\s+|themselves\s+)?off\b(?!\s+(?:the\s+)?(?:bottle|breast|pacifier|formula))"
)
# "Why keep taking statins when ...?", "say goodbye to your inhaler", "free yourself from daily pills": a change put
# as a question or a farewell.
RHETORICAL_CHANGE = Dual(
    rf"\bwhy\s+(?:keep\s+|still\s+|even\s+)?(?:take|taking|use|using|stay\s+on|be\s+on|rely\s+on|depend\s+on|pay\s+for)"
    rf"\s+{_DET}{_MODS}{_MEDICINE}\b|\bwho\s+needs\s+{_DET}{_MODS}{_MEDICINE}\b"
    rf"|\b(?:say\s+(?:goodbye|good-bye|bye-bye|bye)|goodbye|good-bye|bye-bye|bye)\s+to\s+(?:your|their|those|daily)\s+{_MODS}{_MEDICINE}\b"
    rf"|\bfree\s+(?:yourself|your\s+\w+)\s+(?:from|of)\s+{_DET}{_MODS}{_MEDICINE}\b"
    rf"|\b(?:no\s+more|never\s+again)\s+(?:daily\s+)?{_MEDICINE}\b"
    rf"|\b(?:adiós|olvídese\s+de|olvídate\s+de)\s+(?:a\s+)?(?:su|sus|tu|tus|las|los)\s+(?:\w+\s+){{0,2}}?{_MEDICINE}\b"
)
# "Most of you on aspirin should just stop", "kids on ADHD meds don't need them in summer": the change on a
# medicine named earlier in the sentence.
BARE_STOP = Dual(
    r"\b(?:stop|quit)(?=\s*(?:[.!,;]|$|\s+(?:now|today|taking\s+(?:it|them)|it|them|cold\s+turkey)\b))"
    r"|\bneed\s+(?:them|it)\s+(?:in\s+(?:the\s+)?summer|on\s+(?:weekends|vacation|holidays?)|during\s+(?:school\s+)?breaks?"
    r"|once\s+\w+|after\s+\w+|when\s+(?:you|they)\s+feel|en\s+verano)"
)
# What must come just before a BARE_STOP match: a modal before "stop", a negation before "need".
BARE_STOP_LEAD = re.compile(
    r"\b(?:should|can|could|may|need\s+to|ought\s+to|are\s+free\s+to)\s+(?:just\s+|probably\s+|safely\s+|simply\s+)?$"
    r"|\b(?:don'?t|do\s+not|doesn'?t|does\s+not|no\s+longer)\s+(?:really\s+)?$",
    re.I,
)
HALVE_MEDICINE = Dual(
    rf"\b(?:cut|cutting|split|splitting|break|breaking)\s+(?:your\s+|the\s+|their\s+)?{DRUG}\s+in\s+half\b"
)
# "Just use it every other day", "take your inhaler only when you feel tight".
NEW_SCHEDULE = Dual(
    rf"\b(?:use|using|take|taking|give|giving|try|do|apply|applying)\s+(?:it|them|{_DET}{_MODS}{MEDICINE})\s+"
    r"(?:only\s+|just\s+)?"
    r"(?:every\s+other\s+day|every\s+(?:few|couple\s+of|two|three|2|3)\s+days|on\s+(?:weekends|weekdays)"
    r"|(?:once|twice)\s+a\s+week|in\s+half|at\s+half|half\s+as\s+often|only\s+when\s+you\s+feel|when(?:ever)?\s+you"
    r"\s+feel\s+(?:like|bad|sick|symptoms)|only\s+(?:at\s+night|in\s+the\s+morning|on\s+bad\s+days|when\s+it\s+hurts)"
    r"|instead\s+of\s+(?:one|1|daily|every\s+day)|as\s+needed\s+instead)"
)
# "Take an extra Xanax", "just take two the next day", "double up tomorrow".
EXTRA_DOSE = Dual(
    rf"\b(?:take|give|use)\s+(?:an?\s+)?(?:extra|additional|double|another)\s+(?:\w+\s+)?(?:{MEDICINE}|dose|one)\b"
    r"|\b(?:take|give)\s+(?:two|2|both)\s+(?:(?:the\s+)?next\s+(?:day|morning|time)|tomorrow|at\s+once|together)\b"
    r"|\bdouble\s+up(?:\s+(?:the\s+)?(?:next\s+day|tomorrow|on\s+the\s+next))\b"
    rf"|\b(?:take|give|use)\s+(?:two|three|2|3)\s+(?:\w+\s+)?(?:{MEDICINE}\s+)?instead\s+of\s+(?:one|1)\b"
    r"|\b(?:go\s+ahead\s+and|feel\s+free\s+to|you\s+can\s+(?:just\s+)?|it'?s\s+(?:fine|ok|okay|safe)\s+to)\s*"
    r"(?:stop|quit)(?=\s*(?:[.!,;]|$|\s+(?:now|today|cold\s+turkey)))"
)
# "You probably don't need your thyroid pill anymore": said of the reader's own medicine.
NEED_NOT_YOURS = Dual(
    rf"\b(?:don'?t|do\s+not|won'?t|no\s+longer)\s+(?:really\s+|even\s+|actually\s+)?need\s+(?:your|their|that)\s+"
    rf"{_MODS}{MEDICINE}\b(?!\s+(?:bottles?|labels?|cards?|to\s+(?:refill|transfer|pick)))"
    rf"|\bcan\s+(?:do|go)\s+without\s+(?:your|their)\s+{_MODS}{MEDICINE}\b"
)
# "Grab some leftover antibiotic drops", "dale la amoxicilina que te sobró": an old prescription reused.
_DISPOSAL = r"(?![^.!?\n]*\b(?:take[- ]?back|dispos\w*|drop[- ]?off|kiosks?|bins?|collection|unused|expired)\b)"
LEFTOVER = Dual(
    r"\b(?:grab|use|take|finish|give|try|start)\s+(?:\w+\s+){0,2}?(?:leftover|left-over|left\s+over|old|spare)\s+"
    rf"(?:\w+\s+)?{MEDICINE}\b{_DISPOSAL}|\bque\s+(?:te|le|les)\s+sobr[óo]\b|\b(?:leftover|left-over)\s+{DRUG}\b"
)
SPANISH_CHANGE = Dual(
    r"\b(?:cambi[ea]\w*|reemplac[ea]\w*|sustitu[iy]\w*)\s+(?:su|sus|tu|tus|la|el|las|los)\s+(?:\w+\s+){0,3}?"
    rf"{MEDICINE}\s+(?:\w+\s+){{0,4}}?(?:por|con)\b"
    r"|\b(?:tome|toma|tómese|tómate|puede\s+tomar|puedes\s+tomar)\s+(?:una?\s+)?(?:dosis\s+)?(?:extra|doble|adicional)\b"
    r"|\b(?:tome|toma|use|usa)\w*\s+(?:l[oa]s?\s+|su\s+|tu\s+)?(?:\w+\s+)?(?:día\s+por\s+medio|cada\s+(?:dos|tres|2|3)"
    r"\s+días|solo\s+cuando\s+se\s+sienta)"
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "med_change": (
        "ease", "wean", "hold", "back", "cut", "lay", "stop", "give", "halve", "double", "triple", "skip", "drop",
        "ditch", "pause", "swap", "switch", "trade", "replace", "substitut", "exchang", "lower", "reduce", "decrease",
        "increase", "bump", "take", "go", "do", "forget",
    ),
    "schedule": (
        "every", "weekend", "weekday", "once", "twice", "half", "feel", "needed", "día", "cada", "solo", "only",
        "instead",
    ),
    "extra_dose": (
        "extra", "additional", "double", "another", "two", "both", "doble", "adicional", "2", "3", "three", "ahead",
        "free",
        "fine", "ok", "okay", "safe", "can",
    ),
    "need_not": ("need", "without"),
    "bare_stop": ("stop", "quit", "need"),
    "halve": ("cut", "cutting", "split", "splitting", "break", "breaking"),
    "permissive": (
        "stop", "quit", "skip", "miss", "drop", "ditch", "toss", "paus", "halt", "discontinu", "split", "halv", "spac",
        "stretch", "lower", "reduc", "wean", "taper", "forget", "dej", "saltar", "sált", "suspend", "olvid", "partir",
        "parta", "espaciar", "less", "menos", "off", "cut", "cutting",
    ),
    "no_reason": ("reason", "necessary", "needed", "required", "leave"),
    "rhetorical": ("why", "who", "goodbye", "good", "bye", "free", "more", "never", "adiós", "olvíd"),
    "leftover": ("leftover", "left", "old", "spare", "sobr", "tenga", "tengas"),
    "spanish_change": ("cambi", "reemplac", "sustitu", "extra", "doble", "adicional", "día", "cada", "solo"),
}

# --- A change said as permission, in any order: "It's okay to skip a day of your antidepressant" ----------------
# A change verb (any form) within a few words of a medicine, in a sentence that permits or directs it.
_ANY_CHANGE = (
    r"(?:stop(?:ping|ped|s)?|quit(?:ting|s)?|skip(?:ping|ped|s)?|miss(?:ing|es)?|drop(?:ping|s)?|ditch(?:ing|es)?"
    r"|toss(?:ing|es)?|pause|pausing|halt|discontinu\w+|come\s+off|coming\s+off|go\s+off|going\s+off|get\s+off|split(?:ting|s)?|halv(?:e|ing)|spac(?:e|ing)(?:\s+out)?|stretch(?:ing)?|tak(?:e|ing)\s+less|lower(?:ing)?"
    r"|reduc(?:e|ing)|wean(?:ing)?|taper(?:ing)?|forget(?:ting)?|dej(?:ar|e|en|an|a)|saltar(?:se)?|sált\w+|suspend\w+"
    r"|olvid\w+|part(?:ir|a)|reduc(?:ir|ir\w+)|espaciar|tomar\s+menos)"
)
_CHANGED_THING = rf"(?:{_MEDICINE}|cpap|bipap)"
# The verb within five words before a medicine, or one of a few verbs after it ("your insulin ... stretch it").
_VERB_BEFORE = re.compile(rf"\b(?P<verb>{_ANY_CHANGE})\b(?:\s+[\w'’-]+){{0,5}}?\s+$", re.I)
_VERB_AFTER = re.compile(
    r"[^.!?\n;]{0,40}?\b(?P<verb>stretch(?:ing)?|split(?:ting)?|toss|tak(?:e|ing)\s+less"
    r"|cut(?:ting)?\s+(?:it|them|the\s+\w+)\s+in\s+half|se\s+pueden\s+dejar|puede\w*\s+dejar)\b",
    re.I,
)
_ERRAND_AFTER = re.compile(r"\s+(?:off|by|at\s+(?:the|our)|in\s+(?:the|our)|here|costs?|prices?|bottles?|labels?)\b")
_DEVICES = re.compile(r"\b(?:cpap|bipap)\b")
# Permission or instruction somewhere in the sentence.
_PERMISSION = re.compile(
    r"\b(?:it'?s|it\s+is|that'?s)\s+(?:totally\s+|perfectly\s+)?(?:ok(?:ay)?|fine|safe|alright|no\s+big\s+deal)\b"
    r"|\b(?:is|are)\s+(?:totally\s+|perfectly\s+)?(?:ok(?:ay)?|fine|safe)\b|\b(?:won'?t|doesn'?t|will\s+not)\s+(?:hurt|matter"
    r"|harm)\b|\byou'?re\s+done\b|\bno\s+(?:big\s+deal|problem|worries)\b|\b(?:you|moms|parents|patients|people|folks"
    r"|most\s+\w+)\s+(?:can|may|should)\b|\bfeel\s+free\b|\bgo\s+ahead\b|\b(?:sin\s+problema|no\s+pasa\s+nada|está\s+bien"
    r"|puede|pueden|se\s+pueden|debe|deben)\b",
    re.I,
)
# Dropping medicines off for disposal, stopping by the pharmacy: errands, not changes.
_ERRANDS = re.compile(
    r"\b(?:take[- ]?back|dispos\w*|drop(?:ping)?[- ]?(?:off|by|in)|stop(?:ping)?\s+(?:by|in)|kiosks?|unused|expired"
    r"|vencid\w*|caducad\w*)\b",
    re.I,
)
_NEGATED_VERB = re.compile(r"\b(?:don'?t|do\s+not|never|no|nunca|not)\s+(?:\w+\s+)?$", re.I)
# "There's no reason to keep taking Plavix", "your inhaler isn't necessary once ...".
NO_REASON = Dual(
    rf"\bno\s+(?:reason|need)\s+to\s+(?:keep|continue|stay)\s+(?:taking|using|on)\s+{_DET}{_MODS}{_MEDICINE}\b"
    rf"|\b(?:your|their)\s+{_MODS}{_CHANGED_THING}\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:really\s+|even\s+)?"
    r"(?:necessary|needed|required)\b"
    rf"|\bleave\s+{_DET}{_MODS}{_CHANGED_THING}\s+(?:at\s+home|behind)\b"
)


def permissive_changes(ctx: ReviewContext) -> list[tuple[int, int]]:
    """Spans where a sentence permits or directs a change to a medicine, in either word order."""
    things = medicine_spans(ctx)
    lower = ctx.lower if len(ctx.lower) == len(ctx.text) else ctx.text.lower()
    if "cpap" in lower or "bipap" in lower:
        things = sorted(things + [m.span() for m in _DEVICES.finditer(lower)])
    found: list[tuple[int, int]] = []
    for start, end in things:
        sentence_start, sentence_end = sentence_around(ctx, start)
        sentence = lower[sentence_start:sentence_end]
        if _ERRANDS.search(sentence) or _ERRAND_AFTER.match(lower, end):
            continue
        before = _VERB_BEFORE.search(lower, max(sentence_start, start - 60), start)
        after = None if before else _VERB_AFTER.match(lower, end, sentence_end)
        match = before or after
        if match is None:
            continue
        verb = match.start("verb") - sentence_start
        if _NEGATED_VERB.search(sentence, max(0, verb - 20), verb):
            continue
        if _PERMISSION.search(sentence) or _imperative(sentence, verb):
            found.append((min(start, match.start()), max(end, match.end())))
    return found


_CLAUSE_OPEN = re.compile(r"(?:^|[:?!,;—–-]\s*|\b(?:and|so|then|just|y|luego|solo)\s+)\W*$", re.I)


def _imperative(sentence: str, verb_start: int) -> bool:
    """The verb opens its clause (an instruction), in its base form."""
    word = sentence[verb_start:].split(None, 1)[0].lower()
    if word.endswith("ing"):  # "try spacing your doses": a gerund after an instruction
        lead = _GERUND_LEAD.search(sentence, max(0, verb_start - 30), verb_start)
        return lead is not None and _CLAUSE_OPEN.search(sentence, max(0, lead.start() - 12), lead.start()) is not None
    if word.endswith(("ed", "ando", "endo")) or word in ("misses", "stops", "skips", "quits"):
        return False
    return _CLAUSE_OPEN.search(sentence, max(0, verb_start - 12), verb_start) is not None


_GERUND_LEAD = re.compile(r"\b(?:try|start|consider|keep|think\s+about)\s+$", re.I)
