"""The trust checks as analyzers (what `scan` and `verify` run), on contexts built from real documents."""

from __future__ import annotations

import copy

from trust_fixtures import ATTESTED, fresh, load

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.integrity import IntegrityAnalyzer
from npmward.analyzers.manifest_confusion import ManifestConfusionAnalyzer
from npmward.analyzers.provenance import ProvenanceAnalyzer
from npmward.analyzers.provenance_regression import ProvenanceRegressionAnalyzer
from npmward.analyzers.signatures import RegistrySignatureAnalyzer
from npmward.model import Artifact, Level, LockedPackage, PackageId, Severity
from npmward.trust.context import IDENTITY_POLICY
from npmward.trust.integrity import sri
from npmward.trust.policy import expect_repo_policy
from npmward.verdict import decide

KEYS_DOC = {"keys": load("corepack/config.json")["keys"]["npm"]}  # the shape /-/npm/v1/keys serves


def context(packument, version, *, keys=KEYS_DOC, attestations=None, integrity=None, manifest=None, locked=None,
            extras=None, files=None):
    doc = packument["versions"][version]
    artifact = Artifact(id=PackageId(packument["name"], version), files=files or {"package.json": b"{}"},
                        manifest=manifest if manifest is not None else {k: v for k, v in doc.items() if k != "dist"},
                        source="registry:test", integrity=integrity or doc["dist"]["integrity"])
    return AnalysisContext(artifact=artifact, packument=packument, attestations=attestations,
                           registry_keys=keys, locked=locked, registry_url="http://registry.test", extras=extras or {})


def rules(findings):
    return {f.rule: f for f in findings}


def test_integrity_mismatch_with_the_lockfile_is_malicious_and_names_both_values():
    packument = load("npm-cli/has-package-exports.json")
    published = packument["versions"]["1.3.0"]["dist"]["integrity"]
    locked = LockedPackage("has-package-exports", "1.3.0", integrity=published)
    found = rules(IntegrityAnalyzer().analyze(context(packument, "1.3.0", locked=locked)))
    assert {f.details["status"] for f in found.values()} == {"verified"}
    swapped = sri(b"a different tarball")
    found = list(IntegrityAnalyzer().analyze(context(packument, "1.3.0", locked=locked, integrity=swapped)))
    mismatches = [f for f in found if f.rule == "integrity/mismatch"]
    assert len(mismatches) == 2 and all(f.severity is Severity.CRITICAL for f in mismatches)
    assert swapped in mismatches[0].message and published in mismatches[0].message
    assert decide(found).level is Level.MALICIOUS


def test_signature_analyzer_verifies_and_reports_tampering():
    packument = load("npm-cli/has-package-exports.json")
    found = rules(RegistrySignatureAnalyzer().analyze(context(packument, "1.2.3")))
    assert found["signature/verified"].severity is Severity.INFO
    tampered = copy.deepcopy(packument)
    tampered["versions"]["1.2.3"]["dist"]["integrity"] = packument["versions"]["1.2.2"]["dist"]["integrity"]
    found = list(RegistrySignatureAnalyzer().analyze(context(tampered, "1.2.3")))
    assert [f.rule for f in found] == ["signature/bad-signature"]
    assert decide(found).level is Level.MALICIOUS


def test_mirror_without_keys_or_signatures_is_reported_as_not_checked():
    """What the registry reachable here does: no keys (404), signatures stripped, fetch times in `time`."""
    packument = fresh("npm-cli/has-package-exports.json")
    for doc in packument["versions"].values():
        del doc["dist"]["signatures"]
    packument["time"] = {v: "2026-11-22T10:00:00.000Z" for v in packument["versions"]}
    ctx = context(packument, "1.3.0", keys=None)
    findings = [f for a in (RegistrySignatureAnalyzer(), ProvenanceAnalyzer(), ProvenanceRegressionAnalyzer())
                for f in a.analyze(ctx)]
    assert findings and all(f.details["status"] == "not-checked" for f in findings)
    assert all(f.message.startswith("not checked:") for f in findings)
    assert "not checked: registry serves no signatures" in rules(findings)["signature/not-checked"].message
    assert decide(findings).level is Level.CLEAN and not any("verified" in f.rule for f in findings)


def _attested_packument(relative):
    name, version, integrity = ATTESTED[relative]
    return {"name": name, "versions": {version: {"name": name, "version": version, "dist": {"integrity": integrity}}}}, version


def test_provenance_analyzer_shows_the_build_and_applies_the_policy():
    relative = "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json"
    packument, version = _attested_packument(relative)
    ctx = context(packument, version, attestations=load(relative))
    found = rules(ProvenanceAnalyzer().analyze(ctx))
    assert found["provenance/verified"].details["repository"] == "ramonpetgrave64/gundam-visor"
    assert found["provenance/verified"].details["workflow"] == ".github/workflows/npm-publish.yml"
    assert "provenance/publish-attestation-verified" in found
    ctx = context(packument, version, attestations=load(relative), extras={IDENTITY_POLICY: expect_repo_policy("acme/gundam")})
    found = list(ProvenanceAnalyzer().analyze(ctx))
    assert "provenance/identity-repository-mismatch" in rules(found)
    assert decide(found).level is Level.MALICIOUS


def test_provenance_analyzer_on_a_swapped_tarball_is_malicious():
    relative = "npm-cli/valid-sigstore-attestations.json"
    packument, version = _attested_packument(relative)
    ctx = context(packument, version, attestations=load(relative), integrity=sri(b"swapped"))
    found = list(ProvenanceAnalyzer().analyze(ctx))
    assert "provenance/subject-mismatch" in rules(found)
    assert decide(found).level is Level.MALICIOUS


def test_provenance_regression_is_suspicious():
    packument = fresh("npm-cli/has-package-exports.json")
    packument["versions"]["1.2.3"]["dist"]["attestations"] = {"url": "x", "provenance": {"predicateType": "https://slsa.dev/provenance/v1"}}
    found = list(ProvenanceRegressionAnalyzer().analyze(context(packument, "1.3.0")))
    assert [f.rule for f in found] == ["provenance-regression/dropped"]
    assert "1.2.3" in found[0].message
    assert decide(found).level is Level.SUSPICIOUS


def test_manifest_confusion_hidden_install_script_is_suspicious():
    packument = load("vltpkg/abbrev-full.json")
    version = "1.1.1"
    manifest = {k: v for k, v in packument["versions"][version].items() if k != "dist"}
    assert [f.rule for f in ManifestConfusionAnalyzer().analyze(context(packument, version, manifest=manifest))] \
        == ["manifest/verified"]
    evil = dict(manifest, scripts=dict(manifest.get("scripts") or {}, preinstall="node setup.js"))
    found = list(ManifestConfusionAnalyzer().analyze(context(packument, version, manifest=evil)))
    assert [f.rule for f in found] == ["manifest/scripts-differs"] and found[0].severity is Severity.HIGH
    assert "preinstall" in found[0].message
    assert decide(found).level is Level.SUSPICIOUS


def test_binding_gyp_implicit_install_script_is_not_confusion():
    packument = fresh("vltpkg/abbrev-full.json")
    doc = packument["versions"]["1.1.1"]
    manifest = {k: v for k, v in doc.items() if k != "dist"}
    doc["scripts"] = dict(doc.get("scripts") or {}, install="node-gyp rebuild")
    ctx = context(packument, "1.1.1", manifest=manifest, files={"package.json": b"{}", "binding.gyp": b"{}"})
    assert [f.rule for f in ManifestConfusionAnalyzer().analyze(ctx)] == ["manifest/verified"]
