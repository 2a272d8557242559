"""A React Native or Cordova library that asks for the phone's address book, SMS and call log and uploads what it reads:
the predatory-loan SDKs (SpyLoan, 2023-2024) harvest contacts to shame borrowers, the banking trojans read SMS for
one-time codes. An SDK for a feature (a KYC capture, a dialer) needs the camera or one of these, not all of them sent
away."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import sends
from ..gates import any_word
from ..view import FileView
from . import rule

PERSONAL = re.compile(rb"\b(READ_CONTACTS|READ_SMS|READ_CALL_LOG|RECEIVE_SMS)\b")
MIN_KINDS = 2
"""Android permissions to the phone's personal records (the address book, messages, the call log), named by a file
that asks for them (`PermissionsAndroid.requestMultiple([...])`, a Cordova plugin's permission list)."""
WORDS = any_word(b"READ_CONTACTS", b"READ_SMS", b"READ_CALL_LOG", b"RECEIVE_SMS")


@rule("mobile-harvest", title="Takes a phone's contacts, SMS or call log and uploads them",
      description="A file that asks for two or more of Android's READ_CONTACTS, READ_SMS, RECEIVE_SMS and READ_CALL_LOG "
                  "permissions and sends data over the network: the loan-shark and banking-trojan SDKs that upload the "
                  "address book and messages. High; an app's own screen asks for the one it needs and keeps the data on "
                  "the phone.",
      category="exfiltration", consumes=("call", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS):
        return
    kinds = {m.group(1).decode() for m in PERSONAL.finditer(view.text[:2_000_000])}
    if len(kinds) < MIN_KINDS:
        return
    send = next((f for f in view.all if sends(f)), None)
    if send is None:
        return
    yield view.finding("mobile-harvest", S.HIGH, C.MEDIUM, "exfiltration",
                       f"Asks for the phone's {', '.join(sorted(kinds))} and sends data over the network ({send.value}): "
                       "the address book, messages or call log uploaded.", send, view.level(send))
