"""What a request in plain words asks for: review a text, draft a post, help, or unclear.

A plain rule reads the obvious cases ("review: <text>", "is this OK to post? <text>", "draft a
LinkedIn post for World Diabetes Day for caregivers") at once and offline. Anything else goes to the
LLM when one is configured, through bot/llm.py (PHI redacted as always); without one, or when the LLM
cannot answer, the person gets one short question. The plain-words rules themselves live in
bot/intent_rules.py; the shapes in bot/intent_model.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.drafting_options import AUDIENCES
from bot.guardrails import Report, ReviewInputError
from bot.guardrails.platform import normalise_platform
from bot.intent_model import UNCLEAR_QUESTION, DraftRequest, Intent, IntentKind
from bot.intent_rules import read_by_rule
from bot.llm import LLMClient, LLMError, LLMInput
from bot.llm_prompts import load_prompt

__all__ = ["UNCLEAR_QUESTION", "DraftRequest", "Intent", "IntentKind", "IntentReader", "read_by_rule"]

log = logging.getLogger(__name__)
MAX_QUESTION = 300


class IntentOutput(BaseModel):
    """What the intent prompt asks the LLM for."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    kind: Literal["review", "draft", "help", "unclear"]
    request_words: str = Field(default="", max_length=500)
    topic: str | None = Field(default=None, max_length=2000)
    platform: str | None = None
    audience: str | None = None
    tone: str | None = Field(default=None, max_length=80)
    call_to_action: str | None = Field(default=None, max_length=300)
    source: str | None = Field(default=None, max_length=500)
    question: str | None = Field(default=None, max_length=1000)


ReviewFn = Callable[[str], Report]


class IntentReader:
    """Reads requests: by rule first, then by the LLM when one is configured."""

    def __init__(self, llm: LLMClient | None, review: ReviewFn) -> None:
        self.llm = llm
        self.review = review

    def read(self, text: str) -> Intent:
        text = (text or "").strip()
        ruled = read_by_rule(text)
        if ruled is not None:
            return ruled
        if self.llm is None:
            return Intent("unclear", question=UNCLEAR_QUESTION, by="fallback")
        try:
            report = self.review(text)
        except ReviewInputError:
            return Intent("unclear", question=UNCLEAR_QUESTION, by="fallback")
        try:
            answer = self.llm.ask(
                purpose="intent",
                instructions=load_prompt("intent").render(audiences=", ".join(AUDIENCES)),
                inputs=[LLMInput("message", text, report)],
                output=IntentOutput,
            )
        except LLMError as exc:
            log.info("intent from the LLM unavailable: %s", type(exc).__name__)
            return Intent("unclear", question=UNCLEAR_QUESTION, by="fallback")
        intent = from_llm(text, answer.value)
        log.info("intent by llm: %s", intent.kind)
        return intent


def from_llm(text: str, value: IntentOutput) -> Intent:
    """The LLM's reading, checked: only known platforms and audiences, the post taken from the original."""
    if value.kind == "help":
        return Intent("help", by="llm")
    if value.kind == "review":
        return Intent("review", post=post_after(text, value.request_words), platform=_platform(value.platform),
                      by="llm")
    if value.kind == "draft" and value.topic:
        request = DraftRequest(
            topic=value.topic,
            platform=_platform(value.platform, allow_all=True),
            audience=value.audience if value.audience and value.audience.lower() in AUDIENCES else None,
            tone=value.tone or None,
            call_to_action=value.call_to_action or None,
            source=value.source or None,
        )
        return Intent("draft", draft=request, by="llm")
    question = (value.question or "").strip()
    if not question or len(question) > MAX_QUESTION or "[" in question:  # never echo a placeholder
        question = UNCLEAR_QUESTION
    return Intent("unclear", question=question, by="llm")


_SEPARATOR = re.compile(r"[:?\n]|\s[-–—]\s")


def post_after(text: str, request_words: str) -> str:
    """The post in `text`: what follows the request's own words, else what follows the first `:`, `?`
    or line break, else all of it. The LLM saw a redacted copy, so the post is never taken from it."""
    words = " ".join(request_words.split())
    if words:
        pattern = r"\s+".join(re.escape(w) for w in words.split())
        match = re.match(r"\s*" + pattern + r"[\s:?!.\-–—]*", text, re.IGNORECASE)
        if match and text[match.end() :].strip():
            return text[match.end() :].strip()
    match = _SEPARATOR.search(text)
    if match and text[match.end() :].strip() and match.start() < 200:
        return text[match.end() :].strip()
    return text.strip()


def _platform(value: str | None, *, allow_all: bool = False) -> str | None:
    if not value:
        return None
    if allow_all and value.strip().lower() in ("all", "every", "all platforms"):
        return "all"
    try:
        return normalise_platform(value)
    except ValueError:
        return None
