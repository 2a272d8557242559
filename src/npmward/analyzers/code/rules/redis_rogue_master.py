"""A Redis server made to load a module from a master the code names. The rogue-master technique (P2PInfect, HeadCrab,
2023): `SLAVEOF <host> <port>` makes the server replicate from a fake master that sends a shared object instead of a
database dump, `SLAVEOF NO ONE` ends it, `MODULE LOAD <dir>/<file>` loads the object, whose commands (`system.exec`)
run programs as the server. A session store or an inspection tool has the application's Redis at hand; no client
library sends both commands of its own accord (a client's command methods send the master their caller names), and none
hides the master's address or writes a public IP address for it."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ..view import FileView
from . import rule
from .config_tamper import REMOTE_IP

REPLICATES = re.compile(rb"""["'](?:SLAVEOF|REPLICAOF)["']\s*,\s*(?!["']NO["'])[^\s,)\]]""", re.I)
"""`['SLAVEOF', host, port]`, `call('REPLICAOF', x(h), x(p))`: replication from a host (not `NO ONE`, which ends it)."""
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
"""An IPv4 address in a string of the file (`'198.51.100.61|6379|exp_lin.so'`, decoded from base64)."""
LOADS = re.compile(rb"""["']MODULE["']\s*,\s*["']LOAD["']|["']MODULE LOAD\s""", re.I)


@rule("redis-rogue-master", title="Makes a Redis server load a module from a master it names",
      description="One file sends Redis both `SLAVEOF`/`REPLICAOF <host> <port>` (not `NO ONE`) and `MODULE LOAD` (as "
                  "command arrays or words: `sendCommand(['SLAVEOF', h, p])`, `call('MODULE', 'LOAD', path)`), and hides an "
                  "address (decoded, never written) or writes a public IP address: the rogue "
                  "master technique, which turns the application's Redis into a remote shell (P2PInfect, HeadCrab). "
                  "Critical when the code runs (at install or load, or in code the application runs), high in a function "
                  "nothing is known to call.",
      category="backdoor", consumes=("call",))
def check(view: FileView) -> Iterator[Finding]:
    if (replicates := REPLICATES.search(view.text)) is None:
        return
    loads = LOADS.search(view.text)
    named = view.hidden_url() is not None or any(REMOTE_IP.match(ip.group(0)) for f in view.of_kind("string")
                                                  for ip in IPV4.finditer(f.value[:2000]))
    fact = view.call_near(replicates.start()) if loads is not None and named else None
    if fact is None:
        return
    yield view.finding("redis-rogue-master", *view.unmistakable(fact), "backdoor",
                       "Makes a Redis server replicate from a master it names and load a module "
                       f"({replicates.group(0).decode('utf-8', 'replace')}…, {loads.group(0).decode('utf-8', 'replace')}): "
                       f"the rogue-master technique, which runs programs as the server, {view.run_text(fact)}.",
                       fact, view.level(fact))
