"""A script tag added to the page by code the package hides.

A page loader (Magecart's, a packed jQuery plugin's) adds a `<script src>` from its own host, so that what the visitors
run can be changed on that server at any time; hidden (packed, encoded) it does so where no reviewer of the package
reads it. Analytics snippets add script tags too, in the open: only the hidden copy is reported.
"""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import trusted_host
from ..view import FileView
from . import rule

HIDDEN_CODE = ("#decoded@", "#evaluated@")
"""How the analysis names code it decoded from a file (a packer's payload, base64) to judge it."""


@rule("hidden-script-loader", title="Hidden code adds a remote script to the page",
      description="Code the package hides (packed with Dean Edwards' packer, encoded) creates a `<script>` element, "
                  "sets its `src` to a URL on a host that is not a well-known CDN and adds it to the page: a loader whose "
                  "server decides what each visitor runs (high, one step more for being hidden). So does code in the "
                  "open whose script `src` is a URL it decodes at run time from a host it never writes (char codes, "
                  "base64, XOR: Sign1's script domains, 2024), critical where it runs as the page loads it or in a "
                  "function the application calls. The same code with its URL in the open is an analytics snippet's "
                  "shape and is not reported.",
      category="dropper", consumes=("call", "assign", "string", "flows"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    hidden_code = any(mark in view.facts.path for mark in HIDDEN_CODE)
    if not hidden_code and b"createElement" not in view.text:
        return
    calls = view.of_kind("call")
    created = next((f for f in calls if f.value.endswith("createElement") and f.args[:1] == ("script",)), None)
    sources = [f for f in view.all if f.kind == "assign" and f.value.endswith(".src")] if created else []
    if not sources or not any(f.value.endswith((".appendChild", ".insertBefore", ".append", ".prepend")) for f in calls):
        return
    if not hidden_code:
        # (in the open: the `src` written is a URL the file decodes, its host never written)
        hidden = view.hidden_url()
        source = next((f for f in sources if view.labels(f) & F.DECODED and view.linked(f.scope, created.scope)), None) \
            if hidden is not None else None
        if source is None or not (view.level(source) != "deferred" or view.run_by_app(source)):
            return
        yield view.finding("hidden-script-loader", S.CRITICAL, C.HIGH, "dropper",
                           f"Adds a script to the page from a URL it decodes at run time ({hidden.value[:80]}), "
                           f"{view.run_text(source)}: a server no reader of the package sees decides what each visitor "
                           "runs.", source, view.level(source))
        return
    url = next((f for f in view.of_kind("string") if P.URL.match(f.value) and not trusted_host(f.value)), None)
    if url is None:
        return
    yield view.finding("hidden-script-loader", S.HIGH, C.HIGH, "dropper",
                       f"Adds a script from {url.value[:80]} to the page, in code the package hides.", created,
                       view.level(created))
