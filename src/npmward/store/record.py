"""Writing a run's results into the store: packages, findings, a project's snapshot and verdicts.

One function, `record_report`, takes what the pipeline returned (`ScanReport`) and where it belongs;
the monitor and the commands' `--store` both call it. It runs inside the caller's transaction and
touches only what this run evaluated:

- a finding is one row per (package, fingerprint); a rule version that states it differently
  updates the row (`rules_key`, `last_seen`), so triage survives new rule versions;
- a project's finding keeps its triage (state, who, why) whatever the run; the run only says
  whether it still applies (`active`) and whether the policy waives it;
- a package the run could not evaluate keeps its last known findings and is `unknown` in a new
  snapshot, with the reason in its notes: a failed download never turns into "clean".
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..advisories.osv import normalize_name
from ..model import Action, Finding, Level, PackageId, PackageReport, ScanReport
from . import now, upsert
from .models import Finding as FindingRow
from .models import Package, Project, ProjectFinding, Run, Snapshot, SnapshotPackage

UNKNOWN = "unknown"


def fingerprint(finding: Finding) -> str:
    """What identifies a finding across runs and rule versions: rule, place, evidence, advisory."""
    ident = str(finding.details.get("id") or "")
    text = "\x1f".join([finding.rule, finding.file or "", str(finding.line or 0), finding.snippet or "", ident])
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Member:
    """A package of a snapshot, as the lockfile has it (evaluated or not)."""

    id: PackageId
    integrity: str | None = None
    scope: str = "required"
    """`required`, `dev`, `optional` or `peer`."""
    paths: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class RunInfo:
    """What the run was: which command, why, and what it evaluated."""

    command: str
    trigger: str
    started_at: dt.datetime
    rules_key: str | None = None
    """The rule version the findings come from (None: an audit without code analysis)."""
    partial: bool = False
    """Only some packages of the snapshot were evaluated (the others keep their verdicts)."""
    merge: bool = False
    """The run saw only part of the evidence (`audit`, `verify`, `sandbox` with `--store`): its
    findings are added, none is retired, and a package's verdict becomes the worse of the stored
    one and this run's."""
    advisories: Mapping[str, str] = field(default_factory=dict)
    """Package name -> digest of its advisory records at this run (see `monitor.changes`)."""


def _scope_of(report: PackageReport) -> str:
    for scope in ("dev", "optional", "peer"):
        if report.source.endswith(f":{scope}"):
            return scope
    return "required"


def members_of_report(report: ScanReport) -> list[Member]:
    """The packages of a report, as snapshot members (the `--store` of a command without a lockfile)."""
    return [Member(p.id, p.integrity, _scope_of(p), p.paths) for p in report.packages]


def record_report(session: Any, report: ScanReport, info: RunInfo, *, project: Project | None = None,
                  snapshot: Snapshot | None = None, members: Sequence[Member] | None = None) -> Run:
    """Store one run's results (see the module docstring) and return its `Run` row."""
    when = now()
    members = list(members) if members is not None else members_of_report(report)
    by_purl: dict[str, PackageReport] = {p.id.purl: p for p in report.packages}
    if info.partial or info.merge:  # the snapshot's other packages are not touched
        members = [m for m in members if m.id.purl in by_purl]
    ids = _package_ids(session, members, report.packages)
    finding_ids, waived = _findings(session, report.packages, ids, info.rules_key, when)
    if snapshot is not None:
        failed: dict[str, list[str]] = {}  # name@version -> why the run could not read it
        for error in report.errors:
            failed.setdefault(error.target.split(" (", 1)[0], []).append(error.message)
        rows = []
        for member in members:
            package = by_purl.get(member.id.purl)
            if package is None and (info.partial or info.merge):
                continue
            row = _snapshot_row(snapshot.id, ids[member.id.purl], member, package, failed.get(str(member.id), []), when)
            row["advisories_digest"] = info.advisories.get(normalize_name(member.id.name)) if package else None
            rows.append(row)
        if info.merge:
            _keep_worse(session, snapshot.id, rows)
        upsert(session, SnapshotPackage, rows, ("snapshot_id", "package_id"),
               update=("scope", "level", "score", "action", "paths", "notes", "evaluated_at", "advisories_digest"))
        if not (info.partial or info.merge):
            snapshot.package_count = len({m.id.purl for m in members})
    if project is not None:
        evaluated = set() if info.merge else {ids[purl] for purl in by_purl}
        # Only a full evaluation can have changed the snapshot's members.
        _project_findings(session, project.id, finding_ids, waived, evaluated,
                          None if info.merge or info.partial else snapshot, when)
    run = Run(project_id=project.id if project else None, snapshot_id=snapshot.id if snapshot else None,
              command=info.command, trigger=info.trigger, started_at=info.started_at, finished_at=now(),
              reevaluated=len(by_purl),
              errors=[{"target": e.target, "message": e.message} for e in report.errors],
              notes=list(report.notes)[:200])
    _count(session, run, report, snapshot)
    session.add(run)
    if project is not None:
        project.checked_at = when
        if snapshot is not None:
            project.snapshot_id = snapshot.id
    session.flush()
    return run


def _package_ids(session: Any, members: Iterable[Member], reports: Iterable[PackageReport]) -> dict[str, int]:
    from sqlalchemy import select

    rows: dict[str, dict[str, Any]] = {}
    for pid, integrity in [(m.id, m.integrity) for m in members] + [(r.id, r.integrity) for r in reports]:
        row = rows.setdefault(pid.purl, {"purl": pid.purl, "name": pid.name, "version": pid.version,
                                         "integrity": None})
        row["integrity"] = row["integrity"] or integrity
    upsert(session, Package, list(rows.values()), ("purl",))
    ids: dict[str, int] = {}
    missing: list[int] = []
    purls = sorted(rows)
    for start in range(0, len(purls), 500):
        chunk = purls[start:start + 500]
        for pid, purl, integrity in session.execute(
                select(Package.id, Package.purl, Package.integrity).where(Package.purl.in_(chunk))):
            ids[purl] = pid
            if integrity is None and rows[purl]["integrity"]:
                missing.append(pid)
    if missing:  # stored first without an integrity (an audit), learnt now
        from sqlalchemy import update

        by_id = {ids[p]: rows[p]["integrity"] for p in rows}
        for pid in missing:
            session.execute(update(Package).where(Package.id == pid).values(integrity=by_id[pid]))
    return ids


def _findings(session: Any, reports: Iterable[PackageReport], ids: Mapping[str, int], rules_key: str | None,
              when: dt.datetime) -> tuple[dict[int, list[int]], dict[int, str]]:
    """Upsert every finding of the evaluated packages (kept and waived); return package id ->
    [(finding id, severity)], and finding id -> why the policy waived it."""
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    reasons: dict[tuple[int, str], str] = {}
    for report in reports:
        package_id = ids[report.id.purl]
        every = [(f, None) for f in report.findings] + [(s.finding, f"{s.reason} ({s.source})") for s in report.suppressed]
        for finding, why in every:
            key = (package_id, fingerprint(finding))
            if key in rows:
                continue
            rows[key] = {
                "package_id": package_id, "fingerprint": key[1], "rule": finding.rule[:200],
                "severity": int(finding.severity), "confidence": int(finding.confidence),
                "category": finding.category[:40], "message": finding.message, "file": finding.file,
                "line": finding.line, "snippet": finding.snippet, "details": _jsonable(finding.details),
                "advisory_id": (str(finding.details["id"])[:100] if finding.details.get("id")
                                and finding.category in ("vulnerability", "malware") else None),
                "rules_key": rules_key, "first_seen": when, "last_seen": when,
            }
            if why is not None:
                reasons[key] = why
    returned = upsert(session, FindingRow, list(rows.values()), ("package_id", "fingerprint"),
                      update=("severity", "confidence", "message", "snippet", "details", "rules_key", "last_seen"),
                      returning=(FindingRow.id, FindingRow.package_id, FindingRow.fingerprint, FindingRow.severity))
    by_package: dict[int, list[tuple[int, int]]] = {ids[r.id.purl]: [] for r in reports}
    waived: dict[int, str] = {}
    for finding_id, package_id, fp, severity in returned:
        by_package.setdefault(package_id, []).append((finding_id, severity))
        if (package_id, fp) in reasons:
            waived[finding_id] = reasons[(package_id, fp)]
    return by_package, waived


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, default=str))


def _snapshot_row(snapshot_id: int, package_id: int, member: Member, package: PackageReport | None,
                  failures: list[str], when: dt.datetime) -> dict[str, Any]:
    """A package's row in the snapshot. A package the run could not read is `unknown` — also when
    the pipeline reported it (with the findings it had) as clean: code that was not read is never
    called clean."""
    row = {"snapshot_id": snapshot_id, "package_id": package_id, "scope": member.scope,
           "paths": [list(p) for p in member.paths][:20], "evaluated_at": when}
    why = f": {'; '.join(failures[:3])}" if failures else ""
    if package is None:
        return {**row, "level": UNKNOWN, "score": 0.0, "action": Action.WARN.value,
                "notes": [f"not evaluated in this run{why}"]}
    level = package.verdict.level.value
    notes = list(package.notes)[:20]
    if failures and level == Level.CLEAN.value:
        level, notes = UNKNOWN, [f"not fully evaluated in this run{why}"] + notes
    return {**row, "level": level, "score": float(package.verdict.score), "action": package.action.value,
            "notes": notes}


def _keep_worse(session: Any, snapshot_id: int, rows: list[dict[str, Any]]) -> None:
    """Merge runs: a stored verdict worse than this run's stands (its evidence is not in this run)."""
    from sqlalchemy import select

    ranks = {Level.CLEAN.value: 0, UNKNOWN: 1, Level.SUSPICIOUS.value: 2, Level.MALICIOUS.value: 3}
    stored = {pid: rest for pid, *rest in session.execute(
        select(SnapshotPackage.package_id, SnapshotPackage.level, SnapshotPackage.score, SnapshotPackage.action,
               SnapshotPackage.notes, SnapshotPackage.advisories_digest)
        .where(SnapshotPackage.snapshot_id == snapshot_id))}
    for row in rows:
        old = stored.get(row["package_id"])
        if old is None:
            continue
        row["advisories_digest"] = row["advisories_digest"] or old[4]
        if ranks.get(old[0], 0) > ranks.get(row["level"], 0):
            row["level"], row["score"], row["notes"] = old[0], max(old[1], row["score"]), old[3]
        if Action(old[2]).rank > Action(row["action"]).rank:
            row["action"] = old[2]


def _project_findings(session: Any, project_id: int, finding_ids: Mapping[int, list[tuple[int, int]]], waived: Mapping[int, str],
                      evaluated: set[int], snapshot: Snapshot | None, when: dt.datetime) -> None:
    """Mark what applies to the project now; keep every triage decision."""
    from sqlalchemy import and_, not_, select, update

    rows = [{"project_id": project_id, "finding_id": fid, "active": True, "first_seen": when, "last_seen": when,
             "state": "new", "waived": waived.get(fid), "severity": severity}
            for fids in finding_ids.values() for fid, severity in fids]
    upsert(session, ProjectFinding, rows, ("project_id", "finding_id"),
           update=("active", "last_seen", "waived", "severity"))
    stale = ProjectFinding.last_seen < when
    gone = [FindingRow.package_id.in_(sorted(evaluated))] if evaluated else []
    if snapshot is not None:
        members = select(SnapshotPackage.package_id).where(SnapshotPackage.snapshot_id == snapshot.id)
        gone.append(not_(FindingRow.package_id.in_(members)))
    if not gone:
        return
    from sqlalchemy import or_

    affected = select(FindingRow.id).where(or_(*gone))
    session.execute(update(ProjectFinding)
                    .where(and_(ProjectFinding.project_id == project_id, ProjectFinding.active, stale,
                                ProjectFinding.finding_id.in_(affected)))
                    .values(active=False), execution_options={"synchronize_session": False})


def _count(session: Any, run: Run, report: ScanReport, snapshot: Snapshot | None) -> None:
    """The run's counts: over the whole snapshot when there is one (a partial run included)."""
    if snapshot is None:
        levels = [p.verdict.level.value for p in report.packages]
        actions = [p.action.value for p in report.packages]
    else:
        from sqlalchemy import select

        pairs = session.execute(select(SnapshotPackage.level, SnapshotPackage.action)
                                .where(SnapshotPackage.snapshot_id == snapshot.id)).all()
        levels = [level for level, _ in pairs]
        actions = [action for _, action in pairs]
    run.packages = len(levels)
    run.malicious = levels.count(Level.MALICIOUS.value)
    run.suspicious = levels.count(Level.SUSPICIOUS.value)
    run.blocked = actions.count(Action.BLOCK.value)


def ensure_snapshot(session: Any, project: Project, digest: str, lockfile: str, fmt: str) -> tuple[Snapshot, bool]:
    """The project's snapshot for this lockfile digest, and whether it is new (made once even when
    two runs get there at the same time)."""
    from sqlalchemy import select

    inserted = upsert(session, Snapshot, [{"project_id": project.id, "digest": digest, "lockfile": lockfile,
                                           "format": fmt, "created_at": now(), "package_count": 0}],
                      ("project_id", "digest"), returning=(Snapshot.id,))
    snapshot = session.execute(select(Snapshot).where(Snapshot.project_id == project.id,
                                                      Snapshot.digest == digest)).scalar_one()
    return snapshot, bool(inserted)
