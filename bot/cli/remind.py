"""`python -m bot remind --now`: today's digest at once, to Slack (SLACK_BOT_TOKEN) or printed (--dry-run).

The send goes through the same once-a-day claim as the scheduled reminder: when today's digest has
already gone to the channel, it says so and sends nothing unless --force.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from bot.calendar import Calendar
from bot.calendar_text import render_digest
from bot.config import ConfigError, load_settings
from bot.policy import PolicyError
from bot.reminders import Reminders, Sender
from bot.services import Services, build_services

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("remind", help="send today's posting digest now (or print it with --dry-run)")
    parser.add_argument("--now", action="store_true", help="send today's digest now, whatever the time")
    parser.add_argument("--channel", help="the Slack channel ID (default: REMINDER_CHANNEL)")
    parser.add_argument("--dry-run", action="store_true", help="print the digest; send and record nothing")
    parser.add_argument("--force", action="store_true", help="send even if today's digest already went out")
    parser.set_defaults(run=run)


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    print(f"error: {message}", file=sys.stderr)
    return status


def _slack_sender(services: Services) -> Sender:
    """The Slack front end's sender. The command line is a front end here, so it borrows Slack's."""
    from handlers.slack.calendar import web_api_sender

    return web_api_sender(services)


def run(args: argparse.Namespace) -> int:
    if not args.now and not args.dry_run:
        return _fail("say --now to send today's digest (or --dry-run to print it); the daily one is scheduled")
    try:
        settings = load_settings()
        services = build_services(settings)
    except (ConfigError, PolicyError) as exc:
        return _fail(str(exc))
    except (sqlite3.Error, OSError) as exc:
        return _fail(f"cannot open the database: {exc}")
    try:
        calendar = Calendar.from_services(services)
        channel = args.channel or settings.reminder_channel
        if args.dry_run:
            print(render_digest(Reminders(services.store, calendar, channel or "-", _unused).preview()))
            return EXIT_OK
        if not channel:
            return _fail("no channel: give --channel C0123ABCD or set REMINDER_CHANNEL")
        if not settings.slack_bot_token:
            return _fail("SLACK_BOT_TOKEN is not set, so there is nowhere to send it; --dry-run prints it")
        reminders = Reminders(
            services.store, calendar, channel, _slack_sender(services), send_time=settings.reminder_time
        )
        outcome = reminders.send_now(force=args.force)
    finally:
        services.store.close()
    if outcome.status == "sent":
        print(f"Sent today's digest to {channel}.")
        return EXIT_OK
    if outcome.status == "already_sent":
        print(f"Today's digest already went to {channel} ({outcome.detail}); --force sends it again.")
        return EXIT_OK
    if outcome.status == "in_flight":
        print(f"Today's digest for {channel} is being sent ({outcome.detail}); --force sends it again.")
        return EXIT_OK
    return _fail(f"the digest could not be sent to {channel}: {outcome.detail or outcome.status}", EXIT_FAILED)


def _unused(channel: str, digest: object) -> None:
    raise RuntimeError("a dry run sends nothing")
