"""`npmward verify` end to end against a local registry serving the REAL recorded attestations and
signed documents from fixtures/registry/ with one byte changed: every failed cryptographic check
fails the run (exit 1) whatever `--fail-on` says, trust documents are read fresh, an identity policy
fires on a package without attestations, and the per-check results are in the report itself."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import tarfile

import httpx
import pytest
from trust_fixtures import ATTESTED, flip_b64, fresh, load
from trust_server import FakeRegistry
from typer.testing import CliRunner

from npmward.trust.integrity import sri
from registry.registry_server import build_tarball


@pytest.fixture
def registry(tmp_path, monkeypatch):
    with FakeRegistry() as fake:
        monkeypatch.chdir(tmp_path)
        (tmp_path / ".npmrc").write_text(f"registry={fake.url}\n")
        yield fake


def verify(tmp_path, *args: str, fmt: str = "json"):
    from npmward.cli import app

    return CliRunner().invoke(app, ["verify", *args, "--format", fmt, "--jobs", "1"],
                              env={"npm_config_userconfig": str(tmp_path / ".npmrc")}, catch_exceptions=False)


def tarball(manifest: dict, files: dict[str, bytes]) -> bytes:
    return build_tarball({"package.json": json.dumps(manifest), **files})


def publish(registry: FakeRegistry, name: str, version: str, data: bytes, **dist) -> None:
    """Serve `data` as name@version, with the tarball's own package.json as the registry's manifest
    (so manifest confusion stays out of the way)."""
    manifest = json.loads(tarfile.open(fileobj=io.BytesIO(data)).extractfile("package/package.json").read())
    base = name.split("/")[-1]
    path = f"/{name}/-/{base}-{version}.tgz"
    registry.files[path] = data
    registry.packuments[name] = {"name": name, "dist-tags": {"latest": version}, "versions": {
        version: dict(manifest, dist={"integrity": sri(data), "tarball": registry.url.rstrip("/") + path, **dist})}}


def packages(result) -> dict:
    return {p["name"]: p for p in json.loads(result.stdout)["packages"]}


def by_check(package: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for finding in package["findings"]:
        out.setdefault(finding["details"].get("check"), []).append(finding)
    return out


def flip_envelope_signature(doc: dict, predicate_prefix: str) -> dict:
    """One byte of the DSSE signature of the attestation whose predicateType starts with the prefix."""
    for item in doc["attestations"]:
        if item["predicateType"].startswith(predicate_prefix):
            signature = item["bundle"]["dsseEnvelope"]["signatures"][0]
            signature["sig"] = flip_b64(signature["sig"])
            return doc
    raise AssertionError(f"no {predicate_prefix} attestation")


# -- every failed cryptographic check blocks --------------------------------------------------------

def test_a_flipped_dsse_signature_byte_fails_verify_even_with_fail_on_never(registry, tmp_path):
    """The provenance bundle alone (publish attestation left out) with one byte of its DSSE
    signature changed: a HIGH finding, "suspicious" by the verdict, still exit 1."""
    relative = "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json"
    name, version, _ = ATTESTED[relative]
    doc = flip_envelope_signature(fresh(relative), "https://slsa.dev/provenance/")
    doc["attestations"] = [a for a in doc["attestations"] if a["predicateType"].startswith("https://slsa.dev/")]
    publish(registry, name, version, tarball({"name": name, "version": version}, {"index.js": b"module.exports = 1;\n"}))
    registry.attestations[f"{name}@{version}"] = doc
    for fail_on in ("malicious", "never"):
        result = verify(tmp_path, f"{name}@{version}", "--fail-on", fail_on)
        assert result.exit_code == 1, result.output
        package = packages(result)[name]
        (provenance,) = by_check(package)["provenance"]
        assert provenance["rule"] == "provenance/bad-bundle" and provenance["details"]["status"] == "failed"
        assert "signature" in provenance["message"].lower()
        assert package["verdict"] == "suspicious" and package["action"] == "block"


def test_an_identity_policy_fails_a_package_without_attestations(registry, tmp_path):
    """`verify express@4.18.2 --policy p.yml` with `express: expressjs/express`: the registry has no
    attestations for it (404), so nothing shows it was built there."""
    publish(registry, "express", "4.18.2", tarball({"name": "express", "version": "4.18.2"}, {"index.js": b"1;\n"}))
    (tmp_path / "p.yml").write_text("packages:\n  express: expressjs/express\n")
    for args in (("--policy", "p.yml"), ("--expect-repo", "expressjs/express")):
        result = verify(tmp_path, "express@4.18.2", *args)
        assert result.exit_code == 1, result.output
        (identity,) = by_check(packages(result)["express"])["identity"]
        assert identity["rule"] == "provenance/identity-no-provenance"
    result = verify(tmp_path, "express@4.18.2")
    assert result.exit_code == 0, result.output


# -- trust documents are read fresh -------------------------------------------------------------------

def _own_key():
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    private = ec.generate_private_key(ec.SECP256R1())
    der = private.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    keyid = "SHA256:" + base64.b64encode(hashlib.sha256(der).digest()).decode().rstrip("=")
    document = {"keys": [{"keyid": keyid, "key": base64.b64encode(der).decode(), "expires": None,
                          "keytype": "ecdsa-sha2-nistp256", "scheme": "ecdsa-sha2-nistp256"}]}

    def sign(message: str) -> str:
        return base64.b64encode(private.sign(message.encode(), ec.ECDSA(hashes.SHA256()))).decode()

    return keyid, document, sign


def test_a_signature_tampered_after_a_first_verify_is_seen_at_once(registry, tmp_path):
    """A registry that signs with its own key (served at /-/npm/v1/keys): verified, then the registry
    starts serving a signature with one byte changed; the next verify (same cache, well within the
    packument TTL) fails."""
    keyid, keys, sign = _own_key()
    registry.keys = keys
    data = tarball({"name": "signed-demo", "version": "1.0.0"}, {"index.js": b"module.exports = 1;\n"})
    good = sign(f"signed-demo@1.0.0:{sri(data)}")
    publish(registry, "signed-demo", "1.0.0", data, signatures=[{"keyid": keyid, "sig": good}])
    first = verify(tmp_path, "signed-demo@1.0.0")
    assert first.exit_code == 0, first.output
    assert by_check(packages(first)["signed-demo"])["signature"][0]["details"]["status"] == "verified"
    registry.packuments["signed-demo"]["versions"]["1.0.0"]["dist"]["signatures"][0]["sig"] = flip_b64(good)
    second = verify(tmp_path, "signed-demo@1.0.0")
    assert second.exit_code == 1, second.output
    (signature,) = by_check(packages(second)["signed-demo"])["signature"]
    assert signature["rule"] == "signature/bad-signature"


# -- live: the real tarballs, so the untampered attestations verify ---------------------------------------

def _registry_tarball(name: str, version: str) -> bytes:
    response = httpx.get(f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{version}.tgz", timeout=60)
    response.raise_for_status()
    return response.content


SIGSTORE_1 = "npm-cli/valid-sigstore-attestations.json"
SLSA = "https://slsa.dev/provenance/"
PUBLISH = "https://github.com/npm/attestation/"


@pytest.mark.live
@pytest.mark.parametrize("tamper, check, rule", [
    (None, None, None),
    (SLSA, "provenance", "provenance/bad-bundle"),
    (PUBLISH, "publish-attestation", "provenance/publish-attestation-bad-bundle"),
])
def test_real_attestations_with_one_flipped_signature_byte(registry, tmp_path, tamper, check, rule):
    name, version, integrity = ATTESTED[SIGSTORE_1]
    data = _registry_tarball(name, version)
    assert sri(data) == integrity
    publish(registry, name, version, data)
    doc = fresh(SIGSTORE_1)
    registry.attestations[f"{name}@{version}"] = flip_envelope_signature(doc, tamper) if tamper else doc
    result = verify(tmp_path, f"{name}@{version}", "--fail-on", "never")
    checks = by_check(packages(result)[name])
    if tamper is None:
        assert result.exit_code == 0, result.output
        assert {f["details"]["status"] for c in ("provenance", "publish-attestation") for f in checks[c]} == {"verified"}
        return
    assert result.exit_code == 1, result.output
    (failed,) = checks[check]
    assert failed["rule"] == rule and failed["details"]["status"] == "failed"


def one_byte_changed(data: bytes) -> bytes:
    """The same gzip'd tarball with one byte of one file's contents changed (headers untouched)."""
    raw = bytearray(gzip.decompress(data))
    with tarfile.open(fileobj=io.BytesIO(bytes(raw))) as archive:
        member = next(m for m in archive.getmembers() if m.isfile() and m.size > 0)
    raw[member.offset_data] ^= 0x20  # a letter changes case
    return gzip.compress(bytes(raw))


@pytest.mark.live
def test_real_attestations_for_other_bytes_fail(registry, tmp_path):
    """The registry serves a tarball with one byte changed, and a packument whose integrity matches
    those bytes (the registry's document is what an attacker controls); the real attestations name
    the original tarball's sha512."""
    name, version, _ = ATTESTED[SIGSTORE_1]
    publish(registry, name, version, one_byte_changed(_registry_tarball(name, version)))
    registry.attestations[f"{name}@{version}"] = load(SIGSTORE_1)
    result = verify(tmp_path, f"{name}@{version}", "--fail-on", "never")
    assert result.exit_code == 1, result.output
    checks = by_check(packages(result)[name])
    assert checks["integrity"][0]["details"]["status"] == "verified"
    for check in ("provenance", "publish-attestation"):
        (failed,) = checks[check]
        assert failed["details"]["status"] == "failed" and failed["details"]["reason"] == "subject-mismatch", failed


# -- docs/verification.md's example is the command's output ------------------------------------------------

@pytest.mark.live
def test_the_verification_doc_example_is_what_the_command_prints(registry, tmp_path):
    """lodash@4.17.21's real tarball, served as a caching mirror serves it (the tarball's manifest
    and dist.integrity; no keys, no signatures, no attestations)."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "verification.md").read_text(encoding="utf-8")
    example = doc.split("`npmward verify lodash@4.17.21` prints:\n\n```\n", 1)[1].split("```", 1)[0]
    publish(registry, "lodash", "4.17.21", _registry_tarball("lodash", "4.17.21"))
    result = verify(tmp_path, "lodash@4.17.21", fmt="text")
    assert result.exit_code == 0, result.output
    assert result.stdout == example
