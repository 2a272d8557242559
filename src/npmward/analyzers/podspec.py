"""The shell scripts a CocoaPods podspec's script phases hold: Xcode runs them at every build of an iOS app that uses
the package (React Native and Capacitor link a package's pod when the app installs it), so they are judged like
install hooks. The podspec is Ruby: only string literals are read (double-quoted, single-quoted, heredocs) and the
`#{NAME}` interpolations of constants the file assigns a string or an array of strings joined; nothing is evaluated."""

from __future__ import annotations

import re
from typing import Mapping

MAX_PODSPEC = 200_000
SCRIPT_KEY = re.compile(r"""(?::script\s*=>|\bscript:)\s*""")
HEREDOC = re.compile(r"""<<[-~]?(['"]?)([A-Za-z_]\w*)\1[^\n]*\n""")
DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)
SINGLE = re.compile(r"'((?:[^'\\]|\\.)*)'", re.S)
CONSTANT = re.compile(r"""^[ \t]*([A-Z][A-Za-z0-9_]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\[([^\]]{0,400000})\]\s*\.join\b(?:\(\s*(?:""|'')\s*\))?)""",
                      re.M | re.S)
INTERPOLATION = re.compile(r"#\{\s*([A-Z][A-Za-z0-9_]*)\s*\}")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "e": "\x1b", "s": " "}


def podspec_scripts(files: Mapping[str, bytes]) -> list[tuple[str, int, str]]:
    """(path, line, script) of each script phase of the package's podspecs (at its root or one directory down)."""
    found = []
    for path in sorted(files):
        if not path.endswith(".podspec") or path.count("/") > 1 or not isinstance(files[path], bytes):
            continue
        text = files[path][:MAX_PODSPEC].decode("utf-8", "replace")
        if "script" not in text:
            continue
        constants = _constants(text)
        for key in SCRIPT_KEY.finditer(text):
            script = _literal(text, key.end(), constants)
            if script and script.strip():
                found.append((path, text.count("\n", 0, key.start()) + 1, script))
    return found


def _constants(text: str) -> dict[str, str]:
    out = {}
    for m in CONSTANT.finditer(text):
        name, double, single, listed = m.groups()
        if double is not None:
            out[name] = _unescape(double, out)
        elif single is not None:
            out[name] = single.replace("\\'", "'").replace("\\\\", "\\")
        elif listed is not None:
            parts = [_unescape(d, out) if d is not None else s for d, s in re.findall(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'', listed)]
            out[name] = "".join(parts)
    return out


def _literal(text: str, at: int, constants: dict[str, str]) -> str | None:
    """The string literal that starts at `at` (a heredoc's body, a quoted string), or the constant named there."""
    if (heredoc := HEREDOC.match(text, at)) is not None:
        end = re.compile(r"^[ \t]*" + re.escape(heredoc.group(2)) + r"[ \t]*$", re.M).search(text, heredoc.end())
        body = text[heredoc.end(): end.start() if end else len(text)]
        return body if heredoc.group(1) == "'" else _unescape(body, constants, heredoc=True)
    if (double := DOUBLE.match(text, at)) is not None:
        return _unescape(double.group(1), constants)
    if (single := SINGLE.match(text, at)) is not None:
        return single.group(1).replace("\\'", "'").replace("\\\\", "\\")
    if (name := re.match(r"[A-Z][A-Za-z0-9_]*", text[at:at + 100])) is not None:
        return constants.get(name.group(0))
    return None


def _unescape(body: str, constants: dict[str, str], heredoc: bool = False) -> str:
    """A double-quoted Ruby string's text: its escapes read and its interpolations of known constants filled in."""
    def literal(part: str) -> str:
        return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1) if not heredoc or m.group(1) in "\\\"#$"
                                                      else m.group(0)), part, flags=re.S)

    out, last = [], 0
    for m in INTERPOLATION.finditer(body):
        out += [literal(body[last:m.start()]), constants.get(m.group(1), m.group(0))]
        last = m.end()
    return "".join(out) + literal(body[last:])
