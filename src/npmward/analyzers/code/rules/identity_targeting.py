"""Code that picks its victims by a hash of who the machine is: ShadowHammer's list of MAC-address hashes (2019)."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from .. import flow as F
from ..view import FileView
from . import rule

HASH_LIST = linear_re.compile_bytes(rb"(?:const|let|var)\s+([\w$]+)\s*=\s*(?:new\s+Set\(\s*)?\[\s*"
                                    rb"(?:(?:['\"][0-9a-fA-F]{16,128}['\"]|0x[0-9a-fA-F]{8,}n?)\s*,\s*){2,}")
"""A constant list of three or more digests (hex strings, or 64-bit numbers a hand-written FNV gives)."""
LOOKUPS = (".indexOf", ".includes", ".has")
IDENTITY = F.HOST_NAME | F.USER_NAME | F.NET_IFACES | F.DNS_SERVERS


@rule("identity-targeting", title="Picks target machines by hashed identity",
      description="Looks up a digest of the machine's identity (host name, user name, MAC addresses, DNS domains) in a "
                  "constant list of digests the package carries: code that behaves differently on a chosen set of "
                  "machines and hides which ones (ASUS ShadowHammer's MAC hashes, 2019; staged-rollout look-alikes in "
                  "updaters). A machine id a library hashes for telemetry is sent, not looked up in a list.",
      category="evasion", consumes=("call", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if b"[" not in view.text:
        return
    lists = {m.group(1).decode() for m in HASH_LIST.finditer(view.text[:2_000_000])}
    if not lists:
        return
    names = tuple(name + lookup for name in lists for lookup in LOOKUPS)
    lookups = [f for f in view.of_kind("call") if f.value in names]
    # (the digests may reach the lookup through an array and a callback the flow does not follow: a digest of the
    # identity made in a function that one function reaches with the lookup's counts)
    hashed = [f.scope for f in view.of_kind("call") if f.value.endswith(".digest") and f.scope is not None
              and view.labels(f) & IDENTITY] if lookups else []
    found = next((f for f in lookups if view.labels(f) & IDENTITY
                  or (f.scope is not None and any(view.related(d, f.scope) for d in hashed))), None)
    if found is None:
        return
    yield view.finding("identity-targeting", S.HIGH, C.MEDIUM, "evasion",
                       f"Looks up a hash of this machine's identity in a list of hashes it carries ({found.value}): it "
                       "acts differently on machines it chose and hides which.", found)
