"""SARIF 2.1.0, as GitHub code scanning reads it.

Only actionable results: findings at or above `RenderOptions.min_severity` (default: everything but
INFO, which only describes — "integrity verified", "signature not checked"). Each result sits at a
location a reviewer can open:

- a package that came from a lockfile: the line of its entry in that lockfile (relative to the
  current directory, where CI checks the repository out); the file inside the package is named in
  the message and in `properties.packageFile`;
- otherwise (a spec, a tarball, a directory): the file inside the package, prefixed with
  `name@version/` so that it can never be mistaken for a file of the repository.

A known vulnerability or malware advisory is its own rule (`GHSA-…`, `MAL-…`), so that GitHub gives
each its own severity; every other finding's rule is its rule id. `rules[]` comes from
`rule_descriptors`, the one place a rule catalogue plugs in.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

from .. import __version__
from ..model import Finding, PackageReport, ScanReport, Severity
from . import RenderOptions
from .advice import fix_advice
from .checks import check_counts
from .locate import LockfileLines

FORMAT = "sarif"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/npmward/npmward"

LEVEL = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "warning",
         Severity.LOW: "note", Severity.INFO: "note"}
SECURITY_SEVERITY = {Severity.CRITICAL: "9.5", Severity.HIGH: "7.5", Severity.MEDIUM: "5.0",
                     Severity.LOW: "2.0", Severity.INFO: "0.0"}
ADVISORY_CATEGORIES = ("vulnerability", "malware")


def rule_id(finding: Finding) -> str:
    """The SARIF rule of a finding: the advisory id for a known vulnerability or malware, else the rule id."""
    advisory = finding.details.get("id")
    return str(advisory) if finding.category in ADVISORY_CATEGORIES and advisory else finding.rule


def _catalogue() -> dict[str, Any]:
    """Rule id -> catalogue entry (id, title, description, severity, category), when the analyzers
    publish one; rules it does not list are described from their findings."""
    try:
        from ..analyzers.code.catalogue import rule_catalogue  # type: ignore[attr-defined]
    except ImportError:
        return {}
    return {info.id: info for info in rule_catalogue()}


def rule_descriptors(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """`rules[]` for the findings' rules, in first-seen order: title and description from the rule
    catalogue where it has the rule, else from the findings. The severity is the strongest finding's
    in this run, not the rule's worst case: code scanning ranks alerts by the rule's severity."""
    strongest: dict[str, Finding] = {}
    for finding in findings:
        rid = rule_id(finding)
        if rid not in strongest or finding.severity > strongest[rid].severity:
            strongest[rid] = finding
    catalogue = _catalogue() if strongest else {}
    out = []
    for rid, finding in strongest.items():
        entry = catalogue.get(rid)
        severity = finding.severity
        title = entry.title if entry else (f"{finding.rule}: {rid}" if rid != finding.rule else finding.rule)
        description = entry.description if entry else finding.message
        help_text = description
        url = finding.details.get("url")
        out.append({
            "id": rid,
            "name": finding.rule.replace("/", "-") if rid == finding.rule else rid,
            "shortDescription": {"text": title},
            "fullDescription": {"text": description},
            "help": {"text": help_text + (f"\n\nMore: {url}" if url else "")},
            **({"helpUri": url} if isinstance(url, str) and url.startswith("https://") else {}),
            "defaultConfiguration": {"level": LEVEL[severity]},
            "properties": {"security-severity": SECURITY_SEVERITY[severity],
                           "tags": ["security", "npm", finding.category, finding.rule.split("/", 1)[0]],
                           "precision": "high" if finding.confidence.label == "high" else "medium"},
        })
    return out


def artifact_uri(path: str, base: Path) -> str:
    """A lockfile path as a URI relative to `base` (the checkout, resolved), POSIX separators,
    percent-encoded; a file outside `base` keeps its absolute `file://` URI."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(base)
    except ValueError:
        return absolute.as_uri()
    return quote(relative.as_posix(), safe="/@+~-._")


def _fingerprint(package: PackageReport, finding: Finding) -> str:
    # Stable while the lockfile around the entry moves: the package, the rule and the evidence.
    parts = [rule_id(finding), finding.rule, package.id.name, package.id.version, finding.file or "",
             str(finding.line or 0), finding.snippet or ""]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class _Locator:
    def __init__(self, base: Path):
        self.base = base.resolve()
        self.lines = LockfileLines()
        self.uris: dict[str, str] = {}

    def lockfile_of(self, package: PackageReport, finding: Finding) -> str | None:
        if package.lockfile:
            return package.lockfile
        # An audit finding about a lockfile entry names the lockfile as its file.
        if finding.rule.startswith("audit/") and finding.file and Path(finding.file).is_file():
            return finding.file
        return None

    def location(self, package: PackageReport, finding: Finding) -> tuple[dict[str, Any], str | None]:
        """The physical location, and `file:line` inside the package when the location is elsewhere."""
        lockfile = self.lockfile_of(package, finding)
        inner = None
        if finding.file and finding.file != lockfile:
            inner = finding.file + (f":{finding.line}" if finding.line else "")
        if lockfile is not None:
            line = self.lines.line(lockfile, package.id.name, package.id.version) or 1
            if lockfile not in self.uris:
                self.uris[lockfile] = artifact_uri(lockfile, self.base)
            return {"artifactLocation": {"uri": self.uris[lockfile]}, "region": {"startLine": line}}, inner
        uri = quote(f"{package.id}/{finding.file or 'package.json'}", safe="/@+~-._")
        region: dict[str, Any] = {"startLine": max(1, finding.line or 1)}
        if finding.snippet:
            region["snippet"] = {"text": finding.snippet}
        return {"artifactLocation": {"uri": uri}, "region": region}, None


def _message(package: PackageReport, finding: Finding, inner: str | None) -> str:
    text = f"{package.id}: {finding.message}"
    if inner:
        text += f" (in {package.id}/{inner})"
    advice = fix_advice(package, finding)
    if advice:
        text += f" — {advice}"
    if package.paths and len(package.paths[0]) > 2:
        text += f" [via {' > '.join(package.paths[0][1:])}]"
    return text


def _result(package: PackageReport, finding: Finding, index: int, locator: _Locator) -> dict[str, Any]:
    location, inner = locator.location(package, finding)
    properties: dict[str, Any] = {"package": package.id.name, "version": package.id.version,
                                  "verdict": package.verdict.level.value, "action": package.action.value,
                                  "severity": finding.severity.label, "confidence": finding.confidence.label,
                                  "category": finding.category, "rule": finding.rule}
    if inner:
        properties["packageFile"] = inner
    if finding.snippet and inner:
        properties["snippet"] = finding.snippet
    return {
        "ruleId": rule_id(finding),
        "ruleIndex": index,
        "level": LEVEL[finding.severity],
        "message": {"text": _message(package, finding, inner)},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {"npmward/v1": _fingerprint(package, finding)},
        "properties": properties,
    }


def report_to_sarif(report: ScanReport, options: RenderOptions = RenderOptions()) -> dict[str, Any]:
    chosen = [(package, finding) for package in report.packages for finding in package.findings
              if finding.severity >= options.min_severity]
    rules = rule_descriptors(finding for _, finding in chosen)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    locator = _Locator(options.base or Path.cwd())
    results = [_result(package, finding, index[rule_id(finding)], locator) for package, finding in chosen]
    notifications = [
        {"level": "error", "message": {"text": f"{e.target}: {e.message}"}} for e in report.errors
    ] + [{"level": "note", "message": {"text": n}} for n in report.notes]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "npmward", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFO_URI, "rules": rules}},
        "results": results,
        "invocations": [{"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}],
        "properties": {"packages": len(report.packages), "minimumSeverity": options.min_severity.label,
                       "checks": [c.to_dict() for c in check_counts(report.packages)]},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: ScanReport, options: RenderOptions = RenderOptions()) -> str:
    return json.dumps(report_to_sarif(report, options), indent=2, ensure_ascii=False) + "\n"
