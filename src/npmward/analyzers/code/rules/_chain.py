"""Sources and sinks of the exfiltration chains (shared by the three chain rules)."""

from __future__ import annotations

from typing import Iterator

from .. import patterns as P
from ..behaviours import executes, sends
from ..extract import Fact
from ..view import FileView


def sources(facts: list[Fact]) -> list[tuple[Fact, str, str]]:
    """(fact, strength, what) for each secret source: strength is strong / named / host."""
    out = []
    for f in facts:
        if f.kind == "env-all":
            out.append((f, "strong", "the whole environment"))
        elif f.kind == "env" and (f.value == "[dynamic]" or P.SECRET_ENV.match(f.value)):
            out.append((f, "named", f"process.env.{f.value}"))
        elif f.kind == "string" and P.SECRET_PATHS.search(f.value) and len(f.value) < 300:
            out.append((f, "strong", f"the secret file {f.value!r}"))
        elif f.kind == "call" and f.value in P.FINGERPRINT_CALLS:
            out.append((f, "host", f.value + "()"))
    return out


def sinks(facts: list[Fact]) -> list[tuple[Fact, str]]:
    out = []
    for f in facts:
        if sends(f):
            out.append((f, f"a network call ({f.value})"))
        elif f.kind == "call" and P.DNS_CALLS.match(f.value) and (not f.args or f.args[0] is None):
            out.append((f, f"a DNS lookup of a constructed name ({f.value})"))
        elif executes(f) and any(a and P.SHELL_COMMAND.search(a) for a in f.args):
            out.append((f, f"a shell command ({f.value})"))
        elif executes(f) and any(a is None for a in f.args[:1]):
            out.append((f, f"a constructed command ({f.value})"))
        elif f.kind == "string" and P.EXFIL_URL.search(f.value) and "/" in f.value:
            out.append((f, f"a webhook/paste/out-of-band endpoint ({f.value[:80]})"))
    return out


def chains(view: FileView) -> Iterator[tuple[bool, set[str], list, list]]:
    """(active, source strengths, sources, sinks) for each group of facts that has both."""
    for facts, active in ((view.active, True), (view.deferred, False)):
        found, out = sources(facts), sinks(facts)
        if found and out:
            yield active, {s for _, s, _ in found}, found, out


def report(view: FileView, rule_id: str, severity, confidence, category: str, active: bool,
           found: list, out: list):
    source, _, what = next((s for s in found if s[1] == "strong"), None) or \
        next((s for s in found if s[1] == "named"), found[0])
    sink, how = out[0]
    return view.finding(rule_id, severity, confidence, category,
                        f"Reads {what} and sends data out through {how}, {view.when_text(active)}.", source,
                        sink_line=sink.line, sink=sink.value[:120])


def to_endpoint(out: list) -> bool:
    """One of the sinks is a webhook/paste/out-of-band endpoint named in the code."""
    return any(f.kind == "string" for f, _ in out)
