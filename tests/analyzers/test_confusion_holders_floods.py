"""Dependency confusion, security holders and dependency floods, on inert fixtures and real data."""

from __future__ import annotations

import json

import pytest
from metadata_helpers import fixture

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.confusion import DependencyConfusionAnalyzer, is_absurd_version
from npmward.analyzers.floods import DependencyFloodAnalyzer, installed_dependencies
from npmward.analyzers.holders import SecurityHolderAnalyzer, is_security_holder
from npmward.analyzers.install_script_analyzer import InstallScriptAnalyzer
from npmward.model import Artifact, DependencyKind, LockedPackage, PackageId, Severity
from npmward.registry.identity import RegistryIdentity
from npmward.verdict import decide


def _rules(analyzer, artifact, **context):
    return {f.rule: f for f in analyzer.analyze(AnalysisContext(artifact=artifact, **context))}


def _bare(name: str, version: str, **manifest) -> Artifact:
    return Artifact(PackageId(name, version), {}, {"name": name, "version": version, **manifest}, "test")


@pytest.mark.parametrize("version, absurd", [
    ("99.0.1", True), ("1.999.0", True), ("9999.0.0", True), ("999.9.9", True), ("90.0.0", True),
    ("1.0.900", True), ("89.1.1", False), ("4.17.21", False), ("1.0.0-rc.999", False), ("not-a-version", False),
])
def test_absurd_versions(version, absurd):
    assert is_absurd_version(version) is absurd


def test_confusion_fixture_company_looking_name_with_absurd_version():
    found = _rules(DependencyConfusionAnalyzer(), fixture("confusion"))
    finding = found["dependency-confusion/absurd-version"]
    assert (finding.severity, finding.confidence) == (Severity.MEDIUM, finding.confidence.MEDIUM)
    # Together with its install-time probe the package is suspicious; the version alone is not.
    install = list(InstallScriptAnalyzer().analyze(AnalysisContext(artifact=fixture("confusion"))))
    assert decide([finding]).level.value == "clean"
    assert decide([finding, *install]).score > decide(install).score


def test_popular_packages_with_huge_versions_are_not_signals():
    # react-native is on the popularity list at 1000.0.0 (shared/data/npm-top10k.tsv).
    assert _rules(DependencyConfusionAnalyzer(), _bare("react-native", "1000.0.0")) == {}
    unknown = _rules(DependencyConfusionAnalyzer(), _bare("some-unknown-lib", "99.0.1"))
    assert unknown["dependency-confusion/absurd-version"].severity is Severity.LOW


def test_internal_name_resolved_from_the_public_registry(shared_dir):
    # A real lockfile `resolved` URL (the public registry, as the shared fixtures spell its host).
    lock = json.loads((shared_dir / "fixtures/lockfiles/package-lock-v3/npq/package-lock.json").read_text())
    resolved = next(p["resolved"] for p in lock["packages"].values() if p.get("resolved", "").startswith("https://"))
    # The shared fixtures spell the public registry `registry.npm.example`: configured as the default
    # registry here, as a user's .npmrc would configure a proxy of it.
    identity = RegistryIdentity(default_registry="https://registry.npm.example/",
                                internal_names=frozenset({"acme-internal-billing"}))
    locked = LockedPackage("acme-internal-billing", "99.0.1", DependencyKind.REGISTRY, resolved=resolved)
    found = _rules(DependencyConfusionAnalyzer(), fixture("confusion"), identity=identity, locked=locked)
    assert found["dependency-confusion/resolved-from-public"].severity is Severity.HIGH
    assert "internal_names" in found["dependency-confusion/resolved-from-public"].message
    assert "dependency-confusion/resolved-from-public" not in _rules(  # not public for an unconfigured registry
        DependencyConfusionAnalyzer(), fixture("confusion"), identity=RegistryIdentity(
            internal_names=frozenset({"acme-internal-billing"})), locked=locked)
    private = LockedPackage("acme-internal-billing", "1.2.0", resolved="https://npm.acme.test/acme-internal-billing/-/x.tgz")
    assert "dependency-confusion/resolved-from-public" not in _rules(
        DependencyConfusionAnalyzer(), fixture("confusion"), identity=identity, locked=private)


def test_private_scope_that_exists_publicly():
    identity = RegistryIdentity(private_scopes=frozenset({"@acme"}))
    artifact = _bare("@acme/billing", "1.2.0")
    found = _rules(DependencyConfusionAnalyzer(), artifact, identity=identity,
                   extras={"public_packument": {"versions": {"0.0.1": {}, "99.0.0": {}}}})
    assert "dependency-confusion/public-name" in found
    assert _rules(DependencyConfusionAnalyzer(), artifact, identity=identity, extras={"public_packument": None}) == {}
    fetched = _rules(DependencyConfusionAnalyzer(), artifact, identity=identity,
                     registry_url="https://registry.npmjs.org/")
    assert "dependency-confusion/fetched-from-public" in fetched


def test_holder_fixture_is_reported():
    from npmward.audit import AuditItem, hygiene_findings

    holder = fixture("holder")
    assert is_security_holder(holder.id.version, holder.manifest)
    # One rule for a holder version, whatever the input: the audit stage's.
    [finding] = hygiene_findings(AuditItem(holder.id), RegistryIdentity())
    assert finding.rule == "audit/security-holder" and finding.severity is Severity.HIGH and "lodahs" in finding.message
    assert decide([finding]).level.value == "suspicious"
    assert _rules(SecurityHolderAnalyzer(), holder) == {}


def test_holder_detected_by_manifest_and_by_packument():
    assert is_security_holder("0.0.2-security")
    assert is_security_holder("1.0.0", {"repository": {"url": "https://github.com/npm/security-holder"}})
    assert not is_security_holder("1.0.0", {"description": "a secure holding pattern"})
    packument = {"dist-tags": {"latest": "0.0.1-security"}, "versions": {"0.0.1-security": {}, "1.0.3": {}}}
    found = _rules(SecurityHolderAnalyzer(), _bare("lodahs", "1.0.3"), packument=packument)
    assert found["security-holder/package-removed"].severity is Severity.CRITICAL


def test_real_packument_is_not_a_holder(shared_dir):
    packument = json.loads((shared_dir / "fixtures/registry/vltpkg/abbrev-full.json").read_text())
    assert _rules(SecurityHolderAnalyzer(), _bare("abbrev", "2.0.0"), packument=packument) == {}


def test_flood_fixture():
    flood = fixture("flood")
    assert len(installed_dependencies(flood.manifest)) == 150
    finding = _rules(DependencyFloodAnalyzer(), flood)["dependency-flood/any-version-dependencies"]
    assert finding.severity is Severity.HIGH and finding.details["any_version"] == 150


def test_real_lockfile_packages_are_not_floods(shared_dir):
    """Every package entry of a real lockfile (npm-cli, 1,273 packages) passes."""
    lock = json.loads((shared_dir / "fixtures/lockfiles/package-lock-v3/npm-cli/package-lock.json").read_text())
    for path, entry in lock["packages"].items():
        name = entry.get("name") or path.rsplit("node_modules/", 1)[-1] or "root"
        artifact = _bare(name, entry.get("version", "0.0.0"), **{k: entry[k] for k in
                                                                 ("dependencies", "optionalDependencies",
                                                                  "peerDependencies") if k in entry})
        assert _rules(DependencyFloodAnalyzer(), artifact) == {}, path


def test_many_dependencies_of_one_family_are_a_meta_package():
    siblings = {f"@aws-sdk/client-{i}": "^3.0.0" for i in range(150)}
    assert _rules(DependencyFloodAnalyzer(), _bare("@aws-sdk/everything", "1.0.0", dependencies=siblings)) == {}
    mixed = {f"pkg-{i}-{chr(97 + i % 26)}": "^1.0.0" for i in range(150)}
    found = _rules(DependencyFloodAnalyzer(), _bare("kitchen-sink", "1.0.0", dependencies=mixed))
    assert found["dependency-flood/many-dependencies"].severity is Severity.LOW
