"""A local upstream registry for the firewall tests: plain HTTP on 127.0.0.1, in a thread.

It serves the real packuments and tarballs recorded in `tests/fixtures/firewall/` (see its README)
plus packages a test adds (`add`), the way a registry proxy like Verdaccio does: every packument's
`dist.tarball` points at the server itself, at the conventional path. Requests are counted per path.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

from registry.registry_server import build_tarball

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "firewall"


class Upstream:
    def __init__(self, recorded: bool = True):
        self.packuments: dict[str, dict] = {}
        self.tarballs: dict[str, bytes] = {}
        self.hits: Counter[str] = Counter()
        if recorded:
            for path in sorted((FIXTURES / "packuments").glob("*.json")):
                doc = json.loads(path.read_text())
                self.packuments[doc["name"]] = doc
            for path in (FIXTURES / "tarballs").glob("*.tgz"):
                self.tarballs[path.name] = path.read_bytes()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server's naming
                path = unquote(self.path.split("?", 1)[0]).lstrip("/")
                server.hits[path] += 1
                status, body, kind = server.answer(path)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def answer(self, path: str) -> tuple[int, bytes, str]:
        if "/-/" in path:
            data = self.tarballs.get(path.rsplit("/", 1)[-1])
            return (200, data, "application/octet-stream") if data is not None else (404, b"{}", "application/json")
        doc = self.packuments.get(path)
        if doc is None:
            return 404, b'{"error":"Not found"}', "application/json"
        served = json.loads(json.dumps(doc))
        for vdoc in served["versions"].values():
            file = vdoc["dist"]["tarball"].rsplit("/", 1)[-1]
            vdoc["dist"]["tarball"] = f"{self.url}{doc['name']}/-/{file}"
        return 200, json.dumps(served).encode(), "application/json"

    def add(self, name: str, version: str, files: dict[str, str | bytes], *, manifest: dict | None = None,
            time: str = "2020-01-01T00:00:00.000Z", latest: bool = True) -> str:
        """Publish `name@version` built from `files` (package.json is generated from `manifest`) at
        `time` (yarn berry quarantines versions without one); returns its integrity."""
        pkg = {"name": name, "version": version, **(manifest or {})}
        data = build_tarball({"package.json": json.dumps(pkg, indent=2), **files})
        file = f"{name.split('/')[-1]}-{version}.tgz"
        self.tarballs[file] = data
        integrity = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
        doc = self.packuments.setdefault(name, {"_id": name, "name": name, "dist-tags": {}, "versions": {},
                                                "time": {}})
        doc["versions"][version] = {**pkg, "_id": f"{name}@{version}", "dist": {
            "integrity": integrity, "shasum": hashlib.sha1(data).hexdigest(),
            "tarball": f"https://registry.npmjs.org/{name}/-/{file}"}}
        if latest:
            doc["dist-tags"]["latest"] = version
        doc["time"][version] = time
        doc["time"].setdefault("created", min(t for k, t in doc["time"].items() if k not in ("created", "modified")))
        doc["time"]["modified"] = max(t for k, t in doc["time"].items() if k != "created")
        return integrity

    def __enter__(self) -> "Upstream":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
