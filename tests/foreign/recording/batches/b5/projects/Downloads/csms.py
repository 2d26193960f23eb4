#!/usr/bin/env python3
"""Minimal central system (CSMS) stub for testing charge points on port 8887."""
import socketserver


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            message = raw.decode().strip()
            print("<-", message, flush=True)
            if message.startswith("BootNotification"):
                reply = "BootNotification.conf status=Accepted interval=300"
            else:
                reply = message.split()[0] + ".conf"
            self.wfile.write((reply + "\n").encode())


if __name__ == "__main__":
    socketserver.TCPServer.allow_reuse_address = True
    with socketserver.TCPServer(("127.0.0.1", 8887), Handler) as server:
        print("CSMS stub listening on 127.0.0.1:8887", flush=True)
        server.serve_forever()
