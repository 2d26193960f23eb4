import json
from http.server import BaseHTTPRequestHandler, HTTPServer

PRICES = {"42": 19.9, "43": 4.25}

class H(BaseHTTPRequestHandler):
    def do_GET(self):
        sku = self.path.rsplit("/", 1)[-1]
        code, body = (200, {"sku": sku, "price": PRICES[sku], "currency": "EUR"}) if sku in PRICES else (404, {"error": "unknown sku"})
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", 9101), H).serve_forever()
