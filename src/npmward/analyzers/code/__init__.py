"""The code analyzer: parse every JS/TS file once, extract facts, run the rules.

Each file is judged with what runs when: files a lifecycle script runs (and the files they require)
are `install`, the entry module and what it requires are `entry`, the rest `module`. Chains that
span files of one install or entry closure are found on the closure's combined facts. Strings
decoded from base64/hex/char codes that look like code are parsed and judged like a file.
"""

from __future__ import annotations

import posixpath
import re
from typing import Iterator, Mapping

from ...model import Confidence, Finding, Severity
from ..base import AnalysisContext, register
from ..install_scripts import SHELL_SCRIPTS, judge_shell_file, lifecycle_entry_files
from . import patterns as P
from .facts import FileFacts, extract
from .rules import RULES, WHEN_TEXT, FileView, decrypt_and_run, exfiltration_chain, runs_code, writes_file

CHAIN_RULES = (exfiltration_chain, decrypt_and_run)
"""Rules whose parts attackers spread over several files of a package (see `_cross_file`)."""

JS_EXTENSIONS = (".js", ".cjs", ".mjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")
MAX_DECODE_DEPTH = 2
MAX_CLOSURE = 25
NATIVE_NAME = re.compile(r"(^@[\w.-]+/(\w+-)?(linux|darwin|win32|windows|freebsd|android|sunos|openbsd|aix)[\w.-]*$)|prebuilt|-bin$|binary|native|sharp|esbuild|swc|turbo|sentry-cli|chromedriver|puppeteer|electron|playwright", re.I)


def is_code_file(path: str) -> bool:
    return path.endswith(JS_EXTENSIONS) and not path.endswith(".d.ts")


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


@register
class CodeAnalyzer:
    name = "code"
    version = "1"
    needs = frozenset()
    cost = 10
    """Runs after the cheap analyzers, so a package that exhausts its budget here keeps their findings."""

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        artifact = context.artifact
        files = artifact.files
        code = {p: d for p, d in files.items() if is_code_file(p)}
        facts = {p: extract(p, d) for p, d in code.items()}
        install = _closure(lifecycle_entry_files(artifact.manifest, files), facts, files)
        mains = {p for p in _entry_files(artifact.manifest, files) if p in code}
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
        yield from _bundled_binaries(artifact.manifest, files)
        yield from _runs_shipped_files({p: views[p] for p in install | entry}, artifact.manifest, files)
        yield from _entry_blob(mains - install, facts, code)

    def _judge(self, view: FileView, text: bytes, depth: int) -> Iterator[Finding]:
        for check in RULES:
            yield from check(view)
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
        views = {p: all_views[p] for p in closure}
        when = next(iter(views.values())).when
        # What one file shows alone is reported by the file; the combination only adds what is new.
        alone = {(f.rule, f.severity) for v in views.values() for check in CHAIN_RULES for f in check(v)}
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
        for finding in (f for check in CHAIN_RULES for f in check(view)):
            if (finding.rule, finding.severity) in alone:
                continue
            yield Finding(finding.rule, finding.severity, finding.confidence, finding.category,
                          finding.message + f" (across {len(closure)} files of the package)", finding.file,
                          finding.line, finding.snippet, {**finding.details, "files": sorted(closure)})


def _executable_kind(path: str, data: bytes, libraries: bool = False) -> str | None:
    """ELF/PE/Mach-O by magic bytes. `.node`/`.dll`/`.wasm` are loaded, not run, and are left out,
    unless `libraries`: a DLL that code names next to an exec call is run (`rundll32 x.dll,main`)."""
    kind = next((k for magic, k in P.EXECUTABLE_MAGIC.items() if data.startswith(magic)), None)
    if kind is None or (kind == "PE" and len(data) < 64) or path.endswith((".node", ".wasm")) \
            or (path.endswith(".dll") and not libraries):
        return None
    return kind


def _is_native_distribution(manifest: Mapping) -> bool:
    return bool(manifest.get("os") or manifest.get("cpu")) or bool(NATIVE_NAME.search(str(manifest.get("name", ""))))


def _runs_shipped_files(views: Mapping[str, FileView], manifest: Mapping, files: Mapping[str, bytes]) -> Iterator[Finding]:
    """Install or entry code that runs a script or an executable shipped in the package: the
    batch file of the coa/rc compromise, the miner script of ua-parser-js, a binary spawned on load.
    What that script does is judged line by line, like an install hook."""
    scripts = [p for p in files if p.endswith((*SHELL_SCRIPTS, ".vbs", ".command"))]
    binaries = {p: k for p, d in files.items() if (k := _executable_kind(p, d, libraries=True))}
    if not (scripts or binaries):
        return
    native = _is_native_distribution(manifest)
    for path, view in sorted(views.items()):
        for facts, active in ((view.active, True), (view.deferred, False)):
            runner = next((f for f in facts if f.kind == "call" and (P.EXEC_CALLS.match(f.value) or f.value.startswith("fs.chmod"))), None)
            if runner is None:
                continue
            mentioned = [f for f in facts if f.kind == "string"] + \
                [f for f in facts if f.kind == "call" and P.EXEC_CALLS.match(f.value)]
            # A native-binary distribution runs its binary on demand (or checks it at install);
            # one that starts it as soon as it is required, detached, is running a payload.
            on_load = active and view.when == "entry"
            for target in scripts + (list(binaries) if on_load or not native else []):
                if not any(_names_file(a, target) for f in mentioned for a in ((f.value,) if f.kind == "string" else f.args) if a):
                    continue
                when = WHEN_TEXT[view.when] if active else "when one of its functions is called"
                if target in binaries:
                    severity, confidence = view.grade((Severity.CRITICAL, Confidence.HIGH), (Severity.CRITICAL, Confidence.HIGH),
                                                      (Severity.MEDIUM, Confidence.MEDIUM), active)
                    if native and b"detached" not in view.text:
                        severity, confidence = Severity.HIGH, Confidence.MEDIUM
                    yield Finding("code/bundled-binary", severity, confidence, "dropper",
                                  f"Ships a {binaries[target]} executable ({target}) that {path} runs, {when}.",
                                  path, runner.line, runner.snippet[:200], {"when": view.when, "format": binaries[target]})
                    continue
                for finding in judge_shell_file(view.when, target, files):
                    severity = finding.severity if active else Severity(max(finding.severity - 1, Severity.INFO))
                    yield Finding(finding.rule, severity, finding.confidence, finding.category,
                                  f"{finding.message} ({target} is run by {path}, {when})", finding.file, finding.line,
                                  finding.snippet, {**finding.details, "run_by": path, "when": view.when})
            break


def _names_file(text: str, target: str) -> bool:
    """Whether a string names the package file `target` (by its path, or by a distinctive basename)."""
    text = text.replace("\\", "/")
    if text.endswith("/" + target) or text == target:
        return True
    return re.search(r"(^|[\s/'\"])" + re.escape(posixpath.basename(target)) + r"($|[\s'\"])", text) is not None


def _bundled_binaries(manifest: Mapping, files: Mapping[str, bytes]) -> Iterator[Finding]:
    native = _is_native_distribution(manifest)
    scripts = " ".join(str(v) for v in (manifest.get("scripts") or {}).values()) if isinstance(manifest.get("scripts"), Mapping) else ""
    for path, data in files.items():
        kind = _executable_kind(path, data)
        if kind is None:
            continue
        if path.lower().endswith(P.NOT_EXECUTABLE_EXTENSIONS):
            yield Finding("code/disguised-binary", Severity.HIGH, Confidence.HIGH, "dropper",
                          f"{path} is a {kind} executable named like a {path.rsplit('.', 1)[-1]} file: a disguised payload.",
                          path, None, None, {"format": kind})
            continue
        run_by_script = posixpath.basename(path) in scripts
        if native and not run_by_script:
            continue
        yield Finding("code/bundled-binary", Severity.CRITICAL if run_by_script else Severity.MEDIUM,
                      Confidence.HIGH if run_by_script else Confidence.LOW, "dropper",
                      f"Ships a {kind} executable ({path})" + (" that a lifecycle script runs." if run_by_script
                                                                else " in a package that is not a native-binary distribution."),
                      path, None, None, {"format": kind})


def _entry_blob(entry: set[str], facts: Mapping[str, FileFacts], code: Mapping[str, bytes]) -> Iterator[Finding]:
    """A minified or obfuscated blob in the entry file of a package whose other files are plain:
    the shape of a trojanized release of an otherwise readable library."""
    def dense(data: bytes) -> bool:
        lines = data.split(b"\n")
        return max((len(line) for line in lines), default=0) > 5000 and len(data) > 2000

    others = [p for p in code if p not in entry]
    dense_others = sum(1 for p in others if dense(code[p]))
    if len(others) < 2 or dense_others > len(others) // 10:
        return
    for path in entry:
        data = code[path]
        if dense(data) and not path.endswith((".min.js",)) \
                and not any(seg in path for seg in ("dist/", "build/", "umd/", "bundle")):
            yield Finding("code/entry-blob", Severity.MEDIUM, Confidence.MEDIUM, "obfuscation",
                          "The entry file holds a minified or obfuscated blob while the package's other files are plain.",
                          path, None, None, {"when": "entry"})
