"""A Solidity contract the package ships that sends its whole balance to an address it computes in hiding: the
"MEV / front-running bot" scam, whose victims deploy and fund it themselves."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView
from . import rule

PURE_ADDRESS = re.compile(rb"function\s+(\w+)\s*\([^)]*\)[^{;]*?\bpure\b[^{;]*?returns\s*\(\s*address(\s+payable)?\s*\)")
"""A function that returns an address made from constants only: no storage (not an owner set at deployment)."""
BALANCE_TO = rb"(?:payable\(\s*%s\(\)\s*\)\.(?:transfer|send)\(\s*address\(this\)\.balance|%s\(\)\.call\{\s*value\s*:\s*address\(this\)\.balance)"
MAX_BYTES = 500_000


@rule("scam-contract", title="Ships a contract that drains itself to a hidden address",
      description="A Solidity file of the package sends the contract's whole balance (`transfer(address(this).balance)`, "
                  "`call{value: address(this).balance}`) to the address a `pure` function computes from constants (hex "
                  "fragments parsed, two numbers XOR-ed): whoever deploys and funds it pays an address the source never "
                  "writes. The fake MEV and front-running bots of 2022-2025 are this. A withdrawal to the owner, or to a "
                  "recipient kept in storage, is not.",
      category="wallet", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.files):
        if not path.endswith(".sol") or len(package.files[path]) > MAX_BYTES:
            continue
        text = package.files[path]
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
