"""An Ethereum node's own accounts unlocked with guessed passwords and emptied through its JSON-RPC."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

METHODS = ("personal_unlockAccount", "eth_sendTransaction", "eth_accounts")
PASSWORDS = {"password", "123456", "12345678", "123456789", "qwerty", "111111", "passw0rd"}
"""Passwords a node's accounts are guessed with (a list in the code, or in the JSON it decodes); with the client's own
names (`geth`, `ethereum`) as further guesses."""
WEAK_WORDS = PASSWORDS | {"geth", "ethereum", "parity"}
WEAK = re.compile(r"\"(" + "|".join(sorted(WEAK_WORDS)) + r")\"")


@rule("node-account-drain", title="Unlocks an Ethereum node's accounts with guessed passwords",
      description="Code that lists an Ethereum node's accounts (eth_accounts), tries personal_unlockAccount with a list of "
                  "weak passwords and sends transactions (eth_sendTransaction): the unlocked-node thefts of 2018 "
                  "(360 Netlab's reports) moved whatever a Geth or Parity node held to the attacker's address. A wallet "
                  "library names these methods; it never guesses the password.",
      category="wallet", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"personal_unlockAccount" not in view.text:
        return
    strings = [f for f in view.of_kind("string")]
    named = {f.value for f in strings if f.value in METHODS}
    if len(named) < len(METHODS):
        return
    # The guesses: two weak passwords among the strings, or two in one (the JSON the code decodes).
    listed = any(f.value in PASSWORDS for f in strings) and len({f.value for f in strings if f.value in WEAK_WORDS}) >= 2 or \
        any(len(f.value) < 2000 and len(found := set(WEAK.findall(f.value))) >= 2 and found & PASSWORDS for f in strings)
    if not listed:
        return
    unlock = next(f for f in strings if f.value == "personal_unlockAccount")
    yield view.finding("node-account-drain", *view.unmistakable(unlock), "wallet",
                       "Lists an Ethereum node's accounts, tries personal_unlockAccount with guessed passwords and sends "
                       f"transactions, {view.run_text(unlock)}: a drain of whatever the node holds.", unlock)

