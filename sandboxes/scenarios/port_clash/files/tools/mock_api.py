"""Mock of the payments API for local testing."""
import argparse
import json
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"mock": True, "path": self.path}).encode() + b"\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()


parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=9000)
HTTPServer(("0.0.0.0", parser.parse_args().port), Handler).serve_forever()
