"""The same listeners in Socket Mode: a loopback WebSocket endpoint stands in for Slack's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.config import Settings
from bot.services import Services, build_services
from handlers.slack.app import build_app
from handlers.slack.runner import socket_mode_handler
from tests.fakes.llm_server import FakeLLMServer
from tests.fakes.slack_api import TEAM_ID, FakeSlackApi
from tests.fakes.socket_mode import FakeSocketModeServer

APP_TOKEN = "xapp-1-test"


@dataclass
class SocketRig:
    fake: FakeSlackApi
    endpoint: FakeSocketModeServer
    services: Services
    handler: SocketModeHandler


@pytest.fixture
def llm() -> Iterator[FakeLLMServer]:
    server = FakeLLMServer().start()
    yield server
    server.stop()


@pytest.fixture
def rig(tmp_path: Path, llm: FakeLLMServer) -> Iterator[SocketRig]:
    fake = FakeSlackApi().start()
    endpoint = FakeSocketModeServer().start()
    fake.respond("apps.connections.open", {"ok": True, "url": endpoint.url}, times=5)
    settings = Settings(
        slack_bot_token="xoxb-test-token",
        slack_app_token=APP_TOKEN,
        slack_api_url=fake.url,
        database_path=tmp_path / "carepost.db",
        openai_base_url=llm.url,
        openai_api_key="test-key",
        llm_max_retries=0,
        llm_timeout_seconds=5,
        _env_file=None,
    )
    services = build_services(settings)
    app = build_app(services, socket_mode=True)
    handler = socket_mode_handler(app, services)
    handler.connect()
    endpoint.wait_for_connection()
    yield SocketRig(fake, endpoint, services, handler)
    handler.close()
    endpoint.stop()
    fake.stop()
    services.store.close()


def command_payload(command: str, text: str, *, user: str = "U0AUTHOR", channel: str = "C0GENERAL") -> dict:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "channel_id": channel,
        "user_id": user,
        "command": command,
        "text": text,
        "response_url": "https://hooks.slack.invalid/commands/1",
        "trigger_id": "trigger-socket-1",
        "api_app_id": "A0CAREPOST",
    }


def test_connection_uses_the_app_token(rig: SocketRig) -> None:
    calls = rig.fake.calls_to("apps.connections.open")
    assert calls and calls[0].token == APP_TOKEN


def test_slash_command_is_acknowledged_and_answered_over_the_socket(rig: SocketRig) -> None:
    started = time.monotonic()
    envelope = rig.endpoint.send_envelope(
        "slash_commands", command_payload("/review", "Flu shots are in at every clinic.", user="U7", channel="C3")
    )
    ack = rig.endpoint.wait_for_ack(envelope)
    assert time.monotonic() - started < 2.0
    assert ack["envelope_id"] == envelope and not ack.get("payload")
    report, opinion = rig.fake.wait_for("chat.postEphemeral", 2)
    assert report.params["channel"] == "C3" and report.params["user"] == "U7"
    assert report.token == "xoxb-test-token"
    assert "Pass" in report.json_param("blocks")[0]["text"]["text"]
    assert "AI second opinion" in opinion.json_param("blocks")[0]["text"]["text"]


def test_draft_is_acknowledged_over_the_socket_and_delivered(rig: SocketRig, llm: FakeLLMServer) -> None:
    payload = command_payload("/draft", "platform:x Flu shots", user="U9")
    envelope = rig.endpoint.send_envelope("slash_commands", payload)
    ack = rig.endpoint.wait_for_ack(envelope)
    assert "Drafting a post for X" in ack["payload"]["text"]
    post = rig.fake.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "DU9"
    assert post.json_param("blocks")[0]["text"]["text"] == "Draft for X"
    assert llm.requests and "Flu shots" in llm.all_sent_text()


def test_review_alone_opens_the_modal_over_the_socket(rig: SocketRig) -> None:
    envelope = rig.endpoint.send_envelope("slash_commands", command_payload("/review", ""))
    rig.endpoint.wait_for_ack(envelope)
    opened = rig.fake.wait_for("views.open")[0]
    assert opened.params["trigger_id"] == "trigger-socket-1"
    assert opened.json_param("view")["callback_id"] == "review_modal"


def test_message_shortcut_over_the_socket(rig: SocketRig) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "review_message",
        "team": {"id": TEAM_ID},
        "user": {"id": "U8"},
        "channel": {"id": "C3"},
        "trigger_id": "trigger-socket-2",
        "message": {"type": "message", "ts": "1.1", "text": "Flu shots are in."},
    }
    envelope = rig.endpoint.send_envelope("interactive", payload)
    rig.endpoint.wait_for_ack(envelope)
    post = rig.fake.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "DU8"
