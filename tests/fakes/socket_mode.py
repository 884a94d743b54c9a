"""A loopback stand-in for Slack's Socket Mode endpoint: a WebSocket server that sends envelopes.

Give its `url` to the fake Web API's `apps.connections.open` answer; the app connects, gets a
`hello`, and then whatever `send_envelope` sends. Acknowledgements (`{"envelope_id": ...}`) are
collected; `wait_for_ack(envelope_id)` returns the one for an envelope.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

_ids = itertools.count(1)


class FakeSocketModeServer:
    def __init__(self) -> None:
        self.acks: dict[str, dict[str, Any]] = {}
        self.received: list[dict[str, Any]] = []
        self._connections: list[ServerConnection] = []
        self._lock = threading.Condition()
        self._server: Server = serve(self._handle, "127.0.0.1", 0)
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-socket-mode", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.socket.getsockname()[:2]
        return f"ws://{host}:{port}/link/?ticket=fake"

    def start(self) -> FakeSocketModeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.close()
        self._server.shutdown()

    def wait_for_connection(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while not self._connections:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("the app never connected to the Socket Mode endpoint")
                self._lock.wait(remaining)

    def send_envelope(self, kind: str, payload: dict[str, Any], *, accepts_response_payload: bool = True) -> str:
        """Send an envelope (kind: slash_commands, interactive or events_api); returns its envelope_id."""
        envelope_id = f"env-{next(_ids)}"
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        with self._lock:
            connection = self._connections[-1]
        connection.send(json.dumps(envelope))
        return envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._lock:
            while envelope_id not in self.acks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no acknowledgement for {envelope_id}")
                self._lock.wait(remaining)
            return self.acks[envelope_id]

    def _handle(self, connection: ServerConnection) -> None:
        with self._lock:
            self._connections.append(connection)
            self._lock.notify_all()
        hello = {"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}, "connection_info": {}}
        connection.send(json.dumps(hello))
        try:
            for raw in connection:
                message = json.loads(raw)
                with self._lock:
                    self.received.append(message)
                    if "envelope_id" in message:
                        self.acks[message["envelope_id"]] = message
                    self._lock.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                if connection in self._connections:
                    self._connections.remove(connection)
