"""The registry client against a local HTTP server: retries, integrity, auth scoping, offline mode,
the packument TTL and npm's version selection, using real recorded packuments where they exist."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from registry_server import build_tarball

from npmward.registry import HttpPolicy, NpmConfig, RegistryAuth, RegistryClient, RegistryError, RegistryUnsupported
from npmward.settings import Settings

TOKEN = "npm_SECRETtoken1234567890"
FAST = HttpPolicy(retries=3, backoff=0.001, retry_after_cap=5.0, timeout=5, connect_timeout=2)


def sri(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def make_client(settings, server, *, sleeps=None, auth=None, **kwargs):
    config = NpmConfig(registry=server.url, auth=auth or {})
    sleep = sleeps.append if sleeps is not None else (lambda s: None)
    return RegistryClient(settings, config, policy=FAST, sleep=sleep, **kwargs)


def serve_package(server, name="demo", versions=("1.0.0",), tarball_host=None, latest=None, mutate=None):
    """Serve a packument whose versions point at tarballs built here; returns {version: bytes}."""
    host = tarball_host or server
    built, docs = {}, {}
    for version in versions:
        data = build_tarball({"package.json": json.dumps({"name": name, "version": version}),
                              "index.js": f"module.exports = '{version}'\n"})
        base = name.split("/")[-1]
        path = f"/{name}/-/{base}-{version}.tgz"
        host.route(path, (200, {"Content-Type": "application/octet-stream"}, data))
        docs[version] = {"name": name, "version": version,
                         "dist": {"integrity": sri(data), "shasum": hashlib.sha1(data).hexdigest(),
                                  "tarball": host.url.rstrip("/") + path}}
        built[version] = data
    packument = {"name": name, "dist-tags": {"latest": latest or versions[-1]}, "versions": docs}
    if mutate:
        mutate(packument)
    server.json("/" + name.replace("/", "%2f"), packument)
    return built


def cached_tarballs(settings) -> list[Path]:
    return [p for p in (settings.cache_dir / "tarballs").rglob("*") if p.is_file()] \
        if (settings.cache_dir / "tarballs").exists() else []


# --- retries --------------------------------------------------------------------------------------

def test_retries_503_then_succeeds(server, settings):
    sleeps = []
    server.route("/demo", (503, {}, b"busy"), (503, {}, b"busy"),
                 (200, {"Content-Type": "application/json"}, b'{"name":"demo","versions":{}}'))
    with make_client(settings, server, sleeps=sleeps) as client:
        assert client.packument("demo")["name"] == "demo"
    assert len(server.requests_to("/demo")) == 3
    assert len(sleeps) == 2 and all(0 < s <= FAST.max_backoff for s in sleeps)


def test_429_honours_retry_after_up_to_the_cap(server, settings):
    sleeps = []
    ok = (200, {"Content-Type": "application/json"}, b'{"name":"demo","versions":{}}')
    server.route("/demo", (429, {"Retry-After": "2"}, b""), (429, {"Retry-After": "3600"}, b""), ok)
    with make_client(settings, server, sleeps=sleeps) as client:
        client.packument("demo")
    assert sleeps == [2.0, FAST.retry_after_cap]


def test_persistent_503_is_an_error_naming_the_status(server, settings):
    server.route("/demo", (503, {}, b"down"))
    with make_client(settings, server) as client, pytest.raises(RegistryError, match="HTTP 503 for package demo"):
        client.packument("demo")
    assert len(server.requests_to("/demo")) == FAST.retries + 1


def test_connection_refused_is_retried_then_reported(settings):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps = []
    config = NpmConfig(registry=f"http://127.0.0.1:{port}/")
    with RegistryClient(settings, config, policy=FAST, sleep=sleeps.append) as client:
        with pytest.raises(RegistryError, match=r"failed after 4 attempts: ConnectError"):
            client.packument("demo")
    assert len(sleeps) == FAST.retries


# --- tarballs and integrity -----------------------------------------------------------------------

def test_tarball_is_verified_cached_and_served_from_cache(server, settings):
    built = serve_package(server)
    with make_client(settings, server) as client:
        assert client.tarball("demo", "1.0.0") == built["1.0.0"]
        assert client.tarball("demo", "1.0.0") == built["1.0.0"]
    assert len(server.requests_to("/demo/-/demo-1.0.0.tgz")) == 1
    hex_digest = hashlib.sha512(built["1.0.0"]).hexdigest()
    assert cached_tarballs(settings) == [settings.cache_dir / "tarballs" / "sha512" / hex_digest[:2] / hex_digest]


def test_integrity_mismatch_is_refused_and_not_cached(server, settings):
    other = build_tarball({"package.json": '{"name":"demo","version":"1.0.0"}', "evil.js": "1"})
    serve_package(server, mutate=lambda p: p["versions"]["1.0.0"]["dist"].update(integrity=sri(other)))
    with make_client(settings, server) as client:
        for _ in range(2):  # the second attempt downloads again: nothing bad was cached
            with pytest.raises(RegistryError) as caught:
                client.tarball("demo", "1.0.0")
            message = str(caught.value)
            assert f"expected {sri(other)}" in message and "got sha512-" in message and "not cached" in message
    assert cached_tarballs(settings) == []
    assert len(server.requests_to("/demo/-/demo-1.0.0.tgz")) == 2


def test_caller_integrity_is_checked_too(server, settings):
    serve_package(server)
    with make_client(settings, server) as client, pytest.raises(RegistryError, match="integrity mismatch"):
        client.tarball("demo", "1.0.0", integrity=sri(b"something else"))


def test_sha1_shasum_is_used_only_without_sha512(server, settings):
    def sha1_only(packument):
        del packument["versions"]["1.0.0"]["dist"]["integrity"]

    built = serve_package(server, mutate=sha1_only)
    with make_client(settings, server) as client:
        assert client.tarball("demo", "1.0.0") == built["1.0.0"]

    def wrong_sha1(packument):
        dist = packument["versions"]["1.0.0"]["dist"]
        del dist["integrity"]
        dist["shasum"] = hashlib.sha1(b"other").hexdigest()

    serve_package(server, mutate=wrong_sha1)
    with make_client(Settings(cache_dir=settings.cache_dir / "b"), server) as client:
        with pytest.raises(RegistryError, match="expected sha1-"):
            client.tarball("demo", "1.0.0")


def test_corrupted_cache_file_is_discarded_and_refetched(server, settings):
    built = serve_package(server)
    with make_client(settings, server) as client:
        client.tarball("demo", "1.0.0")
        (path,) = cached_tarballs(settings)
        path.write_bytes(b"tampered")
        assert client.tarball("demo", "1.0.0") == built["1.0.0"]
    assert len(server.requests_to("/demo/-/demo-1.0.0.tgz")) == 2


def test_fetch_artifact_loads_the_verified_tarball(server, settings):
    built = serve_package(server, versions=("1.0.0", "1.1.0"))
    with make_client(settings, server) as client:
        artifact = client.fetch_artifact("demo", "1.1.0")
    assert str(artifact.id) == "demo@1.1.0"
    assert artifact.source == f"registry:{server.url}demo/-/demo-1.1.0.tgz"
    assert artifact.integrity == sri(built["1.1.0"])
    assert artifact.files["index.js"] == b"module.exports = '1.1.0'\n"


# --- names and auth -------------------------------------------------------------------------------

def test_scoped_name_is_requested_as_scope_percent_2f(server, settings, shared_dir):
    packument = json.loads((shared_dir / "fixtures/registry/npm-cli/has-package-exports-patterns.json").read_text())
    server.json("/@ljharb%2fhas-package-exports-patterns", packument)
    with make_client(settings, server) as client:
        pid, doc = client.resolve("@ljharb/has-package-exports-patterns")
    assert str(pid) == "@ljharb/has-package-exports-patterns@0.0.2"
    assert doc["dist"]["integrity"] == packument["versions"]["0.0.2"]["dist"]["integrity"]
    assert [s.path for s in server.seen] == ["/@ljharb%2fhas-package-exports-patterns"]


def test_invalid_names_never_reach_the_network(server, settings):
    with make_client(settings, server) as client:
        for name in ("../etc", "a/b", "foo bar", "%2e%2e"):
            with pytest.raises(RegistryError, match="not a valid npm package name"):
                client.packument(name)
    assert server.seen == []


def test_auth_goes_to_its_registry_only_not_to_a_tarball_host_elsewhere(server, other_host, settings):
    dart = "//" + server.url.split("//", 1)[1]
    serve_package(server, tarball_host=other_host)
    with make_client(settings, server, auth={dart: RegistryAuth(token=TOKEN)}) as client:
        client.tarball("demo", "1.0.0")
    assert server.requests_to("/demo")[0].headers.get("Authorization") == f"Bearer {TOKEN}"
    tarball_request = other_host.requests_to("/demo/-/demo-1.0.0.tgz")[0]
    assert "Authorization" not in tarball_request.headers
    assert tarball_request.headers["User-Agent"].startswith("npmward/")


def test_auth_is_sent_for_tarballs_on_the_registry_itself(server, settings):
    dart = "//" + server.url.split("//", 1)[1]
    serve_package(server)
    with make_client(settings, server, auth={dart: RegistryAuth(token=TOKEN)}) as client:
        client.tarball("demo", "1.0.0")
    assert server.requests_to("/demo/-/demo-1.0.0.tgz")[0].headers.get("Authorization") == f"Bearer {TOKEN}"


def test_tokens_never_appear_in_reprs_or_errors(server, settings, tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / ".npmrc").write_text(  # the user's npmrc: the only kind whose ${VAR} is expanded by default
        f"registry={server.url}\n//{server.url.split('//', 1)[1]}:_authToken=${{MY_TOKEN}}\n")
    from npmward.registry import load_npm_config

    config = load_npm_config(tmp_path / "project", env={"MY_TOKEN": TOKEN}, home=tmp_path)
    assert config.auth_headers(server.url + "x") == {"Authorization": f"Bearer {TOKEN}"}
    server.route("/private", (401, {}, b'{"error":"bad token ' + TOKEN.encode() + b'"}'))
    with RegistryClient(settings, config, policy=FAST, sleep=lambda s: None) as client:
        with pytest.raises(RegistryError) as caught:
            client.packument("private")
        texts = [repr(config), str(config), config.summary(), repr(client), str(caught.value),
                 repr(config.auth), repr(list(config.auth.values()))]
    assert "refused access to package private (HTTP 401); credentials were sent" in str(caught.value)
    for text in texts:
        assert TOKEN not in text and "SECRET" not in text, text


# --- cache, TTL and offline -----------------------------------------------------------------------

def test_packument_ttl(server, settings):
    serve_package(server)
    for _ in range(2):
        with make_client(settings, server) as client:
            client.packument("demo")
    assert len(server.requests_to("/demo")) == 1  # fresh for 10 minutes
    with make_client(settings, server, packument_ttl=0.0) as client:
        client.packument("demo")
    assert len(server.requests_to("/demo")) == 2  # expired
    with make_client(settings.with_(use_cache=False), server) as client:
        client.packument("demo")
    assert len(server.requests_to("/demo")) == 3  # --no-cache bypasses reads


def test_offline_serves_the_cache_and_names_what_is_missing(server, settings):
    built = serve_package(server)
    with make_client(settings, server) as client:
        client.fetch_artifact("demo", "1.0.0")
        assert client.keys() is None  # this registry does not serve keys: remembered for offline use
    before = len(server.seen)
    offline = settings.with_(offline=True)
    with make_client(offline, server, packument_ttl=0.0) as client:  # offline ignores the TTL
        artifact = client.fetch_artifact("demo", "1.0.0")
        assert artifact.integrity == sri(built["1.0.0"])
        assert client.keys() is None
        with pytest.raises(RegistryError) as caught:
            client.packument("left-pad")
        assert str(caught.value) == "offline: no cached packument for left-pad; run once online"
        with pytest.raises(RegistryError, match="offline: no cached attestations for demo@1.0.0; run once online"):
            client.attestations("demo", "1.0.0")
    assert len(server.seen) == before


def test_offline_tarball_miss_names_the_version(server, settings):
    serve_package(server, versions=("1.0.0", "2.0.0"))
    with make_client(settings, server) as client:
        client.fetch_artifact("demo", "1.0.0")
    with make_client(settings.with_(offline=True), server) as client:
        with pytest.raises(RegistryError, match=r"^offline: no cached tarball for demo@2.0.0; run once online$"):
            client.fetch_artifact("demo", "2.0.0")


# --- resolution -----------------------------------------------------------------------------------

@pytest.fixture
def abbrev(server, shared_dir):
    packument = json.loads((shared_dir / "fixtures/registry/vltpkg/abbrev-full.json").read_text())
    server.json("/abbrev", packument)
    return packument


def test_resolve_dist_tag_and_exact_version(server, settings, abbrev):
    with make_client(settings, server) as client:
        assert str(client.resolve("abbrev")[0]) == "abbrev@2.0.0"
        assert str(client.resolve("abbrev", "1.0.5")[0]) == "abbrev@1.0.5"
        assert client.resolve("abbrev", "1.0.5")[1] == abbrev["versions"]["1.0.5"]


def test_resolve_missing_package_is_not_found_in_registry(server, settings):
    with make_client(settings, server) as client:
        with pytest.raises(RegistryError, match=rf"package not found in {server.url}: nope"):
            client.resolve("nope", "^1")


def test_resolve_ranges_like_npm(server, settings, abbrev):
    pytest.importorskip("npmward.semver", reason="npmward.semver (another helper's module) has not landed")
    with make_client(settings, server) as client:
        assert client.resolve("abbrev", "^1.0.0")[0].version == "1.1.1"
        assert client.resolve("abbrev", "~1.0.4")[0].version == "1.0.9"
        assert client.resolve("abbrev", "*")[0].version == "2.0.0"
        assert client.resolve("abbrev", ">=1.0.3 <1.0.6")[0].version == "1.0.5"
        with pytest.raises(RegistryError, match=r"abbrev@nightly: 'nightly' is not a version, range or dist-tag"):
            client.resolve("abbrev", "nightly")
        with pytest.raises(RegistryError, match=r"abbrev@\^3.0.0: no version of abbrev .* matches '\^3.0.0' \(latest is 2.0.0\)"):
            client.resolve("abbrev", "^3.0.0")


def test_range_prefers_the_latest_tag_when_it_satisfies(server, settings, shared_dir):
    pytest.importorskip("npmward.semver", reason="npmward.semver (another helper's module) has not landed")
    packument = json.loads((shared_dir / "fixtures/registry/vltpkg/abbrev-full.json").read_text())
    packument["dist-tags"]["latest"] = "1.0.9"  # a maintainer rolled `latest` back, as npm honours
    server.json("/abbrev", packument)
    with make_client(settings, server) as client:
        assert client.resolve("abbrev", "^1.0.0")[0].version == "1.0.9"
        assert client.resolve("abbrev", "^2")[0].version == "2.0.0"


def test_abbreviated_packument_is_accepted(server, settings, shared_dir):
    packument = json.loads((shared_dir / "fixtures/registry/npm-cli/has-package-exports.min.json").read_text())
    server.json("/has-package-exports", packument)
    with make_client(settings, server) as client:
        pid, doc = client.resolve("has-package-exports")
    assert str(pid) == "has-package-exports@1.3.0" and doc["dist"]["integrity"].startswith("sha512-")
    assert server.seen[0].headers["Accept"] == "application/json"


# --- optional endpoints ---------------------------------------------------------------------------

def test_keys_attestations_and_advisories(server, settings, shared_dir):
    keys = json.loads((shared_dir / "fixtures/registry/corepack/config.json").read_text())["keys"]["npm"]
    server.json("/-/npm/v1/keys", {"keys": keys})
    attestations = json.loads((shared_dir / "fixtures/registry/npm-cli/valid-sigstore-attestations.json").read_text())
    server.json("/-/npm/v1/attestations/sigstore@1.0.0", attestations)
    bulk = json.loads((shared_dir / "fixtures/advisories/arborist/audit-omit/bulk.json").read_text())
    server.json("/-/npm/v1/security/advisories/bulk", bulk)
    with make_client(settings, server) as client:
        assert client.keys() == {"keys": keys}
        assert client.attestations("sigstore", "1.0.0") == attestations
        assert client.attestations("@scope/none", "1.0.0") is None
        assert client.bulk_advisories({"minimist": ["1.2.0", "0.0.8"]}) == bulk
    post = server.requests_to("/-/npm/v1/security/advisories/bulk")[0]
    assert post.method == "POST" and json.loads(post.body) == {"minimist": ["0.0.8", "1.2.0"]}
    assert server.requests_to("/-/npm/v1/attestations/@scope%2fnone@1.0.0")


def test_bulk_advisories_unsupported_is_a_clear_error(server, settings):
    server.route("/-/npm/v1/security/advisories/bulk", (405, {}, b""))
    with make_client(settings, server) as client:
        with pytest.raises(RegistryUnsupported, match="does not serve bulk advisories \\(HTTP 405\\)"):
            client.bulk_advisories({"lodash": ["4.17.20"]})


def test_fetch_many_keeps_order_and_errors_in_place(server, settings):
    serve_package(server, versions=("1.0.0", "1.1.0"))
    with make_client(settings, server) as client:
        results = client.fetch_many(lambda v: client.tarball("demo", v), ["1.0.0", "9.9.9", "1.1.0"], workers=3)
    assert isinstance(results[0], bytes) and isinstance(results[2], bytes)
    assert isinstance(results[1], RegistryError) and "demo@9.9.9: no such version" in str(results[1])


def test_download_streams_to_a_file(server, settings, tmp_path):
    server.route("/file.bin", (200, {}, b"x" * 100_000))
    with make_client(settings, server) as client:
        dest = client.download(server.url + "file.bin", tmp_path / "out" / "file.bin")
    assert dest.read_bytes() == b"x" * 100_000 and not list(dest.parent.glob(".*part"))
