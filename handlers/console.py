"""The local console: CarePost's commands in a terminal, with no chat workspace."""

from __future__ import annotations

import re
import sys
from typing import TextIO

from bot.approvals import ApprovalError
from bot.calendar import Calendar
from bot.calendar_text import calendar_reply
from bot.drafting import Draft, DraftInputError, DraftRequestFailed
from bot.drafting_options import SYNTAX_HELP, DraftOptionsError, parse_draft_options
from bot.guardrails import ReviewInputError
from bot.llm import LLMError
from bot.report_text import render_report
from bot.services import Services

PROMPT = "carepost> "
HELP = """Commands:
  /review [platform:x] <text>   the guardrail report for a post
  /draft [options] <topic>      a draft from the LLM, reviewed (needs OPENAI_* settings)
  /retry <request>              run a draft request that failed again
  /submit [platform:x] <text>   submit a post for approval (approvers decide in Slack)
  /calendar [month | add <when> <platform> <title> | move <#> <when> | remove <#>]
                                the content calendar (the next 7 days by default)
  /help                         this list
  /quit                         leave (or Ctrl-D)"""
CONSOLE_USER = "console"

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
        elif command == "/draft":
            self._draft(rest)
        elif command == "/retry":
            self._retry(rest.strip())
        elif command == "/submit":
            self._submit(rest)
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

    def _draft(self, rest: str) -> None:
        if self.services.llm is None:
            self._say("Drafting needs an LLM: set OPENAI_API_KEY (or OPENAI_BASE_URL). /review works without one.")
            return
        if not rest.strip():
            self._say(f"Say what the post is about after /draft. {SYNTAX_HELP}")
            return
        try:
            drafts = self.services.drafting.create(parse_draft_options(rest), CONSOLE_USER)
        except (DraftOptionsError, DraftInputError) as exc:
            self._say(f"Cannot draft that: {exc}")
            return
        except DraftRequestFailed as exc:
            self._show_drafts(exc.drafts)
            self._say(f"{exc.message} Your request is kept: type /retry {exc.request_id} to try again.")
            return
        except LLMError as exc:
            self._say(f"The LLM could not draft this: {exc}")
            return
        self._show_drafts(drafts)

    def _retry(self, request_id: str) -> None:
        if not request_id:
            self._say("Give the request to retry, for example: /retry 3f2a...")
            return
        try:
            self._show_drafts(self.services.drafting.retry(request_id, CONSOLE_USER))
        except DraftRequestFailed as exc:
            self._say(f"{exc.message} The request is still kept: /retry {exc.request_id}")
        except (DraftInputError, LLMError) as exc:
            self._say(f"Cannot retry that: {exc}")

    def _show_drafts(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            self._say(f"--- Draft {draft.id} v{draft.version} for {draft.platform} ({draft.model}) ---")
            self._say(draft.text)
            if draft.withheld:
                self._say(f"(Withheld from the LLM: {', '.join(draft.withheld)}.)")
            self._say(render_report(draft.report, color=self.out.isatty()))

    def _submit(self, rest: str) -> None:
        text, platform = split_platform(rest)
        if not text:
            self._say("Paste the post after /submit, for example: /submit platform:x Flu shots are in!")
            return
        try:
            post = self.services.approvals.submit(text, CONSOLE_USER, platform=platform, source="console")
        except (ApprovalError, ReviewInputError) as exc:
            self._say(f"Cannot submit that: {exc}")
            return
        if post.state == "blocked":
            self._say(f"Post #{post.id} is stored but blocked by the guardrails: fix it and submit again.")
        else:
            self._say(f"Post #{post.id} is waiting for approval ({post.required_approvals} needed).")

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
