"""`realcast browse --serve`: the built site over HTTP on 127.0.0.1 only, never on another interface."""
from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files of the site folder; one log line per request would bury the line saying where it is."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def site_server(site: Path, port: int) -> ThreadingHTTPServer:
    """A server of `site` on 127.0.0.1:`port` (0: a free port); OSError when the port is taken."""
    return ThreadingHTTPServer((HOST, port), partial(_QuietHandler, directory=str(site)))


def address(server: ThreadingHTTPServer) -> str:
    """The index page's URL."""
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/index.html"
