"""The drafting use case against the fake LLM server and a real SQLite file."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable

import pytest

from bot.drafting import Drafting, DraftInputError, DraftOptions, DraftRequestFailed, compose, platform_named_in
from bot.guardrails import review
from bot.guardrails.findings import Finding, Report
from bot.llm import LLMClient, LLMNotConfiguredError
from bot.policy import Policy, Term
from bot.store import Store, text_hash
from tests.fakes.llm_server import FakeLLMServer, llm_settings

PROMPT_TAG = "draft@1+guardrails@1+platforms@1"


def flagging(policy: Policy, *names: str) -> Callable[[str, str | None], Report]:
    """The engine, plus phi findings wherever one of `names` appears (a stand-in for the phi check)."""

    def run(text: str, platform: str | None) -> Report:
        report = review(text, platform, policy)
        extra = []
        for name in names:
            start = text.find(name)
            while start >= 0:
                extra.append(Finding("phi", "block", start, start + len(name), name, "a patient", None, "name"))
                start = text.find(name, start + 1)
        if not extra:
            return report
        return dataclasses.replace(report, findings=tuple(extra) + report.findings, verdict="block")

    return run


@pytest.fixture
def strict_policy() -> Policy:
    """The default rules plus 'miracle' as a blocking term, so a test can make the engine block."""
    return Policy(terms=[Term(term="miracle", severity="block", replacement="effective")],
                  cadence={"linkedin": 3, "facebook": 2})


def make_drafting(store: Store, fake: FakeLLMServer, policy: Policy, *names: str, **settings) -> Drafting:
    parallel = settings.pop("parallel", 3)
    llm = LLMClient(llm_settings(fake, **settings))
    return Drafting(store, policy, llm, review=flagging(policy, *names), parallel=parallel)


def sent_data(fake: FakeLLMServer, index: int = -1) -> dict:
    user = next(m for m in fake.requests[index].messages if m["role"] == "user")["content"]
    return json.loads(user[user.index("{") :])


def audit_rows(store: Store) -> list[tuple]:
    return store.db.execute("SELECT actor, action, subject, text_hash, details FROM audit_log ORDER BY id").fetchall()


def test_a_draft_is_written_reviewed_and_stored_with_its_provenance(store, fake_llm, strict_policy) -> None:
    drafting = make_drafting(store, fake_llm, strict_policy)
    options = DraftOptions(topic="Free flu shots this week", platform="linkedin", audience="caregivers",
                           tone="warm", call_to_action="Book now", source="CDC")
    [draft] = drafting.create(options, "U1")
    assert draft.platform == "linkedin" and draft.version == 1 and draft.origin == "created"
    assert draft.text == compose(draft.post, draft.hashtags) and "#FluSeason" in draft.text
    assert draft.sources == ("CDC: https://www.cdc.gov/flu",) and draft.image_alt_text
    assert (draft.model, draft.prompt_version, draft.attempts) == ("fake-model", PROMPT_TAG, 1)
    assert draft.report.verdict == review(draft.text, "linkedin", strict_policy).verdict
    assert draft.text_hash == text_hash(draft.text)
    stored = drafting.get(draft.id)
    assert (stored.topic, stored.options, stored.author) == (options.topic, options, "U1")
    assert stored.report.to_dict() == draft.report.to_dict()
    system = fake_llm.requests[0].messages[0]["content"]
    assert "linkedin" in system and "caregivers" in system and "grade 8" in system and '"post"' in system
    assert sent_data(fake_llm) | {} == {"context": {"platform": "linkedin", "audience": "caregivers"},
                                        "topic": options.topic, "tone": "warm", "call_to_action": "Book now",
                                        "source": "CDC"}
    actions = [(row[1], row[2]) for row in audit_rows(store)]
    assert ("draft.created", draft.id) in actions and actions[0][0] == "draft.requested"
    created = next(row for row in audit_rows(store) if row[1] == "draft.created")
    assert created[3] == draft.text_hash and json.loads(created[4])["prompt_version"] == PROMPT_TAG


def test_platform_all_writes_one_draft_per_planned_platform(store, fake_llm, strict_policy) -> None:
    drafts = make_drafting(store, fake_llm, strict_policy).create(DraftOptions(topic="Flu shots"), "U1")
    assert [d.platform for d in drafts] == ["linkedin", "facebook"]
    assert len({d.id for d in drafts}) == 2 and len(fake_llm.requests) == 2


def test_patient_details_in_the_topic_never_reach_the_llm(store, fake_llm, strict_policy) -> None:
    drafting = make_drafting(store, fake_llm, strict_policy, "Rosa Delgado")
    [draft] = drafting.create(DraftOptions(topic="Thank Rosa Delgado for her story", platform="x"), "U1")
    assert "Rosa" not in fake_llm.all_sent_text()
    assert sent_data(fake_llm)["topic"] == "Thank [PATIENT_NAME_1] for her story"
    assert draft.withheld == ("a patient's name",)


def test_a_blocked_draft_goes_back_with_its_findings_once(store, fake_llm, strict_policy) -> None:
    fake_llm.answer({"post": "Our miracle flu shot works.", "hashtags": [], "sources": []})
    clean = "Flu shots are available at our clinics this week."
    fake_llm.answer({"post": clean, "hashtags": ["#flu"], "sources": ["CDC"]})
    [draft] = make_drafting(store, fake_llm, strict_policy).create(DraftOptions(topic="Flu", platform="x"), "U1")
    assert draft.text == clean + "\n\n#flu" and draft.attempts == 2
    assert draft.verdict != "block"
    retry = sent_data(fake_llm, 1)
    assert retry["blocked_attempt"] == "Our miracle flu shot works."
    assert any(f["check"] == "policy" and f["excerpt"] == "miracle" for f in retry["blocked_attempt_findings"])
    created = next(row for row in audit_rows(store) if row[1] == "draft.created")
    assert json.loads(created[4])["first_verdict"] == "block"


def test_a_draft_blocked_twice_is_kept_with_its_blocking_review(store, fake_llm, strict_policy) -> None:
    fake_llm.answer({"post": "A miracle cure."}, times=2)
    [draft] = make_drafting(store, fake_llm, strict_policy).create(DraftOptions(topic="Flu", platform="x"), "U1")
    assert draft.blocked and draft.attempts == 2 and len(fake_llm.requests) == 2


def test_a_failed_request_is_kept_and_retried(store, fake_llm, strict_policy) -> None:
    drafting = make_drafting(store, fake_llm, strict_policy, llm_max_retries=0)
    fake_llm.fail(503)
    options = DraftOptions(topic="Stroke signs: act FAST", platform="facebook", call_to_action="Call 911")
    with pytest.raises(DraftRequestFailed) as caught:
        drafting.create(options, "U7")
    failed = drafting.request(caught.value.request_id)
    assert failed.status == "failed" and "not answering" in (failed.error or "")
    assert DraftOptions.from_dict(failed.payload["options"]) == options  # nothing typed is lost
    assert ("draft.request_failed", caught.value.request_id) in [(r[1], r[2]) for r in audit_rows(store)]

    [draft] = drafting.retry(caught.value.request_id, "U7")
    assert draft.topic == options.topic and draft.request_id == caught.value.request_id
    assert drafting.request(caught.value.request_id).status == "done"
    calls = len(fake_llm.requests)
    assert [d.id for d in drafting.retry(caught.value.request_id)] == [draft.id]  # a second click: same draft
    assert len(fake_llm.requests) == calls


def test_a_retry_of_platform_all_only_redoes_the_platforms_that_failed(store, fake_llm, strict_policy) -> None:
    drafting = make_drafting(store, fake_llm, strict_policy, llm_max_retries=0, parallel=1)
    fake_llm.fail(500)
    with pytest.raises(DraftRequestFailed) as caught:
        drafting.create(DraftOptions(topic="Flu shots", audience="clinicians"), "U1")
    assert [d.platform for d in caught.value.drafts] == ["facebook"]
    drafts = drafting.retry(caught.value.request_id)
    assert [d.platform for d in drafts] == ["linkedin", "facebook"]
    assert len(fake_llm.requests) == 3


def test_unusable_answers_and_unknown_requests_are_plain_errors(store, fake_llm, strict_policy) -> None:
    drafting = make_drafting(store, fake_llm, strict_policy)
    fake_llm.answer({"post": ""})
    with pytest.raises(DraftRequestFailed) as caught:
        drafting.create(DraftOptions(topic="Flu", platform="x"), "U1")
    assert "could not use" in caught.value.message
    with pytest.raises(DraftInputError):
        drafting.retry("req_unknown")


def test_nothing_is_sent_when_the_engine_fails(store, fake_llm, strict_policy) -> None:
    def broken(text: str, platform: str | None) -> Report:
        raise RuntimeError("engine bug")

    drafting = Drafting(store, strict_policy, LLMClient(llm_settings(fake_llm)), review=broken)
    with pytest.raises(DraftRequestFailed) as caught:
        drafting.create(DraftOptions(topic="Flu", platform="x"), "U1")
    assert "Nothing was sent" in caught.value.message
    assert fake_llm.requests == []
    assert drafting.request(caught.value.request_id).status == "failed"


def test_regenerate_edit_and_refine_add_versions(store, fake_llm, strict_policy) -> None:
    drafting = make_drafting(store, fake_llm, strict_policy, "Ana Ruiz")
    [first] = drafting.create(DraftOptions(topic="Diabetes day", platform="facebook"), "U1")

    second = drafting.regenerate(first.id, "U2")
    assert (second.version, second.origin, second.actor, second.platform) == (2, "regenerated", "U2", "facebook")

    edited = drafting.edit(first.id, "A miracle for Ana Ruiz!", "U3")
    assert (edited.version, edited.origin, edited.model, edited.attempts) == (3, "edited", None, 0)
    assert edited.blocked and {f.check for f in edited.report.findings} >= {"phi", "policy"}

    fake_llm.answer({"post": "Diabetes day: know your numbers.", "hashtags": ["#Diabetes"]})
    refined = drafting.refine(first.id, "make an Instagram version, shorter", "U4")
    assert (refined.version, refined.origin, refined.platform) == (4, "refined", "instagram")
    assert refined.instruction == "make an Instagram version, shorter"
    data = sent_data(fake_llm)
    assert {"version_1", "version_2", "version_3", "instruction"} <= set(data)
    assert data["version_3"] == "A miracle for [PATIENT_NAME_1]!" and "Ana" not in fake_llm.all_sent_text()

    history = drafting.history(first.id)
    assert [d.version for d in history] == [1, 2, 3, 4] and history[0].text == first.text
    actions = [r[1] for r in audit_rows(store)]
    assert {"draft.regenerated", "draft.edited", "draft.refined"} <= set(actions)
    with pytest.raises(DraftInputError):
        drafting.edit(first.id, "   ", "U3")
    with pytest.raises(DraftInputError):
        drafting.refine(first.id, "", "U3")


def test_versions_cannot_be_changed_once_stored(store, fake_llm, strict_policy) -> None:
    [draft] = make_drafting(store, fake_llm, strict_policy).create(DraftOptions(topic="Flu", platform="x"), "U1")
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("UPDATE draft_versions SET text = 'changed' WHERE draft_id = ?", [draft.id])


def test_without_an_llm_drafting_says_so(store, strict_policy) -> None:
    with pytest.raises(LLMNotConfiguredError):
        Drafting(store, strict_policy, None).create(DraftOptions(topic="Flu", platform="x"), "U1")


@pytest.mark.parametrize(
    ("instruction", "platform"),
    [("make an Instagram version", "instagram"), ("shorter", None), ("now one for twitter", "x"),
     ("a version for X please", "x"), ("2x shorter", None), ("for fb and linkedin", None)],
)
def test_a_platform_named_in_an_instruction(instruction: str, platform: str | None) -> None:
    assert platform_named_in(instruction) == platform
