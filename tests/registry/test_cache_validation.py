"""Every cache read validates what it reads: a truncated or wrong-typed entry is dropped and fetched
again (or, offline, reported as missing), never served until its TTL and never a crash."""

from __future__ import annotations

import json

import pytest
from test_registry_client import make_client, serve_package

from npmward.registry import DiskCache, RegistryError


@pytest.mark.parametrize("damage", [
    lambda body: body[: len(body) // 2],                       # truncated (an interrupted write by another tool)
    lambda body: b"[1, 2, 3]",                                  # JSON, but not a packument
    lambda body: json.dumps({"name": "demo", "versions": ["1.0.0"]}).encode(),  # wrong-typed versions
    lambda body: b"\xff\xfe garbage",
], ids=["truncated", "list", "versions-list", "garbage"])
def test_a_bad_cached_packument_is_dropped_and_fetched_again(server, settings, damage):
    serve_package(server)
    with make_client(settings, server) as client:
        client.packument("demo")
    cache = DiskCache(settings.cache_dir)
    good = cache._packument_path(server.url, "demo").read_bytes()
    cache.put_packument(server.url, "demo", damage(good))
    with make_client(settings, server) as client:
        assert sorted(client.packument("demo")["versions"]) == ["1.0.0"]
    assert len(server.requests_to("/demo")) == 2
    assert cache._packument_path(server.url, "demo").read_bytes() == good


def test_offline_a_bad_cached_packument_is_a_clear_miss(server, settings):
    serve_package(server)
    with make_client(settings, server) as client:
        client.packument("demo")
    cache = DiskCache(settings.cache_dir)
    cache.put_packument(server.url, "demo", b'{"name": "demo", "vers')
    with make_client(settings.with_(offline=True), server) as client:
        with pytest.raises(RegistryError, match="offline: no cached packument for demo; run once online"):
            client.packument("demo")


def test_get_json_validates_and_drops_bad_entries(tmp_path):
    cache = DiskCache(tmp_path)
    cache.put_json("findings", "sha512-x", {"code": "not a list"})
    path = cache._json_path("findings", "sha512-x")

    def valid(entry):
        return all(isinstance(v, list) for v in entry.values())

    assert cache.get_json("findings", "sha512-x", validate=valid) is None
    assert not path.exists()
    cache.put_json("findings", "sha512-x", {"code": []})
    assert cache.get_json("findings", "sha512-x", validate=valid) == {"code": []}
    path.write_bytes(b'{"code": [')
    assert cache.get_json("findings", "sha512-x") is None and not path.exists()
    cache.put_json("findings", "sha512-x", {"code": 1})
    assert cache.get_json("findings", "sha512-x", validate=lambda entry: entry["code"].append) is None  # raising = bad
    assert not path.exists()


def test_a_wrong_typed_cached_attestation_document_is_fetched_again(server, settings):
    server.json("/-/npm/v1/attestations/demo@1.0.0", {"attestations": []})
    with make_client(settings, server) as client:
        assert client.attestations("demo", "1.0.0") == {"attestations": []}
    cache = DiskCache(settings.cache_dir)
    key = f"{server.url}demo@1.0.0"
    cache.put_json("attestations", key, {"document": ["not", "an", "object"]})
    with make_client(settings, server) as client:
        assert client.attestations("demo", "1.0.0") == {"attestations": []}
    assert len(server.requests_to("/-/npm/v1/attestations/demo@1.0.0")) == 2
