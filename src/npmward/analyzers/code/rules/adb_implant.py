"""A developer tool that plants an app on the phones attached to the developer's machine."""

from __future__ import annotations

from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..behaviours import executes
from ..view import FileView
from . import rule

TAKEOVER = linear_re.compile_bytes(rb"enabled_accessibility_services|package_verifier_enable|verifier_verify_adb_installs|"
                                   rb"android\.permission\.(READ|RECEIVE|SEND)_SMS|deviceidle\s+whitelist\s+\+")
"""What only an implant asks of a phone: an accessibility service turned on from the shell (it reads and taps the
screen), the install verifier turned off, SMS permissions granted, Doze's whitelist."""
ADB = linear_re.compile_bytes(rb"\badb\b|['\"`]shell:")


@rule("adb-implant", title="Plants an app on attached Android devices",
      description="Code that runs adb (or speaks adbd's protocol) and, on the attached phones, turns on an accessibility "
                  "service, turns off the install verifier, grants SMS permissions or whitelists an app from Doze: a "
                  "React Native or logcat tool that implants the developer's test devices. Critical at install, at load "
                  "or in code the application runs; high otherwise.",
      category="backdoor", consumes=("text", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    sign = TAKEOVER.search(view.text) if view.mentions(TAKEOVER) else None
    if sign is None or not view.mentions(ADB):
        return
    run = next((f for f in view.all if executes(f) or f.value.endswith(".connect")), None)
    if run is None:
        return
    yield view.finding("adb-implant", *view.unmistakable(run), "backdoor",
                       f"Drives attached Android devices through adb and asks them for what an implant needs "
                       f"({sign.group(0).decode()[:40]}), {view.run_text(run)}.", run, view.level(run))
