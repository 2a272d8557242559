"""Walk a parsed file once and extract the facts rules consume.

Facts are what the code *does*, resolved through its imports (`names.py`) and with constant strings
folded (`consts.py`): calls by their module path, constant strings after decoding, `process.env`
reads, and for each fact the function it is in, so `reach.py` can tell when it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from .consts import HOLE, MAX_STRING, ConstantFolder
from .names import Bindings
from .parse import parser_for
from .strings import decode_standalone_hex

MAX_WALK_BYTES = 1_500_000
"""Files larger than this (bundles) get metrics only: walking millions of nodes costs seconds."""
FUNCTIONS = {"function_declaration", "function_expression", "function", "arrow_function",
             "method_definition", "generator_function_declaration", "generator_function"}
# Characters that render as nothing yet are valid in identifiers: a variable no reviewer can see.
INVISIBLE_IN_NAME = re.compile("[\u3164\uffa0\u115f\u1160\u200b\u2060]")


@dataclass
class Fact:
    kind: str
    """`call`, `string`, `env`, `env-all`, `assign`, `new`, `invisible-identifier`."""
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


class _Extractor(ConstantFolder, Bindings):
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
                    hidden = decode_standalone_hex(value) if t == "string" else None
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
