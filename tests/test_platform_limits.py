from bot.guardrails import review
from bot.guardrails.platform import normalise_platform, x_length
from bot.policy import Policy


def test_x_counts_every_link_as_23() -> None:
    text = "Read more: https://example.org/" + "a" * 80
    assert x_length(text) == len("Read more: ") + 23


def test_x_counts_bare_domains_as_links_and_emoji_twice() -> None:
    assert x_length("apply at stelian.org/careers") == len("apply at ") + 23
    assert x_length("🦷") == 2
    assert x_length("café") == 4


def test_long_x_post_warns_with_the_count() -> None:
    report = review("Flu shots are here. " * 20, "x")
    findings = report.by_check("platform")
    assert [f.severity for f in findings] == ["warn"]
    assert report.platform.limit == 280
    assert report.platform.length == 400
    assert report.verdict == "revise"


def test_links_keep_an_x_post_under_the_limit() -> None:
    text = "Flu shots are here: " + " ".join(f"https://example.org/{'p' * 60}{i}" for i in range(8))
    assert len(text) > 280
    report = review(text, "x")
    assert report.by_check("platform") == []


def test_instagram_hashtag_limit() -> None:
    tags = " ".join(f"#tag{i}" for i in range(7))
    report = review(f"Flu shots are in. {tags}", "instagram")
    (finding,) = report.by_check("platform")
    assert "7 hashtags" in finding.message
    assert report.text[finding.start : finding.end].startswith("#tag5")


def test_policy_overrides_a_built_in_limit() -> None:
    policy = Policy.model_validate({"platform_limits": {"linkedin": {"length": 50}}})
    report = review("Our clinic opens a new wing for families this spring. " * 2, "linkedin", policy)
    assert report.platform.limit == 50
    assert report.by_check("platform")


def test_platform_names_are_normalised() -> None:
    assert normalise_platform("Twitter") == "x"
    assert normalise_platform(" LinkedIn ") == "linkedin"
    assert normalise_platform("") is None
