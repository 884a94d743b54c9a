"""What every check reads: the text once, lower-cased once, its language, platform and policy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.policy import Policy

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Function words that tell Spanish from English; a post is Spanish when they outnumber English ones.
_SPANISH = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "de",
        "del",
        "y",
        "o",
        "que",
        "en",
        "es",
        "son",
        "para",
        "por",
        "con",
        "su",
        "sus",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "usted",
        "ustedes",
        "hoy",
        "muy",
        "más",
        "pero",
        "como",
        "cuando",
        "también",
        "está",
        "están",
        "le",
        "les",
        "se",
        "al",
        "lo",
        "ya",
        "sin",
        "sobre",
        "hasta",
        "desde",
        "este",
        "esta",
        "estos",
        "estas",
        "mi",
        "mis",
        "tu",
        "ti",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "that",
        "in",
        "is",
        "are",
        "for",
        "to",
        "with",
        "your",
        "our",
        "you",
        "we",
        "this",
        "these",
        "it",
        "at",
        "on",
        "by",
        "be",
        "from",
        "as",
        "not",
        "but",
        "can",
        "will",
        "have",
        "has",
        "was",
        "were",
        "they",
        "their",
        "my",
    ]
)


def guess_language(text: str) -> str:
    """'es' or 'en', from function words: cheap and good enough to pick a readability formula."""
    spanish = english = 0
    for match in _WORD.finditer(text.lower()):
        word = match.group()
        if word in _SPANISH:
            spanish += 1
        elif word in _ENGLISH:
            english += 1
    return "es" if spanish > english else "en"


@dataclass(slots=False)
class ReviewContext:
    text: str
    platform: str | None
    policy: Policy
    extra: dict = field(default_factory=dict)  # checks may leave facts for later checks here

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def language(self) -> str:
        return guess_language(self.text)
