"""An Electron app's security fuses set to their unsafe side by a dependency of its build. Fuses are switches compiled
into the app's binary: `RunAsNode` lets anyone run the signed app as a bare Node (`ELECTRON_RUN_AS_NODE=1`, the way
infostealers borrow a trusted binary), `EnableNodeOptionsEnvironmentVariable` and `EnableNodeCliInspectArguments` let
them inject code into it, and turning off `EnableEmbeddedAsarIntegrityValidation`, `OnlyLoadAppFromAsar` or
`EnableCookieEncryption` lets its code be swapped or its cookies be read. An app's own build chooses its fuses; a
packaging hook or plugin that hard-codes the unsafe side ships every user of the app a weaker binary."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

UNSAFE = re.compile(r"\bFuseV1Options\.(?P<on>RunAsNode|EnableNodeOptionsEnvironmentVariable|EnableNodeCliInspectArguments)"
                    r"\s*\]\s*:\s*true\b|\bFuseV1Options\.(?P<off>EnableEmbeddedAsarIntegrityValidation|OnlyLoadAppFromAsar|"
                    r"EnableCookieEncryption)\s*\]\s*:\s*false\b")
ENOUGH = 2
"""Fuses set to their unsafe side, written as constants: one alone is an app's own choice (a tool that needs
`RunAsNode` for its helper process)."""


@rule("fuse-downgrade", title="Sets an Electron app's security fuses to their unsafe side",
      description="A call of `@electron/fuses`' `flipFuses` in a package (an electron-builder `afterPack` hook, a "
                  "packaging plugin) whose options write at least two fuses to their unsafe side as constants "
                  "(`RunAsNode`, `EnableNodeOptionsEnvironmentVariable`, `EnableNodeCliInspectArguments` on; "
                  "`EnableEmbeddedAsarIntegrityValidation`, `OnlyLoadAppFromAsar`, `EnableCookieEncryption` off): every "
                  "user of the app gets a binary anyone can run as Node, inject code into, or read the cookies of. "
                  "High; an app's build that passes its own configured fuses through is not it.",
      category="tampering", consumes=("call",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if b"flipFuses" not in view.text or b"FuseV1Options" not in view.text:
        return
    flip = next((f for f in view.of_kind("call") if f.value.endswith("flipFuses")), None)
    if flip is None:
        return
    unsafe = sorted({m.group("on") or m.group("off") for m in UNSAFE.finditer(view.text.decode("utf-8", "replace"))})
    if len(unsafe) < ENOUGH:
        return
    yield view.finding("fuse-downgrade", S.HIGH, C.MEDIUM, "tampering",
                       f"Sets the Electron app's security fuses to their unsafe side ({', '.join(unsafe)}), "
                       f"{view.run_text(flip)}: the app it builds can be run as Node, injected into or read.", flip,
                       view.level(flip))
