"""A browser's DevTools endpoint handed to another machine: Puppeteer's `browser.wsEndpoint()` sent to a host the
package names, or bridged to a socket there. The DevTools protocol drives
the browser: whoever holds the endpoint reads the pages, cookies and storage of the logged-in profile and acts in it
(infostealers' remote-debugging abuse, 2024-2025). A scraping pool connects to its own browser; a cloud browser service
hands its endpoint to its user, not the reverse."""

from __future__ import annotations

from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule
from ._chain import sinks


@rule("devtools-relay", title="Hands a browser's DevTools endpoint to another machine",
      description="The endpoint of a browser's DevTools protocol (Puppeteer's `browser.wsEndpoint()`) reaches a request "
                  "or socket to a host that is not this machine: whoever is at the other end drives the browser and its "
                  "logged-in sessions. Critical at load or in code the application runs, high in a function nothing is "
                  "known to call.",
      category="backdoor", consumes=("flows", "call", "new"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"wsEndpoint" not in view.text:
        return
    for sink in sinks(view):
        if sink.labels & F.DEVTOOLS and sink.destination & F.REMOTE and not sink.labels & F.LOOPBACK:
            yield view.finding("devtools-relay", *view.unmistakable(sink.fact), "backdoor",
                               f"Sends a browser's DevTools endpoint through {sink.how}, {view.run_text(sink.fact)}: "
                               "whoever is at the other end drives the browser and its logged-in sessions.",
                               sink.fact, sink.level)
            return
