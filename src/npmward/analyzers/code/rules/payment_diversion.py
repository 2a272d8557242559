"""Pay diverted to the author's bank account: with the HR or payroll session the user gave it, the package rewrites
employees' direct-deposit elections (Workday's paymentElections, a payroll API's direct deposits) to an account it
carries or fetches. The payroll-diversion campaigns of 2023-2025 (Storm-2657's "payroll pirates", Microsoft 2025) did
this by hand after phishing HR staff; a trojanized HR client does it for every worker it lists."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"aymentElection", b"irectDeposit", b"irect_deposit", b"ayDistribution")
ENDPOINT = re.compile(r"/(paymentElections|directDeposits?|direct_deposits?|payDistributions?)\b", re.I)
WRITES = {"PUT", "PATCH", "POST"}
ACCOUNT_LITERAL = re.compile(rb"""\b(accountNumber|account_number|iban|IBAN)["']?\s*:\s*["'`][^"'`\s]{4,}["'`]""")
"""A bank account written in the package (`accountNumber: 'FAKE-ACCT-…'`)."""


@rule("payment-diversion", title="Rewrites employees' direct deposit to an account the package chooses",
      description="A write (PUT, PATCH, POST) to a payroll endpoint of direct-deposit or payment elections (Workday's "
                  "paymentElections, a payroll API's directDeposits) in a file that writes a bank account number or IBAN "
                  "itself, or whose request carries one fetched from a host: pay diverted to the author. Critical when it "
                  "runs at install, at load or in code the application runs. An HR client's update takes the account "
                  "from its caller.",
      category="fraud", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    endpoints = {f.line: f for f in view.of_kind("string") if ENDPOINT.search(f.value)}
    if not endpoints:
        return
    writes = {f.line for f in view.of_kind("string") if f.value.upper() in WRITES}
    literal = ACCOUNT_LITERAL.search(view.text) is not None
    for call in view.calls_on_lines_of(endpoints.values()):
        endpoint = endpoints[call.line]
        if not (call.line in writes or any(a and a.upper() in WRITES for a in call.args)
                or call.value.endswith((".patch", ".put", ".post"))):
            continue
        fetched = bool(view.labels(call) & F.RECEIVED)
        if not literal and not fetched:
            continue
        severity, confidence = view.unmistakable(call)
        whose = "an account written in the package" if literal else "an account it fetched"
        yield view.finding("payment-diversion", severity, confidence, "fraud",
                           f"Rewrites a direct-deposit election ({endpoint.value[:80]}) to {whose}, "
                           f"{view.run_text(call)}: pay diverted to whoever wrote it.", call, view.level(call))
        return
