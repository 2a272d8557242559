"""A dapp helper that adds a network to the user's wallet with an RPC endpoint it hides: the wallet then sends every
request of that chain (the user's addresses, balances, the transactions they are about to sign) to the operator's node,
which can answer what it likes (forged balances, a simulation that hides a drain)."""

from __future__ import annotations

from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

ADD_CHAIN = b"wallet_addEthereumChain"


@rule("wallet-rpc-injection", title="Adds a wallet network with an RPC endpoint it hides",
      description="A wallet request `wallet_addEthereumChain` whose parameters carry what the package decodes from its "
                  "own constants at run time (a reversed base64 'load-balanced' RPC map): the endpoint every request of "
                  "that chain then goes to is hidden from its reviewers. Critical in code the application runs. Chain "
                  "switchers add the public endpoints they list in plain text, or the ones their caller passes.",
      category="exfiltration", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if ADD_CHAIN not in view.text:
        return
    request = next((f for f in view.of_kind("call") if f.value.endswith("request") and ADD_CHAIN.decode() in (f.snippet or "")
                    and view.labels(f) & F.UNPACKED), None)
    if request is None:
        return
    yield view.finding("wallet-rpc-injection", *view.unmistakable(request), "exfiltration",
                       f"Adds a network to the user's wallet ({request.value}) with an RPC endpoint it decodes from its own "
                       f"constants: every request of that chain goes to a node its reviewers cannot see, "
                       f"{view.run_text(request)}.", request, view.level(request))
