"""healthd: answers /healthz for the load balancer on 127.0.0.1:9000."""
from http.server import BaseHTTPRequestHandler, HTTPServer


class Health(BaseHTTPRequestHandler):
    def do_GET(self):
        code, body = (200, b"healthy\n") if self.path == "/healthz" else (404, b"not found\n")
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("127.0.0.1", 9000), Health).serve_forever()
