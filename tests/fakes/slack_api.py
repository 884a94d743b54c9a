"""A fake Slack Web API on 127.0.0.1: records every call and answers as Slack would.

Point a WebClient (or SLACK_API_URL) at `fake.url`. Each call is recorded as a `SlackCall`
(method, params, token); `fake.respond(method, ...)` queues special answers such as a 429 with
Retry-After or `{"ok": false, "error": "channel_not_found"}`.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER_ID = "UCAREPOST"
BOT_ID = "BCAREPOST"
TEAM_ID = "T0001"


class _Server(ThreadingHTTPServer):
    """A burst of clients (a benchmark, 100 events at once) must queue, not be reset."""

    daemon_threads = True
    request_queue_size = 256


@dataclass
class SlackCall:
    method: str
    params: dict[str, Any]
    token: str | None

    def json_param(self, name: str) -> Any:
        """Blocks and views arrive as JSON, or as JSON strings in form posts."""
        value = self.params.get(name)
        return json.loads(value) if isinstance(value, str) else value


@dataclass
class _Canned:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class FakeSlackApi:
    def __init__(self) -> None:
        self.calls: list[SlackCall] = []
        self._queued: dict[str, deque[_Canned]] = defaultdict(deque)
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-slack", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def start(self) -> FakeSlackApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def respond(
        self,
        method: str,
        body: dict[str, Any],
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` get this answer instead of the default."""
        with self._lock:
            for _ in range(times):
                self._queued[method].append(_Canned(status, body, headers or {}))

    def calls_to(self, method: str) -> list[SlackCall]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[SlackCall]:
        """Block until `method` was called `count` times (lazy listeners reply after the ack)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                calls = [call for call in self.calls if call.method == method]
                if len(calls) >= count:
                    return calls
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = sorted({call.method for call in self.calls})
                    raise AssertionError(f"{method} called {len(calls)} of {count} times; calls seen: {seen}")
                self._lock.wait(remaining)

    def _default(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        channel = params.get("channel") or "C0FAKE"
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "team_id": TEAM_ID, "user": "carepost"}
        if method in ("chat.postMessage", "chat.update"):
            return {"ok": True, "channel": channel, "ts": params.get("ts") or ts, "message": {"ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "conversations.open":
            users = str(params.get("users", "U0"))
            return {"ok": True, "channel": {"id": "D" + users.split(",")[0]}}
        if method in ("views.open", "views.update", "views.push", "views.publish"):
            return {"ok": True, "view": {"id": "V" + ts.replace(".", ""), "hash": ts}}
        if method == "chat.getPermalink":
            return {"ok": True, "permalink": f"https://example.slack.com/archives/{channel}/p{ts.replace('.', '')}"}
        if method == "users.info":
            user = params.get("user", "U0")
            return {"ok": True, "user": {"id": user, "name": user.lower(), "tz": "America/New_York"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": "ws://127.0.0.1:9/socket"}
        return {"ok": True}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                method = self.path.rsplit("/", 1)[-1].split("?", 1)[0]
                raw = self.rfile.read(int(self.headers.get("content-length") or 0)).decode("utf-8")
                if "json" in (self.headers.get("content-type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {key: values[-1] for key, values in parse_qs(raw).items()}
                auth = self.headers.get("authorization") or ""
                token = auth.removeprefix("Bearer ") or params.get("token")
                with fake._lock:
                    fake.calls.append(SlackCall(method, params, token))
                    queue = fake._queued.get(method)
                    canned = queue.popleft() if queue else None
                    fake._lock.notify_all()
                if canned is None:
                    canned = _Canned(200, fake._default(method, params))
                payload = json.dumps(canned.body).encode()
                self.send_response(canned.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in canned.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST

        return Handler
