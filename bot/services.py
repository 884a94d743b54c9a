"""The core services, built once from the settings and handed to whichever front end runs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from bot.approvals import ApprovalService
from bot.config import Settings
from bot.guardrails import Report, review
from bot.policy import Policy, load_policy
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


def build_services(settings: Settings, policy: Policy | None = None) -> Services:
    """Policy and database from the settings; raises PolicyError for a malformed policy file."""
    policy = policy or load_policy(settings.policy_path)
    store = Store(settings.database_path)
    return Services(settings=settings, policy=policy, store=store)
