import argparse
import time
from http.server import BaseHTTPRequestHandler, HTTPServer


class Ready(BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.path == "/ready"
        self.send_response(200 if ok else 404)
        self.end_headers()
        self.wfile.write(b"ready\n" if ok else b"")

    def log_message(self, *args):
        pass


parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=5050)
args = parser.parse_args()
print("warming cache...", flush=True)
time.sleep(3)
print(f"worker ready on :{args.port}", flush=True)
HTTPServer(("127.0.0.1", args.port), Ready).serve_forever()
