"""`npmward diff`: text and JSON output and exit codes, on fixtures and on real registry versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward.cli import app
from npmward.errors import NpmwardError
from npmward.pipeline import split_spec

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "metadata"
V1, V2 = str(FIXTURES / "takeover" / "v1"), str(FIXTURES / "takeover" / "v2")


def test_split_spec():
    assert split_spec("lodash@4.17.21") == ("lodash", "4.17.21")
    assert split_spec("@types/node@20.1.0") == ("@types/node", "20.1.0")
    assert split_spec("lodash") == ("lodash", "latest") and split_spec("lodash@") == ("lodash", "latest")
    for bad in ("../x", "a b", "@types/"):
        with pytest.raises(NpmwardError):
            split_spec(bad)


def test_diff_needs_a_version_for_a_registry_name():
    result = runner.invoke(app, ["diff", "lodash", V2])
    assert result.exit_code == 2 and "NAME@VERSION" in result.output


def test_takeover_text_output_and_exit_1():
    result = runner.invoke(app, ["diff", V1, V2])
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert out.startswith("left-trim-text: 2.1.3 -> 2.1.4")
    assert "+ postinstall: node lib/setup.js   <- RISKY" in out
    assert "+ string-helper-ex: ^0.0.2   <- RISKY" in out
    assert "+ index.js  [" not in out and "+ index.js   <- RISKY: the entry file now contains obfuscated code" in out
    assert "6 risky addition(s)" in out


def test_json_output_and_no_risk_exit_0():
    result = runner.invoke(app, ["diff", V2, V1, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["old"] == "left-trim-text@2.1.4" and data["risky"] is False
    removed = [c for c in data["changes"] if c["kind"] == "script" and c["action"] == "-"]
    assert [(c["key"], c["old"], c["risky"]) for c in removed] == [("postinstall", "node lib/setup.js", False)]


def test_errors_exit_2():
    assert runner.invoke(app, ["diff", "no-version-here", V1]).exit_code == 2
    assert runner.invoke(app, ["diff", V1, V2, "--format", "sarif"]).exit_code == 2


@pytest.mark.live
def test_real_versions_from_the_registry():
    result = runner.invoke(app, ["diff", "es5-ext@0.10.53", "es5-ext@0.10.54", "--format", "json"])
    assert result.exit_code == 1, result.output
    risky = {(c["kind"], c["key"]) for c in json.loads(result.stdout)["changes"] if c["risky"]}
    assert ("script", "postinstall") in risky and ("file", "_postinstall.js") in risky
    missing = runner.invoke(app, ["diff", "es5-ext@0.10.53", "npmward-no-such-package-7f3a@1.0.0"])
    assert missing.exit_code == 2 and "npmward-no-such-package-7f3a" in missing.output
