"""`npmward audit [PROJECT_DIR | LOCKFILE | SPEC...]`: packages against known vulnerabilities and malware.

Exit 1 when a package has a known vulnerability at or above `--audit-level` (like npm's: low,
moderate, high, critical; default low, i.e. any), is known malware, or is at or above `--fail-on`
(default suspicious) for another reason (a security holder version, ...). `--fail-on never` reports
without failing, unless `--audit-level` is given too.
"""

from __future__ import annotations

import enum
from typing import Annotated, Optional

import typer

from ..cli import (
    FailOn,
    FailOnOpt,
    FormatOpt,
    MinSeverityOpt,
    OfflineOpt,
    OutputOpt,
    QuietOpt,
    StoreOpt,
    VerboseOpt,
    finish,
    handles_errors,
    open_pipeline,
    project_of,
)


class AuditLevel(str, enum.Enum):
    low = "low"
    moderate = "moderate"
    high = "high"
    critical = "critical"


def audit_severity(level: "AuditLevel | None", fail_on: FailOn):
    """The `Severity` at which a vulnerability blocks: npm's words, npm's default (any), and none
    with `--fail-on never` unless a level was asked for."""
    from ..model import Severity

    if level is None:
        return None if fail_on is FailOn.never else Severity.LOW
    return Severity.MEDIUM if level is AuditLevel.moderate else Severity.parse(level.value)


def require_advisory_data(cache_dir) -> None:
    """An empty advisory database audits nothing: fail before anything is reported as clean."""
    from ..advisories import AdvisoryDB
    from ..errors import NpmwardError

    with AdvisoryDB.open(cache_dir) as db:
        status = db.status()
    if not status.total:
        raise NpmwardError(f"the advisory database {status.path} is empty, so nothing can be audited: run "
                           "`npmward db update`, or offline `npmward db import FILE.json|DIR|all.zip` with OSV's "
                           "npm export (https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip)")


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def audit(
        targets: Annotated[Optional[list[str]], typer.Argument(help="Project directories, lockfiles or name@version specs (default: the current directory).")] = None,
        fmt: FormatOpt = "text",
        output: OutputOpt = None,
        omit: Annotated[Optional[list[str]], typer.Option("--omit", help="Leave out dev, optional or peer dependencies (repeatable).")] = None,
        audit_level: Annotated[Optional[AuditLevel], typer.Option("--audit-level", help="Exit 1 for a known vulnerability at or above this severity (default low: any; none with --fail-on never).")] = None,
        fail_on: FailOnOpt = FailOn.suspicious,
        online: Annotated[bool, typer.Option("--online", help="Also ask the registry's bulk advisory endpoint (public package names only).")] = False,
        offline: OfflineOpt = False,
        verbose: VerboseOpt = False,
        quiet: QuietOpt = False,
        min_severity: MinSeverityOpt = "low",
        store: StoreOpt = False,
    ) -> None:
        """Audit dependencies (every lockfile format) against the advisory database; no code is downloaded."""
        from ..pipeline import Stages
        from ..store.commands import record_command_run

        targets = targets or ["."]
        online = online and not offline
        stages = Stages(analyzers=(), omit=tuple(omit or ()), online_advisories=online, require_advisories=True)
        with open_pipeline(project_of(None, targets), fail_on=fail_on, offline=offline,
                           audit_level=audit_severity(audit_level, fail_on)) as pipeline:
            if not online:
                require_advisory_data(pipeline.settings.cache_dir)
            report = pipeline.run(targets, stages)
        report = record_command_run(store, report, targets, "audit", pipeline.settings)
        finish(report, fmt, output, verbose=verbose, quiet=quiet, min_severity=min_severity)
