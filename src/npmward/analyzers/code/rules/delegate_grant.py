"""A trading bot or SDK that makes an account it ships the delegate of the user's trading account: Hyperliquid's
`approveAgent`, Drift's `updateUserDelegate`. A delegate places and cancels orders for the account, so whoever holds
the shipped key trades the user's funds into their own positions (the 2025 Hyperliquid and Drift bot kits). An SDK
hands the caller's agent through; a bot makes its agent wallet on the user's machine. And a Solana Token-2022 mint
made with a permanent delegate the package ships (`createInitializePermanentDelegateInstruction(mint, <shipped key>)`):
that key transfers or burns every holder's tokens, forever (the 2024-2025 token-launcher kits that rug their own
users' buyers)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

GRANTS = re.compile(rb"\.(?:approveAgent|updateUserDelegate|setUserDelegate)\(\s*(?P<who>[A-Za-z_$][\w$]*|['\"`]0x[0-9a-fA-F]{40}['\"`])\s*[,)]")
"""A delegate granted trading authority over the user's account, the delegate first."""
SHIPPED = br"(?:const|let|var)\s+%s\s*=\s*(?:['\"`]|new\s+(?:[\w$]+\.)*PublicKey\(|Buffer\.from\(|atob\(|(?:[\w$]+\.)?(?:getAddress|toChecksumAddress)\(['\"`])"
"""A constant of the package's own: an address written, decoded, or made a key of (`new PublicKey(Buffer.from(…))`)."""


@rule("delegate-grant", title="Makes an account it ships the trading delegate of the user's account",
      description="A call that grants trading authority over the user's account (Hyperliquid's `approveAgent`, Drift's "
                  "`updateUserDelegate`) to an address the package ships: written in the file, or decoded from its "
                  "constants. The delegate trades the account, so its key holder moves the user's funds. Critical when "
                  "the call runs at load or in code the application runs; high otherwise. SDKs pass the caller's agent "
                  "through, and bots make their agent wallet on the user's machine. Also a Token-2022 mint made with a "
                  "permanent delegate that is a key the package ships or decodes (it can move or burn every holder's "
                  "tokens), not the caller's.",
      category="wallet", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b"PermanentDelegate" in text:
        yield from _permanent_delegate(view)
    if b"approveAgent" not in text and b"UserDelegate" not in text:
        return
    for match in GRANTS.finditer(text):
        who = match.group("who")
        shipped = who[:1] in b"'\"`" or re.search(SHIPPED % re.escape(who), text) is not None
        if not shipped:
            continue
        method = match.group(0)[1:].split(b"(", 1)[0].decode()
        line = view.line_at(match.start())[0]
        call = next((f for f in view.of_kind("call") if f.value.endswith("." + method) and f.line == line), None)
        if call is None:
            continue
        yield view.finding("delegate-grant", *view.unmistakable(call), "wallet",
                           f"Makes an address the package ships ({who.decode()[:48]}) the delegate of the user's trading "
                           f"account ({method}), {view.run_text(call)}: its key holder trades the user's funds.",
                           call, view.level(call))
        return


def _permanent_delegate(view: FileView) -> Iterator[Finding]:
    """`createInitializePermanentDelegateInstruction(mint, delegate, programId)` with a delegate written in the file or
    decoded at run time from its constants."""
    graph = view.facts.graph
    for call in view.of_kind("call"):
        if not call.value.endswith("createInitializePermanentDelegateInstruction") or len(call.args) < 2:
            continue
        node = call.flows[1] if len(call.flows) > 1 else None
        if call.args[1] is None and not (node is not None and graph.value(node) & (F.DECODED | F.UNPACKED)):
            continue
        yield view.finding("delegate-grant", *view.unmistakable(call), "wallet",
                           f"Makes a key the package ships the permanent delegate of the token mints it creates, "
                           f"{view.run_text(call)}: that key can transfer or burn every holder's tokens.",
                           call, view.level(call))
        return
