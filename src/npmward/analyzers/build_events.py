"""The commands of an MSBuild project's build events: Visual Studio runs each `<PreBuildEvent>`, `<PreLinkEvent>` and
`<PostBuildEvent>` `<Command>` and each `<Exec Command="…">` when the project is built. A package that ships a sample
or helper project (`examples/Demo/Demo.vcxproj`) hands whoever opens and builds it those commands: the lure Lazarus
sent security researchers in 2021 was a Visual Studio project whose pre-build event ran a DLL shipped beside it."""

from __future__ import annotations

import html
import re
from typing import Mapping

MAX_PROJECT = 2_000_000
PROJECT = re.compile(r"\.(?:vcxproj|csproj|vbproj|fsproj|proj|targets|props)$", re.I)
EVENT = re.compile(r"<(PreBuildEvent|PreLinkEvent|PostBuildEvent)>\s*<Command>(.*?)</Command>", re.S)
EXEC = re.compile(r"""<Exec\b[^>]*?\bCommand\s*=\s*(["'])(.*?)\1""", re.S)


def build_events(files: Mapping[str, bytes]) -> list[tuple[str, int, str]]:
    """(path, line, command) of each build-event command of the package's MSBuild projects."""
    found = []
    for path in sorted(files):
        data = files[path]
        if not PROJECT.search(path) or not isinstance(data, bytes) or len(data) > MAX_PROJECT \
                or (b"<Command>" not in data and b"<Exec" not in data):
            continue
        text = data.decode("utf-8", "replace")
        for m in [*EVENT.finditer(text), *EXEC.finditer(text)]:
            command = html.unescape(m.group(2)).strip()
            if command:
                found.append((path, text.count("\n", 0, m.start(2)) + 1, command))
    return found
