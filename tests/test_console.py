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
    assert "Drafting needs an LLM" in text
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


def _llm_console(tmp_path, fake_llm) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    settings = Settings(
        database_path=tmp_path / "c.db",
        openai_api_key="sk-test",
        openai_base_url=fake_llm.url,
        llm_max_retries=0,
        llm_timeout_seconds=5,
        _env_file=None,
    )
    return Console(build_services(settings), out=out), out


def test_submit_in_the_console_stores_the_post(tmp_path) -> None:
    console, out = _console(tmp_path)
    console.handle("/submit platform:x Flu shots are in at every clinic this week.")
    console.handle("/submit")
    text = out.getvalue()
    assert "Post #1 is waiting for approval" in text
    assert "Paste the post after /submit" in text
    post = console.services.approvals.get_post(1)
    assert post.state == "pending" and post.platform == "x" and post.author == "console"


def test_draft_without_an_llm_says_what_it_needs(tmp_path) -> None:
    console, out = _console(tmp_path)
    console.handle("/draft flu shots for caregivers")
    assert "Drafting needs an LLM" in out.getvalue()


def test_draft_in_the_console_and_retry_after_a_failure(tmp_path, fake_llm) -> None:
    console, out = _llm_console(tmp_path, fake_llm)
    console.handle("/draft platform:linkedin Free flu shots this week")
    assert "--- Draft" in out.getvalue() and "Flu shots are free at our clinics" in out.getvalue()
    fake_llm.fail(500, times=1)
    console.handle("/draft platform:x Free flu shots this week")
    failed = out.getvalue().rsplit("--- Draft", 1)[-1]
    assert "/retry " in failed
    request_id = failed.rsplit("/retry ", 1)[1].split()[0]
    console.handle(f"/retry {request_id}")
    assert out.getvalue().count("--- Draft") == 2
    console.handle("/draft platform:myspace something")
    assert "Cannot draft that" in out.getvalue()
