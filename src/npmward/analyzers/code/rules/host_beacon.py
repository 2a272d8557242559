from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..recon import absurd_version, imitated_scope
from ..view import FileView, Grid
from . import rule
from ._chain import app_sends_to_endpoint, identities, sinks, source_fact, to_hidden_host

STRONG = F.HOST_NAME | F.USER_NAME | F.NET_IFACES | F.DNS_SERVERS
"""Who and where the host is. Home directory, working directory, package.json and the names of the
environment's variables identify the victim too, but ordinary tools send them."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.INFO, C.LOW))
"""The beacon's signature: two identities or more, or sent to an out-of-band host, a raw IP or
through DNS names."""
ONE_IDENTITY = Grid(install=(S.HIGH, C.HIGH), load=(S.MEDIUM, C.MEDIUM), module=(S.LOW, C.LOW), deferred=(S.INFO, C.LOW))
"""One identity to an ordinary host."""
DEFERRED_TO_ENDPOINT = (S.MEDIUM, C.MEDIUM)
HIDDEN_FROM_APP = (S.HIGH, C.MEDIUM)
"""From a function the application calls, to a host the file hides or a raw IP: an SDK names its endpoint."""


WHO = F.HOST_NAME | F.USER_NAME
LABEL_ENCODINGS = {"hex", "base32", "base64url"}


def _encoded_for_labels(view: FileView, labels: int) -> bool:
    """The function that reads who the host is encodes it as a DNS label can hold (`Buffer.from(os.hostname())
    .toString('hex')`): names a lookup's labels are built of, not a name some option of a client carries along."""
    source = source_fact(view, labels)
    return source is not None and any(
        f.scope == source.scope and f.kind == "call" and f.value.endswith(".toString") and f.args[:1] and f.args[0] in LABEL_ENCODINGS
        for f in view.of_kind("call"))


@rule("host-beacon", title="Host identity sent off the machine",
      description="The host's and user's identity (hostname, user name, network interfaces, DNS servers; with the home "
                  "and working directories, package.json and the environment's variable names) reaches a network "
                  "call, request write, DNS lookup of a built name or a network command (curl, nslookup, dig): the "
                  "dependency-confusion beacon. Critical at install or load with two identities, an out-of-band "
                  "(collaborator) host, a raw IP, a host the file hides (decoded, never written) or DNS, and from code the application runs (an interceptor, a handler) with two identities to an out-of-band host or three to a host the file hides; high from code the application runs through a DNS name built of the host's or user's name encoded for a label (hex, base32); one step more for an absurd version (>= 90.0.0, 1.999.x, "
                  "50.50.50) or a scope that imitates a popular one.",
      category="recon", consumes=("flows", "call", "new", "manifest"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    best = None
    for sink in sinks(view):
        found = sink.labels & F.IDENTITY
        strong = found & STRONG
        endpoint = sink.destination & (F.OOB_HOST | F.RAW_IP)
        if not endpoint and to_hidden_host(view, sink):
            endpoint = F.UNPACKED  # (a host the file decodes and never writes: it hides where it sends)
        if not strong and not (endpoint and bin(found).count("1") >= 2):
            continue
        signature = bin(found).count("1") >= 2 or endpoint or sink.dns
        severity, confidence = (GRID if signature else ONE_IDENTITY).at(sink.level)
        if sink.level == "deferred" and sink.destination & F.OOB_HOST:
            # From code the application runs (an interceptor, a handler), who and where to a collaborator or bot
            # endpoint: no SDK reports the user's name and host to a Telegram bot or a webhook.
            two = bin(found).count("1") >= 2 and app_sends_to_endpoint(view, sink)
            severity, confidence = (S.CRITICAL, C.HIGH) if two else DEFERRED_TO_ENDPOINT
        elif sink.level == "deferred" and (endpoint == F.UNPACKED or (endpoint & F.RAW_IP and bin(found).count("1") >= 2)) \
                and view.called_by_app(sink.fact):
            # (or to a bare IP address: an SDK names its collector's host)
            severity, confidence = HIDDEN_FROM_APP
            if bin(found).count("1") >= 3:
                # (who, as whom and where, to a host it hides, from every use of the application: no SDK's usage report
                # carries the host, the user and the home directory to an address it keeps from its reader)
                severity, confidence = S.CRITICAL, C.HIGH
        elif sink.level == "deferred" and sink.dns and found & WHO and view.called_by_app(sink.fact) \
                and _encoded_for_labels(view, found & WHO):
            # The host's or user's name encoded for a DNS label (hex, base32) and looked up from code the application
            # runs: telemetry posts to its collector; only a beacon spells who it runs as into a query's labels.
            severity, confidence = HIDDEN_FROM_APP
        elif sink.level == "module" and endpoint and bin(found).count("1") >= 2:
            # A script or command of the package (a bin, a build step) that reports who and where to an address
            # it hides or an IP: a CLI's usage stats name their collector and leave the user out.
            severity, confidence = S.CRITICAL, C.HIGH
        if severity is S.INFO:
            continue
        if best is None or (severity, confidence) > best[0]:
            best = ((severity, confidence), sink, found)
    if best is None:
        return
    (severity, confidence), sink, found = best
    manifest = view.manifest or {}
    why = []
    if absurd_version(str(manifest.get("version", ""))):
        why.append(f"its version {manifest.get('version')} is absurd, as dependency-confusion packages' are")
    imitated = imitated_scope(str(manifest.get("name", "")))
    if imitated:
        why.append(f"its scope imitates {imitated}")
    if why and sink.level != "deferred":
        severity, confidence = S(min(severity + 1, S.CRITICAL)), C.HIGH
    source = source_fact(view, found)
    yield view.finding("host-beacon", severity, confidence, "recon",
                       f"Sends {', '.join(identities(found))} through {sink.how}, "
                       f"{view.run_text(sink.fact) if sink.level == 'deferred' else view.when_text(sink.level)}"
                       + (", to an out-of-band host" if sink.destination & F.OOB_HOST else
                          ", to a host the file hides" if to_hidden_host(view, sink) else "")
                       + (f"; {' and '.join(why)}" if why else "") + ".",
                       source or sink.fact, sink.level, sink_line=sink.fact.line, sink=sink.fact.value[:120])
