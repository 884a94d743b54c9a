"""Approvers clicking at once: one outcome is recorded, never a double approval."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.approvals import ApprovalService
from bot.approvals_model import AlreadyDecided, ApprovalError, Post
from bot.policy import Policy
from bot.store import Store

APPROVERS = [f"U0APPR{i}" for i in range(6)]
TEXT = "Our walk-in flu clinic is open Saturday from 9 to noon."


def _policy(required: int) -> Policy:
    return Policy.model_validate({"approvals": {"approvers": APPROVERS, "required": required}})


def _race(services: list[ApprovalService], post: Post, actors: list[str]) -> tuple[list[str], list[ApprovalError]]:
    barrier = threading.Barrier(len(actors))
    won: list[str] = []
    lost: list[ApprovalError] = []
    lock = threading.Lock()

    def click(service: ApprovalService, actor: str) -> None:
        barrier.wait()
        try:
            service.approve(post.id, actor, text_hash=post.text_hash)
        except ApprovalError as exc:
            with lock:
                lost.append(exc)
        else:
            with lock:
                won.append(actor)

    threads = [
        threading.Thread(target=click, args=(services[i % len(services)], actor)) for i, actor in enumerate(actors)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return won, lost


@pytest.mark.parametrize("separate_connections", [False, True], ids=["one store", "a store per approver"])
def test_two_approvers_at_once_record_one_approval(tmp_path: Path, separate_connections: bool) -> None:
    path = tmp_path / "race.db"
    stores = [Store(path) for _ in range(2 if separate_connections else 1)]
    try:
        services = [ApprovalService(store, _policy(1)) for store in stores]
        for attempt in range(5):
            post = services[0].submit(f"{TEXT} ({attempt})", "U0AUTHOR")
            won, lost = _race(services, post, APPROVERS[:2])
            assert len(won) == 1, (won, lost)
            assert len(lost) == 1 and isinstance(lost[0], AlreadyDecided)
            assert "already approved" in lost[0].message
            final = services[0].get_post(post.id)
            assert final.state == "approved" and final.approvers == tuple(won)
            outcomes = stores[0].db.execute(
                "SELECT COUNT(*) FROM decisions WHERE post_id = ? AND outcome = 'approved'", [post.id]
            ).fetchone()[0]
            assert outcomes == 1
    finally:
        for store in stores:
            store.close()


def test_many_approvers_at_once_with_two_required(tmp_path: Path) -> None:
    stores = [Store(tmp_path / "race.db") for _ in range(3)]
    try:
        services = [ApprovalService(store, _policy(2)) for store in stores]
        post = services[0].submit(TEXT, "U0AUTHOR")
        won, lost = _race(services, post, APPROVERS)
        assert len(won) == 2 and len(lost) == len(APPROVERS) - 2
        final = services[0].get_post(post.id)
        assert final.state == "approved" and sorted(final.approvers) == sorted(won)
        assert [d.outcome for d in final.decisions] == [None, "approved"]
    finally:
        for store in stores:
            store.close()


def test_the_same_approver_double_clicking_counts_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "race.db")
    try:
        service = ApprovalService(store, _policy(2))
        post = service.submit(TEXT, "U0AUTHOR")
        won, lost = _race([service], post, [APPROVERS[0]] * 4)
        assert len(won) == 1 and len(lost) == 3
        assert all("already approved" in exc.message for exc in lost)
        assert service.get_post(post.id).state == "pending"
    finally:
        store.close()
