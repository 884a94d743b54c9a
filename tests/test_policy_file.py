import pytest

from bot.guardrails import review
from bot.policy import DEFAULT_POLICY_PATH, Policy, PolicyError, load_policy


def test_default_policy_loads_with_documented_defaults() -> None:
    policy = load_policy(None)
    assert policy.reading_grade_target == 8
    assert policy.approvals.required == 1
    assert any(t.term == "utilize" for t in policy.terms)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("reading_grade_target: [1, 2", "not valid YAML at line"),
        ("- just\n- a list\n", "must be a mapping"),
        ("reading_grade_target: hard\n", "reading_grade_target"),
        ("terms:\n  - replacement: x\n", "terms.0.term"),
        ("platform_limits:\n  myspace: {length: 10}\n", "unknown platform"),
        ("surprise_setting: 1\n", "surprise_setting"),
    ],
)
def test_malformed_policy_names_the_problem(tmp_path, content: str, expected: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError) as error:
        load_policy(path)
    assert expected in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_policy_file(tmp_path) -> None:
    with pytest.raises(PolicyError, match="does not exist"):
        load_policy(tmp_path / "nope.yaml")


def test_empty_policy_file_means_defaults(tmp_path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("# nothing but a comment\n", encoding="utf-8")
    assert load_policy(path).reading_grade_target == 8


def test_banned_term_warns_with_its_replacement() -> None:
    report = review("Many diabetics ask us about foot care.")
    (finding,) = report.by_check("policy")
    assert finding.severity == "warn"
    assert finding.excerpt == "diabetics"
    assert "people with diabetes" in finding.suggestion


def test_blocking_term_blocks() -> None:
    policy = Policy.model_validate({"terms": [{"term": "miracle worker", "severity": "block"}]})
    assert review("Meet our Miracle Worker of the month!", policy=policy).verdict == "block"


def test_disclaimer_required_for_a_topic_on_a_platform() -> None:
    policy = Policy.model_validate(
        {"disclaimers": [{"text": "Not medical advice.", "platforms": ["facebook"], "topics": ["dosage"]}]}
    )
    text = "Questions about dosage? Ask your pharmacist."
    assert review(text, "facebook", policy).by_check("policy")
    assert review(text, "linkedin", policy).by_check("policy") == []
    assert review(text + " Not medical advice.", "facebook", policy).by_check("policy") == []


def test_shipped_default_is_commented() -> None:
    assert DEFAULT_POLICY_PATH.read_text(encoding="utf-8").count("#") > 10
    assert isinstance(load_policy(DEFAULT_POLICY_PATH), Policy)


def test_terms_match_whole_words_in_any_case_and_spacing() -> None:
    report = review("He SUFFERS   FROM gout. Sufferers from gout meet Tuesday; we utilize ice.")
    excerpts = [f.excerpt for f in report.by_check("policy")]
    assert excerpts == ["SUFFERS   FROM", "utilize"]
    assert report.by_check("policy")[0].suggestion == "Use 'lives with' instead."
