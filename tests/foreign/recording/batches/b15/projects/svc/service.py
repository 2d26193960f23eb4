from http.server import BaseHTTPRequestHandler, HTTPServer
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/ready" else 404)
        self.end_headers()
        self.wfile.write(b"ready\n" if self.path == "/ready" else b"")
    def log_message(self, *a):
        pass
print("service listening on 8081", flush=True)
HTTPServer(("127.0.0.1", 8081), H).serve_forever()
