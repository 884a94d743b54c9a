from datetime import time

import pytest

from bot.config import ConfigError, load_settings


def test_defaults_mean_the_local_console(monkeypatch) -> None:
    settings = load_settings(_env_file=None)
    assert settings.front_end == "console"
    assert settings.reminder_time == time(9, 0)
    assert settings.port == 3000
    assert not settings.llm_configured


def test_front_end_follows_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    assert load_settings(_env_file=None).front_end == "http"
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    assert load_settings(_env_file=None).front_end == "socket"


def test_dotenv_file_is_read(tmp_path, monkeypatch) -> None:
    (tmp_path / ".env").write_text("WATCH_CHANNELS=C1, C2\nREMINDER_TZ=America/New_York\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.watch_channels == ["C1", "C2"]
    assert settings.reminder_tz == "America/New_York"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("SLACK_BOT_TOKEN", "xapp-oops", "SLACK_BOT_TOKEN"),
        ("SLACK_APP_TOKEN", "xoxb-oops", "SLACK_APP_TOKEN"),
        ("PORT", "eighty", "PORT"),
        ("REMINDER_TIME", "25:00", "REMINDER_TIME"),
        ("REMINDER_TZ", "Mars/Olympus", "IANA"),
        ("SLACK_API_URL", "ftp://x", "SLACK_API_URL"),
        ("LLM_PHI_SAFE", "maybe", "LLM_PHI_SAFE"),
    ],
)
def test_bad_settings_are_one_clear_line(monkeypatch, name: str, value: str, expected: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings(_env_file=None)
    assert expected in str(error.value)
    assert "\n" not in str(error.value)
