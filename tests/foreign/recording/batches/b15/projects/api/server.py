"""Tiny report API used by the ops dashboard."""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer

ORDERS = [{"id": 1, "total": 12.5}, {"id": 2, "total": 30.0}, {"id": 3, "total": 7.25}]


class Handler(BaseHTTPRequestHandler):
    def _send(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self._send(200, {"status": "ok"})
        elif self.path == "/api/report":
            try:
                revenue = sum(order["amount"] for order in ORDERS)
                self._send(200, {"orders": len(ORDERS), "revenue": revenue})
            except Exception as exc:
                self._send(500, {"error": f"{type(exc).__name__}: {exc}"})
        else:
            self._send(404, {"error": "not found", "path": self.path})

    def log_message(self, fmt, *args):
        pass


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), Handler).serve_forever()
