from http.server import BaseHTTPRequestHandler, HTTPServer

class H(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(b"[]\n")

if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), H).serve_forever()
