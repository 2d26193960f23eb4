# the team dashboard someone left running on port 8000
from http.server import HTTPServer, BaseHTTPRequestHandler

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"dashboard ok\n")
    def log_message(self, *args):
        pass

HTTPServer(("", 8000), Handler).serve_forever()
