"""Every labeled post through the second opinion and drafting, against a recording LLM server:
no labeled patient identifier that the phi check detects may ever reach it.

The fake LLM echoes what it is given (the redacted post back as the rewrite, the topic back as the
draft), so the follow-up calls (a blocked rewrite or draft sent back with its findings, a refinement
with the versions so far) carry the same material again. A labeled identifier that the phi check
does not detect cannot be redacted; those are listed by the second test, which is an expected
failure until the check finds them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.drafting import Drafting, DraftOptions
from bot.guardrails import review
from bot.llm import LLMClient
from bot.policy import load_policy
from bot.redaction import redact
from bot.second_opinion import SecondOpinions
from bot.store import Store
from tests.fakes.llm_server import FakeLLMServer, llm_settings


def echo(body: dict[str, Any]) -> dict[str, Any]:
    """An LLM that repeats what it was sent: the worst case for anything left unredacted."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "{}")
    data = json.loads(user[user.index("{") :])
    versions = sorted(k for k in data if k.startswith("version_"))
    post = data.get("post") or data.get("topic") or (data[versions[-1]] if versions else "Flu shots are in.")
    return {"summary": f"About: {post[:80]}", "concerns": [post[:60]], "rewrite": post, "post": post,
            "hashtags": [], "sources": [], "image_alt_text": post[:40]}


def _flat(text: str) -> str:
    return " ".join(text.casefold().split())


def _sent_to_llm(fake: FakeLLMServer) -> str:
    """What users' data became in every request: the user messages, decoded and JSON-decoded."""
    parts = []
    for request in fake.requests:
        for message in request.messages:
            if message.get("role") == "user":
                content = message["content"]
                parts.append(content)
                parts.append(json.dumps(json.loads(content[content.index("{") :]), ensure_ascii=False))
    return _flat("\n".join(parts))


@dataclass
class Outcome:
    posts: int = 0
    requests: int = 0
    detected: int = 0
    undetected: list[tuple[str, str]] = field(default_factory=list)  # (post id, identifier)
    leaked_detected: list[tuple[str, str]] = field(default_factory=list)
    leaked_undetected: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture(scope="module")
def outcome(dev_set: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    policy = load_policy(None)
    fake = FakeLLMServer(responder=echo).start()
    store = Store(tmp_path_factory.mktemp("devset") / "carepost.db")
    llm = LLMClient(llm_settings(fake, llm_max_retries=0))
    drafting = Drafting(store, policy, llm)
    opinions = SecondOpinions(store, policy, llm)
    result = Outcome()
    try:
        for row in dev_set:
            text, platform, labeled = row["text"], row.get("platform"), row.get("phi") or []
            redacted = _flat(redact([text], [review(text, platform, policy)]).texts[0])
            fake.clear()
            opinions.ask(text, platform, "U-dev")
            [draft] = drafting.create(DraftOptions(topic=text, platform=platform or "x"), "U-dev")
            if labeled:  # a person's edit holding the identifiers, then a refinement sends the versions so far
                drafting.edit(draft.id, text, "U-dev")
                drafting.refine(draft.id, "shorter", "U-dev")
            sent = _sent_to_llm(fake)
            result.posts += 1
            result.requests += len(fake.requests)
            for identifier in labeled:
                detected = _flat(identifier) not in redacted
                result.detected += detected
                if not detected:
                    result.undetected.append((row["id"], identifier))
                if _flat(identifier) in sent:
                    (result.leaked_detected if detected else result.leaked_undetected).append((row["id"], identifier))
    finally:
        fake.stop()
        store.close()
    return result


def test_no_detected_patient_identifier_ever_reaches_the_llm(outcome: Outcome, dev_set: list[dict]) -> None:
    assert outcome.posts == len(dev_set)
    assert outcome.requests >= 2 * outcome.posts
    assert outcome.leaked_detected == [], f"detected but sent: {outcome.leaked_detected}"


def test_every_labeled_patient_identifier_stays_out(outcome: Outcome) -> None:
    if outcome.leaked_undetected:
        listed = "; ".join(f"{post_id}: {identifier!r}" for post_id, identifier in outcome.leaked_undetected)
        pytest.xfail(
            f"{len(outcome.leaked_undetected)} labeled identifiers are not detected by the phi check, so they "
            f"cannot be redacted ({outcome.detected} detected ones were all withheld): {listed}"
        )
    assert outcome.leaked_undetected == []
