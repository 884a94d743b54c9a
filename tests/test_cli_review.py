"""`python -m bot review`, run as a person runs it: a real subprocess, real files, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "review", *args],
        input=stdin,
        capture_output=True,
        cwd=PROJECT,
        timeout=60,
    )


def test_clean_post_passes_with_json() -> None:
    result = run_cli("--json", "--platform", "x", "-", stdin=b"Flu shots are in! Walk in any weekday.")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] == "pass"
    assert report["platform"] == {"name": "x", "length": 38, "limit": 280}
    assert set(report) == {"verdict", "findings", "readability", "platform"}


def test_blocking_policy_term_exits_1_and_reads_a_file(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("terms:\n  - term: wonder drug\n    severity: block\n", encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("Meet the wonder drug everyone is talking about.\n", encoding="utf-8")
    result = run_cli("--json", "--policy", str(policy), str(post))
    assert result.returncode == 1
    finding = json.loads(result.stdout)["findings"][0]
    assert finding["check"] == "policy"
    assert finding["excerpt"] == "wonder drug"
    assert set(finding) == {"check", "severity", "start", "end", "excerpt", "message", "suggestion"}


def test_human_output_names_the_verdict_and_highlights(tmp_path: Path) -> None:
    result = run_cli("-", stdin=b"Many diabetics ask about foot care.")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("REVISE")
    assert "[[diabetics]]" in out
    assert "people with diabetes" in out


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "the text is empty"),
        (b"   \n\n", "the text is empty"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"a" * 1_000_000, "over 100,000 characters"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(stdin: bytes, message: str) -> None:
    result = run_cli("-", stdin=stdin)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_missing_file_and_unknown_platform() -> None:
    assert "cannot read" in run_cli("/no/such/file").stderr.decode()
    result = run_cli("--platform", "myspace", "-", stdin=b"Hello")
    assert result.returncode == 2
    assert "unknown platform 'myspace'" in result.stderr.decode()


def test_jsonl_reviews_every_usable_line_and_names_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Flu shots are in!", "platform": "x"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "Hello again", "platform": "myspace"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 6, "text": "x" * 200_000}),
        "",
        json.dumps({"id": "g", "text": "Our clinic opens at 8am.", "platform": "threads"}),
    ]
    path = tmp_path / "posts.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\n")
    result = run_cli("--jsonl", str(path))
    assert result.returncode == 2
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o.get("id") for o in out if "verdict" in o] == ["a", "g"]
    errors = result.stderr.decode().splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["line 2", "line 3", "line 4", "line 5", "line 6", "line 9"]
    assert all("Traceback" not in e for e in errors)


def test_jsonl_exit_1_when_a_post_blocks(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("terms:\n  - term: wonder drug\n    severity: block\n", encoding="utf-8")
    stdin = "\n".join(
        json.dumps({"id": i, "text": t}) for i, t in enumerate(["Our new wonder drug!", "Flu shots are in."])
    ).encode()
    result = run_cli("--jsonl", "--policy", str(policy), "-", stdin=stdin)
    assert result.returncode == 1
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.decode().splitlines()]
    assert verdicts == ["block", "pass"]
