"""A wallet emptied from Node: the package reads the balance of a wallet the user hands it (a trading bot's keypair, a
deployer's signer) and sends that balance, or most of it, to an address written in the package. Drainers of 2024-2026
hid this in Solana sniper kits and EVM deploy helpers, as a "fee vault warm-up" or a "gas top-up"."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"getBalance")
TRANSFERS = ("SystemProgram.transfer", ".sendTransaction", "createTransferInstruction", "createTransferCheckedInstruction")
"""Calls that move funds: a Solana system transfer or SPL token transfer instruction, an EVM signer's transaction."""
ADDRESS = re.compile(r"^(0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$")
"""An EVM address, or a Solana public key in base58 (the fixtures' `FAKE…` keys are base58 too)."""


def _short(callee: str) -> str:
    return next(t for t in TRANSFERS if callee.endswith(t)).lstrip(".")


def _recipients(view: FileView, scope: int | None) -> list[str]:
    """Addresses written in the package that the function `scope` names: `new PublicKey('…')` with a constant, or an
    address string."""
    found = [f.args[0] for f in view.of_kind("new") if f.scope == scope and f.value.endswith("PublicKey")
             and f.args and f.args[0] and ADDRESS.match(f.args[0])]
    return found + [f.value for f in view.of_kind("string") if f.scope == scope and ADDRESS.match(f.value)]


WITHDRAWALS = {"withdraw", "withdrawApply", "createWithdrawal"}
"""An exchange client's withdrawal methods (a hand-written Binance client's, ccxt's)."""
ADDRESS_IN_CALL = re.compile(r"""address\s*:\s*['"](0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})['"]""")
"""An address written in a withdrawal's options (an EVM or a TRON address)."""
RECIPIENT_NAME = re.compile(r"\b(?:toPubkey|to|destination)\s*:\s*([A-Za-z_$][\w$]*)\b")
"""The name a transfer's recipient field is given (`toPubkey: RELAYER`)."""
TRANSFER_SPAN = 6
"""Lines of a transfer's options looked at for its recipient."""


def _imported_recipients(view: FileView, transfer) -> list[str]:
    """Addresses the transfer's recipient is bound to in a module of the package this file requires (`toPubkey:
    RELAYER`, with constants.js's `const RELAYER = new PublicKey('…')`): the author's address, kept apart."""
    lines = view.text.split(b"\n")[transfer.line - 1:transfer.line - 1 + TRANSFER_SPAN]
    names = {m.group(1) for m in RECIPIENT_NAME.finditer(b"\n".join(lines).decode("utf-8", "replace"))}
    if not names:
        return []
    return [f.args[0] for _, other in view.required_files() for f in other.facts
            if f.kind == "new" and f.scope is None and f.value.endswith("PublicKey") and f.args and f.args[0]
            and ADDRESS.match(f.args[0]) and any(re.search(rf"\b{re.escape(n)}\s*=", f.snippet) for n in names)]


def _withdraws_to_own_address(view: FileView):
    """An exchange API's withdrawal (`spot.withdraw({coin, network, address, amount})`, ccxt's `exchange.withdraw(code,
    amount, address)`) given an address decoded from the package's constants or written in it: a trading tool withdraws
    to the address its user configures."""
    if b"withdraw" not in view.text:
        return None
    for f in view.of_kind("call"):
        if f.value.rsplit(".", 1)[-1] in WITHDRAWALS and "." in f.value and (
                view.facts.fact_labels(f) & F.UNPACKED or any(ADDRESS.match(a) for a in f.args if isinstance(a, str))
                or ADDRESS_IN_CALL.search(f.snippet)):
            return f
    return None


@rule("balance-sweep", title="Sends a wallet's balance to an address in the package",
      description="A wallet's balance read (`getBalance`) flowing into a transfer (Solana's SystemProgram.transfer or a "
                  "token transfer instruction, an EVM signer's sendTransaction) to an address written in the package (in the "
                  "transfer's function, or bound in a module the file requires, `toPubkey: RELAYER`): "
                  "the user's funds swept to the author. Critical when it runs at install, at load or in code the "
                  "application runs. Also an exchange API's withdrawal (`spot.withdraw({address, amount})`) to an address the "
                  "package decodes from its own constants or writes: the account whose API key the user configured, "
                  "emptied. A wallet or trading tool sends to the address its user gives; a fixed tip or fee is a "
                  "constant amount, not the balance.",
      category="wallet", consumes=("call", "new", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    withdrawal = _withdraws_to_own_address(view)
    if withdrawal is not None:
        yield view.finding("balance-sweep", *view.unmistakable(withdrawal), "wallet",
                           f"Withdraws from the exchange account whose API key it is given ({withdrawal.value}) to an "
                           f"address the package decodes from its own constants or writes, {view.run_text(withdrawal)}.",
                           withdrawal, view.level(withdrawal))
        return
    if not view.mentions(GATE):
        return
    balances = [f for f in view.of_kind("call") if f.value.endswith("getBalance")]
    for transfer in (f for f in view.of_kind("call") if f.value.endswith(TRANSFERS)):
        recipients = _recipients(view, transfer.scope) or _imported_recipients(view, transfer)
        if recipients and any(view.feeds(b, transfer) for b in balances):
            yield view.finding("balance-sweep", *view.unmistakable(transfer), "wallet",
                               f"Reads a wallet's balance and transfers it ({_short(transfer.value)}) to "
                               f"an address written in the package ({recipients[0][:12]}…), {view.run_text(transfer)}.",
                               transfer, view.level(transfer))
            return
