"""The core services, built once from the settings and handed to whichever front end runs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from bot.approvals import ApprovalService
from bot.config import Settings
from bot.drafting import Drafting
from bot.guardrails import Report, review
from bot.llm import LLMClient, build_llm
from bot.policy import Policy, load_policy
from bot.second_opinion import SecondOpinion, SecondOpinions
from bot.store import Store


@dataclass
class Services:
    settings: Settings
    policy: Policy
    store: Store

    def review(self, text: str, platform: str | None = None) -> Report:
        """The guardrail report under this organisation's policy."""
        return review(text, platform, self.policy)

    @cached_property
    def approvals(self) -> ApprovalService:
        """Submissions, decisions and schedules of posts, under the policy's approvals rules."""
        return ApprovalService(self.store, self.policy, review=self.review)

    @cached_property
    def llm(self) -> LLMClient | None:
        """The only door to the LLM; None when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set."""
        return build_llm(self.settings)

    @cached_property
    def drafting(self) -> Drafting:
        """/draft and its versions (regenerate, refine, edit, retry); create() needs the LLM."""
        return Drafting(self.store, self.policy, self.llm, review=self.review)

    @cached_property
    def second_opinions(self) -> SecondOpinions:
        """The LLM's advice and a checked rewrite for /review, with stored retries."""
        return SecondOpinions(self.store, self.policy, self.llm, review=self.review)

    def second_opinion(self, text: str, report: Report, platform: str | None, actor: str = "system") -> SecondOpinion:
        """Raises LLMNotConfiguredError without an LLM, SecondOpinionFailed (request kept) when it fails."""
        return self.second_opinions.ask(text, platform, actor, report)


def build_services(settings: Settings, policy: Policy | None = None) -> Services:
    """Policy and database from the settings; raises PolicyError for a malformed policy file."""
    policy = policy or load_policy(settings.policy_path)
    store = Store(settings.database_path)
    services = Services(settings=settings, policy=policy, store=store)
    _ = services.llm  # an unusable LLM setting stops CarePost at start, with ConfigError naming it
    return services
