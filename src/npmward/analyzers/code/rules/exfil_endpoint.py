from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...base import RuleInfo
from .. import flow as F
from .. import patterns as P
from ..view import FileView
from . import rule
from ._chain import sinks


@rule("exfil-endpoint", title="Webhook, paste or out-of-band endpoint",
      description="A string naming a Discord/Telegram webhook, a paste site, a request bin or an out-of-band "
                  "(collaborator) host; alone it is a capability, not intent. A request to such an endpoint whose URL the "
                  "code decodes at run time (base64, char codes), so that it is never written, is high (critical with the host's "
                  "or user's identity, from code that runs or that the application calls): a package "
                  "hides where it sends only from its reviewers (any other host so hidden is `code/hidden-route`). A URL with a raw "
                  "public IP address "
                  "is reported as `code/raw-ip-url`.",
      category="exfiltration", consumes=("string",), severity=S.MEDIUM,
      emits=(RuleInfo("code/raw-ip-url", "URL with a raw IP address", "A URL whose host is a public IP address rather "
                      "than a name.", "low", "exfiltration"),))
def check(view: FileView) -> Iterator[Finding]:
    graph = view.facts.graph
    for sink in sinks(view):
        f = sink.fact
        if sink.destination & F.OOB_HOST and f.flows and graph.value(f.flows[0]) & F.DECODED \
                and view.hides_host(f.args[0] if f.args else None):
            # (the carding bot's `Buffer.from('aHR0cHM6Ly9hcGkudGVsZWdyYW0…', 'base64')` relay of live cards)
            if sink.labels & F.IDENTITY and (sink.level in ("install", "entry") or view.run_by_app(f)):
                # Who and where the code runs, sent to a bot or webhook it hides, from code that runs: no SDK reports
                # the host to an endpoint it keeps from its readers (blind set 34's Crypto Pay webhook helper).
                yield view.finding("exfil-endpoint", S.CRITICAL, C.HIGH, "exfiltration",
                                   f"Sends the machine's identity to a webhook or out-of-band endpoint whose URL it decodes "
                                   f"at run time, {view.run_text(f)}: {(f.args[0] or '')[:100]}", f)
                return
            yield view.finding("exfil-endpoint", S.HIGH, C.MEDIUM, "exfiltration",
                               f"Sends to a webhook or out-of-band endpoint whose URL it decodes at run time: "
                               f"{(f.args[0] or '')[:100]}", f)
            return
    for f in view.all:
        if f.kind != "string" or "/" not in f.value:
            continue  # (both shapes are URLs; most strings are not)
        if P.EXFIL_URL.search(f.value):
            yield view.finding("exfil-endpoint", S.MEDIUM, C.MEDIUM, "exfiltration",
                               f"Contains a webhook, paste or out-of-band endpoint: {f.value[:100]}", f)
            return
        if P.RAW_IP_URL.search(f.value):
            yield view.finding("raw-ip-url", S.LOW, C.MEDIUM, "exfiltration",
                               f"Contains a URL with a raw IP address: {P.RAW_IP_URL.search(f.value).group(0)}", f)
            return
