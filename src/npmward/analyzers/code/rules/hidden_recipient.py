"""Mail copied to an address the code names: the postmark-mcp backdoor (2025) added one `Bcc` line to
the email tool of an MCP server, and every message an AI agent sent went to the attacker too."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

BLIND_COPY = re.compile(rb"""\b["']?bcc["']?\s*[:=]\s*(\[\s*)?["'`](?P<address>[\w.+-]+@[\w-]+(\.[\w-]+)+)["'`]""", re.I)


@rule("hidden-recipient", title="Copies outgoing mail to an address the code names",
      description="A `bcc` field set to a constant email address in code that sends mail for its caller (an email "
                  "SDK, an MCP server's send tool): every message also goes to that address, unseen by the sender.",
      category="exfiltration", consumes=("text",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if TEST_PATH.search(view.facts.path) or not any(cc in view.text for cc in (b"cc", b"CC", b"Cc", b"cC")):
        return
    match = BLIND_COPY.search(view.text[:5_000_000])
    if match is None:
        return
    line = view.text.count(b"\n", 0, match.start()) + 1
    address = match.group("address").decode("utf-8", "replace")
    yield Finding("code/hidden-recipient", S.HIGH, C.MEDIUM, "exfiltration",
                  f"Sends a blind copy of outgoing mail to an address written in the code ({address}).",
                  view.facts.path, line, match.group(0).decode("utf-8", "replace")[:200], {"when": view.when, "address": address})
