"""The report as Block Kit: verdict first, findings with excerpt/message/suggestion, measures; within limits."""

from __future__ import annotations

import json

from bot.guardrails.findings import Finding, PlatformInfo, Readability, Report, verdict_for
from handlers.slack.blocks import MAX_BUTTON_VALUE
from handlers.slack.options import plain_text, review_request
from handlers.slack.report_blocks import report_blocks, report_fallback, submit_value
from handlers.slack.review import report_actions, review_modal
from tests.slack_limits import assert_message_blocks, assert_modal


def make_report(text: str, findings: list[Finding], platform: str | None = "x", limit: int | None = 280) -> Report:
    return Report(
        verdict=verdict_for(findings),
        findings=tuple(findings),
        readability=Readability(grade=9.2, target=8.0),
        platform=PlatformInfo(name=platform, length=len(text), limit=limit),
        text=text,
    )


def finding(text: str, word: str, check: str = "claim", severity: str = "block", **extra: str) -> Finding:
    start = text.index(word)
    return Finding(
        check=check,
        severity=severity,
        start=start,
        end=start + len(word),
        excerpt=word,
        message=extra.get("message", f"{word} is a problem"),
        suggestion=extra.get("suggestion", f"rephrase {word}"),
    )


def section_texts(blocks: list[dict]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def test_verdict_comes_first_then_findings_then_measures() -> None:
    text = "Our new clinic cures diabetes & more. Call us <today>."
    report = make_report(
        text,
        [
            finding(text, "cures diabetes", message="Promises a cure.", suggestion="Say what the clinic offers."),
            finding(text, "today", check="tone", severity="warn", message="Sounds pushy."),
        ],
    )
    blocks = report_blocks(report)
    assert_message_blocks(blocks)
    texts = section_texts(blocks)
    assert "Blocked" in texts[0] and "1 blocking, 1 warning" in texts[0]
    assert "Unsupported claim" in texts[1] and "Promises a cure." in texts[1]
    assert "*cures diabetes*" in texts[1] and "Say what the clinic offers." in texts[1]
    # what people wrote is escaped so Slack does not read it as a link or mention
    assert "*cures diabetes* &amp; more" in texts[1] and "&lt;*today*&gt;" in texts[2]
    measures = blocks[-1]["elements"][0]["text"]
    assert blocks[-1]["type"] == "context"
    assert "grade 9.2 (target 8)" in measures and "Length on x: 54 of 280" in measures


def test_a_passing_report_says_so_and_has_no_divider() -> None:
    report = make_report("Flu shots are in.", [], platform=None, limit=None)
    blocks = report_blocks(report, notes=["engine only"])
    assert "Pass" in section_texts(blocks)[0]
    assert all(b["type"] != "divider" for b in blocks)
    assert "no platform given" in blocks[-2]["elements"][0]["text"]
    assert blocks[-1]["elements"][0]["text"] == "engine only"


def test_many_findings_are_summarised_within_fifty_blocks() -> None:
    words = [f"w{i}" for i in range(300)]
    text = " ".join(words) + " "
    findings = [finding(text, w + " ", check="tone" if i % 2 else "policy", severity="warn") for i, w in
                enumerate(words)]
    report = make_report(text, findings)
    actions = report_actions(report, "x")[0]
    blocks = report_blocks(report, intro="intro", show_text=True, notes=["a", "b"], actions=actions)
    assert_message_blocks(blocks)
    summary = section_texts(blocks)[-1]
    assert summary.startswith("…and ") and "more findings" in summary
    shown = sum(1 for t in section_texts(blocks) if "Suggestion" in t)
    assert shown + int(summary.split()[1]) == 300
    assert blocks[-1]["type"] == "actions"


def test_summary_fits_even_when_the_room_is_tiny() -> None:
    text = " ".join(f"w{i}" for i in range(40)) + " "
    findings = [finding(text, f"w{i} ", severity="warn") for i in range(40)]
    blocks = report_blocks(make_report(text, findings), max_blocks=8, notes=["n1", "n2"])
    assert len(blocks) <= 8
    assert section_texts(blocks)[-1].startswith("…and ")


def test_long_texts_and_long_messages_are_clipped() -> None:
    text = ("A very long sentence about care " * 4000)[:100_000]
    long_finding = Finding("readability", "warn", 0, len(text), text, "m" * 5000, "s" * 5000)
    report = make_report(text, [long_finding], platform="facebook", limit=63206)
    blocks = report_blocks(report, show_text=True, intro="i" * 4000)
    assert_message_blocks(blocks)
    assert len(json.dumps(blocks)) < 40_000


def test_fallback_text_never_carries_the_post() -> None:
    text = "Jane Roe is recovering well"
    report = make_report(text, [finding(text, "Jane Roe", check="phi")])
    fallback = report_fallback(report)
    assert "Jane" not in fallback and "blocked" in fallback and "1 finding" in fallback


def test_submit_button_only_when_not_blocked_and_when_it_fits() -> None:
    text = "Walk-in flu shots Monday."
    ok = make_report(text, [])
    actions, notes = report_actions(ok, "x")
    assert [a["action_id"] for a in actions] == ["submit_for_approval"] and not notes
    assert json.loads(actions[0]["value"]) == {"text": text, "platform": "x"}
    blocked = make_report(text, [finding(text, "flu", severity="block")])
    assert report_actions(blocked, "x") == ([], [])
    too_long = make_report("x" * 2500, [])
    actions, notes = report_actions(too_long, "linkedin")
    assert actions == [] and "/submit" in notes[0]
    assert len(submit_value(draft_id="d" * 10)) < MAX_BUTTON_VALUE


def test_review_modal_is_within_limits() -> None:
    view = review_modal("C1")
    assert_modal(view)
    assert json.loads(view["private_metadata"]) == {"channel": "C1"}
    assert "initial_option" not in view["blocks"][1]["element"]
    chosen = review_modal("C1", "LinkedIn")["blocks"][1]["element"]["initial_option"]
    assert chosen["value"] == "linkedin"


def test_slack_text_is_read_as_people_see_it() -> None:
    slack = "Ask &lt;your&gt; doctor &amp; <@U123> in <#C1|general>, see <http://example.org/flu|example.org/flu>"
    assert plain_text(slack) == "Ask <your> doctor & @U123 in #general, see example.org/flu"
    assert plain_text("<https://a.org/x|our page> <mailto:a@b.org|a@b.org> <!here>") == (
        "our page (https://a.org/x) a@b.org @here"
    )
    assert review_request("platform:LinkedIn Flu shots &amp; boosters") == ("Flu shots & boosters", "LinkedIn")
    assert review_request("  ") == ("", None)
