"""CarePost's entry point: settings -> core services -> one front end -> scheduler."""

from __future__ import annotations

import logging
import sys

from bot.config import ConfigError, load_settings
from bot.policy import PolicyError
from bot.services import build_services

log = logging.getLogger("carepost")


def main() -> int:
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"carepost: configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        services = build_services(settings)
    except PolicyError as exc:
        print(f"carepost: {exc}", file=sys.stderr)
        return 2

    front_end = settings.front_end
    if front_end == "console":
        from handlers.console import Console

        Console(services).run()
        return 0
    print(f"carepost: the {front_end} front end is not available yet", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
