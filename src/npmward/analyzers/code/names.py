"""Bindings: what a name refers to, so calls are known by their module path.

`const cp = require('child_process'); cp.exec(...)` is `child_process.exec`; so are
`import {exec} from 'child_process'`, `var r = require; r('child_process').exec` and
`promisify(cp.exec)`. Local one-expression functions are remembered for constant folding.
"""

from __future__ import annotations

import posixpath
import re
from typing import Mapping

from tree_sitter import Node

from . import patterns as P
from .behaviours import GLOBAL_OBJECTS
from .calls import BUNDLED, unparenthesized
from .consts import PATH_JOINS
from .strings import text_decoder, xor_decoder, xor_key, xor_table_decoder

MAX_CHAIN = 256
"""Links of a callee chain (`a.b.c()`, `new new X`, `f()()`) followed; deeper ones are unnamed."""
MAX_NAME = 200
MAX_TABLE_DECODER = 3000
"""Bytes of a function read for a decoding alphabet: a hand-written decoder is a few lines."""
FUNCTION_LITERALS = ("arrow_function", "function_expression", "function", "generator_function")
CONSTRUCTED_LITERALS = ("array", "object", "string", "template_string", "number", "true", "false", "regex")
"""Literals whose constructor's constructor is Function (`[].constructor.constructor`)."""
INTEROP_HELPERS = {"__importDefault", "__importStar", "_interopRequireDefault", "_interopRequireWildcard", "__toESM",
                   "_interopDefault", "_interopDefaultCompat", "_interopNamespace", "_interopNamespaceDefault",
                   "__importDefaultCompat", "interopRequireDefault", "interopRequireWildcard", "_interopDefaultLegacy",
                   "_interopNamespaceDefaultOnly"}
"""Wrappers compilers put around `require(...)` (tsc, Babel, esbuild, Rollup; Rollup 2's CJS output wraps the
module's variable: `var os__default = _interopDefaultLegacy(os)`, then `os__default['default'].hostname()`)."""
MINIFIED_INTEROP = re.compile(rb"(?:\bfunction\s+([\w$]+)\s*\(|\b([\w$]+)\s*=\s*(?:function\s*)?\([\w$,\s]{0,40}\)\s*(?:=>)?|"
                              rb"\b([\w$]+)\s*=\s*\(?\s*this\s*&&\s*this\.__import)[^;]{0,160}?\.__esModule\b")
"""The same helpers once a minifier renamed them (esbuild's `var l=(e,t,n)=>(…!e.__esModule?…)`, a minified
Babel's `function n(e){return e&&e.__esModule?e:{default:e}}`): a short function that tests `__esModule`."""


def interop_names(source: bytes) -> frozenset[str]:
    """The names this file gives its interop helpers, minified or not (see `MINIFIED_INTEROP`)."""
    names: set[str] = set()
    # A match holds no `;`: only the `;`-free stretches around each `.__esModule` are searched, not the whole file
    # (the pattern tries every word of it: a large bundle's seconds).
    end = 0
    while (found := source.find(b".__esModule", end)) != -1:
        start, end = source.rfind(b";", 0, found) + 1, source.find(b";", found)
        end = len(source) if end == -1 else end
        names.update(next(g for g in m.groups() if g).decode() for m in MINIFIED_INTEROP.finditer(source[start:end]))
    return frozenset(names)


def choices(value: Node) -> tuple[Node | None, ...] | None:
    """The two values a choice may give: either side of `a ? b : c`, `a || b` and `a ?? b` (None for any other
    expression)."""
    if value.type == "ternary_expression":
        return value.child_by_field_name("consequence"), value.child_by_field_name("alternative")
    if value.type == "binary_expression" and (op := value.child_by_field_name("operator")) is not None \
            and op.type in ("||", "??"):
        return value.child_by_field_name("left"), value.child_by_field_name("right")
    return None


def _first_argument(call: Node) -> Node | None:
    """A call's first argument, past comments (webpack writes `__webpack_require__(/*! fs */ "fs")`)."""
    args = call.child_by_field_name("arguments")
    return next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None


def builtin_name(spec: str) -> str:
    """`node:dns/promises` is `dns.promises`: one name per built-in, however it is imported."""
    spec = spec[5:] if spec.startswith("node:") else spec
    return spec.replace("/", ".") if spec in ("dns/promises", "fs/promises", "stream/promises", "timers/promises") else spec


WEBPACK_EXTERNAL = re.compile(r"""(?:["'](?P<name>[\w@./:-]{1,200})["']|(?P<number>\d+))\s*:\s*(?:/\*[^\n]{0,300}?\*/\s*|/\*![^\n]*\n(?:[^\n]*\n){0,3}?[^\n]*\*/\s*)*\(?\s*(?:\(\s*(?P<m>\w+)[^)]*\)\s*=>|(?P<m1>\w+)\s*=>|function\s*\(\s*(?P<m2>\w+)[^)]*\))"""
                              r"""\s*\{?\s*(?:["']use strict["'];?\s*)?(?:module|(?P=m)|(?P=m1)|(?P=m2))\.exports\s*=\s*require\(\s*["'](?P<module>[^"']+)["']\s*\)""")
"""A webpack factory that only re-exports a module (externals, Node built-ins in a `target: node` bundle)."""
UMD_REQUIRES = re.compile(r"""module\.exports\s*=\s*factory\((?P<args>(?:\s*require\(\s*["'][^"']{1,200}["']\s*\)\s*,?){1,64})\)""")
UMD_PARAMS = re.compile(r"\((?P<params>\s*__WEBPACK_EXTERNAL_MODULE_\w{1,200}__(?:\s*,\s*__WEBPACK_EXTERNAL_MODULE_\w{1,200}__){0,63}\s*)\)")
"""A webpack library's UMD header: `module.exports = factory(require("mssql"), require("child_process"))` hands the
externals to `(__WEBPACK_EXTERNAL_MODULE__1__, __WEBPACK_EXTERNAL_MODULE__2__) => ...`, by position; module 2's factory
is `module.exports = __WEBPACK_EXTERNAL_MODULE__2__`."""


MAX_UMD_HEAD = 8_000
"""How far into a bundle its UMD header is looked for."""
CREATE_REQUIRE = {"module.createRequire", "module.createRequireFromPath", "node:module.createRequire"}
RETURNS_PROCESS = re.compile(r"^\s*return\s+(?:this\.)?process\s*;?\s*$")
PROCESS_REQUIRES = ("mainModule.require", "mainModule.constructor._load")
"""What of `process` is a require (see `REQUIRES`)."""
REQUIRE_OWNERS = {"global", "globalThis", "module", "process.mainModule", "this", "window"}
EXTENSION_API = {f"{owner}{name}" for owner in ("", "globalThis.", "window.", "self.") for name in ("chrome", "browser")}
"""How a browser extension names its API object (Chrome's `chrome`, Firefox's `browser`)."""
"""Objects whose `require` property is Node's require (`global['req' + 'uire']`)."""
WEBPACK_RUNTIME = re.compile(
    r"function\s+(?P<require>[\w$]+)\s*\(\s*(?P<id>[\w$]+)\s*\)\s*\{\s*var\s+(?P<c>[\w$]+)\s*=\s*[\w$]+\[(?P=id)\];?\s*"
    r"if\s*\(\s*(?:void 0|undefined)\s*!==\s*(?P=c)\s*\)\s*return\s+(?P=c)\.exports;.{0,200}?"
    r"(?<![\w$.])(?P<modules>[\w$]+)\[(?P=id)\](?:\.call\([^,]+,|\()\s*[\w$]+\s*,\s*[\w$]+\.exports\s*,\s*(?P=require)\s*\)")
"""webpack 5's module loader as a minifier leaves it (`function r(n){var o=t[n];if(void 0!==o)return o.exports;
var s=t[n]={exports:{}};return e[n](s,s.exports,r),s.exports}`): `r` is `__webpack_require__`, `e` the
table of module factories, whose third parameter is `r` again."""
MAX_RUNTIME_SCAN = 4_000_000


def subpath_target(subpaths: Mapping[str, str], spec: str) -> str | None:
    """The file a subpath import names: an exact key, or one `*` pattern (`#internal/*`)."""
    if spec in subpaths:
        return subpaths[spec]
    for key, target in subpaths.items():
        head, star, tail = key.partition("*")
        if star and spec.startswith(head) and spec.endswith(tail) and len(spec) >= len(head) + len(tail):
            return target.replace("*", spec[len(head): len(spec) - len(tail)])
    return None


MAX_TABLE = 200
"""Object literals folded as constant tables have at most this many entries: a config's hosts and keys, not a data
table (unicode ranges, browser versions) read property by property."""


GLOBAL_FETCHES = {"fetch", "globalThis.fetch", "window.fetch", "global.fetch", "self.fetch"}
"""The global fetch, by the names code reaches it (kept under another name, it still sends)."""
ALIASED_GLOBALS = {"Buffer", "eval", "atob"}
"""Globals that decode or run code, which loaders keep under another name (`var b = G.Buffer`)."""
GLOBAL_TEST = re.compile(rb"\btypeof\s*\(?\s*(?:globalThis|window|self|global)\b")
"""A test of which global object exists: a choice made with one finds the global object."""
GLOBAL_GETTER = re.compile(r"(?:^|\.)(?:get)?_?global(?:This|Object|Scope)?$", re.I)
"""A function named for finding the global object (Closure's `$jscomp.getGlobal(this)`, `getGlobalThis()`)."""


class Bindings:
    """Mixin of the extractor: needs `text(node)`, `const(node)`, `pure_function(node)`, `snippet(node)`, `out`
    and `add`."""

    bindings: dict[str, str]
    require_aliases: set[str]
    literals: dict[str, Node]
    subpaths: Mapping[str, str]
    """The package's subpath imports (`#supports-color` -> `source/vendor/supports-color.js`)."""
    src: bytes
    _externals: dict[str, str] | None = None
    module_tables: set[str]
    """Variables that hold a webpack bundle's module factories (see `webpack_runtime`)."""
    global_aliases: set[str]
    """Names the file gives the global object (see `note_global`)."""

    def specifier(self, spec: str) -> str:
        """A module specifier as the rest of the analysis names it: `node:os` is `os`, and a subpath
        import (`#x`, package.json `imports`) is the relative path of the file it maps to."""
        if spec.startswith("#"):
            target = subpath_target(self.subpaths, spec)
            if target is not None:
                rel = posixpath.relpath(target, posixpath.dirname(self.out.path) or ".")
                return rel if rel.startswith("../") else "./" + rel
        return builtin_name(spec)

    def module_branch(self, ternary: Node) -> Node | None:
        """The first branch of `c ? a : b` that names a bound module."""
        for side in ("consequence", "alternative"):
            branch = ternary.child_by_field_name(side)
            if branch is not None and branch.type == "identifier" and self.text(branch) in self.bindings:
                return branch
        return None

    def holds_global(self, value: Node) -> bool:
        """The global object by another name: `globalThis`/`window`/`global`/`self`, a choice among them made by testing
        which exists (`typeof window !== 'undefined' ? window : global`, core-js's `check(typeof globalThis == 'object'
        && globalThis) || …`), or what a function named for finding it gives (Closure's `$jscomp.getGlobal(this)`)."""
        t = value.type
        if t == "call_expression":
            fn = value.child_by_field_name("function")
            return fn is not None and fn.end_byte - fn.start_byte <= 80 and b"lobal" in self.src[fn.start_byte:fn.end_byte] \
                and GLOBAL_GETTER.search(self.text(fn)) is not None
        return (t == "identifier" or choices(value) is not None and value.end_byte - value.start_byte <= 600
                and GLOBAL_TEST.search(self.src, value.start_byte, value.end_byte) is not None) and self.gives_global(value)

    def gives_global(self, value: Node, depth: int = 0) -> bool:
        """One of the values a choice may give is the global object itself (`typeof window !== 'undefined' ? window :
        global`, `check(typeof globalThis == 'object' && globalThis)`), not something read from it (`window.document`)."""
        if depth > 6:
            return False
        t = value.type
        if t == "identifier":
            return self.text(value, 20) in GLOBAL_OBJECTS
        if t == "parenthesized_expression" and value.named_child_count == 1:
            return self.gives_global(value.named_children[0], depth + 1)
        if t == "call_expression" and (args := value.child_by_field_name("arguments")) is not None \
                and args.named_child_count == 1:
            return self.gives_global(args.named_children[0], depth + 1)  # (core-js's `check(…)` of one)
        if t == "binary_expression" and (op := value.child_by_field_name("operator")) is not None and op.type == "&&":
            return self.gives_global(value.child_by_field_name("right"), depth + 1)
        sides = choices(value)
        return sides is not None and any(side is not None and self.gives_global(side, depth + 1) for side in sides)

    def note_global(self, name: str, value: Node) -> None:
        """Remember `name` (`G`, `$jscomp.global`) as the global object when `value` is it: `G.Function(code)` is then
        `Function(code)`, `G.Buffer.from(s, 'base64')` a decode (see `callee_name`)."""
        if self.holds_global(value) and name not in GLOBAL_OBJECTS:
            self.global_aliases.add(name)
        elif self.global_aliases:
            self.global_aliases.discard(name)

    def made_require(self, call: Node) -> str | None:
        """`require` for `createRequire(import.meta.url)`, a require called where it is made (`createRequire(url)(file)`,
        esbuild's `(0, import_node_module.createRequire)(url)(file)`). (Its text first: calls of calls are common.)"""
        fn = call.child_by_field_name("function")
        if fn is not None and fn.end_byte - fn.start_byte <= 80 and "createRequire" in self.text(fn) \
                and self.callee_name(fn) in CREATE_REQUIRE:
            return "require"
        return None

    def callee_name(self, node: Node) -> str:
        """Dotted name of a callee, with its root resolved through require/import bindings.

        Iterative: member, call, `new` and index chains are as deep as the input makes them."""
        suffixes: list[str | None] = []  # outermost first; None stands for a `new` around what is inside
        root = None
        for _ in range(MAX_CHAIN):
            t = node.type
            if t == "identifier":
                name = self.text(node)
                root = self.bindings.get(name, name)
            elif t == "member_expression":
                obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
                # (`function_constructor` of a member needs its property to be `constructor`: most are not)
                if prop is not None and self.is_text(prop, "constructor") and self.function_constructor(node):
                    root = "Function"
                elif obj is None or prop is None:
                    root = self.text(node, 60)
                else:
                    suffixes.append("." + self.text(prop, 80))
                    node = obj
                    continue
            elif t == "subscript_expression" and self.function_constructor(node):
                root = "Function"
            elif t == "subscript_expression":
                obj = node.child_by_field_name("object")
                index = self.const(node.child_by_field_name("index"))
                if obj is not None and isinstance(index, str):
                    suffixes.append("." + index[:80])
                    node = obj
                    continue
                if obj is not None and obj.type == "identifier" and self.text(obj) in self.bindings:
                    # `cp[p[0]](...)`: a module's function picked by a computed name, as obfuscators do.
                    root = f"{self.bindings[self.text(obj)]}.[dynamic]"
                else:
                    root = self.text(node, 60)
            elif t == "call_expression":  # require('x').y  or  require('x')()
                root = self.required_module(node) or self.made_require(node)
                if root is None:
                    fn = node.child_by_field_name("function")
                    if fn is None:
                        root = "?"
                    else:
                        suffixes.append("()")
                        node = fn
                        continue
            elif t in ("parenthesized_expression", "await_expression", "sequence_expression") and node.named_child_count:
                # `(0, cp.spawn)(...)`: how esbuild and TypeScript call an imported function.
                node = node.named_children[-1]
                continue
            elif t == "ternary_expression" and (picked := self.module_branch(node)) is not None:
                # `(u.startsWith('https:') ? https : http).get(u)`: the module picked by the URL's scheme.
                node = picked
                continue
            elif t == "new_expression":
                ctor = node.child_by_field_name("constructor")
                if ctor is None:
                    root = "new ?"
                else:
                    suffixes.append(None)
                    node = ctor
                    continue
            else:
                root = self.text(node, 60)
            break
        else:
            root = "?"  # a chain deeper than any real callee: named by what it ends with
        name = root
        if suffixes and suffixes[-1] == ".default" and root is not None and root != "?" and not root.startswith(".") \
                and node.type == "identifier" and self.text(node) in self.bindings:
            suffixes.pop()  # `axios_1.default.post`: the interop default of a package is the package
        for suffix in reversed(suffixes):
            name = "new " + name if suffix is None else name + suffix
            if len(name) > MAX_NAME:
                return name[:MAX_NAME]
        return self.unaliased_global(name) if self.global_aliases else name

    def unaliased_global(self, name: str) -> str:
        """`$jscomp.global.Function` is `Function`, `new G.Function` is `new Function`: the global's property is the
        global name."""
        new = "new " if name.startswith("new ") else ""
        body = name[len(new):]
        alias = next((a for a in self.global_aliases if body == a or body.startswith(a + ".")), None)
        return name if alias is None else new + (body[len(alias) + 1:] or "globalThis")

    def function_constructor(self, node: Node) -> bool:
        """`(async () => {}).constructor`, `Object.getPrototypeOf(function* () {}).constructor`: the constructor of
        a function literal is Function (or its async/generator kin), which compiles a string into code as `eval`
        does, without naming either. So is the constructor of a literal's constructor (`[].constructor.constructor`,
        `''['constructor']['constructor']`, the key often picked from a string array: `[][_0x[3]][_0x[3]]`).
        (Asked of every member callee: the shape is checked before any key is folded.)"""
        if node.type == "member_expression":
            if not self._reads_constructor(node):
                return False  # (most member callees: their property is named, and not `constructor`)
        elif node.type != "subscript_expression":
            return False
        obj = node.child_by_field_name("object")
        if obj is None:
            return False
        obj = unparenthesized(obj)
        if obj.type == "call_expression" \
                and self.text(obj.child_by_field_name("function"), 30) in ("Object.getPrototypeOf", "Reflect.getPrototypeOf"):
            args = obj.child_by_field_name("arguments")
            if args is None or args.named_child_count != 1:
                return False
            obj = args.named_children[0]
        if obj.type in FUNCTION_LITERALS or (obj.type == "identifier" and self.is_text(obj, "Function")):
            shaped = True  # (`Function.constructor` is Function itself)
        elif obj.type in ("member_expression", "subscript_expression"):
            literal = obj.child_by_field_name("object")
            # (or the constructor of a literal's method: `[].filter.constructor`, `''['big']['constructor']`)
            shaped = literal is not None and unparenthesized(literal).type in CONSTRUCTED_LITERALS \
                and (self._reads_constructor(obj) or self._key(obj) not in (None, "length"))
        else:
            return False
        # (a subscript's key is folded last, once the shape holds)
        return shaped and (node.type == "member_expression" or self._reads_constructor(node))

    def _key(self, node: Node) -> str | None:
        """The property `x.key` or `x['key']` reads (the key folded)."""
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            return None if prop is None else self.text(prop, 40)
        key = self.const(node.child_by_field_name("index"))
        return key if isinstance(key, str) else None

    def _reads_constructor(self, node: Node) -> bool:
        """`x.constructor` or `x['constructor']` (the key folded)."""
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            return prop is not None and self.is_text(prop, "constructor")
        return self.const(node.child_by_field_name("index")) == "constructor"

    def required_module(self, call: Node) -> str | None:
        fn = call.child_by_field_name("function")
        if fn is None:
            return None
        if fn.type == "subscript_expression" and fn.end_byte - fn.start_byte <= 80:
            # `global['req' + 'uire']('child' + '_process')`: require reached by a computed name
            owner, index = fn.child_by_field_name("object"), fn.child_by_field_name("index")
            if owner is None or index is None or self.text(owner, 40) not in REQUIRE_OWNERS or self.const(index) != "require":
                return None
            name = "require"
        elif fn.type not in ("identifier", "member_expression", "import") or fn.end_byte - fn.start_byte > 60:
            return None
        else:
            name = self.text(fn)
        if name.endswith(("__webpack_require__", "__nccwpck_require__")) and name not in self.require_aliases:
            # A development build names its modules: `__webpack_require__("child_process")` is the external's
            # factory (`module.exports = require("child_process")`), `"./src/env.ts"` a module of the bundle.
            first = _first_argument(call)
            value = self.const(first) if first is not None else None
            if isinstance(value, str):
                return self.bundled_module(value)
        if name in self.require_aliases or (fn.type == "import"):
            first = _first_argument(call)
            if first is not None:
                value = self.const(first)
                if value is None and (script := self.own_script(first)) is not None:
                    value = script  # `require(path.join(__dirname, '..', 'test', 'x.js'))`: a file of the package
                if isinstance(value, str):
                    module = self.specifier(value)
                    self.out.modules.add(module)
                    return module
                if name not in ("require", "import") and first.type == "number":
                    # An external is the module it re-exports; another id is a module of the bundle
                    # (`webpack:944`), whose functions calls on it are linked to by name.
                    return self.bundled_module(self.text(first, 20))
        return None

    def webpack_runtime(self) -> None:
        """A minified webpack bundle's loader and module table, found in the text before the walk (the
        loader is declared after the table whose factories call it)."""
        self.module_tables = {"__webpack_modules__"}
        if len(self.src) > MAX_RUNTIME_SCAN or (b"exports:{}" not in self.src and b"exports: {}" not in self.src):
            return  # (the loader makes each module as `{exports: {}}`)
        for match in WEBPACK_RUNTIME.finditer(self.src.decode("utf-8", "replace")):
            self.require_aliases.add(match.group("require"))
            self.module_tables.add(match.group("modules"))

    def bundled_module(self, module_id: str) -> str:
        """What `__webpack_require__(id)` gives: the module an external re-exports, or the bundle's own module `id`."""
        module = self.bundled_externals().get(module_id)
        if module is not None:
            self.out.modules.add(module)
        return module or f"{BUNDLED}{module_id}"

    def bundled_externals(self) -> dict[str, str]:
        """A webpack bundle's external modules by id (`81: (module) => { module.exports = require("child_process"); }`):
        `__webpack_require__(81)` is `require("child_process")`. Read from the text once, since a
        factory can come after the code that requires it."""
        if self._externals is None:
            # (`__webpack_require__`, or ncc's `__nccwpck_require__`, named as the factories' third parameter)
            bundled = b"_require__" in self.src or b"__webpack_modules__" in self.src or len(self.module_tables) > 1
            text = self.src.decode("utf-8", "replace") if bundled else ""
            self._externals = {m.group("name") or m.group("number"): builtin_name(m.group("module"))
                               for m in WEBPACK_EXTERNAL.finditer(text)}
            head = text[:MAX_UMD_HEAD] if "__WEBPACK_EXTERNAL_MODULE_" in text[:MAX_UMD_HEAD] else ""
            if head and (given := UMD_REQUIRES.search(head)) and (params := UMD_PARAMS.search(head)):
                modules = re.findall(r"""require\(\s*["']([^"']+)["']""", given.group("args"))
                for param, module in zip(params.group("params").split(","), modules):
                    self._externals.setdefault(param.strip()[len("__WEBPACK_EXTERNAL_MODULE_"):-2].strip("_"), builtin_name(module))
        return self._externals

    def made_process(self, call: Node | None) -> bool:
        """`X.constructor.constructor('return process')()` or `Function('return process')()`: a function made of that
        code, called, gives `process`."""
        made = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if made is None or made.type != "call_expression" or (maker := made.child_by_field_name("function")) is None:
            return False
        if maker.end_byte - maker.start_byte > 120 or not (
                self.text(maker).endswith(".constructor.constructor") or self.text(maker) in ("Function", "globalThis.Function")):
            return False
        first = _first_argument(made)
        code = self.const(first) if first is not None else None
        return isinstance(code, str) and RETURNS_PROCESS.match(code) is not None

    def bind(self, declarator: Node, scope: int | None = None) -> None:  # noqa: C901 - one branch per binding pattern
        name = declarator.child_by_field_name("name")
        value = declarator.child_by_field_name("value")
        if name is None or value is None:
            return
        while value.type in ("await_expression", "parenthesized_expression") and value.named_child_count:
            value = value.named_children[-1]
        if name.type == "identifier" and scope is None:
            self.note_global(self.text(name), value)  # (a function's `var e = window` may be a minifier's reused name)
        if name.type == "identifier" and any(self.made_process(v) for v in choices(value) or (value,)):
            # `var proc = err.constructor.constructor('return process')()`: the host's `process`, reached from inside a
            # vm sandbox through a host object's Function constructor (the vm2 escapes); its `mainModule.require` is
            # the host's require
            self.require_aliases.update(f"{self.text(name)}.{rest}" for rest in PROCESS_REQUIRES)
            return
        if name.type == "identifier" and value.type in ("identifier", "member_expression") \
                and value.end_byte - value.start_byte <= 60 and self.text(value) in self.require_aliases:
            # `var r = require; r('child_process')`; `var R = process.mainModule.constructor._load` (Module._load, as
            # code run by `new Function` reaches it without a require in scope)
            self.require_aliases.add(self.text(name))
            return
        if name.type == "identifier" and value.type == "call_expression" and value.child_by_field_name("function") is not None \
                and self.callee_name(value.child_by_field_name("function")) in CREATE_REQUIRE:
            # `const r = createRequire(import.meta.url)`: a require, which loads what `r(file)` names as require does
            self.require_aliases.add(self.text(name))
            self.bindings[self.text(name)] = "require"
            return
        if name.type == "identifier" and value.type in ("arrow_function", "function_expression", "function"):
            self.remember_pure(self.text(name), value)
        elif self.factory_exports and name.type == "identifier" and value.type == "call_expression" and \
                (exported := self.factory_exports.get(self.text(value.child_by_field_name("function"), 200))) is not None:
            self.remember_pure(self.text(name), exported)  # `var s = require_strings()`: the function it exports
        if name.type == "identifier" and value.type == "identifier":
            self.alias_decoder(self.text(name), value)
        module = None
        value = self.unwrap_interop(value)
        if value.type == "call_expression":
            module = self.required_module(value)
            fn, args = value.child_by_field_name("function"), value.child_by_field_name("arguments")
            if module is None and fn is not None and self.callee_name(fn) in ("util.promisify", "promisify") \
                    and args is not None and args.named_child_count == 1:
                module = self.callee_name(args.named_children[0])  # `promisify(cp.exec)` is still exec
        elif self.extension_api(value):
            module = "chrome"  # `const api = globalThis.browser || globalThis.chrome`: the extension API, either name
        elif (sides := choices(value)) is not None:
            # A binding to one of two values names the module either gives: `url.startsWith('https') ? https : http`,
            # `typeof WebSocket !== 'undefined' ? WebSocket : require('ws')`, `globalThis.fetch ?? require('node-fetch')`,
            # `options.execFile || execFileSync` (one API either way).
            module = next(filter(None, (self.branch_module(side) for side in sides)), None)
        elif value.type == "identifier" and self.text(value) in self.bindings and not (
                scope is not None and self.binding_scopes.get(self.text(name), 0) is None):
            # `const {exec} = cp`. (Not a function's `var n = e` of a name the file's top level binds to a module: a
            # minifier reuses its short names in every function, and the top level's `n = require("http")` is what
            # `n.get(...)` means elsewhere.)
            module = self.bindings[self.text(value)]
        elif value.type in ("identifier", "member_expression") and self.text(value, 20) in GLOBAL_FETCHES:
            module = "fetch"  # (`const origFetch = globalThis.fetch`: the global fetch under a name, called later)
        elif value.type in ("identifier", "member_expression") and value.end_byte - value.start_byte <= 60 \
                and self.text(value, 60).rsplit(".", 1)[-1] in ALIASED_GLOBALS \
                and (named := self.callee_name(value)) in ALIASED_GLOBALS:
            module = named  # (`var b = $jscomp.global.Buffer; b.from(s, 'base64')`: Buffer under a name)
        elif value.type == "identifier" and self.text(value, 20) in P.PAGE_GLOBALS:
            module = self.text(value)  # `var d = document; d.cookie`: minified skimmers alias the page's globals
        elif value.type in ("member_expression", "subscript_expression") and self.function_constructor(value):
            module = "Function"  # `const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor`
        elif value.type in ("member_expression", "subscript_expression"):
            root = value
            while root.type in ("member_expression", "subscript_expression"):
                root = root.child_by_field_name("object")
            # (also `require(_0x3a1c(0x16))[_0x3a1c(0x17)]`: a member picked by a name the analysis folds, from an
            # obfuscator's string array; its key is folded only for a module's member)
            if ((root.type == "call_expression" and self.required_module(root))
                    or (root.type == "identifier" and self.text(root) in self.bindings)) \
                    and (value.type == "member_expression" or isinstance(self.const(value.child_by_field_name("index")), str)):
                module = self.callee_name(value)
        if name.type == "identifier" and value.type == "binary_expression" and (shape := self.part_shape(value)) is not None:
            self.joined[self.text(name, 200)] = shape  # (`process.env.DOCKER_CONFIG || path.join(home, '.docker')`)
        elif name.type == "identifier" and value.type == "call_expression" \
                and self.callee_name(value.child_by_field_name("function")) in PATH_JOINS:
            args = value.child_by_field_name("arguments")
            self.joined[self.text(name, 200)] = self.join_shape(args.named_children if args is not None else [])
            script = self.package_file(value)
            if script is not None:  # `const app = path.join(__dirname, 'app.js')`, later `spawn(node, [app])`
                self.script_paths[self.text(name, 200)] = script
        elif name.type == "identifier" and value.type == "call_expression" and (shape := self.part_shape(value)) is not None:
            self.joined[self.text(name, 200)] = shape  # (`const dir = dockerDir()`, a helper that returns a path)
        if name.type == "identifier":
            if module:
                self.bindings[self.text(name)] = module
                self.binding_scopes[self.text(name)] = scope
            else:
                constant = self.const(value)
                if constant is None and value.type == "object" and value.named_child_count <= MAX_TABLE:
                    self.tables[self.text(name)] = self.constant_table(value)
                if constant is None and (value.type in ("template_string", "object") or value.type == "array" and value.named_child_count <= 8):
                    # (a script with values spliced in, see `link_inline_scripts`; a table of functions, or a tuple of
                    # them, see `export`)
                    self.literals[self.text(name)] = value
                if constant is not None:
                    self.consts[self.text(name)] = constant
                    if isinstance(constant, str) and value.type not in ("string", "template_string") and len(constant) >= 4:
                        self.add("string", constant, value, scope)
        elif name.type == "object_pattern" and module:
            self.bind_members(name, module)
        elif name.type == "array_pattern" and isinstance(items := self.const(value), list):
            # `const [host, ...path] = TRACKER`: each name before a rest element is that item of the constant array
            for item, constant in zip(name.named_children, items):
                if item.type != "identifier":
                    break
                self.consts[self.text(item)] = constant

    def extension_api(self, value: Node) -> bool:
        """`chrome`, `browser`, `globalThis.chrome`, `window.browser`, or two of them joined by `||`/`??`: a browser
        extension's API object, which minified and cross-browser code keeps under a short name."""
        if value.type == "binary_expression":
            op = value.child_by_field_name("operator")
            sides = [value.child_by_field_name("left"), value.child_by_field_name("right")]
            return op is not None and op.type in ("||", "??") and all(x is not None and self.extension_api(x) for x in sides)
        text = self.text(value, 40) if value.type in ("identifier", "member_expression") else ""
        return text in EXTENSION_API

    def constant_table(self, literal: Node) -> dict[str, object]:
        """The properties of an object literal whose key is a name or a string and whose value folds to a constant."""
        table: dict[str, object] = {}
        for pair in literal.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            if key is not None and key.type in ("property_identifier", "string"):
                value = self.const(pair.child_by_field_name("value"))
                if value is not None:
                    table[self.text(key, 200) if key.type == "property_identifier" else self.const(key)] = value
        return table

    def bind_members(self, pattern: Node, module: str) -> None:
        """`{ exec, spawn: run }` taken from `module`: each name is that member of it."""
        for child in pattern.named_children:
            if child.type == "shorthand_property_identifier_pattern":
                self.bindings[self.text(child)] = f"{module}.{self.text(child)}"
            elif child.type == "pair_pattern":
                key, val = child.child_by_field_name("key"), child.child_by_field_name("value")
                if key is not None and val is not None and val.type == "identifier":
                    self.bindings[self.text(val)] = f"{module}.{self.text(key)}"

    def own_script(self, node: Node) -> str | None:
        """`path.join(__dirname, …, 'x.js')` (or `path.resolve`): a file of the package, relative to this one."""
        if node.type != "call_expression":
            return None
        args = node.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_child_count else None
        return self.package_file(node) if first is not None and self.is_text(first, "__dirname") else None

    def unwrap_interop(self, value: Node) -> Node:
        """`__importDefault(require('x'))`, `_interopRequireDefault(require('x'))`, `__toESM(require('x'))`
        (and esbuild's `__toESM(require('x'), 1)` for ESM in node mode) and the like are `require('x')` as far as
        names go."""
        for _ in range(3):
            if value.type != "call_expression":
                return value
            fn, args = value.child_by_field_name("function"), value.child_by_field_name("arguments")
            if fn is None or args is None or not 1 <= args.named_child_count <= 2 or fn.end_byte - fn.start_byte > 40:
                return value
            if args.named_child_count == 2 and args.named_children[1].type not in ("number", "true", "unary_expression"):
                return value  # (esbuild's `__toESM(require('x'), 1)` in node mode: the flag, nothing else)
            name = self.text(fn).rsplit(".", 1)[-1]
            if name not in INTEROP_HELPERS and name not in self.interop_names:
                return value
            value = args.named_children[0]
        return value

    def branch_module(self, branch: Node | None) -> str | None:
        """The module one side of a choice names: a binding (`https`), a `require`, or a member of a binding (Babel's
        `_https["default"]`)."""
        if branch is None:
            return None
        if branch.type == "identifier":
            return self.bindings.get(self.text(branch))
        if branch.type == "call_expression":
            return self.required_module(branch)
        if branch.type in ("member_expression", "subscript_expression") \
                and (root := branch.child_by_field_name("object")) is not None \
                and root.type == "identifier" and self.text(root) in self.bindings:
            return self.callee_name(branch)
        return None

    def remember_pure(self, name: str, fn: Node) -> None:
        """Record `fn` if it gives away a decoder by what it writes out (base32's alphabet, rot13's shift, a XOR with a
        constant key at each position: a loop over the input's characters, or a regex callback, is no expression to
        fold), or if its body is one returned
        expression over its plain parameters."""
        decoder = text_decoder(self.src, fn.start_byte, fn.end_byte) if fn.end_byte - fn.start_byte <= MAX_TABLE_DECODER \
            else None
        if decoder is None and fn.end_byte - fn.start_byte <= MAX_TABLE_DECODER \
                and (key := xor_key(self.src, fn.start_byte, fn.end_byte)) is not None:
            secret = self.consts.get(key)
            if isinstance(secret, list) and secret and all(type(b) is int and 0 <= b < 128 for b in secret):
                secret = "".join(map(chr, secret))  # (a key of char codes: `var _k = [90, 19, 119]`)
            if isinstance(secret, str):
                # (`function _s(h) { const b = Buffer.from(h, 'hex'); for (…) b[i] ^= _k[i % _k.length]; … }` with the key
                # a constant of the file: each `_s('2b20…')` folds to what it hides; or each `_x(4)`, the table's entry)
                decoder = self.xor_table(fn, secret)
                if decoder is not None:
                    self.table_decoders.add(name)
                else:
                    decoder = xor_decoder(self.src, fn.start_byte, fn.end_byte, secret)
        if decoder is not None:
            self.text_decoders[name] = decoder
        elif (pure := self.pure_function(fn)) is not None:
            self.pure[name] = pure
            if fn.end_byte - fn.start_byte <= MAX_TABLE_DECODER \
                    and P.DECODER_CALL.search(self.src[fn.start_byte:fn.end_byte].decode("utf-8", "replace")):
                self.pure_decoders.add(name)

    def xor_table(self, fn: Node, key: str):
        """A XOR decoder of the entry of a constant table its first parameter indexes (`a = _t[i]`), or None."""
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        first = params if params is not None and params.type == "identifier" else \
            next((c for c in params.named_children if c.type == "identifier"), None) if params is not None else None
        if first is None:
            return None
        param = self.text(first)
        picked = re.search(rb"([\w$]+)\s*\[\s*" + re.escape(param.encode()) + rb"\s*\]", self.src[fn.start_byte:fn.end_byte])
        table = self.consts.get(picked.group(1).decode()) if picked is not None else None
        if not isinstance(table, list) or not table or not all(isinstance(e, (str, list)) for e in table):
            return None
        return xor_table_decoder(self.src, fn.start_byte, fn.end_byte, key.encode("utf-8", "replace"), table, param)

    def bind_import(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        module = self.const(source) if source is not None else None
        if not isinstance(module, str):
            return
        module = self.specifier(module)
        self.out.modules.add(module)
        for clause in node.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    self.bindings[self.text(part)] = module
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        self.bindings[self.text(ident)] = module
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        name = spec.child_by_field_name("name")
                        alias = spec.child_by_field_name("alias") or name
                        if name is not None:
                            self.bindings[self.text(alias)] = f"{module}.{self.text(name)}"
