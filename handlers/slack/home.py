"""App Home: the person's posts and their state, and the posts waiting for their approval.

Other features add sections by appending to `home_sections` a function `(services, user) -> blocks`,
e.g. the calendar's "this week". A section that fails is replaced by one line; the rest still shows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.approvals_model import Post
from bot.services import Services
from handlers.slack.approval_blocks import (
    APPROVE_ACTION,
    CHANGES_ACTION,
    STATE_LABEL,
    card_value,
    edit_button,
    status_text,
    when,
)
from handlers.slack.blocks import (
    Block,
    button,
    clip,
    context,
    escape,
    header,
    mrkdwn_section,
)
from handlers.slack.replies import guarded

log = logging.getLogger(__name__)

HomeSection = Callable[[Services, str], list[Block]]
# Sections other features add under the approvals ones, in order.
home_sections: list[HomeSection] = []

MAX_HOME_BLOCKS = 100
SHOWN_WAITING = 10
SHOWN_MINE = 10
SNIPPET_CHARS = 280
GROUP_CACHE_SECONDS = 300


class _GroupMembers:
    """Members of the policy's approver group, from Slack, kept for a few minutes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, frozenset[str]]] = {}

    def members(self, client: WebClient, group: str) -> frozenset[str]:
        with self._lock:
            cached = self._cache.get(group)
            if cached and time.monotonic() - cached[0] < GROUP_CACHE_SECONDS:
                return cached[1]
        try:
            users = frozenset(client.usergroups_users_list(usergroup=group).get("users") or [])
        except SlackApiError as exc:
            log.warning("cannot read approver group members: %s", exc.response.get("error"))
            return frozenset()  # fail closed: nobody is a member by group until Slack answers
        with self._lock:
            self._cache[group] = (time.monotonic(), users)
        return users


_GROUPS = _GroupMembers()


def member_groups(services: Services, client: WebClient, user: str) -> frozenset[str]:
    """The policy's approver group when `user` belongs to it (the only group the rules ask about)."""
    group = services.policy.approvals.approver_group
    if group and user in _GROUPS.members(client, group):
        return frozenset({group})
    return frozenset()


def _snippet(post: Post) -> str:
    return escape(clip(" ".join(post.text.split()), SNIPPET_CHARS))


def _waiting_blocks(posts: list[Post]) -> list[Block]:
    blocks: list[Block] = [header("Waiting for your approval")]
    if not posts:
        return [*blocks, context("Nothing is waiting for you.")]
    for post in posts[:SHOWN_WAITING]:
        line = f"*#{post.id}* from <@{post.author}> · {post.platform or 'any platform'} · version {post.version}"
        if post.scheduled_for:
            line += f" · scheduled {when(post.scheduled_for)}"
        blocks.append(mrkdwn_section(f"{line}\n> {_snippet(post)}"))
        blocks.append(context(status_text(post)))
        value = card_value(post)
        blocks.append(
            {
                "type": "actions",
                "block_id": f"home_approval_{post.id}_{post.version}",
                "elements": [
                    button("Approve", APPROVE_ACTION, value, style="primary"),
                    button("Request changes", CHANGES_ACTION, value),
                ],
            }
        )
    if len(posts) > SHOWN_WAITING:
        blocks.append(context(f"…and {len(posts) - SHOWN_WAITING} more in the approvals channel."))
    return blocks


def _mine_blocks(posts: list[Post]) -> list[Block]:
    blocks: list[Block] = [header("Your posts")]
    if not posts:
        return [*blocks, context("You have not submitted a post yet: use /submit, or Submit for approval on a draft.")]
    for post in posts[:SHOWN_MINE]:
        line = f"*#{post.id}* · {STATE_LABEL[post.state]} · {post.platform or 'any platform'} · version {post.version}"
        if post.scheduled_for:
            line += f" · scheduled {when(post.scheduled_for)}"
        blocks.append(mrkdwn_section(f"{line}\n> {_snippet(post)}", accessory=edit_button(post)))
        if post.state in ("pending", "changes_requested"):
            blocks.append(context(status_text(post)))
    return blocks


def home_view(services: Services, user: str, groups: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The Home tab for `user`."""
    approvals = services.approvals
    blocks: list[Block] = []
    if approvals.can_approve(user, groups):
        blocks += _waiting_blocks(approvals.awaiting_approval(user, groups, limit=SHOWN_WAITING + 1))
    blocks += _mine_blocks(approvals.my_posts(user, limit=SHOWN_MINE))
    for section in home_sections:
        try:
            blocks += section(services, user)
        except Exception as exc:
            log.error("home section %s failed: %s", getattr(section, "__name__", "?"), type(exc).__name__)
            blocks.append(context(":warning: One part of this page could not load. Try again in a minute."))
    if len(blocks) > MAX_HOME_BLOCKS:
        blocks = [*blocks[: MAX_HOME_BLOCKS - 1], context("…more than fits here.")]
    return {"type": "home", "blocks": blocks}


def publish_home(services: Services, client: WebClient, user: str) -> None:
    client.views_publish(user_id=user, view=home_view(services, user, member_groups(services, client, user)))


def register(app: App, services: Services) -> None:
    @guarded("app home")
    def home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        publish_home(services, client, event["user"])

    def ack_now(ack: Callable[[], None]) -> None:
        ack()

    app.event("app_home_opened")(ack=ack_now, lazy=[home_opened])
