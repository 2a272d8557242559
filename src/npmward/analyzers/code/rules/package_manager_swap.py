"""A project's `packageManager` field pointed at a URL: Corepack downloads the package manager the field names and runs
it for every `yarn`/`pnpm` command in the project, and it accepts a tarball URL in place of a version. Tools that pin
the field write a version (`yarn@4.5.0+sha512.…`); one that writes a host of its own hands every later install to the
author's build (blind set 40: a `yarn doctor` CLI whose fix pins a hex-hidden CDN's "tested" Yarn)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

WORDS = any_word(b"packageManager")
SPEC_FROM_URL = re.compile(r"^(yarn|pnpm|npm|bun)@(https?://|\$\{\*\})")
"""A package manager's spec built in the file from a URL or a value spliced in (`yarn@${RELEASE}${version}.tgz`): a
spec copied from another manifest (nx's `packageJson.packageManager = root.packageManager`) is the project's own."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM),
            deferred=(S.HIGH, C.MEDIUM))


@rule("package-manager-swap", title="Points the project's packageManager at a download",
      description="Code that sets a manifest's `packageManager` (what Corepack downloads and runs for every `yarn` or "
                  "`pnpm` in the project) to a spec it builds from a URL (`yarn@https://…`, `yarn@${base}…`) on a host "
                  "the package names, not the npm registry: "
                  "high; critical when the host is hidden (decoded at run time), or at install or load.",
      category="supply-chain", consumes=("assign",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS) or not any(SPEC_FROM_URL.match(f.value) for f in view.of_kind("string")):
        return
    for f in view.of_kind("assign"):
        if not f.value.endswith((".packageManager", "['packageManager']", '["packageManager"]')):
            continue
        labels = view.facts.fact_labels(f)
        if not labels & F.REMOTE:
            continue  # (a version, or a tarball on the registry)
        level = view.level(f)
        severity, confidence = view.grade(GRID, level)
        hidden = bool(labels & F.DECODED)
        if hidden:
            severity, confidence = S.CRITICAL, C.HIGH
        yield view.finding("package-manager-swap", severity, confidence, "supply-chain",
                           f"Sets the project's packageManager ({f.value}) to a download from a host the package "
                           f"{'hides' if hidden else 'names'}, {view.when_text(level)}: Corepack runs that build for "
                           "every yarn or pnpm command in the project.", f, level)
        return
