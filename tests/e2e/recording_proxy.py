# SPDX-License-Identifier: MIT
"""A loopback HTTP/1.1 proxy that records each request as it came over the wire, and its answer's status.

The conformance check puts it between PhoneDesk's client and phonedesk-sandbox, where a validating
proxy would sit: it sees the request line, the headers that say whether and what body there is,
and the body's bytes exactly as the client sent them, before any server parses them. Requests are
forwarded unchanged (hop-by-hop headers aside); a request whose upstream answer never comes is
recorded with status None and its connection closed, as the upstream closed it.
"""

import http.client
import http.server
import sys
import threading
import urllib.parse

# Headers that belong to one connection, not to the request (RFC 9110, section 7.6.1); Host is set anew.
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te",
               "trailer", "transfer-encoding", "upgrade", "host"}
# What a record keeps of a request's headers: whether and what body it has, and who sent it. Never
# Authorization: the records may be printed.
RECORDED_HEADERS = ("content-type", "content-length", "transfer-encoding", "user-agent", "clerk-api-version")


class RecordingProxy:
    def __init__(self, upstream_url):
        upstream = urllib.parse.urlsplit(upstream_url)
        self._upstream = (upstream.hostname, upstream.port)
        self._lock = threading.Lock()
        self._records = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keeps connections alive, as the client expects

            def handle_one_request_of_any_method(self):
                proxy._forward(self)

            do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = handle_one_request_of_any_method

            def log_message(self, *args):
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self):
        self._thread.start()

    def stop(self):
        self._server.shutdown()
        self._server.server_close()

    def records(self):
        """Each request so far: method, path, query (as sent), headers (RECORDED_HEADERS, lower-case
        names), body (bytes) and status (None when no answer came)."""
        with self._lock:
            return [dict(record) for record in self._records]

    def _forward(self, handler):
        body = _read_body(handler)
        target = urllib.parse.urlsplit(handler.path)
        record = {"method": handler.command, "path": target.path, "query": target.query,
                  "headers": {name: handler.headers[name] for name in RECORDED_HEADERS if name in handler.headers},
                  "body": body, "status": None}
        connection = http.client.HTTPConnection(*self._upstream, timeout=60)
        try:
            connection.putrequest(handler.command, handler.path, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", f"{self._upstream[0]}:{self._upstream[1]}")
            for name, value in handler.headers.items():
                if name.lower() not in _HOP_BY_HOP:
                    connection.putheader(name, value)
            if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body or None)
            answer = connection.getresponse()
            payload = answer.read()
            record["status"] = answer.status
        except (OSError, http.client.HTTPException):
            handler.close_connection = True
            return
        finally:
            connection.close()
            with self._lock:
                self._records.append(record)
        handler.send_response_only(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in _HOP_BY_HOP and name.lower() != "content-length":
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(payload)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that ends while its kept-alive connection is open resets it: that is no error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _read_body(handler):
    if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():
        chunks = []
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while handler.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields
                return b"".join(chunks)
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
    length = int(handler.headers.get("Content-Length") or 0)
    return handler.rfile.read(length) if length > 0 else b""
