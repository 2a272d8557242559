"""Helpers of the sandbox tests: run inert fixture packages through the real sandbox (bubblewrap,
strace, Node, npm), two at a time, and keep what each run saw with its findings and verdict."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from npmward.analyzers.dynamic import dynamic_findings
from npmward.model import Finding, Verdict
from npmward.package import load_directory
from npmward.sandbox import SandboxDeps, SandboxLimits, SandboxRun, available, run
from npmward.verdict import decide

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sandbox"


@dataclass(frozen=True)
class Outcome:
    run: SandboxRun
    findings: list[Finding]
    verdict: Verdict

    def rules(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.rule, []).append(f)
        return out

    def exfiltrated(self) -> set[str]:
        return {f.details["token"] for f in self.rules().get("dynamic/honeytoken-exfiltration", [])}

    def summary(self) -> dict:
        return next(f.details["summary"] for f in self.findings if f.rule == "dynamic/timeline")

    def sent(self, host: str) -> list[str]:
        """Bodies the sink received for `host` (HTTP and HTTPS)."""
        return [o.data.get("body") or "" for o in self.run.observations if o.kind == "http" and o.data.get("host") == host]


def outcome(name: str, limits: SandboxLimits = SandboxLimits(), deps: SandboxDeps = SandboxDeps()) -> Outcome:
    result = run(load_directory(FIXTURES / name), deps, limits)
    findings = dynamic_findings(result)
    return Outcome(result, findings, decide(findings))


@functools.lru_cache(maxsize=None)
def cached(name: str) -> Outcome:
    """One run per fixture per test process (tests of one fixture share it; xdist spreads fixtures)."""
    return outcome(name)


def descendants(pid: int) -> list[int]:
    """Processes below `pid` (this test's own), through /proc's child lists."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for t in tasks:
            try:
                kids = [int(c) for c in open(f"/proc/{p}/task/{t}/children").read().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def cmdline(pid: int) -> str:
    try:
        return open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def needs_sandbox() -> list:
    """pytest marks for a module that runs real sandboxes: skipped, with the reason, where they cannot run."""
    reason = available()
    return [pytest.mark.sandbox, pytest.mark.skipif(reason is not None, reason=f"sandboxes cannot run here: {reason}")]
