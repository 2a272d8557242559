"""Run the analyzers over many packages: worker processes, one analysis per integrity.

The main process does all I/O that needs the network (through the registry client) and hands each
worker a `Job`: where the package's bytes are, plus the registry metadata its analyzers asked for.
Workers load the package (in memory, with limits), run the analyzers and return findings. Findings of
analyzers that look only at the package's contents are cached by integrity and analyzer version, so
a re-scan of an unchanged project analyses nothing again.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import __version__
from .analyzers import registered_analyzers
from .analyzers.base import AnalysisContext
from .errors import NpmwardError
from .model import Artifact, Finding, LockedPackage, PackageReport, TargetError
from .settings import Settings
from .verdict import decide


@dataclass(frozen=True, eq=False)
class Job:
    """One package to analyse, with everything the worker needs and nothing it must fetch."""

    target: str
    """What the user named (for error messages)."""
    source: str
    """The report's `source` (`registry:<url>`, `tarball:<path>`, `directory:<path>`)."""
    tarball: bytes | None = None
    """The package's tarball bytes, already verified against its integrity."""
    path: str | None = None
    """A tarball file or package directory to load when `tarball` is None."""
    integrity: str | None = None
    packument: Mapping[str, Any] | None = None
    attestations: Mapping[str, Any] | None = None
    registry_keys: Mapping[str, Any] | None = None
    previous_tarball: bytes | None = None
    registry_url: str | None = None
    locked: LockedPackage | None = None
    paths: tuple[tuple[str, ...], ...] = ()
    prior_findings: tuple[Finding, ...] = ()
    """Findings established before analysis (e.g. the audit's advisory matches)."""
    extras: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class JobResult:
    report: PackageReport | None
    error: TargetError | None
    cache_entries: Mapping[str, list[dict]]
    """analyzer key -> findings, to store in the verdict cache."""


def analyzer_key(cls: type) -> str:
    """Cache key of an analyzer's findings: its name and version plus a digest of the analyzers'
    source, so a changed rule never serves findings its old code produced."""
    return f"{cls.name}@{cls.version}+{_analyzers_digest()}"


@lru_cache(maxsize=1)
def _analyzers_digest() -> str:
    root = Path(__file__).resolve().parent / "analyzers"
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def is_content_only(cls: type) -> bool:
    """An analyzer whose findings depend on the package's bytes alone can be cached by integrity."""
    return not cls.needs


def load_job_artifact(job: Job) -> Artifact:
    from .package import load_directory, load_tarball

    if job.tarball is not None:
        return load_tarball(job.tarball, source=job.source, integrity=job.integrity)
    if job.path is None:
        raise NpmwardError(f"{job.target}: nothing to load")
    path = Path(job.path)
    if path.is_dir():
        return load_directory(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NpmwardError(f"{job.target}: cannot read: {exc.strerror or exc}") from exc
    return load_tarball(data, source=job.source, integrity=job.integrity)


def run_job(job: Job, analyzer_names: Sequence[str], settings: Settings,
            cached: Mapping[str, list[dict]], dynamic: bool = False) -> JobResult:
    """Worker entry point: load, analyse, decide. Never raises for a bad package: returns an error."""
    from .package import load_tarball

    try:
        artifact = load_job_artifact(job)
        previous = (load_tarball(job.previous_tarball, source="previous-version")
                    if job.previous_tarball is not None else None)
        context = AnalysisContext(
            artifact=artifact, settings=settings, packument=job.packument, previous=previous,
            attestations=job.attestations, registry_keys=job.registry_keys, locked=job.locked,
            registry_url=job.registry_url, extras=job.extras,
        )
        classes = registered_analyzers()
        findings: list[Finding] = list(job.prior_findings)
        new_entries: dict[str, list[dict]] = {}
        for name in analyzer_names:
            cls = classes[name]
            key = analyzer_key(cls)
            if key in cached:
                findings.extend(Finding.from_dict(d) for d in cached[key])
                continue
            produced = list(cls().analyze(context))
            findings.extend(produced)
            if artifact.integrity and is_content_only(cls):
                new_entries[key] = [f.to_dict() for f in produced]
        if dynamic:
            from .sandbox import run_dynamic

            dynamic_findings, _timeline = run_dynamic(artifact, settings)
            findings.extend(dynamic_findings)
        findings.sort(key=lambda f: (-f.severity, -f.confidence, f.rule, f.file or "", f.line or 0))
        report = PackageReport(
            id=artifact.id, source=artifact.source, integrity=artifact.integrity,
            verdict=decide(findings), findings=tuple(findings), paths=job.paths,
        )
        return JobResult(report, None, new_entries)
    except NpmwardError as exc:
        return JobResult(None, TargetError(job.target, str(exc)), {})
    except Exception as exc:  # noqa: BLE001 - one broken package must not lose the whole run
        return JobResult(None, TargetError(job.target, f"internal error while analysing: {type(exc).__name__}: {exc}"), {})


class FindingCache:
    """Findings of content-only analyzers per integrity, in the one disk cache (namespace `findings`)."""

    def __init__(self, settings: Settings):
        from .registry.cache import DiskCache

        self.disk = DiskCache(settings.cache_dir)
        self.enabled = settings.use_cache

    def get(self, integrity: str | None) -> dict[str, list[dict]]:
        if not (self.enabled and integrity):
            return {}
        data = self.disk.get_json("findings", integrity)
        return data if isinstance(data, dict) and data.get("_integrity") == integrity else {}

    def put(self, integrity: str | None, entries: Mapping[str, list[dict]]) -> None:
        if not (integrity and entries):
            return
        current = self.get(integrity) if self.enabled else {}
        current.update(entries)
        current["_integrity"] = integrity
        current["_npmward"] = __version__
        try:
            self.disk.put_json("findings", integrity, current)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def default_analyzer_names() -> list[str]:
    return sorted(registered_analyzers())


def analyze_jobs(
    jobs: Iterable[Job],
    settings: Settings,
    analyzer_names: Sequence[str] | None = None,
    dynamic: bool = False,
    on_done: Callable[[JobResult], None] | None = None,
) -> tuple[list[PackageReport], list[TargetError]]:
    """Analyse every job, in worker processes when there is more than one job and more than one
    worker. Results come back in the order of `jobs`."""
    names = list(analyzer_names or default_analyzer_names())
    jobs = list(jobs)
    cache = FindingCache(settings)
    classes = registered_analyzers()
    wanted = {analyzer_key(classes[n]) for n in names}
    cached = [{k: v for k, v in cache.get(job.integrity).items() if k in wanted} for job in jobs]
    results: list[JobResult | None] = [None] * len(jobs)

    def finish(index: int, result: JobResult) -> None:
        results[index] = result
        cache.put(jobs[index].integrity, result.cache_entries)
        if on_done:
            on_done(result)

    workers = max(1, min(settings.jobs, len(jobs)))
    if workers == 1:
        for index, job in enumerate(jobs):
            finish(index, run_job(job, names, settings, cached[index], dynamic))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending: dict[Future, int] = {}
            # Largest first: a bundle-heavy package started last would leave one core working alone
            # at the end (longest-processing-time-first scheduling).
            queue = iter(sorted(range(len(jobs)), key=lambda i: -len(jobs[i].tarball or b"")))
            # Keep a bounded number of jobs in flight so tarball bytes are not all pickled at once.
            for index in queue:
                pending[pool.submit(run_job, jobs[index], names, settings, cached[index], dynamic)] = index
                if len(pending) >= workers * 4:
                    break
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    finish(pending.pop(future), future.result())
                    nxt = next(queue, None)
                    if nxt is not None:
                        pending[pool.submit(run_job, jobs[nxt], names, settings, cached[nxt], dynamic)] = nxt
    reports = [r.report for r in results if r is not None and r.report is not None]
    errors = [r.error for r in results if r is not None and r.error is not None]
    return reports, errors
