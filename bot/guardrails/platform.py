"""Platform limits: length and hashtags, counted the way each platform counts them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding, PlatformInfo
from bot.policy import Policy


@dataclass(frozen=True)
class Limits:
    length: int
    hashtags: int | None = None


BUILT_IN: dict[str, Limits] = {
    "x": Limits(280),
    "threads": Limits(500),
    "instagram": Limits(2200, hashtags=5),
    "linkedin": Limits(3000),
    "facebook": Limits(63206),
    "tiktok": Limits(2200),
}
ALIASES = {"twitter": "x", "ig": "instagram", "insta": "instagram", "fb": "facebook", "li": "linkedin"}

X_URL_WEIGHT = 23
# X counts these code points as 1 and every other one (CJK, emoji...) as 2 (twitter-text v3 ranges).
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_X_URL = re.compile(
    r"(?:https?://\S+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|us|health|care|info|ly)\b(?:/[^\s]*)?)",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"(?<![\w&])#(?!\d+\b)\w+")


def normalise_platform(name: str | None) -> str | None:
    """'Twitter' -> 'x'; None stays None; an unknown name raises ValueError."""
    if name is None or not name.strip():
        return None
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in BUILT_IN:
        raise ValueError(f"unknown platform {name!r}; use one of {', '.join(BUILT_IN)}")
    return key


def limits_for(platform: str, policy: Policy) -> Limits:
    built_in = BUILT_IN[platform]
    override = policy.platform_limits.get(platform)
    if override is None:
        return built_in
    return Limits(
        length=override.length or built_in.length,
        hashtags=override.hashtags if override.hashtags is not None else built_in.hashtags,
    )


def _x_weight(chunk: str) -> int:
    total = 0
    for char in chunk:
        code = ord(char)
        total += 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT_RANGES) else 2
    return total


def x_length(text: str) -> int:
    """X's weighted length: every link is 23, wide characters (emoji, CJK) count twice."""
    total = 0
    position = 0
    for match in _X_URL.finditer(text):
        total += _x_weight(text[position : match.start()]) + X_URL_WEIGHT
        position = match.end()
    return total + _x_weight(text[position:])


def platform_length(text: str, platform: str | None) -> int:
    if platform == "x":
        return x_length(text)
    return len(text)


def measure(ctx: ReviewContext) -> PlatformInfo:
    if ctx.platform is None:
        return PlatformInfo(name=None, length=len(ctx.text), limit=None)
    limits = limits_for(ctx.platform, ctx.policy)
    return PlatformInfo(name=ctx.platform, length=platform_length(ctx.text, ctx.platform), limit=limits.length)


def check(ctx: ReviewContext) -> list[Finding]:
    if ctx.platform is None:
        return []
    limits = limits_for(ctx.platform, ctx.policy)
    findings: list[Finding] = []
    length = platform_length(ctx.text, ctx.platform)
    if length > limits.length:
        over = length - limits.length
        findings.append(
            Finding(
                check="platform",
                severity="warn",
                start=min(limits.length, len(ctx.text)),
                end=len(ctx.text),
                excerpt=ctx.text[min(limits.length, len(ctx.text)) :][:200],
                message=f"{length:,} characters as {ctx.platform} counts them; the limit is {limits.length:,}.",
                suggestion=f"Cut about {over:,} characters, or split it into a thread.",
                kind="length",
            )
        )
    if limits.hashtags is not None:
        tags = list(_HASHTAG.finditer(ctx.text))
        if len(tags) > limits.hashtags:
            first_extra = tags[limits.hashtags]
            findings.append(
                Finding(
                    check="platform",
                    severity="warn",
                    start=first_extra.start(),
                    end=tags[-1].end(),
                    excerpt=ctx.text[first_extra.start() : tags[-1].end()][:200],
                    message=f"{len(tags)} hashtags; {ctx.platform} allows {limits.hashtags}.",
                    suggestion=f"Keep the {limits.hashtags} most relevant hashtags.",
                    kind="hashtags",
                )
            )
    return findings
