"""Decoding of string literals: escapes, base64, hex, and strings hidden as hex."""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import zlib
from typing import Callable
from urllib.parse import unquote

_ESCAPES = re.compile(r"\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_HEX_STRING = re.compile(r"^(?:[0-9a-fA-F]{2}){4,}$")
_CODE_DATA_URL = re.compile(r"data:(?:text|application)/(?:x-)?(?:javascript|ecmascript)(?P<params>[^,]*),", re.I)


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


_PERCENT_ESCAPE = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


def percent_unescape(text: str) -> str:
    """JavaScript's global `unescape`: `%uXXXX` and `%XX` each one character (`%u0065%u0076%u0061%u006C` is `eval`)."""
    return _PERCENT_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text) if "%" in text else text


def decode_b64(text: str) -> str | None:
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=False).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def decode_b64_gzip(text: str, limit: int = 1_000_000) -> str | None:
    """Base64 of gzip-compressed text (`echo H4sI… | base64 -d | gunzip`), decoded; at most `limit` bytes inflated."""
    try:
        packed = base64.b64decode(text + "=" * (-len(text) % 4), validate=False)
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(packed, limit).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError, zlib.error):
        return None


BASE64_TEXT = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def unbase64(value: str, shortest: int = 24, longest: int = 4000) -> str | None:
    """A string that is all base64 (24 to 4,000 characters unless told otherwise), decoded: a command kept encoded (what
    a remote-execution service is handed, what a page copies with `atob(r[os])`), a stage a file keeps as a constant."""
    return decode_b64(value) if shortest <= len(value) <= longest and BASE64_TEXT.fullmatch(value) else None


def decode_hex(text: str) -> str | None:
    try:
        return bytes.fromhex(text).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def decode_standalone_hex(value: str) -> str | None:
    """A string literal that is all hex and decodes to printable text is a hidden string
    (`"63727970746f"` is `crypto`); hashes and ids decode to binary and are left alone."""
    if not _HEX_STRING.match(value):
        return None
    text = decode_hex(value)
    if text is None or not any(c.isalpha() for c in text):
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return text if printable == len(text) else None


_B64_STRING = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def decode_utf16_b64(value: str) -> str | None:
    """A string literal that is base64 of UTF-16LE text: PowerShell's `-EncodedCommand` argument, the script
    a command hides (`JABuAD0AJwBC…` is `$n='B…`). Every second byte of ASCII text in UTF-16LE is zero, which
    base64 spells with many `A`s: other base64 (images, keys) is left alone."""
    if not 40 <= len(value) <= 200_000 or value.count("A") * 6 < len(value) or not _B64_STRING.fullmatch(value):
        return None
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 20 or any(raw[1::2]):
        return None
    text = raw[::2].decode("latin-1")
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return text if printable == len(text) and any(c.isalpha() for c in text) else None


def _reads_as_text(text: str) -> bool:
    """Decoded data is hidden text when its start is printable and has letters (data decodes to control bytes)."""
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text[:10_000])
    return printable == len(text[:10_000]) and any(c.isalpha() for c in text[:200])


INVISIBLE_RUN = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]{32,}|[\U000e0020-\U000e007e]{32,}")
"""A run of characters no editor shows: variation selectors (VS1-VS256, one per byte) or Unicode tag characters (one
per ASCII character). An emoji takes one selector, a subdivision flag five tags; a run of 32 carries data."""


def decode_invisible(value: str) -> str | None:
    """The text that runs of invisible characters spell, when it reads as text: a variation selector is a byte
    (VS1-VS16 are 0-15, VS17-VS256 are 16-255), a tag character the ASCII character it shadows. GlassWorm (2025) hid its
    loader so in code that looked empty; the "ASCII smuggling" of prompts uses the tags."""
    runs = INVISIBLE_RUN.findall(value)
    if not runs:
        return None
    data = bytearray()
    for run in runs:
        for c in run:
            cp = ord(c)
            data.append(cp - 0xFE00 if cp <= 0xFE0F else cp - 0xE0100 + 16 if cp >= 0xE0100 else cp - 0xE0000)
    text = data.decode("utf-8", "replace").lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f")
    return text if text and _reads_as_text(text) else None


_REVERSED_B64 = re.compile(r"={1,2}[A-Za-z0-9+/]{38,}")


def decode_reversed_b64(value: str) -> str | None:
    """A string literal that is base64 written backwards (its padding first: `==wOpgSK…`) and decodes to text: a
    hidden string a page reverses and decodes before it runs it. Base64 of data (images, keys) is not reversed."""
    if not 40 <= len(value) <= 2_000_000 or value[0] != "=" or not _REVERSED_B64.fullmatch(value):
        return None
    try:
        text = base64.b64decode(value[::-1]).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return text if _reads_as_text(text) else None


def decode_script_b64(value: str) -> str | None:
    """A base64 string literal that decodes to a script with a shebang (`IyEvYmluL3No…` is `#!/bin/sh`): a shell script
    the package writes out, kept where a reader of the JavaScript does not read it."""
    if not 24 <= len(value) <= 2_000_000 or not value.startswith("IyE"):
        return None
    text = decode_b64(value)
    return text if text is not None and "\n" in text and _reads_as_text(text) else None


def decode_chunked_script_b64(chunks: list[str]) -> str | None:
    """A script kept in base64 cut into chunks (`const _chunks = ["IyEvYmluL3No…", "YnJldyBp…"]`, each decoded and joined
    at run time): the whole script, which no chunk shows (the first holds only the shebang and a comment)."""
    if len(chunks) < 2 or not chunks[0].startswith("IyE") or sum(map(len, chunks)) > 2_000_000:
        return None
    parts = [decode_b64(c) for c in chunks]
    joined = "".join(parts) if all(p is not None for p in parts) else decode_b64("".join(chunks))
    return joined if joined is not None and "\n" in joined and _reads_as_text(joined) else None


SCRIPT_CHAR_CODES = re.compile(r"fromCharCode\(\s*((?:\d{1,5}\s*,\s*){3,}\d{1,5})\s*\)")


def decode_script_char_codes(value: str) -> str | None:
    """The text a script held in a string builds from char codes (`"fetch(String.fromCharCode(104,116,…))"`, a worker's
    or an eval'd script): what it says once run, which a reader of the package's text does not see."""
    if "fromCharCode(" not in value or len(value) > 200_000:
        return None
    parts = []
    for m in SCRIPT_CHAR_CODES.finditer(value):
        codes = [int(c) for c in m.group(1).split(",")]
        if all(9 <= c < 0x110000 for c in codes):
            parts.append("".join(map(chr, codes)))
    return " ".join(parts) if parts and _reads_as_text(" ".join(parts)) else None


BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
"""RFC 4648's base32 alphabet: written out in a function of the file, that function decodes base32 (see
`decode_b32`)."""
BASE32_BYTES = BASE32_ALPHABET.encode()


def decode_b32(value: str) -> str | None:
    """Base32 text (any case, padding optional) that decodes to text: what a hand-written base32 decoder makes of it."""
    if not 8 <= len(value) <= 2_000_000:
        return None
    try:
        text = base64.b32decode(value.upper().rstrip("=") + "=" * (-len(value.rstrip("=")) % 8)).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return text if _reads_as_text(text) else None


ROT13_SHIFT = re.compile(r"fromCharCode[\s\S]{0,200}?\b13\b[\s\S]{0,200}?\b26\b|nopqrstuvwxyzabcdefghijklm", re.I)
"""A function that shifts letters by 13 around a 26-letter alphabet (`c.charCodeAt(0) + 13 … c - 26`), or writes out
the shifted alphabet: rot13."""


def decode_rot13(value: str) -> str:
    """What a rot13 function makes of its input (letters shifted by 13, the rest as it is)."""
    return codecs.encode(value, "rot13")


FIXED_WIDTH_CODES = re.compile(rb"parseInt\(\s*[\w$]+\s*\.\s*(?:substr\(\s*[\w$]+\s*,\s*([2-8])|(?:slice|substring)\(\s*"
                               rb"([\w$]+)\s*,\s*\2\s*\+\s*([2-8]))\s*\)\s*,\s*(8|10|16|36)\s*\)")
"""A loop reading its input a fixed number of digits at a time as a character code (`parseInt(s.substr(i, 3), 8)`,
`parseInt(h.slice(i, i + 2), 16)`): octal triplets, hex pairs, decimal triplets."""


def fixed_width_decoder(width: int, radix: int) -> Callable[[str], str | None]:
    """What such a loop makes of a string: each `width` digits in base `radix` one character."""
    def decode(value: str) -> str | None:
        if len(value) < 2 * width or len(value) % width or len(value) > 2_000_000:
            return None
        try:
            text = "".join(chr(int(value[i:i + width], radix)) for i in range(0, len(value), width))
        except ValueError:
            return None
        return text if _reads_as_text(text) else None
    return decode


def text_decoder(source: bytes, start: int, end: int) -> Callable[[str], str | None] | None:
    """The decoder a hand-written function (`source[start:end]`, a few lines) gives away by what it writes out:
    base32's alphabet, rot13's shift, or a fixed number of digits per character. Such a function is a loop or a regex
    callback, no one expression to fold."""
    if source.find(BASE32_BYTES, start, end) != -1:
        return decode_b32
    if source.find(b"parseInt", start, end) != -1 and source.find(b"fromCharCode", start, end) != -1 \
            and (width := FIXED_WIDTH_CODES.search(source, start, end)) is not None:
        return fixed_width_decoder(int(width.group(1) or width.group(3)), int(width.group(4)))
    # (asked of every small function: the words first, the pattern only where they are)
    if (source.find(b"fromCharCode", start, end) == -1 or source.find(b"13", start, end) == -1) \
            and source.find(b"nopq", start, end) == -1 and source.find(b"NOPQ", start, end) == -1:
        return None
    if ROT13_SHIFT.search(source[start:end].decode("utf-8", "replace")) is not None:
        return decode_rot13
    return None


XOR_KEYED = re.compile(rb"\^=?[^;]{0,80}?%\s*([\w$]{1,40})\.length\b|%\s*([\w$]{1,40})\.length\s*\][^;]{0,80}?\^")
"""A byte XORed with a key's byte at the same position, modulo its length (`b[i] ^= k[i % k.length]`,
`c.charCodeAt(0) ^ key.charCodeAt(i % key.length)`): a repeating-key XOR, the key named by the match."""


def xor_key(source: bytes, start: int, end: int) -> str | None:
    """The name of the key a small function XORs its input with, if it is such a decoder."""
    if source.find(b"^", start, end) == -1 or source.find(b".length", start, end) == -1:
        return None
    match = XOR_KEYED.search(source, start, end)
    return (match.group(1) or match.group(2)).decode() if match is not None else None


def xor_decoder(source: bytes, start: int, end: int, key: str) -> Callable[[str], str | None] | None:
    """What a repeating-key XOR function makes of a string, given its key: the input read as hex or base64 when the
    function decodes it so (`Buffer.from(h, 'hex')`, `parseInt(pair, 16)`, `atob(s)`), as characters otherwise."""
    if not key:
        return None
    span = source[start:end]
    encoding = "hex" if b"'hex'" in span or b'"hex"' in span or re.search(rb",\s*16\s*\)", span) else \
        "base64" if b"base64" in span or b"atob(" in span else "text"
    mask = key.encode("utf-8", "replace")

    def decode(value: str) -> str | None:
        try:
            if encoding == "hex":
                data = bytes.fromhex(value)
            elif encoding == "base64":
                data = base64.b64decode(value + "=" * (-len(value) % 4))
            else:
                data = value.encode("latin-1")
            text = bytes(b ^ mask[i % len(mask)] for i, b in enumerate(data[:1_000_000])).decode("utf-8")
        except (ValueError, binascii.Error, UnicodeError):
            return None
        return text if _reads_as_text(text) else None
    return decode


def xor_table_decoder(source: bytes, start: int, end: int, key: bytes, table: list, param: str) \
        -> Callable[[object], str | None] | None:
    """What a repeating-key XOR function makes of the entry of a constant table its parameter picks (`function _x(i) {
    for (var a = _t[i], s = '', j = 0; j < a.length; j++) s += String.fromCharCode(a[j] ^ _k[(j + i) % _k.length]);
    return s }`, XORIndex's loader): entries of char codes or strings, the key's position shifted by the index when the
    function adds it."""
    if not key or not table:
        return None
    name = re.escape(param.encode())
    offset = re.search(rb"\[\s*\(\s*(?:[\w$]+\s*\+\s*" + name + rb"|" + name + rb"\s*\+\s*[\w$]+)\s*\)\s*%",
                       source[start:end]) is not None

    def decode(index: object) -> str | None:
        if isinstance(index, float) and index.is_integer():
            index = int(index)
        if type(index) is not int or not 0 <= index < len(table):
            return None
        entry = table[index]
        if isinstance(entry, str):
            data = entry.encode("latin-1", "replace")
        elif isinstance(entry, list) and all(type(b) is int and 0 <= b < 256 for b in entry):
            data = bytes(entry)
        else:
            return None
        shift = index if offset else 0
        try:
            text = bytes(b ^ key[(j + shift) % len(key)] for j, b in enumerate(data)).decode("utf-8")
        except UnicodeError:
            return None
        return text if text and _reads_as_text(text) else None
    return decode


ENCODED_COMMAND = re.compile(r"\s-(?:e|ec|enc|encodedcommand)\s+['\"]?([A-Za-z0-9+/]{40,}={0,2})", re.I)


def encoded_powershell(command: str) -> str | None:
    """The script of a PowerShell command line's `-EncodedCommand` (or `-enc`, `-e`) argument, when the command is a
    string of its own (`'powershell -enc JABj…'`)."""
    match = ENCODED_COMMAND.search(command[:200_000])
    return decode_utf16_b64(match.group(1)) if match is not None else None


ECHOED_PAYLOAD = re.compile(r"\b(?:echo\s+(?:-n\s+)?|printf\s+(?:'%s'|\"%s\")\s+)['\"]?(?:(?P<hex>[0-9a-fA-F]{40,})['\"]?\s*\|\s*xxd\s+(?:-r\s*-?p|-p\s*-?r)|"
                            r"(?P<b64>[A-Za-z0-9+/]{40,}={0,2})['\"]?\s*\|\s*base64\s+(?:-d|-D|--decode))")
"""`echo 2321…0a | xxd -p -r | sh`, `printf '%s' 2321… | xxd -r -p`, `echo IyEv… | base64 -d | bash`: a script carried
in a command line, encoded."""


KEPT_PAYLOAD = re.compile(r"(?<![\w$])(?P<var>[A-Za-z_]\w*)=['\"]?(?:(?P<hex>[0-9a-fA-F]{40,})|(?P<b64>[A-Za-z0-9+/]{40,}={0,2}))['\"]?[\s;]")
"""A shell variable set to hex or base64 (`v=2863…;`), echoed into a decoder later on the line."""


def echoed_script(command: str) -> str | None:
    """The text a command line echoes into a hex or base64 decoder, when it is text (a script piped on to a shell); also
    through a variable (`v=2863…; eval "$(printf %s "$v" | xxd -r -p)"`, a logout hook's, blind set 50)."""
    match = ECHOED_PAYLOAD.search(command[:200_000])
    if match is None:
        match = next((m for m in KEPT_PAYLOAD.finditer(command[:200_000])
                      if re.search(r"(?:echo\s+(?:-n\s+)?|printf\s+['\"]?%s['\"]?\s+)['\"]?\$\{?" + m.group("var")
                                   + r"\b\}?['\"]?\s*\|\s*(?:xxd\s+(?:-r\s*-?p|-p\s*-?r)|base64\s+(?:-d|-D|--decode))",
                                   command[m.end():m.end() + 400])), None)
    if match is None:
        return None
    if match.group("hex"):
        text = decode_hex(match.group("hex")[: len(match.group("hex")) // 2 * 2])
        return text if text is not None and _reads_as_text(text) else None
    return decode_b64(match.group("b64"))


def decode_gzip_b64(value: str, limit: int = 1_000_000) -> str | None:
    """A string literal that is base64 of gzip (`H4sI…`, the gzip magic in base64) or of zlib (`eJ…`, `eN…`: Python's
    `zlib.compress`) and inflates to text: a hidden string, as hex and base64 ones are (a web.config kept compressed).
    At most `limit` bytes are inflated."""
    if not value.startswith(("H4sI", "eJ", "eN")) or len(value) < (24 if value[0] == "H" else 40) or len(value) > 2_000_000:
        return None
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4))
        inflater = zlib.decompressobj(47)
        data = inflater.decompress(raw, limit)
        text = data.decode("utf-8")
    except (binascii.Error, ValueError, zlib.error, UnicodeDecodeError):
        return None
    return text if _reads_as_text(text) else None


def data_url_base64(url: str) -> bool | None:
    """Whether `url` starts as a JavaScript `data:` URL in base64 (True) or as text (False); None
    for any other string. The code after the comma need not be known yet."""
    match = _CODE_DATA_URL.match(url)
    return None if match is None else ";base64" in match.group("params").lower()


def data_url_code(url: str) -> tuple[str, bool] | None:
    """The code of a JavaScript `data:` URL (`import('data:text/javascript;base64,…')` runs it as a
    module) and whether it was base64, hidden from a reader; None for any other string."""
    match = _CODE_DATA_URL.match(url)
    if match is None:
        return None
    body = url[match.end():]
    if data_url_base64(url):
        code = decode_b64(body.strip())
        return (code, True) if code is not None else None
    return unquote(body), False


PACKER_PARAMS = re.compile(r"^\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)$")
"""Dean Edwards' packer (`eval(function(p,a,c,k,e,d){…}('0 1=2',62,3,'var|x|y'.split('|'),0,{}))`): its decoder's
parameters, the same in every packed file."""
MAX_PACKED_WORDS = 100_000
_WORD = re.compile(r"\b\w+\b")


def _packer_digits(c: int, a: int) -> str:
    """The packer's numeral for `c` in base `a` (0-9, a-z, then A-Z from 36 on, as its `e(c)` writes it)."""
    out = ""
    while True:
        c, d = divmod(c, a)
        out = (chr(d + 29) if d > 35 else "0123456789abcdefghijklmnopqrstuvwxyz"[d]) + out
        if c == 0:
            return out


def unpack_packer(payload: str, base: int, count: int, words: list[str]) -> str | None:
    """What a packed payload unpacks to: each word of `payload` that is a numeral in `base` replaced by the
    dictionary's word of that index (an empty entry keeps the numeral), as the packer's decoder does."""
    if not 2 <= base <= 62 or not 0 < count <= min(len(words), MAX_PACKED_WORDS):
        return None
    table = {_packer_digits(i, base): words[i] or _packer_digits(i, base) for i in range(count)}
    return _WORD.sub(lambda m: table.get(m.group(0), m.group(0)), payload)
