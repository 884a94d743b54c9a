"""Requests to the app signed exactly as Slack signs them (v0 HMAC-SHA256 of `v0:ts:body`)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

import httpx

from tests.fakes.slack_api import TEAM_ID

_ids = itertools.count(1)


def signature(secret: str, timestamp: str, body: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class SlackSender:
    """Posts slash commands, interactions and events to a running app at `url`."""

    def __init__(self, url: str, signing_secret: str) -> None:
        self.url = url
        self.secret = signing_secret
        self.http = httpx.Client(timeout=10)

    def close(self) -> None:
        self.http.close()

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        secret: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        all_headers = {
            "content-type": content_type,
            "x-slack-request-timestamp": ts,
            "x-slack-signature": signature(secret or self.secret, ts, body),
            **(headers or {}),
        }
        return self.http.post(self.url, content=body.encode("utf-8"), headers=all_headers)

    def command(
        self, command: str, text: str = "", *, user: str = "U0AUTHOR", channel: str = "C0GENERAL", **extra: str
    ) -> httpx.Response:
        form = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "channel_id": channel,
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "response_url": "https://hooks.slack.invalid/commands/1",
            "trigger_id": f"trigger-{next(_ids)}",
            **extra,
        }
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def interaction(self, payload: dict[str, Any]) -> httpx.Response:
        payload = {"team": {"id": TEAM_ID}, "trigger_id": f"trigger-{next(_ids)}", **payload}
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        body = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0CAREPOST",
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):08d}",
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": "UCAREPOST", "is_bot": True}],
        }
        return self.post(json.dumps(body), "application/json", headers=headers)

    def block_action(
        self,
        action_id: str,
        value: str = "",
        *,
        user: str = "U0AUTHOR",
        channel: str = "C0GENERAL",
        message_ts: str | None = None,
        **extra: Any,
    ) -> httpx.Response:
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user, "username": user.lower()},
            "channel": {"id": channel},
            "container": {"type": "message", "channel_id": channel, "message_ts": message_ts or "1.000001"},
            "message": {"ts": message_ts or "1.000001", "blocks": []},
            "actions": [{"action_id": action_id, "block_id": "b", "value": value, "type": "button"}],
            "response_url": "https://hooks.slack.invalid/actions/1",
            **extra,
        }
        return self.interaction(payload)
