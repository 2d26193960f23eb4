"""Tiny API behind the edge proxy: /api/health and /api/version."""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer


class Api(BaseHTTPRequestHandler):
    def do_GET(self):
        routes = {"/api/health": {"status": "ok"}, "/api/version": {"version": "2.4.0"}}
        body = routes.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(body or {"error": "not found"}).encode() + b"\n")

    def log_message(self, fmt, *args):
        pass


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 9000), Api).serve_forever()
