"""What the dashboard (and `monitor list`) read from the store: one function per view.

Counts come from each project's latest run (written when it was evaluated), so the portfolio is a
few small queries whatever the number of packages; lists are bounded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from ..store.models import (
    Event,
    Finding,
    FirewallDecision,
    Package,
    Project,
    ProjectFinding,
    Run,
    Snapshot,
    SnapshotPackage,
)

OPEN = ("new", "confirmed")
TRUST_CHECKS = ("integrity", "signature", "provenance", "publish-attestation", "identity")
LEVEL_ORDER = {"malicious": 0, "suspicious": 1, "unknown": 2, "clean": 3}


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str
    mode: str
    kind: str
    source: str
    checked_at: dt.datetime | None
    packages: int = 0
    malicious: int = 0
    suspicious: int = 0
    blocked: int = 0
    open_findings: int = 0
    trigger: str | None = None

    @property
    def clean(self) -> int:
        return max(0, self.packages - self.malicious - self.suspicious)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class VersionedCache:
    """Results that stay valid until the store changes: keyed by the newest run and audit-trail
    event (every write that changes a page adds one of them) and the date (suppressions expire).
    One process's memory; two small queries per use instead of the whole computation."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[tuple, Any]] = {}

    def get(self, session: Any, key: str, compute):
        version = (session.execute(select(func.max(Run.id))).scalar(), session.execute(select(func.max(Event.id))).scalar(),
                   dt.date.today())
        entry = self.entries.get(key)
        if entry is None or entry[0] != version:
            entry = self.entries[key] = (version, compute())
        return entry[1]


def open_condition():
    """A project's finding that needs a look: still there, not waived by policy, not triaged away
    (a suppression counts again once its date has passed), and more than informational."""
    today = dt.date.today()
    return and_(ProjectFinding.active, ProjectFinding.waived.is_(None), ProjectFinding.severity > 0,
                or_(ProjectFinding.state.in_(OPEN),
                    and_(ProjectFinding.state == "suppressed", ProjectFinding.state_until < today)))


def portfolio(session: Any, counts_only: bool = False) -> list[ProjectRow]:
    """Every project with the counts of its latest run (and its open findings unless `counts_only`)."""
    latest = select(func.max(Run.id).label("id")).where(Run.snapshot_id.isnot(None)).group_by(Run.project_id).subquery()
    runs = {r.project_id: r for r in session.execute(select(Run).join(latest, latest.c.id == Run.id)).scalars()}
    opened = {} if counts_only else dict(session.execute(
        select(ProjectFinding.project_id, func.count()).where(open_condition()).group_by(ProjectFinding.project_id)).all())
    rows = []
    for project in session.execute(select(Project).order_by(Project.name)).scalars():
        run = runs.get(project.id)
        rows.append(ProjectRow(project.id, project.name, project.mode, project.kind, project.source, project.checked_at,
                               run.packages if run else 0, run.malicious if run else 0, run.suspicious if run else 0,
                               run.blocked if run else 0, opened.get(project.id, 0), run.trigger if run else None))
    rows.sort(key=lambda r: (-r.malicious, -r.suspicious, -r.open_findings, r.name))
    return rows


def trend(session: Any, project_id: int | None = None, days: int = 90) -> list[tuple[dt.datetime, int, int]]:
    """(time, malicious, suspicious) after each run: the sum over projects of their latest counts."""
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    query = (select(Run.project_id, Run.finished_at, Run.malicious, Run.suspicious)
             .where(Run.snapshot_id.isnot(None), Run.finished_at >= since).order_by(Run.finished_at, Run.id))
    if project_id is not None:
        query = query.where(Run.project_id == project_id)
    current: dict[int, tuple[int, int]] = {}
    points = []
    for pid, at, malicious, suspicious in session.execute(query):
        current[pid] = (malicious, suspicious)
        points.append((_aware(at), sum(m for m, _ in current.values()), sum(s for _, s in current.values())))
    return points


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


RISKY = ("malicious", "suspicious", "unknown")


def project_packages(session: Any, project: Project, levels: tuple[str, ...] = RISKY, limit: int | None = None
                     ) -> list[dict[str, Any]]:
    """The project's packages at these levels, worst first (the first `limit`). Sorted and cut in the
    database: only the rows shown have their paths and notes decoded (`level_counts` counts them all)."""
    if project.snapshot_id is None:
        return []
    worst = case(*((SnapshotPackage.level == name, rank) for name, rank in LEVEL_ORDER.items()), else_=9)
    return [dict(r._mapping) for r in session.execute(
        select(Package.id, Package.name, Package.version, SnapshotPackage.level, SnapshotPackage.score,
               SnapshotPackage.action, SnapshotPackage.scope, SnapshotPackage.paths, SnapshotPackage.notes)
        .join(SnapshotPackage, SnapshotPackage.package_id == Package.id)
        .where(SnapshotPackage.snapshot_id == project.snapshot_id, SnapshotPackage.level.in_(levels))
        .order_by(worst, SnapshotPackage.score.desc(), Package.name, Package.version).limit(limit))]


def level_counts(session: Any, project: Project) -> dict[str, int]:
    if project.snapshot_id is None:
        return {}
    return dict(session.execute(select(SnapshotPackage.level, func.count())
                                .where(SnapshotPackage.snapshot_id == project.snapshot_id)
                                .group_by(SnapshotPackage.level)).all())


def risky_tree(packages: list[dict[str, Any]], root: str) -> dict[str, Any]:
    """The chains from the root to every risky package, merged into one tree:
    {"name", "level" (of a risky node, else None), "children": [...]}."""
    levels = {f"{p['name']}@{p['version']}": p["level"] for p in packages}
    tree: dict[str, Any] = {"name": root, "level": None, "children": {}}
    for package in packages:
        key = f"{package['name']}@{package['version']}"
        for path in (package["paths"] or [[key]])[:3]:
            node = tree
            for step in path:
                node = node["children"].setdefault(step, {"name": step, "level": levels.get(step), "children": {}})

    def finish(node: dict[str, Any]) -> dict[str, Any]:
        children = sorted((finish(c) for c in node["children"].values()),
                          key=lambda c: (LEVEL_ORDER.get(c["level"] or "clean", 9), c["name"]))
        return {"name": node["name"], "level": node["level"], "children": children}

    return finish(tree)


def project_findings(session: Any, project: Project, *, state: str | None = None, include_closed: bool = False,
                     limit: int = 200, offset: int = 0, finding_id: int | None = None
                     ) -> tuple[list[dict[str, Any]], int]:
    """The project's findings (more than informational), worst first; and how many there are.
    By default only open ones; `state` picks one triage state, `include_closed` all."""
    conditions = [ProjectFinding.project_id == project.id, ProjectFinding.active, ProjectFinding.severity > 0]
    if finding_id is not None:
        conditions.append(ProjectFinding.finding_id == finding_id)
    elif state:
        conditions.append(ProjectFinding.state == state)
    elif not include_closed:
        conditions.append(open_condition())
    # Two steps: the page's ids, sorted on a few narrow columns, then the full rows of those ids only
    # (sorting the ~1,000 wide rows of a big project to keep 100 cost several times more).
    page = list(session.execute(_findings_of(project, Finding.id).where(*conditions)
                                .order_by(Finding.severity.desc(), Package.name, Finding.rule, Finding.id)
                                .limit(limit).offset(offset)).scalars())
    if offset == 0 and len(page) < limit:
        total = len(page)
    else:
        total = session.execute(_findings_of(project, func.count()).where(*conditions)).scalar_one()
    if not page:
        return [], total
    rows = {row.id: dict(row._mapping) for row in session.execute(
        _findings_of(project, Finding.id, Finding.rule, Finding.severity, Finding.confidence, Finding.category,
                     Finding.message, Finding.file, Finding.line, Finding.snippet, Finding.advisory_id,
                     Package.id.label("package_id"), Package.name, Package.version, SnapshotPackage.level,
                     ProjectFinding.state, ProjectFinding.state_until, ProjectFinding.state_by,
                     ProjectFinding.state_reason, ProjectFinding.waived, ProjectFinding.first_seen)
        .where(ProjectFinding.project_id == project.id, Finding.id.in_(page)))}
    return [rows[i] for i in page], total


def _findings_of(project: Project, *columns: Any):
    """`columns` of the project's findings on the packages of its current snapshot."""
    return (select(*columns).select_from(ProjectFinding)
            .join(Finding, Finding.id == ProjectFinding.finding_id)
            .join(Package, Package.id == Finding.package_id)
            .join(SnapshotPackage, and_(SnapshotPackage.package_id == Package.id,
                                        SnapshotPackage.snapshot_id == project.snapshot_id)))


def finding_row(session: Any, project_id: int, finding_id: int) -> dict[str, Any] | None:
    project = session.get(Project, project_id)
    if project is None:
        return None
    rows, _ = project_findings(session, project, finding_id=finding_id)
    return rows[0] if rows else None


def package_detail(session: Any, package_id: int) -> dict[str, Any] | None:
    package = session.get(Package, package_id)
    if package is None:
        return None
    findings = [f for f in session.execute(select(Finding).where(Finding.package_id == package_id)
                                           .order_by(Finding.severity.desc(), Finding.rule)).scalars()]
    used = session.execute(
        select(Project.id, Project.name, SnapshotPackage.level, SnapshotPackage.action, SnapshotPackage.paths)
        .join(SnapshotPackage, and_(SnapshotPackage.snapshot_id == Project.snapshot_id,
                                    SnapshotPackage.package_id == package_id))
        .order_by(Project.name)).all()
    timeline = next((f.details.get("timeline") for f in findings if f.rule == "dynamic/timeline"), None)
    return {
        "package": package,
        "findings": [f for f in findings if f.rule != "dynamic/timeline"],
        "timeline": timeline,
        "diff": [f for f in findings if f.rule.startswith("version-diff/")],
        "trust": [f for f in findings if f.details.get("check") in TRUST_CHECKS
                  or f.rule.startswith(("provenance", "signature", "integrity"))],
        "projects": [dict(r._mapping) for r in used],
        "decisions": firewall(session, package=package.name, limit=20),
    }


def firewall(session: Any, *, package: str | None = None, action: str | None = None, limit: int = 500
             ) -> list[FirewallDecision]:
    query = select(FirewallDecision).order_by(FirewallDecision.at.desc(), FirewallDecision.id.desc()).limit(limit)
    if package:
        query = query.where(FirewallDecision.package == package)
    if action:
        query = query.where(FirewallDecision.action == action)
    return list(session.execute(query).scalars())


def firewall_by_day(session: Any, days: int = 30) -> dict[str, dict[str, int]]:
    """action -> {YYYY-MM-DD: count} over the last `days` days."""
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for action, at in session.execute(select(FirewallDecision.action, FirewallDecision.at)
                                      .where(FirewallDecision.at >= since)):
        out[action][_aware(at).date().isoformat()] += 1
    return {k: dict(v) for k, v in out.items()}


def events(session: Any, project_id: int | None = None, limit: int = 200) -> list[Event]:
    query = select(Event).order_by(Event.id.desc()).limit(limit)
    if project_id is not None:
        query = query.where(Event.project_id == project_id)
    return list(session.execute(query).scalars())


def snapshots(session: Any, project_id: int) -> list[Snapshot]:
    return list(session.execute(select(Snapshot).where(Snapshot.project_id == project_id)
                                .order_by(Snapshot.id.desc()).limit(20)).scalars())
