from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import sends
from ..view import FileView
from . import rule

ALIAS = re.compile(rb"(?<![\w$.])([\w$]{1,40})\s*=(?!=)[^;,\n]{0,60}?\bnavigator\??\.credentials\b(?!\s*\??\.)")
"""`let e = globalThis.navigator?.credentials; … e.create = async function (o) {…}`: minified code patches through an alias."""


@rule("passkey-hook", title="Replaces the page's passkey API",
      description="Assigns navigator.credentials.create or get (directly or through an alias): the page's WebAuthn "
                  "ceremonies go through the package, which can fail them to force a password fallback, swap the "
                  "challenge or copy the assertion (passkey downgrade and hijack research, 2025). Critical when the file "
                  "also sends data and the patch runs when the page loads it, medium when it runs then, low from a function "
                  "(Playwright's virtual authenticator patches it from a function a test calls). Libraries call the API.",
      category="browser", consumes=("assign", "call", "new", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"credentials" not in view.text:
        return
    patch = view.patched(ALIAS, ("create", "get"), names=("navigator.credentials",))
    if patch is None:
        return
    # When the patch runs is the assignment's own level (Playwright's virtual authenticator patches the API from
    # a function a test calls).
    loaded = view.level(patch) != "deferred"
    sending = any(sends(f) for f in view.all)
    severity, confidence = (S.CRITICAL, C.HIGH) if loaded and sending else (S.MEDIUM, C.MEDIUM) if loaded else (S.LOW, C.LOW)
    yield view.finding("passkey-hook", severity, confidence, "browser",
                       f"Replaces the page's passkey API (navigator.credentials.{patch.value.rpartition('.')[2]})"
                       + (" when the page loads it, in a file that sends data." if loaded and sending else "."),
                       patch, view.level(patch))
