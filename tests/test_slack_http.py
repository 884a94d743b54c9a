"""HTTP mode itself: signatures, staleness, url_verification, health, Slack's retries."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from slack_bolt import App

from bot.config import Settings
from bot.services import build_services
from handlers.slack.app import SlackStartError, build_app
from tests.fakes.slack_api import FakeSlackApi
from tests.slack_harness import start_harness


def test_url_verification_is_answered(slack) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "t"})
    response = slack.sender.post(body, "application/json")
    assert response.status_code == 200
    assert "abc123" in response.text


def test_badly_signed_request_gets_401(slack) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123"})
    response = slack.sender.post(body, "application/json", secret="not-the-secret")
    assert response.status_code == 401


def test_stale_request_gets_401(slack) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123"})
    response = slack.sender.post(body, "application/json", timestamp=int(time.time()) - 6 * 60)
    assert response.status_code == 401


def test_unsigned_request_gets_401(slack) -> None:
    response = httpx.post(slack.sender.url, content=b"{}", headers={"content-type": "application/json"})
    assert response.status_code == 401


def test_health_and_unknown_paths(slack) -> None:
    base = slack.sender.url.rsplit("/slack/events", 1)[0]
    assert httpx.get(base + "/health").json() == {"status": "ok"}
    assert httpx.get(base + "/nope").status_code == 404
    assert httpx.get(slack.sender.url).status_code == 405


def test_huge_body_is_refused(slack) -> None:
    response = slack.sender.post("x" * 1_200_000, "application/json")
    assert response.status_code == 413


class _Counter:
    """A feature that counts the events it receives."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def register(self, app: App, services) -> None:
        @app.event("reaction_added")
        def on_reaction(event: dict) -> None:
            self.seen.append(event["reaction"])


def test_slack_retries_of_a_handled_event_are_ignored(tmp_path) -> None:
    counter = _Counter()
    harness = start_harness(tmp_path, features=(counter,))
    try:
        event = {"type": "reaction_added", "user": "U1", "reaction": "thumbsup", "item": {}}
        first = harness.sender.event(event, event_id="Ev0001")
        retry = harness.sender.event(
            event, event_id="Ev0001", headers={"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"}
        )
        other = harness.sender.event({**event, "reaction": "heart"}, event_id="Ev0002")
        assert [first.status_code, retry.status_code, other.status_code] == [200, 200, 200]
        deadline = time.monotonic() + 5
        while len(counter.seen) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)
        assert counter.seen == ["thumbsup", "heart"]
    finally:
        harness.stop()


def test_rejected_token_is_one_clear_error(tmp_path) -> None:
    fake = FakeSlackApi().start()
    fake.respond("auth.test", {"ok": False, "error": "invalid_auth"})
    try:
        settings = Settings(
            slack_bot_token="xoxb-wrong",
            slack_signing_secret="s",
            slack_api_url=fake.url,
            database_path=tmp_path / "c.db",
            _env_file=None,
        )
        with pytest.raises(SlackStartError) as error:
            build_app(build_services(settings))
        assert "SLACK_BOT_TOKEN" in str(error.value)
        assert [call.token for call in fake.calls_to("auth.test")] == ["xoxb-wrong"]
    finally:
        fake.stop()


def test_unreachable_slack_is_one_clear_error(tmp_path) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(
        slack_bot_token="xoxb-1",
        slack_signing_secret="s",
        slack_api_url=f"http://127.0.0.1:{port}/api/",
        database_path=tmp_path / "c.db",
        _env_file=None,
    )
    with pytest.raises(SlackStartError, match=r"cannot reach Slack at http://127\.0\.0\.1"):
        build_app(build_services(settings))
