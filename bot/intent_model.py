"""The shapes of a request read in plain words: `Intent`, and `DraftRequest` for a draft asked for."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from bot.drafting_options import DraftOptions, parse_draft_options

IntentKind = Literal["review", "draft", "help", "unclear"]
UNCLEAR_QUESTION = (
    "Should I *review* this text, or *draft* a new post about it? "
    "Start with `review:` followed by the text, or `draft` followed by the topic."
)


@dataclass(frozen=True)
class DraftRequest:
    """A draft asked for in plain words: the topic and the options the words named (None: not named)."""

    topic: str
    platform: str | None = None
    audience: str | None = None
    tone: str | None = None
    call_to_action: str | None = None
    source: str | None = None
    explicit: str = ""  # `name:value` options typed as /draft takes them

    def options(self) -> DraftOptions:
        """The /draft options; DraftOptionsError says what is wrong (an unknown platform, no topic)."""
        parsed = parse_draft_options(f"{self.explicit} {self.topic}".strip())
        named = {
            field: value
            for field, value in (
                ("platform", self.platform),
                ("audience", self.audience),
                ("tone", self.tone),
                ("call_to_action", self.call_to_action),
                ("source", self.source),
            )
            if value
        }
        return replace(parsed, **named) if named else parsed


@dataclass(frozen=True)
class Intent:
    kind: IntentKind
    post: str = ""  # review: the text to review ("" when the request named none, e.g. "review it")
    platform: str | None = None  # review: the platform named, if any
    draft: DraftRequest | None = None  # draft: what to draft (topic "" when none named, e.g. "draft one")
    question: str = ""  # unclear: the one short question to ask
    by: Literal["rule", "llm", "fallback"] = "rule"
