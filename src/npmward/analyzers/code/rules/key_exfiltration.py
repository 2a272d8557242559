from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView, Grid
from . import rule
from ._chain import sinks, to_metadata, to_registry_only

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.HIGH), deferred=(S.HIGH, C.MEDIUM))
"""A wallet library's function that sends the key it is given: every caller loses the key, so it
weighs even inside a function (the @solana/web3.js 1.95.6 compromise)."""


@rule("key-exfiltration", title="Private key or seed phrase sent off the machine",
      description="A value named like a private or secret key, a seed or a mnemonic (a parameter, a property or a "
                  "variable), or a Telegram client's saved StringSession (`client.session.save()`, the account's login), reaches a "
                  "network call, request write or DNS lookup; so does a parameter the function hands to what takes a seed "
                  "phrase or a key (bip39's validateMnemonic, mnemonicToSeedSync, fromSecretKey), whatever its name. Inside a library function too: a "
                  "wallet library has no reason to send a key anywhere (critical in a function the application calls).",
      category="exfiltration", consumes=("flows", "call", "new"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for sink in sinks(view):
        if not sink.labels & (F.KEY_MATERIAL | F.KEY_HOLDER) or to_registry_only(sink) or to_metadata(view, sink):
            continue
        severity, confidence = view.grade(GRID, sink.level)
        when = view.when_text(sink.level)
        if sink.level == "deferred" and view.called_by_app(sink.fact):
            severity, confidence = S.CRITICAL, C.HIGH  # (a function the application calls sends the key it holds: every caller loses it)
            when = view.run_text(sink.fact)
        yield view.finding("key-exfiltration", severity, confidence, "exfiltration",
                           f"Sends a private key, secret key or seed through {sink.how}, {when}.",
                           sink.fact, sink.level, sink=sink.fact.value[:120])
        return
