"""The local console: CarePost's commands in a terminal, with no chat workspace."""

from __future__ import annotations

import re
import sys
from typing import TextIO

from bot.calendar import Calendar
from bot.calendar_text import calendar_reply
from bot.guardrails import ReviewInputError
from bot.report_text import render_report
from bot.services import Services

PROMPT = "carepost> "
HELP = """Commands:
  /review [platform:x] <text>   the guardrail report for a post
  /calendar [month | add <when> <platform> <title> | move <#> <when> | remove <#>]
                                the content calendar (the next 7 days by default)
  /help                         this list
  /quit                         leave (or Ctrl-D)
Coming soon here: /draft, /submit."""
COMING = {"/draft", "/submit", "/calendar", "/approve", "/remind"}
_PLATFORM_OPTION = re.compile(r"(?:^|\s)platform:(\S+)", re.IGNORECASE)


def split_platform(text: str) -> tuple[str, str | None]:
    """`platform:linkedin` anywhere in the text picks the platform; the rest is the post."""
    match = _PLATFORM_OPTION.search(text)
    if match is None:
        return text.strip(), None
    rest = (text[: match.start()].rstrip() + " " + text[match.end() :].lstrip()).strip()
    return rest, match.group(1)


class Console:
    def __init__(self, services: Services, out: TextIO | None = None) -> None:
        self.services = services
        self.out = out if out is not None else sys.stdout

    def handle(self, line: str) -> bool:
        """Answer one line; False when the person asked to leave."""
        line = line.strip()
        if not line:
            return True
        command, _, rest = line.partition(" ")
        command = command.lower()
        if command in ("/quit", "/exit"):
            return False
        if command == "/help":
            self._say(HELP)
        elif command == "/review":
            self._review(rest)
        elif command == "/calendar":
            self._say(calendar_reply(Calendar.from_services(self.services), rest, "console"))
        elif command in COMING:
            self._say(f"{command} is coming to the console soon; /review works now.")
        else:
            self._say("Start with a command, for example: /review Our flu clinic opens Monday. (/help lists them)")
        return True

    def _review(self, rest: str) -> None:
        text, platform = split_platform(rest)
        if not text:
            self._say("Paste the post after /review, for example: /review platform:x Flu shots are in!")
            return
        try:
            report = self.services.review(text, platform)
        except ReviewInputError as exc:
            self._say(f"Cannot review that: {exc}.")
            return
        self._say(render_report(report, color=self.out.isatty()))

    def _say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def run(self, source: TextIO | None = None) -> None:
        source = source if source is not None else sys.stdin
        interactive = source.isatty()
        self._say("CarePost local console. Type /help for commands, /quit to leave.")
        while True:
            if interactive:
                print(PROMPT, end="", file=self.out, flush=True)
            line = source.readline()
            if not line:
                break
            if not self.handle(line):
                break
