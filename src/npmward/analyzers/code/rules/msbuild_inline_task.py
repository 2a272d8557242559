"""An MSBuild project with an inline task that downloads code and loads or starts it. MSBuild compiles and runs the C#
of a `<UsingTask TaskFactory="CodeTaskFactory">` when it builds the project: a signed Microsoft binary that runs any
code it is handed (MITRE T1127.001, used by loaders since 2017). A package that ships such a project, as a file or as a
base64 constant it writes out, and whose task fetches bytes and hands them to `Assembly.Load` or `Process.Start`,
installs a loader behind the build tool (blind set 43's MSBuild runner and MSVC detector)."""

from __future__ import annotations

import base64
import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..strings import decode_b64
from ..view import PackageView, line_at
from . import rule

INLINE_TASK = re.compile(r"""TaskFactory\s*=\s*["'](?:Roslyn)?CodeTaskFactory["']""")
DOWNLOADS = re.compile(r"\b(?:WebClient|HttpClient|WebRequest|HttpWebRequest)\b|\.Download(?:Data|String|File)\b")
RUNS = re.compile(r"\bAssembly\.(?:Load|LoadFrom|LoadFile)\s*\(|\bProcess\.Start\s*\(|\bActivator\.CreateInstance\s*\(")
ENCODED_MARKS = tuple(base64.b64encode(b"x" * pad + b"CodeTaskFactory")[4:16].decode() for pad in range(3))
"""Parts of `CodeTaskFactory` in base64 at each of the three alignments: a project kept as a base64 constant."""
BASE64 = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")


@rule("msbuild-inline-task", title="Ships an MSBuild inline task that downloads and runs code",
      description="An MSBuild project of the package (a .proj/.targets/.csproj/.xml file, or a base64 constant of its "
                  "code) with an inline task (`TaskFactory=\"CodeTaskFactory\"` or `RoslynCodeTaskFactory`) whose C# "
                  "downloads (WebClient, HttpClient, WebRequest) and loads or starts what it gets (`Assembly.Load`, "
                  "`Process.Start`): a loader run by a signed Microsoft binary when the project is built. Critical. "
                  "Inline tasks that copy files or stamp versions download nothing.",
      category="dropper", consumes=("files", "string"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.files.items():
        if b"CodeTaskFactory" in data and len(data) < 2_000_000:
            text = data.decode("utf-8", "replace")
            if (found := _loader(text)) is not None:
                yield _finding(path, line_at(data, found)[0], "ships")
                return
        if any(mark.encode() in data for mark in ENCODED_MARKS) and len(data) < 2_000_000:
            for blob in BASE64.finditer(data.decode("utf-8", "replace")):
                decoded = decode_b64(blob.group(0))
                if decoded is not None and _loader(decoded) is not None:
                    yield _finding(path, line_at(data, blob.start())[0], "carries, as base64,")
                    return


def _loader(text: str) -> int | None:
    """The offset of an inline task whose code downloads and loads or starts what it got."""
    task = INLINE_TASK.search(text)
    if task is None or DOWNLOADS.search(text, task.end()) is None or RUNS.search(text, task.end()) is None:
        return None
    return task.start()


def _finding(path: str, line: int, how: str) -> Finding:
    return Finding("code/msbuild-inline-task", S.CRITICAL, C.HIGH, "dropper",
                   f"{path} {how} an MSBuild project whose inline task downloads code and loads or starts it: a loader "
                   "that MSBuild, a signed Microsoft binary, compiles and runs when the project is built.",
                   path, line, None, {"when": "build"})
