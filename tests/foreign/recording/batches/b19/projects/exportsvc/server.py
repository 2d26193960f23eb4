"""Tiny export API for the reporting team: GET /api/export?day=YYYY-MM-DD"""
import json
import os
import traceback
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

EXPORT_DIR = os.environ.get("EXPORT_DIR", "exports")


class Handler(BaseHTTPRequestHandler):
    def send_json(self, status, payload):
        body = (json.dumps(payload) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/api/export":
            return self.send_json(404, {"error": "not found", "path": url.path})
        day = parse_qs(url.query).get("day", [""])[0]
        try:
            with open(os.path.join(EXPORT_DIR, f"{day}.json")) as fh:
                rows = json.load(fh)
        except Exception as exc:
            traceback.print_exc()
            return self.send_json(500, {"error": f"{type(exc).__name__}: {exc}"})
        self.send_json(200, {"day": day, "rows": rows})


if __name__ == "__main__":
    print(f"serving exports from {EXPORT_DIR!r} on :8077", flush=True)
    HTTPServer(("127.0.0.1", 8077), Handler).serve_forever()
