"""The `misinfo` check: statements that contradict established medical evidence, from a table of known myths.

A myth matches only when the post asserts it: a negation inside the statement ("vaccines don't cause
autism"), a question ("Do vaccines cause autism?") or a myth-busting frame ("Myth: ...", "It's not
true that ...", a rebuttal in the next sentence) means the post is correcting it.
"""

from __future__ import annotations

from bot.guardrails.claim_triggers import register, word_starts
from bot.guardrails.context import ReviewContext
from bot.guardrails.findings import Finding
from bot.guardrails.misinfo_causes import find_unfounded_causes
from bot.guardrails.misinfo_families import FAMILY_MYTHS
from bot.guardrails.misinfo_frames import framed_as_myth, states_fact
from bot.guardrails.misinfo_knowledge import find_known
from bot.guardrails.misinfo_links import LINKS, names_antibiotic_by_suffix
from bot.guardrails.misinfo_myths import VACCINE_AND_INFECTION_MYTHS, Myth
from bot.guardrails.misinfo_myths_general import GENERAL_MYTHS
from bot.guardrails.misinfo_pairs import find_pairs
from bot.guardrails.misinfo_table_more import TABLE

MYTHS: tuple[Myth, ...] = VACCINE_AND_INFECTION_MYTHS + GENERAL_MYTHS + LINKS + FAMILY_MYTHS
_present_topics = register("misinfo", {myth.key: myth.topic for myth in MYTHS})


def find_myths(ctx: ReviewContext) -> list[tuple[Myth, int, int]]:
    """Every asserted myth as (myth, start, end); cached on the context for the `claim` check."""
    cached = ctx.extra.get("_misinfo_matches")
    if cached is not None:
        return cached
    found: list[tuple[Myth, int, int]] = []
    topics = _present_topics(ctx)
    if names_antibiotic_by_suffix(ctx):
        topics = topics | {"link_antibiotic_virus"}
    for myth in MYTHS:
        if myth.key not in topics:
            continue
        if myth.anchors is not None:
            matches = myth.claim.match_at(ctx, word_starts(ctx, myth.anchors))
        else:
            matches = myth.claim.scan(ctx)
        for match in matches:
            if states_fact(ctx, match) or framed_as_myth(ctx, match.start()):
                continue
            found.append((myth, match.start(), match.end()))
    found.extend(find_pairs(ctx))  # type: ignore[arg-type]  # a Pair has the fields a finding needs
    found.extend(find_unfounded_causes(ctx))
    found.extend(find_known(ctx, TABLE))  # type: ignore[arg-type]  # a KnownMyth has the fields a finding needs
    ctx.extra["_misinfo_matches"] = found
    return found


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for myth, start, end in find_myths(ctx):
        if any(s < end and start < e for s, e in seen):
            continue
        seen.add((start, end))
        findings.append(
            Finding(
                check="misinfo",
                severity="block",
                start=start,
                end=end,
                excerpt=ctx.text[start:end],
                message=myth.message,
                suggestion=myth.fact,
                kind=myth.key,
            )
        )
    return findings
