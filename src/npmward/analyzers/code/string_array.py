"""javascript-obfuscator's (obfuscator.io's) string array, the obfuscation most npm malware ships.

Its output hides every string and property name behind one decoder:

    function _0x39d0() { var a = ['end', 'setTimeout', ...]; _0x39d0 = function () { return a; }; return _0x39d0(); }
    function _0x2c1b(i, k) { var a = _0x39d0(); return _0x2c1b = function (i, k) { i = i - 0x1b3; var v = a[i];
                             ...; return v; }, _0x2c1b(i, k); }
    (function (get, target) { var d = _0x2c1b, a = get(); while (!![]) { try { var x = -parseInt(d(0x1e6)) / 0x1 + ...;
                             if (x === target) break; else a['push'](a['shift']()); } catch (e) { a['push'](a['shift']()); } } }(_0x39d0, -5388900.40));
    var _0x5e = _0x2c1b; fs[_0x5e(0x1b6)](...)

The array function and the decoder are found before the walk (they are hoisted declarations that
come after their first use); the rotation loop is replayed — the array turns until the checksum of
`parseInt` over decoded strings matches, as it does at load — and then `_0x5e(0x1b6)` folds to
`readFileSync`. The decoder's three variants are followed: plain, base64 (with the obfuscator's
lower-case-first alphabet) and RC4 (base64, then RC4 with the call's key).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from tree_sitter import Node

OFFSET = re.compile(r"([\w$]+)\s*=\s*\1\s*-\s*(0x[0-9a-fA-F]+|\d+)")
INDEX_OFFSET = re.compile(r"\(\s*\)\s*\[\s*([\w$]+)\s*-\s*(0x[0-9a-fA-F]+|\d+)\s*\]")
"""The shift written in the index itself (`_0x51af()[i - 0x1a3]`), as hand-made copies of the obfuscator's output do."""
SWAPPED_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/="
STANDARD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
BASE64_CALL = re.compile(r"""\batob\(|['"]base64['"]""")
"""A decoder that unpacks its strings with the platform's base64 (`Buffer.from(s, 'base64')`, `atob(s)`)."""
PARSE_INT = re.compile(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|\d+)")
CHECKSUM_OPERATORS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                      "/": lambda a, b: a / b if b else None}
"""The arithmetic of the rotation's checksum (in floats, as JavaScript computes it)."""
MAX_ARRAY = 20_000
MAX_DECODER_BYTES = 6_000
MAX_ROTATED = 4_000
"""Arrays longer than this are not rotated: each turn evaluates the checksum again."""
MAX_CHECKSUM_BYTES = 3_000


@dataclass
class Decoder:
    array: str
    """The name of the array function whose strings this decoder indexes."""
    offset: int
    encoding: str
    """`plain`, `base64` or `rc4`."""
    swapped: bool = True
    """Base64 in the obfuscator's own alphabet, lower case first (the older output used the standard one)."""


def _b64(text: str, swapped: bool = True) -> str | None:
    # The obfuscator's newer alphabet puts the lower case first: swapping case gives standard base64.
    raw = (text.swapcase() if swapped else text).rstrip("=")
    try:
        return base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def _candidate(found: dict[str, Node], name: str, value: Node | None) -> None:
    """An array literal of at least three elements, which a decoder may index."""
    if value is not None and value.type == "array" and value.named_child_count >= 3:
        found[name] = value


def _index(value: object) -> int | None:
    """The decoder's index: a number, or (older output) a string of one (`_0x2b1f('0x1f')`)."""
    if isinstance(value, int):
        return value
    if isinstance(value, str) and len(value) <= 12:
        try:
            return int(value, 16) if value[:2].lower() == "0x" else int(value)
        except ValueError:
            return None
    return None


def _rc4(text: str, key: str) -> str:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + ord(key[i % len(key)])) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = []
    for ch in text:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(chr(ord(ch) ^ s[(s[i] + s[j]) % 256]))
    return "".join(out)


def _parse_int(value: object) -> float | None:
    """JavaScript's `parseInt` of a decoded string (None for NaN)."""
    if not isinstance(value, str):
        return None
    match = PARSE_INT.match(value)
    if not match:
        return None
    number = int(match[2], 16) if match[2][:2].lower() == "0x" else int(match[2])
    return -number if match[1] == "-" else number


class StringArrays:
    """Mixin of the extractor (needs `text`, `const`, `remember_pure`): `string_arrays` before the walk, then
    `rotate_checksum` when the walk meets the rotation loop, and `decode_string` from constant folding."""

    arrays: dict[str, list[str]]
    decoders: dict[str, Decoder]

    def init_string_arrays(self) -> None:
        self.arrays = {}
        self.decoders = {}

    def string_arrays(self, root: Node) -> None:
        """Find the top-level arrays, array functions and decoders (cheap: only the program's own
        statements). The obfuscator's older output (before 2020) keeps the array in a variable
        (`var _0x4e0a = [...]`, rotated by a count: `rotate_array`) and its decoder is a function
        expression (`var _0x2b1f = function (i, k) { i = i - 0x0; ... return _0x4e0a[i]; }`)."""
        statements = program_statements(root)
        if self.src.count(b"_0x") >= OBFUSCATED_NAMES and not any(_obfuscated_declaration(n) for n in statements):
            # (the array and its decoder declared inside a function: a plugin's handler that runs the obfuscated block
            # after ~400 spaces of its own code, blind set 35's Tailwind plugin)
            statements = statements + nested_statements(root)
        declarations = [n for n in statements if n.type == "function_declaration"]
        variables = [(d.child_by_field_name("name"), d.child_by_field_name("value")) for n in statements
                     if n.type in ("variable_declaration", "lexical_declaration") for d in n.named_children
                     if d.type == "variable_declarator"]
        # Candidate arrays, folded only once a decoder indexes one (most files' arrays are data).
        candidates: dict[str, Node] = {}
        # (the array function declared, `function _0x3c1e() { var a = [...]; … }`, or assigned, `var _0x3c1e = function
        # () { var a = [...]; … }`, blind set 43's webpack config)
        array_functions = [(fn.child_by_field_name("name"), fn) for fn in declarations] + \
            [(name, value) for name, value in variables if value is not None and value.type in ("function_expression", "function")]
        for name, fn in array_functions:
            body = fn.child_by_field_name("body")
            first = body.named_children[0] if body is not None and body.named_child_count else None
            if name is not None and first is not None and first.type in ("variable_declaration", "lexical_declaration") \
                    and first.named_child_count:
                _candidate(candidates, self.text(name), first.named_children[0].child_by_field_name("value"))
        for name, value in variables:
            if name is not None:
                _candidate(candidates, self.text(name), value)
        if not candidates:
            return
        functions = [(fn.child_by_field_name("name"), fn) for fn in declarations] + \
            [(name, value) for name, value in variables if value is not None and value.type in ("function_expression", "function")]
        for name, fn in functions:
            body = fn.child_by_field_name("body")
            if name is None or body is None or body.end_byte - body.start_byte > MAX_DECODER_BYTES:
                continue
            text = self.text(body)
            array = next((a for a in candidates if f"{a}()" in text or f"{a}[" in text), None)
            offset = (OFFSET.search(text) or INDEX_OFFSET.search(text)) if array is not None else None
            # (a decoder that indexes the array with its argument as it is has no shift: `var v = a[i]; return
            # Buffer.from(v, 'base64')...`, also through a local, `const a = _0x4e8a(); … a[i]`)
            if array is None or (offset is None and f"{array}[" not in text and not _indexes_by_parameter(fn, text)) \
                    or "return" not in text or not self.fold_array(array, candidates[array]):
                continue
            encoding = "plain"
            if SWAPPED_ALPHABET in text or STANDARD_ALPHABET in text or BASE64_CALL.search(text):
                encoding = "rc4" if "0x100" in text or "256" in text else "base64"
            shift = (_index(offset[2]) or 0) if offset is not None else 0  # (`0435` is decimal here)
            # The lower-case-first alphabet, literally or as a case swap before the platform's base64.
            swapped = SWAPPED_ALPHABET in text or ("toUpperCase" in text and "toLowerCase" in text)
            self.decoders[self.text(name)] = Decoder(array, shift, encoding, swapped)
        if self.decoders:
            # Wrappers that shift the index (`function w(a, b) { return dec(a - -0x241, b); }`) are
            # hoisted too, and called before their declaration.
            for fn in declarations:
                if fn.child_by_field_name("name") is not None:
                    self.remember_pure(self.text(fn.child_by_field_name("name")), fn)

    def fold_array(self, name: str, value: Node) -> bool:
        """The strings of the array `name` a decoder indexes, folded once."""
        if name not in self.arrays:
            strings = self.const(value)
            if not (isinstance(strings, list) and len(strings) <= MAX_ARRAY and all(isinstance(s, str) for s in strings)):
                return False
            self.arrays[name] = strings
        return True

    def decode_string(self, name: str, argv: list) -> str | None:
        return self.decode_with(self.decoders.get(name), argv)

    def decode_with(self, decoder: Decoder | None, argv: list) -> str | None:
        position = _index(argv[0]) if argv else None
        if decoder is None or position is None:
            return None
        strings = self.arrays[decoder.array]
        index = position - decoder.offset
        if not 0 <= index < len(strings):
            return None
        value = strings[index]
        if decoder.encoding == "plain":
            return value
        decoded = _b64(value, decoder.swapped)
        if decoder.encoding == "rc4" and decoded is not None:
            key = argv[1] if len(argv) > 1 and isinstance(argv[1], str) and argv[1] else None
            return _rc4(decoded, key) if key is not None else None
        return decoded

    def alias_decoder(self, name: str, value: Node) -> None:
        """`var _0x5e = _0x2c1b`: every function of the output calls the decoder by its own alias."""
        if value.type == "identifier" and self.decoders:
            decoder = self.decoders.get(self.text(value, 100))
            if decoder is not None:
                self.decoders[name] = decoder

    def rotate_checksum(self, fn: Node, args: list[Node]) -> bool:
        """Replay `(function (get, target) { ... while (!![]) { try { x = -parseInt(d(0x1e6)) / 1 + ...;
        if (x === target) break; else a.push(a.shift()); } ... } }(_0x39d0, -5388900.4))`."""
        array = self.text(args[0], 100) if args[0].type == "identifier" else None
        if array not in self.arrays or not any(d.array == array for d in self.decoders.values()):
            return False
        strings = self.arrays[array]
        target = self.number(args[1])
        checksum = next((n for n in _descendants(fn) if n.type == "binary_expression"
                         and "parseInt" in self.text(n, 2000)), None)
        if target is None or checksum is None or not strings or len(strings) > MAX_ROTATED:
            return False
        while checksum.parent is not None and checksum.parent.type in ("binary_expression", "parenthesized_expression",
                                                                        "unary_expression"):
            checksum = checksum.parent
        if checksum.end_byte - checksum.start_byte > MAX_CHECKSUM_BYTES:
            return False
        body = fn.child_by_field_name("body")
        for local in body.named_children if body is not None else ():
            # The decoder's local aliases (`var d = _0x2c1b`) and index-shifting wrappers.
            if local.type == "function_declaration" and local.child_by_field_name("name") is not None:
                self.remember_pure(self.text(local.child_by_field_name("name")), local)
            elif local.type in ("variable_declaration", "lexical_declaration"):
                for declarator in local.named_children:
                    name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                    if name is not None and value is not None:
                        self.alias_decoder(self.text(name, 100), value)
        original = list(strings)
        for turns in range(len(original)):
            strings[:] = original[turns:] + original[:turns]
            value = self.checksum(checksum)
            if value is not None and abs(value - target) <= 1e-6 * max(1.0, abs(target)):
                return True
        strings[:] = original
        return False

    def number(self, node: Node) -> float | None:
        sign = 1
        while node.type == "unary_expression" and self.text(node, 1) in "-+":
            sign = -sign if self.text(node, 1) == "-" else sign
            node = node.named_children[0]
        if node.type != "number":
            return None
        try:
            text = self.text(node, 40)
            return sign * (int(text, 0) if text[:2].lower() in ("0x", "0o", "0b") else float(text))
        except ValueError:
            return None

    def checksum(self, node: Node) -> float | None:
        """The value of the rotation's checksum expression over the current array (None for NaN)."""
        t = node.type
        if t == "parenthesized_expression" and node.named_child_count == 1:
            return self.checksum(node.named_children[0])
        if t == "unary_expression" and node.named_child_count == 1:
            inner = self.checksum(node.named_children[0])
            op = self.text(node, 1)
            return None if inner is None else -inner if op == "-" else inner if op == "+" else None
        if t == "number":
            return self.number(node)
        if t == "binary_expression":
            left = self.checksum(node.child_by_field_name("left"))
            right = self.checksum(node.child_by_field_name("right"))
            op = self.text(node.child_by_field_name("operator"), 2)
            if left is None or right is None or op not in CHECKSUM_OPERATORS:
                return None
            return CHECKSUM_OPERATORS[op](left, right)
        if t == "call_expression" and self.text(node.child_by_field_name("function"), 20) == "parseInt":
            args = node.child_by_field_name("arguments")
            # (the decoder, by an alias or through a wrapper function that shifts the index)
            return _parse_int(self.const(args.named_children[0])) if args is not None and args.named_child_count else None
        return None


WRAPPER_DEPTH = 2
"""UMD's `!function (root, factory) {…}(this, function () {…})` puts the module two function literals down."""


def program_statements(root: Node) -> list[Node]:
    """The program's own statements, and those of the functions a top-level statement calls at once
    (an IIFE, a UMD factory) or keeps in a module table (webpack's): obfuscated code bundled as UMD or by webpack keeps
    its array and decoder in the factory."""
    statements: list[Node] = []
    level = [root]
    for _ in range(WRAPPER_DEPTH + 1):
        inner: list[Node] = []
        for body in level:
            for statement in body.named_children:
                statements.append(statement)
                if statement.type == "expression_statement":
                    inner.extend(_called_at_once(statement))
                elif statement.type in ("variable_declaration", "lexical_declaration"):
                    inner.extend(_module_factories(statement))
                elif statement.type == "try_statement" and (block := statement.child_by_field_name("body")) is not None:
                    inner.append(block)  # (`try { function _0x51afa() {…} … } catch {}`: a payload that must not throw)
                elif statement.type == "if_statement" and (block := statement.child_by_field_name("consequence")) is not None \
                        and block.type == "statement_block":
                    inner.append(block)  # (`if (require.main === module) { … }`: a script's own block)
        level = inner
    return statements


OBFUSCATED_NAMES = 20
"""`_0x…` names in a file that make a string array worth looking for below its top level."""
MAX_NESTED_NODES = 200_000


def _obfuscated_declaration(node: Node) -> bool:
    """`function _0x4b7e() {…}`: a function the obfuscator named."""
    return node.type == "function_declaration" and (name := node.child_by_field_name("name")) is not None \
        and name.text.startswith(b"_0x")


def nested_statements(root: Node) -> list[Node]:
    """The statements of every block below the top level that declares an `_0x…` function (searched in at most
    MAX_NESTED_NODES nodes)."""
    found: list[Node] = []
    stack, seen = [root], 0
    while stack and seen < MAX_NESTED_NODES:
        node = stack.pop()
        seen += 1
        if node.type == "statement_block" and any(_obfuscated_declaration(c) for c in node.named_children):
            found.extend(node.named_children)
        stack.extend(node.named_children)
    return found


def _indexes_by_parameter(fn: Node, text: str) -> bool:
    """The function indexes something with its first parameter as it is (`a[i]`)."""
    params = fn.child_by_field_name("parameters")
    first = params.named_children[0] if params is not None and params.named_child_count else None
    return first is not None and first.type == "identifier" and \
        re.search(r"\[\s*" + re.escape(first.text.decode("utf-8", "replace")) + r"\s*\]", text) is not None


def _module_factories(declaration: Node) -> list[Node]:
    """The bodies of a bundle's module table (`var __webpack_modules__ = {441: (module, exports, require) => {…}}`): each
    module of a webpack bundle keeps its own obfuscated array and decoder in its factory."""
    bodies = []
    for declarator in declaration.named_children:
        table = declarator.child_by_field_name("value") if declarator.type == "variable_declarator" else None
        if table is None or table.type != "object":
            continue
        for pair in table.named_children:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type == "pair" and key is not None and key.type in ("number", "string") and value is not None \
                    and value.type in ("function_expression", "function", "arrow_function") \
                    and (body := value.child_by_field_name("body")) is not None and body.type == "statement_block":
                bodies.append(body)
    return bodies


def _called_at_once(statement: Node) -> list[Node]:
    """The bodies of function literals an expression statement calls or hands to the call it makes:
    `(function () {…})()`, `!function (e, t) {…}(this, function () {…})`."""
    expression = statement.named_children[0] if statement.named_child_count else None
    while expression is not None and expression.type in ("unary_expression", "parenthesized_expression") \
            and expression.named_child_count:
        expression = expression.named_children[-1]
    if expression is None or expression.type != "call_expression":
        return []
    callee, args = expression.child_by_field_name("function"), expression.child_by_field_name("arguments")
    while callee is not None and callee.type == "parenthesized_expression" and callee.named_child_count:
        callee = callee.named_children[0]
    literals = [callee] + (args.named_children if args is not None else [])
    bodies = [f.child_by_field_name("body") for f in literals
              if f is not None and f.type in ("function_expression", "function", "arrow_function")]
    return [b for b in bodies if b is not None and b.type == "statement_block"]


def _descendants(node: Node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(n.named_children)
