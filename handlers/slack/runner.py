"""Starting the Slack front end: Socket Mode, or HTTP mode behind uvicorn."""

from __future__ import annotations

import logging

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.services import Services
from handlers.slack.app import build_client
from handlers.web import WebApp

log = logging.getLogger(__name__)


def http_server(app: App, services: Services, *, port: int | None = None, log_level: str = "info") -> uvicorn.Server:
    """A uvicorn server for the app (not started): POST /slack/events, GET /health."""
    settings = services.settings
    config = uvicorn.Config(
        WebApp(app),
        host=settings.host,
        port=settings.port if port is None else port,
        log_level=log_level,
        access_log=False,  # access lines carry nothing useful and Slack's query strings
        lifespan="on",
    )
    return uvicorn.Server(config)


def run_http(app: App, services: Services) -> None:
    log.info("HTTP mode: Slack events at POST /slack/events on port %s", services.settings.port)
    http_server(app, services, log_level=services.settings.log_level.lower()).run()


def socket_mode_handler(app: App, services: Services) -> SocketModeHandler:
    """Socket Mode over the builtin WebSocket client; apps.connections.open goes to SLACK_API_URL too."""
    app_client = build_client(services, token=services.settings.slack_app_token)
    handler = SocketModeHandler(app, app_token=services.settings.slack_app_token, web_client=app_client)
    return handler


def run_socket_mode(app: App, services: Services) -> None:
    log.info("Socket Mode: connecting to Slack")
    socket_mode_handler(app, services).start()
