"""`python -m bot audit`: the export, and verification that notices tampering, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from bot.approvals import ApprovalService
from bot.cli import main
from bot.policy import Policy
from bot.store import Store, text_hash

APPROVED_TEXT = "Flu shots are in at our clinic this week. Walk in any weekday."
SENT_BACK_TEXT = "Join our heart health talk on Tuesday evening at the library."


@pytest.fixture
def db_path(store: Store) -> Path:
    """A database with one approved post and one sent back, as the app would leave it."""
    service = ApprovalService(store, Policy.model_validate({"approvals": {"approvers": ["U0ALICE"]}}))
    first = service.submit(APPROVED_TEXT, "U0AUTHOR")
    service.approve(first.id, "U0ALICE", text_hash=first.text_hash)
    second = service.submit(SENT_BACK_TEXT, "U0AUTHOR")
    service.request_changes(second.id, "U0ALICE", "Say which library.")
    store.close()
    return Path(store.path)


def run_cli(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    status = main(["audit", *args])
    out, err = capsys.readouterr()
    return status, out, err


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_export_is_every_row_as_json_lines_without_the_text(db_path: Path, capsys) -> None:
    status, out, err = run_cli(capsys, "--db", str(db_path))
    assert status == 0 and err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["action"] for r in rows] == [
        "post.submitted",
        "post.approval",
        "post.approved",
        "post.submitted",
        "post.changes_requested",
    ]
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[2]["text_hash"] == text_hash(APPROVED_TEXT) and rows[2]["details"]["approvers"] == ["U0ALICE"]
    assert "clinic" not in out and "library" not in out


def test_export_as_csv_from_a_date(db_path: Path, capsys) -> None:
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--since", "2000-01-01", "--csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and rows[0]["action"] == "post.submitted"
    assert set(rows[0]) == {"id", "at", "actor", "action", "subject", "text_hash", "details", "chain"}
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--since", "2999-01-01", "--csv")
    assert status == 0 and out.strip().splitlines() == ["id,at,actor,action,subject,text_hash,details,chain"]


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "01/11/2026", ""])
def test_a_bad_date_is_one_line_and_exit_2(db_path: Path, capsys, bad: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", "--db", str(db_path), "--since", bad])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not a date like 2026-11-01" in err


def test_a_missing_database_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    status, out, err = run_cli(capsys, "--db", str(tmp_path / "nope.db"), "--verify")
    assert status == 2 and out == ""
    assert err.strip() == f"error: there is no database at {tmp_path / 'nope.db'} (set DATABASE_PATH or pass --db)"
    assert not (tmp_path / "nope.db").exists()


def test_the_database_path_comes_from_the_environment(db_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    status, out, _ = run_cli(capsys, "--verify")
    assert status == 0 and out.startswith("audit verification passed")


def test_verify_passes_on_an_untouched_database(db_path: Path, capsys) -> None:
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--verify")
    assert status == 0
    assert "audit verification passed" in out
    assert "5 audit rows, ids 1..5 without a gap" in out
    assert "2 stored versions (1 approved) match their hashes" in out


def test_verify_names_an_approved_text_changed_after_approval(db_path: Path, capsys) -> None:
    tamper(
        db_path,
        "DROP TRIGGER post_versions_no_update",
        "UPDATE post_versions SET text = text || ' Now 100% guaranteed.' WHERE post_id = 1",
    )
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--verify")
    assert status == 1
    assert "FAILED" in out
    assert "post 1 version 1: the approved text no longer matches its SHA-256" in out
    assert "post_versions no longer refuses UPDATE" in out


def test_verify_finds_an_edited_audit_row(db_path: Path, capsys) -> None:
    tamper(
        db_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET actor = 'U0SOMEONE_ELSE' WHERE id = 2",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    )
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--verify")
    assert status == 1
    assert "audit row 2 does not match its seal" in out
    assert "audit row 3" not in out  # only the edited row is named


def test_verify_finds_deleted_audit_rows_in_the_middle_and_at_the_end(db_path: Path, capsys) -> None:
    tamper(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id IN (3, 5)")
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--verify")
    assert status == 1
    assert "audit rows 3..3 are missing" in out
    assert "audit rows 5..5 are missing (deleted from the end)" in out
    assert "audit_log no longer refuses DELETE" in out
    assert "post 1 is marked approved" not in out


def test_verify_finds_a_decision_missing_from_the_log(db_path: Path, capsys) -> None:
    tamper(
        db_path,
        "INSERT INTO decisions (post_id, version_id, text_hash, actor, decision, at) "
        "SELECT post_id, id, text_hash, 'U0BOB', 'approve', 'now' FROM post_versions WHERE post_id = 2",
    )
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--verify")
    assert status == 1
    assert "decision 3 on post 2 is not in the audit log" in out


def test_verify_finds_a_post_marked_approved_without_an_approval(db_path: Path, capsys) -> None:
    tamper(db_path, "UPDATE posts SET state = 'approved' WHERE id = 2")
    status, out, _ = run_cli(capsys, "--db", str(db_path), "--verify")
    assert status == 1
    assert "post 2 is marked approved, but no decision approved its current version" in out


def test_verify_does_not_write_to_the_database(db_path: Path, capsys) -> None:
    before = db_path.read_bytes()
    run_cli(capsys, "--db", str(db_path), "--verify")
    assert db_path.read_bytes() == before


def test_verify_with_since_is_refused(db_path: Path, capsys) -> None:
    status, _, err = run_cli(capsys, "--db", str(db_path), "--verify", "--since", "2026-11-01")
    assert status == 2 and "--verify checks the whole log" in err
