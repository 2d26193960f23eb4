# the old healthd build that hangs after accept (left running since last deploy)
import socket, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 9000))
s.listen(16)
conns = []
while True:
    c, _ = s.accept()
    conns.append(c)
