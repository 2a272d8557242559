"""The commands a Unity package's editor scripts start: Unity runs an Editor script's `[InitializeOnLoad]` static
constructor (and `[InitializeOnLoadMethod]`, `[DidReloadScripts]` methods, an `AssetPostprocessor`'s callbacks) every
time the editor loads or reimports the project, so a process such a script starts (`ProcessStartInfo`'s `FileName` and
`Arguments`, `Process.Start(file, args)`) is judged like an install hook's command. Unity packages are published on npm
registries (OpenUPM, a studio's scoped registry). The C# is not parsed: only string literals are read, joined where
`+` joins them, with what is not a literal as a hole; nothing is evaluated."""

from __future__ import annotations

import re
from typing import Mapping

MAX_SCRIPT = 500_000
AUTORUN = re.compile(r"\[\s*(?:UnityEditor\.)?(?:InitializeOnLoad|InitializeOnLoadMethod|DidReloadScripts)\b|"
                     r":\s*(?:UnityEditor\.)?AssetPostprocessor\b")
"""What makes the editor run a script's code by itself (on load, after a compile, on an import)."""
FILE_NAME = re.compile(r"\bFileName\s*=\s*")
ARGUMENTS = re.compile(r"\bArguments\s*=\s*")
PROCESS_START = re.compile(r"\bProcess\.Start\(\s*")
LITERAL = re.compile(r'@"((?:[^"]|"")*)"|\$?"((?:[^"\\\n]|\\.)*)"')
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "\\": "\\", "'": "'"}
HOLE = "${*}"


def editor_commands(files: Mapping[str, bytes]) -> list[tuple[str, int, str]]:
    """(path, line, command) of each process an autorun editor script of the package starts."""
    found = []
    for path in sorted(files):
        if not path.endswith(".cs") or not isinstance(files[path], bytes):
            continue
        text = files[path][:MAX_SCRIPT].decode("utf-8", "replace")
        if "Process" not in text or AUTORUN.search(text) is None:
            continue
        for name in FILE_NAME.finditer(text):
            program = _expression(text, name.end())
            args = ARGUMENTS.search(text, name.end())
            command = f"{program} {_expression(text, args.end())}" if args is not None else program
            found.append((path, text.count("\n", 0, name.start()) + 1, command))
        for start in PROCESS_START.finditer(text):
            program = _expression(text, start.end(), stop=",)")
            rest = text[start.end():start.end() + 4000]
            comma = rest.find(",") if program else -1
            args = _expression(text, start.end() + comma + 1) if comma >= 0 else ""
            if program and program != HOLE:
                found.append((path, text.count("\n", 0, start.start()) + 1, f"{program} {args}".strip()))
    return found


def _expression(text: str, at: int, stop: str = ";") -> str:
    """The string an expression that starts at `at` makes: its literals in order, a hole for each other part
    (`"-c \"curl " + url + " | bash\""` is `-c "curl ${*} | bash"`), up to the end of the statement."""
    out: list[str] = []
    depth, i, end = 0, at, min(len(text), at + 20_000)
    while i < end:
        ch = text[i]
        if ch in "\"@$" and (m := LITERAL.match(text, i)) is not None:
            out.append(m.group(1).replace('""', '"') if m.group(1) is not None
                       else re.sub(r"\\(.)", lambda e: ESCAPES.get(e.group(1), e.group(1)), m.group(2)))
            i = m.end()
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in stop:
            break
        elif ch == "+" or ch.isspace():
            pass
        elif not out or out[-1] != HOLE:
            out.append(HOLE)
        i += 1
    return "".join(out).strip()
