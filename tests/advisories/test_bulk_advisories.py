"""The registry's bulk advisory endpoint through the real RegistryClient, against a local server
serving npm's recorded response bodies (arborist fixtures), and a registry that answers 405."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from npmward.advisories import affects
from npmward.advisories.bulk import query_bulk
from npmward.registry import HttpPolicy, NpmConfig, RegistryClient, RegistryUnsupported
from npmward.settings import Settings


def _serve(handler_cls):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_cls)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture()
def bulk_registry(shared_dir):
    body = (shared_dir / "fixtures/advisories/arborist/audit-nyc-mkdirp/advisory-bulk.json").read_bytes()
    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            length = int(self.headers["Content-Length"])
            received.append((self.path, json.loads(self.rfile.read(length))))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server, url = _serve(Handler)
    yield url, received
    server.shutdown()


def _client(tmp_path, url):
    return RegistryClient(Settings(cache_dir=tmp_path), NpmConfig(registry=url), policy=HttpPolicy(retries=0))


def test_bulk_response_becomes_advisories_matched_through_npm_ranges(tmp_path, bulk_registry):
    url, received = bulk_registry
    with _client(tmp_path, url) as client:
        found = query_bulk(client, {"handlebars": ["4.0.11"], "lodash": ["4.17.11"]})
    assert received[0][0] == "/-/npm/v1/security/advisories/bulk"
    assert received[0][1] == {"handlebars": ["4.0.11"], "lodash": ["4.17.11"]}
    handlebars = {a.id: a for a in found["handlebars"]}
    # advisory 755: "<=4.0.13 || >=4.1.0 <4.1.2", critical
    assert handlebars["755"].severity == "critical" and handlebars["755"].source == "npm-bulk"
    assert affects(handlebars["755"], "handlebars", "4.0.11")
    assert affects(handlebars["755"], "handlebars", "4.1.1")
    assert not affects(handlebars["755"], "handlebars", "4.0.14")
    assert not affects(handlebars["755"], "handlebars", "4.1.2")
    assert any(a.affected for a in found["lodash"])


def test_registry_without_the_endpoint_degrades_with_a_clear_message(tmp_path):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.send_response(405)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server, url = _serve(Handler)
    try:
        with _client(tmp_path, url) as client, pytest.raises(RegistryUnsupported, match="does not serve bulk advisories"):
            query_bulk(client, {"lodash": ["4.17.11"]})
    finally:
        server.shutdown()
