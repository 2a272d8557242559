"""`--store` for `scan`, `audit`, `verify` and `sandbox`: record the run's report in the store.

When the run's targets are one project (a directory with a lockfile, or a lockfile), the results
belong to that project — the monitored one with the same source, or a new *recorded* project named
after its directory (shown by the dashboard, not re-evaluated by `monitor run` until it is added
with `monitor add`) — and to the snapshot of its lockfile. Otherwise (registry specs, tarballs) the packages,
findings and the run are recorded without a project.

`scan` sees all the evidence, so its results replace the stored ones; `audit`, `verify` and
`sandbox` see part of it, so theirs are merged in (see `RunInfo.merge`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..model import ScanReport
from . import now, open_store, record_event

if TYPE_CHECKING:
    from .models import Project

FULL_COMMANDS = ("scan",)


def record_command_run(enabled: bool, report: ScanReport, targets: Sequence[str], command: str, settings: Any,
                       started_at=None) -> ScanReport:
    """Record `report` when `--store` was given. Returns the report to print: the same one, or with
    an error added when the store could not take it (the run then exits 2, its report still shown)."""
    if not enabled:
        return report
    from dataclasses import replace

    from ..errors import NpmwardError
    from ..model import TargetError

    try:
        _record(report, targets, command, settings, started_at)
    except (NpmwardError, OSError) as exc:
        return replace(report, errors=(*report.errors, TargetError("--store", f"the run was not recorded: {exc}")))
    return report


def _record(report: ScanReport, targets: Sequence[str], command: str, settings: Any, started_at) -> None:
    # SQLAlchemy is imported here, not with the module: a run without --store never pays for it.
    from ..lockfiles import LOCKFILE_NAMES, find_lockfile
    from .record import RunInfo, ensure_snapshot, record_report

    lockfile = None
    if len(targets) == 1:
        path = Path(targets[0]).expanduser()
        if path.is_file() and path.name in LOCKFILE_NAMES:
            lockfile = path.resolve()
        elif path.is_dir() and any((path / n).is_file() for n in LOCKFILE_NAMES):
            lockfile = find_lockfile(path).resolve()
    info = RunInfo(command=command, trigger="command", started_at=started_at or now(), merge=command not in FULL_COMMANDS)
    with open_store(settings) as store, store.session() as session:
        project = snapshot = None
        if lockfile is not None:
            project = _project_for(session, lockfile.parent, "audit" if command == "audit" else "scan")
            digest = hashlib.sha256(lockfile.read_bytes()).hexdigest()
            snapshot, _ = ensure_snapshot(session, project, digest, str(lockfile), lockfile.name)
        record_report(session, report, info, project=project, snapshot=snapshot)


def _project_for(session: Any, directory: Path, mode: str) -> Project:
    from sqlalchemy import select

    from .models import Project

    source = str(directory)
    project = session.execute(select(Project).where(Project.source == source, Project.kind.in_(("path", "recorded")))
                              ).scalars().first()
    if project is not None:
        return project
    taken = set(session.execute(select(Project.name)).scalars())
    name = directory.name or "project"
    base, n = name, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    project = Project(name=name, source=source, kind="recorded", mode=mode, created_at=now())
    session.add(project)
    session.flush()
    record_event(session, "cli", "project-added", name, project.id, source=source, mode=mode, by="--store")
    return project
