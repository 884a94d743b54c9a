"""The LLM's instructions, as versioned plain-text files in `prompts/`.

Each file starts with a `version: N` line; lines starting with `# ` are notes for the people who edit
them and are not sent. `{{name}}` marks a value CarePost fills in; a name with no value is an error,
so a typo in a prompt file fails a test instead of reaching the LLM. Every draft records the versions
of the files that made it (`Prompt.tag`, e.g. `draft@1+guardrails@1+platforms@1`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.guardrails.platform import limits_for
from bot.policy import Policy

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_VERSION = re.compile(r"^version:\s*(\S+)\s*$")
_SLOT = re.compile(r"\{\{\s*(\w+)\s*\}\}")


class PromptError(ValueError):
    """A prompt file is missing, has no version line, or names a value nobody gives it."""


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    body: str

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def render(self, **values: object) -> str:
        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in values:
                raise PromptError(f"prompt {self.name} asks for {{{{{key}}}}}, which was not given")
            return str(values[key])

        return _SLOT.sub(fill, self.body).strip()


@lru_cache(maxsize=32)
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> Prompt:
    path = directory / f"{name}.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raise PromptError(f"prompt file {path} cannot be read") from None
    lines = raw.splitlines()
    match = _VERSION.match(lines[0]) if lines else None
    if match is None:
        raise PromptError(f"prompt file {path} must start with a 'version: N' line")
    body = "\n".join(line for line in lines[1:] if not line.startswith("# "))
    return Prompt(name=name, version=match.group(1), body=body)


def platform_norms(name: str) -> str:
    """The norms line for `name` from prompts/platforms.txt."""
    for line in load_prompt("platforms").body.splitlines():
        key, _, norms = line.partition(":")
        if key.strip().lower() == name:
            return norms.strip()
    return "Follow the platform's usual norms."


def policy_rules(policy: Policy) -> str:
    """The policy file's terms and disclaimers as rules the LLM can follow."""
    rules: list[str] = []
    for term in policy.terms:
        instead = f'; write "{term.replacement}" instead' if term.replacement else ""
        why = f" ({term.reason})" if term.reason else ""
        rules.append(f'   - Do not write "{term.term}"{instead}.{why}')
    for disclaimer in policy.disclaimers:
        where = f"on {', '.join(disclaimer.platforms)}" if disclaimer.platforms else "on every platform"
        when = f" when the post mentions {', '.join(disclaimer.topics)}" if disclaimer.topics else ""
        rules.append(f'   - {where.capitalize()}{when}, include: "{disclaimer.text}"')
    return "\n".join(rules) if rules else "   - none beyond the rules above."


def guardrails_text(policy: Policy) -> str:
    return load_prompt("guardrails").render(
        reading_grade=f"{policy.reading_grade_target:g}", policy_rules=policy_rules(policy)
    )


def prompt_tag(task: str) -> str:
    """The versions of every file a `task` prompt is made of, as stored with each draft."""
    return "+".join(load_prompt(name).tag for name in (task, "guardrails", "platforms"))


def platform_rules(platform: str | None, policy: Policy) -> dict[str, str]:
    """The platform slots of a task prompt: its name, norms, length and hashtag rules."""

    if platform is None:
        return {
            "platform": "social media",
            "platform_norms": "Suit the platform the post is meant for.",
            "length_rule": "About as long as the original.",
            "hashtag_rule": "",
        }
    limits = limits_for(platform, policy)
    counted = " (every link counts as 23)" if platform == "x" else ""
    hashtags = f"At most {limits.hashtags} hashtags." if limits.hashtags is not None else ""
    return {
        "platform": platform,
        "platform_norms": platform_norms(platform),
        "length_rule": f"at most {limits.length:,} characters as {platform} counts them{counted}, hashtags included.",
        "hashtag_rule": hashtags,
    }
