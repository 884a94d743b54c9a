"""What CarePost does for a request made in conversation: review, draft, refine, help, or ask.

Each answer goes in the thread of the request. In a channel, patient details in a report are masked
and the person who asked sees them in full, ephemerally; in a direct message nothing is masked.
Drafts written here are remembered with their thread, so a reply there refines them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.drafting import Draft, DraftInputError, DraftNotFoundError, DraftRequestFailed
from bot.drafting_options import SYNTAX_HELP, DraftOptionsError
from bot.guardrails import ReviewInputError
from bot.intent_model import DraftRequest
from bot.llm import LLMError
from bot.masking import mask_report, mask_text, phi_findings
from bot.second_opinion import SecondOpinionFailed
from bot.services import Services
from bot.threads import DraftThreads, ThreadDraft, drafts_to_refine
from handlers.slack import opinion
from handlers.slack.conversation_blocks import MASKED_NOTE, plain_reply, private_excerpts
from handlers.slack.draft import NO_LLM
from handlers.slack.draft_blocks import draft_blocks, draft_fallback, failure_blocks, platform_label
from handlers.slack.report_blocks import report_blocks, report_fallback
from handlers.slack.review import ENGINE_ONLY
from handlers.slack.thread_replies import Thread

log = logging.getLogger(__name__)

HELP = (
    "I can *review* a post before it goes out, or *draft* one for you. Ask me in plain words:\n"
    "• `review: <your text>` or `is this OK to post on LinkedIn? <your text>`\n"
    "• `draft a LinkedIn post for World Diabetes Day for caregivers`\n"
    "• In a draft's thread, reply `shorter`, `friendlier`, `add a source` or `make an Instagram version`.\n"
    "`/review` and `/draft` do the same. In a channel, mention me: @CarePost review: <text>"
)
NO_POST = "What should I review? Send `review:` followed by the text, or paste the text after your question."
NO_TOPIC = "What should the post be about? For example: `draft a LinkedIn post for World Diabetes Day for caregivers`"
ALREADY_REVIEWED = "Every version in this thread has been reviewed: its report is under the draft."


@dataclass(frozen=True)
class Turn:
    """One thing a person said to CarePost: where, who, the words (plain text, mention removed)."""

    channel: str
    user: str
    text: str
    ts: str
    thread_ts: str  # the thread answers go under: the message's thread, or the message itself
    in_dm: bool
    is_reply: bool  # the message itself is a reply in a thread


class ConversationActions:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.threads = DraftThreads(services.store)

    # --- review ---------------------------------------------------------------------------------

    def review(self, thread: Thread, turn: Turn, post: str, platform: str | None) -> None:
        if not post.strip():
            thread.post(NO_POST, plain_reply(NO_POST))
            return
        try:
            report = self.services.review(post, platform)
        except ReviewInputError as exc:
            thread.post(f"Cannot review that: {exc}.")
            return
        log.info("conversation review in %s: %s, %d findings", turn.channel, report.verdict, len(report.findings))
        llm_on = self.services.llm is not None
        has_phi = bool(phi_findings(report))
        shown = report if turn.in_dm else mask_report(report)
        notes = [opinion.COMING if llm_on else ENGINE_ONLY]
        if has_phi and not turn.in_dm:
            notes.insert(0, MASKED_NOTE)
        thread.post(report_fallback(shown), report_blocks(shown, notes=notes))
        if has_phi and not turn.in_dm:
            thread.whisper(turn.user, *private_excerpts(report))
        if llm_on:
            self._second_opinion(thread, turn, report)

    def _second_opinion(self, thread: Thread, turn: Turn, report) -> None:
        platform = report.platform.name
        try:
            advice = self.services.second_opinion(report.text, report, platform, actor=turn.user)
        except SecondOpinionFailed as exc:
            thread.post("No AI second opinion this time.", opinion.failure_blocks(exc.message, exc.request_id))
            return
        except LLMError as exc:
            thread.post(f"No AI second opinion: {exc.message}")
            return
        blocks = opinion.opinion_blocks(advice, platform, phi_safe=self.services.settings.llm_phi_safe)
        thread.post("An AI second opinion, with a suggested rewrite.", blocks)

    # --- draft ----------------------------------------------------------------------------------

    def draft(self, thread: Thread, turn: Turn, request: DraftRequest) -> None:
        if not request.topic.strip() and not request.explicit:
            thread.post(NO_TOPIC, plain_reply(NO_TOPIC))
            return
        try:
            options = request.options()
        except DraftOptionsError as exc:
            thread.post(f"{exc}\n{SYNTAX_HELP}")
            return
        if self.services.llm is None:
            thread.post(NO_LLM)
            return
        where = platform_label(options.platform) if options.platform != "all" else "each platform we post on"
        working = thread.post(f":writing_hand: Drafting a post for {where}…")
        log.info("conversation draft in %s for %s", turn.channel, options.platform)
        try:
            drafts = self.services.drafting.create(options, turn.user)
        except DraftRequestFailed as exc:
            self._show_drafts(thread, turn, exc.drafts, working)
            self._failed(thread, exc, None if exc.drafts else working)
            return
        except (DraftInputError, LLMError) as exc:
            thread.update(working, str(exc))
            return
        self._show_drafts(thread, turn, drafts, working)

    def _show_drafts(self, thread: Thread, turn: Turn, drafts: Sequence[Draft], working: str | None) -> None:
        for index, made in enumerate(drafts):
            shown = made if turn.in_dm else for_channel(made)
            text, blocks = draft_fallback(shown), draft_blocks(shown)
            ts = thread.update(working, text, blocks) if index == 0 else thread.post(text, blocks)
            self.threads.remember(turn.channel, thread.thread_ts, made.id, turn.user, ts)

    def _failed(self, thread: Thread, exc: DraftRequestFailed, working: str | None) -> None:
        """The LLM could not answer: a short message with Retry (the request is kept) in place of the progress."""
        text = f"The draft could not be written: {exc.message}"
        blocks = failure_blocks(exc.message, exc.request_id, len(exc.drafts))
        ts = working or thread.post(text, blocks)
        # The Retry button (handled by the /draft listeners) then updates this very message.
        value = json.dumps({"request": exc.request_id, "channel": thread.channel, "ts": ts}, separators=(",", ":"))
        blocks[-1]["elements"][0]["value"] = value
        thread.update(ts, text, blocks)

    # --- refine ---------------------------------------------------------------------------------

    def refine(self, thread: Thread, turn: Turn, held: Sequence[ThreadDraft]) -> None:
        if self.services.llm is None:
            thread.post(NO_LLM)
            return
        current: list[tuple[str, str]] = []
        for item in held:
            try:
                current.append((item.draft_id, self.services.drafting.get(item.draft_id).platform))
            except DraftNotFoundError:
                continue
        targets = drafts_to_refine(current, turn.text)
        if not targets:
            thread.post("That draft is no longer there; start again with `draft` and a topic.")
            return
        for draft_id in targets:
            self._refine_one(thread, turn, draft_id)

    def _refine_one(self, thread: Thread, turn: Turn, draft_id: str) -> None:
        before = self.services.drafting.get(draft_id)
        working = thread.post(
            f":hourglass_flowing_sand: Writing version {before.version + 1} of the {platform_label(before.platform)}"
            " draft…"
        )
        try:
            made = self.services.drafting.refine(draft_id, turn.text, turn.user)
        except DraftRequestFailed as exc:
            self._failed(thread, exc, working)
            return
        except (DraftInputError, LLMError) as exc:
            thread.update(working, str(exc))
            return
        log.info("draft %s refined to v%d in %s: %s", made.id, made.version, turn.channel, made.verdict)
        shown = made if turn.in_dm else for_channel(made)
        ts = thread.update(working, draft_fallback(shown), draft_blocks(shown))
        self.threads.remember(turn.channel, thread.thread_ts, made.id, turn.user, ts)

    # --- the rest -------------------------------------------------------------------------------

    def help(self, thread: Thread) -> None:
        thread.post(HELP, plain_reply(HELP))

    def ask(self, thread: Thread, question: str) -> None:
        thread.post(question, plain_reply(question))


def for_channel(draft: Draft) -> Draft:
    """The draft as a channel may see it: any patient detail the review found is masked."""
    if not phi_findings(draft.report):
        return draft
    return replace(
        draft, text=mask_text(draft.text, draft.report), post=mask_text(draft.post, draft.report),
        report=mask_report(draft.report),
    )
