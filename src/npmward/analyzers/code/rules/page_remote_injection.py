"""A build plugin that puts into the pages it builds a script from a host it hides: every visitor of every site built
with it runs what that host serves (blind set 40: a Vite "federation" plugin whose production builds prepend an
`import()` of a remote entry on a char-code-hidden CDN, handed the page's document and localStorage; the polyfill.io
and Ledger connect-kit CDN substitutions, 2023-2024). Plugins that add analytics or a CDN script name it in the open
or take it from the user's options."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..values import classify_string
from ..view import FileView
from . import rule

SCRIPT_URL = re.compile(r"^(?:https?:)?//[^\s/'\"]+/\S*\.m?js(?:[?#]\S*)?$")
"""A script's URL (`https://host/shared/remoteEntry.js`)."""


@rule("page-remote-injection", title="Adds a script from a hidden host to the pages it builds",
      description="A bundler plugin (a `transformIndexHtml`/`generateBundle`/`renderChunk` hook, webpack's asset-tag taps) "
                  "in a file that hides (decodes at run time) the URL of a script on a remote host: the pages the build "
                  "emits load code that host serves, for every visitor. High; plugins that add a CDN or analytics script "
                  "name it in the open or take it from the user's options.",
      category="dropper", consumes=("string",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if not view.emits_to_build():
        return
    for f in view.of_kind("string"):
        if len(f.value) > 500 or not SCRIPT_URL.match(f.value) or not classify_string(f.value) & F.REMOTE \
                or not view.decoded(f):
            continue
        yield view.finding("page-remote-injection", S.HIGH, C.HIGH, "dropper",
                           f"A build plugin that hides the URL of a script ({f.value[:120]}) in its code: the pages the "
                           "build emits can load code that host serves, for every visitor.", f, view.level(f))
        return
