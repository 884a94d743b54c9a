"""The plain rule for obvious requests: no LLM, no network, the same answer every time.

"review: <text>", "check this post for LinkedIn: <text>", "is this OK to post? <text>" are reviews;
"draft a LinkedIn post for World Diabetes Day for caregivers", "write an upbeat Instagram caption
about ..." are drafts (platform, audience, tone, call to action and source taken from the words);
"help" and a greeting are help. Anything else is not obvious: `read_by_rule` returns None.
"""

from __future__ import annotations

import re

from bot.intent_model import DraftRequest, Intent

# --- words -----------------------------------------------------------------------------------

_PLATFORM_WORDS = {
    "linkedin": "linkedin", "instagram": "instagram", "insta": "instagram", "ig": "instagram",
    "facebook": "facebook", "fb": "facebook", "threads": "threads", "tiktok": "tiktok",
    "twitter": "x", "tweet": "x", "tweets": "x",
}
_PLATFORM = r"(?:linkedin|instagram|insta|ig|facebook|fb|threads|tiktok|twitter|tweets?)"
_AUDIENCE = (
    r"(?:patients?|caregivers?|carers?|families|family|parents|clinicians?|providers|doctors|nurses|physicians|"
    r"hcps?|job[\s-]*seekers?|jobseekers|candidates|applicants|the\s+public|public|community)"
)
_TONES = (
    "warm", "friendly", "upbeat", "formal", "informal", "playful", "serious", "urgent", "calm", "celebratory",
    "professional", "hopeful", "empathetic", "compassionate", "informative", "casual", "encouraging", "positive",
    "reassuring", "fun", "festive", "inspiring", "inspirational", "gentle", "concise", "punchy", "conversational",
    "light", "lighthearted", "supportive", "uplifting", "welcoming", "excited", "exciting", "sombre", "somber",
    "respectful", "plain", "simple", "clear",
)
_TONE_WORDS = "|".join(_TONES)
_TONE = r"(?:" + _TONE_WORDS + r")"
_NOUN = (
    r"(?:posts?|tweets?|captions?|thread|updates?|announcements?|blurbs?|messages?|copy|story|stories|"
    r"reel\s+captions?|versions?|something|one)"
)

# --- requests ----------------------------------------------------------------------------------

_POLITE = (
    r"(?:(?:hey|hi|hello|ok|okay|so|carepost)[,!]?\s+)*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+|pls\s+)?"
)
_HELP = re.compile(
    r"^(?:(?:hey|hi|hello|hiya|yo)\b[\s,!]*)?(?:help|help\s+me|\?+|what\s+can\s+you\s+do|what\s+do\s+you\s+do|"
    r"how\s+does\s+(?:this|it|carepost)\s+work|how\s+do\s+i\s+use\s+(?:this|you|carepost)|commands|usage|"
    r"hi|hello|hey|hiya|yo)?[\s!?.]*$",
    re.IGNORECASE,
)
_SLASH = re.compile(r"^/(review|draft)\b\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_TARGET = (
    r"(?:\s+(?:this|that|it|my|our|the\s+following|the|these|those))?"
    r"(?:\s+" + _PLATFORM + r")?"
    r"(?:\s+(?:post|posts|text|tweet|caption|copy|draft|message|reply|update|comment|thread))?"
)
_FOR_PLATFORM = r"(?:\s+(?:for|on|as\s+an?|as)\s+(?P<platform>" + _PLATFORM + r"|x)\b(?:\s+(?:post|version))?)?"
_BEFORE = r"(?:\s+(?:for\s+me|please|before\s+(?:i|we)\s+(?:post|publish|share|send)(?:\s+it)?))*"
_SEP = r"\s*(?:[:?]|\.\s|\n|\s[-–—]\s)\s*"
_REVIEW = re.compile(
    r"^" + _POLITE
    + r"(?P<verb>review|check|vet|screen|proofread|proof[\s-]?read|look\s+over|look\s+at|go\s+over|scan|audit)"
    + r"(?P<target>" + _TARGET + r")" + _FOR_PLATFORM + _BEFORE + r"(?P<sep>" + _SEP + r"|\s+)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_QUESTION = re.compile(
    r"^" + _POLITE + r"(?:"
    r"(?:is|does|would|will)\s+(?:this|it|that|the\s+following|my\s+post|this\s+(?:post|text|tweet|caption|copy|draft))"
    r"\s+(?:look\s+|seem\s+|sound\s+|read\s+)?"
    r"(?:ok|okay|o\.k\.|fine|good|alright|all\s+right|safe|compliant|hipaa[\s-]*(?:compliant|ok|okay|safe)|"
    r"acceptable|allowed|appropriate|good\s+to\s+go|publishable|postable)"
    r"(?:\s+to\s+(?:post|publish|share|send|tweet|go\s+out|put\s+out|use))?"
    r"|(?:can|could|may|should)\s+(?:i|we)\s+(?:post|publish|share|tweet|send|use|put\s+out)\s+"
    r"(?:this|that|the\s+following|it)"
    r"|(?:ok|okay|good|safe|fine|alright)\s+to\s+(?:post|publish|share|send)"
    r"|(?:any\s+)?(?:thoughts|feedback|concerns|problems|issues)\s+(?:on|about|with)\s+"
    r"(?:this|the\s+following|my\s+post|this\s+post)"
    r")" + _FOR_PLATFORM + r"(?:\s+(?:on|for|to)\s+(?P<platform2>" + _PLATFORM + r"|x)\b)?"
    + r"\s*(?:[:?!.]+|\n|\s[-–—]\s)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_BARE_REVIEW = re.compile(
    r"^(?:yes[,!.]?\s+)?(?:please\s+)?(?:review|check|vet)(?:\s+(?:it|this|that|that\s+one))?(?:\s+please)?[\s.!]*$",
    re.IGNORECASE,
)
_DRAFT = re.compile(
    r"^" + _POLITE + r"(?:"
    r"(?P<verb>draft|write|compose|create|make|prepare|put\s+together|come\s+up\s+with|whip\s+up|generate)"
    r"(?:\s+(?:me|us))?"
    r"|(?:i|we)\s*(?:need|want|would\s+like|'d\s+like|’d\s+like)"
    r"|(?:help\s+(?:me|us)\s+(?:write|draft))"
    r")\b\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_BARE_DRAFT = re.compile(
    r"^(?:yes[,!.]?\s+)?(?:please\s+)?(?:draft|write)(?:\s+(?:it|one|a\s+post|a\s+post\s+about\s+(?:it|this)))?"
    r"(?:\s+please)?[\s.!]*$",
    re.IGNORECASE,
)
_TARGET_PLATFORM = re.compile(r"\b" + _PLATFORM + r"\b", re.IGNORECASE)
_EXPLICIT_OPTION = re.compile(
    r"(?<!\S)(?P<key>platform|p|audience|for|aud|tone|cta|call_to_action|action|source|src|cite)\s*[:=]",
    re.IGNORECASE,
)
_EXPLICIT_FIELD = {
    "platform": "platform", "p": "platform", "audience": "audience", "for": "audience", "aud": "audience",
    "tone": "tone", "cta": "call_to_action", "call_to_action": "call_to_action", "action": "call_to_action",
    "source": "source", "src": "source", "cite": "source",
}


def read_by_rule(text: str) -> Intent | None:
    """The intent when the words make it obvious, else None (ask the LLM, or ask the person)."""
    text = (text or "").strip()
    if _HELP.match(text):
        return Intent("help")
    slash = _SLASH.match(text)
    if slash:
        rest = slash.group("rest").strip()
        if slash.group(1).lower() == "review":
            post, platform = _split_platform_option(rest)
            return Intent("review", post=post, platform=platform)
        return Intent("draft", draft=DraftRequest(topic=rest))
    if _BARE_REVIEW.match(text):
        return Intent("review")
    if _BARE_DRAFT.match(text):
        return Intent("draft", draft=DraftRequest(topic=""))
    for pattern in (_QUESTION, _REVIEW):
        match = pattern.match(text)
        if match and _is_review(match):
            post, typed_platform = _split_platform_option(_unquote(match.group("rest")))
            named = match.groupdict().get("platform") or match.groupdict().get("platform2")
            target = _TARGET_PLATFORM.search(match.groupdict().get("target") or "")
            platform = typed_platform or _platform_of(named) or _platform_of(target.group(0) if target else None)
            return Intent("review", post=post, platform=platform)
    draft = _DRAFT.match(text)
    if draft and _is_draft(draft):
        return Intent("draft", draft=draft_request(draft.group("rest")))
    return None


def _is_review(match: re.Match[str]) -> bool:
    rest = match.group("rest").strip()
    if "sep" not in match.groupdict():
        return bool(rest)
    # "review <text>" with no separator is a review only when no object was named ("review the flu
    # post I wrote" asks about something not here) and the verb is plainly "review".
    if match.group("sep").strip() or match.group("sep").count("\n"):
        return bool(rest)
    return bool(rest) and not match.group("target").strip() and match.group("verb").lower() == "review"


def _is_draft(match: re.Match[str]) -> bool:
    rest = match.group("rest")
    verb = (match.group("verb") or "").lower()
    if not rest.strip():
        return False
    if verb in ("draft", "compose"):
        return True
    head = " ".join(rest.split()[:8])
    return bool(re.search(r"\b" + _NOUN + r"\b", head, re.IGNORECASE))


def _unquote(text: str) -> str:
    text = text.strip()
    for left, right in (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"), ("```", "```"), ("`", "`")):
        if len(text) > len(left) + len(right) and text.startswith(left) and text.endswith(right):
            inner = text[len(left) : len(text) - len(right)].strip()
            if left not in inner:
                return inner
    return text


_PLATFORM_OPTION = re.compile(r"(?:^|\s)platform:(\S+)", re.IGNORECASE)


def _split_platform_option(text: str) -> tuple[str, str | None]:
    """`platform:linkedin` anywhere in a review request picks the platform; the rest is the post."""
    match = _PLATFORM_OPTION.search(text)
    if match is None:
        return text.strip(), None
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return rest, _platform_of(match.group(1)) or match.group(1).lower()


def _platform_of(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word == "x":
        return "x"
    return _PLATFORM_WORDS.get(word) or (word if word in _PLATFORM_WORDS.values() else None)


# --- a draft's options from plain words --------------------------------------------------------

_ALL_PLATFORMS = re.compile(
    r"\b(?:for|on|across)?\s*(?:all|every|each)\s+(?:the\s+)?(?:platforms?|channels?|networks?|social\s+media)\b",
    re.IGNORECASE,
)
_NAMED_PLATFORM = re.compile(
    r"(?:\b(?:on|for|to)\s+)?\b(?P<word>" + _PLATFORM + r")\b|(?:\b(?:on|for|to)\s+)\bx\b(?!-)"
    r"|\b(?:an?\s+)(?P<x>x)\s+(?=post|thread|version)",
    re.IGNORECASE,
)
_AUDIENCE_PHRASE = re.compile(
    r"\b(?:for|to|aimed\s+at|targeting|targeted\s+at|directed\s+at|addressed\s+to|speaking\s+to)\s+"
    r"(?:our\s+|the\s+|local\s+|new\s+|all\s+)?(?P<aud>" + _AUDIENCE + r")\b"
    r"(?=\s*(?:$|[,.;!?]|\s(?:about|on|for|re|regarding|announcing|promoting|celebrating|to|in|that|and|with\s+an?)\b))",
    re.IGNORECASE,
)
_TONE_PHRASE = re.compile(
    r"\b(?:in\s+an?\s+|with\s+an?\s+|using\s+an?\s+)(?P<tone>" + _TONE + r"(?:(?:\s*,\s*|\s+and\s+|\s+)" + _TONE
    + r")*)\s+(?:tone|voice|style|way)\b"
    r"|\b(?:keep|make)\s+it\s+(?P<tone2>" + _TONE + r"(?:(?:\s*,\s*|\s+and\s+)" + _TONE + r")*)\b"
    r"|\btone\s*(?:should\s+be|of)\s+(?P<tone3>" + _TONE + r")\b",
    re.IGNORECASE,
)
_LEAD_NOUN = re.compile(
    r"^\s*(?:(?:a|an|the|some|one|two|three|our|my)\s+)?(?P<adjectives>(?:(?:short|quick|brief|long|new|"
    + _TONE_WORDS + r")(?:\s*,\s*|\s+and\s+|\s+))*)(?:(?P<platform>" + _PLATFORM + r"|x)\s+)?(?P<noun>" + _NOUN
    + r")\b",
    re.IGNORECASE,
)
_CTA = re.compile(
    r"[,;]?\s*\b(?:with\s+|and\s+|plus\s+|add\s+|adding\s+|including\s+)?(?:an?\s+|the\s+)?"
    r"(?:call[\s-]+to[\s-]+action|cta)\s*(?:to\s+|:\s*|of\s+|that\s+says\s+|saying\s+)?"
    r"(?P<cta>\"[^\"]+\"|“[^”]+”|[^,;.\n]+)",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"[,;]?\s*\b(?:citing|cite|cites|quoting|with\s+a\s+source(?:\s+from|:)?|source\s+from|based\s+on|"
    r"using\s+(?:data|figures|numbers)\s+from|according\s+to|with\s+a\s+link\s+to|linking\s+to|link\s+to)\s+"
    r"(?P<src>https?://\S+|[^,;\n]+?)(?=\s*(?:$|[,;\n]|\.\s|\.$))",
    re.IGNORECASE,
)
_TOPIC_LEAD = re.compile(
    r"^(?:[,:\-–—]\s*)?(?:(?:about|on|for|re|regarding|announcing|promoting|celebrating|covering|marking|"
    r"to\s+(?:announce|promote|celebrate|mark)|that\s+(?:announces|promotes|covers|celebrates))\s+)",
    re.IGNORECASE,
)
_TOPIC_TAIL = re.compile(r"[\s,;:.!?]*(?:\bplease\b|\bthanks\b|\bthank\s+you\b)?[\s,;:.!?]*$", re.IGNORECASE)


def draft_request(words: str) -> DraftRequest:
    """Topic and options from "a LinkedIn post for World Diabetes Day for caregivers" and the like."""
    text = " ".join((words or "").split())
    explicit_fields = {_EXPLICIT_FIELD[m.group("key").lower()] for m in _EXPLICIT_OPTION.finditer(text)}
    explicit, text = _take_explicit(text) if explicit_fields else ("", text)
    found: dict[str, str | None] = {"platform": None, "audience": None, "tone": None, "call_to_action": None,
                                    "source": None}

    def take(pattern: re.Pattern[str], field: str, *groups: str) -> None:
        nonlocal text
        if field in explicit_fields:
            return
        match = pattern.search(text)
        if match is None:
            return
        value = next((match.group(g) for g in groups if match.groupdict().get(g)), None)
        if value is None:
            return
        found[field] = value.strip().strip("\"“”").strip()
        text = (text[: match.start()] + " " + text[match.end() :]).strip()

    take(_SOURCE, "source", "src")
    take(_CTA, "call_to_action", "cta")
    take(_TONE_PHRASE, "tone", "tone", "tone2", "tone3")
    take(_AUDIENCE_PHRASE, "audience", "aud")
    lead = _LEAD_NOUN.match(text)
    lead_platform = None
    if lead:
        adjectives = [a for a in re.split(r"\s*,\s*|\s+and\s+|\s+", lead.group("adjectives") or "") if a]
        tones = [a.lower() for a in adjectives if a.lower() in _TONES]
        if tones and not found["tone"] and "tone" not in explicit_fields:
            found["tone"] = " and ".join(tones)
        noun = lead.group("noun").lower()
        lead_platform = _platform_of(lead.group("platform")) or ("x" if noun.startswith("tweet") else None)
        text = text[lead.end() :]
    if "platform" not in explicit_fields:
        if _ALL_PLATFORMS.search(text):
            found["platform"] = "all"
            text = _ALL_PLATFORMS.sub(" ", text, count=1)
        elif lead_platform:
            found["platform"] = lead_platform
        else:
            named = _NAMED_PLATFORM.search(text)
            if named:
                found["platform"] = _platform_of(named.group("word") or "x")
                text = (text[: named.start()] + " " + text[named.end() :]).strip()
    text = " ".join(text.split())
    for _ in range(3):  # "for about", ", on"...
        stripped = _TOPIC_LEAD.sub("", text).strip()
        if stripped == text:
            break
        text = stripped
    topic = _TOPIC_TAIL.sub("", text).strip()
    if found["audience"]:
        found["audience"] = " ".join(found["audience"].lower().split())
        if found["audience"] in ("the public", "public", "community"):
            found["audience"] = "patients"
    return DraftRequest(topic=topic, explicit=explicit, **found)


_EXPLICIT_WITH_VALUE = re.compile(
    _EXPLICIT_OPTION.pattern + r"\s*(?:\"[^\"]*\"|“[^”]*”|'[^']*'|‘[^’]*’|job[\s_-]+seekers?\b|\S+)", re.IGNORECASE
)


def _take_explicit(text: str) -> tuple[str, str]:
    """Split `name:value` options (as /draft takes them, quotes and all) from the plain words."""
    options = [m.group(0).strip() for m in _EXPLICIT_WITH_VALUE.finditer(text)]
    rest = _EXPLICIT_WITH_VALUE.sub(" ", text)
    return " ".join(options), " ".join(rest.split())
