from http.server import BaseHTTPRequestHandler, HTTPServer

class H(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/ready":
            body = b"ready\n"
        elif self.path == "/metrics":
            body = b"requests_total 3\nqueue_depth 0\nuptime_seconds 4\nworkers 2\n"
        else:
            self.send_error(404); return
        self.send_response(200); self.end_headers(); self.wfile.write(body)

HTTPServer(("127.0.0.1", 9090), H).serve_forever()
