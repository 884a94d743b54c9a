"""Every labeled post through Slack's `/review` (with its second opinion) and `/draft`, in HTTP mode,
against a recording LLM server that echoes what it gets: no patient identifier the phi check detects
may reach it, and what was withheld is said in each reply.

Identifiers the phi check does not detect cannot be redacted; the second test lists them and is an
expected failure until the check finds them (the same split as tests/test_llm_dev_set.py).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pytest

from bot.guardrails import review
from bot.redaction import redact
from tests.fakes.llm_server import FakeLLMServer
from tests.slack_harness import SlackHarness, start_harness

TIMEOUT = 120.0


def echo(body: dict[str, Any]) -> dict[str, Any]:
    """An LLM that repeats the data it was sent: the worst case for anything left unredacted."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "{}")
    data = json.loads(user[user.index("{") :])
    post = str(data.get("post") or data.get("topic") or "Flu shots are in.")
    return {"summary": post[:80], "concerns": [post[:60]], "rewrite": post, "post": post, "hashtags": [],
            "sources": [], "image_alt_text": post[:40]}


def _flat(text: str) -> str:
    return " ".join(text.casefold().split())


def _wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("no answer from the app")
        time.sleep(0.01)


def _review_answered(harness: SlackHarness, user: str) -> bool:
    """The report and then the second opinion (or its failure), or a one-line refusal."""
    replies = [c for c in harness.fake.calls_to("chat.postEphemeral") if c.params.get("user") == user]
    return len(replies) >= 2 or any(c.params.get("text", "").startswith("Cannot review") for c in replies)


def _draft_answered(harness: SlackHarness, user: str) -> bool:
    """The draft in the person's DM, or a failure told to them."""
    dm = "D" + user
    return any(c.params.get("channel") == dm for c in harness.fake.calls_to("chat.postMessage")) or any(
        c.params.get("user") == user for c in harness.fake.calls_to("chat.postEphemeral")
    )


@dataclass
class Outcome:
    posts: int = 0
    requests: int = 0
    detected: int = 0
    notes_checked: int = 0
    withheld_said: int = 0
    wrong_notes: list[str] = field(default_factory=list)  # posts whose reply misstates what was withheld
    leaked_detected: list[tuple[str, str]] = field(default_factory=list)
    leaked_undetected: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture(scope="module")
def outcome(dev_set: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    fake_llm = FakeLLMServer(responder=echo).start()
    harness = start_harness(
        tmp_path_factory.mktemp("slack-devset"), openai_base_url=fake_llm.url, openai_api_key="k",
        openai_model="fake-model", llm_max_retries=0, llm_timeout_seconds=5, openai_api_version=None,
        llm_phi_safe=False,
    )
    result = Outcome()
    try:
        for index, row in enumerate(dev_set):
            text, platform, labeled = row["text"], row.get("platform") or "x", row.get("phi") or []
            before = len(fake_llm.requests)
            reviewer, drafter = f"UR{index:03d}", f"UD{index:03d}"
            harness.sender.command("/review", f"platform:{platform} {text}", user=reviewer)
            ack = harness.sender.command("/draft", f"platform:{platform} {text}", user=drafter)
            _wait_until(partial(_review_answered, harness, reviewer))
            if ack.text.startswith(":writing_hand:"):
                _wait_until(partial(_draft_answered, harness, drafter))
            requests = fake_llm.requests[before:]
            sent = _flat("\n".join(r.message_text() + "\n" + r.raw.decode("utf-8", "replace") for r in requests))
            redaction = redact([text], [review(text, row.get("platform"))])
            redacted = _flat(redaction.texts[0])
            opinion = [c for c in harness.fake.calls_to("chat.postEphemeral") if c.params.get("user") == reviewer][1:]
            said = any("Withheld from the AI" in json.dumps(c.json_param("blocks") or []) for c in opinion)
            result.notes_checked += bool(opinion)
            result.withheld_said += said
            if opinion and said != bool(redaction.withheld):
                result.wrong_notes.append(row["id"])
            result.posts += 1
            result.requests += len(requests)
            for identifier in labeled:
                detected = _flat(identifier) not in redacted
                result.detected += detected
                if _flat(identifier) in sent:
                    (result.leaked_detected if detected else result.leaked_undetected).append((row["id"], identifier))
    finally:
        harness.stop()
        fake_llm.stop()
    return result


def test_no_detected_identifier_reaches_the_llm_through_slack(outcome: Outcome, dev_set: list[dict]) -> None:
    assert outcome.posts == len(dev_set) and outcome.requests >= 2 * outcome.posts
    assert outcome.leaked_detected == [], f"detected but sent: {outcome.leaked_detected}"
    assert outcome.notes_checked == outcome.posts and outcome.withheld_said > 0
    assert outcome.wrong_notes == [], f"replies that misstate what was withheld: {outcome.wrong_notes}"


def test_every_labeled_identifier_stays_out_through_slack(outcome: Outcome) -> None:
    if outcome.leaked_undetected:
        listed = "; ".join(f"{post_id}: {identifier!r}" for post_id, identifier in outcome.leaked_undetected)
        pytest.xfail(f"{len(outcome.leaked_undetected)} labeled identifiers are not detected by the phi check, "
                     f"so they cannot be redacted: {listed}")
    assert outcome.leaked_undetected == []
