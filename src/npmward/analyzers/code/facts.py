"""Parse a JavaScript/TypeScript file once with tree-sitter and extract the facts rules consume.

Facts are what the code *does*, resolved through its imports: calls by their module path
(`const cp = require('child_process'); cp.exec(...)` is `child_process.exec`), constant strings
after decoding (concatenation, escapes, `String.fromCharCode`, `Buffer.from(.., 'base64'|'hex')`,
`atob`, array `join`/`reverse`), `process.env` reads, and for each fact *when* it runs: at load
(top level, immediately-invoked functions, callbacks of top-level calls, functions called from
there) or only when some function is called. tree-sitter keeps parsing past syntax errors, so a
broken line does not hide the rest of a file.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from functools import lru_cache

from tree_sitter import Language, Node, Parser

MAX_WALK_BYTES = 1_500_000
"""Files larger than this (bundles) get metrics only: walking millions of nodes costs seconds."""
MAX_STRING = 20_000
FUNCTIONS = {"function_declaration", "function_expression", "function", "arrow_function",
             "method_definition", "generator_function_declaration", "generator_function"}
_ESCAPES = re.compile(r"\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)", re.S)
HOLE = "${*}"
"""Stands for the run-time part of a string pattern (see `_Extractor.pattern`)."""
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


@lru_cache(maxsize=None)
def _parser(kind: str) -> Parser:
    if kind == "js":
        import tree_sitter_javascript as grammar

        return Parser(Language(grammar.language()))
    import tree_sitter_typescript as grammar

    return Parser(Language(grammar.language_tsx() if kind == "tsx" else grammar.language_typescript()))


def parser_for(path: str) -> Parser:
    if path.endswith(".tsx"):
        return _parser("tsx")
    if path.endswith((".ts", ".mts", ".cts")):
        return _parser("ts")
    return _parser("js")


@dataclass
class Fact:
    kind: str
    """`call`, `string`, `env`, `env-all`, `assign`, `new`."""
    value: str
    """Resolved callee / decoded string / env name / assignment target."""
    line: int
    scope: str | None
    """None: runs at load. Otherwise the name of the function it is in."""
    args: tuple[str | None, ...] = ()
    """Constant values of a call's arguments (None where not constant)."""
    snippet: str = ""


@dataclass
class FileFacts:
    path: str
    facts: list[Fact] = field(default_factory=list)
    modules: set[str] = field(default_factory=set)
    """Every module the file requires or imports (`child_process`, `./lib/x`)."""
    called_from: dict[str, set[str | None]] = field(default_factory=dict)
    """Function name -> scopes that call it (for deciding what runs at load)."""
    errors: int = 0
    walked: bool = True

    def active_scopes(self) -> set[str | None]:
        """Scopes that run when the file is loaded: top level and what it calls, transitively."""
        active: set[str | None] = {None}
        changed = True
        while changed:
            changed = False
            for name, callers in self.called_from.items():
                if name not in active and callers & active:
                    active.add(name)
                    changed = True
        return active


def unescape(raw: str) -> str:
    def one(match: re.Match) -> str:
        esc = match.group(1)
        if esc[0] == "x":
            return chr(int(esc[1:], 16))
        if esc.startswith("u{"):
            return chr(min(int(esc[2:-1], 16), 0x10FFFF))
        if esc[0] == "u" and len(esc) == 5:
            return chr(int(esc[1:], 16))
        return _SIMPLE.get(esc, esc)

    return _ESCAPES.sub(one, raw) if "\\" in raw else raw


def _decode_b64(text: str) -> str | None:
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=False).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _decode_hex(text: str) -> str | None:
    try:
        return bytes.fromhex(text).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


# Characters that render as nothing yet are valid in identifiers: a variable no reviewer can see.
INVISIBLE_IN_NAME = re.compile("[\u3164\uffa0\u115f\u1160\u200b\u2060]")
_HEX_STRING = re.compile(r"^(?:[0-9a-fA-F]{2}){4,}$")


def _decode_standalone_hex(value: str) -> str | None:
    """A string literal that is all hex and decodes to printable text is a hidden string
    (`"63727970746f"` is `crypto`); hashes and ids decode to binary and are left alone."""
    if not _HEX_STRING.match(value):
        return None
    text = _decode_hex(value)
    if text is None or not any(c.isalpha() for c in text):
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return text if printable == len(text) else None


class _Extractor:
    def __init__(self, path: str, source: bytes):
        self.out = FileFacts(path)
        self.src = source
        self.bindings: dict[str, str] = {}
        self.consts: dict[str, object] = {}
        self.invisible = INVISIBLE_IN_NAME.search(source.decode("utf-8", "ignore")) is not None
        self.require_aliases = {"require", "module.require", "import"}
        self.pure: dict[str, tuple[list[str], Node]] = {}
        """Local one-expression functions (`function e(r){return Buffer.from(r,'hex').toString()}`):
        obfuscators route every hidden string through one, so they are folded like built-in decoders."""

    def text(self, node: Node) -> str:
        return self.src[node.start_byte:node.end_byte].decode("utf-8", "replace")

    def snippet(self, node: Node) -> str:
        line_start = self.src.rfind(b"\n", 0, node.start_byte) + 1
        line_end = self.src.find(b"\n", node.start_byte)
        line = self.src[line_start: line_end if line_end != -1 else len(self.src)].decode("utf-8", "replace").strip()
        return line if len(line) <= 200 else self.text(node)[:199].replace("\n", " ") + "…"

    # --- constant evaluation -------------------------------------------------------------------

    def const(self, node: Node | None, depth: int = 0):
        """The constant value of an expression (str, int, list), or None."""
        if node is None or depth > 12:
            return None
        t = node.type
        if t == "string":
            return unescape("".join(self.text(c) for c in node.children if c.type in ("string_fragment", "escape_sequence")))[:MAX_STRING]
        if t == "template_string":
            if any(c.type == "template_substitution" for c in node.children):
                return None
            return unescape("".join(self.text(c) for c in node.children if c.type in ("string_fragment", "escape_sequence")))
        if t == "number":
            try:
                return int(self.text(node), 0)
            except ValueError:
                return None
        if t == "parenthesized_expression" and node.named_child_count == 1:
            return self.const(node.named_children[0], depth + 1)
        if t == "identifier":
            return self.consts.get(self.text(node))
        if t == "array":
            values = [self.const(c, depth + 1) for c in node.named_children]
            return values if all(v is not None for v in values) else None
        if t == "binary_expression" and node.child_by_field_name("operator") is not None \
                and self.text(node.child_by_field_name("operator")) == "+":
            left = self.const(node.child_by_field_name("left"), depth + 1)
            right = self.const(node.child_by_field_name("right"), depth + 1)
            if isinstance(left, (str, int)) and isinstance(right, (str, int)) and (isinstance(left, str) or isinstance(right, str)):
                return f"{left}{right}"[:MAX_STRING]
            return None
        if t == "call_expression":
            return self.const_call(node, depth)
        if t == "subscript_expression":
            obj = self.const(node.child_by_field_name("object"), depth + 1)
            index = self.const(node.child_by_field_name("index"), depth + 1)
            if isinstance(obj, (list, str)) and isinstance(index, int) and -len(obj) <= index < len(obj):
                return obj[index]
        return None

    def pattern(self, node: Node, depth: int = 0) -> str | None:
        """A concatenation or template with its non-constant parts as `${*}`: `'curl ' + url + ' | sh'`
        is the pattern `curl ${*} | sh`, which is what rules need to see in a command built at run time."""
        if depth > 12:
            return HOLE
        value = self.const(node, depth)
        if isinstance(value, (str, int)):
            return str(value)
        if node.type == "template_string":
            return "".join(unescape(self.text(c)) if c.type in ("string_fragment", "escape_sequence")
                           else self.pattern(c.named_children[0], depth + 1) if c.type == "template_substitution" and c.named_child_count
                           else "" for c in node.children)
        if node.type == "binary_expression" and node.child_by_field_name("operator") is not None \
                and self.text(node.child_by_field_name("operator")) == "+":
            return (self.pattern(node.child_by_field_name("left"), depth + 1) or HOLE) + \
                (self.pattern(node.child_by_field_name("right"), depth + 1) or HOLE)
        if node.type == "parenthesized_expression" and node.named_child_count == 1:
            return self.pattern(node.named_children[0], depth + 1)
        return HOLE

    def const_call(self, node: Node, depth: int):
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        argv = [self.const(a, depth + 1) for a in args.named_children] if args is not None else []
        name = self.callee_name(callee) if callee is not None else ""
        if name == "String.fromCharCode" and argv and all(isinstance(a, int) and 0 <= a < 0x110000 for a in argv):
            return "".join(chr(a) for a in argv)
        if name in ("atob", "Buffer.from", "buffer.Buffer.from") and argv and isinstance(argv[0], str):
            encoding = argv[1] if len(argv) > 1 else ("base64" if name == "atob" else None)
            if encoding == "base64":
                return _decode_b64(argv[0])
            if encoding == "hex":
                return _decode_hex(argv[0])
            return argv[0]
        if callee is not None and callee.type == "identifier" and name in self.pure and argv \
                and all(a is not None for a in argv) and depth < 8:
            params, body = self.pure[name]
            saved = {p: self.consts.get(p) for p in params}
            self.consts.update(zip(params, argv))
            try:
                return self.const(body, depth + 2)
            finally:
                for p, v in saved.items():
                    if v is None:
                        self.consts.pop(p, None)
                    else:
                        self.consts[p] = v
        if name == "decodeURIComponent" and argv and isinstance(argv[0], str):
            from urllib.parse import unquote

            return unquote(argv[0])
        if callee is not None and callee.type == "member_expression":
            obj = self.const(callee.child_by_field_name("object"), depth + 1)
            prop = self.text(callee.child_by_field_name("property"))
            if prop == "join" and isinstance(obj, list) and all(isinstance(v, (str, int)) for v in obj):
                sep = argv[0] if argv and isinstance(argv[0], str) else ","
                return sep.join(str(v) for v in obj)
            if prop == "reverse" and isinstance(obj, list):
                return list(reversed(obj))
            if prop == "slice" and isinstance(obj, (str, list)) and all(isinstance(a, int) for a in argv[:2]):
                return obj[slice(*argv[:2])] if argv else obj
            if prop == "split" and isinstance(obj, str) and argv and argv[0] == "":
                return list(obj)
            if prop == "toString" and isinstance(obj, str):
                return obj
            if prop in ("concat",) and isinstance(obj, str) and all(isinstance(a, str) for a in argv):
                return obj + "".join(argv)
        return None

    # --- names ---------------------------------------------------------------------------------

    def callee_name(self, node: Node) -> str:
        """Dotted name of a callee, with its root resolved through require/import bindings."""
        t = node.type
        if t == "identifier":
            name = self.text(node)
            return self.bindings.get(name, name)
        if t == "member_expression":
            obj = node.child_by_field_name("object")
            prop = node.child_by_field_name("property")
            return f"{self.callee_name(obj)}.{self.text(prop)}" if obj is not None and prop is not None else self.text(node)
        if t == "subscript_expression":
            obj = node.child_by_field_name("object")
            index = self.const(node.child_by_field_name("index"))
            if obj is not None and isinstance(index, str):
                return f"{self.callee_name(obj)}.{index}"
            if obj is not None and obj.type == "identifier" and self.text(obj) in self.bindings:
                # `cp[p[0]](...)`: a module's function picked by a computed name, as obfuscators do.
                return f"{self.bindings[self.text(obj)]}.[dynamic]"
        if t == "call_expression":  # require('x').y  or  require('x')()
            module = self.required_module(node)
            if module:
                return module
            fn = node.child_by_field_name("function")
            return self.callee_name(fn) + "()" if fn is not None else "?"
        if t in ("parenthesized_expression", "await_expression", "sequence_expression") and node.named_child_count:
            # `(0, cp.spawn)(...)`: how esbuild and TypeScript call an imported function.
            return self.callee_name(node.named_children[-1])
        if t == "new_expression":
            ctor = node.child_by_field_name("constructor")
            return "new " + self.callee_name(ctor) if ctor is not None else "new ?"
        return self.text(node)[:60]

    def required_module(self, call: Node) -> str | None:
        fn = call.child_by_field_name("function")
        if fn is None:
            return None
        name = self.text(fn)
        if name in self.require_aliases or (fn.type == "import"):
            args = call.child_by_field_name("arguments")
            if args is not None and args.named_child_count:
                value = self.const(args.named_children[0])
                if isinstance(value, str):
                    module = value[5:] if value.startswith("node:") else value
                    self.out.modules.add(module)
                    return module
        return None

    # --- the walk ------------------------------------------------------------------------------

    def function_scope(self, node: Node, scope: str | None) -> str | None:
        """The scope a function's body gets: its name when it is defined for later, or the
        enclosing scope when it runs right away (IIFE, callback of a call)."""
        parent = node.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        if parent is not None and parent.type in ("arguments", "call_expression"):
            return scope
        name_node = node.child_by_field_name("name")
        if name_node is not None:
            return self.text(name_node)
        if parent is not None and parent.type == "variable_declarator":
            return self.text(parent.child_by_field_name("name"))
        if parent is not None and parent.type == "assignment_expression":
            return self.text(parent.child_by_field_name("left"))[:80]
        if parent is not None and parent.type == "pair":
            return self.text(parent.child_by_field_name("key"))
        return f"<anonymous@{node.start_point[0] + 1}>"

    def bind(self, declarator: Node) -> None:
        name = declarator.child_by_field_name("name")
        value = declarator.child_by_field_name("value")
        if name is None or value is None:
            return
        while value.type in ("await_expression", "parenthesized_expression") and value.named_child_count:
            value = value.named_children[-1]
        if name.type == "identifier" and value.type == "identifier" and self.text(value) in self.require_aliases:
            self.require_aliases.add(self.text(name))  # `var r = require; r('child_process')`
            return
        if name.type == "identifier" and value.type in ("arrow_function", "function_expression", "function"):
            self.remember_pure(self.text(name), value)
        module = None
        if value.type == "call_expression":
            module = self.required_module(value)
            fn, args = value.child_by_field_name("function"), value.child_by_field_name("arguments")
            if module is None and fn is not None and self.callee_name(fn) in ("util.promisify", "promisify") \
                    and args is not None and args.named_child_count == 1:
                module = self.callee_name(args.named_children[0])  # `promisify(cp.exec)` is still exec
        elif value.type == "member_expression":
            root = value
            while root.type == "member_expression":
                root = root.child_by_field_name("object")
            if root.type == "call_expression" and self.required_module(root):
                module = self.callee_name(value)
            elif root.type == "identifier" and self.text(root) in self.bindings:
                module = self.callee_name(value)
        if name.type == "identifier":
            if module:
                self.bindings[self.text(name)] = module
            else:
                constant = self.const(value)
                if constant is not None:
                    self.consts[self.text(name)] = constant
                    if isinstance(constant, str) and value.type not in ("string", "template_string") and len(constant) >= 4:
                        self.out.facts.append(Fact("string", constant, value.start_point[0] + 1, None, (), self.snippet(value)))
        elif name.type == "object_pattern" and module:
            for child in name.named_children:
                if child.type == "shorthand_property_identifier_pattern":
                    self.bindings[self.text(child)] = f"{module}.{self.text(child)}"
                elif child.type == "pair_pattern":
                    key, val = child.child_by_field_name("key"), child.child_by_field_name("value")
                    if key is not None and val is not None and val.type == "identifier":
                        self.bindings[self.text(val)] = f"{module}.{self.text(key)}"

    def remember_pure(self, name: str, fn: Node) -> None:
        """Record `fn` if its body is one returned expression over its plain parameters."""
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        body = fn.child_by_field_name("body")
        if params is None or body is None:
            return
        names = [self.text(params)] if params.type == "identifier" else \
            [self.text(p) for p in params.named_children if p.type == "identifier"]
        if params.type != "identifier" and len(names) != params.named_child_count:
            return
        if body.type == "statement_block":
            statements = [c for c in body.named_children if c.type != "comment"]
            if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_child_count:
                return
            body = statements[0].named_children[0]
        self.pure[name] = (names, body)

    def bind_import(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        module = self.const(source) if source is not None else None
        if not isinstance(module, str):
            return
        module = module[5:] if module.startswith("node:") else module
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

    def add(self, kind: str, value: str, node: Node, scope: str | None, args=()) -> None:
        self.out.facts.append(Fact(kind, value, node.start_point[0] + 1, scope, tuple(args), self.snippet(node)))

    def walk(self, root: Node) -> None:
        # (node, scope, parent type): the parent's type travels with the node because
        # `Node.parent` walks down from the root each time, which costs seconds on bundles.
        stack: list[tuple[Node, str | None, str]] = [(root, None, "")]
        while stack:
            node, scope, parent_type = stack.pop()
            t = node.type
            if t == "ERROR":
                self.out.errors += 1
            if t in FUNCTIONS:
                if t == "function_declaration" and node.child_by_field_name("name") is not None:
                    self.remember_pure(self.text(node.child_by_field_name("name")), node)
                scope = self.function_scope(node, scope)
            elif t == "variable_declarator":
                self.bind(node)
            elif t == "import_statement":
                self.bind_import(node)
            elif t == "call_expression":
                self.visit_call(node, scope)
            elif t == "new_expression":
                ctor = node.child_by_field_name("constructor")
                if ctor is not None:
                    args = node.child_by_field_name("arguments")
                    argv = [self.const(a) for a in args.named_children] if args is not None else []
                    self.add("new", self.callee_name(ctor), node, scope, [a if isinstance(a, str) else None for a in argv])
            elif t in ("string", "template_string"):
                value = self.const(node)
                if value is None and t == "template_string":
                    value = self.pattern(node)
                    if len(value.replace(HOLE, "")) < 4:
                        value = None
                if isinstance(value, str) and len(value) >= 4:
                    self.add("string", value, node, scope)
                    hidden = _decode_standalone_hex(value) if t == "string" else None
                    if hidden:
                        self.add("string", hidden, node, scope)
                if t == "string":
                    continue
            elif t == "binary_expression" and parent_type != "binary_expression":
                operator = node.child_by_field_name("operator")
                if operator is not None and self.text(operator) == "+":
                    value = self.pattern(node)
                    if value and len(value.replace(HOLE, "")) >= 4:
                        self.add("string", value, node, scope)
            elif t == "object":
                self.visit_object(node, scope)
            elif self.invisible and t in ("identifier", "shorthand_property_identifier_pattern", "shorthand_property_identifier"):
                name = self.text(node)
                if INVISIBLE_IN_NAME.search(name):
                    self.add("invisible-identifier", name, node, scope)
            elif t == "member_expression":
                self.visit_member(node, scope)
            elif t == "subscript_expression":
                obj = node.child_by_field_name("object")
                if obj is not None and self.text(obj) == "process.env":
                    index = self.const(node.child_by_field_name("index"))
                    self.add("env", index if isinstance(index, str) else "[dynamic]", node, scope)
            elif t == "assignment_expression":
                left = node.child_by_field_name("left")
                if left is not None and left.type == "member_expression":
                    self.add("assign", self.callee_name(left), node, scope)
            elif t == "for_in_statement":
                right = node.child_by_field_name("right")
                if right is not None and self.text(right) == "process.env":
                    self.add("env-all", "for-in", node, scope)
            elif t == "spread_element" and self.text(node) == "...process.env":
                parent = node.parent
                if parent is not None and parent.parent is not None and parent.parent.type == "call_expression":
                    self.add("env-all", "spread", node, scope)
            for child in reversed(node.children):
                stack.append((child, scope, t))

    def visit_call(self, node: Node, scope: str | None) -> None:
        fn = node.child_by_field_name("function")
        if fn is None:
            return
        self.required_module(node)
        name = self.callee_name(fn)
        args = node.child_by_field_name("arguments")
        arg_nodes = args.named_children if args is not None else []
        argv = []
        for a in arg_nodes:
            value = self.const(a)
            argv.append(value if isinstance(value, str) else None)
        self.add("call", name, node, scope, argv)
        # Constant strings built by expressions (concatenation, decoding, path joins) are facts too:
        # that is where hidden URLs and secret paths live.
        for a, value in zip(arg_nodes, argv):
            if value is not None and a.type not in ("string", "template_string"):
                self.add("string", value, a, scope)
        if len(arg_nodes) >= 2 and argv[0] and arg_nodes[1].type == "array":
            # `spawn('powershell', ['-NoP', '-Enc', W])`: the command line as the shell would see it.
            rest = self.const(arg_nodes[1])
            if isinstance(rest, list) and all(isinstance(v, str) for v in rest):
                self.add("string", " ".join([argv[0], *rest])[:MAX_STRING], node, scope)
        if name in ("path.join", "path.resolve", "path.posix.join", "path.win32.join") and len(arg_nodes) > 1:
            self.add("string", "/".join(v if v is not None else "*" for v in argv), node, scope)
        if fn.type == "identifier":
            self.out.called_from.setdefault(self.text(fn), set()).add(scope)
        # The whole environment serialised or enumerated (not passed on as a child's env).
        if name in ("JSON.stringify", "Object.keys", "Object.entries", "Object.values", "Object.assign",
                    "Buffer.from", "querystring.stringify", "qs.stringify", "URLSearchParams") and \
                any(self.text(a) == "process.env" for a in arg_nodes):
            self.add("env-all", name, node, scope)

    def visit_object(self, node: Node, scope: str | None) -> None:
        """An object that gathers the host's identity *and* the whole environment is a loot bag
        (`{hostname: os.hostname(), env: process.env}`); `{env: process.env}` alone is spawn options."""
        values = [v for c in node.named_children if c.type == "pair" and (v := c.child_by_field_name("value")) is not None]
        # Every object literal passes here: look at the (short) member expressions first, and read
        # the other values' text only when one of them is `process.env` itself.
        if not any(v.type == "member_expression" and v.end_byte - v.start_byte == 11 and self.text(v) == "process.env" for v in values):
            return
        if any(m in self.text(v) for v in values for m in ("hostname()", "userInfo(", "networkInterfaces()")):
            self.add("env-all", "collected", node, scope)

    def visit_member(self, node: Node, scope: str | None) -> None:
        obj = node.child_by_field_name("object")
        if obj is None or self.text(obj) != "process.env":
            return
        prop = node.child_by_field_name("property")
        if prop is not None:
            self.add("env", self.text(prop), node, scope)


def extract(path: str, source: bytes) -> FileFacts:
    """The facts of one file (metrics only for files over MAX_WALK_BYTES)."""
    if len(source) > MAX_WALK_BYTES:
        out = FileFacts(path)
        out.walked = False
        return out
    extractor = _Extractor(path, source)
    tree = parser_for(path).parse(source)
    extractor.walk(tree.root_node)
    return extractor.out
