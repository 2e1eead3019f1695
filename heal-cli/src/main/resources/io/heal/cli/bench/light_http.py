# A light child for 'heal bench overhead': serves its working folder over HTTP/1.1 on
# 127.0.0.1:PORT, like 'python3 -m http.server --protocol HTTP/1.1', and keeps each connection open
# for the next request. With --log it writes a line per request to stderr, as http.server does;
# without, it writes nothing, so a probe costs its supervisor no log line to capture.
# Usage: python3 light_http.py PORT [--log]
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        if "--log" in sys.argv[2:]:
            super().log_message(format, *args)


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
