"""`python -m bot review`: the guardrail report for a text, a file, or a JSONL batch."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from bot.config import ConfigError, load_settings
from bot.guardrails import ReviewInputError, review
from bot.guardrails.engine import MAX_TEXT_CHARS
from bot.policy import Policy, PolicyError, load_policy
from bot.report_text import render_report

EXIT_OK, EXIT_BLOCKED, EXIT_BAD_INPUT = 0, 1, 2
# A JSONL line holds one post and a little JSON around it; past this it is not a post.
MAX_LINE_BYTES = MAX_TEXT_CHARS * 4 + 4096


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("review", help="review a post against the guardrails")
    parser.add_argument("source", nargs="?", default="-", help="a file with the post, or - for standard input")
    parser.add_argument("--platform", "-p", help="x, threads, instagram, facebook, linkedin or tiktok")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the report as one JSON object")
    out.add_argument(
        "--jsonl", action="store_true", help='read lines of {"id", "text", "platform"}, print one report a line'
    )
    parser.add_argument("--policy", help="the policy file (default: POLICY_PATH or the built-in one)")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _policy(args: argparse.Namespace) -> Policy:
    if args.policy:
        return load_policy(args.policy)
    return load_policy(load_settings().policy_path)


def _open_binary(source: str) -> IO[bytes]:
    if source == "-":
        return sys.stdin.buffer
    return open(source, "rb")


def run(args: argparse.Namespace) -> int:
    try:
        policy = _policy(args)
    except (PolicyError, ConfigError) as exc:
        return _fail(str(exc))
    try:
        handle = _open_binary(args.source)
    except OSError as exc:
        return _fail(f"cannot read {args.source}: {exc.strerror or exc}")
    try:
        if args.jsonl:
            return _review_lines(handle, args.platform, policy)
        return _review_one(handle, args, policy)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _review_one(handle: IO[bytes], args: argparse.Namespace, policy: Policy) -> int:
    raw = handle.read(MAX_TEXT_CHARS * 4 + 1)
    if len(raw) > MAX_TEXT_CHARS * 4:
        return _fail(f"the text is over {MAX_TEXT_CHARS:,} characters; CarePost reviews one post at a time")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _fail(f"the text is not UTF-8 (byte {exc.start})")
    try:
        report = review(text.strip("\n"), args.platform, policy)
    except ReviewInputError as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print(render_report(report, color=sys.stdout.isatty()))
    return EXIT_BLOCKED if report.blocked else EXIT_OK


def _parse_line(raw: bytes, default_platform: str | None) -> tuple[Any, str, str | None]:
    """(id, text, platform) from one JSONL line; ValueError with a short reason when unusable."""
    if len(raw) > MAX_LINE_BYTES:
        raise ValueError(f"the line is over {MAX_LINE_BYTES:,} bytes")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start})") from None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise ValueError('expected an object like {"id": ..., "text": ..., "platform": ...}')
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" is missing or not a string')
    platform = item.get("platform", default_platform)
    if platform is not None and not isinstance(platform, str):
        raise ValueError('"platform" must be a string')
    return item.get("id"), text, platform


def _review_lines(handle: IO[bytes], default_platform: str | None, policy: Policy) -> int:
    status = EXIT_OK
    bad = 0
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        item_id: Any = None
        try:
            item_id, text, platform = _parse_line(raw.rstrip(b"\r\n"), default_platform)
            report = review(text, platform, policy)
        except (ValueError, ReviewInputError) as exc:
            bad += 1
            print(f"error: line {number}: {exc}", file=sys.stderr)
            print(json.dumps({"id": item_id, "line": number, "error": str(exc)}, ensure_ascii=False))
            continue
        print(json.dumps({"id": item_id, **report.to_dict()}, ensure_ascii=False))
        if report.blocked:
            status = EXIT_BLOCKED
    return EXIT_BAD_INPUT if bad else status
