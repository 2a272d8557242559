"""The code analyzer: parse every JS/TS file once, extract facts, run the rules.

Each file is judged with what runs when: files a lifecycle script runs (and the files they require)
are `install`, the entry module and what it requires are `entry`, the rest `module`. Chains that
span files of one install or entry closure are found on the closure's combined facts. Strings
decoded from base64/hex/char codes that look like code are parsed and judged like a file.

Rules live one per module in `rules/`; `catalogue()` lists them for SARIF and the docs.
"""

from __future__ import annotations

import gc
import posixpath
from typing import Iterator, Mapping

from ...model import Confidence, Finding, Severity
from ..base import AnalysisContext, register
from ..install_scripts import lifecycle_entry_files
from . import patterns as P
from .behaviours import runs_code, writes_file
from .budget import CHECKS_GRACE, PACKAGE_SECONDS, Budget
from .extract import FileFacts, extract
from .parse import JS_EXTENSIONS, is_code_file
from .catalogue import catalogue
from .rules import load_rules
from .view import FileView, PackageView

MAX_DECODE_DEPTH = 2
MAX_CLOSURE = 25

__all__ = ["CodeAnalyzer", "catalogue", "is_code_file"]



def _resolve(base: str, module: str, files: Mapping[str, object]) -> str | None:
    if not module.startswith("."):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(base), module))
    for candidate in (target, *(target + ext for ext in JS_EXTENSIONS), f"{target}/index.js"):
        if candidate in files:
            return candidate
    return None


def _entry_files(manifest: Mapping, files: Mapping[str, bytes]) -> set[str]:
    main = manifest.get("main") if isinstance(manifest.get("main"), str) else "index.js"
    found = {_resolve("package.json", "./" + main.lstrip("./"), files) if not main.startswith(".") else _resolve("package.json", main, files)}
    exports = manifest.get("exports")
    stack = [exports]
    while stack:
        value = stack.pop()
        if isinstance(value, str) and value.startswith("./"):
            found.add(_resolve("package.json", value, files))
        elif isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return {f for f in found if f}


def _closure(roots: set[str], facts: Mapping[str, FileFacts], files: Mapping[str, bytes]) -> set[str]:
    seen, stack = set(), list(roots)
    while stack:
        path = stack.pop()
        if path in seen or path not in facts:
            continue
        seen.add(path)
        for module in facts[path].modules:
            target = _resolve(path, module, files)
            if target:
                stack.append(target)
    return seen


def _view(ff: FileFacts, when: str, text: bytes) -> FileView:
    active_scopes = ff.active_scopes()
    active = [f for f in ff.facts if f.scope in active_scopes]
    deferred = [f for f in ff.facts if f.scope not in active_scopes]
    return FileView(ff, when, text, active, deferred)


def _extract_all(code: Mapping[str, bytes], lifecycle: set[str], mains: set[str], budget: Budget) -> dict[str, FileFacts]:
    """Each file's facts, the files install hooks and the entry run first, so a budget that runs
    out leaves the least important files unread (and says which)."""
    facts: dict[str, FileFacts] = {}
    for path in sorted(code, key=lambda p: (p not in lifecycle, p not in mains, len(code[p]), p)):
        if budget.expired():
            budget.unread.append(f"{path} (not read: time budget)")
            facts[path] = FileFacts(path, complete=False)
            continue
        try:
            facts[path] = extract(path, code[path], budget)
        except RecursionError:  # a safety net: extraction is iterative, constant folding depth-capped
            budget.unread.append(f"{path} (not read: nesting too deep)")
            facts[path] = FileFacts(path, complete=False)
            continue
        if not facts[path].complete:
            budget.unread.append(f"{path} (read partly: time budget)")
    return facts


def _incomplete(budget: Budget) -> Finding:
    listed = ", ".join(budget.unread[:5]) + (f" and {len(budget.unread) - 5} more" if len(budget.unread) > 5 else "")
    return Finding("code/analysis-incomplete", Severity.HIGH, Confidence.MEDIUM, "analysis",
                   f"The code analysis did not finish within {PACKAGE_SECONDS:.0f} s; not read: {listed}. The findings "
                   "cover only what was read, and code that was not read is not clean.",
                   None, None, None, {"unread": budget.unread[:100], "budget_seconds": PACKAGE_SECONDS})


@register
class CodeAnalyzer:
    name = "code"
    version = "1"
    needs = frozenset()

    def analyze(self, context: AnalysisContext) -> list[Finding]:
        budget = Budget.seconds(PACKAGE_SECONDS)
        findings: list[Finding] = []
        # Extraction allocates millions of small objects and no cycles: the cyclic collector would
        # rescan them all, again and again, for nothing (2-4x the time on large files).
        collecting = gc.isenabled()
        gc.disable()
        try:
            for finding in self._analyze(context, budget):
                findings.append(finding)
                if budget.expired(CHECKS_GRACE):
                    budget.unread.append("the remaining checks (stopped at the time budget)")
                    break
        finally:
            if collecting:
                gc.enable()
        if budget.unread:
            findings.append(_incomplete(budget))
        return findings

    def _analyze(self, context: AnalysisContext, budget: Budget) -> Iterator[Finding]:
        artifact = context.artifact
        files = artifact.files
        code = {p: d for p, d in files.items() if is_code_file(p)}
        lifecycle = lifecycle_entry_files(artifact.manifest, files)
        mains = {p for p in _entry_files(artifact.manifest, files) if p in code}
        facts = _extract_all(code, lifecycle, mains, budget)
        install = _closure(lifecycle, facts, files)
        entry = _closure(mains, facts, files) - install
        if isinstance(artifact.manifest.get("engines"), Mapping) and "vscode" in artifact.manifest["engines"]:
            # A VS Code extension: the editor calls the main module's `activate` on its activation
            # events (often at startup), so what `activate` does runs as surely as top-level code.
            for path in mains:
                if path in facts:
                    facts[path].called_from.setdefault("activate", set()).add(None)
        views = {path: _view(ff, "install" if path in install else "entry" if path in entry else "module", code[path])
                 for path, ff in facts.items()}
        for path, view in views.items():
            yield from self._judge(view, code[path], 0)
        yield from self._cross_file(install, views)
        yield from self._cross_file(entry, views)
        package = PackageView(artifact.manifest, files, views, install, entry, mains)
        for rule in load_rules():
            if rule.per_package:
                yield from rule.check(package)

    def _judge(self, view: FileView, text: bytes, depth: int) -> Iterator[Finding]:
        for rule in load_rules():
            if not rule.per_package:
                yield from rule.check(view)
        if depth >= MAX_DECODE_DEPTH:
            return
        decodes = any(f.kind == "call" and (f.value in ("atob", "String.fromCharCode", "decodeURIComponent")
                                            or (f.value in ("Buffer.from", "buffer.Buffer.from") and f.args[1:2] in (("base64",), ("hex",)))
                                            or f.value.endswith(".reverse"))
                      for f in view.active + view.deferred)
        runner = next((f for f in view.active if runs_code(f)), None)
        writes = any(writes_file(f) for f in view.active + view.deferred)
        for fact in view.active + view.deferred:
            value = fact.value
            if fact.kind == "string" and len(value) > 40 and decodes and P.CODE_LIKE.search(value) \
                    and value.encode("utf-8", "ignore")[:60] not in text:
                payload = value.encode("utf-8", "replace")
                decoded = extract(f"{view.facts.path}#decoded@{fact.line}", payload)
                inner = _view(decoded, view.when, payload)
                if fact in view.deferred:
                    inner = FileView(decoded, view.when, payload, [], inner.active + inner.deferred)
                yield Finding("code/decoded-code", Severity.MEDIUM, Confidence.MEDIUM, "obfuscation",
                              "Builds code from an encoded or split string and hides it from readers.",
                              view.facts.path, fact.line, value[:200].replace("\n", " "), {"when": view.when})
                if runner is not None and view.when in ("install", "entry"):
                    # Hidden code plus something that runs code when the file runs: a loader.
                    yield Finding("code/eval-decoded", Severity.HIGH, Confidence.HIGH, "obfuscation",
                                  f"Decodes hidden code and runs code at run time ({runner.value}), "
                                  + ("at install time." if view.when == "install" else "as soon as the package is loaded."),
                                  view.facts.path, runner.line, runner.snippet[:200], {"when": view.when})
                for finding in self._judge(inner, payload, depth + 1):
                    # A behaviour the author encoded to hide it weighs more than the same code in the open.
                    severity = Severity(min(finding.severity + 1, Severity.CRITICAL)) if finding.severity >= Severity.MEDIUM else finding.severity
                    yield Finding(finding.rule, severity, finding.confidence, finding.category,
                                  finding.message + " (in decoded code)", view.facts.path, fact.line,
                                  finding.snippet, finding.details)
            elif fact.kind == "string" and len(value) > 80 and writes and P.CODE_LIKE.search(value):
                # Code kept as a string and written to disk (a payload patched into another package,
                # a script dropped then run) is judged like code of the package.
                payload = value.encode("utf-8", "replace")
                inner = _view(extract(f"{view.facts.path}#embedded@{fact.line}", payload), view.when, payload)
                for finding in self._judge(inner, payload, depth + 1):
                    yield Finding(finding.rule, finding.severity, finding.confidence, finding.category,
                                  finding.message + " (in code this file writes to disk)", view.facts.path, fact.line,
                                  finding.snippet, finding.details)

    def _cross_file(self, closure: set[str], all_views: Mapping[str, FileView]) -> Iterator[Finding]:
        """A secret read in one file of a closure and sent from another (or a blob decrypted in
        one and run in another)."""
        if not 2 <= len(closure) <= MAX_CLOSURE:
            return  # large libraries: their module graph is not where droppers hide
        chain_rules = [r for r in load_rules() if r.spans_files]
        views = {p: all_views[p] for p in closure}
        when = next(iter(views.values())).when
        # What one file shows alone is reported by the file; the combination only adds what is new.
        alone = {(f.rule, f.severity) for v in views.values() for r in chain_rules for f in r.check(v)}
        invoked: set[str] = set()
        for path, view in views.items():
            for fact in view.active:
                if fact.kind == "call" and fact.value.startswith("."):
                    # `require('./x')()` or `x.run()` at load runs x's exported functions too.
                    spec = fact.value
                    while spec and not _resolve(path, spec, all_views):
                        spec = spec.rpartition(".")[0] if "." in spec.lstrip(".") else ""
                    target = _resolve(path, spec, all_views) if spec else None
                    if target:
                        invoked.add(target)
        combined = FileFacts(sorted(closure)[0])
        for path in sorted(closure):
            combined.facts.extend(views[path].active)
            if path in invoked:
                combined.facts.extend(views[path].deferred)
        view = FileView(combined, when, b"", combined.facts, [])
        for finding in (f for r in chain_rules for f in r.check(view)):
            if (finding.rule, finding.severity) in alone:
                continue
            yield Finding(finding.rule, finding.severity, finding.confidence, finding.category,
                          finding.message + f" (across {len(closure)} files of the package)", finding.file,
                          finding.line, finding.snippet, {**finding.details, "files": sorted(closure)})
