"""A status service on 127.0.0.1 that fails as a network does: `backlog` listens but never accepts (once its backlog,
filled here, is full, connections cannot be made), `silent` accepts and never answers, `close` accepts and hangs up."""
import socket
import sys
import time

mode, port = sys.argv[1], int(sys.argv[2])
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
if mode == "backlog":
    server.listen(0)
    clients = []
    for _ in range(3):
        client = socket.socket()
        client.setblocking(False)
        client.connect_ex(("127.0.0.1", port))
        clients.append(client)
    time.sleep(300)
server.listen(8)
connections = []
while True:
    connection, _ = server.accept()
    connection.recv(65536)
    if mode == "close":
        connection.close()
    else:
        connections.append(connection)
