"""Provenance and publish attestations on the real Sigstore bundles in fixtures/registry/."""

from __future__ import annotations

import base64
import json

import pytest
from trust_fixtures import ATTESTED, flip_b64, flip_char, fresh, load

from npmward.model import PackageId
from npmward.trust.bundle import BundleError, verify_bundle
from npmward.trust.keys import bundled_keys
from npmward.trust.manifest import check_manifest
from npmward.trust.policy import expect_repo_policy, load_policy
from npmward.trust.provenance import PROVENANCE, PUBLISH, verify_attestations
from npmward.trust.regression import check_regression
from npmward.trust.result import CheckStatus, TrustError
from npmward.trust.trust_root import load_trust_root

KEYS = bundled_keys()
ROOT = load_trust_root()


def run(doc, relative, policy=None, pid=None, integrity=None):
    name, version, sri = ATTESTED[relative]
    return verify_attestations(doc, pid or PackageId(name, version), integrity or sri, npm_keys=KEYS, root=ROOT,
                               policy=policy)


def by_check(results):
    out = {}
    for r in results:
        out.setdefault(r.check, r)
    return out


@pytest.mark.parametrize("relative", sorted(ATTESTED))
def test_real_attestations_verify_offline(relative):
    results, info = run(load(relative), relative)
    checks = by_check(results)
    assert checks[PROVENANCE].ok, checks[PROVENANCE].message
    assert checks[PUBLISH].ok, checks[PUBLISH].message
    assert info is not None and info.repository and len(info.commit) == 40 and info.workflow.startswith(".github/workflows/")


def test_build_identity_is_shown_for_slsa_v1_and_v02():
    _, v1 = run(load("slsa-verifier/gundam-visor-cli-v1-tag.tgz.json"), "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json")
    assert (v1.repository, v1.commit, v1.workflow, v1.ref, v1.builder_id) == (
        "ramonpetgrave64/gundam-visor", "599500821344b070902a7a5666064bfdaba715df", ".github/workflows/npm-publish.yml",
        "refs/tags/v1.0.1", "https://github.com/actions/runner/github-hosted")
    rel = "npm-cli/valid-sigstore-attestations.json"
    _, v02 = run(load(rel), rel)
    assert (v02.repository, v02.workflow, v02.ref, v02.builder_id) == (
        "sigstore/sigstore-js", ".github/workflows/publish.yml", "refs/tags/v1.0.0", "https://github.com/npm/cli@9.4.2")


@pytest.mark.parametrize("stem", ["gundam-visor-cli-v1-tag", "provenance-npm-test-cli-v02-prega",
                                  "provenance-npm-test-cli-v1-prega", "provenance-npm-test-ossf",
                                  "supreme-googles-cli-v02-tag"])
def test_slsa_verifier_negative_variants_fail_the_right_check(stem):
    relative = f"slsa-verifier/{stem}.tgz.json"
    prov = by_check(run(load(f"slsa-verifier/{stem}-invalidsigprov.tgz.json"), relative)[0])
    assert prov[PROVENANCE].status is CheckStatus.FAILED and "DSSE signature" in prov[PROVENANCE].message
    assert prov[PUBLISH].ok
    pub = by_check(run(load(f"slsa-verifier/{stem}-invalidsigpub.tgz.json"), relative)[0])
    assert pub[PUBLISH].status is CheckStatus.FAILED and pub[PROVENANCE].ok


@pytest.mark.parametrize("variant", ["invalid", "malformed-subject", "mismatched-subject-digest",
                                     "mismatched-subject-name", "unsupported"])
def test_pacote_negative_publish_attestations_fail(variant):
    results, _ = run(load(f"pacote/{variant}-attestations.json"), "pacote/valid-attestations.json")
    assert by_check(results)[PUBLISH].status is CheckStatus.FAILED


GUNDAM = "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json"


def _tamper(which: str, where: str):
    """A copy of the gundam-visor attestations with one byte changed in one signed field of the
    provenance (index 1) or publish (index 0) bundle."""
    doc = fresh(GUNDAM)
    index = 1 if which == "provenance" else 0
    bundle = doc["attestations"][index]["bundle"]
    material, entry = bundle["verificationMaterial"], bundle["verificationMaterial"]["tlogEntries"][0]
    if where == "payload":
        payload = base64.b64decode(bundle["dsseEnvelope"]["payload"]).replace(b"1.0.1", b"1.0.2", 1)
        bundle["dsseEnvelope"]["payload"] = base64.b64encode(payload).decode()
    elif where == "signature":
        bundle["dsseEnvelope"]["signatures"][0]["sig"] = flip_b64(bundle["dsseEnvelope"]["signatures"][0]["sig"], -1)
    elif where == "certificate":
        cert = material["x509CertificateChain"]["certificates"][0]
        cert["rawBytes"] = flip_b64(cert["rawBytes"], 300)  # inside the signed TBS part
    elif where == "set":
        entry["inclusionPromise"]["signedEntryTimestamp"] = flip_b64(entry["inclusionPromise"]["signedEntryTimestamp"], -1)
    elif where == "proof-hash":
        entry["inclusionProof"]["hashes"][3] = flip_b64(entry["inclusionProof"]["hashes"][3], 0)
    elif where == "root-hash":
        entry["inclusionProof"]["rootHash"] = flip_b64(entry["inclusionProof"]["rootHash"], 0)
    elif where == "checkpoint":
        note = entry["inclusionProof"]["checkpoint"]["envelope"]
        entry["inclusionProof"]["checkpoint"]["envelope"] = note.replace("rekor.sigstore.dev", "rekor.sigstore.dew", 1)
    elif where == "integrated-time":
        entry["integratedTime"] = str(int(entry["integratedTime"]) + 1)
    elif where == "body":
        body = json.loads(base64.b64decode(entry["canonicalizedBody"]))
        body["spec"]["content"]["payloadHash"]["value"] = flip_char(body["spec"]["content"]["payloadHash"]["value"])
        entry["canonicalizedBody"] = base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()
    else:
        raise AssertionError(where)
    return doc


@pytest.mark.parametrize("which", ["provenance", "publish"])
@pytest.mark.parametrize("where,expected", [
    ("payload", "DSSE signature does not verify"),
    ("signature", "DSSE signature does not verify"),
    ("set", "signed entry timestamp does not verify"),
    ("integrated-time", "signed entry timestamp does not verify"),
    ("proof-hash", "inclusion proof does not lead to the root hash"),
    ("root-hash", "inclusion proof does not lead to the root hash"),
    ("checkpoint", "checkpoint signature does not verify"),
    ("body", "signed entry timestamp does not verify"),
])
def test_one_byte_change_in_a_signed_field_fails_with_a_clear_message(which, where, expected):
    results, _ = run(_tamper(which, where), GUNDAM)
    checks = by_check(results)
    target, other = (PROVENANCE, PUBLISH) if which == "provenance" else (PUBLISH, PROVENANCE)
    assert checks[target].status is CheckStatus.FAILED
    assert expected in checks[target].message, checks[target].message
    assert checks[other].ok


def test_tampered_certificate_does_not_chain_to_fulcio():
    results, _ = run(_tamper("provenance", "certificate"), GUNDAM)
    message = by_check(results)[PROVENANCE].message
    assert by_check(results)[PROVENANCE].status is CheckStatus.FAILED
    assert "Fulcio" in message or "certificate" in message, message


def test_log_body_that_does_not_record_the_envelope_is_rejected():
    """Without the SET (an inclusion proof alone is recomputed over the altered body), the body check
    itself must catch a payload hash that does not match the envelope."""
    bundle = _tamper("provenance", "body")["attestations"][1]["bundle"]
    bundle["verificationMaterial"]["tlogEntries"][0].pop("inclusionPromise")
    bundle["verificationMaterial"]["tlogEntries"][0].pop("inclusionProof")
    with pytest.raises(BundleError, match="neither a signed entry timestamp nor an inclusion proof"):
        verify_bundle(bundle, ROOT, KEYS)


def test_subject_digest_and_name_must_match_the_tarball():
    wrong = "sha512-" + base64.b64encode(bytes(64)).decode()
    checks = by_check(run(load(GUNDAM), GUNDAM, integrity=wrong)[0])
    assert checks[PROVENANCE].code == "subject-mismatch" and "other bytes" in checks[PROVENANCE].message
    assert checks[PUBLISH].code == "subject-mismatch"
    checks = by_check(run(load(GUNDAM), GUNDAM, pid=PackageId("gundam-visor", "1.0.2"))[0])
    assert checks[PROVENANCE].code == "subject-mismatch" and "pkg:npm/gundam-visor@1.0.2" in checks[PROVENANCE].message


def test_publish_attestation_needs_a_registry_key():
    only_new = {k: v for k, v in KEYS.items() if not k.startswith("SHA256:jl3b")}
    name, version, sri = ATTESTED[GUNDAM]
    results, _ = verify_attestations(load(GUNDAM), PackageId(name, version), sri, npm_keys=only_new, root=ROOT)
    assert "not one of the registry's keys" in by_check(results)[PUBLISH].message


def test_registry_without_attestations_is_not_checked():
    results, info = verify_attestations(None, PackageId("x", "1.0.0"), None, npm_keys=KEYS, root=ROOT)
    assert info is None and {r.status for r in results} == {CheckStatus.NOT_CHECKED}
    assert all("registry serves no attestations" in r.message for r in results)


def test_identity_policy_from_flag_and_file(tmp_path):
    checks = by_check(run(load(GUNDAM), GUNDAM, policy=expect_repo_policy("ramonpetgrave64/gundam-visor"))[0])
    assert checks["identity"].ok
    checks = by_check(run(load(GUNDAM), GUNDAM, policy=expect_repo_policy("evil/gundam-visor"))[0])
    assert checks["identity"].code == "repository-mismatch" and "evil/gundam-visor" in checks["identity"].message
    policy_file = tmp_path / "policy.yml"
    policy_file.write_text('packages:\n  "gundam-*":\n    repository: ramonpetgrave64/gundam-visor\n'
                           '    workflow: .github/workflows/release.yml\n')
    checks = by_check(run(load(GUNDAM), GUNDAM, policy=load_policy(policy_file))[0])
    assert checks["identity"].code == "workflow-mismatch"
    assert ".github/workflows/npm-publish.yml" in checks["identity"].message
    with pytest.raises(TrustError):
        expect_repo_policy("not-a-repo")
    (tmp_path / "bad.yml").write_text("packages: 3\n")
    with pytest.raises(TrustError, match="bad.yml"):
        load_policy(tmp_path / "bad.yml")


def test_provenance_regression_names_the_last_version_with_provenance():
    packument = fresh("npm-cli/has-package-exports.json")
    for version in ("1.2.2", "1.2.3"):
        packument["versions"][version]["dist"]["attestations"] = {
            "url": f"https://registry.npm.example/-/npm/v1/attestations/has-package-exports@{version}",
            "provenance": {"predicateType": "https://slsa.dev/provenance/v1"}}
    result = check_regression(packument, "1.3.0")
    assert result.status is CheckStatus.FAILED and result.details["last_with_provenance"] == "1.2.3"
    assert check_regression(packument, "1.2.3").ok
    assert check_regression(packument, "1.2.0").ok  # nothing earlier had it
    assert check_regression(load("npm-cli/has-package-exports.json"), "1.3.0").status is CheckStatus.NOT_CHECKED


def test_manifest_confusion_is_explained_per_field():
    registry = load("vltpkg/strip-ansi-7.1.0.json")
    tarball = json.loads(json.dumps(registry))
    assert [r.status for r in check_manifest(registry, tarball)] == [CheckStatus.VERIFIED]
    tarball["scripts"] = dict(tarball.get("scripts") or {}, postinstall="node x.js")
    tarball["dependencies"] = {}
    tarball["bin"] = "cli.js"
    results = {r.details["field"]: r for r in check_manifest(registry, tarball)}
    assert set(results) == {"scripts", "dependencies", "bin"}
    assert "postinstall" in results["scripts"].message
    assert "ansi-regex" in results["dependencies"].message and "hidden dependency" in results["dependencies"].message
    assert all(r.details["high_risk"] for r in results.values())


def test_dsse_entries_are_verified_by_the_sigstore_library():
    """Current bundles (dsse Rekor entries) go to `sigstore`; relabelling an intoto entry as dsse gets
    through the library's chain and log checks and is then rejected on the entry body."""
    bundle = fresh(GUNDAM)["attestations"][1]["bundle"]
    bundle["verificationMaterial"]["tlogEntries"][0]["kindVersion"] = {"kind": "dsse", "version": "0.0.1"}
    with pytest.raises(BundleError, match=r"^sigstore verification failed: invalid DSSE log entry"):
        verify_bundle(bundle, ROOT, KEYS)


@pytest.mark.parametrize("integrity", [None, "sha512-" + base64.b64encode(b"\0" * 64).decode()])
def test_identity_policy_fires_when_the_registry_has_no_attestations(integrity):
    """A 404 from the attestations endpoint is exactly what a package built elsewhere looks like:
    a rule that requires a repository must fail then, not stay silent."""
    policy = expect_repo_policy("expressjs/express")
    results, info = verify_attestations(None, PackageId("express", "4.18.2"), integrity, npm_keys=KEYS, root=ROOT,
                                        policy=policy)
    checks = by_check(results)
    assert info is None
    assert checks["identity"].status is CheckStatus.FAILED and checks["identity"].code == "no-provenance"
    assert "expressjs/express" in checks["identity"].message
    assert checks[PROVENANCE].status is CheckStatus.NOT_CHECKED


def test_identity_policy_without_a_rule_for_the_package_adds_nothing():
    policy_file_rules = expect_repo_policy("acme/monorepo")
    narrow = type(policy_file_rules)(tuple(type(r)("@acme/*", r.repository) for r in policy_file_rules.rules), "p.yml")
    results, _ = verify_attestations(None, PackageId("express", "4.18.2"), None, npm_keys=KEYS, root=ROOT,
                                     policy=narrow)
    assert "identity" not in by_check(results)
