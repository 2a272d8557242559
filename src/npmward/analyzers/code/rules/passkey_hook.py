from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import sends
from ..view import FileView
from . import rule

ASSIGNED = re.compile(rb"credentials\??\s*\.\s*(create|get)\s*=(?!=)")
ALIAS = re.compile(rb"(?<![\w$.])([\w$]{1,40})\s*=(?!=)[^;,\n]{0,60}?\bnavigator\??\.credentials\b(?!\s*\??\.)")
"""`let e = globalThis.navigator?.credentials; … e.create = async function (o) {…}`: minified code patches through an alias."""


def _patched(text: bytes) -> re.Match | None:
    found = ASSIGNED.search(text)
    if found is None and b"credentials" in text:
        for alias in {m.group(1) for m in ALIAS.finditer(text)}:
            found = re.compile(rb"(?<![\w$.])" + re.escape(alias) + rb"\s*\.\s*(create|get)\s*=(?!=)").search(text)
            if found:
                break
    return found


@rule("passkey-hook", title="Replaces the page's passkey API",
      description="Assigns navigator.credentials.create or get (directly or through an alias): the page's WebAuthn "
                  "ceremonies go through the package, which can fail them to force a password fallback, swap the "
                  "challenge or copy the assertion (passkey downgrade and hijack research, 2025). Critical when the file "
                  "also sends data and the patch runs when the page loads it, medium when it runs then, low from a function "
                  "(Playwright's virtual authenticator patches it from a function a test calls). Libraries call the API.",
      category="browser", consumes=("text", "call", "new"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"credentials" not in view.text:
        return
    match = _patched(view.text[:2_000_000])
    if match is None:
        return
    line, text_of_line = view.line_at(match.start())
    # When the patch runs: the assignment's own level (Playwright's virtual authenticator patches the API from a
    # function a test calls).
    patch = next((f for f in view.all if f.kind == "assign" and f.line == line and f.value.endswith(("create", "get"))), None)
    loaded = patch is not None and view.level(patch) != "deferred"
    sending = any(sends(f) for f in view.all)
    severity, confidence = (S.CRITICAL, C.HIGH) if loaded and sending else (S.MEDIUM, C.MEDIUM) if loaded else (S.LOW, C.LOW)
    yield Finding("code/passkey-hook", severity, confidence, "browser",
                  f"Replaces the page's passkey API (navigator.credentials.{match.group(1).decode()})"
                  + (" when the page loads it, in a file that sends data." if loaded and sending else "."),
                  view.facts.path, line, text_of_line[:200].decode("utf-8", "replace"), {"when": view.when})
