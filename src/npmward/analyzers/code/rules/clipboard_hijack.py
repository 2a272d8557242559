from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..behaviours import commands
from ..view import FileView
from . import rule


@rule("clipboard-hijack", title="Swaps crypto addresses in the clipboard",
      description="Writes to the clipboard in code that matches crypto addresses; critical when it also reads "
                  "what the user copied (readText, copy events, pbpaste, Get-Clipboard, xclip -o).",
      category="browser", consumes=("call", "string", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    facts = view.all
    if not P.CRYPTO_ADDRESS_REGEX.search(view.text.decode("utf-8", "replace")):
        return
    run = commands(facts)
    writes = next((f for f in facts if f.kind == "call" and f.value.endswith(("clipboard.writeText", "clipboardData.setData"))), None) \
        or next((f for f, command in run if P.writes_clipboard(command)), None)
    reads = any(f.kind == "call" and (f.value.endswith("clipboard.readText") or (f.value.endswith("addEventListener") and f.args[:1] == ("copy",)))
                for f in facts) or any(P.CLIPBOARD_READ.search(command) for _, command in run)
    if writes:
        # Reading what the user copied and writing back another address is the hijack itself.
        yield view.finding("clipboard-hijack", S.CRITICAL if reads else S.HIGH, C.HIGH if reads else C.MEDIUM, "browser",
                           ("Watches the clipboard and replaces" if reads else "Writes to the clipboard in code that matches")
                           + " crypto addresses: clipboard hijacking.", writes)
