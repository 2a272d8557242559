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
from .. import patterns as P
from ..behaviours import trusted_host
from ..view import FileView
from . import rule

HIDDEN_CODE = ("#decoded@", "#evaluated@")
"""How the analysis names code it decoded from a file (a packer's payload, base64) to judge it."""


@rule("hidden-script-loader", title="Hidden code adds a remote script to the page",
      description="Code the package hides (packed with Dean Edwards' packer, encoded) creates a `<script>` element, "
                  "sets its `src` to a URL on a host that is not a well-known CDN and adds it to the page: a loader whose "
                  "server decides what each visitor runs (high, one step more for being hidden). The same code in the "
                  "open is an analytics snippet's shape and is not reported.",
      category="dropper", consumes=("call", "assign", "string"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if not any(mark in view.facts.path for mark in HIDDEN_CODE):
        return
    calls = view.of_kind("call")
    created = next((f for f in calls if f.value.endswith("createElement") and f.args[:1] == ("script",)), None)
    if created is None or not any(f.kind == "assign" and f.value.endswith(".src") for f in view.all) \
            or not any(f.value.endswith((".appendChild", ".insertBefore", ".append", ".prepend")) for f in calls):
        return
    url = next((f for f in view.of_kind("string") if P.URL.match(f.value) and not trusted_host(f.value)), None)
    if url is None:
        return
    yield view.finding("hidden-script-loader", S.HIGH, C.HIGH, "dropper",
                       f"Adds a script from {url.value[:80]} to the page, in code the package hides.", created,
                       view.level(created))
