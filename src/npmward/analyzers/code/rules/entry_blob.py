from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..package import served_files
from ..view import PackageView
from . import rule

DENSE_LINE = 5000
"""A line this long (in a file over 2 KB) is minified or obfuscated."""
BUILD_DIRS = ("dist/", "build/", "umd/", "bundle")
SMALL = 2000
"""Bytes under which a file is too small to call minified."""
SHIM = 200
"""Bytes under which a file is a shim (a bin that requires the real entry), neither plain nor minified."""


def _dense(data: bytes) -> bool:
    return max((len(line) for line in data.split(b"\n")), default=0) > DENSE_LINE and len(data) > SMALL


@rule("entry-blob", title="Minified blob in an otherwise plain package's entry file",
      description="The entry file holds a minified or obfuscated blob while the package's other code files are "
                  "plain: the shape of a trojanized release of a readable library.",
      category="obfuscation", consumes=("files",), severity=S.MEDIUM, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    # (a script CDNs serve to pages, `unpkg`/`jsdelivr`/`browser`, is minified by design: one of the others)
    entry = package.mains - package.install - served_files(package.manifest, package.views)
    code = package.views
    # (a shim says nothing of how the package is built: typescript's two-line bin/tsc)
    others = [p for p in code if p not in entry and len(code[p].text) > SHIM]
    dense_others = sum(1 for p in others if _dense(code[p].text))
    if len(others) < 2 or dense_others > len(others) // 10:
        return
    for path in entry:
        if _dense(code[path].text) and not path.endswith((".min.js",)) and not any(seg in path for seg in BUILD_DIRS):
            yield Finding("code/entry-blob", S.MEDIUM, C.MEDIUM, "obfuscation",
                          "The entry file holds a minified or obfuscated blob while the package's other files are plain.",
                          path, None, None, {"when": "entry"})
