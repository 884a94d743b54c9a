"""The LLM's second opinion on a reviewed post, for /review: advice and a rewrite that passes the engine.

The engine's verdict is the verdict: nothing here changes the report it was given, whatever the post
or the LLM says. The rewrite is reviewed by the engine; when it still blocks (or still holds a
placeholder for withheld patient details) the findings go back for one more attempt, and a rewrite
that still fails is returned marked `rewrite_passes=False`. `SecondOpinions.ask` keeps a request the
LLM could not answer, so the person's Retry button (`retry(request_id)`) finds it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

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
from bot.llm_requests import RequestBusyError, RequestLog, RequestNotFoundError
from bot.policy import Policy
from bot.redaction import PLACEHOLDER
from bot.store import Store

log = logging.getLogger(__name__)
PLACEHOLDER_NOTE = (
    "Your rewrite still contains placeholders in square brackets. Write it so that no patient detail is "
    "needed and no placeholder remains."
)


class SecondOpinionOutput(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    summary: str = Field(min_length=1, max_length=2_000)
    concerns: list[str] = Field(default_factory=list, max_length=20)
    rewrite: str = Field(min_length=1, max_length=20_000)


@dataclass(frozen=True)
class SecondOpinion:
    summary: str
    concerns: tuple[str, ...]
    rewrite: str
    rewrite_report: Report
    rewrite_passes: bool  # the engine does not block it and no placeholder is left in it
    attempts: int
    withheld: tuple[str, ...]  # what was kept from the LLM, e.g. ("a patient's name",)
    model: str
    prompt_version: str


class SecondOpinionFailed(Exception):
    """The LLM could not answer; the request is stored for `SecondOpinions.retry(request_id)`."""

    def __init__(self, request_id: str, message: str) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.message = message


def _review_rewrite(rewrite: str, platform: str | None, check: ReviewFn) -> tuple[Report, bool]:
    try:
        report = check(rewrite, platform)
    except ReviewInputError:  # an unreviewable rewrite (too long): unusable
        raise LLMBadOutputError() from None
    return report, not report.blocked and not PLACEHOLDER.search(rewrite)


def second_opinion(
    llm: LLMClient,
    policy: Policy,
    text: str,
    report: Report | None,
    platform: str | None,
    *,
    review: ReviewFn | None = None,
) -> SecondOpinion:
    """Advice and a suggested rewrite for `text`, given the engine's `report` on it (never changed here)."""
    if report is None:
        raise PrivacyCheckError()
    check: ReviewFn = review or (lambda t, p: guardrails_review(t, p, policy))
    rules = platform_rules(platform, policy)
    instructions = load_prompt("second_opinion").render(guardrails=guardrails_text(policy), **rules)
    inputs = [LLMInput("post", text, report, with_findings=True)]
    context = {"platform": platform or "unspecified", "verdict_by_carepost": report.verdict}
    answer = llm.ask(
        purpose="second-opinion", instructions=instructions, inputs=inputs, output=SecondOpinionOutput,
        context=context,
    )
    rewrite_report, passes = _review_rewrite(answer.value.rewrite, platform, check)
    attempts, withheld = 1, list(answer.withheld)
    if not passes:
        retry_inputs = [*inputs, LLMInput("blocked_rewrite", answer.value.rewrite, rewrite_report, with_findings=True)]
        retry_context = dict(context)
        if PLACEHOLDER.search(answer.value.rewrite):
            retry_context["note"] = PLACEHOLDER_NOTE
        answer = llm.ask(
            purpose="second-opinion-retry", instructions=instructions, inputs=retry_inputs,
            output=SecondOpinionOutput, context=retry_context,
        )
        rewrite_report, passes = _review_rewrite(answer.value.rewrite, platform, check)
        attempts = 2
        withheld += [w for w in answer.withheld if w not in withheld]
    return SecondOpinion(
        summary=answer.value.summary,
        concerns=tuple(answer.value.concerns),
        rewrite=answer.value.rewrite,
        rewrite_report=rewrite_report,
        rewrite_passes=passes,
        attempts=attempts,
        withheld=tuple(withheld),
        model=answer.model,
        prompt_version=prompt_tag("second_opinion"),
    )


class SecondOpinions:
    """Second opinions with the audit trail, and a stored request when the LLM cannot answer."""

    KIND = "review.second_opinion"

    def __init__(self, store: Store, policy: Policy, llm: LLMClient | None, *, review: ReviewFn | None = None) -> None:
        self.store = store
        self.policy = policy
        self.llm = llm
        self.review: ReviewFn = review or (lambda text, platform: guardrails_review(text, platform, policy))
        self.requests = RequestLog(store)

    def ask(
        self,
        text: str,
        platform: str | None,
        actor: str,
        report: Report | None = None,
        *,
        request_id: str | None = None,
    ) -> SecondOpinion:
        """The opinion, audited; on an LLM failure the request is stored and SecondOpinionFailed raised."""
        if self.llm is None:
            raise LLMNotConfiguredError()
        if report is None:
            try:
                report = self.review(text, platform)
            except Exception as exc:  # fail closed
                log.error("privacy check failed before a second opinion error=%s", type(exc).__name__)
                raise PrivacyCheckError() from None
        try:
            opinion = second_opinion(self.llm, self.policy, text, report, platform, review=self.review)
        except LLMError as exc:
            if request_id is None:
                request_id = self.requests.open(
                    self.KIND, actor, {"text": text, "platform": platform}, status="failed"
                ).id
            self.requests.fail(request_id, exc.message)
            self.store.audit(actor, "review.second_opinion_failed", subject=request_id, text=text,
                             details={"error": type(exc).__name__})
            raise SecondOpinionFailed(request_id, exc.message) from None
        if request_id is not None:
            self.requests.finish(request_id)
        self.store.audit(
            actor, "review.second_opinion", subject=request_id, text=text,
            details={"verdict": report.verdict, "rewrite_verdict": opinion.rewrite_report.verdict,
                     "rewrite_passes": opinion.rewrite_passes, "attempts": opinion.attempts,
                     "model": opinion.model, "prompt_version": opinion.prompt_version,
                     "withheld": len(opinion.withheld)},
        )
        return opinion

    def retry(self, request_id: str, actor: str | None = None) -> tuple[str, Report, SecondOpinion]:
        """Ask again for a stored request: (the text, the engine's report on it, the opinion)."""
        try:
            request = self.requests.claim_retry(request_id)
        except (RequestNotFoundError, RequestBusyError):
            raise LLMError("That request is not waiting for a retry; run /review again.") from None
        if request.kind != self.KIND:
            raise LLMError("That request is not a second opinion.")
        text, platform = request.payload["text"], request.payload.get("platform")
        report = self.review(text, platform)
        return text, report, self.ask(text, platform, actor or request.actor, report, request_id=request_id)
