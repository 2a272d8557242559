"""Active Directory reconnaissance shipped off the network: the LDAP queries an attacker's collector runs first
(BloodHound/SharpHound, ADRecon) — accounts with a service principal name (Kerberoastable), accounts that need no
Kerberos pre-authentication, privileged groups, domain trusts, certificate templates (ADCS abuse), LAPS passwords,
delegation — answered with the credentials the application gave a directory client, and the answers sent elsewhere."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule
from ._chain import sinks, to_hidden_host

GATE = any_word(b"servicePrincipalName", b"adminCount", b"trustedDomain", b"pKICertificateTemplate", b"ms-Mcs-AdmPwd",
                b"msDS-AllowedToDelegateTo", b"4194304", b"msLAPS-Password")
RECON = re.compile(r"servicePrincipalName=\*|adminCount=1|objectClass=trustedDomain|pKICertificateTemplate|ms-Mcs-AdmPwd|"
                   r"msLAPS-(?:Encrypted)?Password|msDS-AllowedToDelegateTo|1\.2\.840\.113556\.1\.4\.803:=4194304")
"""Kerberoastable and AS-REP-roastable accounts, privileged groups, trusts, certificate templates, LAPS, delegation."""
MIN_QUERIES = 3


@rule("directory-recon", title="Active Directory reconnaissance sent off the network",
      description="A file that runs three or more of the LDAP queries attackers' collectors start with (accounts with a "
                  "service principal name, accounts without Kerberos pre-authentication, adminCount=1, domain trusts, "
                  "certificate templates, LAPS passwords, delegation) and sends to a raw IP address, an out-of-band "
                  "endpoint or a host it hides. Critical when it runs at install, at load or in code the application runs; "
                  "directory clients and admin tools show what they find to their user.",
      category="exfiltration", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    found = {m.group(0) for m in RECON.finditer(view.text.decode("utf-8", "replace"))}
    if len(found) < MIN_QUERIES:
        return
    sink = next((s for s in sinks(view) if s.destination & (F.RAW_IP | F.OOB_HOST) or to_hidden_host(view, s)), None)
    if sink is None:
        return
    severity, confidence = view.unmistakable(sink.fact)
    yield view.finding("directory-recon", severity, confidence, "exfiltration",
                       f"Runs Active Directory reconnaissance queries ({', '.join(sorted(found)[:4])}) and sends through "
                       f"{sink.how} to an address no directory client reports to, {view.run_text(sink.fact)}.",
                       sink.fact, view.level(sink.fact))
