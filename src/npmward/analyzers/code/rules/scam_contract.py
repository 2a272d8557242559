"""A Solidity contract the package ships that sends its whole balance to an address it computes in hiding: the
"MEV / front-running bot" scam, whose victims deploy and fund it themselves."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView, line_at
from . import rule

PURE_ADDRESS = re.compile(rb"function\s+(\w+)\s*\([^)]*\)[^{;]*?\bpure\b[^{;]*?returns\s*\(\s*address(\s+payable)?\s*\)")
"""A function that returns an address made from constants only: no storage (not an owner set at deployment)."""
BALANCE_TO = rb"(?:payable\(\s*%s\(\)\s*\)\.(?:transfer|send)\(\s*address\(this\)\.balance|%s\(\)\.call\{\s*value\s*:\s*address\(this\)\.balance)"
MAX_BYTES = 500_000
TEMPLATES = (".tpl", ".hbs", ".ejs", ".template", ".mustache")
"""Templates a generator renders into the user's contracts/ (a `.sol.tpl`)."""
TRANSFER_PATH = re.compile(rb"function\s+(_update|_transfer|_beforeTokenTransfer|_afterTokenTransfer|transfer|transferFrom)\s*\(")
DEX_ERROR = re.compile(rb"""(require\s*\([^;]{0,400}?|revert\s*\(\s*)["'](?P<error>(UniswapV2|UniswapV3|Pancake|PancakeSwap|SushiSwap|"""
                       rb"""TransferHelper)\w*:[^"']{0,60})["']""")
"""A revert message of a DEX's own contracts (`UniswapV2: K`, `TransferHelper: TRANSFER_FROM_FAILED`)."""


@rule("scam-contract", title="Ships a contract that drains itself to a hidden address",
      description="A Solidity file (or a template of one) of the package whose token transfers revert with a DEX's "
                  "own error (`UniswapV2: K` in `_update`): a honeypot. Or one that sends the contract's whole balance (`transfer(address(this).balance)`, "
                  "`call{value: address(this).balance}`) to the address a `pure` function computes from constants (hex "
                  "fragments parsed, two numbers XOR-ed): whoever deploys and funds it pays an address the source never "
                  "writes. The fake MEV and front-running bots of 2022-2025 are this. A withdrawal to the owner, or to a "
                  "recipient kept in storage, is not.",
      category="wallet", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.files):
        text = package.files[path]
        if len(text) > MAX_BYTES or not (path.endswith(".sol") or (path.endswith(TEMPLATES) and b"pragma solidity" in text)):
            continue
        fake = _fake_dex_error(text)
        if fake is not None:
            line = line_at(text, fake.start())[0]
            yield Finding("code/scam-contract", S.CRITICAL, C.MEDIUM, "wallet",
                          f"Ships a token whose transfers revert with a DEX's error ({fake.group('error').decode()!r}): "
                          "sells fail as if the swap were bad, a honeypot that lets buyers in and no one out.",
                          path, line, fake.group(0).decode("utf-8", "replace")[:200], {"when": "deferred"})
            return
        if b"address(this).balance" not in text:
            continue
        for match in PURE_ADDRESS.finditer(text):
            name = re.escape(match.group(1))
            drain = re.search(BALANCE_TO % (name, name), text)
            if drain is not None:
                line = text.count(b"\n", 0, drain.start()) + 1
                yield Finding("code/scam-contract", S.CRITICAL, C.HIGH, "wallet",
                              f"Ships a contract that sends its whole balance to the address {match.group(1).decode()}() "
                              "computes from constants: whoever deploys and funds it pays an address the source hides.",
                              path, line, drain.group(0).decode("utf-8", "replace")[:200], {"when": "deferred"})
                return


def _fake_dex_error(text: bytes) -> re.Match | None:
    """A DEX's revert message in a token's own transfer path (its `_update`/`_transfer` body, up to the next function):
    the token fails a sell with the pool's error, so the buyer blames the swap. The DEX's own pair contract raises it in
    `swap`, not in a token's transfer."""
    for start in TRANSFER_PATH.finditer(text):
        end = text.find(b"function ", start.end())
        fake = DEX_ERROR.search(text, start.end(), end if end != -1 else len(text))
        if fake is not None:
            return fake
    return None
