"""Serves HTTPS on 127.0.0.1 with the self-signed certificate made beside it, as a misconfigured mirror would."""
import http.server
import ssl
import sys

server = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), http.server.SimpleHTTPRequestHandler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("cert.pem", "key.pem")
server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
