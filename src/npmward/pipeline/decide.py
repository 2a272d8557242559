"""The one place a `PackageReport` is built: findings -> policy (waivers, verdict, action)."""

from __future__ import annotations

from typing import Iterable

from ..model import Finding, PackageId, PackageReport
from ..policy import Policy

_ORDER = lambda f: (-f.severity, -f.confidence, f.rule, f.file or "", f.line or 0)  # noqa: E731


def package_report(pid: PackageId, source: str, integrity: str | None, findings: Iterable[Finding],
                   policy: Policy, paths: tuple[tuple[str, ...], ...] = (), notes: Iterable[str] = (),
                   private: str | None = None, lockfile: str | None = None) -> PackageReport:
    """The report of one package: every finding (strongest first), the verdict on those the policy
    did not waive, and the action the policy takes. `private` says why the package is the
    organisation's own, when it is; `lockfile` the lockfile it was read from."""
    judged = policy.judge(pid, sorted(findings, key=_ORDER), private)
    return PackageReport(id=pid, source=source, integrity=integrity, verdict=judged.verdict,
                         findings=judged.findings, paths=paths, action=judged.action,
                         suppressed=judged.suppressed, notes=tuple(notes), lockfile=lockfile)
