"""A React Native or Capacitor plugin that ships an Android accessibility service which reads what the user types and
talks to a server: the app it is built into logs keystrokes and one-time codes, and can tap through permission
dialogs (banking trojans' technique: Anatsa, SharkBot, Octo). The plugin's JavaScript can be a working feature."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView, line_at
from . import rule
from .sms_forwarding import HTTP, NATIVE

ACCESSIBILITY_SERVICE = re.compile(rb"android\.permission\.BIND_ACCESSIBILITY_SERVICE")
TYPED_TEXT = re.compile(rb"\bTYPE_VIEW_TEXT_CHANGED\b")
"""The event an accessibility service gets for each change of a text field: what the user types, passwords included."""
AUTOMATES = re.compile(rb"\b(dispatchGesture|performGlobalAction|ACTION_CLICK|ACTION_SET_TEXT)\b")


@rule("accessibility-abuse", title="Android accessibility service that reads typing and talks to a server",
      description="A mobile plugin whose AndroidManifest.xml declares an accessibility service "
                  "(BIND_ACCESSIBILITY_SERVICE) and whose Java or Kotlin code handles typed-text events "
                  "(TYPE_VIEW_TEXT_CHANGED) and makes HTTP requests: every app built with it logs what its users type. "
                  "High confidence when the service also taps or types for the user (dispatchGesture, "
                  "performGlobalAction, ACTION_CLICK). React Native's own accessibility module declares no service.",
      category="spyware", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    manifest = next((p for p, d in package.text_files((".xml",)) if p.endswith("AndroidManifest.xml")
                     and ACCESSIBILITY_SERVICE.search(d)), None)
    if manifest is None:
        return
    native = list(package.text_files(NATIVE))
    reader = next(((p, m) for p, d in native if (m := TYPED_TEXT.search(d))), None)
    if reader is None or not any(HTTP.search(d) for _, d in native):
        return
    path, match = reader
    automates = any(AUTOMATES.search(d) for _, d in native)
    line = line_at(package.files[path], match.start())[0]
    yield Finding("code/accessibility-abuse", S.CRITICAL, C.HIGH if automates else C.MEDIUM, "spyware",
                  f"{manifest} declares an accessibility service, {path} handles typed-text events "
                  f"({match.group(0).decode()}) and the plugin's native code makes HTTP requests: what the app's users "
                  "type is readable and sent away" + (", by a service that also taps for them." if automates else "."),
                  path, line, match.group(0).decode(), {"when": "app"})
