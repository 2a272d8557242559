"""What a rule sees: one file's facts, grouped by when they run, and how to grade a finding."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, TypeVar

from ...diff import TEST_PATH
from ...model import Confidence, Finding, Severity
from . import flow as F
from . import patterns as P
from .behaviours import executes, runs_code, sends
from .consts import HOLE
from .gates import GATES
from .package import resolve
from .program import Fact, FileFacts

T = TypeVar("T")
OBJECT_HOOK = re.compile(rb"\b(generateBundle|renderChunk|transformIndexHtml|writeBundle)\s*:\s*\{")
"""A hook written as an object (`transformIndexHtml: {order: 'pre', handler(html) {…}}`, Vite's and Rollup's form)."""
ANCESTRY = {F.SECRET_DATA: (F.SECRET_PATH, F.SECRET_DATA), F.SECRET_PATH: (F.SECRET_PATH | F.SECRET_DATA,),
            F.ENV_ALL: (F.ENV_OBJ | F.ENV_KEYS, F.ENV_ALL), F.ENV_KEYS: (F.ENV_OBJ | F.ENV_KEYS,),
            F.ENV_SECRET: (F.ENV_OBJ | F.CONST_SECRET_NAME, F.ENV_SECRET), F.KEY_MATERIAL: (F.KEY_MATERIAL,),
            F.KEY_HOLDER: (F.KEY_MATERIAL | F.KEY_HOLDER,), F.BROWSER_SECRET: (F.BROWSER_SECRET,),
            F.CONFIG_PATH: (F.CONFIG_PATH,), F.PACKAGE_CODE: (F.PACKAGE_CODE,), **{bit: (bit,) for bit in F.IDENTITY_NAMES}}
"""Sensitive labels, and the stages a value goes through where it starts, each as the labels it has
there; every stage must have an origin related to the sink. The content of a secret file starts
with the file's name and is made where the file is read; the whole environment and a credential
variable start where `process.env` is read and are made where they are taken out of it (serialised,
enumerated, indexed by a credential's name). A shared helper that reads any file it is given, or
builds a child's environment from the one it is given, relates to every caller; the name of the
file, or the read of `process.env`, tells which caller it was (see `Program.origins`)."""

BARE_HOST = re.compile(r"(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}")
WHOLE_HOST = re.compile(r"(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}", re.I)
DECODER_CALL = P.DECODER_CALL
LEVELS = ("install", "entry", "module", "deferred")
MAX_TEXT_FILE = 5_000_000
"""Larger files are not text a rule reads whole (see `PackageView.text_files`)."""
SCRIPT_CHARS = 80
"""A string longer than this, in a file that runs processes, may be a script it hands an interpreter."""
"""When code runs, strongest first: run by a lifecycle hook; as soon as the package's entry module is
loaded; when another module of the package is loaded; only when someone calls a function."""
WHEN_TEXT = {"install": "at install time (a lifecycle script runs it)", "entry": "as soon as the package is loaded",
             "module": "when this module is loaded", "deferred": "inside a function"}


@dataclass(frozen=True)
class Grid:
    """A rule's (severity, confidence) by when the code runs."""

    install: tuple[Severity, Confidence]
    """Run by a lifecycle script (or by code one runs)."""
    load: tuple[Severity, Confidence]
    """Run as soon as the package's entry module is required."""
    deferred: tuple[Severity, Confidence]
    """Inside a function nothing calls when the package is installed or loaded."""
    module: tuple[Severity, Confidence] | None = None
    """Run when a module outside the install and entry code is loaded; by default one step below
    `load` (a module nothing loads at install or on require runs only if a caller imports it)."""

    @property
    def strongest(self) -> Severity:
        return max(self.install[0], self.load[0], self.deferred[0])

    def at(self, level: str) -> tuple[Severity, Confidence]:
        if level == "install":
            return self.install
        if level == "entry":
            return self.load
        if level == "deferred":
            return self.deferred
        if self.module is not None:
            return self.module
        return Severity(max(self.load[0] - 1, Severity.INFO)), Confidence(max(self.load[1] - 1, Confidence.LOW))


def line_at(text: bytes, offset: int) -> tuple[int, bytes]:
    """The 1-based line of a byte offset of `text`, and that line (for rules that search a file's text, code or not)."""
    start = text.rfind(b"\n", 0, offset) + 1
    end = text.find(b"\n", offset)
    return text.count(b"\n", 0, offset) + 1, text[start:end if end != -1 else len(text)]


@dataclass
class FileView:
    """One file's facts with what the analyzer knows about the package around it."""

    facts: FileFacts
    when: str
    """When the file's top level runs: `install`, `entry` or `module`."""
    text: bytes
    levels: dict[int | None, str] = field(default_factory=dict)
    """Function index (None: top level) -> when it runs; absent: `default`."""
    edges: set[tuple[int | None, int | None]] = field(default_factory=set)
    """(caller, callee) pairs of this file's functions (None: the top level)."""
    default: str = "deferred"
    manifest: Mapping | None = None
    """The package's manifest (its name and version weigh in some rules)."""
    program: object | None = None
    """The linked package (`reach.Program`): where the values that reach a call come from."""
    derived: dict[str, object] = field(default_factory=dict)
    """What rules derive from the view once and share (the sinks)."""

    def related_labels(self, scope: int | None, nodes: Iterable[int | None], labels: int, same_file: bool = False) -> int:
        """`labels` (what reaches this file's flow `nodes`, in function `scope`) without the sensitive
        ones that have a stage (see ANCESTRY) whose every origin is unrelated to `scope`: a secret read by a shared helper for one
        caller does not reach what another caller sends (the flow graph merges a helper's return for
        all its callers). `same_file`: only origins in this file count (exported constants of another
        module are merged in one object)."""
        program = self.program
        sensitive = [bit for bit in ANCESTRY if labels & bit]
        if program is None or not sensitive:
            return labels
        offset = program.offsets[self.facts.path]
        nodes = [n + offset for n in nodes if n is not None]
        wanted = 0
        for bit in sensitive:
            for stage in ANCESTRY[bit]:
                wanted |= stage
        origins = program.origins(nodes, wanted)
        if origins is None:
            return labels
        here = (self.facts.path, scope)
        in_tests = TEST_PATH.search(self.facts.path) is not None
        for bit in sensitive:
            for stage in ANCESTRY[bit]:
                mine = [scope for own, scope in origins if own & stage]
                # A test's fixture path or secret reaches library code only through the helpers both share.
                counted = mine if in_tests else [scope for scope in mine if not TEST_PATH.search(scope[0])]
                if same_file:
                    counted = [scope for scope in counted if scope[0] == self.facts.path]
                # (the file's own top level is every function's: a constant or a read there, like
                # `const STORES = ['.pgpass', ...]`, is what its functions use)
                if mine and not any(program.related(scope, here) or scope == (here[0], None) for scope in counted):
                    labels &= ~bit
                    break
        return labels

    def __post_init__(self) -> None:
        grouped: dict[str, list[Fact]] = {}
        for fact in self.facts.facts:
            grouped.setdefault(self.level(fact), []).append(fact)
        self._groups = [(level, grouped[level]) for level in LEVELS if level in grouped]

    def level(self, fact: Fact) -> str:
        return self.levels.get(fact.scope, self.default)

    def required_files(self) -> list[tuple[str, FileFacts]]:
        """(path, facts) of the package's own modules this file requires, in path order."""
        program = self.program
        if program is None:
            return []
        paths = {resolve(self.facts.path, module, program.files) for _, module in self.facts.requires}
        return [(path, program.files[path]) for path in sorted(p for p in paths if p and p != self.facts.path
                                                                and p in program.files)]

    def helper_sends(self, fact: Fact) -> bool:
        """A call of a function of another module of the package that sends (`(0, _fetch.getBuffer)(url)`: Babel's
        call of the package's own download helper in `./fetch`), named by the module and the function."""
        module, _, name = fact.value.rpartition(".")
        program = self.program
        if fact.kind != "call" or not module.startswith(".") or not name or program is None:
            return False
        path = resolve(self.facts.path, module, program.files)
        helper = program.files.get(path) if path else None
        if helper is None or path == self.facts.path:
            return False
        known = self.derived.setdefault("helper_sends", {})
        if (path, name) not in known:  # (a file calls its helper many times; the helper's facts are read once)
            known[path, name] = _sends_in(helper, name)
        return known[path, name]  # type: ignore[index]

    def called_by_app(self, fact: Fact) -> bool:
        """Whether the fact is in a function the application calls (see `reach.Program.api`)."""
        return self.program is not None and (self.facts.path, fact.scope) in self.program.api

    def run_by_app(self, fact: Fact) -> bool:
        """`called_by_app`, or in a closure that a function the application calls defines (the resolver a
        factory returns, a middleware), or what such a closure calls (see `reach.Program.handlers`)."""
        return self._app_runs(fact.scope)

    def _app_runs(self, scope: int | None) -> bool:
        return self.program is not None and (self.facts.path, scope) in self.program.handlers()

    def scope_runs(self, scope: int | None) -> str:
        """The level code of function `scope` runs at, "module" for code the application runs (see `run_by_app`): what
        a script the function hands a process it starts, or code it decodes or evaluates, is judged as."""
        level = self.levels.get(scope, self.default)
        return "module" if level == "deferred" and self._app_runs(scope) else level

    def runs_now(self, fact: Fact) -> bool:
        """The fact runs at install, when a module is loaded, or in code the application runs (`run_by_app`): what
        the behaviour rules of unmistakable techniques (a container escape, a payload in an alternate stream) grade
        critical; only a function nothing is known to call is left a step lower."""
        return self.level(fact) != "deferred" or self.run_by_app(fact)

    def run_text(self, fact: Fact) -> str:
        """When the fact runs, in words: its level's, or "in code the application runs" for a function nothing in the
        package calls but the application does (`run_by_app`)."""
        level = self.level(fact)
        return "in code the application runs" if level == "deferred" and self.run_by_app(fact) else WHEN_TEXT[level]

    def unmistakable(self, fact: Fact) -> tuple[Severity, Confidence]:
        """The grade of a technique no legitimate package uses (a container escape, a web shell written to disk):
        critical when it runs now (`runs_now`), one step lower in a function nothing is known to call."""
        return (Severity.CRITICAL, Confidence.HIGH) if self.runs_now(fact) else (Severity.HIGH, Confidence.MEDIUM)

    def groups(self) -> list[tuple[str, list[Fact]]]:
        """(level, facts) for each level that has facts, strongest first."""
        return self._groups

    @property
    def all(self) -> list[Fact]:
        return self.facts.facts

    @property
    def active(self) -> list[Fact]:
        """Facts that run when the package is installed or a module is loaded."""
        return [f for level, facts in self._groups if level != "deferred" for f in facts]

    @property
    def strongest(self) -> str:
        """The strongest level any fact of the file runs at."""
        return self._groups[0][0] if self._groups else "deferred"

    def labels(self, fact: Fact) -> int:
        """What reaches a call's arguments (and its receiver)."""
        labels = self.facts.fact_labels(fact)
        return labels | self.facts.graph.value(fact.receiver) if fact.receiver is not None else labels

    def feeds(self, source: Fact, sink: Fact) -> bool:
        """What call `source` returns reaches call `sink`'s arguments (both facts of this file), through
        any function of the package."""
        program = self.program
        if program is None or source.result is None:
            return False
        offset = program.offsets[self.facts.path]
        return program.feeds([source.result + offset], [n + offset for n in (*sink.flows, sink.receiver) if n is not None])

    def aliases(self, of: re.Pattern[bytes]) -> set[str]:
        """The names the file gives a global object (`var e = XMLHttpRequest.prototype`), found in its text by
        `of` (group 1 is the name): minified code patches the object through them (names are per file, so an alias is
        not resolved by the flow)."""
        key = "aliases:" + of.pattern.decode("latin-1")
        if key not in self.derived:
            self.derived[key] = {m.group(1).decode() for m in of.finditer(self.text[:2_000_000])}
        return self.derived[key]  # type: ignore[return-value]

    def patched(self, of: re.Pattern[bytes], methods: tuple[str, ...], names: tuple[str, ...] = ()) -> Fact | None:
        """An assignment over one of `methods` of a global object: through an alias the file gives the object
        (`e.send = …`, see `aliases`), or written in full (`navigator.credentials.get = …`: an owner ending in one of
        `names`)."""
        for f in self.of_kind("assign"):
            owner, _, method = f.value.rpartition(".")
            if method in methods and (owner.endswith(names) or ("." not in owner and owner in self.aliases(of))):
                return f
        return None

    def line_at(self, offset: int) -> tuple[int, bytes]:
        """The 1-based line of a byte offset of the file's text, and that line (for rules that search the text)."""
        return line_at(self.text, offset)

    def calls_on_lines_of(self, facts: Iterable[Fact]) -> list[Fact]:
        """The calls written on the lines of `facts`: a request made beside the endpoint string it is sent to."""
        lines = {f.line for f in facts}
        return [f for f in self.of_kind("call") if f.line in lines] if lines else []

    def call_near(self, offset: int) -> Fact | None:
        """The call or construction nearest the line of a byte offset: what a rule that found its sign in the text
        reports and grades by when it runs."""
        line = self.line_at(offset)[0]
        return min((f for f in self.all if f.kind in ("call", "new")), key=lambda f: abs(f.line - line), default=None)

    def hidden_url(self) -> Fact | None:
        """A URL whose host the file builds from char codes, base64 or a decoder and never writes
        (`'https://' + atob(parts[0])`): a package hides where it sends only from its reviewers."""
        if "hidden-url" not in self.derived:
            found = None
            for f in self.facts.facts:
                # (a string of the file, or a call's folded argument: `new WebSocket(atob('d3NzOi8v…'))`)
                values = (f.value,) if f.kind == "string" else f.args[:2] if f.kind in ("call", "new") else ()
                if any(self.hides_host(v) or self.decoded_host(f, v) for v in values):
                    found = f
                    break
            self.derived["hidden-url"] = found
        return self.derived["hidden-url"]

    def decoded(self, f: Fact, value: str | None = None) -> bool:
        """A string the file never writes as it is, that a decoder of the file's own made of a constant (`const d = (s)
        => Buffer.from(s, 'base64').toString()`, then `d(CFG.h)`); or a string of the file that the line making it
        decodes from char codes or base64. `value`: one of a call's folded arguments instead of the fact's string."""
        value = f.value if value is None else value
        return (value in self.facts.decoded_values or (f.kind == "string" and DECODER_CALL.search(f.snippet) is not None)) \
            and value.encode("utf-8", "ignore") not in self.text

    def decoded_host(self, f: Fact, value: str | None = None) -> bool:
        """A bare host name (`hostkey-stats.example`, given later as a request's `host:`, or handed to a helper that
        sends) the file decodes."""
        value = f.value if value is None else value
        return bool(value) and BARE_HOST.fullmatch(value) is not None and self.decoded(f, value)

    def hides_host(self, value: str | None) -> bool:
        """A URL (at the start of `value`, or inside it) whose host the file never writes as it is."""
        if not value or ":" not in value:
            return False  # (every URL has a scheme, and is asked of every string and argument of the file)
        match = P.URL_HOST_PART.match(value)
        if match is None and value and "://" in value and (inner := P.URL.search(value)) is not None:
            match = P.URL_HOST_PART.match(inner.group(0))  # (a URL inside decoded text: a script it writes)
        if match is None:
            return False
        host = match.group(1)
        if HOLE in host:
            # (`"https://" + EDGE + path`: a whole host name before the part built at run time)
            host = host.split(HOLE, 1)[0]
            if not WHOLE_HOST.fullmatch(host):
                return False
        return len(host) > 3 and "." in host and host.encode("utf-8", "ignore") not in self.text

    def finding(self, rule_id: str, severity: Severity, confidence: Confidence, category: str, message: str,
                fact: Fact | None = None, level: str | None = None, **details) -> Finding:
        return Finding(f"code/{rule_id}", severity, confidence, category, message, self.facts.path,
                       fact.line if fact else None, (fact.snippet or fact.value)[:200] if fact else None,
                       {"when": level or self.when, **details})

    def grade(self, grid: Grid, level: str) -> tuple[Severity, Confidence]:
        return grid.at(level)

    def best_of(self, grid: Grid, found: Iterable[tuple[str, T]]) -> tuple[tuple[Severity, Confidence], T, str] | None:
        """The (grade, item, level) of the (level, item) pairs graded highest by `grid`, if any
        is above info."""
        best = None
        for level, item in found:
            graded = grid.at(level)
            if graded[0] > Severity.INFO and (best is None or graded > best[0]):
                best = (graded, item, level)
        return best

    @staticmethod
    def when_text(level: str) -> str:
        return WHEN_TEXT[level]

    @staticmethod
    def weaker(*levels: str) -> str:
        return max(levels, key=LEVELS.index)

    def calls(self, caller: int | None, callee: int | None) -> bool:
        return (caller, callee) in self.edges

    def related(self, a: int | None, b: int | None) -> bool:
        """Two functions of this file are parts of one behaviour: one function reaches both within a
        few calls (see `Program.related`); a file judged alone (a decoded payload) is one behaviour."""
        if self.program is None or a == b:
            return True
        path = self.facts.path
        return self.program.related((path, a), (path, b))

    def callees(self) -> dict[int | None, set[int | None]]:
        """The functions of the file each function calls (the top level is None)."""
        if "callees" not in self.derived:
            found: dict[int | None, set[int | None]] = {}
            for caller, callee in self.edges:
                found.setdefault(caller, set()).add(callee)
            self.derived["callees"] = found
        return self.derived["callees"]

    def linked(self, a: int | None, b: int | None, hops: int = 3) -> bool:
        """One of the two functions runs the other within `hops` calls (callbacks and IIFEs count):
        the steps of one behaviour, not two pieces of a bundle that share only its wrapper."""
        return a == b or b in self.run_from({a}, hops) or a in self.run_from({b}, hops)

    def handed_to(self, calls: list[Fact]) -> set[int]:
        """The function literals handed to `calls` (written on the call's line, in its function): a route's or a
        listener's handler, which runs when the request or the event comes, not when it is registered."""
        sites = {(f.scope, f.line) for f in calls}
        return {fid for fid, fn in enumerate(self.facts.funcs) if (fn.parent, fn.line) in sites} if sites else set()

    def mentions(self, pattern) -> bool:
        """Whether an RE2 pattern of a rule's gate (`linear_re.compile_bytes`) occurs in the file's text: the gates of
        all rules are searched in one pass per file (see gates.py)."""
        return GATES.occurs(pattern, self.text, self.derived)

    def of_kind(self, kind: str) -> list[Fact]:
        """The file's facts of one kind (`string`, `call`, `new`, ...), in the file's order: indexed once per file, as
        most rules look at one kind."""
        if "kinds" not in self.derived:
            kinds: dict[str, list[Fact]] = {}
            for f in self.all:
                kinds.setdefault(f.kind, []).append(f)
            self.derived["kinds"] = kinds
        return self.derived["kinds"].get(kind, [])  # type: ignore[attr-defined]

    def executions(self) -> list[Fact]:
        """The calls of the file that start a process (`executes`), in the file's order: found once per file for the
        rules that look for them."""
        if "executions" not in self.derived:
            self.derived["executions"] = [f for f in self.all if executes(f)]
        return self.derived["executions"]  # type: ignore[return-value]

    def emits_to_build(self) -> bool:
        """Whether the file puts code into what a bundler emits: a plugin's generateBundle/renderChunk/transformIndexHtml
        hooks (as functions or as objects with a `handler`), webpack's alterAssetTags/processAssets taps."""
        if "emits" not in self.derived:
            self.derived["emits"] = any(f.name in P.BUILD_OUTPUT_HOOKS for f in self.facts.funcs) \
                or any(f.kind == "call" and ".tap" in f.value and P.BUILD_OUTPUT_TAPS.search(f.value) for f in self.all) \
                or (any(f.name == "handler" for f in self.facts.funcs) and OBJECT_HOOK.search(self.text[:2_000_000]) is not None)
        return self.derived["emits"]  # type: ignore[return-value]

    def runners(self) -> list[Fact]:
        """The facts of the file that run code (`runs_code`), in the file's order: found once per file for the rules
        that look for them."""
        if "runners" not in self.derived:
            self.derived["runners"] = [f for f in self.all if runs_code(f)]
        return self.derived["runners"]  # type: ignore[return-value]

    def scripts(self) -> list[Fact]:
        """Long strings of a file that runs processes: the scripts it hands an interpreter (`osascript -l JavaScript -e
        <decoded JXA>`, `powershell -c <script>`), decoded or in the open. Found once per file."""
        if "scripts" not in self.derived:
            runs = bool(self.executions())
            self.derived["scripts"] = [f for f in self.of_kind("string") if len(f.value) > SCRIPT_CHARS] if runs else []
        return self.derived["scripts"]  # type: ignore[return-value]

    def run_from(self, starts: set[int | None], hops: int = 3) -> set[int | None]:
        """The functions of the file that `starts` run within `hops` calls, `starts` included (callbacks and IIFEs
        count)."""
        callees = self.callees()
        reached, frontier = set(starts), set(starts)
        for _ in range(hops):
            frontier = {c for f in frontier for c in callees.get(f, ())} - reached
            reached |= frontier
        return reached


@dataclass
class PackageView:
    """The whole package, for rules that look across files (shipped binaries and scripts)."""

    manifest: Mapping
    files: Mapping[str, bytes]
    """Every file of the package."""
    views: Mapping[str, FileView]
    """Each code file's view."""
    install: set[str]
    """Code files whose top level runs at install."""
    entry: set[str]
    """Code files whose top level runs when the package is loaded (minus `install`)."""
    mains: set[str]
    """The entry modules themselves (`main`, `exports`, `module`)."""

    def text_files(self, extensions: tuple[str, ...] = ()) -> Iterator[tuple[str, bytes]]:
        """(path, bytes) of each file a person or a tool reads as text (`extensions`: only those), in path order:
        not a test, not binary, not over MAX_TEXT_FILE (rules that read every file, not only the code)."""
        for path in sorted(self.files):
            data = self.files[path]
            if (not extensions or path.lower().endswith(extensions)) and len(data) <= MAX_TEXT_FILE \
                    and not TEST_PATH.search(path) and b"\x00" not in data[:1024]:
                yield path, data


def _sends_in(helper: FileFacts, name: str) -> bool:
    """A function named `name` of the file `helper` (or one written in it) sends (see `FileView.helper_sends`)."""
    named = {i for i, func in enumerate(helper.funcs) if func.name == name}
    if not named:
        return False
    for f in helper.facts:
        if sends(f):
            scope = f.scope
            while scope is not None and scope not in named:
                scope = helper.funcs[scope].parent
            if scope is not None:
                return True
    return False
