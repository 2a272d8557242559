"""`monitor run`: bring every monitored project's stored verdicts up to date, doing only the work
that something changed.

For each project:

```
 inputs (lockfile + policy) changed, or rules changed, or first run ─► evaluate every package
 else the advisory database changed ─► evaluate only packages whose advisory records changed
 else packages left unknown by a failed run ─► evaluate those again
 else ─► nothing (no pipeline, no write)
```

Evaluation is the library pipeline (`Pipeline.evaluate`) on subjects built from the lockfile, so a
re-evaluation reads tarballs and findings from the disk cache instead of downloading them. Results
are recorded per project in one transaction (`store.record.record_report`); a project that fails
is reported and the others go on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..errors import NpmwardError
from ..model import ScanReport
from ..store import Store, now
from ..store.models import Project, ProjectFinding, SnapshotPackage, StoreState
from ..store.record import UNKNOWN, Member, RunInfo, ensure_snapshot, record_report
from . import changes

ADVISORIES_STATE = "advisories-status"


@dataclass(frozen=True)
class ProjectOutcome:
    """What `monitor run` did for one project."""

    name: str
    trigger: str | None
    """Why it evaluated (`first`, `lockfile`, `policy`, `rules`, `advisories`, `retry`), None if nothing changed."""
    packages: int = 0
    reevaluated: int = 0
    """Packages the pipeline evaluated in this run."""
    malicious: int = 0
    suspicious: int = 0
    blocked: int = 0
    new_findings: int = 0
    """Findings that apply to the project for the first time."""
    errors: tuple[str, ...] = ()
    seconds: float = 0.0


PipelineFactory = Callable[[Any, Any], Any]
"""`(settings, policy) -> Pipeline` (tests inject a registry client through it)."""


def _default_pipeline(settings, policy):
    from ..pipeline import Pipeline

    return Pipeline(settings, policy)


def run_projects(store: Store, settings, names: Sequence[str] = (), *, pipeline_factory: PipelineFactory | None = None,
                 progress: Callable[[str], None] | None = None) -> list[ProjectOutcome]:
    """Run the monitor over the named projects (all when `names` is empty)."""
    from sqlalchemy import select

    from ..advisories import AdvisoryDB
    from .projects import find_project

    factory = pipeline_factory or _default_pipeline
    say = progress or (lambda message: None)
    with store.reading() as session:
        if names:
            projects = [find_project(session, name) for name in names]
        else:
            projects = list(session.execute(select(Project).where(Project.kind != "recorded")
                                            .order_by(Project.name)).scalars())
        saved = session.get(StoreState, ADVISORIES_STATE)
        unknown = _with_unknown(session)
    with AdvisoryDB.open(settings.cache_dir) as db:
        status_key = changes.advisories_status_key(db)
        advisories_changed = saved is None or saved.value.get("key") != status_key
        context = _Context(store, settings, db, advisories_changed, unknown, factory, say)
        outcomes = []
        for project in projects:
            started = time.monotonic()
            try:
                outcome = _run_project(context, project)
            except NpmwardError as exc:
                outcome = ProjectOutcome(project.name, "error", errors=(str(exc),))
            outcomes.append(_timed(outcome, time.monotonic() - started))
    outcomes = _with_stored_counts(store, outcomes)
    if advisories_changed and not names and not any(o.trigger == "error" for o in outcomes):
        # Every project now carries the digests of this database (a package a run could not
        # evaluate is `unknown` and retried anyway): the next run may skip comparing.
        from ..store import upsert

        with store.session() as session:
            upsert(session, StoreState, [{"key": ADVISORIES_STATE, "value": {"key": status_key}}], ("key",),
                   update=("value",))
    return outcomes


def _with_stored_counts(store: Store, outcomes: list[ProjectOutcome]) -> list[ProjectOutcome]:
    """Unchanged projects report the counts of their last evaluation."""
    from dataclasses import replace

    from ..dashboard.queries import portfolio

    if all(o.trigger is not None for o in outcomes):
        return outcomes
    with store.reading() as session:
        stored = {row.name: row for row in portfolio(session, counts_only=True)}
    return [o if o.trigger is not None or o.name not in stored else
            replace(o, packages=stored[o.name].packages, malicious=stored[o.name].malicious,
                    suspicious=stored[o.name].suspicious, blocked=stored[o.name].blocked) for o in outcomes]


def _timed(outcome: ProjectOutcome, seconds: float) -> ProjectOutcome:
    from dataclasses import replace

    return replace(outcome, seconds=round(seconds, 3))


@dataclass
class _Context:
    """What the projects of one run share."""

    store: Store
    settings: Any
    db: Any
    """The advisory database, open for the run."""
    advisories_changed: bool
    unknown: set[int]
    """Projects with packages a failed run left unknown."""
    factory: PipelineFactory
    say: Callable[[str], None]
    digests: dict[str, str] = field(default_factory=dict)
    """Package name -> advisory digest, computed once per run (projects share most names)."""


def _run_project(context: _Context, project: Project) -> ProjectOutcome:
    """Evaluate one project as far as something changed (see the module docstring)."""
    from ..policy import load_policy
    from .projects import lockfile_of, project_dir

    store, settings = context.store, context.settings
    directory = project_dir(project, settings.cache_dir)
    lockfile = lockfile_of(project, directory)
    lock_digest = changes.file_digest(lockfile)
    policy = load_policy(directory)
    manifest = directory / "package.json"
    inputs = changes.input_digest(lock_digest, manifest.read_bytes() if manifest.is_file() else b"", policy)
    rules = changes.rules_key(project.mode)
    trigger = _full_trigger(store, project, lock_digest, inputs, rules)
    only: set[str] | None = None
    if trigger is None:
        pending = (_pending(context, project) if context.advisories_changed or project.id in context.unknown
                   else None)
        if not pending:
            return ProjectOutcome(project.name, None)
        trigger, only = pending
    context.say(f"{project.name}: {trigger}")
    # Imported only now: the pipeline (registry client, analyzers, httpx) is most of a run's start-up
    # cost, and a run where nothing changed never needs it.
    from ..lockfiles import read_lockfile
    from ..pipeline.resolve import Resolved, graph_subjects

    graph = read_lockfile(lockfile)
    every, notes = graph_subjects(graph, _declared(directory, graph))
    members = [Member(s.locked.id, s.locked.integrity, _scope(s.locked), graph.chains(s.locked.key)) for s in every]
    subjects = every if only is None else [s for s in every if s.id.purl in only]
    started_at = now()
    digests = changes.advisory_digests(context.db, {s.id.name for s in subjects if s.id is not None}, context.digests)
    stages = _stages(project.mode)
    with context.factory(settings.with_(project_dir=directory), policy) as pipeline:
        report: ScanReport = pipeline.evaluate(Resolved(subjects=subjects, notes=notes, graphs=[graph]), stages)
    info = RunInfo(command="monitor", trigger=trigger, started_at=started_at, rules_key=rules,
                   partial=only is not None, advisories=digests)
    with store.session() as session:
        current = session.get(Project, project.id)
        if current is None:
            raise NpmwardError(f"{project.name}: removed while it was being evaluated")
        snapshot, _ = ensure_snapshot(session, current, lock_digest, str(lockfile), graph.format)
        run = record_report(session, report, info, project=current, snapshot=snapshot, members=members)
        if only is None:
            current.input_digest, current.rules_key = inputs, rules
        new = _count_new(session, current.id, started_at)
    return ProjectOutcome(project.name, trigger, run.packages, run.reevaluated, run.malicious, run.suspicious,
                          run.blocked, new, tuple(f"{e.target}: {e.message}" for e in report.errors))


def _full_trigger(store: Store, project: Project, lock_digest: str, inputs: str, rules: str) -> str | None:
    from sqlalchemy import select

    from ..store.models import Snapshot

    if project.snapshot_id is None or project.input_digest is None:
        return "first"
    if project.input_digest != inputs:
        with store.reading() as session:
            digest = session.execute(select(Snapshot.digest).where(Snapshot.id == project.snapshot_id)).scalar()
        return "lockfile" if digest != lock_digest else "policy"
    if project.rules_key != rules:
        return "rules"
    return None


def _with_unknown(session) -> set[int]:
    """Projects whose current snapshot has packages a failed run left unknown."""
    from sqlalchemy import select

    return set(session.execute(select(Project.id).join(SnapshotPackage, SnapshotPackage.snapshot_id == Project.snapshot_id)
                               .where(SnapshotPackage.level == UNKNOWN).distinct()).scalars())


def _pending(context: _Context, project: Project) -> tuple[str, set[str]] | None:
    """Packages of the current snapshot to evaluate again: those whose advisory records changed
    (when the database changed), else those a failed run left unknown."""
    from sqlalchemy import select

    from ..advisories.osv import normalize_name
    from ..store.models import Package

    query = (select(Package.purl, Package.name, SnapshotPackage.level, SnapshotPackage.advisories_digest)
             .join(SnapshotPackage, SnapshotPackage.package_id == Package.id)
             .where(SnapshotPackage.snapshot_id == project.snapshot_id))
    with context.store.reading() as session:
        rows = session.execute(query if context.advisories_changed
                               else query.where(SnapshotPackage.level == UNKNOWN)).all()
    if context.advisories_changed:
        current = changes.advisory_digests(context.db, {name for _, name, _, _ in rows}, context.digests)
        changed = {purl for purl, name, _, digest in rows if current[normalize_name(name)] != digest}
        if changed:
            return "advisories", changed
    unknown = {purl for purl, _, level, _ in rows if level == UNKNOWN}
    return ("retry", unknown) if unknown else None


def _declared(directory: Path, graph) -> dict[str, str]:
    from ..audit import declared_ranges

    return {**graph.direct, **declared_ranges(directory)}


def _scope(locked) -> str:
    return "dev" if locked.dev else "optional" if locked.optional else "peer" if locked.peer else "required"


def _stages(mode: str):
    from ..pipeline import Stages

    return Stages() if mode == "scan" else Stages(analyzers=())


def _count_new(session, project_id: int, since) -> int:
    from sqlalchemy import func, select

    return session.execute(select(func.count()).select_from(ProjectFinding)
                           .where(ProjectFinding.project_id == project_id,
                                  ProjectFinding.first_seen >= since)).scalar_one()

