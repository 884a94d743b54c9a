"""A fake OpenAI-compatible chat completions server on 127.0.0.1 that records every request.

Point `OPENAI_BASE_URL` (or an `OpenAI(base_url=...)`) at `fake.url`. Every POST is recorded as a
`RecordedRequest` (path, query, headers, raw body, parsed JSON). By default the answer is whatever
`fake.responder(body)` returns as the assistant message's content (a dict is sent as JSON text).
Queue special answers for the next requests with:

- `fake.answer(content)`: a scripted content (dict -> JSON text, str as is);
- `fake.fail(status, ...)`: an error status such as 429 (with `retry-after-ms`) or 500;
- `fake.slow(seconds, content=None)`: wait before answering (to trip the client's timeout);
- `fake.malformed()`: a 200 whose body is not JSON at all;
- `fake.reject_json_mode()`: a 400 for requests asking for `response_format`, as some local servers do.

Azure OpenAI paths (`/openai/deployments/<name>/chat/completions?api-version=...`) are answered too.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.config import Settings, load_settings

Responder = Callable[[dict[str, Any]], "dict[str, Any] | str"]


class _Server(ThreadingHTTPServer):
    """A burst of clients (a benchmark, 100 events at once) must queue, not be reset."""

    daemon_threads = True
    request_queue_size = 256


@dataclass
class RecordedRequest:
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    raw: bytes
    body: dict[str, Any] | None

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.body or {}).get("messages") or [])

    def message_text(self) -> str:
        """Every message's content, joined: what the model would read."""
        parts: list[str] = []
        for message in self.messages:
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts.extend(str(part.get("text", "")) for part in content if isinstance(part, dict))
        return "\n".join(parts)


@dataclass
class _Scripted:
    status: int = 200
    content: dict[str, Any] | str | None = None  # None: ask the responder
    headers: dict[str, str] = field(default_factory=dict)
    error: dict[str, Any] | None = None
    delay: float = 0.0
    malformed: bool = False


def default_responder(body: dict[str, Any]) -> dict[str, Any]:
    """A plausible answer with every field CarePost's schemas ask for (extra fields are ignored)."""
    return {
        "post": "Flu shots are free at our clinics this week. Learn more: https://www.cdc.gov/flu",
        "hashtags": ["#FluSeason"],
        "sources": ["CDC: https://www.cdc.gov/flu"],
        "image_alt_text": "A nurse giving a flu shot.",
        "summary": "The post reads clearly.",
        "concerns": [],
        "rewrite": "Flu shots are free at our clinics this week. Learn more: https://www.cdc.gov/flu",
    }


class FakeLLMServer:
    def __init__(self, responder: Responder | None = None) -> None:
        self.requests: list[RecordedRequest] = []
        self.responder: Responder = responder or default_responder
        self.model_name = "fake-model"
        self._queue: deque[_Scripted] = deque()
        self._reject_json_mode = False
        self._lock = threading.Condition()
        self._ids = itertools.count(1)
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-llm", daemon=True
        )

    @property
    def root(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        """The base URL an OpenAI client takes (`.../v1`)."""
        return self.root + "/v1"

    def start(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- scripting -------------------------------------------------------------------------

    def answer(self, content: dict[str, Any] | str, *, times: int = 1) -> None:
        self._push(_Scripted(content=content), times)

    def fail(
        self, status: int, *, times: int = 1, headers: dict[str, str] | None = None, message: str = "fake failure"
    ) -> None:
        """An error status; 429 gets `retry-after-ms: 10` unless headers say otherwise (keeps tests fast)."""
        default_headers = {"retry-after-ms": "10"} if status == 429 else {}
        error = {"error": {"message": message, "type": "fake_error", "code": str(status)}}
        self._push(_Scripted(status=status, headers=headers or default_headers, error=error), times)

    def slow(self, seconds: float, content: dict[str, Any] | str | None = None, *, times: int = 1) -> None:
        self._push(_Scripted(content=content, delay=seconds), times)

    def malformed(self, *, times: int = 1) -> None:
        self._push(_Scripted(malformed=True), times)

    def reject_json_mode(self, reject: bool = True) -> None:
        self._reject_json_mode = reject

    def _push(self, scripted: _Scripted, times: int) -> None:
        with self._lock:
            self._queue.extend(scripted for _ in range(times))

    # --- inspection ------------------------------------------------------------------------

    def all_sent_text(self) -> str:
        """Every message of every request, and the raw bodies, for leak checks."""
        with self._lock:
            requests = list(self.requests)
        parts = [r.message_text() for r in requests] + [r.raw.decode("utf-8", "replace") for r in requests]
        return "\n".join(parts)

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    # --- serving ---------------------------------------------------------------------------

    def _next(self) -> _Scripted | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def _completion(self, content: str, model: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-fake-{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # one segment per answer: no 40 ms delayed-ACK stalls

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    self.wfile.write(payload)

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = None
                parts = urlsplit(self.path)
                query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
                recorded = RecordedRequest(
                    parts.path, query, {k.lower(): v for k, v in self.headers.items()}, raw, body
                )
                with fake._lock:
                    fake.requests.append(recorded)
                    fake._lock.notify_all()
                if not parts.path.endswith("/chat/completions"):
                    self._send(404, json.dumps({"error": {"message": "not found"}}).encode())
                    return
                if fake._reject_json_mode and isinstance(body, dict) and "response_format" in body:
                    error = {"error": {"message": "response_format is not supported", "type": "invalid_request"}}
                    self._send(400, json.dumps(error).encode())
                    return
                scripted = fake._next() or _Scripted()
                if scripted.delay:
                    time.sleep(scripted.delay)
                if scripted.malformed:
                    self._send(200, b'{"id": "chatcmpl-broken", "choices": [{"message": ')
                    return
                if scripted.error is not None:
                    self._send(scripted.status, json.dumps(scripted.error).encode(), scripted.headers)
                    return
                content = scripted.content
                if content is None:
                    content = fake.responder(body if isinstance(body, dict) else {})
                text = content if isinstance(content, str) else json.dumps(content)
                model = str((body or {}).get("model") or fake.model_name)
                self._send(200, json.dumps(fake._completion(text, model)).encode(), scripted.headers)

        return Handler


def llm_settings(fake: FakeLLMServer, **overrides: object) -> Settings:
    """Settings pointing at the fake, with a short timeout and one retry (fast tests)."""
    values: dict[str, object] = {
        "openai_base_url": fake.url,
        "openai_api_key": "test-key",
        "openai_model": "fake-model",
        "llm_timeout_seconds": 2.0,
        "llm_max_retries": 1,
    }
    values.update(overrides)
    return load_settings(**values)
