import http.server, json, sys, time

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"status": "ok", "queue": 0}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        sys.stderr.write("%s notify %s\n" % (time.strftime("%H:%M:%S"), fmt % args))

if __name__ == "__main__":
    print("notify listening on :8088", flush=True)
    http.server.HTTPServer(("127.0.0.1", 8088), Handler).serve_forever()
