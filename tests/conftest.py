"""Shared fixtures: a real SQLite file per test, the default policy, and the labeled posts."""

from __future__ import annotations

import pytest

from bot.policy import Policy, load_policy
from bot.store import Store
from tests.labeled_data import load_dev_set, missing_reason


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """No test reads the developer's .env or chat credentials."""
    monkeypatch.chdir(tmp_path)
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_API_URL",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_MODEL",
        "LLM_PHI_SAFE",
        "DATABASE_PATH",
        "POLICY_PATH",
        "APPROVALS_CHANNEL",
        "REMINDER_CHANNEL",
        "REMINDER_TIME",
        "REMINDER_TZ",
        "WATCH_CHANNELS",
        "PORT",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture
def store(tmp_path) -> Store:
    db = Store(tmp_path / "carepost.db")
    yield db
    db.close()


@pytest.fixture
def slack(tmp_path):
    """The whole app in HTTP mode against a fake Slack Web API (see tests/slack_harness.py)."""
    from tests.slack_harness import start_harness

    harness = start_harness(tmp_path)
    yield harness
    harness.stop()


@pytest.fixture
def fake_llm():
    """A fake OpenAI-compatible server on loopback that records every request (tests/fakes/llm_server.py)."""
    from tests.fakes.llm_server import FakeLLMServer

    server = FakeLLMServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dev_set() -> list[dict]:
    rows = load_dev_set()
    if rows is None:
        pytest.skip(missing_reason())
    return rows
