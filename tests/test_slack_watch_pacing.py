"""The pacer: Web API calls wait out Slack's 429s (Retry-After) instead of dropping the work."""

from __future__ import annotations

import time

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.slack.patience import Pacer
from tests.fakes.slack_api import FakeSlackApi


@pytest.fixture
def fake():
    api = FakeSlackApi().start()
    yield api
    api.stop()


def _client(fake: FakeSlackApi) -> WebClient:
    return WebClient(token="xoxb-test", base_url=fake.url)  # no retry handlers: the pacer alone


def test_a_run_of_429s_is_waited_out(fake: FakeSlackApi) -> None:
    fake.respond("reactions.add", {"ok": False, "error": "ratelimited"}, status=429,
                 headers={"Retry-After": "0"}, times=4)
    client = _client(fake)
    response = Pacer().call("reactions.add", lambda: client.reactions_add(channel="C1", timestamp="1.1", name="x"))
    assert response["ok"] is True
    assert len(fake.calls_to("reactions.add")) == 5


def test_retry_after_is_honoured_by_every_caller_of_the_method(fake: FakeSlackApi) -> None:
    fake.respond("chat.postMessage", {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"})
    client = _client(fake)
    pacer = Pacer()
    started = time.monotonic()
    pacer.call("chat.postMessage", lambda: client.chat_postMessage(channel="C1", text="a"))
    first_done = time.monotonic() - started
    pacer.call("chat.postMessage", lambda: client.chat_postMessage(channel="C1", text="b"))
    assert first_done >= 1.0
    assert len(fake.calls_to("chat.postMessage")) == 3


def test_the_pacer_gives_up_after_its_attempts(fake: FakeSlackApi) -> None:
    fake.respond("reactions.add", {"ok": False, "error": "ratelimited"}, status=429,
                 headers={"Retry-After": "0"}, times=10)
    client = _client(fake)
    with pytest.raises(SlackApiError):
        Pacer(attempts=3).call("reactions.add", lambda: client.reactions_add(channel="C1", timestamp="1", name="x"))
    assert len(fake.calls_to("reactions.add")) == 3


def test_other_errors_are_raised_at_once(fake: FakeSlackApi) -> None:
    fake.respond("chat.update", {"ok": False, "error": "message_not_found"})
    client = _client(fake)
    with pytest.raises(SlackApiError):
        Pacer().call("chat.update", lambda: client.chat_update(channel="C1", ts="1.1", text="x"))
    assert len(fake.calls_to("chat.update")) == 1
