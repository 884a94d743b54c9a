"""'Your drafts' in the App Home."""

from __future__ import annotations

from bot.config import Settings
from bot.drafting_options import parse_draft_options
from bot.services import build_services
from handlers.slack.draft import home_section
from tests.slack_limits import assert_message_blocks


def _texts(blocks: list[dict]) -> str:
    return "\n".join(b["text"]["text"] for b in blocks if b["type"] in ("section", "header"))


def test_home_lists_my_latest_drafts_only(tmp_path, fake_llm) -> None:
    settings = Settings(
        database_path=tmp_path / "c.db", openai_base_url=fake_llm.url, openai_api_key="sk-test", _env_file=None
    )
    services = build_services(settings)
    assert "No drafts yet" in _texts(home_section(services, "U0ME"))
    [mine] = services.drafting.create(parse_draft_options("platform:linkedin Free flu shots"), "U0ME")
    services.drafting.edit(mine.id, "Free flu shots at every clinic this week, no appointment needed.", "U0ME")
    services.drafting.create(parse_draft_options("platform:x Someone else's topic"), "U0OTHER")
    blocks = home_section(services, "U0ME")
    text = _texts(blocks)
    assert text.count("version") == 1
    assert "*LinkedIn*, version 2: Free flu shots at every clinic this week" in text
    assert_message_blocks(blocks)
