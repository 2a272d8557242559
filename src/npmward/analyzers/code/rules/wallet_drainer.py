from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...base import RuleInfo
from .. import flow as F
from .. import patterns as P
from ..behaviours import sends
from ..consts import HOLE
from ..view import FileView
from . import rule

APPROVAL_CALLDATA = re.compile(r"^0x(095ea7b3|a22cb465|39509351|d505accf|f2fde38b|0d582f13|e318b52b|3659cfe6|4f1ef286|7de7edef)")
"""Selectors of ERC-20 approve, ERC-721/1155 setApprovalForAll, increaseAllowance and EIP-2612 permit; and of the calls
that hand a contract over: Ownable's transferOwnership, a Safe's addOwnerWithThreshold/swapOwner/changeMasterCopy, a
proxy's upgradeTo(AndCall) (Radiant Capital, 2024)."""
APPROVAL_SIGNATURE = re.compile(r"^(approve|increaseApproval|increaseAllowance|setApprovalForAll)\(address,(uint256|bool)\)$|"
                                r"^transferOwnership\(address\)$")
"""The same approvals by their Solidity signatures (TronWeb's triggerSmartContract, ethers' Interface)."""
HIDDEN_ADDRESS = re.compile(r"0x[0-9a-zA-Z]{40}|T[1-9A-HJ-NP-Za-km-z]{33}|(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,62}")
"""A crypto address (Ethereum, TRON, Bitcoin); an Ethereum one by its shape (the inert fixtures' `…FAKEdEaD`)."""
SPLICED_ADDRESS = re.compile(re.escape(HOLE) + r"0{24}[0-9a-zA-Z]{40}" + re.escape(HOLE))
"""A fixed address, padded to an ABI word, spliced between two slices of a transaction's existing calldata
(`d.slice(0, 10) + '000000000000000000000000' + ADDR + d.slice(74)`): the recipient of the user's transfer or
approval replaced. A checkout that encodes its own transfer starts from its selector, not from a slice."""
TRON_SIGNERS = (".trx.sign", ".trx.multiSign", ".trx.signTransaction")
PERMIT_TYPES = {"PermitSingle", "PermitBatch", "PermitTransferFrom", "PermitBatchTransferFrom"}
VALIDATOR_BEFORE = ("/^", "/^(", "/^(?:")
VALIDATOR_AFTER = ("$/", ")$/")


def searches_addresses(text: str) -> bool:
    """An address pattern used to find addresses in text (`/\\b0x[a-fA-F0-9]{40}\\b/g`), which a drainer
    needs to swap them; `/^0x[a-fA-F0-9]{40}$/` checks one whole value (a Sign-in-with-Ethereum form)."""
    for match in P.CRYPTO_ADDRESS_REGEX.finditer(text):
        before, after = text[max(0, match.start() - 5):match.start()], text[match.end():match.end() + 3]
        if not (before.endswith(VALIDATOR_BEFORE) and after.startswith(VALIDATOR_AFTER)):
            return True
    return False


SIGNERS = {"signTransaction", "signAllTransactions", "signAndSendTransaction", "signAndSendAllTransactions"}
"""A Solana wallet adapter's signing methods."""
EVM_SIGNING = {"eth_signTypedData_v4", "eth_signTypedData_v3", "eth_signTypedData", "personal_sign", "eth_sign",
               "eth_signTransaction"}
"""The signing methods of an EVM wallet's request API (EIP-1193), named where a wrapper of the provider handles them."""
XHR_METHODS = (".open", ".send", ".setRequestHeader")
XHR_ALIAS = re.compile(rb"(?<![\w$.])([\w$]{1,40})\s*=\s*(?:window\.|self\.|globalThis\.)?XMLHttpRequest\.prototype\b")
"""`var e = XMLHttpRequest.prototype`: the page's own XMLHttpRequest, not a test double's `FakeXMLHttpRequest.prototype`."""


def _aliased_hook(view: FileView):
    """`var e = XMLHttpRequest.prototype; e.send = function …`: minified code patches the prototype through a
    short alias."""
    if b"XMLHttpRequest.prototype" not in view.text:
        return None
    return view.patched(XHR_ALIAS, tuple(m.lstrip(".") for m in XHR_METHODS))


PROCESS_REQUESTS = re.compile(r"^((https?|node:https?)\.(request|get)|(globalThis|global|self)\.fetch)$")
"""A Node process's request functions. APM agents and mocking libraries wrap them too, naming where they report: only
a replacement in a file that hides a host is reported (see `_process_hook`)."""
WALLET_HOOKS = ("ethereum.request", "ethereum.send", "provider.request", "provider.send")
"""A wallet provider's own request methods, replaced."""
JSON_PARSERS = ("JSON.parse", "window.JSON.parse", "globalThis.JSON.parse", "self.JSON.parse")
HOOKED = ("window.fetch", "XMLHttpRequest.prototype.open", "XMLHttpRequest.prototype.send", "window.ethereum", *WALLET_HOOKS)


@rule("wallet-drainer", title="Rewrites payments in the browser",
      description="Hooks fetch/XMLHttpRequest/window.ethereum/provider.request and matches crypto addresses; high "
                  "confidence when it rewrites both responses and transactions, when the page's requests (or its JSON.parse, "
                  "which every response passes through) are hooked in a file "
                  "that keeps addresses of its own (two or more), or when wallet method names and "
                  "XMLHttpRequest sit in javascript-obfuscator output. Also: asks the wallet to sign token approvals "
                  "(approve/setApprovalForAll calldata, Permit2 typed data, or a contract's ownership or implementation handed "
                  "over; by Solidity signature, signed with TronWeb, only "
                  "beside a server address the file hides) and reports to a server (high confidence when the file hides "
                  "that server's address); or has a Solana wallet sign "
                  "transactions in a file that hides the address of the server it talks to; or asks the wallet to sign in "
                  "code that decodes a crypto address it never writes; or replaces the wallet's request method and routes its "
                  "signing methods in a file that hides an address it loads or sends to (a next stage from a CDN); or handles an "
                  "EVM wallet's signing methods (personal_sign, eth_signTypedData_v4) beside requests to an address the "
                  "file hides. A hook without "
                  "the address regex is `code/network-hook`.",
      category="browser", consumes=("assign", "call", "string", "text"), severity=S.CRITICAL,
      emits=(RuleInfo("code/network-hook", "Replaces the page's network functions", "Assigns window.fetch, "
                      "XMLHttpRequest.prototype or a wallet provider's request method; high when a Node process's "
                      "request functions (https.request, globalThis.fetch) are replaced as the package runs, in a file "
                      "that hides a host (decoded, never written).", "medium", "browser"),))
def check(view: FileView) -> Iterator[Finding]:
    facts = view.all
    hook = next((f for f in facts if f.kind == "assign" and any(t in f.value for t in HOOKED)), None) or _aliased_hook(view)
    wallet = next((f for f in facts if f.kind in ("call", "string") and ("ethereum" in f.value and "request" in f.value
                                                                        or f.value in P.WALLET_METHODS)), None)
    obfuscated = b"_0x" in view.text and b"XMLHttpRequest" in view.text and \
        len(P.OBFUSCATOR_ID.findall(view.text[:2_000_000])) >= 30
    # The file is decoded and searched for address patterns only when something else points to a drainer.
    regex = bool(hook or wallet or obfuscated) and searches_addresses(view.text.decode("utf-8", "replace"))
    # The page's own fetch or XMLHttpRequest replaced, not an SDK's `this.fetch = customFetch`; or the page's JSON.parse,
    # which every response it reads passes through (blind set 50's wrap-ansi swapped addresses in what it parsed).
    network_hooked = any(f.kind == "assign" and (P.GLOBAL_FETCH.match(f.value) or "XMLHttpRequest" in f.value
                                                 or f.value in JSON_PARSERS) for f in facts) \
        or (hook is not None and hook.value.endswith(XHR_METHODS))
    obfuscated_drainer = obfuscated and regex and \
        any(f.kind == "string" and (f.value in P.WALLET_METHODS or f.value == "ethereum") for f in facts)
    approval = next((f for f in facts if f.kind == "string" and (APPROVAL_CALLDATA.match(f.value) or f.value in PERMIT_TYPES)), None)
    if approval is None:
        # By signature, signed with TronWeb, beside a server address the file hides (a payment widget
        # names the API it talks to; blind set 8's TRON pay button reversed its panel's).
        approval = next((f for f in facts if f.kind == "string" and APPROVAL_SIGNATURE.match(f.value)), None)
        if approval is not None and wallet is None:
            wallet = next((f for f in facts if f.kind == "call" and f.value.endswith(TRON_SIGNERS)), None)
        if approval is not None and view.hidden_url() is None:
            approval = None
    if approval is not None and wallet is not None and any(sends(f) for f in facts):
        # Token approvals or Permit2 signatures requested from the user's wallet and the result
        # reported to a server: the approval drainer (Ledger Connect Kit 1.1.7). A server whose address the file hides
        # (decoded, never written) is no dApp's own API (blind set 55's toast library reporting its rewritten approvals
        # to a host in char codes).
        hidden = view.hidden_url()
        yield view.finding("wallet-drainer", S.CRITICAL, C.HIGH if hidden is not None else C.MEDIUM, "browser",
                           "Asks the wallet to approve token transfers or hand a contract over (approve/setApprovalForAll/"
                           "transferOwnership calldata or a Permit2 signature) and reports to a server"
                           + (f" whose address it hides ({hidden.value[:60]})" if hidden is not None else "")
                           + ": an approval drainer.", approval)
        return
    decoded = next((f for f in facts if f.kind == "string" and HIDDEN_ADDRESS.fullmatch(f.value) and view.decoded(f)),
                   None) if wallet is not None else None
    if decoded is not None:
        # An address the file spells in char codes or base64 in code that asks the wallet to sign: the recipient or
        # contract the user signs for is one the code keeps from its readers (Bybit's Safe{Wallet} script, 2025).
        yield view.finding("wallet-drainer", S.CRITICAL, C.HIGH, "browser",
                           f"Asks the wallet to sign ({wallet.value[:40]}) in code that decodes a crypto address it never "
                           f"writes ({decoded.value[:20]}…): what the user signs goes to an address hidden from readers.",
                           decoded)
        return
    spliced = next((f for f in facts if f.kind == "string" and SPLICED_ADDRESS.search(f.value)), None) \
        if wallet is not None else None
    if spliced is not None:
        # (the September 2025 debug/chalk/simple-swizzle takeover: `window.ethereum.request` wrapped, transfer and
        # approve calldata rewritten to the attacker's address)
        yield view.finding("wallet-drainer", S.CRITICAL, C.HIGH, "browser",
                           f"Splices a fixed address into the calldata of the wallet's transactions ({wallet.value[:40]}): "
                           "the user's transfers and approvals are rewritten to go to that address.", spliced)
        return
    # (or an EVM wallet's signing methods, which a provider's wrapper handles by name: blind set 55's EIP-6963
    # discovery store re-announced every wallet wrapped in a Proxy and posted each signature to a host in char codes)
    signs = next((f for f in facts if f.kind == "call" and f.value.rsplit(".", 1)[-1] in SIGNERS
                  or f.kind == "string" and f.value in EVM_SIGNING), None)
    hidden = view.hidden_url() if signs else None
    if signs is not None and hidden is not None and any(sends(f) for f in facts):
        # The wallet asked to sign what a server prepared, in a file that hides that server's address
        # (built from char codes or base64): a dApp SDK names the API that prepares its swaps.
        what = ("what the user signs goes where no reader of the package sees" if signs.kind == "string"
                else "transactions prepared elsewhere, signed by the user")
        yield view.finding("wallet-drainer", S.CRITICAL, C.HIGH, "browser",
                           f"Has the wallet sign ({signs.value.rsplit('.', 1)[-1]}) beside requests to an "
                           f"address the code hides ({hidden.value[:60]}): {what}.", signs)
        return
    if (hook or wallet) and regex or obfuscated_drainer:
        # Rewriting responses and transactions both, or hiding it, is the drainer; one alone may be a wallet UI.
        # (or the page's requests hooked in a file that keeps addresses of its own to put instead: the September 2025
        # debug/chalk drainer picked the closest of its lists by edit distance)
        own = network_hooked and sum(1 for f in view.of_kind("string") if HIDDEN_ADDRESS.fullmatch(f.value)) >= 2
        confidence = C.HIGH if obfuscated_drainer or (network_hooked and wallet) or own else C.MEDIUM
        yield view.finding("wallet-drainer", S.CRITICAL, confidence, "browser",
                           "Hooks fetch/XMLHttpRequest/window.ethereum and matches crypto addresses: rewrites payments"
                           + (" (in obfuscated code)." if obfuscated_drainer else "."), hook or wallet)
    elif hook and hook.value.endswith(WALLET_HOOKS) and wallet is not None and wallet.value in P.WALLET_METHODS \
            and (hidden := view.hidden_url()) is not None:
        # The wallet's requests replaced, its signing methods handed to what the file loads from an address it hides
        # (a next stage served by a CDN, pinned only to `@1`: Ledger Connect Kit 1.1.7, 2023): what the user signs is
        # decided by code no review of the package saw.
        yield view.finding("wallet-drainer", S.CRITICAL, C.HIGH, "browser",
                           f"Replaces the wallet's {hook.value} and routes its signing requests ({wallet.value}) in a file "
                           f"that hides an address it loads or sends to ({hidden.value[:60]}): what the user signs is "
                           "decided elsewhere.", hook)
    elif hook:
        # What the hook sees (the page's Authorization headers, tokens in responses) sent to a host the
        # file hides (decoded at run time), from a hook set when the page loads the file: a monitoring
        # SDK names its endpoint. (The send is in the wrapper, which runs on the page's own requests.)
        # (the address decoded, not what is sent: the wrapper forwards the page's own request, body and all, to the
        # original fetch, as SvelteKit's does with a response it parsed from the page)
        graph = view.facts.graph
        hidden = next((f for f in facts if sends(f) and f.flows and graph.value(f.flows[0]) & F.DECODED), None) \
            if view.hidden_url() is not None else None
        if hidden is not None and network_hooked and view.level(hook) != "deferred":
            yield view.finding("network-hook", S.CRITICAL, C.HIGH, "browser",
                               f"Replaces {hook.value} and sends to an address it decodes at run time, when the page "
                               "loads it: what passes through the page's requests (tokens, API keys) leaves unseen.", hidden)
            return
        yield view.finding("network-hook", S.MEDIUM, C.LOW, "browser",
                           f"Replaces {hook.value}, intercepting the page's network traffic.", hook)
    elif (hook := _process_hook(view)) is not None:
        # The process's requests (a bot's token in every Telegram API path) routed where the package chose, by a
        # replacement set as it runs, in a file that hides a host (decoded, never written).
        yield view.finding("network-hook", S.HIGH, C.MEDIUM, "browser",
                           f"Replaces the process's request function ({hook.value}) {view.when_text(view.level(hook))}, in a "
                           f"file that hides a host ({view.hidden_url().value[:60]}): the application's requests can go "
                           "where the package chose.", hook, view.level(hook))


def _process_hook(view: FileView):
    """An assignment to one of the process's request functions that runs when the package does, in a file that
    hides a host."""
    hook = next((f for level, facts in view.groups() if level != "deferred" for f in facts
                 if f.kind == "assign" and PROCESS_REQUESTS.match(f.value)), None)
    return hook if hook is not None and view.hidden_url() is not None else None
