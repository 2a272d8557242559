"""Passwords the application hashes, checks or connects with sent off the machine: a password-hashing wrapper (or a
hook around bcrypt's and argon2's functions, or around a database client's `connect`) that copies the plaintext it is
given into a request, beside the host's name or to a host it hides. A hashing library has no reason to send a password anywhere; an identity provider's client that sends
one to the provider it names sends neither the machine's identity nor to a hidden host."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule
from ._chain import sinks, to_hidden_host


@rule("password-exfiltration", title="Sends the passwords it hashes, checks, connects or logs in with",
      description="In a file that names a password-hashing library (bcrypt, argon2) or a database client's prototype "
                  "(a require hook that wraps pg's, mysql's or MongoDB's connect), or that types a password into a page (a "
                  "Puppeteer or Playwright login helper: `page.type(sel, password)`), or that checks a password against "
                  "the system (`dscl . -authonly`, `sudo -S`), a value named like a plaintext "
                  "password (`password`, `pass`, `plain`, `pw`) reaches a request to another machine that also carries the "
                  "host's or user's name, or goes to a host the code hides, an IP address or an out-of-band endpoint: "
                  "every login of the application hands its users' passwords to whoever is at the other end (critical "
                  "when it runs at install or load or in code the application runs).",
      category="exfiltration", consumes=("flows", "call", "new"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    remote = [sink for sink in sinks(view) if sink.labels & F.PASSWORD and sink.destination & F.REMOTE]
    # (the request that carries the host's name or goes to an out-of-band host or an address first: in a file that
    # hides a URL, the login request to the service the plugin is configured for is also a request to another machine)
    marked = [sink for sink in remote if sink.labels & (F.HOST_NAME | F.USER_NAME) or sink.destination & (F.OOB_HOST | F.RAW_IP)]
    for sink in marked or [sink for sink in remote if to_hidden_host(view, sink)]:
        severity, confidence = (S.CRITICAL, C.HIGH) if view.runs_now(sink.fact) else (S.HIGH, C.MEDIUM)
        yield view.finding("password-exfiltration", severity, confidence, "exfiltration",
                           f"Sends the plaintext passwords it hashes, checks, connects or logs in with through {sink.how}, "
                           f"{view.run_text(sink.fact)}.", sink.fact, view.level(sink.fact), sink=sink.fact.value[:120])
        return
