"""Turning off the browser's own protection: Safe Browsing, SmartScreen and download checks switched off in the
browser's managed policies or in the user's profile, which is what adware and extension droppers (Adrozek,
ChromeLoader) do first, so that what they serve next is not blocked or warned about."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..view import PackageView
from . import rule
from .config_tamper import config_writes

SETTINGS = re.compile(rb"\bSafeBrowsing(Enabled|ProtectionLevel)\b['\"]?\s*[:=,]\s*(false|0)\b|"
                      rb"\bSmartScreenEnabled\b['\"]?\s*[:=,]\s*(false|0)\b|"
                      rb"\bsafebrowsing\.(malware|phishing|downloads)\.enabled['\"]?\s*[,:]\s*false\b|"
                      rb"\bsafebrowsing\b[^;\n]{0,120}\benabled['\"]?\s*:\s*false\b")
"""Safe Browsing, SmartScreen or Firefox's malware, phishing and download checks set off: as a Chromium/Edge policy
(`SafeBrowsingProtectionLevel: 0`), a Firefox pref (`['browser.safebrowsing.malware.enabled', false]`) or a Chromium
profile's `safebrowsing` preferences (`{ enabled: false }`)."""
SETTINGS_WORDS = (b"SafeBrowsing", b"safebrowsing", b"SmartScreenEnabled")
"""One of these is in every match of SETTINGS."""


@rule("browser-protection-off", title="Turns off the browser's malware and phishing protection",
      description="A package that holds settings turning Safe Browsing, SmartScreen or Firefox's malware, phishing and "
                  "download checks off, and writes them into a browser's managed policies or the user's profile (the "
                  "write followed by data flow, as config-tamper follows it: a browser a test runner launches with a "
                  "scratch profile under the temporary directory does not count): critical when it runs at install, "
                  "load or in code the application runs; high otherwise.",
      category="tampering", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    # (the words every match spells, looked for first: a plain search is many times faster than the pattern's)
    holders = {path for path, view in package.views.items()
               if any(word in view.text for word in SETTINGS_WORDS) and SETTINGS.search(view.text)}
    if not holders:
        return
    for path, view in sorted(package.views.items()):
        program = view.program
        calls_holder = path in holders or (program is not None and any(
            callee[0] in holders for _, callee in program.calls_out_of(path)))
        if not calls_holder:
            continue
        write = next((f for _, f in config_writes(view, deferred=True)), None)
        if write is None:
            continue
        yield view.finding("browser-protection-off", *view.unmistakable(write), "tampering",
                           f"Writes a browser's policies or profile ({write.value}) with Safe Browsing, SmartScreen or "
                           f"download protection turned off, {view.run_text(write)}.", write, view.level(write))
        return
