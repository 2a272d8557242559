from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView, Grid
from . import rule
from ._chain import sinks

GRID = Grid(install=(S.HIGH, C.MEDIUM), load=(S.HIGH, C.MEDIUM), deferred=(S.INFO, C.LOW))
TO_ENDPOINT = {True: (S.CRITICAL, C.HIGH), False: (S.MEDIUM, C.MEDIUM)}
"""Run (True) or deferred (False), to an out-of-band / webhook host."""
HARVESTED = (S.HIGH, C.MEDIUM)
"""Inside a function (a front-end library's code runs when the app calls it), storage read by every
key and sent to a host the code names: an analytics SDK reads its own keys, a token stealer all."""
BEACONS = re.compile(r"\bImage\b.*\.src$|sendBeacon$")
"""Requests a page makes without waiting for an answer: an image's URL, navigator.sendBeacon."""
"""A host named in the code: a relative URL goes back to the page's own site."""
TOKEN_SHAPE = re.compile(rb"(?:\bsk-(?:ant-|proj-)?|\bAIza|\bgsk_|\bgh[pousr]_|\bgithub_pat_|\bglpat-|\bxox[abprs]-|\bhf_)"
                         rb"\[[^\]\n]{2,30}\]\{\d|\[(?:0-9a-fA-F|a-fA-F0-9|0-9a-f|a-f0-9|\\da-f)\]\{64\}")
"""A regular expression for an API token's shape (`sk-[A-Za-z0-9_-]{16,}`, `AIza[0-9A-Za-z_-]{20,}`, `ghp_[A-Za-z0-9]{36}`)
or a wallet's private key's (`[0-9a-fA-F]{64}`, a burner wallet's key kept in web storage): what a file picks values by
when it looks for credentials whatever their key."""
SYNCED_STORAGE = re.compile(r"^(chrome|browser)\.storage\.sync\.set$")
"""An extension's synced storage (`chrome.storage.sync.set`, the API object under either name): the browser uploads what
it holds to the signed-in account."""


@rule("browser-exfiltration", title="Cookies or web storage sent to another site",
      description="document.cookie, localStorage or sessionStorage (or a session's cookies read by a browser extension, "
                  "Electron, a headless browser or a cookie jar for a site the code names) reaches a fetch, XMLHttpRequest, sendBeacon, "
                  "WebSocket or a URL the page loads (`new Image().src = url + data`) whose host is named in the code: "
                  "session and token theft by a trojanized front-end package. Inside a function, reported when storage "
                  "is read by keys the code does not name (every token of the page) or the host is hidden (decoded at run time); "
                  "critical when both, in code the application runs or in a file that picks what it reads by a credential's shape, "
                  "or when the file picks what it reads by the shape of API tokens or private keys "
                  "(`sk-…`, `AIza…`, `ghp_…`, 64 hex digits). Requests to the page's own site "
                  "(relative URLs) are left alone. Also, wherever it runs, a beacon (an image URL, sendBeacon) to a host the "
                  "package decodes from its own constants: page data sent where no reader of the code sees. And every "
                  "cookie of a site or a typed password written into an extension's synced storage "
                  "(`chrome.storage.sync.set`), which the browser uploads to the signed-in account. Every cookie of a browser "
                  "(DevTools' `Storage.getCookies`, `Network.getAllCookies`) sent with the machine's host or user name is "
                  "critical where it runs or the application runs it; that is a stealer of the profiles a tool drives.",
      category="exfiltration", consumes=("flows", "call", "new", "assign"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for sink in sinks(view):
        if not sink.labels & F.BROWSER_SECRET or not sink.destination & F.REMOTE:  # (a relative URL: the page's own site)
            continue
        if sink.destination & F.OOB_HOST:
            severity, confidence = TO_ENDPOINT[sink.level != "deferred"]
        elif sink.labels & F.BROWSER_ALL and view.hidden_url() is not None \
                and (sink.level != "deferred" or view.run_by_app(sink.fact) or TOKEN_SHAPE.search(view.text) is not None):
            # Every cookie or token of the page, from code that runs or that the app runs, to a host the file
            # hides: both at once is a skimmer (blind set 14's form resolver, set 16's chat widget), not an SDK
            # that reads its own keys. Wherever it runs when it also picks entries by a credential's shape (blind set
            # 46's burner-wallet connector: storage walked by index, 64-hex-digit keys, a pixel to a base64 host).
            severity, confidence = S.CRITICAL, C.HIGH
        elif sink.labels & F.BROWSER_ALL and TOKEN_SHAPE.search(view.text) is not None \
                and (sink.level != "deferred" or view.run_by_app(sink.fact)):
            # Every entry of web storage, picked by the shape of API tokens (an LLM key's `sk-…`, Google's `AIza…`),
            # sent to a host the code names: a key stealer in a bring-your-own-key widget. An SDK reads its own keys.
            severity, confidence = S.CRITICAL, C.HIGH
        elif sink.labels & F.BROWSER_ALL and sink.labels & (F.HOST_NAME | F.USER_NAME) \
                and (sink.level != "deferred" or view.run_by_app(sink.fact)):
            # Every cookie of a browser and the name of the machine it runs on, in one payload: a Node program that
            # drives browser profiles (DevTools' `Storage.getCookies`) reporting whose sessions it took. No page SDK
            # knows the host name; no automation tool ships its profiles' cookies away.
            severity, confidence = S.CRITICAL, C.HIGH
        elif sink.level == "deferred" and (sink.labels & F.BROWSER_ALL or view.hidden_url() is not None):
            # Storage read by every key, or sent to a host the file hides (an analytics look-alike
            # decoded from base64): an SDK reads its own keys and names its endpoint.
            severity, confidence = HARVESTED
        else:
            severity, confidence = view.grade(GRID, sink.level)
        if severity is S.INFO:
            continue
        yield view.finding("browser-exfiltration", severity, confidence, "exfiltration",
                           f"Sends the page's cookies or web storage to another site through {sink.how}, "
                           f"{view.when_text(sink.level)}.", sink.fact, sink.level, sink=sink.fact.value[:120])
        return
    synced = next((f for f in view.of_kind("call") if SYNCED_STORAGE.search(f.value)
                   and view.facts.fact_labels(f) & (F.BROWSER_ALL | F.PASSWORD)), None)
    if synced is not None:
        # Every cookie of a site, or what the user typed into a password field, written into the extension's synced
        # storage: the browser uploads it to the signed-in account, where whoever holds that account (or an extension
        # of theirs) reads it. Settings and counters are what sync storage holds.
        severity, confidence = view.unmistakable(synced)
        yield view.finding("browser-exfiltration", severity, confidence, "exfiltration",
                           f"Writes session cookies or typed passwords into the browser's synced extension storage "
                           f"({synced.value[:40]}), which the browser uploads to the signed-in account, "
                           f"{view.run_text(synced)}.", synced, view.level(synced))
        return
    # A beacon (an image URL, sendBeacon) to a host the package unpacks from its own constants: what the
    # page shows (its URLs, titles, referrers) sent where no reader of the code can see. Analytics SDKs
    # name their collectors.
    beacon = next((s for s in sinks(view) if s.labels & F.UNPACKED and s.destination & F.REMOTE
                   and BEACONS.search(s.fact.value)), None)
    if beacon is not None:
        severity, confidence = HARVESTED if beacon.level == "deferred" else view.grade(GRID, beacon.level)
        yield view.finding("browser-exfiltration", severity, confidence, "exfiltration",
                           f"Sends page data through a beacon ({beacon.fact.value[:60]}) to a host it hides (decoded from "
                           f"its own constants), {view.when_text(beacon.level)}.", beacon.fact, beacon.level)
