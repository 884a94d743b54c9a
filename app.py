"""CarePost's entry point: settings -> core services -> one front end -> scheduler."""

from __future__ import annotations

import logging
import sys

from bot.calendar_text import printing_sender
from bot.config import ConfigError, load_settings
from bot.policy import PolicyError
from bot.scheduler import CONSOLE_CHANNEL, start_scheduler, stop_scheduler
from bot.services import Services, build_services

log = logging.getLogger("carepost")


def main() -> int:
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"carepost: configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("apscheduler").setLevel(max(logging.WARNING, logging.getLogger().level))
    try:
        services = build_services(settings)
    except (PolicyError, ConfigError) as exc:
        print(f"carepost: {exc}", file=sys.stderr)
        return 2

    front_end = settings.front_end
    if front_end == "console" and "log_level" not in settings.model_fields_set:
        logging.getLogger().setLevel(logging.WARNING)  # the terminal is the console's: keep it quiet
    if front_end == "console":
        from handlers.console import Console

        console = Console(services)
        channel = settings.reminder_channel or CONSOLE_CHANNEL
        scheduler = start_scheduler(services, printing_sender(console.out), channel=channel)
        try:
            console.run()
        finally:
            stop_scheduler(scheduler)
        return 0
    return run_slack(services, socket_mode=front_end == "socket")


def run_slack(services: Services, *, socket_mode: bool) -> int:
    """Socket Mode or HTTP mode, as the environment asks; a bad token is one line, not a traceback."""
    from handlers.slack.app import SlackStartError, build_app
    from handlers.slack.runner import run_http, run_socket_mode

    try:
        slack_app = build_app(services, socket_mode=socket_mode)
    except SlackStartError as exc:
        print(f"carepost: {exc}", file=sys.stderr)
        return 2
    from handlers.slack.calendar import digest_sender

    scheduler = start_scheduler(services, digest_sender(slack_app.client))
    try:
        if socket_mode:
            run_socket_mode(slack_app, services)
        else:
            run_http(slack_app, services)
    finally:
        stop_scheduler(scheduler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
