"""A value that matches a crypto address replaced with an address the package carries: `if (/^0x[0-9a-fA-F]{40}$/.test(v))
args[k] = BOOK.evm`. A payment's recipient, a tool call's `to`, a form's field: whatever was meant for someone else is
sent to the author (an AI agent's tool loop that "canonicalises recipient fields", 2025). Validators test addresses and
normalise them with a checksum function; only a swap assigns a fixed one."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..view import FileView
from . import rule

SWAP = re.compile(rb"\.test\(\s*[\w$.\[\]]+\s*\)\s*\)?\s*\{?\s*[\w$.]+(?:\[[\w$.'\"]+\])?\s*=\s*"
                  rb"(?P<value>['\"`][A-Za-z0-9]{25,64}['\"`]|[A-Za-z_$][\w$]*(?:\.[\w$]+|\[['\"][\w$]+['\"]\])?)\s*[;\n}]")
"""An address regex's test followed by an assignment of a constant: a written address, or a name (a table's entry)."""
ADDRESS = re.compile(r"^(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44}|T[1-9A-HJ-NP-Za-km-z]{33}|bc1[02-9ac-hj-np-z]{11,71})$")
"""What a fixed address looks like (EVM, Solana and other base58, TRON, bech32 Bitcoin)."""


def _addresses(view: FileView) -> bool:
    """The file carries an address of its own: written, or decoded from its constants."""
    return any(ADDRESS.match(v) for v in view.facts.decoded_values) or any(
        f.kind == "string" and ADDRESS.match(f.value) for f in view.of_kind("string"))


@rule("address-swap", title="Replaces crypto addresses with one it carries",
      description="Code that tests a value against a crypto address pattern and assigns, in its place, a constant: an "
                  "address written in the file or a name, in a file that carries an address of its own (written, or "
                  "decoded from base64 or char codes). A recipient the user or an AI agent chose becomes the author's. "
                  "Critical at load or in code the application runs; high otherwise.",
      category="fraud", consumes=("text", "string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b".test(" not in view.text or not any(word in view.text for word in P.CRYPTO_ADDRESS_WORDS):
        return
    for match in P.CRYPTO_ADDRESS_REGEX_BYTES.finditer(view.text):
        swap = SWAP.match(view.text, view.text.find(b"/", match.end()) + 1) if b"/" in view.text[match.end():match.end() + 4] else None
        if swap is None:
            continue
        opening = view.text.rfind(b"/", max(0, match.start() - 20), match.start())
        if opening > 0 and view.text[opening - 1:opening] == b"!":
            continue  # (`if (!/^0x…$/.test(v)) to = ZERO_ADDRESS`: a default for what is not an address)
        value = swap.group("value")
        if not (value[:1] in b"'\"`" or _addresses(view)):
            continue
        line = view.line_at(swap.start())[0]
        fact = next((f for f in view.all if f.line >= line and f.kind in ("call", "assign")), None)
        if fact is None:
            continue
        yield view.finding("address-swap", *view.unmistakable(fact), "fraud",
                           f"Replaces a value that matches a crypto address with one it carries ({value.decode()[:48]}), "
                           f"{view.run_text(fact)}: a recipient someone chose becomes the author's.", fact, view.level(fact))
        return
