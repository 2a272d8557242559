"""A local npm registry for the trust tests: 127.0.0.1, port 0, in a thread, serving real recorded
bodies (packuments, the `/-/npm/v1/keys` document, attestations) and tarballs built by the test."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


class FakeRegistry:
    """Routes: `/<name>` (scoped `/@scope%2fname`), `/-/npm/v1/keys`,
    `/-/npm/v1/attestations/<name>@<version>`, and any path registered in `files`."""

    def __init__(self):
        self.packuments: dict[str, dict] = {}
        self.attestations: dict[str, dict] = {}
        self.keys: dict | None = None
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        registry = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                registry.requests.append(self.path)
                path = unquote(self.path.split("?", 1)[0])
                body: bytes | None = None
                kind = "application/json"
                if path == "/-/npm/v1/keys":
                    body = json.dumps(registry.keys).encode() if registry.keys is not None else None
                elif path.startswith("/-/npm/v1/attestations/"):
                    doc = registry.attestations.get(path.removeprefix("/-/npm/v1/attestations/"))
                    body = json.dumps(doc).encode() if doc is not None else None
                elif self.path.split("?", 1)[0] in registry.files:
                    body, kind = registry.files[self.path.split("?", 1)[0]], "application/octet-stream"
                elif path.lstrip("/") in registry.packuments:
                    body = json.dumps(registry.packuments[path.lstrip("/")]).encode()
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error":"Not found"}')
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep test output quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "FakeRegistry":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
