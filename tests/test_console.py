import io

from bot.config import Settings
from bot.services import build_services
from handlers.console import Console, split_platform


def _console(tmp_path) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    services = build_services(Settings(database_path=tmp_path / "c.db", _env_file=None))
    return Console(services, out=out), out


def test_review_in_the_console(tmp_path) -> None:
    console, out = _console(tmp_path)
    script = io.StringIO("/review platform:x Many diabetics ask about foot care.\n/draft flu shots\n\n/quit\n/help\n")
    console.run(script)
    text = out.getvalue()
    assert "REVISE" in text
    assert "Length on x:" in text
    assert "/draft is coming" in text
    assert "this list" not in text  # /quit stopped before /help


def test_bad_input_gets_a_plain_message(tmp_path) -> None:
    console, out = _console(tmp_path)
    for line in ["/review", "/review platform:myspace hello", "hello there", "/review " + "a" * 200_000]:
        assert console.handle(line)
    text = out.getvalue()
    assert "Paste the post after /review" in text
    assert "unknown platform 'myspace'" in text
    assert "Start with a command" in text
    assert "100,000" in text
    assert "Traceback" not in text


def test_split_platform() -> None:
    assert split_platform("platform:LinkedIn Our news") == ("Our news", "LinkedIn")
    assert split_platform("Our news platform:x today") == ("Our news today", "x")
    assert split_platform("no option here") == ("no option here", None)
