"""Reading plain-words requests: the rule for obvious cases, the LLM (PHI redacted) for the rest."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.config import Settings
from bot.drafting_options import DraftOptionsError
from bot.guardrails import review
from bot.guardrails.findings import Finding, verdict_for
from bot.intent_rules import draft_request
from bot.intents import UNCLEAR_QUESTION, IntentReader, post_after, read_by_rule
from bot.llm import LLMClient
from tests.fakes.llm_server import FakeLLMServer


@pytest.mark.parametrize(
    ("text", "post", "platform"),
    [
        ("review: Flu shots are in! Walk in today.", "Flu shots are in! Walk in today.", None),
        ("Review Flu shots are in at the main clinic.", "Flu shots are in at the main clinic.", None),
        ("is this OK to post? Our new clinic opens Monday.", "Our new clinic opens Monday.", None),
        ("Is this ok to post on Instagram?\nOur clinic opens Monday.", "Our clinic opens Monday.", "instagram"),
        ("can you check this post for LinkedIn: We are hiring nurses!", "We are hiring nurses!", "linkedin"),
        ('can I post this? "Our ER is the best in the state!"', "Our ER is the best in the state!", None),
        ("any thoughts on this: We cure diabetes!", "We cure diabetes!", None),
        ("please proofread this tweet - Stay cool out there", "Stay cool out there", "x"),
        ("/review platform:x Flu shots are in", "Flu shots are in", "x"),
        ("review platform:threads Masks help.", "Masks help.", "threads"),
    ],
)
def test_reviews_in_plain_words(text: str, post: str, platform: str | None) -> None:
    intent = read_by_rule(text)
    assert intent is not None and intent.kind == "review"
    assert (intent.post, intent.platform) == (post, platform)


def test_the_issue_example_becomes_the_draft_command() -> None:
    intent = read_by_rule("draft a LinkedIn post for World Diabetes Day for caregivers")
    assert intent is not None and intent.kind == "draft"
    options = intent.draft.options()
    assert (options.topic, options.platform, options.audience) == ("World Diabetes Day", "linkedin", "caregivers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write an upbeat Instagram caption about our new pediatric wing, citing the CDC",
         {"topic": "our new pediatric wing", "platform": "instagram", "tone": "upbeat", "source": "the CDC"}),
        ("Could you please write a post for job seekers about our nursing residency with a call to action to "
         "apply by June 1",
         {"topic": "our nursing residency", "audience": "job seekers", "call_to_action": "apply by June 1"}),
        ("draft a post about flu shots for all platforms in a warm and friendly tone",
         {"topic": "flu shots", "platform": "all", "tone": "warm and friendly"}),
        ("write a tweet about heat safety for families", {"topic": "heat safety", "platform": "x",
                                                          "audience": "caregivers"}),
        ("I need an Instagram caption for our 5k fundraiser", {"topic": "our 5k fundraiser",
                                                                "platform": "instagram"}),
        ("create a Facebook post announcing our new urgent care hours, keep it friendly",
         {"topic": "our new urgent care hours", "platform": "facebook", "tone": "friendly"}),
        ("Write a post on X about sleep", {"topic": "sleep", "platform": "x"}),
        ("draft platform:x audience:clinicians sepsis awareness month",
         {"topic": "sepsis awareness month", "platform": "x", "audience": "clinicians"}),
        ("draft audience:job seekers a LinkedIn post about our open house",
         {"topic": "our open house", "platform": "linkedin", "audience": "job seekers"}),
        ("/draft platform:linkedin kidney day", {"topic": "kidney day", "platform": "linkedin"}),
    ],
)
def test_drafts_in_plain_words(text: str, expected: dict[str, str]) -> None:
    intent = read_by_rule(text)
    assert intent is not None and intent.kind == "draft", intent
    options = intent.draft.options()
    for field, value in expected.items():
        assert getattr(options, field) == value, (field, options)


def test_a_draft_with_no_platform_is_for_all_as_the_command_would() -> None:
    options = read_by_rule("draft something about hand hygiene").draft.options()
    assert (options.platform, options.audience, options.topic) == ("all", "patients", "hand hygiene")


@pytest.mark.parametrize("text", ["help", "Hi!", "what can you do?", "", "  ", "hello, how does this work?"])
def test_help_and_greetings(text: str) -> None:
    intent = read_by_rule(text)
    assert intent is not None and intent.kind == "help"


@pytest.mark.parametrize("text", ["review it", "Yes, review it please", "check this"])
def test_a_bare_review_names_no_text(text: str) -> None:
    intent = read_by_rule(text)
    assert intent is not None and (intent.kind, intent.post) == ("review", "")


def test_a_bare_draft_names_no_topic() -> None:
    intent = read_by_rule("draft one")
    assert intent is not None and intent.kind == "draft" and intent.draft.topic == ""
    with pytest.raises(DraftOptionsError):
        intent.draft.options()


@pytest.mark.parametrize(
    "text",
    [
        "review the flu post I wrote yesterday",  # about a text that is not here
        "what do you think about our flu campaign?",
        "Flu shots are free this week at all clinics! #FluSeason",
        "make it shorter",
    ],
)
def test_what_is_not_obvious_is_left_to_the_llm_or_a_question(text: str) -> None:
    assert read_by_rule(text) is None


def test_an_unknown_platform_is_a_clear_error_not_a_guess() -> None:
    request = draft_request("platform:myspace a post about flu")
    with pytest.raises(DraftOptionsError, match="myspace"):
        request.options()


def test_without_an_llm_an_unclear_request_gets_one_question() -> None:
    reader = IntentReader(None, review)
    intent = reader.read("Flu shots are free this week at all clinics! #FluSeason")
    assert (intent.kind, intent.question, intent.by) == ("unclear", UNCLEAR_QUESTION, "fallback")


def test_post_after_takes_the_post_from_the_original_text() -> None:
    text = "Hey, could you look this over before I post it? Jane and I ran the 5k!"
    assert post_after(text, "Hey, could you look this over before I post it?") == "Jane and I ran the 5k!"
    assert post_after(text, "words the LLM made up") == "Jane and I ran the 5k!"
    assert post_after("Just a post with no request", "") == "Just a post with no request"


# --- the LLM path, against a loopback OpenAI-compatible server -----------------------------------


@pytest.fixture
def llm_server():
    server = FakeLLMServer().start()
    yield server
    server.stop()


def _client(server: FakeLLMServer) -> LLMClient:
    settings = Settings(openai_base_url=server.url, openai_api_key="test", llm_max_retries=0, _env_file=None)
    return LLMClient(settings)


def _review_naming(name: str):
    """The engine's review, plus a PHI finding wherever `name` appears (whatever the phi check finds)."""

    def check(text: str, platform: str | None = None):
        report = review(text, platform)
        start = text.find(name)
        if start < 0:
            return report
        finding = Finding("phi", "block", start, start + len(name), name, "Names a patient.", None, "name")
        findings = (finding, *report.findings)
        return replace(report, findings=findings, verdict=verdict_for(findings))

    return check


def test_the_llm_reads_what_the_rule_cannot_and_never_sees_the_patient(llm_server: FakeLLMServer) -> None:
    text = "Bertha Quimby loved her stay with us, thoughts before this goes on Facebook? Thanks Bertha Quimby!"
    llm_server.answer({"kind": "review", "request_words": "", "platform": "facebook"})
    intent = IntentReader(_client(llm_server), _review_naming("Bertha Quimby")).read(text)
    assert (intent.kind, intent.platform, intent.by) == ("review", "facebook", "llm")
    assert "Bertha Quimby" in intent.post, "the post is taken from the original, not the redacted copy"
    sent = llm_server.all_sent_text()
    assert "Bertha" not in sent and "Quimby" not in sent
    assert "[PATIENT_NAME_1]" in sent


def test_the_llm_draft_reading_is_checked(llm_server: FakeLLMServer) -> None:
    llm_server.answer({"kind": "draft", "topic": "our new sleep clinic", "platform": "Twitter",
                       "audience": "astronauts", "tone": "calm"})
    intent = IntentReader(_client(llm_server), review).read("Sleep clinic opens next month, can we get something out?")
    options = intent.draft.options()
    assert (options.topic, options.platform, options.audience, options.tone) == (
        "our new sleep clinic", "x", "patients", "calm")


def test_the_llm_question_is_asked_unless_it_echoes_a_placeholder(llm_server: FakeLLMServer) -> None:
    llm_server.answer({"kind": "unclear", "question": "Do you want a review of the campaign text or a new post?"})
    reader = IntentReader(_client(llm_server), review)
    intent = reader.read("the campaign thing from Tuesday")
    assert (intent.kind, intent.question) == ("unclear", "Do you want a review of the campaign text or a new post?")
    llm_server.answer({"kind": "unclear", "question": "Is [PATIENT_NAME_1] the author?"})
    assert reader.read("the campaign thing from Tuesday").question == UNCLEAR_QUESTION


def test_an_llm_that_fails_or_talks_nonsense_gives_the_plain_question(llm_server: FakeLLMServer) -> None:
    reader = IntentReader(_client(llm_server), review)
    llm_server.fail(500)
    assert reader.read("the campaign thing").question == UNCLEAR_QUESTION
    llm_server.answer("I think they want a review, probably.")
    assert reader.read("the campaign thing").question == UNCLEAR_QUESTION
    llm_server.answer({"kind": "approve"})
    assert reader.read("the campaign thing").kind == "unclear"


def test_obvious_requests_never_reach_the_llm(llm_server: FakeLLMServer) -> None:
    reader = IntentReader(_client(llm_server), review)
    assert reader.read("review: Flu shots are in!").kind == "review"
    assert reader.read("draft a LinkedIn post about flu shots").kind == "draft"
    assert llm_server.requests == []
