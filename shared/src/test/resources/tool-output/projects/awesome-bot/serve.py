"""Serves a list's links on 127.0.0.1: one page that is there, one gone (404), one moved (301) and one broken (500)."""
import http.server
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.answer(False)

    def do_GET(self):
        self.answer(True)

    def answer(self, body):
        if self.path == "/guide.html":
            self.send_response(200)
        elif self.path == "/old-install.html":
            self.send_response(301)
            self.send_header("Location", "http://127.0.0.1:%d/install.html" % self.server.server_port)
        elif self.path == "/status.html":
            self.send_response(500)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
