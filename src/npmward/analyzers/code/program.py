"""What the walk of one file produces: facts, functions, call sites, exports and a flow graph.

`extract.py` fills these in; `reach.py` links the files of a package through them; rules read the
facts (and, through the solved graph, what reaches each call).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .flow import Graph

SNIPPET_BYTES = 400
"""A line longer than this is not quoted whole: the snippet is the start of the node instead."""


def snippet_at(src: bytes, start: int, end: int) -> str:
    """The line of the node at `start`..`end` of `src`, or the start of the node when the line is long:
    taken by offset, so a 1 MB line costs what the snippet costs."""
    low = max(0, start - SNIPPET_BYTES)
    newline = src.rfind(b"\n", low, start)
    stop = src.find(b"\n", start, start + SNIPPET_BYTES)
    short = (newline != -1 or low == 0) and (stop != -1 or start + SNIPPET_BYTES >= len(src))
    if short:
        line = src[newline + 1: stop if stop != -1 else len(src)].decode("utf-8", "replace").strip()
        if len(line) <= 200:
            return line
    return src[start:min(end, start + 800)].decode("utf-8", "replace")[:199].replace("\n", " ") + "…"


@dataclass(slots=True)
class Fact:
    """Something the code does or holds, where it is, and (for calls) what reaches it."""

    kind: str
    """`call`, `string`, `env`, `env-all`, `assign`, `new`, `invisible-identifier`."""
    value: str
    """Resolved callee / decoded string / env name / assignment target."""
    line: int
    """1-based line of the node."""
    scope: int | None
    """The function the fact is in (an index into `FileFacts.funcs`); None: the file's top level."""
    args: tuple[str | None, ...] = ()
    """Constant values of a call's arguments (None where not constant)."""
    quote: str | tuple[bytes, int, int] = ""
    """The snippet, or (source, start byte, end byte) of the node to cut it from when first read: most
    facts are never quoted (a file's hundreds of strings and calls, for a finding or two)."""
    shapes: tuple[str, ...] = ()
    """For a call, the patterns of its arguments built from constant parts at run time
    (`` `printf '${me}' | pbcopy` `` is `printf '${*}' | pbcopy`)."""
    flows: tuple[int | None, ...] = ()
    """For a call, the flow-graph node of each argument (see `FileFacts.graph`)."""
    receiver: int | None = None
    """For a method call, the flow-graph node of the object it is called on."""
    result: int | None = None
    """For a call, the flow-graph node of its value (a request or socket it opens)."""

    @property
    def snippet(self) -> str:
        """The line (or the start of the node on a long line), for the report."""
        if type(self.quote) is tuple:
            self.quote = snippet_at(*self.quote)
        return self.quote


@dataclass(slots=True)
class Func:
    """A function of the file."""

    name: str
    """Its own name, the variable or property it is assigned to, or `<anonymous@line>`."""
    parent: int | None
    """The function it is written in (None: the top level)."""
    line: int
    """Line where it starts."""
    immediate: bool
    """It runs when `parent` runs: a callback passed to a call, an IIFE."""
    props: list[str] = field(default_factory=list)
    """Property names it can be called by (`obj.run()`, `this.run()`, `exports.run`)."""
    cls: str | None = None
    """The class of a method."""
    owner: str | None = None
    """The module-level object it is assigned on (`run` for `run.kill = function () {}`): a call
    `child.kill()` on another variable does not call it."""
    params: list[int] = field(default_factory=list)
    """Flow-graph node of each parameter."""
    param_names: list[str | None] = field(default_factory=list)
    rest: int | None = None
    """The index of a rest parameter (`function sc(...args)`): it holds every argument from there on."""
    """Each parameter's name (None for a destructuring pattern)."""
    stores: list[tuple[int, int]] = field(default_factory=list)
    """(parameter index, node): the function writes or copies what `node` holds into the path its
    parameter names, so the caller's argument names it afterwards."""
    ret: int | None = None
    """Flow-graph node of the returned value."""
    node_id: int = 0
    """The tree-sitter node's id (callbacks and exports refer to it before the function is walked)."""
    command: bool = False
    """A CLI subcommand's handler (`program.command('connect').action(fn)`): its user runs it by typing the
    subcommand, as an application calls a library's export (see `reach.Program.api`)."""
    iife: bool = False
    """Called where it is written (`(function (k, s) { ... })(0x539, '...')`), not handed to a call."""
    getter: str | None = None
    """The name an export getter returns (`{ checkForUpdate: () => c }` handed to webpack's `r.d` or
    esbuild's `__export`): calling the property calls that function."""


@dataclass
class FileFacts:
    """Everything the walk of one file found."""

    path: str
    """Package-relative path (or `file#decoded@line` for a decoded payload)."""
    facts: list[Fact] = field(default_factory=list)
    modules: set[str] = field(default_factory=set)
    """Every module the file requires or imports (`child_process`, `./lib/x`)."""
    funcs: list[Func] = field(default_factory=list)
    """The file's functions; a fact's `scope` indexes it."""
    calls: list[CallSite] = field(default_factory=list)
    """Call sites, for reachability and inter-procedural flow."""
    requires: list[tuple[int | None, str]] = field(default_factory=list)
    """(scope, module) for each require/import: requiring a file runs its top level."""
    named: dict[tuple[int | None, str], list[int]] = field(default_factory=dict)
    """(scope, name) -> functions declared or bound under that name in that scope."""
    classes: dict[str, int] = field(default_factory=dict)
    """Class name -> its constructor."""
    class_aliases: dict[str, str] = field(default_factory=dict)
    """Variable -> the name of the class expression it holds (`var Logger = class _Logger {}`)."""
    exports: dict[str, list[tuple]] = field(default_factory=dict)
    """Export name (`""` for the module itself) -> targets: `("fn", index)`, `("name", scope, name)`,
    `("dotted", "./m.x")` (a re-export), `("star", "./m")`."""
    exported_methods: set[int] = field(default_factory=set)
    """Syntax-tree node ids of the methods of object literals the file exports by name (`exports.task = { run() {} }`)."""
    imports: list[tuple[int, str]] = field(default_factory=list)
    """(flow node, module) for each `require('./x')` value, linked to x's exports."""
    handlers: dict[str, list[int]] = field(default_factory=dict)
    """Event name -> functions registered for it (`bus.on('reset', fn)`), for events the runtime does not emit."""
    emits: dict[str, list[int | None]] = field(default_factory=dict)
    """Event name -> scopes that emit it (`bus.emit('reset')`), for events the runtime does not emit."""
    exports_node: int | None = None
    """Flow node of what the file exports (linked to every `require` of it)."""
    stored_files: list[tuple[str, int]] = field(default_factory=list)
    """(file name, flow node of what was written there) for each write to a path ending in a constant file name
    (`writeFileSync(path.join(dir, 'build.json'), …)`)."""
    read_files: list[tuple[str, int]] = field(default_factory=list)
    """(file name, flow node of what was read) for each read of such a path: linked to the writes of the same name in
    any file, so what an install script leaves in a file travels with it when the package's main module reads it."""
    graph: Graph = field(default_factory=Graph)
    """The file's flow graph; after `reach.build`, its `labels` are the package-wide solution."""
    errors: int = 0
    """Syntax errors tree-sitter recovered from."""
    decoded_literals: bool = False
    """A string literal of the file decodes to text (hex, UTF-16 base64, gzip base64): the file holds encoded data
    whether or not it calls a decoder (the module that does may be another)."""
    decoded_values: set[str] = field(default_factory=set)
    """What the file's own decoders make of constants (a local function that decodes text: `(s) => Buffer.from(s,
    'base64').toString()`, a XOR or base32 loop): hidden strings, as what `atob` makes of one."""
    inline_code: list[tuple[int | None, int, str]] = field(default_factory=list)
    """(scope, line, script) of each constant script the file hands a process it starts (`spawn(process.execPath,
    ['-e', CHILD])`, a Worker made of a Blob of the file's text): code of the package, run where the process is started."""
    walked: bool = True
    """False for a file over the size that is walked."""
    complete: bool = True
    """False when the walk stopped at the time budget: the facts are those of the part it read."""

    def fact_labels(self, fact: Fact) -> int:
        """What reaches a call's arguments (after the package's graph is solved)."""
        labels = 0
        for node in fact.flows:
            labels |= self.graph.value(node)
        return labels


@dataclass(slots=True)
class CallSite:
    """A call, as reachability and inter-procedural flow see it."""

    scope: int | None
    """The function the call is in (None: the file's top level)."""
    kind: str
    """`name` (a local function by name), `member` (a method by property name), `module` (an
    export of another file of the package), `new` (a class by name), `ref` (a function passed by
    name, which the callee may call), `bundled` (the export of the bundle's module factory `name`)."""
    name: str
    """Identifier, property, export name (`` for the module itself) or class."""
    spec: str | None = None
    """Module specifier for `module` calls (`./lib/x`)."""
    this: bool = False
    """A member call on `this` (resolved in the caller's class first)."""
    args: tuple[int | None, ...] = ()
    """Graph nodes of the arguments."""
    result: int | None = None
    """Graph node the call's value flows into."""
    fallback: int | None = None
    """What an unknown function would give back (its arguments, as data); linked only when the
    callee is not a function of the package, whose return value is then what the call gives."""
    writes: tuple[int | None, ...] = ()
    """For an argument that is a variable, a node that writes into it (a callee that stores a
    file under the path it is given makes the variable name that file)."""
    owner: str | None = None
    """For a member call on a variable (`child.kill()`), the variable's name."""
    handed: tuple[tuple[int, int], ...] = ()
    """(argument index, function) for each function literal handed to the call: a callee of the
    package that calls that parameter (`fetchStage(cfg, (code) => run(code))`) calls it."""
