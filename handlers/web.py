"""The HTTP front door: one ASGI app for Slack's events (and, later, Teams), served by uvicorn.

Bolt's own ASGI adapter calls the (synchronous) Bolt app on the event loop, so one slow request
would hold up every other; here each request is dispatched on a worker thread instead.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt import App, BoltRequest

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

SLACK_EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller; refuse anything bigger outright


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(send: Send, status: int, body: bytes, headers: dict[str, list[str]] | None = None) -> None:
    raw_headers = [(b"content-length", str(len(body)).encode())]
    for name, values in (headers or {"content-type": ["text/plain; charset=utf-8"]}).items():
        if name.lower() == "content-length":
            continue
        raw_headers.extend((name.encode("latin-1"), value.encode("latin-1")) for value in values)
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class WebApp:
    """Routes POST /slack/events to Bolt (on a thread) and answers GET /health."""

    def __init__(self, slack_app: App) -> None:
        self.slack_app = slack_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        if path == "/health" and method == "GET":
            await _respond(send, 200, json.dumps({"status": "ok"}).encode(), {"content-type": ["application/json"]})
            return
        if path != SLACK_EVENTS_PATH:
            await _respond(send, 404, b"Not Found")
            return
        if method != "POST":
            await _respond(send, 405, b"Method Not Allowed")
            return
        body = await _read_body(receive)
        if body is None:
            await _respond(send, 413, b"Payload Too Large")
            return
        headers: dict[str, list[str]] = {}
        for name, value in scope.get("headers", []):
            headers.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
        request = BoltRequest(
            body=body.decode("utf-8", errors="replace"),
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
        )
        response = await asyncio.to_thread(self.slack_app.dispatch, request)
        await _respond(send, response.status, response.body.encode("utf-8"), response.headers)
