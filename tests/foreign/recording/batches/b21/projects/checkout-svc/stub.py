import socket, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 8089)); s.listen(16)
held = []
while True:
    conn, _ = s.accept(); held.append(conn)  # accepts, never answers
