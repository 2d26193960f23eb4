# an old tunnel that accepts connections on 9200 and never answers
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 9200)); s.listen(50)
held = []
while True:
    conn, _ = s.accept(); held.append(conn)
