"""The command line: one module a command, each adding its subparser with `register`."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.cli import audit, calendar, remind, review

COMMANDS = (review, audit, calendar, remind)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2, like every other input error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m bot", description="CarePost from the command line.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
