"""The options typed after /draft."""

from __future__ import annotations

import pytest

from bot.drafting import DraftOptions, DraftOptionsError, parse_draft_options
from bot.policy import Policy


def test_every_option_and_the_topic() -> None:
    options = parse_draft_options(
        "platform:linkedin audience:caregivers tone:warm cta:'Book now' source:CDC World Kidney Day is March 13"
    )
    assert options == DraftOptions(
        topic="World Kidney Day is March 13", platform="linkedin", audience="caregivers", tone="warm",
        call_to_action="Book now", source="CDC",
    )


def test_aliases_curly_quotes_two_word_audiences_and_options_after_the_topic() -> None:
    options = parse_draft_options("We are hiring nurses p=IG for: job seekers cta:“Apply today” src:https://example.org/jobs")
    assert (options.topic, options.platform, options.audience) == ("We are hiring nurses", "instagram", "job seekers")
    assert (options.call_to_action, options.source) == ("Apply today", "https://example.org/jobs")


def test_defaults_and_colons_in_the_topic() -> None:
    options = parse_draft_options("Tips: wash your hands, see https://www.cdc.gov/handwashing")
    assert options.topic == "Tips: wash your hands, see https://www.cdc.gov/handwashing"
    assert (options.platform, options.audience, options.tone) == ("all", "patients", None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("platform:myspace Flu", ["myspace", "linkedin", "all"]),
        ("audience:aliens Flu", ["aliens", "patients", "caregivers", "clinicians", "job seekers"]),
        ("platfrom:x Flu", ["platfrom", "platform"]),
        ("platform:x platform:fb Flu", ["twice"]),
        ("platform:x", ["what the post is about"]),
        ("", ["what the post is about"]),
        ("tone:" + "a" * 100 + " Flu", ["tone", "80"]),
    ],
)
def test_bad_values_are_plain_errors_listing_the_choices(text: str, words: list[str]) -> None:
    with pytest.raises(DraftOptionsError) as caught:
        parse_draft_options(text)
    assert all(word in str(caught.value) for word in words)


def test_all_means_the_policys_planned_platforms_or_every_one() -> None:
    assert DraftOptions(topic="Flu").platforms(Policy(cadence={"facebook": 1, "x": 2})) == ["x", "facebook"]
    assert len(DraftOptions(topic="Flu").platforms(Policy())) == 6
    assert DraftOptions(topic="Flu", platform="twitter").platforms(Policy()) == ["x"]


def test_options_survive_storage() -> None:
    options = parse_draft_options("platform:x tone:calm Flu")
    assert DraftOptions.from_dict(options.to_dict()) == options
