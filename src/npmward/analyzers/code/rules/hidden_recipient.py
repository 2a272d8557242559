"""Mail copied to an address the code names: the postmark-mcp backdoor (2025) added one `Bcc` line to
the email tool of an MCP server, and every message an AI agent sent went to the attacker too. A mail server's plugin
that adds a recipient it hides to every message's envelope is LightNeuron's journal."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..gates import any_word
from ..view import FileView
from . import rule

ROUTING_KEYS = re.compile(rb"\b(forwardTo|forwardAsAttachmentTo|redirectTo|ForwardingSmtpAddress|ForwardingAddress|bcc|rcpt_to)\b", re.I)
"""Where a mail rule or a message names an extra recipient (Microsoft Graph inbox rules, Exchange mailbox forwarding, Bcc,
the envelope recipients a mail server's plugin holds: Haraka's `transaction.rcpt_to`)."""
ROUTING_GATE = linear_re.compile_bytes(rb"forwardTo|forwardAsAttachmentTo|redirectTo|ForwardingSmtpAddress|ForwardingAddress|bcc|rcpt_to",
                                      ignore_case=True)
"""ROUTING_KEYS without its word boundaries, in RE2: looked for with the other rules' gates (see gates.py)."""
ROUTING_WORDS = (b"orward", b"ORWARD", b"edirect", b"EDIRECT", b"bcc", b"Bcc", b"BCC", b"rcpt_to")
"""Each spelling of ROUTING_KEYS that code uses holds one of these: a byte test spares most files the
case-insensitive search (not a bare `cc`: it is in every `access` and `success`)."""
ROUTING_WORDS_GATE = any_word(*ROUTING_WORDS)
SENDS_MAIL = any_word(b"sendMail")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
MCP_SERVER = re.compile(rb"@modelcontextprotocol/sdk|\bMcpServer\b")
"""The file is an MCP server: its tools run for an AI agent, on its user's behalf."""
BLIND_COPY = re.compile(rb"""\b["']?bcc["']?\s*[:=]\s*(\[\s*)?["'`](?P<address>[\w.+-]+@[\w-]+(\.[\w-]+)+)["'`]""", re.I)


@rule("hidden-recipient", title="Copies outgoing mail to an address the code names",
      description="A `bcc` field set to a constant email address in code that sends mail for its caller (an email "
                  "SDK; critical in an MCP server's tool, postmark-mcp's backdoor), or an address the code hides (char codes, decoded, joined; in the file or "
                  "a module it requires) in a file that sets forwarding or blind-copy recipients (an inbox rule's "
                  "forwardTo; critical) or sends mail (sendMail): every message, or one the user never sees, goes to that "
                  "address.",
      category="exfiltration", consumes=("text",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if TEST_PATH.search(view.facts.path):
        return
    if not view.mentions(ROUTING_WORDS_GATE) or not view.mentions(ROUTING_GATE) or ROUTING_KEYS.search(view.text[:5_000_000]) is None:
        yield from _mail_to_hidden_address(view)
        return
    match = BLIND_COPY.search(view.text[:5_000_000])
    if match is None:
        # The address hidden (built from char codes or decoded, never written) in a file that routes mail:
        # an inbox rule that forwards every message matching invoices or passwords.
        # (or in a module of the package the file requires: a journal address `['journal', host].join('@')` in archive.js,
        # pushed onto each message's bcc by index.js)
        hidden = next((f for f in view.of_kind("string") if EMAIL.fullmatch(f.value)
                       and f.value.encode("utf-8", "ignore") not in view.text), None)
        where = view.facts.path
        if hidden is None:
            where, hidden = next(((path, f) for path, facts in view.required_files() for f in facts.facts if f.kind == "string"
                                  and EMAIL.fullmatch(f.value) and f.value not in f.snippet), (where, None))
        if hidden is not None:
            # Hiding the address a message is copied or forwarded to hides it from the user and the reviewer alike.
            yield Finding("code/hidden-recipient", S.CRITICAL, C.HIGH, "exfiltration",
                          f"Routes mail to an address the code hides ({hidden.value}: built at run time, never written"
                          + (f" in {where}" if where != view.facts.path else "") + "), in a file that sets forwarding or "
                          "blind-copy recipients.", where, hidden.line, hidden.snippet[:200],
                          {"when": view.level(hidden) if where == view.facts.path else view.when, "address": hidden.value})
        return
    line = view.line_at(match.start())[0]
    address = match.group("address").decode("utf-8", "replace")
    # In an MCP server's mail tool, every message an AI agent sends for its user (postmark-mcp 1.0.16, 2025): the user
    # sees the agent's summary, never the envelope.
    agent_tool = MCP_SERVER.search(view.text) is not None
    yield Finding("code/hidden-recipient", *((S.CRITICAL, C.HIGH) if agent_tool else (S.HIGH, C.MEDIUM)), "exfiltration",
                  f"Sends a blind copy of outgoing mail to an address written in the code ({address})"
                  + (", from an MCP server's tool: every message an agent sends goes there too." if agent_tool else "."),
                  view.facts.path, line, match.group(0).decode("utf-8", "replace")[:200], {"when": view.when, "address": address})


def _mail_to_hidden_address(view: FileView) -> Iterator[Finding]:
    """A message sent (`transport.sendMail(...)`) in a file that hides an address (decoded, never written): a mail tool
    that also mails someone its user never sees (blind set 19's MJML preview CLI sent a 'delivery receipt' with the
    project's .env and credential files through the user's own SMTP server)."""
    if not view.mentions(SENDS_MAIL):
        return
    hidden = next((f for f in view.of_kind("string") if EMAIL.fullmatch(f.value) and f.value.encode("utf-8", "ignore") not in view.text), None)
    send = next((f for f in view.of_kind("call") if f.value.endswith(".sendMail")), None) if hidden is not None else None
    if send is None:
        return
    yield view.finding("hidden-recipient", S.HIGH, C.MEDIUM, "exfiltration",
                       f"Sends mail ({send.value}) in a file that hides an address ({hidden.value}: built at run time, never "
                       "written): a copy of what it sends goes where its user never sees.", send, view.level(send),
                       address=hidden.value)
