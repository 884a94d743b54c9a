"""What `/draft` is asked for: `DraftOptions`, and `parse_draft_options` for the text typed after it.

Syntax: options anywhere in the text as `name:value`, the rest is the topic. A value with spaces
goes in quotes (straight or curly, single or double); the audience's two-word choice needs none.

    /draft platform:linkedin audience:caregivers tone:warm cta:"Book a visit" source:CDC World Kidney Day

| option | aliases | values |
| --- | --- | --- |
| `platform` | `p` | x, threads, instagram, facebook, linkedin, tiktok (twitter, ig, fb, li), or `all` |
| `audience` | `for`, `aud` | patients, caregivers, clinicians, job seekers |
| `tone` | | any short words: warm, upbeat, urgent and calm... |
| `cta` | `call_to_action`, `action` | the call to action, e.g. "Book now" |
| `source` | `src`, `cite` | a source to cite: a name or a link |

Defaults: platform `all` (one draft for each platform the policy's cadence lists, or all six when it
lists none), audience patients, no tone (warm and clear), no call to action, no source.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass
from typing import Any

from bot.guardrails.platform import BUILT_IN, normalise_platform
from bot.policy import Policy

PLATFORM_CHOICES: tuple[str, ...] = (*BUILT_IN, "all")
AUDIENCES: tuple[str, ...] = ("patients", "caregivers", "clinicians", "job seekers")
_AUDIENCE_ALIASES = {
    "patients": "patients", "patient": "patients", "public": "patients", "community": "patients",
    "caregivers": "caregivers", "caregiver": "caregivers", "carers": "caregivers", "carer": "caregivers",
    "families": "caregivers", "family": "caregivers", "parents": "caregivers",
    "clinicians": "clinicians", "clinician": "clinicians", "providers": "clinicians", "doctors": "clinicians",
    "nurses": "clinicians", "hcps": "clinicians", "hcp": "clinicians", "physicians": "clinicians",
    "job seekers": "job seekers", "job seeker": "job seekers", "jobseekers": "job seekers",
    "job-seekers": "job seekers", "candidates": "job seekers", "applicants": "job seekers",
}
_KEYS = {
    "platform": "platform", "p": "platform",
    "audience": "audience", "for": "audience", "aud": "audience",
    "tone": "tone",
    "cta": "call_to_action", "call_to_action": "call_to_action", "action": "call_to_action",
    "source": "source", "src": "source", "cite": "source",
}
OPTION_NAMES = ("platform", "audience", "tone", "cta", "source")
MAX_TOPIC = 2000
MAX_OPTION = {"tone": 80, "call_to_action": 300, "source": 500}

_AUDIENCE_VALUE = "|".join(
    re.escape(a).replace(r"\ ", r"[\s_-]+") for a in sorted(_AUDIENCE_ALIASES, key=len, reverse=True)
)
_QUOTED = r'"(?P<dq>[^"]*)"|“(?P<cq>[^”]*)”|\'(?P<sq>[^\']*)\'|‘(?P<csq>[^’]*)’'
_OPTION = re.compile(
    r"(?<!\S)(?P<key>" + "|".join(sorted(_KEYS, key=len, reverse=True)) + r")\s*[:=]\s*"
    r"(?:" + _QUOTED + r"|(?P<aud>(?:" + _AUDIENCE_VALUE + r")(?!\S))|(?P<bare>\S+))",
    re.IGNORECASE,
)
_LOOKS_LIKE_OPTION = re.compile(r"(?<!\S)([A-Za-z_]{2,20}):(?!//)\S")

SYNTAX_HELP = (
    "Options go before or after the topic: platform:linkedin (or all) audience:caregivers tone:warm "
    'cta:"Book now" source:CDC. Example: /draft platform:instagram audience:patients Flu shots are free this week'
)


class DraftOptionsError(ValueError):
    """The options cannot be used; the message says which and lists the choices."""


@dataclass(frozen=True)
class DraftOptions:
    topic: str
    platform: str = "all"
    audience: str = "patients"
    tone: str | None = None
    call_to_action: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        topic = " ".join((self.topic or "").split())
        if not topic:
            raise DraftOptionsError("Say what the post is about, for example: /draft platform:linkedin Kidney Day")
        if len(topic) > MAX_TOPIC:
            raise DraftOptionsError(f"The topic has {len(topic):,} characters; keep it under {MAX_TOPIC:,}.")
        object.__setattr__(self, "topic", topic)
        object.__setattr__(self, "platform", _platform(self.platform))
        object.__setattr__(self, "audience", _audience(self.audience))
        for name, limit in MAX_OPTION.items():
            value = getattr(self, name)
            value = " ".join(value.split()) if isinstance(value, str) else None
            if value and len(value) > limit:
                raise DraftOptionsError(f"{name.replace('_', ' ')} is too long; keep it under {limit} characters.")
            object.__setattr__(self, name, value or None)

    def platforms(self, policy: Policy) -> list[str]:
        """The platforms to draft for: the one asked, or for `all` the policy's cadence (or every one)."""
        if self.platform != "all":
            return [self.platform]
        planned = [p for p in BUILT_IN if p in policy.cadence]
        return planned or list(BUILT_IN)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DraftOptions:
        return cls(**{k: data.get(k) for k in ("topic", "platform", "audience", "tone", "call_to_action", "source")
                      if data.get(k) is not None})


def _platform(value: str | None) -> str:
    if value is None or value.strip().lower() in ("all", "every", "*"):
        return "all"
    try:
        platform = normalise_platform(value)
    except ValueError:
        platform = None
    if platform is None:
        raise DraftOptionsError(f"Unknown platform {value!r}: choose one of {', '.join(PLATFORM_CHOICES)}.")
    return platform


def _audience(value: str | None) -> str:
    key = " ".join((value or "patients").lower().replace("_", " ").replace("-", " ").split())
    audience = _AUDIENCE_ALIASES.get(key) or _AUDIENCE_ALIASES.get(key.replace(" ", "-"))
    if audience is None:
        raise DraftOptionsError(f"Unknown audience {value!r}: choose one of {', '.join(AUDIENCES)}.")
    return audience


def parse_draft_options(text: str) -> DraftOptions:
    """Options and topic from the text typed after /draft; DraftOptionsError says what is wrong."""
    values: dict[str, str] = {}
    kept: list[str] = []
    position = 0
    for match in _OPTION.finditer(text or ""):
        field = _KEYS[match.group("key").lower()]
        value = next(
            (match.group(g) for g in ("dq", "cq", "sq", "csq", "aud", "bare") if match.group(g) is not None), ""
        )
        if field in values:
            raise DraftOptionsError(f"{match.group('key')} is given twice; give it once.")
        values[field] = value.strip()
        kept.append(text[position : match.start()])
        position = match.end()
    kept.append((text or "")[position:])
    topic = " ".join(" ".join(kept).split())
    for unknown in _LOOKS_LIKE_OPTION.finditer(topic):
        close = difflib.get_close_matches(unknown.group(1).lower(), list(_KEYS), n=1, cutoff=0.75)
        if close:
            raise DraftOptionsError(
                f"Unknown option {unknown.group(1)!r} (did you mean {close[0]}?). Options: {', '.join(OPTION_NAMES)}."
            )
    return DraftOptions(topic=topic, **values)
