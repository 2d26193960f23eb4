"""Tiny inventory API behind nginx (port 5000)."""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/api/health":
            body = {"status": "ok", "service": "inventory"}
        elif self.path == "/api/items":
            body = {"items": [{"sku": "A-100", "qty": 12}, {"sku": "B-220", "qty": 0}]}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 5000), Handler).serve_forever()
