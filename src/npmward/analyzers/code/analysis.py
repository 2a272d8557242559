"""The code analyzer's work: parse, extract, link, judge (the package `code` says how)."""

from __future__ import annotations

import gc
import json
import re
from typing import Iterator, Mapping

from ...diff import TEST_PATH
from ...model import Confidence, Finding, Severity
from ..base import AnalysisContext
from . import flow, reach
from . import patterns as P
from .behaviours import runs_code, writes_file
from .budget import CHECKS_GRACE, PACKAGE_SECONDS, Budget
from .consts import HOLE
from .extract import extract
from .package import (
    action_files,
    bin_files,
    compiled_twins,
    entry_files,
    inline_code,
    lifecycle_files,
    node_scripts,
    polyglot_scripts,
    resolve,
    subpaths,
    ts_sources_run,
)
from .parse import TS_EXTENSIONS, is_code_file
from .program import FileFacts
from .rules import load_rules
from .rules._chain import sinks
from .strings import decode_invisible
from .tools import command_implementations, cordova_hooks, less_plugins, schematic_factories, snap_bundles, tool_files
from .view import FileView, PackageView

MAX_DECODE_DEPTH = 2
RUNNER_SPAN = 20
"""Lines between hidden code and the eval that runs it."""
DATA_FILES = (".json", ".map")
MAX_DATA_FILE = 1_000_000
FUNCTION_VALUE = re.compile(r"^\s*\(?\s*(?:async\s+)?(?:function\b|\([^()]{0,200}\)\s*=>)")
DATA_CODE_LIKE = re.compile(P.CODE_LIKE.pattern + r"|\.request\(|\.readFileSync\(|\bmainModule\b|\b_load\(|\bspawn\(")
"""What makes a data file's string read like code worth judging (the module loader reached without `require`)."""
INVISIBLE_BYTES = re.compile(rb"\xef\xb8[\x80-\x8f]|\xf3\xa0[\x80-\x87]|\\u(?:fe0|FE0|db40|DB40)")
"""The UTF-8 (or a JSON escape) of a variation selector or a tag character: a file worth reading for invisible code."""
MAX_DATA_CODE = 12
"""Code strings of data files judged per package (each is extracted and linked as a file)."""
MAX_CLOSURE = 25
VISIBLE_PART = 12
"""Characters of a template's constant part looked for in the file (shorter parts prove nothing)."""
EVENT_HANDLER = re.compile(r"""<[a-zA-Z][^<>]*?\son[a-z]{3,24}\s*=\s*(?:"([^"]{24,4000})"|'([^']{24,4000})')""")
"""An HTML or SVG element's inline event handler (`onload`, `onerror`, …) long enough to hold more than a call."""
PAGE_CODE = re.compile(r"\.prototype\.\w+\s*=[^=]|\b(local|session)Storage\.\w+\(|\bdocument\.\w+")
"""Code for a page, which a build plugin puts into the bundles it emits: a built-in's method replaced, the page's
storage or document used (code to run, not the text of a message)."""


def _extract_all(code: Mapping[str, bytes], lifecycle: set[str], mains: set[str], budget: Budget,
                 subpaths: Mapping[str, str] | None = None) -> dict[str, FileFacts]:
    """Each file's facts, the files install hooks and the entry run first, so a budget that runs
    out leaves the least important files unread (and says which)."""
    facts: dict[str, FileFacts] = {}
    for path in sorted(code, key=lambda p: (p not in lifecycle, p not in mains, len(code[p]), p)):
        if budget.expired():
            budget.unread.append(f"{path} (not read: time budget)")
            facts[path] = FileFacts(path, complete=False)
            continue
        try:
            facts[path] = extract(path, code[path], budget, subpaths, entry=path in lifecycle or path in mains)
        except RecursionError:  # a safety net: extraction is iterative, constant folding depth-capped
            budget.unread.append(f"{path} (not read: nesting too deep)")
            facts[path] = FileFacts(path, complete=False)
            continue
        except Exception as exc:  # noqa: BLE001 - a bug one file's syntax finds must not blind the other files
            budget.unread.append(f"{path} (not read: internal error, {type(exc).__name__}: {exc})"[:300])
            facts[path] = FileFacts(path, complete=False)
            continue
        if not facts[path].walked and not facts[path].complete:
            budget.unread.append(f"{path} (not read: {len(code[path]) / 1e6:.1f} MB, over the size read)")
        elif not facts[path].complete:
            budget.unread.append(f"{path} (read partly: time budget)")
    return facts


def _hidden(value: str, view: FileView) -> bool:
    """A string a reader of the file does not see: decoded or folded from pieces. A template with
    run-time parts (`${*}`) whose every constant part is in the file is an ordinary template (a CLI
    that generates code), not code hidden in a split string; nor is a string literal written with escapes (see
    `_escaped_in`)."""
    text = view.text
    if HOLE not in value:
        return value.encode("utf-8", "ignore")[:60] not in text and not _escaped_in(value, view)
    parts = [part.strip() for part in value.split(HOLE)]
    # (a part written with escapes, `"(emit) => {\n  const closure = …".concat(src, …)`, is in the file as written)
    return any(part.encode("utf-8", "ignore")[:VISIBLE_PART] not in text and not _escaped_in(part, view)
               for part in parts if len(part) >= VISIBLE_PART)


ESCAPES = re.compile(rb"\\[nrtv]")
UNSPELLED = re.compile(rb"[\s\\'\"`]")


def _escaped_in(value: str, view: FileView) -> bool:
    """Whether the file writes `value` as a string literal with escapes (an old browserify bundle's
    `Function([...], "function filter (xs) {\n  var res = [];…")`, webpack's eval devtool): the same text, less its
    whitespace, quotes and backslashes, is in the file's text less the same and its `\n` escapes."""
    if "unspelled" not in view.derived:
        view.derived["unspelled"] = UNSPELLED.sub(b"", ESCAPES.sub(b"", view.text))
    probe = UNSPELLED.sub(b"", value.encode("utf-8", "ignore"))[:60]
    return probe in view.derived["unspelled"]


def _evaluated(fact) -> str | None:
    """The constant code a runner is given: its last argument (`Function('a', 'return a')`, `eval(code)`), or a worker
    thread's source (`new Worker(source, { eval: true })`)."""
    if not fact.args:
        return None
    return fact.args[0] if fact.value == P.WORKER_EVAL else fact.args[-1]


def _incomplete(budget: Budget) -> Finding:
    listed = ", ".join(budget.unread[:5]) + (f" and {len(budget.unread) - 5} more" if len(budget.unread) > 5 else "")
    return Finding("code/analysis-incomplete", Severity.HIGH, Confidence.MEDIUM, "analysis",
                   f"The code analysis could not read all of the package (budget {PACKAGE_SECONDS:.0f} s of CPU); not "
                   f"read: {listed}. The findings cover only what was read, and code that was not read is not clean.",
                   None, None, None, {"unread": budget.unread[:100], "budget_seconds": PACKAGE_SECONDS})


def views_of(program: reach.Program, code: Mapping[str, bytes], manifest: Mapping | None = None) -> dict[str, FileView]:
    levels: dict[str, dict[int | None, str]] = {path: {} for path in program.files}
    for (path, scope), level in program.levels.items():
        levels[path][scope] = level
    edges: dict[str, set[tuple[int | None, int | None]]] = {path: set() for path in program.files}
    for (path, caller), callees in program.edges.items():
        edges[path].update((caller, scope) for other, scope in callees if other == path)
    return {path: FileView(ff, levels[path].get(None, "module"), code[path], levels[path], edges[path], manifest=manifest,
                           program=program)
            for path, ff in program.files.items()}


UNIFIED_DIFF = re.compile(r"^(?:diff --git |--- \S)[^\n]*\n(?:[^\n]*\n){0,3}?\+\+\+ \S", re.M)


def _added_code(text: str) -> str:
    """What a unified diff adds (its `+` lines, unprefixed), for a hidden patch (`patches/dotenv+16.4.5.patch` written
    from a gzip blob): the code it puts into another package is what is judged; other text is judged as it is."""
    if "+++ " not in text[:2000] or UNIFIED_DIFF.search(text[:2000]) is None:
        return text
    return "\n".join(line[1:] for line in text.splitlines() if line.startswith("+") and not line.startswith("+++ "))


_LEVEL_ORDER = ("install", "entry", "module", "deferred")


def _strings(tree, key: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    """(key, string) of each string a parsed JSON document holds, with the key it sits under (a list's items under the
    list's key)."""
    if depth > 20:
        return
    if isinstance(tree, str):
        yield key, tree
    elif isinstance(tree, dict):
        for k, v in tree.items():
            yield from _strings(v, str(k), depth + 1)
    elif isinstance(tree, list):
        for v in tree[:10_000]:
            yield from _strings(v, key, depth + 1)


def _standalone(path: str, payload: bytes, level: str, manifest: Mapping | None, written: bool = False) -> FileView:
    """A decoded or embedded payload judged like a file whose top level runs at `level`; `written`: code that runs writes
    it out as a module, so what loads it (a tool's plugin folder, an app's config) calls its exports."""
    facts = extract(path, payload)
    program = reach.build({path: facts}, {path} if level == "install" else set(),
                          {path} if level == "entry" or (written and level != "deferred") else set(), others=level == "module")
    return views_of(program, {path: payload}, manifest)[path]


def read_package(manifest: Mapping, files: Mapping[str, bytes], budget: Budget) -> tuple[dict[str, bytes], set[str], reach.Program, dict[str, FileView]]:
    """The package as the rules see it: its code files, entry modules, linked program and each file's
    view (also what `npmward trace` shows)."""
    lifecycle = lifecycle_files(manifest, files)
    polyglots = polyglot_scripts(files)
    scripts = node_scripts(files, lifecycle) | polyglots
    # (an image's NUL bytes sit inside the comment its header opens, which V8 skips and tree-sitter's lexer stops at)
    code = {p: d.replace(b"\0", b" ") if p in polyglots else d for p, d in files.items() if is_code_file(p) or p in scripts}
    for hook, inline in inline_code(manifest):
        # `"postinstall": "node -e \"require('./dist/setup').prepare()\""`: the hook's code is a file the hook runs,
        # linked to the package's files it requires (what it calls of them runs at install too).
        code[f"package.json#scripts.{hook}"] = inline.encode("utf-8", "replace")
        lifecycle.add(f"package.json#scripts.{hook}")
    mains = {p for p in entry_files(manifest, files) | action_files(files) if p in code}
    # TypeScript runs nowhere once published unless a tool is told to run it: Node does not strip
    # types under node_modules. So TypeScript tests are not read (a package's users do not run its
    # tests; zod ships 1.7 MB of them), nor TypeScript sources shipped beside their compiled output
    # when no manifest field hands the sources to a bundler (zod's 3 MB of `src/`: its compiled
    # twin is what runs, and it is read). JavaScript tests are kept: a hook or the entry can
    # require them.
    starts = lifecycle | mains | bin_files(manifest, files)
    unrun = {p for p in code if p.endswith(TS_EXTENSIONS) and TEST_PATH.search(p)}
    if not ts_sources_run(manifest):
        unrun |= compiled_twins(code)
    code = {p: d for p, d in code.items() if p in starts or p not in unrun}
    facts = _extract_all(code, lifecycle, mains, budget, subpaths(manifest))
    # A VS Code extension: the editor calls the main module's `activate` on its activation
    # events (often at startup), so what `activate` does runs as surely as top-level code.
    vscode = isinstance(manifest.get("engines"), Mapping) and "vscode" in manifest["engines"]
    # (A bin's top level is graded like any other module's: it runs when a user types its command,
    # with arguments; as an entry point nodemon's windows-kill.exe and cuid2's shell-completion
    # installer were alarms.)
    whole = schematic_factories(manifest, files, facts) | snap_bundles(files)
    tools = tool_files(manifest, facts, mains) | whole | ((cordova_hooks(files) | less_plugins(files)) & set(facts))
    # A JavaScript test (or example, fixture, benchmark) that nothing but such files loads is not linked either: its
    # runner, not the package's user, loads it. Linked, its `describe` blocks would call the whole library at load with
    # the test's fixtures (an IP address, a path under the home directory) as arguments (gemini-cli-core's 412 tests).
    tests = {p for p in facts if TEST_PATH.search(p) and p not in starts | tools}
    if tests:
        linked = reach.loaded_by(facts, set(facts) - tests)
        facts = {p: ff for p, ff in facts.items() if p in linked}
    program = reach.build(facts, lifecycle, mains, activate=vscode, tools=tools, whole=whole,
                          commands=command_implementations(manifest, files, facts))
    return code, mains, program, views_of(program, code, manifest)


class CodeAnalysis:
    """The analysis behind `CodeAnalyzer` (see the package's docstring)."""

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
        except Exception as exc:  # noqa: BLE001 - what was found before a bug stopped the checks still counts
            budget.unread.append(f"the remaining checks (internal error, {type(exc).__name__}: {exc})"[:300])
        finally:
            if collecting:
                gc.enable()
        if budget.unread:
            findings.append(_incomplete(budget))
        return findings

    def _analyze(self, context: AnalysisContext, budget: Budget) -> Iterator[Finding]:
        manifest = context.artifact.manifest
        code, mains, program, views = read_package(manifest, context.artifact.files, budget)
        # A build plugin's code strings are code of the bundles it emits, in its own file and in the modules it imports
        # (a Rollup plugin whose renderChunk appends what a helper module returns).
        emitting = [path for path, view in views.items() if view.emits_to_build()]
        emitted = set(emitting) | {target for path in emitting for _, module in views[path].facts.requires
                                   if (target := resolve(path, module, views)) is not None}
        for path, view in views.items():
            yield from self._judge(view, code[path], 0, path in emitted)
        install = {p for p, v in views.items() if v.when == "install"}
        entry = {p for p, v in views.items() if v.when == "entry"}
        yield from self._cross_file(install, views)
        yield from self._cross_file(entry, views)
        yield from self._data_code(views, code, context.artifact.files, manifest)
        package = PackageView(manifest, context.artifact.files, views, install, entry, mains)
        for rule in load_rules():
            if rule.per_package:
                yield from rule.check(package)

    def _data_code(self, views: dict[str, FileView], code: dict[str, bytes], files: Mapping[str, bytes],
                   manifest: Mapping) -> Iterator[Finding]:
        """Code a data file of the package holds under a key its code reads (a locale's `$plural` rule, a source map's
        `sourcesContent`), in a package that runs strings it did not write as code (`new Function(src)`, `eval(src)`):
        judged as code run where that runner runs. A translation bundle's "plural rule" that reads ~/.npmrc and posts
        it (blind set 40) is the package's code, kept where a reader of its JavaScript does not look."""
        runners = [(view, f) for view in views.values() for f in view.runners() if not f.args or f.args[-1] is None]
        if not runners:
            return
        # (a runner inside a function runs what it is handed when the package's API is used: as a module of it does)
        level = min((view.level(f) if view.level(f) != "deferred" else "module" for view, f in runners), key=_LEVEL_ORDER.index)
        runner = next(f for view, f in runners)
        judged = 0
        read: dict[bytes, bool] = {}

        def mentioned(word: bytes) -> bool:  # (the package's code names the key: most data files' keys it does not read)
            if word not in read:
                read[word] = any(word in text for text in code.values())
            return read[word]

        for path in sorted(files):
            data = files[path]
            if not path.endswith(DATA_FILES) or path == "package.json" or len(data) > MAX_DATA_FILE or TEST_PATH.search(path) \
                    or (path.endswith(".map") and not mentioned(b"sourcesContent")):
                continue  # (JSON escapes hide nothing from the parser: its strings are read whatever their spelling)
            try:
                tree = json.loads(data)
            except (ValueError, RecursionError):
                continue
            invisible = INVISIBLE_BYTES.search(data) is not None
            for key, value in _strings(tree):
                if judged >= MAX_DATA_CODE:
                    break
                # (code spelled in invisible characters needs no key the code names: hiding it is the tell, and the
                # package may walk every key, as blind set 53's emoji table "normalised" each value)
                hidden = decode_invisible(value) if invisible and len(value) >= 32 else None
                if hidden and DATA_CODE_LIKE.search(hidden):
                    value, where = hidden, f"hides in invisible characters under `{key}`"
                elif len(value) < 80 or not DATA_CODE_LIKE.search(value) or not mentioned(key.encode()):
                    continue
                else:
                    where = f"holds under `{key}`"
                judged += 1
                # (a function kept as data, `(function (require) {…})`, is made to be called: its body is what runs)
                whole_function = FUNCTION_VALUE.match(value) is not None and value.rstrip().endswith(("}", "})"))
                payload = (f"({value.strip()})();" if whole_function else value).encode("utf-8", "replace")
                inner = _standalone(f"{path}#{key}", payload, level, manifest)
                for finding in self._judge(inner, payload, MAX_DECODE_DEPTH - 1):
                    if finding.severity >= Severity.HIGH:  # (kept out of the code's sight: weighs as decoded code does)
                        yield Finding(finding.rule, _raised(finding.severity), finding.confidence, finding.category,
                                      finding.message + f" (in code the data file {where}, which the package "
                                      f"runs as code: {runner.value})", path, None, value[:200].replace("\n", " "),
                                      finding.details)

    def _judge(self, view: FileView, text: bytes, depth: int, emits: bool | None = None) -> Iterator[Finding]:
        """The file's findings; `emits`: whether its code strings go into a bundle a build plugin emits (None: found
        from the file alone, as for decoded or embedded code)."""
        for rule in load_rules():
            if not rule.per_package:
                yield from rule.check(view)
        if depth >= MAX_DECODE_DEPTH:
            return
        facts = view.all
        decodes = view.facts.decoded_literals or any(f.kind == "call" and (f.value in ("atob", "String.fromCharCode", "decodeURIComponent")
                                            or (f.value in ("Buffer.from", "buffer.Buffer.from") and f.args[1:2] in (("base64",), ("hex",)))
                                            or f.value.endswith(".reverse"))
                      for f in facts)
        # Runners that run decoded data (the flow says so) when the package runs.
        runners = [f for f in view.runners() if view.level(f) != "deferred" and view.labels(f) & flow.DECODED]
        # Code kept as a string is code of the package when the file writes it to disk or puts it
        # in what a bundler emits (a plugin's generateBundle/renderChunk/transformIndexHtml hooks,
        # webpack's alterAssetTags/processAssets taps), or what a module-loader hook (`load(url,
        # context, nextLoad)`) hands Node in place of a module's source.
        writes = (view.emits_to_build() if emits is None else emits) or any(writes_file(f) for f in facts) \
            or any("nextLoad" in f.param_names for f in view.facts.funcs)
        for fact in facts:
            value = fact.value
            level = view.level(fact)
            if fact.kind == "string" and len(value) > 40 and decodes and P.CODE_LIKE.search(value) and _hidden(value, view):
                payload = _added_code(value).encode("utf-8", "replace")
                # (hidden code made in a function the application calls, to run or to write out as a module, runs when
                # that module is: at least as a module of the package is)
                inner = _standalone(f"{view.facts.path}#decoded@{fact.line}", payload, view.scope_runs(fact.scope),
                                    view.manifest, written=writes)
                yield Finding("code/decoded-code", Severity.MEDIUM, Confidence.MEDIUM, "obfuscation",
                              "Builds code from an encoded or split string and hides it from readers.",
                              view.facts.path, fact.line, value[:200].replace("\n", " "), {"when": level})
                # The runner must be beside the hidden code (the same function, or a few lines away):
                # in a bundle, decoded data from one module reaches an eval in another only on paper.
                runner = next((r for r in runners if r.scope == fact.scope or abs(r.line - fact.line) <= RUNNER_SPAN), None)
                runner_level = view.level(runner) if runner is not None else "deferred"
                if runner is not None and runner_level in ("install", "entry"):
                    # Hidden code plus something that runs code when the package runs: a loader.
                    yield Finding("code/eval-decoded", Severity.HIGH, Confidence.HIGH, "obfuscation",
                                  f"Decodes hidden code and runs code at run time ({runner.value}), "
                                  + ("at install time." if runner_level == "install" else "as soon as the package is loaded."),
                                  view.facts.path, runner.line, runner.snippet[:200], {"when": runner_level})
                for finding in self._judge(inner, payload, depth + 1):
                    # A behaviour the author encoded to hide it weighs more than the same code in the open.
                    yield Finding(finding.rule, _raised(finding.severity), finding.confidence, finding.category,
                                  finding.message + " (in decoded code)", view.facts.path, fact.line,
                                  finding.snippet, finding.details)
            elif fact.kind in ("call", "new") and runs_code(fact) and (code := _evaluated(fact)) and P.CODE_LIKE.search(code):
                # `eval("require('util').inspect")`: constant code, judged as code of the package (run where the eval
                # is: in a function the application calls, as a module of the package is).
                payload = code.encode("utf-8", "replace")
                inner = _standalone(f"{view.facts.path}#evaluated@{fact.line}", payload, view.scope_runs(fact.scope),
                                    view.manifest)
                runner = "import() of a base64 data: URL" if fact.value == P.DATA_URL_IMPORT + ":base64" else \
                    "import() of a data: URL" if fact.value == P.DATA_URL_IMPORT else fact.value
                # Code no reader of the file sees (a decoder of the file's own made it of a packed constant) is
                # hidden code run, not a constant kept out of a bundler's sight.
                hidden = not fact.value.startswith(P.DATA_URL_IMPORT) and len(code) > 40 and _hidden(code, view)
                if fact.value.endswith(":base64") and level in ("install", "entry"):
                    yield Finding("code/eval-decoded", Severity.HIGH, Confidence.HIGH, "obfuscation",
                                  f"Runs code hidden in base64 through an {runner}, "
                                  + ("at install time." if level == "install" else "as soon as the package is loaded."),
                                  view.facts.path, fact.line, fact.snippet[:200], {"when": level})
                elif hidden:
                    yield view.finding("eval-decoded", Severity.HIGH,
                                       Confidence.HIGH if level != "deferred" or view.run_by_app(fact) else Confidence.MEDIUM,
                                       "obfuscation", f"Runs code it decodes from a constant it hides ({runner}), "
                                       f"{view.run_text(fact)}.", fact, level)
                for finding in self._judge(inner, payload, depth + 1):
                    yield Finding(finding.rule, _raised(finding.severity) if hidden else finding.severity,
                                  finding.confidence, finding.category,
                                  finding.message + f" (in code it evaluates with {runner})", view.facts.path, fact.line,
                                  finding.snippet, finding.details)
            elif "<" in value and (markup := _markup_code(fact)) is not None:
                yield from self._judge_markup(view, fact, *markup, depth)
            elif fact.kind == "string" and len(value) > 80 and writes and (P.CODE_LIKE.search(value) or PAGE_CODE.search(value)):
                # Code kept as a string and written to disk (a payload patched into another package,
                # a script dropped then run) is judged like code of the package.
                payload = value.encode("utf-8", "replace")
                inner = _standalone(f"{view.facts.path}#embedded@{fact.line}", payload, level, view.manifest)
                spliced = _environment_sent(view, fact, inner) if HOLE in value and emits is not False else None
                if spliced is not None:
                    yield spliced
                # (what a build plugin puts into every bundle it emits and sends away runs in each user's browser or
                # extension: a step more, as the Cyberhaven extension's build did with its users' cookies)
                into_build = emits is not False and view.emits_to_build()
                for finding in self._judge(inner, payload, depth + 1):
                    raised = into_build and finding.category == "exfiltration" and finding.severity == Severity.HIGH
                    yield Finding(finding.rule, _raised(finding.severity) if raised else finding.severity,
                                  Confidence.HIGH if raised else finding.confidence, finding.category,
                                  finding.message + " (in code this file writes to disk or into a build's output)", view.facts.path, fact.line,
                                  finding.snippet, finding.details)

        for scope, line, script in view.facts.inline_code:
            # `spawn(process.execPath, ['-e', CHILD], {detached: true})`: the child's code is the package's, run where
            # the process is started (the module's level, or code the application runs).
            payload = script.encode("utf-8", "replace")
            inner = _standalone(f"{view.facts.path}#inline@{line}", payload, view.scope_runs(scope), view.manifest)
            for finding in self._judge(inner, payload, depth + 1):
                yield Finding(finding.rule, finding.severity, finding.confidence, finding.category,
                              finding.message + " (in the script of a process this file starts)", view.facts.path,
                              line, finding.snippet, finding.details)

    def _judge_markup(self, view: FileView, fact, code: str, handler: bool, depth: int) -> Iterator[Finding]:
        """Code in markup a string holds, judged as code: an inline event handler (`<image onload="(0,eval)(atob('…'))">`
        in an icon's SVG: the page runs it when the markup is rendered, which no reader of the package's JavaScript
        sees as code; weighed a step more, as decoded code is), or an inline `<script>` of a page the package serves
        (`res.send(renderPage(o))` with `<script>… requestInterceptor: function (req) {…}</script>`), which runs in each
        page the app serves when code the application runs builds it."""
        payload = code.encode("utf-8", "replace")
        if handler:
            level, kind, where = view.level(fact), "handler", "an HTML event handler of markup the package renders"
        else:
            level = "entry" if view.run_by_app(fact) else view.scope_runs(fact.scope)
            kind, where = "script", "a script of a page the package serves"
        inner = _standalone(f"{view.facts.path}#{kind}@{fact.line}", payload, level, view.manifest)
        for finding in self._judge(inner, payload, depth + 1):
            yield Finding(finding.rule, _raised(finding.severity) if handler else finding.severity, finding.confidence,
                          finding.category, finding.message + f" (in {where})", view.facts.path, fact.line,
                          finding.snippet, finding.details)

    def _cross_file(self, closure: set[str], all_views: Mapping[str, FileView]) -> Iterator[Finding]:
        """Parts of one behaviour spread over the files of the install or entry code (a blob
        decrypted in one file and run in another): the rules that span files see what runs there."""
        if not 2 <= len(closure) <= MAX_CLOSURE:
            return  # large libraries: their module graph is not where droppers hide
        chain_rules = [r for r in load_rules() if r.spans_files]
        views = {p: all_views[p] for p in closure}
        when = next(iter(views.values())).when
        # What one file shows alone is reported by the file; the combination only adds what is new.
        alone = {(f.rule, f.severity) for v in views.values() for r in chain_rules for f in r.check(v)}
        combined = FileFacts(sorted(closure)[0])
        for path in sorted(closure):
            combined.facts.extend(f for f in views[path].all if views[path].level(f) != "deferred")
        # Everything in the combined view runs at the closure's level.
        view = FileView(combined, when, b"", default=when)
        for finding in (f for r in chain_rules for f in r.check(view)):
            if (finding.rule, finding.severity) in alone:
                continue
            yield Finding(finding.rule, finding.severity, finding.confidence, finding.category,
                          finding.message + f" (across {len(closure)} files of the package)", finding.file,
                          finding.line, finding.snippet, {**finding.details, "files": sorted(closure)})


def _environment_sent(view: FileView, fact, inner: FileView) -> Finding | None:
    """Page code a build plugin emits (into the HTML or a chunk) that makes a request to a host it names, with a value
    spliced in (`d.append("e", "${blob}")`) where the plugin's function handles the build's whole environment: every
    visitor's browser sends the build's secrets (CI tokens, keys) to that host. A plugin that inlines chosen variables
    sends nothing; an analytics snippet carries no environment."""
    sink = next((s for s in sinks(inner) if s.destination & flow.REMOTE), None)
    if sink is None:
        return None
    secrets = flow.ENV_ALL | flow.ENV_SECRET
    carried = next((f for f in view.all if f.scope == fact.scope and f.kind == "call" and f.line >= fact.line
                    and view.facts.fact_labels(f) & secrets), None)
    if carried is None:
        return None
    severity, confidence = view.unmistakable(fact)
    return view.finding("secret-exfiltration", severity, confidence, "exfiltration",
                        f"Puts into the pages it builds a request ({sink.fact.value}) to a host it names, carrying the "
                        f"build's environment spliced in ({carried.value}, line {carried.line}), {view.run_text(fact)}: "
                        "every visitor's browser sends the build's secrets there.", fact, view.level(fact))


def _markup_code(fact) -> tuple[str, bool] | None:
    """(code, is an event handler) of markup in a string fact: an inline event handler's, else an inline script's."""
    if fact.kind != "string":
        return None
    handler = _event_handler(fact.value) if "=" in fact.value else None
    if handler is not None:
        return handler, True
    script = _inline_script(fact.value) if "<script" in fact.value else None
    return (script, False) if script is not None else None


def _event_handler(value: str) -> str | None:
    """The code of the first inline event handler of markup in a string that decodes or runs code (a handler
    that calls the page's own function is not looked at)."""
    if "<" not in value or " on" not in value:
        return None
    for match in EVENT_HANDLER.finditer(value[:200_000]):
        code = match.group(1) or match.group(2)
        if P.CODE_LIKE.search(code) or "eval" in code or "atob" in code or "Function" in code:
            return code
    return None


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.{40,}?)</script>", re.S | re.I)


def _inline_script(value: str) -> str | None:
    """The first inline `<script>` of markup in a string whose code uses the page (its document, storage or a built-in's
    method replaced)."""
    for match in INLINE_SCRIPT.finditer(value[:200_000]):
        if PAGE_CODE.search(match.group(1)):
            return match.group(1)
    return None


def _raised(severity: Severity) -> Severity:
    """A behaviour the author hid (encoded, or in markup's event handler) weighs one step more than the same code in
    the open."""
    return Severity(min(severity + 1, Severity.CRITICAL)) if severity >= Severity.MEDIUM else severity
