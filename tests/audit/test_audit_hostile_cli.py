"""Through the CLI, hostile lockfiles and advisory inputs end in exit 2 with a message naming the
file and the field — never exit 0 with an empty clean report, never a traceback."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from npmward.cli import app

runner = CliRunner()


def _invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def project(tmp_path, shared_dir):
    assert _invoke("db", "import", str(shared_dir / "fixtures" / "osv")).exit_code == 0
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "package.json").write_text(json.dumps({"name": "app", "version": "1.0.0"}))
    return folder


@pytest.mark.parametrize("name, text, fragment", [
    ("package-lock.json", json.dumps({"lockfileVersion": 3, "packages": [{"version": "1.0.0"}]}),
     "packages must be an object, not a list"),
    ("pnpm-lock.yaml", "l0: &l0 [a,a,a,a,a,a,a,a,a]\n" + "".join(
        f"l{i}: &l{i} [{','.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9)) + "lockfileVersion: *l8\n", "alias"),
    ("yarn.lock", "__metadata:\n  version: 8\n\n\"a@npm:^1\":\n  version: [1]\n", "must be a string, not a list"),
])
def test_audit_of_a_hostile_lockfile_exits_2_naming_the_problem(project, name, text, fragment):
    (project / name).write_text(text)
    result = _invoke("audit", str(project))
    assert result.exit_code == 2, result.output
    assert fragment in result.output and "Traceback" not in result.output
    assert "No malicious or suspicious packages found" not in result.output


def test_db_import_of_nothing_exits_2_and_keeps_the_database(project, tmp_path):
    (tmp_path / "empty").mkdir()
    before = _invoke("db", "status").output
    result = _invoke("db", "import", str(tmp_path / "empty"))
    assert result.exit_code == 2 and "no OSV records found" in result.output
    assert _invoke("db", "status").output == before
    (tmp_path / "fake.zip").write_text("not a zip")
    result = _invoke("db", "import", str(tmp_path / "fake.zip"))
    assert result.exit_code == 2 and "not a ZIP archive" in result.output
