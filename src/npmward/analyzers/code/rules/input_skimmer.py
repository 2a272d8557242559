from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from .. import flow as F
from ..view import FileView
from . import rule
from ._chain import sinks, to_hidden_host

CARD_FIELDS = linear_re.compile_bytes(rb"cc-(?:number|csc|exp)|card[-_ ]?(?:number|num|no)\b|cardnumber|\bcvc2?\b|\bcvv2?\b",
                                      ignore_case=True)
"""What a skimmer names to pick a checkout's card fields (autocomplete tokens, field names): a gate searched with the
other rules' (see gates.py)."""
BEACONS = re.compile(r"\.(src|href)$|sendBeacon$")
"""Requests a page makes without waiting for an answer: an image's or a script's URL, a `<link>`'s (a dns-prefetch of a
host name built of the card), navigator.sendBeacon (wider than browser-exfiltration's, which reads only
`new Image().src`: a skimmer's image is a variable, `n.src = url`)."""


@rule("input-skimmer", title="Sends what users type into card fields to another site",
      description="A front-end file that names a checkout's card fields (cc-number, cvc, cardnumber) and sends what "
                  "users type into the page's fields (an element's value, an event target's, jQuery's .val(), a form's "
                  "FormData) through a beacon (an image's or a prefetch link's URL, sendBeacon) or to a host it hides, an IP address or an out-of-band "
                  "endpoint: a Magecart-style skimmer. Payment SDKs send cards to the processor they name, by a "
                  "request that waits for its answer; analytics and session-replay SDKs that name card fields do so "
                  "to leave them out.",
      category="exfiltration", consumes=("flows", "call", "new", "assign", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(CARD_FIELDS):
        return
    for sink in sinks(view):
        if not sink.labels & F.TYPED or not sink.destination & F.REMOTE:
            continue
        if not (BEACONS.search(sink.fact.value) or sink.destination & (F.OOB_HOST | F.RAW_IP) or to_hidden_host(view, sink)):
            continue
        runs = sink.level != "deferred" or view.run_by_app(sink.fact)
        severity, confidence = (S.CRITICAL, C.HIGH) if runs else (S.HIGH, C.MEDIUM)
        yield view.finding("input-skimmer", severity, confidence, "exfiltration",
                           f"Sends what users type into the page's fields, in a file that names card fields, through "
                           f"{sink.how}, {view.when_text(sink.level)}: a card skimmer.", sink.fact, sink.level,
                           sink=sink.fact.value[:120])
        return
