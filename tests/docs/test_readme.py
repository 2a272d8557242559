"""The README says what the commands do: every `npmward …` line it quotes runs and exits as the
line says (`# exit N`), in a workspace holding the files the examples name; the options table is
true for every command, defaults included. Commands that download from the registry are `live`,
those that run the sandbox are `sandbox`."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from npmward.cli import app
from registry.registry_server import pack

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
SUSPICIOUS = REPO / "tests" / "fixtures" / "malicious" / "typosquat-curl-sh" / "wget-bash-postinstall"
SPEC = re.compile(r"^@?[a-z0-9][\w.-]*(?:/[\w.-]+)?@[\w.^~<>=|-]+$")
COMMAND = re.compile(r"^(npmward .+?)\s+# exit (\d)\b")


def quoted_commands() -> list[tuple[str, int]]:
    """Every `npmward` line of the README's sh blocks, with the exit code it states."""
    out = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            if line.startswith("npmward "):
                match = COMMAND.match(line)
                assert match, f"README line without `# exit N`: {line}"
                out.append((match.group(1), int(match.group(2))))
    return out


def _marks(command: str) -> list:
    args = shlex.split(command)[1:]
    marks = []
    if any(SPEC.match(a) for a in args if not a.startswith("-")) and args[0] != "ignore":
        marks.append(pytest.mark.live)
    if args[0] == "sandbox" or "--dynamic" in args:
        marks += [pytest.mark.sandbox,
                  pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")]
    return marks


COMMANDS = [pytest.param(c, code, marks=_marks(c), id=c[8:60]) for c, code in quoted_commands()]


def entry(name: str, version: str, **deps: str) -> dict:
    out = {"version": version, "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz",
           "integrity": "sha512-" + "A" * 86 + "=="}
    return {**out, "dependencies": deps} if deps else out


def write_my_app(root: Path) -> None:
    """The README's my-app: express@4.18.2 direct, braces@3.0.2 through mocha > micromatch."""
    root.mkdir()
    manifest = {"name": "my-app", "version": "1.0.0", "dependencies": {"express": "^4.18.2", "lodash": "^4.17.21"},
                "devDependencies": {"mocha": "^10.0.0"}}
    packages = {"": manifest,
                "node_modules/express": entry("express", "4.18.2"),
                "node_modules/lodash": entry("lodash", "4.17.21"),
                "node_modules/mocha": {**entry("mocha", "10.0.0", micromatch="^4.0.5"), "dev": True},
                "node_modules/micromatch": {**entry("micromatch", "4.0.5", braces="^3.0.2"), "dev": True},
                "node_modules/braces": {**entry("braces", "3.0.2"), "dev": True}}
    (root / "package.json").write_text(json.dumps(manifest, indent=2))
    (root / "package-lock.json").write_text(json.dumps(
        {"name": "my-app", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}, indent=2))



@pytest.fixture
def workspace(shared_dir, tmp_path, monkeypatch):
    shutil.copytree(shared_dir / "fixtures" / "osv", tmp_path / "osv")
    write_my_app(tmp_path / "my-app")
    pack(SUSPICIOUS, tmp_path / "suspicious.tgz")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["db", "import", "osv"]).exit_code == 0
    return tmp_path


def test_the_readme_quotes_commands():
    commands = [c for c, _ in quoted_commands()]
    assert len(commands) >= 10 and {shlex.split(c)[1] for c in commands} >= {
        "scan", "audit", "verify", "sandbox", "diff", "db", "ignore"}


@pytest.mark.parametrize("command, expected", COMMANDS)
def test_every_quoted_command_exits_as_documented(workspace, command, expected):
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == expected, f"{command}\n{result.stdout}\n{result.stderr}"
    for written in re.findall(r"(?:-o|--output) (\S+)", command):
        assert (workspace / written).stat().st_size > 0


# -- the options table ----------------------------------------------------------------------------------------

def options_table() -> tuple[list[str], list[tuple[list[str], list[str]]]]:
    section = README.split("Options of the commands that report on packages", 1)[1]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")][1:]
    table = []
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        table.append((re.findall(r"`([^`]+)`", cells[0]), cells[1:]))
    return header, table


def _semantic_default(command: str, option: str, default):
    """What an option means when it is not given (some defaults are decided at run time)."""
    from npmward.cli import FailOn
    from npmward.commands.audit import audit_severity
    from npmward.policy import Policy

    if option == "--fail-on" and default is None:
        return Policy().fail_on.value  # no --fail-on, no config file: the policy's default
    if option == "--audit-level" and default is None:
        return audit_severity(None, FailOn.suspicious).label  # audit's own --fail-on default
    return getattr(default, "value", default)


def test_the_options_table_is_true_for_every_command():
    commands = typer.main.get_command(app).commands
    header, table = options_table()
    assert header == ["scan", "audit", "verify", "sandbox", "diff"]
    for names, cells in table:
        for command, cell in zip(header, cells):
            params = {opt: p for p in commands[command].params for opt in p.opts}
            present = [n for n in names if n in params]
            if cell == "—":
                assert not present, f"README: {command} has no {names}, but it has"
                continue
            assert present == names, f"README: {command} has {names}, it has only {present}"
            if cell != "✓":
                default = _semantic_default(command, names[0], params[names[0]].default)
                assert str(default) == cell, f"README: {command} {names[0]} defaults to {cell}, it is {default}"
