"""SARIF 2.1.0, as GitHub code scanning displays it.

One result per finding. Package-relative files are placed where they live in a project
(`node_modules/<name>/<file>`), so the alert points at the installed file; findings about a project
file (a lockfile, package.json) keep that path. `security-severity` drives GitHub's severity badge.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .. import __version__
from ..model import Finding, PackageReport, ScanReport, Severity

FORMAT = "sarif"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/npmward/npmward"

LEVEL = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "warning",
         Severity.LOW: "note", Severity.INFO: "note"}
SECURITY_SEVERITY = {Severity.CRITICAL: "9.5", Severity.HIGH: "7.5", Severity.MEDIUM: "5.0",
                     Severity.LOW: "2.0", Severity.INFO: "0.0"}


def _uri(package: PackageReport, finding: Finding) -> str:
    if finding.details.get("project_file"):
        return str(finding.file)
    return f"node_modules/{package.id.name}/{finding.file or 'package.json'}"


def _result(package: PackageReport, finding: Finding, rule_index: int) -> dict[str, Any]:
    uri = _uri(package, finding)
    region: dict[str, Any] = {"startLine": max(1, finding.line or 1)}
    if finding.snippet:
        region["snippet"] = {"text": finding.snippet}
    fingerprint = hashlib.sha256(
        "|".join([finding.rule, str(package.id), uri, str(finding.line or 0), finding.snippet or ""]).encode()
    ).hexdigest()
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": f"{package.id} ({package.verdict.level.value}, score {package.verdict.score}): {finding.message}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "partialFingerprints": {"npmward/v1": fingerprint},
        "properties": {
            "package": package.id.name,
            "version": package.id.version,
            "verdict": package.verdict.level.value,
            "confidence": finding.confidence.label,
            "category": finding.category,
        },
    }


def report_to_sarif(report: ScanReport) -> dict[str, Any]:
    rules: dict[str, dict[str, Any]] = {}
    index: dict[str, int] = {}
    results = []
    for package in report.packages:
        for finding in package.findings:
            if finding.rule not in rules:
                index[finding.rule] = len(rules)
                rules[finding.rule] = {
                    "id": finding.rule,
                    "name": finding.rule.replace("/", "-"),
                    "shortDescription": {"text": finding.rule},
                    "fullDescription": {"text": finding.message},
                    "defaultConfiguration": {"level": LEVEL[finding.severity]},
                    "properties": {
                        "security-severity": SECURITY_SEVERITY[finding.severity],
                        "tags": ["security", "npm", finding.category],
                    },
                }
            results.append(_result(package, finding, index[finding.rule]))
    notifications = [
        {"level": "error", "message": {"text": f"{e.target}: {e.message}"}} for e in report.errors
    ] + [{"level": "note", "message": {"text": n}} for n in report.notes]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "npmward", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFO_URI, "rules": list(rules.values())}},
        "results": results,
        "invocations": [{"executionSuccessful": not report.errors,
                         "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: ScanReport) -> str:
    return json.dumps(report_to_sarif(report), indent=2, ensure_ascii=False) + "\n"
