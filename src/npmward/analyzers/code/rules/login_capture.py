from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import sends
from ..values import classify_string
from ..view import FileView
from . import rule
from ._chain import sinks, to_hidden_host

REQUEST_BODY = re.compile(rb"\b(?:req|request|ctx\.request)\.body\b")
SECRET_FIELDS = re.compile(r"(^|[^a-z])(pass(word|wd)?|cvv|cvc|card_?number|otp)([^a-z]|$)", re.I)
"""Field names of what users type to log in or pay, in the key list or pattern a skimmer picks them by."""
CREDENTIAL_HEADERS = re.compile(rb"authorization\b[^\n]{0,200}\bcookie\b|\bcookie\b[^\n]{0,200}\bauthorization", re.I)
"""The request headers that carry credentials, named together (a pick list or pattern)."""
PICKS = re.compile(rb"\.test\(\s*([\w$]+)\s*\)\s*\)\s*[\w$.]+\[\s*\1\s*\]\s*=(?!=)")
"""`if (KEEP.test(k)) out[k] = …`: the entries a pattern matches, kept."""
REDACTS = re.compile(rb"\bdelete\s+[\w$.]+\[|\[(?:Filtered|REDACTED|redacted|Redacted)\]|['\"]\*{3,}['\"]|\bredact", re.I)
"""Values deleted or masked: a scrubber's shape."""
MAX_MODULE = 100_000
"""Larger files are bundles, where a request body, a key list and a decoded URL meet by chance."""


@rule("login-capture", title="Copies logins or card numbers from a server's requests",
      description="A module (not a bundle) that reads request bodies, names password or card fields, and sends "
                  "to a host it hides (decoded at run time, never written): a server-side skimmer. Redaction and "
                  "audit libraries name those keys too, but log locally or to an endpoint their user configures or "
                  "they name. Also what requests submitted (their fields and headers) forwarded by data flow to a chat bot "
                  "or webhook (Telegram, Discord) or to a host the module hides, in a module that names password or one-time-code fields: an "
                  "adversary-in-the-middle login proxy (critical in code the application runs); and, in a page, what users type "
                  "into its fields sent to such a host (a password meter that prefetches host names spelling the password). "
                  "Also what requests passing through the package carry (a dev server's middleware, a proxy's hooks, "
                  "the `details` of an Electron session's webRequest hooks) copied to an IP address it names, or picked "
                  "by the credential headers it names (Authorization and Cookie kept, not masked) and sent to a host it "
                  "names: critical at load or in code the application runs.",
      category="exfiltration", consumes=("call", "string", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if len(view.text) > MAX_MODULE:
        return
    inbound = [s for s in sinks(view) if s.labels & F.INBOUND]
    picks = bool(inbound) and _picks_credential_headers(view)
    mirror = next((s for s in inbound if s.destination & F.RAW_IP or (s.destination & F.OTHER_HOST and picks)), None)
    if mirror is not None and view.runs_now(mirror.fact):
        # What requests passing through the package carry (a dev server's middleware, a proxy's hooks, an Electron
        # session's request hooks) copied to an IP address it names, or picked by the credential headers it names
        # (Authorization, Cookie) and sent to a host it names: a proxy forwards to the target its user configures.
        yield view.finding("login-capture", S.CRITICAL, C.HIGH, "exfiltration",
                           f"Copies what requests passing through it carry ({'their credential headers, ' if picks else ''}"
                           f"{mirror.how}) to {'an IP address' if mirror.destination & F.RAW_IP else 'a host'} it names, "
                           f"{view.run_text(mirror.fact)}.", mirror.fact, view.level(mirror.fact))
        return
    relay = next((s for s in inbound if s.destination & F.OOB_HOST or to_hidden_host(view, s)), None)
    # (in a page: typed into its fields, sent where the module hides, the host often built of the data in a caller:
    # `l.href = '//' + host`, host = `${hex}.${i}.${atob(BASE)}`)
    sink = relay or next((s for s in sinks(view) if s.labels & F.TYPED and (s.destination & (F.OOB_HOST | F.RAW_IP)
                                                                          or view.hidden_url() is not None)), None)
    if sink is not None and _names_secret_fields(view):
        # What the server's visitors sent (their request's fields and headers) forwarded to a chat bot or a webhook,
        # in a module that picks password or one-time-code fields: an adversary-in-the-middle login proxy's relay.
        severity, confidence = (S.CRITICAL, C.HIGH) if view.runs_now(sink.fact) else (S.HIGH, C.MEDIUM)
        what = "what its web requests submitted" if relay is not None else "what users type into the page's fields"
        yield view.finding("login-capture", severity, confidence, "exfiltration",
                           f"Forwards {what} to a chat bot, a webhook or a host it hides ({sink.how}), in a module "
                           f"that picks password or one-time-code fields: a login skimmer, {view.run_text(sink.fact)}.",
                           sink.fact, view.level(sink.fact))
        return
    if b".body" not in view.text or REQUEST_BODY.search(view.text) is None:
        return
    # (a URL, or a bare host given as a request's `host` option, decoded at run time and never written)
    hidden = view.hidden_url() or next((f for f in view.of_kind("string") if classify_string(f.value) & F.HOST_LITERAL
                                        and f.value.encode("utf-8", "ignore") not in view.text), None)
    if hidden is None:
        return
    if not _names_secret_fields(view):
        return
    # (the reader often queues for a sender of the same module, a batch flushed on a timer)
    send = next((f for f in view.all if sends(f)), None)
    if send is None:
        return
    yield view.finding("login-capture", S.HIGH, C.MEDIUM, "exfiltration",
                       f"Reads request bodies, picks password or card fields, and sends to a host the file hides "
                       f"({hidden.value[:60]}): a server-side skimmer.", send)


def _picks_credential_headers(view: FileView) -> bool:
    """The file names the credential headers together and keeps the entries a test picks (`if (WATCH.test(k))
    picked[k] = v`), and redacts nothing: an error reporter names them to delete or mask their values."""
    text = view.text
    return CREDENTIAL_HEADERS.search(text) is not None and PICKS.search(text) is not None and REDACTS.search(text) is None


def _names_secret_fields(view: FileView) -> bool:
    return SECRET_FIELDS.search(view.text.decode("utf-8", "replace")) is not None or \
        any(f.kind == "string" and SECRET_FIELDS.search(f.value) for f in view.all)
