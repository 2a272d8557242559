"""Registry signatures and integrity on the real signed documents in fixtures/registry/."""

from __future__ import annotations

import base64
import hashlib

import pytest
from trust_fixtures import SIGNED_PACKUMENTS, SIGNED_VERSION_DOCS, fresh, load

from npmward.trust.integrity import check_integrity, compare, sri
from npmward.trust.keys import bundled_keys, parse_keys_document
from npmward.trust.publish_time import publish_time
from npmward.trust.result import CheckStatus
from npmward.trust.signatures import verify_registry_signature

KEYS = bundled_keys()
OLD_KEY = "SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA"


def verify(name, version, version_doc, packument=None, registry_keys=KEYS):
    return verify_registry_signature(name, version, version_doc=version_doc, packument=packument,
                                     registry_keys=registry_keys, bundled_keys=KEYS,
                                     published=publish_time(packument, version))


def test_bundled_keys_match_the_registry_key_document():
    corepack = parse_keys_document({"keys": load("corepack/config.json")["keys"]["npm"]}, "corepack")
    assert set(corepack) == set(KEYS) == {OLD_KEY, "SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U"}
    for keyid, key in KEYS.items():
        assert key.public_key_der == corepack[keyid].public_key_der
    assert KEYS[OLD_KEY].expires.isoformat() == "2025-01-29T00:00:00+00:00"
    assert KEYS["SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U"].expires is None


@pytest.mark.parametrize("relative", SIGNED_PACKUMENTS)
def test_every_version_of_real_packuments_verifies(relative):
    packument = load(relative)
    results = [verify(packument["name"], v, doc, packument) for v, doc in packument["versions"].items()]
    assert results and all(r.status is CheckStatus.VERIFIED for r in results), [r.message for r in results]
    assert results[0].details["publish_time"] is not None  # the full packument's time is trusted


@pytest.mark.parametrize("relative", SIGNED_VERSION_DOCS)
def test_version_documents_without_publish_time_are_valid_but_not_fully_verified(relative):
    doc = load(relative)
    result = verify(doc["name"], doc["version"], doc)
    # The signature is genuine, but the key has expired and nothing says when it was published.
    assert result.status is CheckStatus.WARNING and result.code == "publish-time-unknown"


@pytest.mark.parametrize("field", ["name", "version", "integrity", "sig"])
def test_one_byte_change_to_any_signed_field_fails(field):
    packument = fresh("npm-cli/has-package-exports.json")
    name, version = packument["name"], "1.2.3"
    doc = packument["versions"][version]
    if field == "name":
        name = name[:-1] + "z"
        packument["name"] = name
    elif field == "version":
        packument["versions"]["1.2.4"] = doc
        packument["time"]["1.2.4"] = packument["time"][version]
        version = "1.2.4"
    elif field == "integrity":
        raw = bytearray(base64.b64decode(doc["dist"]["integrity"].removeprefix("sha512-")))
        raw[0] ^= 1
        doc["dist"]["integrity"] = "sha512-" + base64.b64encode(bytes(raw)).decode()
    else:
        sig = doc["dist"]["signatures"][0]
        raw = bytearray(base64.b64decode(sig["sig"]))
        raw[-1] ^= 1
        sig["sig"] = base64.b64encode(bytes(raw)).decode()
    result = verify(name, version, doc, packument)
    assert result.status is CheckStatus.FAILED and result.code == "bad-signature", result.message
    assert f"{name}@{version}:" in result.message


def test_key_expiry_is_judged_at_publish_time():
    packument = fresh("npm-cli/has-package-exports.json")
    doc = packument["versions"]["1.3.0"]
    assert verify(packument["name"], "1.3.0", doc, packument).ok  # published 2022, key expired 2025-01-29
    packument["time"]["1.3.0"] = "2025-02-01T00:00:00.000Z"
    packument["time"]["modified"] = "2025-02-02T00:00:00.000Z"
    result = verify(packument["name"], "1.3.0", doc, packument)
    assert result.status is CheckStatus.FAILED and result.code == "key-not-valid"
    assert "2025-01-29" in result.message and "2025-02-01" in result.message


def test_mirror_times_are_never_trusted():
    packument = fresh("npm-cli/has-package-exports.json")
    del packument["time"]["created"], packument["time"]["modified"]
    packument["time"]["1.3.0"] = "2024-01-01T00:00:00.000Z"  # looks valid, but a mirror wrote it
    result = verify(packument["name"], "1.3.0", packument["versions"]["1.3.0"], packument)
    assert result.status is CheckStatus.WARNING
    assert "lacks time.created/time.modified" in result.message


def test_signature_stripped_from_version_document_is_found_in_packument():
    packument = load("npm-cli/has-package-exports.json")
    stripped = fresh("npm-cli/has-package-exports.json")["versions"]["1.2.0"]
    del stripped["dist"]["signatures"]
    result = verify(packument["name"], "1.2.0", stripped, packument)
    assert result.ok and result.details["found_in"] == ["packument"]


def test_missing_signature_where_registry_serves_keys_is_a_failure():
    doc = fresh("vltpkg/lodash-4.17.21.json")
    del doc["dist"]["signatures"]
    result = verify("lodash", "4.17.21", doc)
    assert result.status is CheckStatus.FAILED and result.code == "missing"


def test_registry_without_keys_or_signatures_is_not_checked_never_verified():
    doc = fresh("vltpkg/lodash-4.17.21.json")
    del doc["dist"]["signatures"]
    result = verify("lodash", "4.17.21", doc, registry_keys=None)
    assert result.status is CheckStatus.NOT_CHECKED
    assert result.message == "not checked: registry serves no signatures (no /-/npm/v1/keys, no dist.signatures)"


def test_signature_by_a_key_the_registry_does_not_publish_fails():
    doc = load("vltpkg/lodash-4.17.21.json")
    only_new = {k: v for k, v in KEYS.items() if k != OLD_KEY}
    result = verify("lodash", "4.17.21", doc, registry_keys=only_new)
    assert result.status is CheckStatus.FAILED and result.code == "unknown-key"


# -- integrity ------------------------------------------------------------------------------------

def test_integrity_match_and_mismatch_name_both_values():
    data = b"tarball bytes"
    actual = sri(data)
    assert actual == "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    ok = check_integrity(actual, lockfile=actual, registry=actual)
    assert [r.status for r in ok] == [CheckStatus.VERIFIED, CheckStatus.VERIFIED]
    other = sri(b"other bytes")
    bad = compare(actual, other, "the lockfile")
    assert bad.status is CheckStatus.FAILED and actual in bad.message and other in bad.message


def test_sha1_only_lockfile_is_compared_from_the_bytes_or_reported_as_not_comparable():
    data = b"old package"
    sha1 = "sha1-" + base64.b64encode(hashlib.sha1(data).digest()).decode()
    assert compare(sri(data), sha1, "the lockfile", data).ok
    assert compare(sri(data), sha1, "the lockfile").status is CheckStatus.NOT_CHECKED
    assert compare(sri(data), sri(b"x", "sha1"), "the lockfile", data).status is CheckStatus.FAILED


def test_key_start_date_does_not_invalidate_re_signed_old_versions():
    """npm re-signed every old version with the key introduced in 2025; only expiry matters."""
    import dataclasses

    from npmward.trust.keys import SIGNATURES, Window

    late_start = {k: dataclasses.replace(v, windows={SIGNATURES: Window(start=v.expires, end=None)}) for k, v in KEYS.items()}
    packument = load("npm-cli/has-package-exports.json")  # versions published 2020-2022
    result = verify(packument["name"], "1.0.0", packument["versions"]["1.0.0"], packument, registry_keys=late_start)
    assert result.ok, result.message
