"""Drafting posts with the LLM, under the guardrail prompts, checked by the engine before anyone sees them.

`Drafting.create(options, author)` writes one draft per platform; `regenerate`, `refine` (a thread reply
such as "shorter") and `edit` (a person's own text) add versions to a draft. Each LLM answer is reviewed
by the engine; when it blocks, the findings go back to the LLM for one more attempt. Every version is
stored with its provenance (model, prompt files' versions, review, text hash) and every change is in
the audit log. A request the LLM could not answer is kept: `DraftRequestFailed.request_id` goes to
`retry()`. Options and their syntax: bot/drafting_options.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.drafting_options import DraftOptions, DraftOptionsError, parse_draft_options
from bot.drafting_store import Draft, DraftNotFoundError, DraftStore, NewVersion
from bot.guardrails import Report, ReviewInputError
from bot.guardrails import review as guardrails_review
from bot.llm import (
    LLMBadOutputError,
    LLMClient,
    LLMError,
    LLMInput,
    LLMNotConfiguredError,
    PrivacyCheckError,
    ReviewFn,
)
from bot.llm_prompts import guardrails_text, load_prompt, platform_rules, prompt_tag
from bot.llm_requests import RequestBusyError, RequestLog, RequestNotFoundError, StoredRequest
from bot.policy import Policy
from bot.store import Store

__all__ = [
    "Draft",
    "DraftInputError",
    "DraftNotFoundError",
    "DraftOptions",
    "DraftOptionsError",
    "DraftRequestFailed",
    "Drafting",
    "parse_draft_options",
]

log = logging.getLogger(__name__)
MAX_VERSIONS_SENT = 8  # the latest versions the LLM sees when refining
MAX_INSTRUCTION = 2000
_PLATFORM_WORDS = re.compile(
    r"\b(twitter|threads|instagram|insta|ig|facebook|fb|linkedin|tiktok)\b|\b(?:for|on|to)\s+x\b|\bx\s+(?:version|post)\b",
    re.IGNORECASE,
)
_PLATFORM_ALIASES = {"twitter": "x", "insta": "instagram", "ig": "instagram", "fb": "facebook"}


class DraftInputError(ValueError):
    """What the person gave cannot be used (an empty edit, an unknown request); the message says why."""


class DraftRequestFailed(Exception):
    """The LLM could not answer; the request is stored and `Drafting.retry(request_id)` runs it again."""

    def __init__(self, request_id: str, message: str, drafts: Sequence[Draft] = ()) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.message = message
        self.drafts = list(drafts)  # what was done before the failure (some platforms of an `all` request)


class DraftOutput(BaseModel):
    """The structured answer the drafting prompt asks for."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    post: str = Field(min_length=1, max_length=20_000)
    hashtags: list[str] = Field(default_factory=list, max_length=30)
    sources: list[str] = Field(default_factory=list, max_length=20)
    image_alt_text: str | None = Field(default=None, max_length=1_000)

    @field_validator("hashtags", mode="before")
    @classmethod
    def _tags(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.replace(",", " ").split()
        if isinstance(value, list):
            tags: list[str] = []
            for item in value:
                if not isinstance(item, str):
                    return value  # let validation reject it
                tag = "#" + "".join(item.split()).lstrip("#")
                if len(tag) > 1 and tag.lower() not in {t.lower() for t in tags}:
                    tags.append(tag)
            return tags
        return value

    @field_validator("sources", mode="before")
    @classmethod
    def _sources(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [
                ": ".join(str(item[k]) for k in ("name", "title", "url") if item.get(k)) if isinstance(item, dict)
                else item
                for item in value
            ]
        return value


def compose(post: str, hashtags: Sequence[str]) -> str:
    """The publishable text: the post, then the hashtags it does not already contain."""
    missing = [tag for tag in hashtags if tag.lower() not in post.lower()]
    return post.rstrip() + ("\n\n" + " ".join(missing) if missing else "")


@dataclass(frozen=True)
class _Generated:
    output: DraftOutput
    text: str
    report: Report
    model: str
    attempts: int
    first_verdict: str
    withheld: tuple[str, ...]


def platform_named_in(instruction: str) -> str | None:
    """The one platform an instruction such as "make an Instagram version" names, else None."""
    names = set()
    for match in _PLATFORM_WORDS.finditer(instruction):
        word = (match.group(1) or "x").lower()
        names.add(_PLATFORM_ALIASES.get(word, word))
    return names.pop() if len(names) == 1 else None


class Drafting:
    def __init__(
        self,
        store: Store,
        policy: Policy,
        llm: LLMClient | None,
        *,
        review: ReviewFn | None = None,
        parallel: int = 3,
    ) -> None:
        self.store = store
        self.policy = policy
        self.llm = llm
        self.review: ReviewFn = review or (lambda text, platform: guardrails_review(text, platform, policy))
        self.drafts = DraftStore(store)
        self.requests = RequestLog(store)
        self.parallel = max(1, parallel)

    # --- reading ---------------------------------------------------------------------------

    def get(self, draft_id: str, version: int | None = None) -> Draft:
        """The latest version of a draft (or the given one); DraftNotFoundError when there is none."""
        return self.drafts.get(draft_id, version)

    def recent(self, author: str, limit: int = 10) -> list[Draft]:
        """The author's latest drafts (for the App Home), newest first."""
        return self.drafts.recent_by_author(author, limit)

    def history(self, draft_id: str) -> list[Draft]:
        return self.drafts.history(draft_id)

    def request(self, request_id: str) -> StoredRequest:
        try:
            return self.requests.get(request_id)
        except RequestNotFoundError:
            raise DraftInputError("That request is not known; start again with /draft.") from None

    # --- writing ---------------------------------------------------------------------------

    def create(self, options: DraftOptions, author: str) -> list[Draft]:
        """One draft for each platform the options name (stored, reviewed, audited)."""
        self._require_llm()
        request = self.requests.open("draft.create", author, {"options": options.to_dict()})
        self.store.audit(
            author, "draft.requested", subject=request.id,
            details={"platforms": options.platforms(self.policy), "audience": options.audience},
        )
        return self._run(request)

    def regenerate(self, draft_id: str, actor: str) -> Draft:
        self._require_llm()
        self.get(draft_id)
        request = self.requests.open("draft.regenerate", actor, {"draft_id": draft_id})
        return self._run(request)[0]

    def refine(self, draft_id: str, instruction: str, actor: str) -> Draft:
        """A new version following `instruction` ("shorter", "add a source", "make an Instagram version")."""
        instruction = " ".join((instruction or "").split())
        if not instruction:
            raise DraftInputError("Say how to change the draft, for example: shorter, or friendlier.")
        if len(instruction) > MAX_INSTRUCTION:
            raise DraftInputError(f"Keep the instruction under {MAX_INSTRUCTION:,} characters.")
        self._require_llm()
        self.get(draft_id)
        request = self.requests.open("draft.refine", actor, {"draft_id": draft_id, "instruction": instruction})
        return self._run(request)[0]

    def edit(self, draft_id: str, text: str, actor: str) -> Draft:
        """A person's own text as the next version; the engine reviews it like any other."""
        current = self.get(draft_id)
        text = (text or "").strip()
        if not text:
            raise DraftInputError("The edited text is empty.")
        try:
            report = self.review(text, current.platform)
        except ReviewInputError as exc:
            raise DraftInputError(str(exc)) from None
        draft = self.drafts.add_version(
            draft_id,
            NewVersion(
                platform=current.platform, origin="edited", actor=actor, text=text, post=text, report=report,
                sources=current.sources, image_alt_text=current.image_alt_text,
            ),
        )
        self._audit_version(draft, "draft.edited")
        return draft

    def retry(self, request_id: str, actor: str | None = None) -> list[Draft]:
        """Run a failed request again (a Retry button); a finished one returns its drafts."""
        try:
            request = self.requests.claim_retry(request_id)
        except RequestNotFoundError:
            raise DraftInputError("That request is not known; start again with /draft.") from None
        except RequestBusyError:
            raise DraftInputError("That request is already running; its answer is on the way.") from None
        if not request.kind.startswith("draft."):
            raise DraftInputError("That request is not a draft.")
        if request.status == "done":
            version = request.result.get("version")
            return [self.get(draft_id, version) for draft_id in request.result.get("drafts", {}).values()]
        self._require_llm()
        self.store.audit(actor or request.actor, "draft.request_retried", subject=request.id,
                         details={"attempt": request.attempts})
        return self._run(request)

    # --- running a stored request ------------------------------------------------------------

    def _run(self, request: StoredRequest) -> list[Draft]:
        try:
            if request.kind == "draft.create":
                return self._run_create(request)
            draft = self._run_new_version(request)
        except (LLMError, DraftRequestFailed) as exc:
            drafts = exc.drafts if isinstance(exc, DraftRequestFailed) else []
            self.requests.fail(request.id, exc.message)
            self.store.audit(
                request.actor, "draft.request_failed", subject=request.id,
                details={"kind": request.kind, "attempt": request.attempts, "done": len(drafts),
                         "error": type(exc).__name__},
            )
            log.warning("draft request failed id=%s kind=%s attempt=%d", request.id, request.kind, request.attempts)
            raise DraftRequestFailed(request.id, exc.message, drafts) from None
        self.requests.finish(request.id, {"drafts": {"draft": draft.id}, "version": draft.version})
        return [draft]

    def _run_create(self, request: StoredRequest) -> list[Draft]:
        options = DraftOptions.from_dict(request.payload["options"])
        platforms = options.platforms(self.policy)
        made: dict[str, str] = dict(request.result.get("drafts", {}))
        todo = [p for p in platforms if p not in made]
        failure: LLMError | None = None
        with ThreadPoolExecutor(max_workers=min(self.parallel, max(1, len(todo)))) as pool:
            futures = {p: pool.submit(self._generate, p, options) for p in todo}
            for platform in todo:  # stored in this thread, in the platforms' order
                try:
                    generated = futures[platform].result()
                except LLMError as exc:
                    failure = failure or exc
                    continue
                draft = self.drafts.create(options, request.actor, self._version(generated, platform, request))
                self._audit_version(draft, "draft.created", generated)
                made[platform] = draft.id
                self.requests.record(request.id, {"drafts": made})
        drafts = [self.get(made[p]) for p in platforms if p in made]
        if failure is not None:
            raise DraftRequestFailed(request.id, failure.message, drafts)
        self.requests.finish(request.id, {"drafts": made})
        return drafts

    def _run_new_version(self, request: StoredRequest) -> Draft:
        draft_id = request.payload["draft_id"]
        current = self.get(draft_id)
        instruction = request.payload.get("instruction")
        if instruction:
            platform = platform_named_in(instruction) or current.platform
            generated = self._generate(platform, current.options, self.history(draft_id), instruction)
            origin, action = "refined", "draft.refined"
        else:
            platform = current.platform
            generated = self._generate(platform, current.options)
            origin, action = "regenerated", "draft.regenerated"
        new = self._version(generated, platform, request, origin=origin, instruction=instruction)
        draft = self.drafts.add_version(draft_id, new)
        self._audit_version(draft, action, generated)
        return draft

    # --- the LLM and the engine ---------------------------------------------------------------

    def _generate(
        self, platform: str, options: DraftOptions, versions: Sequence[Draft] = (), instruction: str | None = None
    ) -> _Generated:
        llm = self._require_llm()
        fields = {"topic": options.topic, "tone": options.tone, "call_to_action": options.call_to_action,
                  "source": options.source}
        inputs = [LLMInput(name, text, self._screen(text)) for name, text in fields.items() if text]
        for earlier in versions[-MAX_VERSIONS_SENT:]:
            inputs.append(LLMInput(f"version_{earlier.version}", earlier.text, self._screen(earlier.text)))
        if instruction:
            inputs.append(LLMInput("instruction", instruction, self._screen(instruction)))
        rules = platform_rules(platform, self.policy)
        instructions = load_prompt("draft").render(guardrails=guardrails_text(self.policy), audience=options.audience,
                                                   **rules)
        context = {"platform": platform, "audience": options.audience}
        answer = llm.ask(purpose="draft", instructions=instructions, inputs=inputs, output=DraftOutput, context=context)
        text, report = self._checked(answer.value, platform)
        first_verdict, attempts, withheld = report.verdict, 1, list(answer.withheld)
        if report.blocked:  # the findings go back for one more attempt before anyone sees it
            retry_inputs = [*inputs, LLMInput("blocked_attempt", text, report, with_findings=True)]
            answer = llm.ask(
                purpose="draft-retry", instructions=instructions, inputs=retry_inputs, output=DraftOutput,
                context=context,
            )
            text, report = self._checked(answer.value, platform)
            attempts = 2
            withheld += [w for w in answer.withheld if w not in withheld]
        return _Generated(answer.value, text, report, answer.model, attempts, first_verdict, tuple(withheld))

    def _checked(self, output: DraftOutput, platform: str) -> tuple[str, Report]:
        text = compose(output.post, output.hashtags)
        try:
            return text, self.review(text, platform)
        except ReviewInputError:
            raise LLMBadOutputError() from None

    def _screen(self, text: str) -> Report:
        """The engine's report on a text about to go to the LLM; if the engine fails, nothing is sent."""
        try:
            return self.review(text, None)
        except Exception as exc:  # fail closed: without a PHI report the text must not leave
            log.error("privacy check failed before an LLM call error=%s", type(exc).__name__)
            raise PrivacyCheckError() from None

    def _require_llm(self) -> LLMClient:
        if self.llm is None:
            raise LLMNotConfiguredError()
        return self.llm

    def _version(
        self, generated: _Generated, platform: str, request: StoredRequest, *, origin: str = "created",
        instruction: str | None = None,
    ) -> NewVersion:
        return NewVersion(
            platform=platform, origin=origin, actor=request.actor, text=generated.text, post=generated.output.post,
            report=generated.report, hashtags=tuple(generated.output.hashtags),
            sources=tuple(generated.output.sources), image_alt_text=generated.output.image_alt_text,
            instruction=instruction, model=generated.model, prompt_version=prompt_tag("draft"),
            attempts=generated.attempts, withheld=generated.withheld, request_id=request.id,
        )

    def _audit_version(self, draft: Draft, action: str, generated: _Generated | None = None) -> None:
        details: dict[str, Any] = {
            "version": draft.version, "platform": draft.platform, "verdict": draft.verdict,
            "findings": len(draft.report.findings), "model": draft.model, "prompt_version": draft.prompt_version,
            "request_id": draft.request_id, "withheld": len(draft.withheld),
        }
        if generated is not None:
            details.update(attempts=generated.attempts, first_verdict=generated.first_verdict)
        self.store.audit(draft.actor, action, subject=draft.id, text=draft.text, details=details)
