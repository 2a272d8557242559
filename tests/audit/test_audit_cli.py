"""`npmward db …` and `npmward audit` through the CLI: exit codes, messages, and agreement with the
real `npm audit` outputs recorded beside the audit-ci lockfiles."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward import semver
from npmward.cli import app

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _lockfiles_ready() -> bool:
    try:
        from npmward.lockfiles import find_lockfile, read_lockfile  # noqa: F401
        return True
    except ImportError:
        return False


needs_lockfiles = pytest.mark.skipif(not _lockfiles_ready(), reason="npmward.lockfiles (read_lockfile) not available yet")


def _invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_db_import_status_and_unreachable_update(shared_dir, monkeypatch):
    result = _invoke("db", "status")
    assert result.exit_code == 0 and "malware:         0" in result.stdout
    result = _invoke("db", "import", str(shared_dir / "fixtures" / "osv"))
    assert result.exit_code == 0, result.output
    assert "imported 38 records" in result.stdout and "malware:         21" in result.stdout
    monkeypatch.setenv("NPMWARD_OSV_URL", "http://127.0.0.1:9/npm/all.zip")  # nothing listens on port 9
    from npmward.registry import HttpPolicy
    monkeypatch.setattr("npmward.registry.client.HttpPolicy", lambda: HttpPolicy(retries=0))  # no backoff waits
    result = _invoke("db", "update")
    assert result.exit_code == 2
    assert "cannot download the advisory export" in result.output and "existing database was kept" in result.output
    assert "malware:         21" in _invoke("db", "status").stdout
    assert _invoke("db", "import", "/nonexistent/osv").exit_code == 2


def test_small_synthetic_export_imports_from_zip(tmp_path):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from make_synthetic_osv import synthetic_records
    finally:
        sys.path.pop(0)
    archive = tmp_path / "all.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in synthetic_records(3000):
            zf.writestr(name, data)
    result = _invoke("db", "import", str(archive))
    assert result.exit_code == 0, result.output
    assert "imported 3000 records" in result.stdout


def _project(tmp_path: Path, source: Path) -> Path:
    project = tmp_path / source.name
    project.mkdir()
    for path in source.iterdir():
        if path.suffix in (".json", ".yaml", ".lock") and "output" not in path.name:
            (project / path.name).write_bytes(path.read_bytes())
    # the fixtures write the public registry's host as registry.npm.example
    (project / ".npmrc").write_text("registry=https://registry.npm.example/\n")
    return project


def _osv_from_npm7(output: dict) -> list[dict]:
    """OSV records made from the advisories npm itself reported (`via` entries of npm7-output.json)."""
    records = []
    for vuln in output["vulnerabilities"].values():
        for via in vuln["via"]:
            if not isinstance(via, dict):
                continue
            # npm's range -> OSV events, through npmward.semver's parse of it (one range per OR-set)
            ranges = []
            for comparators in semver.parse_range(via["range"]):
                events = [{"introduced": "0"}]
                for op, bound in comparators:
                    key = {">=": "introduced", "<": "fixed", "<=": "last_affected"}[op]
                    events = [e for e in events if "introduced" not in e] if key == "introduced" else events
                    events.append({key: str(bound)})
                ranges.append({"type": "SEMVER", "events": events})
            records.append({"id": via["url"].rsplit("/", 1)[1], "summary": via["title"],
                            "database_specific": {"severity": via["severity"].upper(), "cwe_ids": via.get("cwe", [])},
                            "affected": [{"package": {"ecosystem": "npm", "name": via["name"]},
                                          "ranges": ranges}]})
    return records


@needs_lockfiles
@pytest.mark.parametrize("case", ["npm-critical", "npm-high", "npm-skip-dev"])
def test_audit_agrees_with_npm_audit(shared_dir, tmp_path, case):
    source = shared_dir / "fixtures" / "advisories" / "audit-ci" / case
    expected = json.loads((source / "npm7-output.json").read_text())
    records = tmp_path / "records"
    records.mkdir()
    for record in _osv_from_npm7(expected):
        (records / f"{record['id']}.json").write_text(json.dumps(record))
    assert _invoke("db", "import", str(shared_dir / "fixtures" / "osv")).exit_code == 0
    assert _invoke("db", "import", str(records)).exit_code == 0
    project = _project(tmp_path, source)
    result = _invoke("audit", str(project), "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    vulnerable = {p["name"] for p in report["packages"]
                  if any(f["category"] == "vulnerability" for f in p["findings"])}
    assert vulnerable == set(expected["vulnerabilities"])
    if case == "npm-skip-dev":
        result = _invoke("audit", str(project), "--format", "json", "--omit", "dev", "--fail-on", "never")
        names = {p["name"] for p in json.loads(result.stdout)["packages"]}
        assert "open" not in names and "node-noop" in names


@needs_lockfiles
def test_audit_exit_codes(shared_dir, tmp_path):
    project = _project(tmp_path, shared_dir / "fixtures" / "advisories" / "audit-ci" / "npm-critical")
    result = _invoke("audit", str(project))
    assert result.exit_code == 2 and "advisory database" in result.output and "empty" in result.output
    assert _invoke("db", "import", str(shared_dir / "fixtures" / "osv")).exit_code == 0
    assert _invoke("audit", str(project), "--format", "cyclonedx").exit_code in (0, 1)
    (project / ".npmwardignore.yml").write_text("- id: X\n")
    assert _invoke("audit", str(project)).exit_code == 2
