# the real search node, moved to 9201
import json
from http.server import BaseHTTPRequestHandler, HTTPServer

class H(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/_cluster/health"):
            body = {"cluster_name": "search-staging", "status": "yellow", "number_of_nodes": 1,
                    "active_shards": 12, "unassigned_shards": 4}
            code = 200
        else:
            body, code = {"error": "no handler found for uri [%s]" % self.path}, 400
        self.send_response(code); self.send_header("Content-Type", "application/json"); self.end_headers()
        self.wfile.write(json.dumps(body).encode())
    def log_message(self, *a): pass

HTTPServer(("127.0.0.1", 9201), H).serve_forever()
