"""Drafts and their versions in SQLite (tables `drafts`, `draft_versions`; versions are append-only)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from bot.drafting_options import DraftOptions
from bot.guardrails.findings import Finding, PlatformInfo, Readability, Report
from bot.redaction import PLACEHOLDER
from bot.store import Store, text_hash, utc_now


@dataclass(frozen=True)
class Draft:
    """One version of a draft: its text, its review and where it came from."""

    id: str
    version: int
    platform: str
    text: str  # what would be published: the post and its hashtags
    post: str
    hashtags: tuple[str, ...]
    sources: tuple[str, ...]
    image_alt_text: str | None
    report: Report = field(repr=False)
    topic: str = field(repr=False)
    options: DraftOptions = field(repr=False)
    author: str = ""
    actor: str = ""
    origin: str = "created"  # created | regenerated | refined | edited
    instruction: str | None = field(repr=False, default=None)
    model: str | None = None
    prompt_version: str | None = None
    attempts: int = 0  # LLM answers it took (2 when the first was blocked); 0 for an edit
    withheld: tuple[str, ...] = ()  # what was kept from the LLM, e.g. ("a patient's name",)
    request_id: str | None = None
    text_hash: str = ""
    created_at: str = ""

    @property
    def verdict(self) -> str:
        return self.report.verdict

    @property
    def blocked(self) -> bool:
        return self.report.blocked

    @property
    def placeholders(self) -> list[str]:
        """Placeholders for withheld patient details still in the text (to fill in, with permission)."""
        return sorted(set(PLACEHOLDER.findall(self.text)))


@dataclass(frozen=True)
class NewVersion:
    """What a version is made of, before it is stored."""

    platform: str
    origin: str
    actor: str
    text: str
    post: str
    report: Report
    hashtags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    image_alt_text: str | None = None
    instruction: str | None = None
    model: str | None = None
    prompt_version: str | None = None
    attempts: int = 0
    withheld: tuple[str, ...] = ()
    request_id: str | None = None


class DraftNotFoundError(LookupError):
    """No draft has this id."""


def report_to_json(report: Report) -> str:
    data = report.to_dict()
    data["findings"] = [{**f.to_dict(), "kind": f.kind} for f in report.findings]
    return json.dumps(data, sort_keys=True)


def report_from_json(raw: str, text: str) -> Report:
    data = json.loads(raw)
    readability = data.get("readability") or {}
    platform = data.get("platform") or {}
    return Report(
        verdict=data["verdict"],
        findings=tuple(Finding(**finding) for finding in data.get("findings", [])),
        readability=Readability(grade=readability.get("grade"), target=readability.get("target", 8.0)),
        platform=PlatformInfo(
            name=platform.get("name"), length=platform.get("length", len(text)), limit=platform.get("limit")
        ),
        text=text,
    )


_COLUMNS = (
    "v.draft_id, v.version, v.platform, v.text, v.post, v.hashtags, v.sources, v.image_alt_text, v.review, "
    "d.topic, d.options, d.author, v.actor, v.origin, v.instruction, v.model, v.prompt_version, v.attempts, "
    "v.withheld, v.request_id, v.text_hash, v.created_at"
)


def _draft(row: tuple[Any, ...]) -> Draft:
    (draft_id, version, platform, text, post, hashtags, sources, alt, review, topic, options, author, actor,
     origin, instruction, model, prompt_version, attempts, withheld, request_id, hashed, created_at) = row
    return Draft(
        id=draft_id, version=version, platform=platform, text=text, post=post,
        hashtags=tuple(json.loads(hashtags)), sources=tuple(json.loads(sources)), image_alt_text=alt,
        report=report_from_json(review, text), topic=topic, options=DraftOptions.from_dict(json.loads(options)),
        author=author, actor=actor, origin=origin, instruction=instruction, model=model,
        prompt_version=prompt_version, attempts=attempts, withheld=tuple(json.loads(withheld)),
        request_id=request_id, text_hash=hashed, created_at=created_at,
    )


class DraftStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, options: DraftOptions, author: str, first: NewVersion) -> Draft:
        draft_id = "dr_" + uuid.uuid4().hex[:12]
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO drafts (id, request_id, topic, options, author, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [draft_id, first.request_id, options.topic, json.dumps(options.to_dict()), author, utc_now()],
            )
            self._insert_version(db, draft_id, first)
        return self.get(draft_id)

    def add_version(self, draft_id: str, new: NewVersion) -> Draft:
        with self.store.transaction() as db:
            if db.execute("SELECT 1 FROM drafts WHERE id = ?", [draft_id]).fetchone() is None:
                raise DraftNotFoundError(draft_id)
            version = self._insert_version(db, draft_id, new)
        return self.get(draft_id, version)

    def _insert_version(self, db: Any, draft_id: str, new: NewVersion) -> int:
        row = db.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM draft_versions WHERE draft_id = ?", [draft_id])
        version = int(row.fetchone()[0])
        db.execute(
            "INSERT INTO draft_versions (draft_id, version, platform, origin, actor, text, text_hash, post, hashtags, "
            "sources, image_alt_text, instruction, model, prompt_version, attempts, verdict, review, withheld, "
            "request_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                draft_id, version, new.platform, new.origin, new.actor, new.text, text_hash(new.text), new.post,
                json.dumps(list(new.hashtags)), json.dumps(list(new.sources)), new.image_alt_text, new.instruction,
                new.model, new.prompt_version, new.attempts, new.report.verdict, report_to_json(new.report),
                json.dumps(list(new.withheld)), new.request_id, utc_now(),
            ],
        )
        return version

    def get(self, draft_id: str, version: int | None = None) -> Draft:
        """A version of a draft (the latest when `version` is None)."""
        sql = f"SELECT {_COLUMNS} FROM draft_versions v JOIN drafts d ON d.id = v.draft_id WHERE v.draft_id = ?"
        params: list[Any] = [draft_id]
        if version is not None:
            sql += " AND v.version = ?"
            params.append(version)
        row = self.store.db.execute(sql + " ORDER BY v.version DESC LIMIT 1", params).fetchone()
        if row is None:
            raise DraftNotFoundError(draft_id)
        return _draft(row)

    def recent_by_author(self, author: str, limit: int = 10) -> list[Draft]:
        """The author's most recent drafts, each at its latest version, newest first."""
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM draft_versions v JOIN drafts d ON d.id = v.draft_id "
            "WHERE d.author = ? AND v.version = (SELECT MAX(version) FROM draft_versions WHERE draft_id = d.id) "
            "ORDER BY v.created_at DESC LIMIT ?",
            [author, limit],
        ).fetchall()
        return [_draft(row) for row in rows]

    def history(self, draft_id: str) -> list[Draft]:
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM draft_versions v JOIN drafts d ON d.id = v.draft_id "
            "WHERE v.draft_id = ? ORDER BY v.version",
            [draft_id],
        ).fetchall()
        if not rows:
            raise DraftNotFoundError(draft_id)
        return [_draft(row) for row in rows]
