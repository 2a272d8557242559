"""CycloneDX 1.5 JSON SBOM: every package of the report as a component (purl, hashes from the
lockfile integrity, scope), the dependency graph (from the paths the audit recorded), and the known
vulnerabilities and malware found, with ratings, CWEs, affected components and the fixing version.

The component scope comes from the audit's package source (`lockfile:<kind>[:dev|:optional]`):
dev dependencies are `excluded` (not shipped), optional ones `optional`, the rest `required`.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from typing import Any

from .. import __version__
from ..model import PackageReport, ScanReport
from . import RenderOptions

FORMAT = "cyclonedx"

_HASH_ALGS = {"sha512": "SHA-512", "sha384": "SHA-384", "sha256": "SHA-256", "sha1": "SHA-1"}
_RATING = {"critical": "critical", "high": "high", "moderate": "medium", "medium": "medium", "low": "low"}


def _hashes(integrity: str | None) -> list[dict[str, str]]:
    out = []
    for token in (integrity or "").split():
        alg, _, digest = token.partition("-")
        if alg in _HASH_ALGS:
            try:
                out.append({"alg": _HASH_ALGS[alg], "content": base64.b64decode(digest, validate=True).hex()})
            except ValueError:
                continue
    return out


def _scope(pkg: PackageReport) -> str:
    if pkg.source.endswith(":dev"):
        return "excluded"
    return "optional" if pkg.source.endswith(":optional") else "required"


def _component(pkg: PackageReport, ref: str) -> dict[str, Any]:
    component: dict[str, Any] = {"type": "library", "bom-ref": ref, "name": pkg.id.name, "purl": pkg.id.purl,
                                 "scope": _scope(pkg)}
    if pkg.id.scope:
        component["group"] = pkg.id.scope
        component["name"] = pkg.id.name.split("/", 1)[1]
    if pkg.id.version:
        component["version"] = pkg.id.version
    hashes = _hashes(pkg.integrity)
    if hashes:
        component["hashes"] = hashes
    return component


def _cwe_numbers(values: Any) -> list[int]:
    out = []
    for value in values or ():
        text = str(value).upper().removeprefix("CWE-")
        if text.isdigit():
            out.append(int(text))
    return out


def build_bom(report: ScanReport) -> dict[str, Any]:
    refs: dict[str, str] = {}
    components = []
    for pkg in report.packages:
        ref = pkg.id.purl
        if ref in refs.values():
            continue
        refs[str(pkg.id)] = ref
        components.append(_component(pkg, ref))
    edges: dict[str, set[str]] = {ref: set() for ref in refs.values()}
    for pkg in report.packages:
        for path in pkg.paths:
            for parent, child in zip(path, path[1:]):
                if parent in refs and child in refs:
                    edges[refs[parent]].add(refs[child])
    vulns: dict[str, dict[str, Any]] = {}
    for pkg in report.packages:
        for finding in pkg.findings:
            ident = finding.details.get("id")
            if finding.category not in ("vulnerability", "malware") or not ident:
                continue
            vuln = vulns.get(ident)
            if vuln is None:
                url = finding.details.get("url")
                vuln = vulns[ident] = {
                    "bom-ref": f"vulnerability:{ident}", "id": ident,
                    "source": {"name": "npm" if finding.details.get("source") == "npm-bulk" else "OSV",
                               **({"url": url} if url else {})},
                    "ratings": [{"severity": _RATING.get(finding.details.get("severity", ""), finding.severity.label
                                                         if finding.severity.label != "info" else "info")}],
                    "description": finding.message, "affects": [],
                }
                cwes = _cwe_numbers(finding.details.get("cwes"))
                if cwes:
                    vuln["cwes"] = cwes
                aliases = finding.details.get("aliases") or []
                if aliases:
                    vuln["references"] = [{"id": a, "source": {"name": "alias"}} for a in aliases]
                if finding.category == "malware":
                    vuln["recommendation"] = "Remove this package: it is known malware."
            fixed = finding.details.get("fixed_in")
            if fixed:
                vuln.setdefault("recommendation", f"Upgrade {pkg.id.name} to {fixed} or later.")
            ref = refs.get(str(pkg.id))
            if ref and {"ref": ref} not in vuln["affects"]:
                vuln["affects"].append({"ref": ref})
    bom: dict[str, Any] = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tools": {"components": [{"type": "application", "name": "npmward", "version": __version__}]},
        },
        "components": components,
        "dependencies": [{"ref": ref, "dependsOn": sorted(deps)} for ref, deps in edges.items()],
    }
    if vulns:
        bom["vulnerabilities"] = list(vulns.values())
    return bom


def render(report: ScanReport, options: RenderOptions = RenderOptions()) -> str:
    return json.dumps(build_bom(report), indent=2)
