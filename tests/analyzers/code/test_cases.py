"""Every rule's case files, run by one test.

`cases/<rule>/malicious/<case>` must make the code analyzer report `code/<rule>`;
`cases/<rule>/benign/<case>` must not report it above `low` (a capability noted inside a function
is not an alarm), and the code and install-script findings must give a clean verdict. A case is one `.js`/`.mjs`/`.ts` file (the package's main module) or a package directory,
or a `.fixture` file naming a package directory of `tests/fixtures` (a look-alike the traps corpus
already holds, checked here without a copy).
Directives in a single file's leading `//` comments:
  `// when: install`    the file is run by a `postinstall` hook instead of being the main module
  `// expect: LEVEL`    the verdict of the code and install-script findings (`malicious`, `suspicious`)
  `// source: ...`      where the code shape comes from (a real package, an incident report)
  `// allow: SEVERITY`  a benign case may report its rule up to this severity (a note that does not
                        change the clean verdict, such as an executable shipped outside a native package)
Benign cases built from real packages name the package, version and file they reproduce.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.code import CodeAnalyzer
from npmward.analyzers.install_script_analyzer import InstallScriptAnalyzer
from npmward.model import Artifact, Level, PackageId, Severity
from npmward.verdict import decide

CASES = Path(__file__).parent / "cases"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
DIRECTIVE = re.compile(r"^//\s*(when|expect|source|allow):\s*(.+?)\s*$")


def _cases() -> list:
    out = []
    for rule_dir in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for kind in ("malicious", "benign"):
            for case in sorted((rule_dir / kind).glob("*")) if (rule_dir / kind).is_dir() else []:
                out.append(pytest.param(rule_dir.name, kind, case, id=f"{rule_dir.name}/{kind}/{case.name}"))
    return out


def _directives(text: str) -> dict[str, str]:
    found = {}
    for line in text.splitlines():
        match = DIRECTIVE.match(line.strip())
        if not match:
            if line.strip() and not line.strip().startswith(("//", "#!")):
                break
            continue
        found[match.group(1)] = match.group(2)
    return found


def load_case(case: Path) -> tuple[Artifact, dict[str, str]]:
    """The package a case stands for, and its directives."""
    if case.suffix == ".fixture":
        case = FIXTURES / case.read_text(encoding="utf-8").strip()
    if case.is_dir():
        files = {p.relative_to(case).as_posix(): p.read_bytes() for p in case.rglob("*") if p.is_file()}
        manifest = json.loads(files["package.json"]) if "package.json" in files else {"name": case.name, "version": "1.0.0"}
        files.setdefault("package.json", json.dumps(manifest).encode())
        main = manifest.get("main") or next((p for p in ("index.js", "index.mjs") if p in files), "")
        if not main and isinstance(manifest.get("bin"), dict) and manifest["bin"]:
            main = next(iter(manifest["bin"].values())).removeprefix("./")  # a CLI only: its directives are in its bin
        directives = _directives(files.get(main, b"").decode("utf-8", "replace")) if main else {}
    else:
        text = case.read_text(encoding="utf-8")
        directives = _directives(text)
        name = "index" + case.suffix
        manifest = {"name": f"case-{case.stem}", "version": "1.0.0", "main": name}
        if directives.get("when") == "install":
            manifest["scripts"] = {"postinstall": f"node {name}"}
        files = {"package.json": json.dumps(manifest).encode(), name: case.read_bytes()}
    pid = PackageId(str(manifest.get("name", case.name)), str(manifest.get("version", "1.0.0")))
    return Artifact(pid, files, manifest, f"case:{case.name}"), directives


def findings_of(artifact: Artifact) -> list:
    context = AnalysisContext(artifact=artifact)
    return list(CodeAnalyzer().analyze(context)) + list(InstallScriptAnalyzer().analyze(context))


@pytest.mark.parametrize("rule, kind, case", _cases())
def test_case(rule: str, kind: str, case: Path):
    artifact, directives = load_case(case)
    found = findings_of(artifact)
    reported = [f for f in found if f.rule == f"code/{rule}" and f.severity > Severity.INFO]
    verdict = decide(found)
    if kind == "malicious":
        assert reported, f"code/{rule} not reported; got {sorted({(f.rule, f.severity.label) for f in found})}"
        if "expect" in directives:
            assert verdict.level is Level(directives["expect"]), (verdict, [(f.rule, f.severity.label) for f in found])
    else:
        allowed = Severity[directives.get("allow", "low").split()[0].upper()]
        alarms = [f for f in reported if f.severity > allowed]
        assert not alarms, [(f.rule, f.severity.label, f.file, f.line, f.message) for f in alarms]
        assert verdict.level is Level.CLEAN, (verdict, [(f.rule, f.severity.label, f.message) for f in verdict.reasons])


def test_every_rule_has_cases_of_both_kinds():
    from npmward.analyzers.code.rules import load_rules

    missing = [f"{r.id}/{kind}" for r in load_rules() if r.reports_own_id
               for kind in ("malicious", "benign") if not any((CASES / r.id / kind).glob("*"))]
    assert not missing, f"rules without case files: {missing}"


def test_the_rule_table_in_the_docs_is_generated_from_the_catalogue():
    from npmward.analyzers.code.catalogue import BEGIN, END, markdown

    doc = (Path(__file__).resolve().parents[3] / "docs" / "detection.md").read_text(encoding="utf-8")
    table = doc.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert table == markdown(), "run: python -m npmward.analyzers.code.catalogue docs/detection.md"
