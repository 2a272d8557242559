"""`npmward audit` as a gate: `--audit-level` like npm's, every advisory listed with a fix that
points at the direct dependency, nothing called clean when the database is empty, lockfile paths
as targets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward.cli import app

runner = CliRunner()


def entry(version: str, **deps: str) -> dict:
    out: dict = {"version": version, "resolved": f"https://registry.npmjs.org/x/-/x-{version}.tgz",
                 "integrity": "sha512-" + "A" * 86 + "=="}
    if deps:
        out["dependencies"] = deps
    return out


def write_project(root: Path, with_critical: bool = True, malware: bool = False) -> Path:
    """express@4.18.2 (two moderate advisories, direct), braces@3.0.2 (high) through
    mocha > micromatch, minimist@1.2.5 (critical) through mkdirp."""
    root.mkdir(parents=True, exist_ok=True)
    deps = {"express": "^4.18.2", "mocha": "^10.0.0"}
    packages = {
        "node_modules/express": entry("4.18.2"),
        "node_modules/mocha": entry("10.0.0", micromatch="^4.0.5"),
        "node_modules/micromatch": entry("4.0.5", braces="^3.0.2"),
        "node_modules/braces": entry("3.0.2"),
    }
    if with_critical:
        deps["mkdirp"] = "^0.5.5"
        packages["node_modules/mkdirp"] = entry("0.5.5", minimist="^1.2.5")
        packages["node_modules/minimist"] = entry("1.2.5")
    if malware:
        deps["eslint-config-prettier"] = "10.1.6"
        packages["node_modules/eslint-config-prettier"] = entry("10.1.6")
    manifest = {"name": "app", "version": "1.0.0", "dependencies": deps}
    lock = {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
            "packages": {"": manifest, **packages}}
    (root / "package.json").write_text(json.dumps(manifest, indent=2))
    (root / "package-lock.json").write_text(json.dumps(lock, indent=2))
    return root


@pytest.fixture
def osv(shared_dir):
    assert runner.invoke(app, ["db", "import", str(shared_dir / "fixtures" / "osv")]).exit_code == 0


def audit(*args: str):
    return runner.invoke(app, ["audit", *args])


def actions(result) -> dict[str, str]:
    return {p["name"]: p["action"] for p in json.loads(result.stdout)["packages"]}


def test_audit_level_chooses_which_vulnerabilities_fail_the_run(osv, tmp_path):
    project = str(write_project(tmp_path / "app"))
    gentle = str(write_project(tmp_path / "gentle", with_critical=False))
    assert audit(project).exit_code == 1                                   # npm's default: any vulnerability
    assert audit(gentle, "--audit-level", "moderate").exit_code == 1       # express's moderate advisories
    assert audit(gentle, "--audit-level", "high").exit_code == 1           # braces
    assert audit(gentle, "--audit-level", "critical").exit_code == 0       # nothing critical there ...
    assert audit(project, "--audit-level", "critical").exit_code == 1      # ... minimist is
    high = audit(gentle, "--audit-level", "critical", "-f", "json")
    assert actions(high)["braces"] == "warn" and actions(high)["express"] == "warn"
    assert actions(audit(gentle, "-f", "json"))["express"] == "block"
    assert audit(project, "--fail-on", "never").exit_code == 0             # report only ...
    assert audit(project, "--fail-on", "never", "--audit-level", "critical").exit_code == 1  # ... unless asked
    assert audit(project, "--audit-level", "severe").exit_code == 2


def test_known_malware_fails_whatever_the_audit_level(osv, tmp_path):
    project = str(write_project(tmp_path / "app", with_critical=False, malware=True))
    result = audit(project, "--audit-level", "critical", "-f", "json")
    assert result.exit_code == 1 and actions(result)["eslint-config-prettier"] == "block"


def test_the_text_report_lists_every_advisory_with_its_fix(osv, tmp_path):
    project = str(write_project(tmp_path / "app", with_critical=False))
    out = audit(project, "--audit-level", "critical").stdout
    # express's two moderate advisories leave it "clean" of malice; they are listed all the same
    assert "GHSA-qw6h-vgh9-j6wx" in out and "GHSA-rv95-896h-c2vc" in out and "GHSA-952p-6rrq-rcjv" in out
    assert "fix: upgrade express to 4.19.2 or later" in out and "fix: upgrade express to 4.20.0 or later" in out
    assert ("fix: braces 3.0.3 or later; it comes in through mocha@10.0.0: upgrade it to a version that requires "
            "braces@>=3.0.3, or override braces") in out
    assert "No malicious or suspicious packages found" not in out


def test_an_empty_database_reports_nothing_as_clean(tmp_path):
    project = str(write_project(tmp_path / "app"))
    for fmt in ("text", "json"):
        result = audit(project, "-f", fmt)
        assert result.exit_code == 2
        assert result.stdout == "", result.stdout
        assert "advisory database" in result.stderr and "is empty" in result.stderr and "db import" in result.stderr


def test_a_lockfile_path_is_a_target(osv, tmp_path):
    project = write_project(tmp_path / "app")
    by_dir = audit(str(project), "-f", "json")
    by_file = audit(str(project / "package-lock.json"), "-f", "json")
    assert by_file.exit_code == by_dir.exit_code == 1, by_file.output
    assert actions(by_file) == actions(by_dir) and len(actions(by_file)) == 6
    missing = audit(str(project / "nope" / "package-lock.json"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
