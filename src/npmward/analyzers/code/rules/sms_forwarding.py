"""A React Native, Capacitor or Cordova plugin whose Android side forwards the phone's text messages: the manifest it merges
into the app asks for the SMS permissions, and its Java or Kotlin code reads message bodies and makes HTTP requests
(FluBot-style SMS stealers, one-time-code theft). The plugin's JavaScript can be a working OTP autofill."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView, line_at
from . import rule

SMS_PERMISSION = re.compile(rb"android\.permission\.(READ_SMS|RECEIVE_SMS)\b")
SMS_BODIES = re.compile(rb"getMessageBody|getDisplayMessageBody|Telephony\.Sms\.BODY|content://sms")
"""Native code that reads what text messages say (a received message, the inbox)."""
HTTP = re.compile(rb"\bHttpURLConnection\b|\bopenConnection\(|\bOkHttpClient\b|\bHttpClient\b|\bRequest\.Builder\(|"
                  rb"\bVolley\b|\bRetrofit\b")
FIRST_RECEIVER = re.compile(rb"android:priority=[\"'](\d{3,})[\"'][^<]*>\s*<action[^>]*Telephony\.SMS_RECEIVED")
"""A receiver that asks to get every SMS before the messaging app (priority 999 and up: it can read, and drop, them)."""
NATIVE = (".java", ".kt")
MERGED = ("AndroidManifest.xml", "plugin.xml")
"""What the app's manifest is merged from: a React Native or Capacitor library's AndroidManifest.xml, a Cordova plugin's
plugin.xml (its `<config-file target="AndroidManifest.xml">` blocks, merged at `cordova prepare`)."""


@rule("sms-forwarding", title="Forwards the phone's text messages",
      description="A mobile plugin whose AndroidManifest.xml (or Cordova plugin.xml) asks for READ_SMS or RECEIVE_SMS and whose Java or Kotlin "
                  "code reads message bodies (a received SMS, the inbox) and makes HTTP requests: the app it is built "
                  "into sends its users' messages and one-time codes away. OTP autofill uses the SMS Retriever API, "
                  "which needs neither permission; no package in the benign corpora declares them.",
      category="spyware", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    manifest = next((p for p, d in package.text_files((".xml",)) if p.endswith(MERGED) and SMS_PERMISSION.search(d)), None)
    if manifest is None:
        return
    native = list(package.text_files(NATIVE))
    reader = next(((p, m) for p, d in native if (m := SMS_BODIES.search(d))), None)
    if reader is None or not any(HTTP.search(d) for _, d in native):
        return
    path, match = reader
    line = line_at(package.files[path], match.start())[0]
    first = next((m for m in FIRST_RECEIVER.finditer(package.files[manifest]) if int(m.group(1)) >= 999), None)
    yield Finding("code/sms-forwarding", S.CRITICAL, C.HIGH if first else C.MEDIUM, "spyware",
                  f"{manifest} asks for the phone's SMS permissions, {path} reads message bodies "
                  f"({match.group(0).decode()}) and the plugin's native code makes HTTP requests: the app's users' "
                  "messages and one-time codes sent away" + (", by a receiver that gets every SMS first." if first else "."),
                  path, line, match.group(0).decode(), {"when": "app"})
