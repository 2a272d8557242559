"""When each function runs: a call graph across the package's files, walked from its entry points.

Roots are the top levels of the files the lifecycle hooks run (`install`), of the entry modules
(`entry`: `main`, `exports`, `module`) and of every other file (`module`: it runs if something
loads it). From a root, what runs with it is followed: callbacks and IIFEs written in it, local
functions it calls by name, methods it calls by property name (in its own class first), exports of
other files it calls (`require('./x').run()`, tsc's `(0, x_1.run)()`, Babel's `_x.default()`), the
files it requires, functions it passes by name to timers, events and promises. Each function gets
the strongest level that reaches it; one that nothing reaches is `deferred`. The same resolved calls
link arguments to parameters and returns to results in the package's flow graph.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from . import flow as F
from .calls import STANDARD_OBJECTS, CallSite
from .flow import Graph, classify_env
from .package import resolve
from .program import FileFacts
from .tools import HOOKS, NAMED_HOOKS

LEVELS = ("install", "entry", "module")
"""Strongest first; `deferred` is what none of them reaches."""
MAX_MEMBER_TARGETS = 3
"""A method name defined more often than this in one file is too common to follow by name."""
MAX_TABLE_TARGETS = 32
"""How many exports a call through a module's subscript (`commands[cmd]()`) reaches."""
MAX_EXPORT_HOPS = 6
MAX_STORED = 20
"""Writes and reads of named files linked per file and per name (a bundle's cache helpers write a few dozen)."""
MIN_GUESSED_NAME = 3
"""A call by a name no enclosing scope declares is guessed to be a function of that name elsewhere in
the file (assigned from another scope); not for names this short."""
RELATED_HOPS = 4
"""A value's origin and the call that sends it are parts of one behaviour when one function reaches
both within this many calls (or one reaches the other)."""
HUB_CALLEES = 25
"""A function that calls more functions than this (a bundle's module loader, a CLI's command table)
dispatches; it is not a common caller that ties two of them into one behaviour."""
MAX_ORIGIN_VISITS = 1_000_000

Scope = tuple[str, int | None]
"""(file, function index or None for the file's top level)."""


@dataclass
class Program:
    """The package's files with their call graph solved: levels, callers, and the flow graph."""

    files: Mapping[str, FileFacts]
    levels: dict[Scope, str] = field(default_factory=dict)
    edges: dict[Scope, set[Scope]] = field(default_factory=dict)
    graph: Graph = field(default_factory=Graph)
    offsets: dict[str, int] = field(default_factory=dict)
    """Each file's first node in `graph`."""
    api: set[Scope] = field(default_factory=set)
    """Functions the application calls: the entry modules' exports (an exported class's methods), a CLI's
    subcommand handlers, and what they call. A library's exported function runs when the app uses the
    library, a subcommand when its user types it, so code in them is `deferred` but not dead."""
    file_reads: set[int] = field(default_factory=set)
    """Nodes of reads of a file another write of the package fills (see `_Linker.link_files`): what such a read returns
    comes from the file, so its provenance starts there (the writer's function is not the reader's caller)."""

    def level(self, path: str, scope: int | None) -> str:
        return self.levels.get((path, scope), "deferred")

    def calls(self, a: Scope, b: Scope) -> bool:
        return b in self.edges.get(a, ())

    # --- provenance: where a value that reaches a call comes from ----------------------------------

    def scope_of(self, node: int) -> Scope:
        if not hasattr(self, "_starts"):
            self._starts = sorted((offset, path) for path, offset in self.offsets.items())
            self._keys = [offset for offset, _ in self._starts]
        path = self._starts[bisect_right(self._keys, node) - 1][1]
        scope = self.graph.scopes[node] if node < len(self.graph.scopes) else -1
        return path, None if scope < 0 else scope

    def origins(self, nodes: list[int], wanted: int, within: set[Scope] | None = None) -> list[tuple[int, Scope]] | None:
        """(own labels, scope) of the nodes that give `wanted` labels to `nodes`: walked back along the
        edges whose values carry them (only through the functions `within`, when given). None when the
        walk is too long to say."""
        graph = self.graph
        seen = set(nodes)
        stack = list(nodes)
        found: list[tuple[int, Scope]] = []
        while stack:
            if len(seen) > MAX_ORIGIN_VISITS:
                return None
            n = stack.pop()
            own = graph.own[n] | _made(graph, n)
            if n in self.file_reads and graph.labels[n] & wanted:
                found.append((graph.labels[n] & wanted, self.scope_of(n)))
                continue
            if own & wanted:
                found.append((own & wanted, self.scope_of(n)))
            for p in graph.preds[n]:
                if p not in seen and graph.labels[p] & wanted and (within is None or self.scope_of(p) in within):
                    seen.add(p)
                    stack.append(p)
        return found

    def feeds(self, sources: list[int], sinks: list[int], limit: int = 20_000) -> bool:
        """Some value of `sources` can become (part of) one of `sinks`: a walk back from the sinks along
        the flow edges, whatever the labels (False when the walk is longer than `limit` nodes)."""
        wanted = set(sources)
        seen = set(sinks)
        stack = list(sinks)
        while stack and len(seen) <= limit:
            n = stack.pop()
            if n in wanted:
                return True
            for p in self.graph.preds[n]:
                if p not in seen:
                    seen.add(p)
                    stack.append(p)
        return False

    def handlers(self) -> set[Scope]:
        """Functions defined inside a function the application calls, and what they call: the handler a
        middleware factory returns or registers (`module.exports = (opts) => async (ctx, next) => {…}`) runs
        when the app is used, though nothing in the package calls it. Kept apart from `api`: only rules
        whose evidence already says "handler" (a request read) use it."""
        if not hasattr(self, "_handlers"):
            stack = []
            for path, ff in self.files.items():
                stack.extend((path, fid) for fid, func in enumerate(ff.funcs) if written_inside(ff.funcs, func, path, self.api))
            self._handlers = reached(self.edges, stack) | self.api
        return self._handlers

    def related(self, a: Scope, b: Scope) -> bool:
        """One function reaches both `a` and `b` within RELATED_HOPS calls (either may be it; a hub
        that dispatches to many counts only as one of the two)."""
        if a == b:
            return True
        common = self.callers(a) & self.callers(b)
        return any(c == a or c == b or len(self.edges.get(c, ())) <= HUB_CALLEES for c in common)

    def calls_out_of(self, path: str) -> list[tuple[Scope, Scope]]:
        """(caller, callee) for each call edge from a function of `path` to another file's function: the call graph
        indexed by file once."""
        if not hasattr(self, "_out_of"):
            self._out_of: dict[str, list[tuple[Scope, Scope]]] = {}
            for caller, callees in self.edges.items():
                for callee in callees:
                    if callee[0] != caller[0]:
                        self._out_of.setdefault(caller[0], []).append((caller, callee))
        return self._out_of.get(path, [])

    def called_by(self) -> dict[Scope, list[Scope]]:
        """Each function's callers: the call graph reversed."""
        if not hasattr(self, "_reverse"):
            self._reverse: dict[Scope, list[Scope]] = {}
            for caller, callees in self.edges.items():
                for callee in callees:
                    self._reverse.setdefault(callee, []).append(caller)
        return self._reverse

    def reaching(self, targets: set[Scope]) -> set[Scope]:
        """`targets` and every function that reaches one of them, at any depth."""
        return reached(self.called_by(), list(targets))

    def callers(self, start: Scope) -> set[Scope]:
        """`start` and the functions that reach it within RELATED_HOPS calls (not through a hub)."""
        if not hasattr(self, "_memo"):
            self._memo: dict[Scope, set[Scope]] = {}
        found = self._memo.get(start)
        if found is None:
            found = {start}
            frontier = [start]
            for _ in range(RELATED_HOPS):
                # A hub is reached but not gone through: what calls the module loader calls everything.
                frontier = [c for f in frontier if f == start or len(self.edges.get(f, ())) <= HUB_CALLEES
                            for c in self.called_by().get(f, ()) if c not in found]
                found.update(frontier)
            self._memo[start] = found
        return found


def _members_assigned(ff: FileFacts, scope: int | None, candidates: list[int]) -> list[int]:
    """Of the functions assigned as members of an exported object (`candidates`), those assigned where it lives, or in
    code run in place there (`var n = {}; (() => { n.withVercelEnv = function () {…} })(); module.exports = n`: webpack
    5's CommonJS library output); a function assigned on another variable of that name, in a module factory run later,
    is not one."""
    found = []
    for fid in candidates:
        at = ff.funcs[fid].parent
        while at != scope and at is not None and ff.funcs[at].immediate:
            at = ff.funcs[at].parent
        if at == scope:
            found.append(fid)
    return found


def reached(edges: Mapping[Scope, set[Scope]], starts: list[Scope]) -> set[Scope]:
    """`starts` and every function they call, at any depth."""
    seen = set(starts)
    stack = list(starts)
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def written_inside(funcs: list, func, path: str, scopes: set[Scope]) -> bool:
    """`func` (a function of file `path`) is written inside one of `scopes`, at any depth."""
    parent = func.parent
    while parent is not None:
        if (path, parent) in scopes:
            return True
        parent = funcs[parent].parent
    return False


def _made(graph: Graph, n: int) -> int:
    """Labels node `n` makes from what reaches it: reading a secret file's path (or a command that
    prints it) its content, `process.env.HOME` starts the home directory and
    `process.env.NPM_TOKEN` a credential where they are read, `JSON.stringify(env)` or `env[k]` for
    every name k the whole environment where it is serialised or enumerated, `env[k]` for k in a list
    of credential names a credential."""
    op = graph.ops[n]
    if op in (F.READ, F.EXEC):
        return F.SECRET_DATA if graph.incoming(n) & F.SECRET_PATH else 0
    if op == F.MEMBER:
        return classify_env(graph.args[n]) if graph.args[n] and graph.incoming(n) & F.ENV_OBJ else 0
    if op == F.SERIALIZE:
        return F.ENV_ALL if graph.incoming(n) & F.ENV_OBJ else 0
    if op == F.ENV_INDEX:
        incoming = graph.incoming(n)
        return (F.ENV_ALL if incoming & F.ENV_KEYS else 0) | (F.ENV_SECRET if incoming & F.CONST_SECRET_NAME else 0)
    return 0


class _Linker:
    def __init__(self, files: Mapping[str, FileFacts], all_files: Mapping[str, object]):
        self.files = files
        self.all_files = all_files
        self.edges: dict[Scope, set[Scope]] = {}
        self._exported_methods: dict[str, dict[str, list[tuple[str, int]]]] = {}
        self._constructed: dict[str, dict[int, list[str]]] = {}
        self._members: dict[str, dict[str, list[int]]] = {}
        self._exports: dict[tuple[str, str], list[tuple[str, int]]] = {}
        """(file, name) -> what `exports` found."""
        self.graph = Graph()
        self.file_reads: set[int] = set()
        self.offsets: dict[str, int] = {}
        self.resolved: dict[tuple[str, str], str | None] = {}
        """(file, module specifier) -> the package file it names (see `resolve`)."""
        self.props: dict[str, dict[str, list[int]]] = {}
        self.names: dict[str, dict[str, list[int]]] = {}
        self.classes: dict[str, dict[str, list[int]]] = {}
        """Per file: the methods of each class it writes (with a constructor or not)."""
        self.objects: dict[str, dict[str, list[int]]] = {}
        """Per file: the methods of each object literal it binds to a name (`const link = { attach() {} }`)."""
        self.instantiated: dict[str, set[tuple[str, str]]] = {}
        """File -> (file, class) of the classes of other files it constructs (`new OfflineQueue()`)."""
        self.factories: dict[str, set[tuple[str, int]]] = {}
        """File -> (file, function) of the exported functions of other files it calls: the object literal
        such a factory returns is that file's instance, as a class's would be."""
        self.param_calls: dict[str, dict[str, list[CallSite]]] = {}
        """Per file: calls by name, to find where a function calls its parameters (`link_handed`)."""
        for path in sorted(files):
            self.offsets[path] = self.graph.extend(files[path].graph)
            props: dict[str, list[int]] = {}
            names: dict[str, list[int]] = {}
            classes: dict[str, list[int]] = {}
            objects: dict[str, list[int]] = {}
            for fid, func in enumerate(files[path].funcs):
                for prop in func.props:
                    props.setdefault(prop, []).append(fid)
                names.setdefault(func.name, []).append(fid)
                if func.cls is not None:
                    classes.setdefault(func.cls, []).append(fid)
                if func.owner is not None:
                    objects.setdefault(func.owner, []).append(fid)
            self.props[path] = props
            self.names[path] = names
            self.classes[path] = classes
            self.objects[path] = objects

    def node(self, path: str, local: int | None) -> int | None:
        return None if local is None else local + self.offsets[path]

    def resolve(self, path: str, module: str) -> str | None:
        """The package file `module` names from `path` (see `package.resolve`), found once: a file's calls into a module
        each ask for it, and the files do not change while they are linked."""
        key = (path, module)
        found = self.resolved.get(key, "")
        if found == "":
            found = self.resolved[key] = resolve(path, module, self.files)
        return found

    def edge(self, a: Scope, b: Scope) -> None:
        self.edges.setdefault(a, set()).add(b)  # self-calls too: a recursive walk is a finding's shape

    # --- name resolution -------------------------------------------------------------------------

    def named(self, path: str, scope: int | None, name: str) -> list[int]:
        ff = self.files[path]
        at = scope
        while True:
            found = ff.named.get((at, name))
            if found:
                return found
            if at is None:
                break
            at = ff.funcs[at].parent
        if name in ff.classes:
            return [ff.classes[name]]
        if len(name) < MIN_GUESSED_NAME:
            return []  # a minifier's `s`, `n`, `$e`: reused in every scope of a bundle, never the same function
        return self.names[path].get(name, [])[:MAX_MEMBER_TARGETS]

    def members(self, path: str, scope: int | None, prop: str, this: bool, owner: str | None = None) -> list[int]:
        candidates = self.props[path].get(prop, [])
        if prop.endswith("[]"):
            return candidates  # every factory stored in the bundle's module table
        if owner is not None:  # `child.kill()` is not `run.kill = function ...` of a module-level `run`
            funcs = self.files[path].funcs
            kept = (owner,) if owner in STANDARD_OBJECTS else (None, owner)  # (`JSON.parse` is no bundled `parse`)
            candidates = [fid for fid in candidates if funcs[fid].owner in kept]
        if this and scope is not None:
            cls = self._class_of(path, scope)
            same = [fid for fid in candidates if self.files[path].funcs[fid].cls == cls]
            if same:
                return same
        return candidates if len(candidates) <= MAX_MEMBER_TARGETS else []

    def imported_methods(self, path: str, prop: str) -> list[tuple[str, int]]:
        """`this.queue.restore()` where this file constructs `new OfflineQueue()` of another file:
        that class's `restore`."""
        found = []
        for target, cls in sorted(self.instantiated.get(path, ())):
            found += [(target, fid) for fid in self.props[target].get(prop, []) if self.files[target].funcs[fid].cls == cls]
        for target, factory in sorted(self.factories.get(path, ())):
            found += self.written_in(target, prop, {factory})
        found += self.exported_methods(path).get(prop, [])
        return found if len(found) <= MAX_MEMBER_TARGETS else []

    def exported_methods(self, path: str) -> dict[str, list[tuple[str, int]]]:
        """The methods, by name, of the object literals that the files `path` requires export (`task.run(signal)` over a
        list that holds `cache_1.shaderCacheTask`, an object another file exports: its `run`). Built once per file."""
        cache = self._exported_methods
        if path not in cache:
            methods: dict[str, list[tuple[str, int]]] = {}
            for module in sorted({m for _, m in self.files[path].requires}):
                target = self.resolve(path, module)
                if target is None or target == path:
                    continue
                for name in self.files[target].exports:
                    for t, fid in self.exports(target, name):
                        func = self.files[t].funcs[fid] if fid is not None else None
                        # (only an exported object's methods: `JSON.parse` is not the `parse` a module exports)
                        for prop in func.props if func is not None and func.node_id in self.files[t].exported_methods else ():
                            if (t, fid) not in methods.setdefault(prop, []):
                                methods[prop].append((t, fid))
            cache[path] = methods
        return cache[path]

    def written_in(self, path: str, prop: str, parents: set[int | None]) -> list[tuple[str, int]]:
        """The functions of `path` called `prop` that are written directly in one of `parents`: the
        methods of the object a factory returns, the export of a bundle's module factory."""
        funcs = self.files[path].funcs
        return [(path, fid) for fid in self.props[path].get(prop, []) if funcs[fid].parent in parents]

    def _class_of(self, path: str, scope: int | None) -> str | None:
        funcs = self.files[path].funcs
        while scope is not None:
            if funcs[scope].cls is not None:
                return funcs[scope].cls
            scope = funcs[scope].parent
        return None

    def module_target(self, path: str, dotted: str) -> tuple[str, str] | None:
        """`./lib/x.run` -> (`lib/x.js`, `run`): the longest prefix that names a package file."""
        found = self.module_path(path, dotted)
        return (found[0], found[1][0] if found[1] else "") if found is not None else None

    def module_path(self, path: str, dotted: str) -> tuple[str, list[str]] | None:
        """`./monitor.run.kill` -> (`monitor/index.js`, [`run`, `kill`]): the longest prefix that names
        a package file, and the properties after it."""
        spec, rest = dotted, []
        while spec:
            target = self.resolve(path, spec)
            if target is not None:
                return target, rest[::-1]
            head, dot, tail = spec.rpartition(".")
            if not dot or not head or head in (".", ".."):
                return None
            rest.append(tail)
            spec = head
        return None

    def exports(self, path: str, name: str, hops: int = 0) -> list[tuple[str, int]]:
        """The functions file `path` exports as `name` (`""`: the module itself). Found once per file and name: every
        call into a module asks, and what a file exports does not change while the files are linked."""
        if hops == 0:
            key = (path, name)
            if key not in self._exports:
                self._exports[key] = self._exports_of(path, name, 0)
            return list(self._exports[key])
        return self._exports_of(path, name, hops)

    def _exports_of(self, path: str, name: str, hops: int) -> list[tuple[str, int]]:
        if hops > MAX_EXPORT_HOPS:
            return []
        ff = self.files[path]
        targets = ff.exports.get(name) or (ff.exports.get("") if name == "default" else None) \
            or (ff.exports.get("default") if name == "" else None) or []
        found: list[tuple[str, int]] = []
        for target in targets:
            if target[0] == "fn":
                found.append((path, target[1]))
            elif target[0] == "name":
                found.extend((path, fid) for fid in self.named(path, target[1], target[2]))
            elif target[0] == "dotted":
                resolved = self.module_target(path, target[1])
                if resolved is not None:
                    found.extend(self.exports(resolved[0], resolved[1], hops + 1))
        if not found and name:
            for target in ff.exports.get("*", []):
                other = self.resolve(path, target[1])
                if other is not None:
                    found.extend(self.exports(other, name, hops + 1))
            if not found:  # an export the table missed: a function of that name or property
                found.extend((path, fid) for fid in self.named(path, None, name) + self.props[path].get(name, [])[:MAX_MEMBER_TARGETS])
        return found

    # --- linking -------------------------------------------------------------------------------

    def targets(self, path: str, site: CallSite) -> Iterator[tuple[str, int | None]]:
        if site.kind in ("name", "ref"):
            yield from ((path, fid) for fid in self.named(path, site.scope, site.name))
        elif site.kind == "new":
            ff = self.files[path]
            if site.name in ff.classes:
                yield path, ff.classes[site.name]
            else:
                yield from ((path, fid) for fid in self.named(path, site.scope, site.name))
        elif site.kind == "member":
            yield from ((path, fid) for fid in self.members(path, site.scope, site.name, site.this, site.owner))
            if not site.this and not site.name.endswith("[]") and site.owner not in STANDARD_OBJECTS:
                # Also when this file has a method of that name: `this.remote.start()` inside the
                # class's own `start()` calls the constructed class's `start`, not itself.
                yield from self.imported_methods(path, site.name)
        elif site.kind == "bundled":  # what the factory stored under that id assigns to `module.exports`
            yield from self.written_in(path, "exports", set(self.props[path].get(site.name, [])))
        elif site.kind == "module" and site.spec and "()." in site.spec:
            yield from self.factory_methods(path, site.spec)
        elif site.kind == "module" and site.spec:
            resolved = self.module_path(path, site.spec)
            if resolved is None:
                yield from self.bundled_member(path, site.spec)
            else:
                target, parts = resolved
                yield target, None  # requiring it runs its top level
                if parts == ["[dynamic]"]:  # (`commands[cmd](opts)`: a CLI's dispatch table, any export of the module)
                    found = [f for name in sorted(self.files[target].exports) if name
                             for f in self.exports(target, name)][:MAX_TABLE_TARGETS]
                elif len(parts) <= 1:
                    found = self.exports(target, parts[0] if parts else "")
                else:  # `monitor.run.kill()` calls `kill`, a method of the export `run`, not `run`
                    found = [(target, fid) for fid in self.props[target].get(parts[-1], [])[:MAX_MEMBER_TARGETS]]
                    if not found and len(parts) == 2:
                        # (Babel's `_stats.default.record(a)` of `exports.default = { record: record }`: the function
                        # the exported table names so)
                        found = [(p, fid) for p, fid in self.exports(target, parts[0])
                                 if fid is not None and self.files[p].funcs[fid].name == parts[1]]
                self.note_constructed(path, target, parts, found)
                yield from found

    def factory_methods(self, path: str, dotted: str) -> Iterator[tuple[str, int]]:
        """`./services/maintenance().ensure`: the method of that name of the object literal the module's
        exported factory returns (`module.exports = ({ strapi }) => ({ async ensure() {} })`)."""
        spec, _, rest = dotted.partition("().")
        target = self.resolve(path, spec)
        if target is None or "(" in rest:
            return
        factories: set[int | None] = {fid for _, fid in self.exports(target, "")}
        yield from self.written_in(target, rest.rsplit(".", 1)[-1], factories)[:MAX_MEMBER_TARGETS]

    def bundled_member(self, path: str, dotted: str) -> Iterator[tuple[str, int]]:
        """`./src/update-check.js.checkForUpdate` where no file has that name: in a webpack bundle with
        named module ids, the function of that name in the factory stored under `./src/update-check.js`."""
        head, dot, name = dotted.rpartition(".")
        if dot:
            yield from self.written_in(path, name, set(self.props[path].get(head, [])))

    def through_getters(self, found: Iterator[tuple[str, int | None]]) -> Iterator[tuple[str, int | None]]:
        """The targets, and for an export getter (`checkForUpdate: () => c`) the function it returns:
        a bundle's `(0, n.checkForUpdate)(v)` calls `c`."""
        for target_path, fid in found:
            yield target_path, fid
            getter = self.files[target_path].funcs[fid].getter if fid is not None else None
            if getter is not None:
                parent = self.files[target_path].funcs[fid].parent
                yield from ((target_path, g) for g in self.named(target_path, parent, getter) if g != fid)

    def note_constructed(self, path: str, target: str, parts: list[str], found: list[tuple[str, int]]) -> None:
        """Classes of `target` that a call into it from `path` may construct (what `imported_methods`
        needs): one reached through its constructor, or named by the call even with no constructor
        (`new RemoteDefaults()`)."""
        constructed = self.instantiated.setdefault(path, set())
        for file, fid in found:  # (an export may be another file's class, re-exported)
            cls = self.files[file].funcs[fid].cls
            if cls is not None and self.files[file].classes.get(cls) == fid:
                constructed.add((file, cls))
            elif cls is None:
                # `m = maintenance({ strapi }); m.ensure()` on `module.exports = ({ strapi }) => ({ ensure() {} })`
                self.factories.setdefault(path, set()).add((file, fid))
        for part in parts[-2:]:
            # (`new Session()`, and a class's static factory: `Session.of(req)` returns one)
            if part in self.classes[target]:
                constructed.add((target, part))

    def link(self) -> None:
        g = self.graph
        # An event of the package's own (`bus.on('restart', fn)`, `bus.emit('restart')` in a function
        # of any file): its handler runs where the event is emitted, not where it is registered.
        emitters: dict[str, list[Scope]] = {}
        for path, ff in self.files.items():
            for event, scopes in ff.emits.items():
                emitters.setdefault(event, []).extend((path, s) for s in scopes)
        for path, ff in self.files.items():
            on_emit = {fid: emitters[event] for event, fids in ff.handlers.items() if event in emitters for fid in fids}
            for fid, func in enumerate(ff.funcs):
                if fid in on_emit:
                    for scope in on_emit[fid]:
                        self.edge(scope, (path, fid))
                elif func.immediate:
                    self.edge((path, func.parent), (path, fid))
            for scope, module in ff.requires:
                target = self.resolve(path, module)
                if target is not None:
                    self.edge((path, scope), (target, None))
            for node, module in ff.imports:
                target = self.resolve(path, module)
                if target is not None and self.files[target].exports_node is not None:
                    g.edge(self.node(target, self.files[target].exports_node), self.node(path, node))
        self.link_files()
        # Calls into other files first: they say which classes of other files each file constructs,
        # which the method calls linked next may need (see `imported_methods`).
        for first in (True, False):
            for path, ff in self.files.items():
                for site in ff.calls:
                    if (site.kind == "module") is first:
                        self.link_site(path, site)

    def link_files(self) -> None:
        """A file one module writes and another reads (an install script's snapshot that the main module sends on):
        what was written is what the read returns. Linked by the file's name, within the package."""
        stored: dict[str, list[int]] = {}
        for path, ff in self.files.items():
            for name, node in ff.stored_files[:MAX_STORED]:
                stored.setdefault(name, []).append(self.node(path, node))
        if not stored:
            return
        for path, ff in self.files.items():
            for name, node in ff.read_files[:MAX_STORED]:
                for source in stored.get(name, ())[:MAX_STORED]:
                    self.graph.edge(source, self.node(path, node))
                    self.file_reads.add(self.node(path, node))

    def link_site(self, path: str, site: CallSite) -> None:
        """Edges of one call: to what it runs, and its arguments and result to the callee's."""
        g = self.graph
        resolved = False
        for target_path, fid in self.through_getters(self.targets(path, site)):
            self.edge((path, site.scope), (target_path, fid))
            if fid is None:
                continue
            callee = self.files[target_path].funcs[fid]
            if site.kind == "ref":
                # `items.forEach(apply)`, `p.then(handle)`: the function gets what the call hands its
                # callbacks (the elements, the resolved value), and what it returns is what `map`
                # gives back (`Promise.any(urls.map(grab))`; see MAPPERS in calls.py).
                for arg in site.args[:1]:
                    for param in callee.params[:1]:
                        g.edge(self.node(path, arg), self.node(target_path, param))
                g.edge(self.node(target_path, callee.ret), self.node(path, site.result))
                continue
            resolved = True
            for arg, param in zip(site.args, callee.params):
                g.edge(self.node(path, arg), self.node(target_path, param))
            for index, literal in site.handed:
                if index < len(callee.param_names) and callee.param_names[index]:
                    self.link_handed(target_path, fid, callee.param_names[index], path, literal)
            g.edge(self.node(target_path, callee.ret), self.node(path, site.result))
            for index, stored in callee.stores:
                if index < len(site.writes):
                    g.edge(self.node(target_path, stored), self.node(path, site.writes[index]))
        if not resolved and site.fallback is not None:
            g.edge(self.node(path, site.fallback), self.node(path, site.result))

    def link_handed(self, path: str, fid: int, param: str, literal_path: str, literal: int) -> None:
        """The function literal handed to `fid`'s parameter `param` is what `param(...)` calls inside
        `fid` (`function fetchStage(cfg, cb) { ... cb(code) }`): its arguments and result."""
        if path not in self.param_calls:
            index: dict[str, list[CallSite]] = {}
            for site in self.files[path].calls:
                if site.kind == "name":
                    index.setdefault(site.name, []).append(site)
            self.param_calls[path] = index
        funcs = self.files[path].funcs
        handed = self.files[literal_path].funcs[literal]
        for inner in self.param_calls[path].get(param, ()):
            scope = inner.scope
            while scope is not None and scope != fid:
                scope = funcs[scope].parent
            if scope != fid:
                continue
            # Flow only: the literal already runs where it is handed over (see `levels`); a call edge
            # from inside the callee would lift every callback to the callee's level, and with it
            # what the flow graph merges through shared helpers (nx's provenance fetch).
            for arg, target in zip(inner.args, handed.params):
                self.graph.edge(self.node(path, arg), self.node(literal_path, target))
            self.graph.edge(self.node(literal_path, handed.ret), self.node(path, inner.result))

    def re_exporting(self, mains: set[str]) -> set[str]:
        """The entry modules and the modules they re-export whole (tsc's `__exportStar(require('./service'), exports)`,
        `export * from './service'`, `module.exports = require('./server')`), a few files deep: the app gets their
        exports too."""
        found = {p for p in mains if p in self.files}
        frontier = list(found)
        for _ in range(MAX_EXPORT_HOPS):
            frontier = [other for path in frontier
                        for target in self.files[path].exports.get("*", []) + self.files[path].exports.get("", [])
                        if target[0] in ("star", "dotted") and (other := self.resolve(path, target[1])) is not None
                        and other not in found]
            found.update(frontier)
        return found

    def api(self, mains: set[str]) -> set[Scope]:
        """What the entry modules export, the subcommand handlers, and everything they reach (see `Program.api`)."""
        stack = [found for path in sorted(self.re_exporting(mains)) for name in self.files[path].exports
                 for found in self.called_exports(path, name)]
        stack += [(path, fid) for path, ff in self.files.items() for fid, func in enumerate(ff.funcs) if func.command]
        return reached(self.edges, stack)

    def called_exports(self, path: str, name: str) -> list[Scope]:
        """The functions of export `name` of `path` its user calls: the export, and an exported object literal's
        methods (`export const link = { attach() {} }`) or an exported class's (`module.exports = class extends
        Generator { initializing() {} }`, with a constructor of its own or not)."""
        ff = self.files[path]
        found: list[Scope] = []
        for scope, local in {(t[1], t[-1]) for t in ff.exports[name] if t[0] == "name"}:
            cls = ff.class_aliases.get(local, local)
            found.extend((path, fid) for fid in self.classes[path].get(cls, []) + self.objects[path].get(local, [])
                         + _members_assigned(ff, scope, self.member_functions(path).get(local, [])))
        for target in self.exports(path, name):
            found.append(target)
            target_path, fid = target
            cls = self.files[target_path].funcs[fid].cls if fid is not None else None
            if cls is not None:
                found.extend((target_path, method) for method in self.classes[target_path][cls])
            for made in self.constructed_returns(target_path).get(fid, ()) if fid is not None else ():
                found.extend((target_path, method) for method in self.classes[target_path].get(made, []))
        return found

    def member_functions(self, path: str) -> dict[str, list[int]]:
        """Object name -> the functions assigned as its members (`n.run = function () {}`), built once per file."""
        if path not in self._members:
            table: dict[str, list[int]] = {}
            for fid, func in enumerate(self.files[path].funcs):
                owner, dot, prop = func.name.partition(".")
                if dot and prop and "." not in prop:
                    table.setdefault(owner, []).append(fid)
            self._members[path] = table
        return self._members[path]

    def constructed_returns(self, path: str) -> dict[int, list[str]]:
        """Function -> the classes of the file whose instance it returns (`module.exports = (config, options) => new
        GitlabAuth(config, options)`, a plugin factory): its user calls that instance's methods (a Verdaccio auth
        plugin's `authenticate`). Built once per file."""
        if path not in self._constructed:
            ff = self.files[path]
            preds = ff.graph.preds
            found: dict[int, list[str]] = {}
            for site in ff.calls:
                if site.kind == "new" and site.scope is not None and site.name in ff.classes \
                        and (ret := ff.funcs[site.scope].ret) is not None and site.result in preds[ret]:
                    found.setdefault(site.scope, []).append(site.name)
            self._constructed[path] = found
        return self._constructed[path]

    def levels(self, roots: Mapping[str, list[Scope]]) -> dict[Scope, str]:
        levels: dict[Scope, str] = {}
        for level in LEVELS:
            stack = [r for r in roots.get(level, []) if r not in levels]
            for r in stack:
                levels[r] = level
            while stack:
                for nxt in self.edges.get(stack.pop(), ()):
                    if nxt not in levels:
                        levels[nxt] = level
                        stack.append(nxt)
        return levels


def loaded_by(files: Mapping[str, FileFacts], starts: set[str]) -> set[str]:
    """The files `starts` load, directly or through others, with `starts`."""
    seen = {p for p in starts if p in files}
    stack = list(seen)
    while stack:
        path = stack.pop()
        ff = files[path]
        for module in [m for _, m in ff.requires] + [m for _, m in ff.imports]:
            target = resolve(path, module, files)
            if target is not None and target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def build(files: Mapping[str, FileFacts], install: set[str], mains: set[str],
          activate: bool = False, others: bool = True, tools: set[str] = frozenset(),
          whole: set[str] = frozenset(), commands: set[str] = frozenset()) -> Program:
    """Link the package's files, decide when each function runs and solve the flow graph.
    `activate`: the entry module's `activate` export runs on start (a VS Code extension);
    `others`: the top level of every other file runs when it is loaded; `tools`: files a developer
    tool loads, whose exports and hook methods it calls (see tools.py); `whole`: tool files every function of which the
    tool runs (an Angular schematic's rules); `commands`: files whose exports a CLI calls when its user types a command
    (an Nx executor, an Angular builder), which join the API as a subcommand's handler does."""
    linker = _Linker(files, files)
    linker.link()
    roots: dict[str, list[Scope]] = {"install": [(p, None) for p in sorted(install) if p in files],
                                     "entry": [(p, None) for p in sorted(mains) if p in files],
                                     "module": [(p, None) for p in sorted(files)] if others else []}
    if activate:
        roots["entry"] += [found for p in sorted(mains) if p in files for found in linker.exports(p, "activate")]
    for p in sorted(tools):
        if p in files:
            # (an exported class's or object's methods too: the tool calls them, as an application calls a library's)
            exported = [found for q in sorted(linker.re_exporting({p})) for name in files[q].exports
                        for found in linker.called_exports(q, name)]
            # What an exported hook returns or registers the tool calls too: Vitest's and Jest's
            # global setup returns its teardown, a Babel plugin returns its visitor.
            hooks = set(exported)
            inside = [(p, fid) for fid, func in enumerate(files[p].funcs) if written_inside(files[p].funcs, func, p, hooks)]
            roots["entry"] += [(p, None), *exported, *inside]
            if p in whole:
                roots["entry"] += [(p, fid) for fid in range(len(files[p].funcs))]
    # The tool calls the hook methods of what the plugin hands it, wherever they are written (an
    # ESLint plugin's `rules: {x: require('./rules/x')}`, each with its `create`), and what those return or
    # register (the rule's visitor: its `'Program:exit'` runs after every linted file).
    for p in sorted(loaded_by(files, tools)):
        funcs = files[p].funcs
        hooks = {(p, fid) for fid, func in enumerate(funcs) if HOOKS.intersection(func.props) or func.name in NAMED_HOOKS}
        roots["entry"] += sorted(hooks, key=lambda scope: scope[1])
        roots["entry"] += [(p, fid) for fid, func in enumerate(funcs) if hooks and written_inside(funcs, func, p, hooks)]
    program = Program(files, linker.levels(roots), linker.edges, linker.graph, linker.offsets, linker.api(mains | commands),
                      linker.file_reads)
    linker.graph.solve()
    for path, ff in files.items():
        offset = linker.offsets[path]
        ff.graph.labels = linker.graph.labels[offset: offset + len(ff.graph.own)]
    return program
