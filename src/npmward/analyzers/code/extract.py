"""Walk a parsed file once and extract the facts rules consume.

Facts are what the code *does*, resolved through its imports (`names.py`) and with constant strings
folded (`consts.py`): calls by their module path, constant strings after decoding, `process.env`
reads, and for each fact the function it is in, so `reach.py` can tell when it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from .budget import Budget
from .consts import HOLE, MAX_STRING, ConstantFolder
from .names import Bindings
from .parse import parser_for
from .strings import decode_standalone_hex

SNIPPET_BYTES = 400
"""A line longer than this is not quoted whole: the snippet is the start of the node instead."""
MAX_WALK_BYTES = 1_500_000
"""Files larger than this (bundles) get metrics only: walking millions of nodes costs seconds."""
CHECK_EVERY = 2048
"""Nodes walked between two looks at the clock."""
FUNCTIONS = {"function_declaration", "function_expression", "function", "arrow_function",
             "method_definition", "generator_function_declaration", "generator_function"}
# Characters that render as nothing yet are valid in identifiers: a variable no reviewer can see.
INVISIBLE_IN_NAME = re.compile("[\u3164\uffa0\u115f\u1160\u200b\u2060]")


@dataclass(slots=True)
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
    shapes: tuple[str, ...] = ()
    """For a call, the patterns of its arguments built from constant parts at run time
    (`` `printf '${me}' | pbcopy` `` is `printf '${*}' | pbcopy`)."""


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
    complete: bool = True
    """False when the walk stopped at the time budget: the facts are those of the part it read."""

    def active_scopes(self) -> set[str | None]:
        """Scopes that run when the file is loaded: top level and what it calls, transitively."""
        calls: dict[str | None, list[str]] = {}
        for name, callers in self.called_from.items():
            for caller in callers:
                calls.setdefault(caller, []).append(name)
        active: set[str | None] = {None}
        stack: list[str | None] = [None]
        while stack:
            for name in calls.get(stack.pop(), ()):
                if name not in active:
                    active.add(name)
                    stack.append(name)
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

    def text(self, node: Node, limit: int | None = None) -> str:
        """The source of `node`, or of its first `limit` bytes (decoding a huge node for a prefix
        would make nested code quadratic)."""
        end = node.end_byte if limit is None else min(node.end_byte, node.start_byte + limit)
        return self.src[node.start_byte:end].decode("utf-8", "replace")

    def is_text(self, node: Node, literal: str) -> bool:
        """Whether `node`'s source is exactly `literal` (ASCII), without decoding a large node."""
        return node.end_byte - node.start_byte == len(literal) and self.src[node.start_byte:node.end_byte] == literal.encode()

    def snippet(self, node: Node) -> str:
        """The node's line, or the start of the node when the line is long: taken by offset, so a
        1 MB line costs what the snippet costs."""
        start = node.start_byte
        low = max(0, start - SNIPPET_BYTES)
        newline = self.src.rfind(b"\n", low, start)
        end = self.src.find(b"\n", start, start + SNIPPET_BYTES)
        short = (newline != -1 or low == 0) and (end != -1 or start + SNIPPET_BYTES >= len(self.src))
        if short:
            line = self.src[newline + 1: end if end != -1 else len(self.src)].decode("utf-8", "replace").strip()
            if len(line) <= 200:
                return line
        return self.text(node, 800)[:199].replace("\n", " ") + "…"

    def function_scope(self, node: Node, scope: str | None, parent: Node | None) -> str | None:
        """The scope a function's body gets: its name when it is defined for later, or the
        enclosing scope when it runs right away (IIFE, callback of a call). `parent` is the
        nearest ancestor that is not a parenthesized expression."""
        if parent is not None and parent.type in ("arguments", "call_expression"):
            return scope
        name_node = node.child_by_field_name("name")
        if name_node is not None:
            return self.text(name_node)
        if parent is not None and parent.type == "variable_declarator":
            return self.text(parent.child_by_field_name("name"), 80)
        if parent is not None and parent.type == "assignment_expression":
            return self.text(parent.child_by_field_name("left"), 80)
        if parent is not None and parent.type == "pair":
            return self.text(parent.child_by_field_name("key"), 80)
        return f"<anonymous@{node.start_point[0] + 1}>"

    def add(self, kind: str, value: str, node: Node, scope: str | None, args=(), shapes=()) -> None:
        self.out.facts.append(Fact(kind, value, node.start_point[0] + 1, scope, tuple(args), self.snippet(node), tuple(shapes)))

    def walk(self, root: Node, budget: Budget) -> None:
        # (node, scope, parent type, parent): the parent travels with the node because `Node.parent`
        # walks down from the root each time, which costs seconds on bundles (and is quadratic on
        # deep nesting). The parent is the nearest one that is not a parenthesized expression.
        stack: list[tuple[Node, str | None, str, Node | None]] = [(root, None, "", None)]
        visited = 0
        while stack:
            node, scope, parent_type, parent = stack.pop()
            visited += 1
            if visited % CHECK_EVERY == 0 and budget.expired():
                self.out.complete = False
                return
            t = node.type
            if t == "ERROR":
                self.out.errors += 1
            if t in FUNCTIONS:
                if t == "function_declaration" and node.child_by_field_name("name") is not None:
                    self.remember_pure(self.text(node.child_by_field_name("name")), node)
                scope = self.function_scope(node, scope, parent)
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
                if obj is not None and self.is_text(obj, "process.env"):
                    index = self.const(node.child_by_field_name("index"))
                    self.add("env", index if isinstance(index, str) else "[dynamic]", node, scope)
            elif t == "assignment_expression":
                left = node.child_by_field_name("left")
                if left is not None and left.type == "member_expression":
                    self.add("assign", self.callee_name(left), node, scope)
            elif t == "for_in_statement":
                right = node.child_by_field_name("right")
                if right is not None and self.is_text(right, "process.env"):
                    self.add("env-all", "for-in", node, scope)
            elif t == "spread_element" and self.is_text(node, "...process.env"):
                if parent is not None and parent.type == "arguments":
                    self.add("env-all", "spread", node, scope)
            below = parent if t == "parenthesized_expression" else node
            for child in reversed(node.children):
                stack.append((child, scope, t, below))

    def visit_call(self, node: Node, scope: str | None) -> None:
        fn = node.child_by_field_name("function")
        if fn is None:
            return
        self.required_module(node)
        name = self.callee_name(fn)
        args = node.child_by_field_name("arguments")
        arg_nodes = args.named_children if args is not None else []
        argv, shapes = [], []
        for a in arg_nodes:
            value = self.const(a)
            argv.append(value if isinstance(value, str) else None)
            if value is None and a.type in ("template_string", "binary_expression"):
                shape = self.pattern(a)
                if shape and len(shape.replace(HOLE, "")) >= 4:
                    shapes.append(shape)
        self.add("call", name, node, scope, argv, shapes)
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
            self.out.called_from.setdefault(self.text(fn, 200), set()).add(scope)
        # The whole environment serialised or enumerated (not passed on as a child's env).
        if name in ("JSON.stringify", "Object.keys", "Object.entries", "Object.values", "Object.assign",
                    "Buffer.from", "querystring.stringify", "qs.stringify", "URLSearchParams") and \
                any(self.is_text(a, "process.env") for a in arg_nodes):
            self.add("env-all", name, node, scope)

    def visit_object(self, node: Node, scope: str | None) -> None:
        """An object that gathers the host's identity *and* the whole environment is a loot bag
        (`{hostname: os.hostname(), env: process.env}`); `{env: process.env}` alone is spawn options."""
        values = [v for c in node.named_children if c.type == "pair" and (v := c.child_by_field_name("value")) is not None]
        # Every object literal passes here: look at the (short) member expressions first, and read
        # the other values' text only when one of them is `process.env` itself.
        if not any(v.type == "member_expression" and self.is_text(v, "process.env") for v in values):
            return
        if any(m in self.text(v) for v in values for m in ("hostname()", "userInfo(", "networkInterfaces()")):
            self.add("env-all", "collected", node, scope)

    def visit_member(self, node: Node, scope: str | None) -> None:
        obj = node.child_by_field_name("object")
        if obj is None or not self.is_text(obj, "process.env"):
            return
        prop = node.child_by_field_name("property")
        if prop is not None:
            self.add("env", self.text(prop), node, scope)


def extract(path: str, source: bytes, budget: Budget | None = None) -> FileFacts:
    """The facts of one file (metrics only for files over MAX_WALK_BYTES); a walk that runs out
    of `budget` returns what it read with `complete` False."""
    if len(source) > MAX_WALK_BYTES:
        out = FileFacts(path)
        out.walked = False
        return out
    extractor = _Extractor(path, source)
    tree = parser_for(path).parse(source)
    extractor.walk(tree.root_node, budget or Budget.unlimited())
    return extractor.out
