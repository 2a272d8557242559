"""Where a package is in its lockfile: the line of its entry, for SARIF locations a reviewer can
open (the dependency's line in the project's lockfile, a file that exists in the repository).

One index for every format, built from the text in one pass: an entry is either written as
`name@version` on one line (pnpm `name@1.2.3:` or `/name/1.2.3:`, bun `"name@1.2.3"`, yarn
`name@1.2.3:`), or it is a key line for the name (package-lock `"node_modules/name": {`, yarn
`name@^1.0.0, name@^1.2.0:`) followed within the entry by its version line.
"""

from __future__ import annotations

import re
from pathlib import Path

LOOKAHEAD = 12
"""Lines after a key line in which its version line must appear."""
_NAME = r"(?:@[\w.~-]+/)?[\w.~-]+"
_ONE_LINE = re.compile(rf"""(?:^|(?<=[\s"'/]))({_NAME})[@/](\d[\w.+-]*)(?=[\s"'(:,_]|$)""")
_NPM_KEY = re.compile(rf"""^\s*"(?:[^"]*?node_modules/)?({_NAME})"\s*:\s*\{{""")
_YARN_KEY = re.compile(rf"""^"?({_NAME})@[^"]*"?(?:,.*)?:\s*$""")
_ALIAS = re.compile(rf"""@npm:({_NAME})@""")
"""In a yarn key line: the registry package an alias installs (`"alias@npm:real@^1":`)."""
_VERSION = re.compile(r"""^\s*"?version"?\s*:?\s*["']?([^"',\s]+)["']?,?\s*$""")


class LockfileIndex:
    """The entry line of every `name@version` of one lockfile text."""

    def __init__(self, text: str):
        lines = text.splitlines()
        self.exact: dict[tuple[str, str], int] = {}
        self.keyed: dict[tuple[str, str], int] = {}
        for number, line in enumerate(lines, 1):
            for match in _ONE_LINE.finditer(line):
                self.exact.setdefault((match.group(1), match.group(2)), number)
            key = _NPM_KEY.match(line) or _YARN_KEY.match(line)
            if key is None:
                continue
            names = {key.group(1), *_ALIAS.findall(line)}
            for after in lines[number:number + LOOKAHEAD]:
                version = _VERSION.match(after)
                if version:
                    for name in names:
                        self.keyed.setdefault((name, version.group(1)), number)
                    break

    def line(self, name: str, version: str) -> int | None:
        """1-based line of the entry of `name@version`, None when the text has none."""
        return self.exact.get((name, version)) or self.keyed.get((name, version))


def lockfile_line(text: str, name: str, version: str) -> int | None:
    """1-based line of `name@version`'s entry in a lockfile's text (one lookup; use `LockfileLines`
    for many)."""
    return LockfileIndex(text).line(name, version)


class LockfileLines:
    """Lockfiles read and indexed once per report, and the lines of the packages asked for."""

    def __init__(self) -> None:
        self._indexes: dict[str, LockfileIndex | None] = {}

    def line(self, lockfile: str, name: str, version: str) -> int | None:
        if lockfile not in self._indexes:
            try:
                self._indexes[lockfile] = LockfileIndex(Path(lockfile).read_text(encoding="utf-8", errors="replace"))
            except OSError:
                self._indexes[lockfile] = None
        index = self._indexes[lockfile]
        return index.line(name, version) if index is not None else None
