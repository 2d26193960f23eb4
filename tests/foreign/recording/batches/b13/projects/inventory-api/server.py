import json
import logging
import traceback
from http.server import BaseHTTPRequestHandler, HTTPServer

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("inventory")

ITEMS = {
    1: {"name": "keyboard", "price": 49.90},
    2: {"name": "usb-c cable", "price": None},
    3: {"name": "monitor arm", "price": 89.00},
}


def item_view(item_id):
    item = ITEMS[item_id]
    return {
        "id": item_id,
        "name": item["name"],
        "price_gross": round(item["price"] * 1.2, 2),
    }


class Handler(BaseHTTPRequestHandler):
    def send_json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if parts[:2] != ["api", "items"] or len(parts) != 3:
            return self.send_json(404, {"error": "no such route"})
        item_id = int(parts[2])
        if item_id not in ITEMS:
            return self.send_json(404, {"error": f"item {item_id} not found"})
        try:
            self.send_json(200, item_view(item_id))
        except Exception:
            log.error("GET %s failed\n%s", self.path, traceback.format_exc())
            self.send_json(500, {"error": "internal server error"})

    def log_message(self, fmt, *args):
        log.info("%s %s", self.address_string(), fmt % args)


if __name__ == "__main__":
    log.info("listening on :8081")
    HTTPServer(("127.0.0.1", 8081), Handler).serve_forever()
