"""The JSON report: the stable, documented format (docs/report-format.md)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import PackageReport, ScanReport
from . import RenderOptions
from .checks import check_counts

FORMAT = "json"
SCHEMA_VERSION = 1


def package_to_dict(package: PackageReport) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": package.id.name,
        "version": package.id.version,
        "integrity": package.integrity,
        "source": package.source,
        "verdict": package.verdict.level.value,
        "score": package.verdict.score,
        "action": package.action.value,
        "reasons": [f.rule for f in package.verdict.reasons],
        "findings": [f.to_dict() for f in package.findings],
    }
    if package.suppressed:
        out["suppressed"] = [{**s.finding.to_dict(), "waived_because": s.reason, "waived_by": s.source,
                              "expires": s.expires} for s in package.suppressed]
    if package.notes:
        out["notes"] = list(package.notes)
    if package.paths:
        out["paths"] = [list(p) for p in package.paths]
    if package.lockfile:
        out["lockfile"] = package.lockfile
    return out


def report_to_dict(report: ScanReport) -> dict[str, Any]:
    return {
        "tool": {"name": "npmward", "version": __version__},
        "schema_version": SCHEMA_VERSION,
        "packages": [package_to_dict(p) for p in report.packages],
        "errors": [{"target": e.target, "message": e.message} for e in report.errors],
        "notes": list(report.notes),
        "checks": [c.to_dict() for c in check_counts(report.packages)],
    }


def render(report: ScanReport, options: RenderOptions = RenderOptions()) -> str:
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"
