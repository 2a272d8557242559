"""`npmward trace`: when a file's functions run, its sinks, and the calls that make a line run."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from npmward.cli import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "malicious"
DEAD_DROP = str(CORPUS / "dead-drop-c2" / "gist-config-sync-class")


def test_trace_shows_levels_sinks_and_the_call_chain_from_the_export():
    result = runner.invoke(app, ["trace", DEAD_DROP, "lib/remote-defaults.js", "--line", "36"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "its top level runs as soon as the package is loaded (entry)" in out
    # The request sits in a function the application reaches through FlagClient.start().
    assert "https.get  deferred api  OTHER_HOST -> OTHER_HOST" in out
    chain = out.split("the calls that make it run:")[1].split()
    # The chain starts at the entry module's exported method and ends in the function holding line 36.
    assert chain[0] == "lib/index.js:27" and chain[-2:] == ["lib/remote-defaults.js:27", "sync"], chain


def test_trace_of_a_file_that_is_not_code_is_an_error_naming_the_code_files():
    result = runner.invoke(app, ["trace", DEAD_DROP, "lib/missing.js"])
    assert result.exit_code == 2
    assert "not a code file" in result.output and "lib/index.js" in result.output
