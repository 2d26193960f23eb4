"""The catalog service: a small JSON API on the standard library's threading HTTP server.

    python3 app.py --port 8000          # /health, /api/items, /api/items/<id>, /api/report
"""
import argparse
import json
import os
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).with_name("data") / "items.json"
REPORT_SECONDS = float(os.environ.get("REPORT_SECONDS", "1.5"))  # the report's query is slow on purpose


class Handler(BaseHTTPRequestHandler):
    server_version = "catalog/1.0"

    def do_GET(self):
        if self.path == "/health":
            return self.send_json(200, {"status": "ok"})
        if self.path == "/api/items":
            return self.send_json(200, json.loads(DATA.read_text()))
        if self.path.startswith("/api/items/"):
            items = {str(item["id"]): item for item in json.loads(DATA.read_text())}
            item = items.get(self.path.rsplit("/", 1)[-1])
            return self.send_json(200, item) if item else self.send_json(404, {"error": "no such item"})
        if self.path == "/api/report":
            time.sleep(REPORT_SECONDS)
            return self.send_json(200, {"items": len(json.loads(DATA.read_text()))})
        return self.send_json(404, {"error": "not found", "path": self.path})

    def send_json(self, status, body):
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"catalog listening on http://127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
