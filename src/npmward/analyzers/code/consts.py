"""Constant folding: the value an expression has without running it.

Concatenation, escapes, `String.fromCharCode`, `Buffer.from(.., 'base64'|'hex')`, `atob`, array
`join`/`reverse`/`slice`, indexing of constant arrays, and calls of local one-expression functions
(the decoders obfuscators route every hidden string through). Strings built at run time keep their
constant parts as a pattern (`'curl ' + url + ' | sh'` is `curl ${*} | sh`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from urllib.parse import quote, unquote

from tree_sitter import Node

from .strings import decode_b64, decode_hex, percent_unescape, unescape

MAX_STRING = 20_000
HOLE = "${*}"
"""Stands for the run-time part of a string pattern (see `ConstantFolder.pattern`)."""
MAX_HIDDEN = 2000
"""Hidden strings kept per file (see `ConstantFolder.hidden`), and the length each is kept to."""
MAX_HIDDEN_LENGTH = 4000
HEX_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")
ROTATE_AFTER = re.compile(r"while\s*\(\s*[\w$]+\s*--\s*\)")
ROTATE_BEFORE = re.compile(r"while\s*\(\s*--\s*[\w$]+\s*\)")
ROTATE_FOR = re.compile(r"for\s*\(\s*(?:var\s+|let\s+)?([\w$]+)\s*=\s*(?:0x0|0)\s*;\s*\1\s*<\s*[\w$]+\s*;\s*(?:\1\s*\+\+|\+\+\s*\1)\s*\)")
"""The count loops of a string-array rotation: `while (n--)` and `for (i = 0; i < n; i++)` turn n times,
`while (--n)` n - 1."""
LOCAL_COUNT = re.compile(r"\b(?:let|var)\s+([\w$]+)\s*=\s*(0x[0-9a-fA-F]+|\d+)\s*;\s*while\s*\(\s*\1\s*--\s*\)")
"""`let n = 0x25; while (n--) a.push(a.shift());`: the count kept in the rotating function itself, n turns."""
LOCAL_UP_COUNT = re.compile(r"\b(?:let|var)\s+([\w$]+)\s*=\s*(?:0x0|0)\s*;\s*while\s*\(\s*\1\s*<\s*(0x[0-9a-fA-F]+|\d+)\s*\)")
"""`let i = 0x0; while (i < 0x18) { a.push(a.shift()); i++; }`: the count kept in the rotating function, counted up."""
ROTATE_UNTIL = re.compile(r"if\s*\(\s*[\w$]+\s*\+\+\s*===?\s*[\w$]+\s*\)\s*break")
"""`while (!![]) { if (i++ == n) break; a.push(a.shift()); }`: n turns."""
ROTATE_TO_MATCH = re.compile(r"""[=!]==?\s*(['"])(?P<target>[^'"\n]{1,400})\1\s*\)\s*break""")
"""`while (!![]) { if (atob(a[0]) === 'T1R…') break; a.push(a.shift()); }`: turned until its first element (decoded as
the loop decodes it) is the constant the loop compares it with."""
DECOMPRESSORS = {"inflateSync": zlib.MAX_WBITS, "inflateRawSync": -zlib.MAX_WBITS, "gunzipSync": 16 + zlib.MAX_WBITS,
                 "unzipSync": 32 + zlib.MAX_WBITS, "brotliDecompressSync": None}
"""zlib's synchronous unpackers, by the window bits that read their format (None: no brotli in Python's
standard library, so a brotli payload is decompression that is not folded)."""
BUFFER_FROM = ("Buffer.from", "buffer.Buffer.from")
MAX_DEPTH = 12
"""Nesting folded at most; deeper expressions are not constant (the budget is the input's depth)."""
_UNIT = r"(?:\.|\[[\w\\-]{1,20}\]|\\[dwsSDW]|[\w%-])"
SIMPLE_REGEX = re.compile(rf"^(?:{_UNIT}(?:\{{\d{{1,2}}\}}|\?)?){{1,12}}$|^{_UNIT}[+*]$")
"""A regular expression of the kinds decoders replace with (`..`, `.{2}`, `[0-9a-f]{2}`, a literal word, `\\w+`): units
of one character each, counted (no groups, alternations or anchors; `+` or `*` only on a lone unit, so that no
pattern of the package's backtracks for long)."""
PARSE_INT_DIGITS = {2: re.compile(r"^[-+]?[01]+"), 8: re.compile(r"^[-+]?[0-7]+"), 10: re.compile(r"^[-+]?\d+"),
                    16: re.compile(r"^[-+]?[0-9a-fA-F]+"), 36: re.compile(r"^[-+]?[0-9a-zA-Z]+")}
MAX_REPLACED = 100_000
"""The longest constant string a `replace` is folded over."""
MAX_OPERANDS = 4096
"""Operands of one `+` chain folded at most (a generated file's string of thousands of pieces is not a command)."""


INT_OPERATORS = {"-": lambda a, b: a - b, "^": lambda a, b: a ^ b, "*": lambda a, b: a * b,
              "%": lambda a, b: a % b if b else None, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
              ">>": lambda a, b: a >> b if 0 <= b < 64 else None, "<<": lambda a, b: a << b if 0 <= b < 32 else None}
"""Integer operators folded on constants (`+` also adds or concatenates)."""


FOLDED_METHODS = ("join", "map", "reverse", "slice", "split", "toString", "concat", "toLowerCase", "toUpperCase", "trim",
                  "replace", "replaceAll", "match")
"""The methods `const_method` folds (a tuple: a folded index may be a list, which no set holds)."""
PATH_JOINS = {"path.join", "path.resolve", "path.posix.join", "path.win32.join", "path.posix.resolve", "path.win32.resolve"}


REGEX_ESCAPE = re.compile(r"\\([^\w\s])")
r"""An escaped punctuation character of a regular expression (`\{`), which stands for itself."""
REGEX_META = re.compile(r"[.^$*+?()\[\]{}|]")
"""What makes a regular expression more than its literal characters, once escapes are removed."""


def fills_template(node: Node) -> str | None:
    r"""`replace` or `replaceAll` when `node` calls one of them as a method (`'curl -o {O}'.replace(/\{O\}/g, out)`)."""
    fn = node.child_by_field_name("function") if node.type == "call_expression" else None
    prop = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
    if prop is None or prop.end_byte - prop.start_byte not in (7, 10):
        return None
    return prop.text.decode() if prop.text in (b"replace", b"replaceAll") else None


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _radix(number: int, base: int) -> str:
    """JavaScript's `number.toString(base)` of an integer."""
    digits, n = [], abs(number)
    while True:
        n, d = divmod(n, base)
        digits.append(DIGITS[d])
        if not n:
            break
    return ("-" if number < 0 else "") + "".join(reversed(digits))


class ConstantFolder:
    """Mixin of the extractor: needs `text(node)`, `callee_name(node)`, `part_shape(node)`, `consts`, `literals`, `pure`,
    `out` (the file's facts) and `decode_string`/`decoders` (string_array.py)."""

    consts: dict[str, object]
    tables: dict[str, dict[str, object]]
    literals: dict[int, str]
    """String literal (node id) -> its value: it depends on the literal's text alone, and the walk, the value of the
    call it is handed to and the call's arguments each ask for it."""
    pure: dict[str, tuple[list[str], Node]]

    def const(self, node: Node | None, depth: int = 0):
        """The constant value of an expression (str, int, list), or None."""
        if node is None or depth > MAX_DEPTH:
            return None
        t = node.type
        if t == "string":
            value = self.literals.get(node.id)
            if value is None:
                value = self.literals[node.id] = unescape("".join(
                    [self.text(c) for c in node.children if c.type in ("string_fragment", "escape_sequence")]))[:MAX_STRING]
            return value
        if t == "template_string":
            return self.const_template(node, depth)
        if t == "number":
            try:
                return int(self.text(node), 0)
            except ValueError:
                return None
        if t == "parenthesized_expression" and node.named_child_count == 1:
            return self.const(node.named_children[0], depth + 1)
        if t == "unary_expression" and node.named_child_count == 1 and self.is_text(node.children[0], "-"):
            value = self.const(node.named_children[0], depth + 1)
            return -value if isinstance(value, int) else None
        if t == "identifier":
            return self.consts.get(self.text(node))
        if t == "member_expression":
            prop = node.child_by_field_name("property")
            return self.table_value(node.child_by_field_name("object"), self.text(prop, 200)) if self.tables and prop else None
        if t == "array":
            return self.const_array(node, depth)
        if t == "binary_expression" and node.child_by_field_name("operator") is not None:
            operator = self.text(node.child_by_field_name("operator"), 4)
            if operator != "+" and operator not in INT_OPERATORS:
                return None
            if operator == "+":
                return self.const_sum(node, depth)
            left = self.const(node.child_by_field_name("left"), depth + 1)
            right = self.const(node.child_by_field_name("right"), depth + 1)
            if isinstance(left, int) and isinstance(right, int):
                # (char codes shifted or XORed by a key: `String.fromCharCode(c - 3)`)
                value = INT_OPERATORS[operator](left, right)
                return value if value is not None and abs(value) < 1 << 53 else None
            return None
        if t == "call_expression":
            return self.const_call(node, depth)
        if t == "subscript_expression":
            return self.const_subscript(node, depth)
        return None

    def is_plus(self, node: Node | None) -> bool:
        return node is not None and node.type == "binary_expression" \
            and (op := node.child_by_field_name("operator")) is not None and self.is_text(op, "+")

    def plus_operands(self, node: Node) -> list[Node]:
        """The operands of `a + b + c + …` in order (parsed `((a + b) + c) + …`: a left spine as deep as the chain is
        long, which counts as one level of depth, so that an obfuscator's command of fifteen decoded pieces folds)."""
        parts = []
        while self.is_plus(node) and len(parts) < MAX_OPERANDS:
            parts.append(node.child_by_field_name("right"))
            node = node.child_by_field_name("left")
        parts.append(node)
        return parts[::-1]

    def const_sum(self, node: Node, depth: int):
        """`a + b + c + …` folded left to right, as JavaScript adds (numbers until a string, then concatenation)."""
        total = None
        for i, part in enumerate(self.plus_operands(node)):
            value = self.const(part, depth + 1)
            if not isinstance(value, (str, int)):
                return None
            if i == 0:
                total = value
            elif isinstance(total, int) and isinstance(value, int):
                total = total + value
                if abs(total) >= 1 << 53:
                    return None
            else:
                total = f"{total}{value}"[:MAX_STRING]
        return total

    def const_subscript(self, node: Node, depth: int):
        """`'abc'[1]`, `[…][i]`, and `f['b']` of a constant table (as `f.b`)."""
        obj = self.const(node.child_by_field_name("object"), depth + 1)
        index = self.const(node.child_by_field_name("index"), depth + 1)
        if isinstance(obj, (list, str)) and isinstance(index, int) and -len(obj) <= index < len(obj):
            return obj[index]
        if obj is None and isinstance(index, str) and self.tables:
            return self.table_value(node.child_by_field_name("object"), index)
        return None

    def table_value(self, obj: Node | None, key: str):
        """`f.b` of `var f = {a: '…', b: 'aHR0…'}`: a constant property of an object literal (a config table)."""
        if obj is None or obj.type != "identifier":
            return None
        table = self.tables.get(self.text(obj, 200))
        return table.get(key) if table is not None else None

    def pattern(self, node: Node, depth: int = 0) -> str | None:
        """A concatenation or template with its non-constant parts as `${*}`: `'curl ' + url + ' | sh'`
        is the pattern `curl ${*} | sh`, which is what rules need to see in a command built at run time."""
        if depth > MAX_DEPTH:
            return HOLE
        value = self.const(node, depth)
        if isinstance(value, (str, int)):
            return str(value)
        if node.type == "template_string":
            # (a table's property in a template stays a hole: miniflare's worker scripts are templates over its
            # `CoreBindings.X` names, code written in the file, not a string built to hide it)
            return "".join(unescape(self.text(c)) if c.type in ("string_fragment", "escape_sequence")
                           else (HOLE if c.named_children[0].type == "member_expression" else self.pattern(c.named_children[0], depth + 1))
                           if c.type == "template_substitution" and c.named_child_count
                           else "" for c in node.children)
        if self.is_plus(node):
            return "".join(self.pattern(part, depth + 1) or HOLE for part in self.plus_operands(node))
        if node.type == "parenthesized_expression" and node.named_child_count == 1:
            return self.pattern(node.named_children[0], depth + 1)
        if node.type == "call_expression" and (fn := node.child_by_field_name("function")) is not None \
                and fn.type == "member_expression" and self.callee_name(fn) in PATH_JOINS \
                and (args := node.child_by_field_name("arguments")) is not None:
            # `path.join(__dirname, 'scripts', 'x.js')`: a path under a directory known at run time, `${*}/scripts/x.js`
            return "/".join(self.part_shape(a) or HOLE for a in args.named_children if a.type != "comment")
        if (method := fills_template(node)) is not None \
                and (args := node.child_by_field_name("arguments")) is not None and args.named_child_count == 2:
            # `cmd.replace(/\{O\}/g, out)`: the template with a hole where each value goes (what is filled in is the
            # caller's; a filled-in constant would read as a string the file hides)
            receiver = self.pattern(node.child_by_field_name("function").child_by_field_name("object"), depth + 1)
            filled = self.holes_for(receiver, method, args.named_children[0]) if receiver and receiver != HOLE else None
            if filled is not None:
                return filled
        if string_concat(node):
            # Babel's template literal: `"".concat(pm, " run lint; curl \"").concat(url, "\" | sh")`
            fn, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
            parts = [fn.child_by_field_name("object"), *(a for a in args.named_children if a.type != "comment")]
            return "".join(HOLE if (part := self.pattern(a, depth + 1)) is None else part for a in parts)
        return HOLE

    def const_template(self, node: Node, depth: int) -> str | None:
        """A template literal whose substitutions are all constants (`\\\\${host}\\DavWWWRoot\\x.dll` over `const host =
        '…'`): its value, so that a template built over it (`${helper},DllRegisterServer`) folds too. A table's property
        stays unknown, as in `pattern`."""
        parts = []
        for c in node.children:
            if c.type in ("string_fragment", "escape_sequence"):
                parts.append(self.text(c))
            elif c.type == "template_substitution":
                inner = c.named_children[0] if c.named_child_count else None
                value = self.const(inner, depth + 1) if inner is not None and inner.type != "member_expression" else None
                if not isinstance(value, (str, int)):
                    return None
                # (escaped so that one unescape of the whole gives the substitution back as it was)
                parts.append(str(value).replace("\\", "\\\\"))
        return unescape("".join(parts))[:MAX_STRING]

    def const_array(self, node: Node, depth: int) -> list | None:
        values: list = []
        for c in node.named_children:
            if c.type == "spread_element" and c.named_child_count:
                # `[...E].reverse().join('')`: a string spread into its characters, an array into its items
                spread = self.const(c.named_children[0], depth + 1)
                if not isinstance(spread, (str, list)) or len(spread) > MAX_STRING:
                    return None
                values.extend(spread)
            else:
                values.append(self.const(c, depth + 1))
        return values if all(v is not None for v in values) else None

    def raw_template(self, tag: Node | None, template: Node) -> str | None:
        """String.raw`…`: the template as written, escapes kept (a worker thread's source kept in the file); any other
        tag's result is the tag's."""
        if tag is None or self.callee_name(tag) != "String.raw" or any(c.type == "template_substitution" for c in template.children):
            return None
        return self.text(template)[1:-1][:MAX_STRING]

    def const_call(self, node: Node, depth: int):
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if args is not None and args.type == "template_string":
            return self.raw_template(callee, args)
        argv: list = []
        for a in args.named_children if args is not None else ():
            # `String.fromCharCode(...codes)`: a spread constant array gives its elements.
            spread = self.const(a.named_children[0], depth + 1) if a.type == "spread_element" and a.named_child_count else None
            if isinstance(spread, list):
                argv.extend(spread)
            else:
                argv.append(self.const(a, depth + 1) if a.type != "spread_element" else None)
        name = self.callee_name(callee) if callee is not None else ""
        if name == "String.fromCharCode.apply" and len(argv) == 2 and isinstance(argv[1], list):
            argv = argv[1]  # `String.fromCharCode.apply(null, codes)`
            name = "String.fromCharCode"
        if name == "String.fromCharCode" and argv and all(isinstance(a, int) and 0 <= a < 0x110000 for a in argv):
            return "".join(chr(a) for a in argv)
        if name == "JSON.stringify" and len(argv) == 1 and isinstance(argv[0], str) and len(argv[0]) < 2000:
            return json.dumps(argv[0])  # a constant quoted into generated code (`fetch(${JSON.stringify(URL)})`)
        if name.rsplit(".", 1)[-1] in DECOMPRESSORS and args is not None and args.named_child_count:
            return self.decompressed(name.rsplit(".", 1)[-1], args.named_children[0], depth)
        if name.endswith(".atob") and name.count(".") == 1:
            name = "atob"  # (`window.atob`, a UMD wrapper's `t.atob` with the global handed in as `t`)
        if (name == "atob" or name in BUFFER_FROM) and argv and isinstance(argv[0], str):
            encoding = argv[1] if len(argv) > 1 else ("base64" if name == "atob" else None)
            if encoding == "base64":
                return decode_b64(argv[0])
            if encoding == "hex":
                return decode_hex(argv[0])
            return argv[0]
        if callee is not None and callee.type == "identifier" and name in self.decoders \
                and (decoded := self.decode_string(name, argv)) is not None:
            return self.hidden(decoded)
        # (a decoder the string-array search took for the obfuscator's, that indexes its array in a way that search does
        # not read — `return Buffer.from(arr[i - 0x1a4], 'base64')` — is still a one-expression function)
        if callee is not None and callee.type == "identifier" and name in self.text_decoders and argv \
                and (isinstance(argv[0], str) or (name in self.table_decoders and isinstance(argv[0], (int, float)))):
            # (a number: the entry of a table the decoder picks)
            return self.hidden(self.text_decoders[name](argv[0]))
        if callee is not None and callee.type == "identifier" and name in self.pure and (argv or not self.pure[name][0]) \
                and all(a is not None for a in argv) and depth < 8:
            # (`function _u() { return _k.map(...).join(''); }` takes no arguments)
            made = self.apply_pure(self.pure[name], argv, depth + 2)
            return self.hidden(made) if name in self.pure_decoders else made
        if name in ("parseInt", "Number.parseInt") and argv and isinstance(argv[0], str) \
                and (len(argv) == 1 or argv[1] in (2, 8, 10, 16, 36)):
            # (the digits JavaScript reads: `parseInt('6a', 16)`, a hex pair of a decoder)
            digits = PARSE_INT_DIGITS[argv[1] if len(argv) > 1 else 10].match(argv[0].strip())
            return int(digits.group(0), argv[1] if len(argv) > 1 else 10) if digits else None
        if name == "decodeURIComponent" and argv and isinstance(argv[0], str):
            return unquote(argv[0])
        if name == "unescape" and argv and isinstance(argv[0], str):
            # (a payload written as `%u0028%u0066…`, which only the long-deprecated global reads back)
            return self.hidden(percent_unescape(argv[0])) if "%u" in argv[0] else percent_unescape(argv[0])
        if name == "escape" and argv and isinstance(argv[0], str):
            # (`decodeURIComponent(escape(atob(s)))`, base64 of UTF-8 text: the round trip gives the text back)
            return quote(argv[0], safe="@*_+-./")
        if callee is not None and callee.type in ("member_expression", "subscript_expression"):
            return self.const_method(callee, args, argv, depth)
        return None

    def decompressed(self, method: str, arg: Node, depth: int) -> str | None:
        """`zlib.inflateRawSync(Buffer.from('PVFBbsMg…', 'base64'))`: a packed payload, unpacked (to at
        most MAX_STRING characters) when it is text."""
        if arg.type != "call_expression" or self.callee_name(arg.child_by_field_name("function")) not in BUFFER_FROM:
            return None
        inner = arg.child_by_field_name("arguments")
        parts = [self.const(a, depth + 1) for a in inner.named_children[:2]] if inner is not None else []
        if len(parts) != 2 or not isinstance(parts[0], str) or parts[1] not in ("base64", "hex") or DECOMPRESSORS[method] is None:
            return None
        try:
            packed = base64.b64decode(parts[0] + "=" * (-len(parts[0]) % 4)) if parts[1] == "base64" else bytes.fromhex(parts[0])
            unpacker = zlib.decompressobj(DECOMPRESSORS[method])
            return unpacker.decompress(packed, MAX_STRING * 4).decode("utf-8")[:MAX_STRING]
        except (binascii.Error, ValueError, zlib.error, UnicodeDecodeError):
            return None

    def const_method(self, callee: Node, args: Node | None, argv: list, depth: int):
        """A method of a constant (`[...].join('')`, `s.split('')`, `codes.map(c => c - 7)`, `x['toString']()`)."""
        # (`x['toString']()`: obfuscators write every method as an indexed string)
        prop = self.text(callee.child_by_field_name("property")) if callee.type == "member_expression" \
            else self.const(callee.child_by_field_name("index"), depth + 1)
        if prop not in FOLDED_METHODS:
            return None  # (most methods called: their object, often a chain of calls, is not folded for nothing)
        obj = self.const(callee.child_by_field_name("object"), depth + 1)
        if prop == "join" and isinstance(obj, list) and all(isinstance(v, (str, int)) for v in obj):
            sep = argv[0] if argv and isinstance(argv[0], str) else ","
            return sep.join(str(v) for v in obj)
        if prop == "map" and isinstance(obj, list) and obj and all(isinstance(v, (int, str)) for v in obj):
            mapped = self.map_each(obj, args.named_children[0] if args is not None and args.named_child_count else None, depth)
            if mapped is not None:
                return mapped
        if prop == "reverse" and isinstance(obj, list):
            return list(reversed(obj))
        if prop == "slice" and isinstance(obj, (str, list)) and all(isinstance(a, int) for a in argv[:2]):
            # (JavaScript's one argument is where to start: `s.slice(2)` drops the `0x`)
            return obj[argv[0]:argv[1] if len(argv) > 1 else None] if argv else obj
        if prop == "split" and isinstance(obj, str) and argv and isinstance(argv[0], str):
            # (`s.split('')`, the characters of a string; `'var|x|y'.split('|')`, a packer's or a table's words)
            return list(obj) if argv[0] == "" else obj.split(argv[0])
        if prop == "toString" and isinstance(obj, str):
            return obj
        if prop == "toString" and type(obj) is int and (not argv or argv[0] in range(2, 37)):
            # (`(0x947).toString()`, a port spelled in hex; `(n).toString(36)`, a word spelled as a number)
            return _radix(obj, argv[0] if argv else 10)
        if prop in ("toLowerCase", "toUpperCase", "trim") and isinstance(obj, str):
            # (`ADDR.slice(2).toLowerCase()`: an address made an ABI word's hex)
            return obj.lower() if prop == "toLowerCase" else obj.upper() if prop == "toUpperCase" else obj.strip()
        if prop in ("concat",) and isinstance(obj, str) and all(isinstance(a, str) for a in argv):
            return obj + "".join(argv)
        if prop in ("replace", "replaceAll") and isinstance(obj, str) and args is not None and args.named_child_count == 2:
            return self.replaced(obj, prop, *args.named_children, depth)
        if prop == "match" and isinstance(obj, str) and len(obj) <= MAX_REPLACED and args is not None \
                and args.named_child_count == 1 and (found := self.regex(args.named_children[0])) is not None and found[1]:
            # (`h.match(/../g).map((b) => String.fromCharCode(parseInt(b, 16)))`: a hex string cut into its pairs)
            return found[0].findall(obj) if found[0].groups == 0 else None
        return None

    def regex(self, node: Node) -> tuple[re.Pattern, bool] | None:
        """A regular expression literal of the simple kinds decoders use, and whether it is global (`g`)."""
        body, flags = node.child_by_field_name("pattern"), node.child_by_field_name("flags")
        raw = self.text(body, 100) if node.type == "regex" and body is not None else ""
        if not SIMPLE_REGEX.match(raw):
            return None
        try:
            return re.compile(raw), flags is not None and "g" in self.text(flags, 10)
        except re.error:
            return None

    def replaced(self, text: str, method: str, search: Node, replacement: Node, depth: int) -> str | None:
        """`s.replace(/../g, c => String.fromCharCode(parseInt(c, 16)))`, `'hxxtxxp'.replace(/x/g, '')`: a constant
        string with a constant search (a string, or a regular expression of the simple kinds decoders use) replaced by a
        constant or by what a one-expression function returns for each match."""
        if len(text) > MAX_REPLACED:
            return None
        if search.type == "regex":
            if (found := self.regex(search)) is None:
                return None
            pattern, count = found[0], 0 if method == "replaceAll" or found[1] else 1
        elif isinstance(literal := self.const(search, depth + 1), str) and literal:
            pattern, count = re.compile(re.escape(literal)), 0 if method == "replaceAll" else 1
        else:
            return None
        if replacement.type in ("arrow_function", "function_expression", "function") \
                and replacement.end_byte - replacement.start_byte <= 200:
            pure = self.pure_function(replacement)
            if pure is None or not pure[0]:
                return None
            failed = False

            def each(match: re.Match) -> str:
                nonlocal failed
                value = None if failed else self.apply_pure((pure[0][:1], pure[1]), [match.group(0)], depth + 1)
                failed = failed or not isinstance(value, (str, int))
                return str(value) if not failed else ""
            out = pattern.sub(each, text, count=count)
            return None if failed else out[:MAX_STRING]
        value = self.const(replacement, depth + 1)
        if not isinstance(value, str) or "$" in value:
            return None  # (`$&`, `$1`: JavaScript's replacement patterns are not read)
        return pattern.sub(lambda _: value, text, count=count)[:MAX_STRING]

    def holes_for(self, text: str, method: str, search: Node) -> str | None:
        r"""`s.replace(/\{O\}/g, out)`: a template's placeholder made a hole, for a search that is a string or a regular
        expression of literal characters (None for anything else)."""
        if search.type == "regex":
            body, flags = search.child_by_field_name("pattern"), search.child_by_field_name("flags")
            raw = self.text(body, 200) if body is not None else ""
            plain = REGEX_ESCAPE.sub("", raw)  # (what is left once the escaped characters are taken out)
            if not raw or REGEX_META.search(plain) or "\\" in plain:
                return None
            literal = REGEX_ESCAPE.sub(r"\1", raw)
            every = method == "replaceAll" or (flags is not None and "g" in self.text(flags, 10))
        elif isinstance(literal := self.const(search), str) and literal:
            every = method == "replaceAll"
        else:
            return None
        return text.replace(literal, HOLE, -1 if every else 1)[:MAX_STRING]

    def branch_consts(self, call: Node) -> list[str]:
        """What a local text decoder or one-expression helper makes of each of two constants it is given one of
        (`_s(mac ? _t[2] : _t[1])`, a URL or a command per platform): the call folds to neither alone, but both are
        strings of the file."""
        fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        if fn is None or fn.type != "identifier" or args is None or args.named_child_count != 1 \
                or args.named_children[0].type != "ternary_expression":
            return []
        name = self.text(fn, 200)
        decoder = self.text_decoders.get(name)
        pure = self.pure.get(name) if decoder is None else None
        if decoder is None and (pure is None or len(pure[0]) != 1):
            return []
        choice = args.named_children[0]
        values = [self.const(choice.child_by_field_name(field)) for field in ("consequence", "alternative")]
        if decoder is not None:
            return [self.hidden(decoded) for value in values if isinstance(value, str) and isinstance(decoded := decoder(value), str)]
        # (a one-expression helper of the file, `decode(win ? CODES_W : CODES)`: what it makes of each)
        return [self.hidden(made) for value in values if value is not None
                and isinstance(made := self.apply_pure(pure, [value], 2), str)]

    def hidden(self, decoded):
        """`decoded`, made by one of the file's own decoders, kept among the file's hidden strings."""
        if isinstance(decoded, str) and decoded and len(self.out.decoded_values) < MAX_HIDDEN:
            self.out.decoded_values.add(decoded[:MAX_HIDDEN_LENGTH])
        return decoded

    def rotate_array(self, fn: Node, args: list[Node]) -> None:
        """`(function (a, n) { while (n--) a.push(a.shift()); })(_0x3c1a, 0xb)`: an obfuscator's string
        array, rotated by a count at load; its decoder indexes the rotated array. Folding the rotation
        keeps `https[_0x9f(15)]` readable as `https.get`. A loop that turns until the first element decodes to a
        constant is turned that far. (javascript-obfuscator's newer checksum loop is not followed: it needs `parseInt`
        of decoded strings.)"""
        while fn.type == "parenthesized_expression" and fn.named_child_count:
            fn = fn.named_children[0]
        if fn.type not in ("function_expression", "function", "arrow_function") or len(args) != 2 \
                or args[0].type != "identifier" or fn.end_byte - fn.start_byte > 400:
            return
        name, count = self.text(args[0]), self.const(args[1])
        # (the array in a variable, or the array function a decoder indexes: `f(_0x5e0b, 7)` with `a = get()`)
        array = self.consts.get(name, self.arrays.get(name))
        # (`a['\x70\x75\x73\x68'](a['\x73\x68\x69\x66\x74']())`: the obfuscator's hex-escaped method names)
        body = HEX_ESCAPE.sub(lambda m: chr(int(m[1], 16)), self.text(fn))
        local = LOCAL_COUNT.search(body)
        up = LOCAL_UP_COUNT.search(body) if local is None else None
        if local is not None or up is not None:
            # (the call's own count argument unused: `}(_0x2f9a, 0x0))`)
            written = local[2] if local is not None else up[2]
            count = int(written, 16) if written[:2] in ('0x', '0X') else int(written)
        target = (match.group("target") if (match := ROTATE_TO_MATCH.search(body)) is not None
                  else count if isinstance(count, str) and self.compares_with_param(fn, body) else None)
        # (`a.push(a.shift())` turns left; `a.unshift(a.pop())`, a hand-made copy's, turns right)
        right = "unshift" in body and "pop" in body and "push" not in body
        if not isinstance(array, list) or not array or not isinstance(count, (int, str)) \
                or not (right or "push" in body and "shift" in body) or (isinstance(count, str) and target is None):
            return
        if target is not None:
            # (the decoder may sit in another function, `_0x18d3 = _0x5a1c`: an element is the target as it is, or in base64)
            turns = next((i for i, v in enumerate(array[:4096]) if isinstance(v, str) and (v == target or decode_b64(v) == target)),
                         None)
            if turns is None:
                return
        elif up is not None or ROTATE_AFTER.search(body) or ROTATE_FOR.search(body) or ROTATE_UNTIL.search(body):
            turns = count
        elif ROTATE_BEFORE.search(body):
            turns = count if "(++" in body else count - 1  # `f(++n)` around `while (--x)`: n turns
        else:
            return
        turns %= len(array)
        if right:
            turns = (len(array) - turns) % len(array)
        rotated = array[turns:] + array[:turns]
        if name in self.consts:
            self.consts[name] = rotated
        if name in self.arrays:  # the string array, which its decoder indexes
            self.arrays[name] = rotated

    def compares_with_param(self, fn: Node, body: str) -> bool:
        """The rotation turns until a decoded element equals its second parameter (`if (_0x18d3(0x1b0) === _0x2f04)
        break`, the function called with `'child_process'`): the string it stops at is the call's argument."""
        params = fn.child_by_field_name("parameters")
        names = [self.text(c) for c in params.named_children if c.type == "identifier"] if params is not None else []
        return len(names) == 2 and re.search(rf"[=!]==?\s*{re.escape(names[1])}\s*\)\s*break", body) is not None

    def map_each(self, items: list, fn: Node | None, depth: int) -> list | None:
        """`[123, 124, …].map((c) => c - 7)`, `.map(function (x) { return String.fromCharCode(x - 3); })`: a
        constant list through a small one-expression function, element by element — the obfuscation that
        keeps a host or a command out of every string of the file."""
        if fn is not None and fn.type == "identifier" and len(items) <= 4096:
            # (`['706f…', '2d4e6f50'].map(_h)` with `const _h = s => Buffer.from(s, 'hex').toString()`: a named helper)
            pure = self.pure.get(self.text(fn))
        elif fn is None or fn.type not in ("arrow_function", "function_expression", "function") \
                or fn.end_byte - fn.start_byte > 200 or len(items) > 4096:
            return None
        else:
            pure = self.pure_function(fn)
        if pure is None or len(pure[0]) != 1:
            return None
        out = []
        for item in items:
            value = self.apply_pure(pure, [item], depth + 1)
            if value is None:
                return None  # (the first element settles most lists)
            out.append(value)
        return out

    def pure_function(self, fn: Node) -> tuple[list[str], Node] | None:
        """(parameter names, the expression it returns) of a function whose body is one returned
        expression over plain parameters; None for any other."""
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        body = fn.child_by_field_name("body")
        if params is None or body is None:
            return None
        names = [self.text(params)] if params.type == "identifier" else \
            [self.text(p) for p in params.named_children if p.type == "identifier"]
        if params.type != "identifier" and len(names) != params.named_child_count:
            return None
        if body.type == "statement_block":
            statements = [c for c in body.named_children if c.type != "comment"]
            if len(statements) == 1 and statements[0].type == "try_statement" \
                    and (block := statements[0].child_by_field_name("body")) is not None:
                # (`try { return decodeURIComponent(escape(atob(e))) } catch (x) { return "" }`: what it returns when
                # the decoding succeeds)
                statements = [c for c in block.named_children if c.type != "comment"]
            if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_child_count:
                return None
            body = statements[0].named_children[0]
        return names, body

    def apply_pure(self, pure: tuple[list[str], Node], argv: list, depth: int):
        """The constant a one-expression function returns for constant arguments."""
        params, body = pure
        saved = {p: self.consts.get(p) for p in params}
        self.consts.update(zip(params, argv))
        try:
            return self.const(body, depth)
        finally:
            for p, v in saved.items():
                if v is None:
                    self.consts.pop(p, None)
                else:
                    self.consts[p] = v


def string_concat(node: Node) -> bool:
    """`'…'.concat(a, b)` or a chain of them (`"".concat(x).concat(y, "z")`): what Babel writes for a template literal.
    (An array's or a variable's `concat` is not a string's.)"""
    while node.type == "call_expression":
        fn = node.child_by_field_name("function")
        if fn is None or fn.type != "member_expression" or node.child_by_field_name("arguments") is None:
            return False
        prop = fn.child_by_field_name("property")
        if prop is None or prop.text != b"concat":
            return False
        node = fn.child_by_field_name("object")
        if node is None:
            return False
    return node.type in ("string", "template_string")
