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

REQUEST_BODY = re.compile(rb"\b(?:req|request|ctx\.request)\.body\b")
SECRET_FIELDS = re.compile(r"(^|[^a-z])(pass(word|wd)?|cvv|cvc|card_?number|otp)([^a-z]|$)", re.I)
"""Field names of what users type to log in or pay, in the key list or pattern a skimmer picks them by."""
MAX_MODULE = 100_000
"""Larger files are bundles, where a request body, a key list and a decoded URL meet by chance."""


@rule("login-capture", title="Copies logins or card numbers from a server's requests",
      description="A module (not a bundle) that reads request bodies, names password or card fields, and sends "
                  "to a host it hides (decoded at run time, never written): a server-side skimmer. Redaction and "
                  "audit libraries name those keys too, but log locally or to an endpoint their user configures or "
                  "they name.",
      category="exfiltration", consumes=("call", "string", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if len(view.text) > MAX_MODULE or b".body" not in view.text or REQUEST_BODY.search(view.text) is None:
        return
    # (a URL, or a bare host given as a request's `host` option, decoded at run time and never written)
    hidden = view.hidden_url() or next((f for f in view.of_kind("string") if classify_string(f.value) & F.HOST_LITERAL
                                        and f.value.encode("utf-8", "ignore") not in view.text), None)
    if hidden is None:
        return
    keys = SECRET_FIELDS.search(view.text.decode("utf-8", "replace")) is not None or \
        any(f.kind == "string" and SECRET_FIELDS.search(f.value) for f in view.all)
    if not keys:
        return
    # (the reader often queues for a sender of the same module, a batch flushed on a timer)
    send = next((f for f in view.all if sends(f)), None)
    if send is None:
        return
    yield view.finding("login-capture", S.HIGH, C.MEDIUM, "exfiltration",
                       f"Reads request bodies, picks password or card fields, and sends to a host the file hides "
                       f"({hidden.value[:60]}): a server-side skimmer.", send)
