from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import STDIN_RUNNER, runs_code
from ..gates import any_word
from ..values import DECODING_ENCODINGS, INFLATES
from ..view import WHEN_TEXT, FileView
from . import rule

DECODERS = ("atob", "String.fromCharCode", "String.fromCodePoint", "Buffer.from", "buffer.Buffer.from")


RADIX = re.compile(r"parseInt\([^;]*,\s*(2|16|36)\s*\)")


TEXT_FROM_NUMBERS = any_word(b"fromCharCode", b"fromCodePoint", b"Buffer.from", b"Uint8Array.from")
"""What makes text of numbers again (a parsed hex pair or bit string becomes a character or a byte)."""
TEXT_CALLS = ("String.fromCharCode", "String.fromCodePoint", "Buffer.from", "buffer.Buffer.from", "Uint8Array.from")
"""The calls of `TEXT_FROM_NUMBERS`, as facts name them."""


def _radix(f) -> bool:
    """`parseInt(bits, 2)`, `parseInt(pair, 16)`, `parseInt(word, 36)` (numeric arguments are not kept as constants: the line says it)."""
    return f.value in ("parseInt", "Number.parseInt") and RADIX.search(f.snippet) is not None


def _decodes(f) -> bool:
    """A decoder call that decodes (`Buffer.from(s)` of a string is its bytes, not a decoding)."""
    return not f.value.endswith("Buffer.from") or (len(f.args) > 1 and f.args[1] in DECODING_ENCODINGS)


def _unpacks(f) -> bool:
    """Base64 or hex unpacked, or data inflated: what a local helper does to a hidden payload
    (`const x = (s) => Buffer.from(Buffer.from(s, 'base64').map(xor)).toString()`). Char codes are
    left out: Emscripten's UTF8ToString reads strings out of wasm memory with them."""
    return f.value == "atob" or f.value in INFLATES or (f.value.endswith("Buffer.from") and _decodes(f))


def _shifts_text(view: FileView, d) -> bool:
    """Char codes made from another string's char codes in one helper: a Caesar or XOR cipher of text
    (`String.fromCharCode(32 + (s.charCodeAt(i) - 32 + 92) % 95)`), not characters read out of wasm memory."""
    return d.value in ("String.fromCharCode", "String.fromCodePoint") and any(
        g.kind == "call" and g.scope == d.scope and g.value.endswith((".charCodeAt", ".codePointAt")) for g in view.all)


BYTE_MASK = re.compile(rb"&\s*(?:255|0xff|0xFF)\b")


def _bytes_of_its_own(view: FileView, d) -> bool:
    """A helper that turns a list it fills byte by byte into a buffer (`out.push((val >>> (bits - 8)) & 255)` …
    `Buffer.from(out)`): a hand-written base-N decoder (base32, base58), whatever its alphabet."""
    if not d.value.endswith(("Buffer.from", "Uint8Array.from")) or BYTE_MASK.search(view.text) is None:
        return False
    match = re.search(r"\.from\(\s*([\w$]+)\s*\)", d.snippet)
    return match is not None and re.search(rb"\b" + re.escape(match.group(1).encode()) + rb"\.push\(", view.text) is not None


def _rebuilds_text(view: FileView, d) -> bool:
    """Numbers parsed from base-36 words and made text again in one helper (`parseInt(t, 36)` split into three bytes,
    `Buffer.from(bytes).toString()`): a payload kept as a list of number words. (Hex parsed in a helper is the common
    unescape of `\\u{…}` and `%xx` in a `replace` callback, beside template compilers' `new Function`.)"""
    radix = RADIX.search(d.snippet) if d.value in ("parseInt", "Number.parseInt") else None
    return radix is not None and radix.group(1) == "36" \
        and any(g.kind == "call" and g.scope == d.scope and g.value in TEXT_CALLS for g in view.all)


SHIFTED_CODE = re.compile(r"fromC(?:harCode|odePoint)\([^;]{0,80}?\]\s*[-+^]\s*(?:0x[0-9a-fA-F]+|\d+)\b")
"""Char codes made of elements of data offset by a constant (`String.fromCharCode(k.s[0] - 100, k.s[1] - 100)`), not a
code point split into surrogates (`(cp - 0x10000) >> 10`)."""


def _shifted_in_callback(view: FileView, d, runner) -> bool:
    """Characters made of numbers offset by a constant in a callback of the runner's own function (`keys.reduce((acc, k)
    => acc + String.fromCharCode(k.s[0] - 100), '')`): a stage kept as numbers in data (an animation's keyframes)."""
    if d.value not in ("String.fromCharCode", "String.fromCodePoint") or d.scope is None:
        return False
    return view.facts.funcs[d.scope].parent == runner.scope and SHIFTED_CODE.search(d.snippet) is not None


def _immediate_in(view: FileView, inner: int | None, outer: int | None) -> bool:
    """`inner` is a function expression called where it is written inside `outer` (an IIFE, not a
    callback handed to a call: jiti's `code.replace(..., () => Buffer.from(...))` beside its `new Module`)."""
    if inner is None:
        return False
    func = view.facts.funcs[inner]
    return func.iife and func.parent == outer


HANDS_REQUIRE = re.compile(r"\b(?:createContext|runInNewContext|runInContext|runInThisContext)\s*\(\s*\{[^}]*\brequire\b|"
                           r"\b(?:runInNewContext|runInContext)\s*\([^;{]{1,200},\s*\{[^}]*\brequire\b|"
                           r"\bFunction\s*\(\s*['\"]require['\"]|\bcompileFunction\s*\([^;]{1,200}?\[\s*['\"]require['\"]|"
                           r"\b(?:runInNewContext|runInContext|runInThisContext)\s*\(.*\)\s*\(\s*require\b")
"""A context or a function made to give the code it runs `require` (`vm.createContext({ require, process })`,
`new Function('require', code)(require)`, `vm.compileFunction(code, ['require'])`, `vm.runInThisContext(code)(require)`): the code loads any module, as the package itself can."""


PACKED = re.compile(r"^\S{200,}$")
"""A long constant without a space: packed data (Ascii85, a custom base-N), not text, a template or code."""


def _invisible(text: str) -> bool:
    """Mostly Unicode variation selectors, tag characters or private-use characters: text no editor shows (a private-use
    character has no glyph in the fonts editors use)."""
    sample = text[:2000]
    hidden = sum(1 for c in sample if "\ufe00" <= c <= "\ufe0f" or "\U000e0000" <= c <= "\U000e01ef" or "\ue000" <= c <= "\uf8ff")
    return hidden * 2 > len(sample)


def _packed_calls(view: FileView) -> dict[tuple[int | None, int], object]:
    """`vm.runInNewContext(a85(SEED), …)`: calls of a function of the file on a long packed constant, by (function,
    line), where a runner on that line runs what they make: a decoder of the package's own (Ascii85, base-N, a cipher)
    that no list of decoders names."""
    local = {fn.name for fn in view.facts.funcs}
    return {(c.scope, c.line): c for c in view.all if c.kind == "call" and c.value in local
            and any(isinstance(a, str) and PACKED.match(a) and not P.CODE_LIKE.search(a) for a in c.args)}


HIDDEN_WORD = re.compile(r"[A-Za-z_$][\w$.-]{2,39}")
"""A short word (a cookie's or header's name, `production`), which a file that hides it uses as a key or a gate."""


def _hides_a_word(view: FileView) -> bool:
    """The file decodes a short word it never writes (`Buffer.from('cHJvZHVjdGlvbg==', 'base64')` is `production`, the
    cookie that carries the code is `___cfduid`): no library hides the name of the field it reads or the environment it
    waits for; a backdoor hides its trigger."""
    return any(HIDDEN_WORD.fullmatch(f.value) and not P.URL_HOST.match(f.value) and view.decoded(f)
               for f in view.of_kind("string"))


KEYED_XOR = re.compile(rb"\^=?\s*[\w$.]+\[\s*[\w$]+\s*%\s*[\w$.]+\s*\]")
"""Bytes XOR-ed with a repeating key (`buf[i] ^= k[i % k.length]`): a cipher, kept from the reader."""


BYTES_TO_TEXT = re.compile(r"\bBuffer\.from\(\s*([\w$]+)\s*\)\.toString\(|"
                           r"\bTextDecoder\([^()]*\)\.decode\(\s*(?:(?:new\s+)?Uint8Array(?:\.from)?\(\s*)?([\w$]+)\s*\)")
"""`Buffer.from(acc).toString()`, `new TextDecoder().decode(table)` (or of `Uint8Array.from(list)`): text made of a list
of byte values."""


def _made_of_bytes(view: FileView, runner) -> bool:
    """The runner's code is text made, on its line, of byte values the file computes one by one: pushed into a list
    (`buf.push(ext.charCodeAt(j) - 0x3400)`, the low digits of coordinates read from a CSV) or mapped from a string's
    code units (`Uint8Array.from(glyphs, (c) => c.charCodeAt(0) - 0x2800)`: Braille spinner frames): a payload kept
    as characters or numbers in data, decoded by arithmetic no list of decoders names."""
    match = BYTES_TO_TEXT.search(runner.snippet)
    if match is None:
        return False
    name = re.escape((match.group(1) or match.group(2)).encode())
    return re.search(rb"\b" + name + rb"\.push\(|\b" + name + rb"\s*=\s*(?:Uint8Array|Array|Buffer)\.from\([^;\n]{0,200}"
                     rb"\.(?:charCodeAt|codePointAt)\(", view.text) is not None


def _hands_require(view: FileView) -> bool:
    return any(f.kind in ("call", "new") and f.value.split(".")[-1] in ("createContext", "runInNewContext", "runInContext",
                                                                        "runInThisContext", "Function")
               and HANDS_REQUIRE.search(f.snippet) for f in view.active)


DECODING_CALLS = {"atob", "window.atob", "self.atob", "globalThis.atob", "Buffer.from", "String.fromCharCode",
                  "decodeURIComponent"}
"""Calls that turn hidden text into a string (`window.atob` in a browser bundle)."""


STYLE_READ = re.compile(rb"\.(getPropertyValue\(|cssRules\b)")
"""Reads of the page's styles: a custom property's value, a sheet's rules."""
STYLE_SPAN = 15
"""Lines before the runner that its style read is looked for in."""


def _from_stylesheet(view: FileView, runner) -> bool:
    """The page's styles are read just before the runner (`getComputedStyle(el).getPropertyValue('--x')`, a sheet's
    `cssRules`): code decoded from a CSS custom property or a rule's `content` is a payload kept in a stylesheet."""
    if STYLE_READ.search(view.text) is None:
        return False
    lines = view.text.split(b"\n")[max(0, runner.line - 1 - STYLE_SPAN):runner.line]
    return any(STYLE_READ.search(line) is not None for line in lines)


def _fed_to_interpreter(view: FileView):
    """A write of decoded data to the standard input of an interpreter started without a script
    (`spawn(process.execPath, ['-']).stdin.end(xored)`): eval in a second process."""
    if b".stdin" not in view.text:
        return None
    runners = [f for f in view.executions() if f.shapes and STDIN_RUNNER.match(f.shapes[0])]
    if not runners:
        return None
    return next((f for f in view.of_kind("call") if f.value.endswith(("stdin.write", "stdin.end"))
                 and view.facts.fact_labels(f) & F.DECODED and any(view.linked(f.scope, r.scope, hops=2) for r in runners)),
                None)


@rule("eval-decoded", title="Runs code it decodes",
      description="eval/Function/vm run at install or load, in a file that decodes hidden strings (base64, char "
                  "codes, a decipher), on what it decodes inline, or reached without naming it (`[][c][c](code)`). "
                  "Also reported when a decoded string that reads like code sits beside a code runner that receives "
                  "it; and wherever the data flow carries what was decoded at run time (base64, hex, char codes, "
                  "compressed data, bytes parsed with parseInt(x, 2) or parseInt(x, 16)) into the code given to eval/Function/vm/Module#_compile "
                  ", or into text made on the runner's line of byte values the file pushes into a list one by one (`Buffer.from(acc).toString()`: a stage kept as numbers in data, a CSV's low digits, code units offset by a constant) "
                  "(high, critical at install or load, or in code the application runs, when the code is handed `require` through a vm context or Function parameter, is compiled as a module, is XOR-ed with a repeating key, was read from the page's stylesheet (a CSS custom property, a rule's `content`), or the file hides a short word it reads or waits for (a cookie's name, `production`: a backdoor's trigger); medium confidence inside a function nothing calls at install or load, such as a request "
                  "handler: no library decodes data at run time into code it runs); the decoding and the runner must be "
                  "in one function, or the decoder in a function expression run where it is written in the runner's function (`eval(function(k, s){ … }(0x539, '%F9…'))`), or a base64/hex/inflate helper, or a helper that shifts a string's char codes (a Caesar or XOR cipher of text), the runner's function calls (Emscripten's UTF8ToString, char codes out of wasm memory, is no such helper: data flow over a whole bundle over-approximates). Also code that a function of the file makes of a long packed constant on the runner's line (`vm.runInNewContext(a85(SEED), …)`: a decoder of its own; critical when the constant is written in invisible characters (GlassWorm's variation selectors, private-use characters), and runs at load or in code the application runs). Code a decoder of the file's own makes of a constant (a hand-written base32 loop) given to "
                  "Function or its async kin (`Object.getPrototypeOf(async function () {}).constructor`) is high, and what that "
                  "code does weighs one step more. Code in a plain constant string given to eval is judged as code instead "
                  "(`eval(\"require('util').inspect\")` hides a require from bundlers, not from readers). Decoded data "
                  "written to the standard input of an interpreter started without a script (`spawn(process.execPath, "
                  "['-']).stdin.end(decoded)`) is run as eval would run it: critical at install, at load or in code the "
                  "application runs.",
      category="obfuscation", consumes=("call", "new"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    decoded = any(f.kind == "call" and f.value in DECODING_CALLS for f in view.all)
    # (a number parsed from hex or bits is text again only through fromCharCode or a buffer: React's flight client parses
    # hex chunk ids beside the `(0, eval)` of a server function's source, in one function that reuses its variables)
    texts = view.mentions(TEXT_FROM_NUMBERS)
    decoders = [f for f in view.of_kind("call") if (f.value in DECODERS or f.value in INFLATES or (texts and _radix(f)))]
    for f in view.runners():
        if f.kind != "string" and None in f.args and ((view.facts.fact_labels(f) & F.DECODED
                and any(f.scope == d.scope or (_immediate_in(view, d.scope, f.scope) and _decodes(d)) or _shifted_in_callback(view, d, f)
                        or (d.scope in view.callees().get(f.scope, ())
                            and (_unpacks(d) or _shifts_text(view, d) or _rebuilds_text(view, d) or _bytes_of_its_own(view, d)))
                        for d in decoders)) or _made_of_bytes(view, f)):
            # No library decodes data at run time into the code it runs; inside a function that
            # nothing calls yet, it still waits for its trigger (a request header, a message).
            level = view.level(f)
            # (Module#_compile gives the code the module's own `require`, as a vm context handed it would)
            by_app = level == "deferred" and view.run_by_app(f)
            reached = level in ("install", "entry") or by_app
            styled = reached and _from_stylesheet(view, f)
            hidden = reached and not styled and _hides_a_word(view)
            # (or decrypted: a repeating-key XOR of what it decoded, a file of the package's that reads as data)
            xored = reached and not styled and not hidden and KEYED_XOR.search(view.text) is not None
            # (a Function, under any name it is kept as, whose first parameter is `require`: `Fn('require', code)(require)`)
            armed = reached and (styled or hidden or xored or _hands_require(view) or HANDS_REQUIRE.search(f.snippet) is not None
                                 or "._compile" in f.value or (f.value.endswith("Function") and f.args[:1] == ("require",)))
            yield view.finding("eval-decoded", S.CRITICAL if armed else S.HIGH,
                               C.MEDIUM if level == "deferred" and not armed else C.HIGH, "obfuscation",
                               f"Runs code it decoded at run time ({f.value}), {view.run_text(f)}"
                               + (", read from the page's stylesheet (CSS holds styles, not code)." if styled
                                  else ", in a file that hides a word it reads or waits for (a trigger's name)." if hidden
                                  else ", XOR-ed with a repeating key (decrypted)." if xored
                                  else ", and hands it `require`." if armed else "."), f, level)
            return
    if (fed := _fed_to_interpreter(view)) is not None:
        level = view.level(fed)
        yield view.finding("eval-decoded", S.CRITICAL if view.runs_now(fed) else S.HIGH, C.HIGH, "obfuscation",
                           f"Writes code it decoded at run time to an interpreter's standard input ({fed.value}), "
                           f"{view.run_text(fed)}.", fed, level)
        return
    runners = [f for f in view.runners() if f.kind != "string" and None in f.args]
    packed_calls = _packed_calls(view) if runners else {}
    for f in runners:
        packed = packed_calls.get((f.scope, f.line))
        if packed is not None:
            level = view.level(f)
            runs = level in ("install", "entry") or view.run_by_app(f)
            # (a constant of invisible characters, variation selectors that each stand for a byte: GlassWorm, 2025, hid
            # its loader so in extensions whose code looked empty)
            invisible = runs and any(isinstance(a, str) and _invisible(a) for a in packed.args)
            armed = runs and (invisible or HANDS_REQUIRE.search(f.snippet) is not None)
            yield view.finding("eval-decoded", S.CRITICAL if armed else S.HIGH, C.HIGH if armed else C.MEDIUM, "obfuscation",
                               f"Runs code that its own decoder ({packed.value}) makes of a packed constant ({f.value}), "
                               f"{view.run_text(f)}" + (", the constant written in invisible characters." if invisible
                                                        else ", and hands it `require`." if armed else "."), f, level)
            return
    for f in view.active:
        evaluates = runs_code(f) and f.kind != "string" and not f.value.endswith(("._compile", "._compile.call", "._compile.apply"))
        if not evaluates:
            continue
        decodes_inline = any(t in f.snippet for t in ("atob(", "Buffer.from(", "fromCharCode", "decipher", "Decipher"))
        # `[][c][c](code)` reaches Function without naming it: only obfuscation does that.
        hidden_runner = P.FUNCTION_TRICK.search(f.value) is not None
        if decoded and (decodes_inline or hidden_runner):
            yield view.finding("eval-decoded", S.HIGH, C.MEDIUM, "obfuscation",
                               f"Runs code built at run time ({f.value}) in a file that decodes hidden strings, "
                               f"{WHEN_TEXT[view.level(f)]}.", f, view.level(f))
            return
