"""payments-api stub used on the staging edge box."""
import json
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"status": "ok", "service": "payments-api"}).encode()
        self.send_response(200 if self.path == "/health" else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body + b"\n")

    def log_message(self, fmt, *args):
        print("payments-api:", fmt % args, flush=True)


HTTPServer(("127.0.0.1", 9000), Handler).serve_forever()
