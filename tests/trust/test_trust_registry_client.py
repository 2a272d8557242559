"""The trust checks through the real RegistryClient, against a local registry serving the real signed
documents, keys and attestation bundles from fixtures/registry/ (and inert tarballs built here)."""

from __future__ import annotations

import io
import json
import tarfile

import pytest
from trust_fixtures import ATTESTED, fresh, load
from trust_server import FakeRegistry
from typer.testing import CliRunner

from npmward.model import PackageId
from npmward.settings import load_settings
from npmward.trust.integrity import sri
from npmward.trust.keys import bundled_keys, parse_keys_document
from npmward.trust.provenance import PROVENANCE, PUBLISH, verify_attestations
from npmward.trust.publish_time import publish_time
from npmward.trust.result import CheckStatus
from npmward.trust.signatures import verify_registry_signature
from npmward.trust.trust_root import load_trust_root

REAL_KEYS = {"keys": load("corepack/config.json")["keys"]["npm"]}  # the registry's /-/npm/v1/keys body


@pytest.fixture
def registry():
    with FakeRegistry() as fake:
        yield fake


@pytest.fixture
def client(registry, tmp_path):
    from npmward.registry import RegistryClient, load_npm_config

    (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n")
    with RegistryClient(load_settings(tmp_path), load_npm_config(tmp_path)) as client:
        yield client


def _signature_results(client, name):
    packument = client.packument(name)
    served = client.keys()
    keys = parse_keys_document(served, "test") if served is not None else None
    return {version: verify_registry_signature(name, version, version_doc=doc, packument=packument, registry_keys=keys,
                                               bundled_keys=bundled_keys(), published=publish_time(packument, version))
            for version, doc in packument["versions"].items()}


def test_real_signed_packuments_verify_through_the_client(registry, client):
    registry.keys = REAL_KEYS
    for relative in ("npm-cli/has-package-exports.json", "npm-cli/has-package-exports-patterns.json"):
        packument = load(relative)
        registry.packuments[packument["name"]] = packument
        results = _signature_results(client, packument["name"])
        assert results and all(r.ok for r in results.values()), {v: r.message for v, r in results.items()}
    assert "/-/npm/v1/keys" in registry.requests


def test_one_changed_version_in_a_served_packument_fails_only_that_version(registry, client):
    registry.keys = REAL_KEYS
    packument = fresh("vltpkg/abbrev-full.json")
    packument["versions"]["1.1.0"]["dist"]["integrity"] = packument["versions"]["1.1.1"]["dist"]["integrity"]
    registry.packuments["abbrev"] = packument
    results = _signature_results(client, "abbrev")
    failed = {v for v, r in results.items() if r.status is CheckStatus.FAILED}
    assert failed == {"1.1.0"} and results["1.1.0"].code == "bad-signature"


def test_mirror_without_keys_and_signatures_is_not_checked(registry, client):
    """The mirror reachable here: /-/npm/v1/keys is 404, dist.signatures stripped, `time` rewritten."""
    packument = fresh("npm-cli/has-package-exports.json")
    for doc in packument["versions"].values():
        del doc["dist"]["signatures"]
    packument["time"] = {v: "2026-11-22T10:00:00.000Z" for v in packument["versions"]}
    registry.packuments["has-package-exports"] = packument
    assert client.keys() is None
    results = _signature_results(client, "has-package-exports")
    assert {r.status for r in results.values()} == {CheckStatus.NOT_CHECKED}
    assert {r.message for r in results.values()} == {
        "not checked: registry serves no signatures (no /-/npm/v1/keys, no dist.signatures)"}


@pytest.mark.parametrize("relative", ["slsa-verifier/provenance-npm-test-ossf.tgz.json",
                                      "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json"])
def test_attestations_endpoint_through_the_client(registry, client, relative):
    name, version, integrity = ATTESTED[relative]
    registry.attestations[f"{name}@{version}"] = load(relative)
    doc = client.attestations(name, version)
    results, info = verify_attestations(doc, PackageId(name, version), integrity, npm_keys=bundled_keys(),
                                        root=load_trust_root())
    assert {r.check: r.status for r in results} == {PROVENANCE: CheckStatus.VERIFIED, PUBLISH: CheckStatus.VERIFIED}
    assert info is not None and info.repository


def test_tampered_attestations_through_the_client_fail(registry, client):
    relative = "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json"
    name, version, integrity = ATTESTED[relative]
    tampered = fresh(relative)
    envelope = tampered["attestations"][1]["bundle"]["dsseEnvelope"]
    envelope["payloadType"] = envelope["payloadType"].replace("json", "jsoN")  # one byte of the signed PAE
    registry.attestations[f"{name}@{version}"] = tampered
    results, info = verify_attestations(client.attestations(name, version), PackageId(name, version), integrity,
                                        npm_keys=bundled_keys(), root=load_trust_root())
    checks = {r.check: r for r in results}
    assert checks[PROVENANCE].status is CheckStatus.FAILED and "DSSE signature does not verify" in checks[PROVENANCE].message
    assert checks[PUBLISH].ok and info is None


def test_missing_attestations_are_none_and_not_checked(client):
    assert client.attestations("left-pad", "1.3.0") is None
    results, _ = verify_attestations(None, PackageId("left-pad", "1.3.0"), None, npm_keys=bundled_keys(),
                                     root=load_trust_root())
    assert {r.status for r in results} == {CheckStatus.NOT_CHECKED}


# -- the command, end to end ---------------------------------------------------------------------

def _tarball(manifest: dict, files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for path, data in {"package.json": json.dumps(manifest).encode(), **files}.items():
            info = tarfile.TarInfo(f"package/{path}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _publish_demo(registry) -> str:
    """An inert package `trust-demo`: 0.9.0 was published with provenance, 1.0.0 without, and 1.0.0's
    tarball runs a postinstall the registry's manifest does not show."""
    versions = {}
    for version, scripts in (("0.9.0", {}), ("1.0.0", {"postinstall": "node setup.js"})):
        manifest = {"name": "trust-demo", "version": version, "main": "index.js"}
        data = _tarball(dict(manifest, scripts=scripts) if scripts else manifest,
                        {"index.js": b"module.exports = 1;\n", "setup.js": b"console.log('hello');\n"})
        path = f"/trust-demo/-/trust-demo-{version}.tgz"
        registry.files[path] = data
        versions[version] = dict(manifest, dist={"integrity": sri(data), "tarball": registry.url.rstrip("/") + path})
    versions["0.9.0"]["dist"]["attestations"] = {"url": registry.url + "-/npm/v1/attestations/trust-demo@0.9.0",
                                                 "provenance": {"predicateType": "https://slsa.dev/provenance/v1"}}
    registry.packuments["trust-demo"] = {"name": "trust-demo", "dist-tags": {"latest": "1.0.0"}, "versions": versions,
                                         "time": {"created": "2024-01-01T00:00:00.000Z", "modified": "2024-03-01T00:00:00.000Z",
                                                  "0.9.0": "2024-01-01T00:00:00.000Z", "1.0.0": "2024-03-01T00:00:00.000Z"}}
    return "trust-demo@1.0.0"


def _verify(tmp_path, *args):
    from npmward.cli import app

    result = CliRunner().invoke(app, ["verify", *args, "--format", "json", "--jobs", "1"],
                                env={"NPMWARD_CONFIG": "", "npm_config_userconfig": str(tmp_path / ".npmrc")},
                                catch_exceptions=False)
    return result


def test_verify_command_against_a_registry_that_serves_keys(registry, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n")
    registry.keys = REAL_KEYS
    target = _publish_demo(registry)
    result = _verify(tmp_path, target, "--fail-on", "suspicious")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    (package,) = report["packages"]
    rules = {f["rule"] for f in package["findings"]}
    assert {"signature/missing", "provenance-regression/dropped", "manifest/scripts-differs",
            "integrity/verified"} <= rules
    assert package["verdict"] in ("suspicious", "malicious")


def test_verify_command_against_the_mirror_says_not_checked(registry, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n")
    target = _publish_demo(registry)
    registry.packuments["trust-demo"]["versions"]["1.0.0"].pop("scripts", None)
    data = registry.files["/trust-demo/-/trust-demo-1.0.0.tgz"] = _tarball(
        {"name": "trust-demo", "version": "1.0.0", "main": "index.js"}, {"index.js": b"module.exports = 1;\n"})
    registry.packuments["trust-demo"]["versions"]["1.0.0"]["dist"]["integrity"] = sri(data)
    del registry.packuments["trust-demo"]["versions"]["0.9.0"]["dist"]["attestations"]
    registry.packuments["trust-demo"]["time"] = {"0.9.0": "2026-11-22T00:00:00Z", "1.0.0": "2026-11-22T00:00:00Z"}
    result = _verify(tmp_path, target)
    assert result.exit_code == 0, result.output
    (package,) = json.loads(result.stdout)["packages"]
    status = {f["details"]["check"]: f["details"]["status"] for f in package["findings"]}
    assert status == {"integrity": "verified", "signature": "not-checked", "provenance": "not-checked",
                      "publish-attestation": "not-checked", "provenance-regression": "not-checked",
                      "manifest": "verified"}
    signature = next(c for c in json.loads(result.stdout)["checks"] if c["check"] == "signature")
    assert signature["not-checked"] == 1 and signature["not_checked_reasons"] == [
        {"reason": "registry serves no signatures (no /-/npm/v1/keys, no dist.signatures)", "packages": 1}]


def test_verify_reports_a_swapped_tarball_as_malicious_naming_both_integrities(registry, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n")
    target = _publish_demo(registry)
    published = registry.packuments["trust-demo"]["versions"]["1.0.0"]["dist"]["integrity"]
    swapped = registry.files["/trust-demo/-/trust-demo-1.0.0.tgz"] = _tarball(
        {"name": "trust-demo", "version": "1.0.0"}, {"index.js": b"module.exports = 2;\n"})
    result = _verify(tmp_path, target)
    assert result.exit_code == 1, result.output
    (package,) = json.loads(result.stdout)["packages"]
    assert package["verdict"] == "malicious" and package["name"] == "trust-demo" and package["version"] == "1.0.0"
    (finding,) = package["findings"]
    assert finding["rule"] == "integrity/mismatch"
    assert published in finding["message"] and sri(swapped) in finding["message"]


# -- live: real tarballs from the registry, served beside the real signed documents -------------------

def _live_tarball(name: str, version: str) -> bytes:
    import httpx

    base = name.split("/")[-1]
    response = httpx.get(f"https://registry.npmjs.org/{name}/-/{base}-{version}.tgz", timeout=60)
    response.raise_for_status()
    return response.content


@pytest.mark.live
def test_live_signed_package_verifies_end_to_end(registry, tmp_path, monkeypatch):
    """has-package-exports@1.3.0: the real tarball, the real signed packument and npm's real keys."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n")
    packument = fresh("npm-cli/has-package-exports.json")
    data = _live_tarball("has-package-exports", "1.3.0")
    assert sri(data) == packument["versions"]["1.3.0"]["dist"]["integrity"]
    registry.files["/has-package-exports/-/has-package-exports-1.3.0.tgz"] = data
    for doc in packument["versions"].values():
        doc["dist"]["tarball"] = doc["dist"]["tarball"].replace("https://registry.npm.example/", registry.url)
    registry.packuments["has-package-exports"] = packument
    registry.keys = REAL_KEYS
    result = _verify(tmp_path, "has-package-exports@1.3.0")
    assert result.exit_code == 0, result.output
    (package,) = json.loads(result.stdout)["packages"]
    status = {f["details"]["check"]: f["details"]["status"] for f in package["findings"]}
    assert status["integrity"] == "verified" and status["signature"] == "verified"
    assert status["manifest"] == "verified"


@pytest.mark.live
def test_live_provenance_subject_matches_the_real_tarball(registry, tmp_path, monkeypatch):
    """sigstore@1.0.0 from the registry: its sha512 is the subject of the real attestation bundle."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n")
    data = _live_tarball("sigstore", "1.0.0")
    name, version, integrity = ATTESTED["npm-cli/valid-sigstore-attestations.json"]
    assert sri(data) == integrity
    path = "/sigstore/-/sigstore-1.0.0.tgz"
    registry.files[path] = data
    manifest = json.loads(tarfile.open(fileobj=io.BytesIO(data)).extractfile("package/package.json").read())
    registry.packuments["sigstore"] = {"name": "sigstore", "dist-tags": {"latest": "1.0.0"}, "versions": {
        "1.0.0": dict(manifest, dist={"integrity": integrity, "tarball": registry.url.rstrip("/") + path})}}
    registry.attestations["sigstore@1.0.0"] = load("npm-cli/valid-sigstore-attestations.json")
    result = _verify(tmp_path, "sigstore@1.0.0", "--expect-repo", "sigstore/sigstore-js")
    assert result.exit_code == 0, result.output
    (package,) = json.loads(result.stdout)["packages"]
    found = {f["rule"]: f for f in package["findings"]}
    assert found["provenance/verified"]["details"]["commit"] == "06528997c3c8ab9f864fad9a3658446aca7fd86d"
    assert "provenance/publish-attestation-verified" in found and "provenance/identity-verified" in found
    result = _verify(tmp_path, "sigstore@1.0.0", "--expect-repo", "evil/sigstore-js")
    assert result.exit_code == 1


def test_scoped_private_registry_is_not_judged_by_the_default_registrys_keys(registry, tmp_path, monkeypatch):
    """@acme comes from a private registry that signs nothing; the default registry serves npm's keys.
    Its versions are "not checked", not "missing a signature"."""
    monkeypatch.chdir(tmp_path)
    registry.keys = REAL_KEYS
    with FakeRegistry() as private:
        data = _tarball({"name": "@acme/lib", "version": "1.0.0"}, {"index.js": b"module.exports = 1;\n"})
        private.files["/@acme/lib/-/lib-1.0.0.tgz"] = data
        private.packuments["@acme/lib"] = {"name": "@acme/lib", "dist-tags": {"latest": "1.0.0"}, "versions": {
            "1.0.0": {"name": "@acme/lib", "version": "1.0.0",
                      "dist": {"integrity": sri(data), "tarball": private.url + "@acme/lib/-/lib-1.0.0.tgz"}}}}
        (tmp_path / ".npmrc").write_text(f"registry={registry.url}\n@acme:registry={private.url}\n")
        result = _verify(tmp_path, "@acme/lib@1.0.0")
    assert result.exit_code == 0, result.output
    (package,) = json.loads(result.stdout)["packages"]
    signature = next(f for f in package["findings"] if f["details"]["check"] == "signature")
    assert signature["rule"] == "signature/not-checked"
