"""A local HTTP server for the registry client tests: 127.0.0.1, port 0, in a thread.

Each path maps to a list of canned responses served in order (the last one repeats), so a test can
script "503, 503, then 200". Every request is recorded with its headers, so tests can assert what
was (and was not) sent where.
"""

from __future__ import annotations

import io
import json
import tarfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


def build_tarball(files: dict[str, bytes | str], top: str = "package") -> bytes:
    """A gzip'd npm-style tarball of `files` (package-relative paths) under `top/`."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for path, content in files.items():
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(f"{top}/{path}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def pack(directory, dest):
    """`directory` packed as an npm tarball at `dest` (its files only, in sorted order); returns `dest`."""
    dest.write_bytes(build_tarball({p.relative_to(directory).as_posix(): p.read_bytes()
                                    for p in sorted(directory.rglob("*")) if p.is_file()}))
    return dest


class LocalServer:
    def __init__(self):
        self.routes: dict[str, list[tuple[int, dict[str, str], bytes]]] = {}
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.seen.append(Seen(self.command, self.path, dict(self.headers.items()), body))
                queue = server.routes.get(self.path)
                status, headers, payload = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue \
                    else (404, {"Content-Type": "application/json"}, b'{"error":"Not found"}')
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def route(self, path: str, *responses: tuple[int, dict[str, str], bytes]) -> None:
        self.routes[path] = list(responses)

    def json(self, path: str, document, status: int = 200) -> None:
        self.route(path, (status, {"Content-Type": "application/json"}, json.dumps(document).encode()))

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
