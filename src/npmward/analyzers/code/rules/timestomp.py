from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import writes_file
from ..view import FileView
from . import rule

RESTORED = re.compile(r"\butimes(?:Sync)?\(\s*([\w$.\[\]]{1,80})\s*,\s*([\w$]{1,40})\.atime\w*\s*,\s*\2\.mtime")
"""`fs.utimesSync(abs, st.atime, st.mtime)`: a path given back the times of a stat object."""


@rule("timestomp", title="Rewrites a file and puts its old timestamps back",
      description="Reads a file's times (`st = fs.statSync(p)`), writes the file, then sets the old times again "
                  "(`fs.utimesSync(p, st.atime, st.mtime)`): the change is hidden from build caches, `ls -l` and "
                  "reviewers (SolarWinds' SUNSPOT swapped sources during builds and kept their timestamps). Critical "
                  "when what is written holds data the package decodes, or at install; high otherwise. Copying a file's times to "
                  "its copy (`utimes(dest, srcStat.atime, srcStat.mtime)`, as fs-extra preserves timestamps) is not it.",
      category="obfuscation", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"utimes" not in view.text:
        return
    for f in view.all:
        match = RESTORED.search(f.snippet) if f.kind == "call" and "utimes" in f.value else None
        if match is None:
            continue
        target, stat = (re.escape(g) for g in match.groups())
        same = [g for g in view.all if g.scope == f.scope and g.line <= f.line]
        # (`st = fs.statSync(p)`, `st = had ? statSync(p) : null`)
        stated = any(re.search(rf"\b{stat}\s*=\s*[^;\n]{{0,40}}?\b(await\s+)?[\w$.]*stat\w*\(\s*{target}\s*[,)]", g.snippet) for g in same)
        # (the path written may be the same variable rewritten in place: `writeFileSync(file.replace(/\.json5$/, …), …)`)
        write = next((g for g in same if writes_file(g) and re.search(rf"\(\s*{target}\s*(,|\.replace\()", g.snippet)), None)
        if not stated or write is None:
            continue
        hidden = bool(view.labels(write) & (F.DECODED | F.UNPACKED))
        level = view.level(f)
        # (or at install: no installer needs the files it rewrites to look untouched; blind set 34's JDK locator
        # rewrote the build files of the user's NetBeans projects that way)
        grave = hidden or level == "install"
        yield view.finding("timestomp", S.CRITICAL if grave else S.HIGH, C.HIGH if grave else C.MEDIUM, "obfuscation",
                           "Writes a file and puts its old timestamps back, so the change does not show"
                           + (", writing data it decodes" if hidden else "") + f", {view.when_text(level)}.", f, level)
        return
