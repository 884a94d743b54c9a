"""The app in HTTP mode on loopback, against the fake Slack Web API, with a signed-request sender."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import uvicorn
from slack_bolt import App

from bot.config import Settings
from bot.services import Services, build_services
from handlers.slack.app import build_app
from handlers.web import WebApp
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_requests import SlackSender

SIGNING_SECRET = "test-signing-secret"


@dataclass
class SlackHarness:
    fake: FakeSlackApi
    services: Services
    app: App
    server: uvicorn.Server
    thread: threading.Thread
    sender: SlackSender

    @property
    def store(self):
        return self.services.store

    def stop(self) -> None:
        self.sender.close()
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.fake.stop()
        self.services.store.close()


def start_harness(tmp_path: Path, *, features: tuple[ModuleType, ...] | None = None, **settings: Any) -> SlackHarness:
    """Fake Slack, services on a fresh SQLite file, and the app served by uvicorn on a free port."""
    fake = FakeSlackApi().start()
    values: dict[str, Any] = {
        "slack_bot_token": "xoxb-test-token",
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": fake.url,
        "database_path": tmp_path / "carepost.db",
        "approvals_channel": "C0APPROVALS",
        "_env_file": None,
    }
    values.update(settings)
    services = build_services(Settings(**values))
    app = build_app(services, features=features)
    config = uvicorn.Config(WebApp(app), host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="carepost-http", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the app's HTTP server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET)
    return SlackHarness(fake, services, app, server, thread, sender)


def start_llm_harness(tmp_path: Path, llm_url: str, policy_text: str, **settings: Any) -> SlackHarness:
    """The harness with a policy file and an LLM at `llm_url` that fails fast (no retries, 2 s timeout)."""
    policy = tmp_path / "policy.yaml"
    policy.write_text(policy_text, encoding="utf-8")
    values: dict[str, Any] = {
        "policy_path": policy,
        "openai_base_url": llm_url,
        "openai_api_key": "test-key",
        "openai_model": "fake-model",
        "llm_max_retries": 0,
        "llm_timeout_seconds": 2,
    }
    values.update(settings)
    return start_harness(tmp_path, **values)
