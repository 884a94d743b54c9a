"""`python -m bot audit`: export the audit log (`--since DATE [--csv]`) or verify it (`--verify`)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path

from bot.audit import export_rows, has_table, render, verify, write_csv, write_jsonl
from bot.config import ConfigError, load_settings

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-01") from None


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "audit",
        help="export the audit log, or verify it and the approved texts",
        description="Export the audit log (JSON lines, or CSV with --csv), or verify it with --verify.",
    )
    parser.add_argument("--since", type=_day, metavar="DATE", help="rows from this UTC day on (e.g. 2026-11-01)")
    parser.add_argument("--csv", action="store_true", help="CSV with a header row instead of JSON lines")
    parser.add_argument(
        "--verify", action="store_true", help="check the log and every approved text; exit 1 when something fails"
    )
    parser.add_argument("--db", metavar="PATH", help="the SQLite file (default: DATABASE_PATH or carepost.db)")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Read-only, so an audit never changes (or creates) the file it audits."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def run(args: argparse.Namespace) -> int:
    if args.verify and (args.since or args.csv):
        return _fail("--verify checks the whole log; use it without --since or --csv")
    try:
        path = Path(args.db) if args.db else load_settings().database_path
    except ConfigError as exc:
        return _fail(str(exc))
    if not path.is_file():
        return _fail(f"there is no database at {path} (set DATABASE_PATH or pass --db)")
    try:
        conn = _open_read_only(path)
    except sqlite3.Error as exc:
        return _fail(f"cannot open {path}: {exc}")
    try:
        if not has_table(conn, "audit_log"):
            return _fail(f"{path} has no audit log: it is not a CarePost database")
        if args.verify:
            result = verify(conn)
            print(render(result))
            return EXIT_OK if result.ok else EXIT_FAILED
        rows = export_rows(conn, args.since)
        (write_csv if args.csv else write_jsonl)(rows, sys.stdout)
        return EXIT_OK
    except sqlite3.DatabaseError as exc:
        return _fail(f"cannot read {path}: {exc}")
    finally:
        conn.close()
