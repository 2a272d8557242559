"""Export a monitored project from the store: SARIF, and CycloneDX with VEX from triage.

The project's current snapshot is turned back into a `ScanReport` (verdicts, the findings that
still apply, chains from the root), so the exports are the same renderers `scan` uses. Triage
becomes CycloneDX `analysis` (VEX):

| triage         | analysis.state | response     |
|----------------|----------------|--------------|
| new            | in_triage      |              |
| confirmed      | exploitable    | update       |
| false_positive | false_positive |              |
| suppressed     | exploitable    | will_not_fix | (with the date it is accepted until)

Advisories carry their triage; other findings appear in the VEX only once someone triaged them,
as `npmward:<rule>` vulnerabilities of the package.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import Action, Confidence, Finding, Level, PackageId, PackageReport, ScanReport, Severity, Verdict
from ..store.models import Finding as FindingRow
from ..store.models import Package, Project, ProjectFinding, SnapshotPackage

VEX = {"new": ("in_triage", []), "confirmed": ("exploitable", ["update"]),
       "false_positive": ("false_positive", []), "suppressed": ("exploitable", ["will_not_fix"])}
OPENNESS = ["in_triage", "exploitable", "false_positive"]
"""When one advisory's packages were triaged differently, the most open state speaks for it."""


def project_report(session: Any, project: Project) -> tuple[ScanReport, dict[tuple[str, str], ProjectFinding]]:
    """The project's current state as a report, and (purl, fingerprint) -> its triage row."""
    from sqlalchemy import select

    packages = session.execute(
        select(Package, SnapshotPackage).join(SnapshotPackage, SnapshotPackage.package_id == Package.id)
        .where(SnapshotPackage.snapshot_id == project.snapshot_id).order_by(Package.name, Package.version)).all()
    findings: dict[int, list[tuple[FindingRow, ProjectFinding]]] = defaultdict(list)
    for row, triage in session.execute(
            select(FindingRow, ProjectFinding).join(ProjectFinding, ProjectFinding.finding_id == FindingRow.id)
            .where(ProjectFinding.project_id == project.id, ProjectFinding.active)):
        findings[row.package_id].append((row, triage))
    reports, triaged = [], {}
    for package, member in packages:
        kept = []
        for row, triage in findings.get(package.id, ()):
            triaged[(package.purl, row.fingerprint)] = triage
            if triage.waived is None:
                kept.append(_finding(row))
        level = Level(member.level) if member.level in Level._value2member_map_ else Level.SUSPICIOUS
        scope = "" if member.scope == "required" else f":{member.scope}"
        reports.append(PackageReport(
            id=PackageId(package.name, package.version), source=f"store:{project.name}{scope}",
            integrity=package.integrity, verdict=Verdict(level, member.score), findings=tuple(kept),
            paths=tuple(tuple(p) for p in member.paths), action=Action(member.action), notes=tuple(member.notes)))
    return ScanReport(packages=tuple(reports)), triaged


def _finding(row: FindingRow) -> Finding:
    return Finding(row.rule, Severity(row.severity), Confidence(row.confidence), row.category, row.message,
                   row.file, row.line, row.snippet, row.details or {})


def export_sarif(session: Any, project: Project) -> str:
    from ..report.sarif import render

    return render(project_report(session, project)[0])


def export_cyclonedx(session: Any, project: Project) -> str:
    """CycloneDX 1.5 JSON: components, dependencies, vulnerabilities with VEX analysis."""
    import json

    from ..report.cyclonedx import build_bom
    from ..store.record import fingerprint

    report, triaged = project_report(session, project)
    bom = build_bom(report)
    states: dict[str, list[str]] = defaultdict(list)
    details: dict[str, list[str]] = defaultdict(list)
    extra: list[dict[str, Any]] = []
    for package in report.packages:
        for finding in package.findings:
            triage = triaged.get((package.id.purl, fingerprint(finding)))
            if triage is None:
                continue
            state, response = VEX.get(triage.state, VEX["new"])
            ident = finding.details.get("id")
            note = _detail(triage)
            if finding.category in ("vulnerability", "malware") and ident:
                states[str(ident)].append(triage.state)
                if note:
                    details[str(ident)].append(f"{package.id}: {note}")
            elif triage.state != "new":
                extra.append({"bom-ref": f"npmward:{finding.rule}:{package.id.purl}:{fingerprint(finding)[:12]}",
                              "id": f"npmward:{finding.rule}", "source": {"name": "npmward"},
                              "description": finding.message, "affects": [{"ref": package.id.purl}],
                              "analysis": _analysis(state, response, note)})
    for vulnerability in bom.get("vulnerabilities", []):
        seen = states.get(vulnerability["id"])
        if not seen:
            continue
        chosen = min((VEX.get(s, VEX["new"]) for s in seen), key=lambda pair: OPENNESS.index(pair[0]))
        vulnerability["analysis"] = _analysis(chosen[0], chosen[1], "; ".join(details.get(vulnerability["id"], [])))
    if extra:
        bom.setdefault("vulnerabilities", []).extend(extra)
    return json.dumps(bom, indent=2)


def _detail(triage: ProjectFinding) -> str:
    parts = []
    if triage.state_reason:
        parts.append(triage.state_reason)
    if triage.state == "suppressed" and triage.state_until:
        parts.append(f"accepted until {triage.state_until.isoformat()}")
    if triage.state_by:
        parts.append(f"by {triage.state_by}")
    return ", ".join(parts)


def _analysis(state: str, response: list[str], detail: str) -> dict[str, Any]:
    out: dict[str, Any] = {"state": state}
    if response:
        out["response"] = response
    if detail:
        out["detail"] = detail[:2000]
    return out
