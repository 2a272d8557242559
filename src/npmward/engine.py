"""Run the analyzers over packages: worker processes with a time and a memory budget each, and one
analysis per integrity.

The pipeline does every network fetch and hands the engine `Job`s: the package's bytes plus the
registry metadata its analyzers asked for. A worker loads the package (in memory, with limits), runs
the analyzers one by one and sends each analyzer's findings back as soon as it has them. A worker
that overruns its package's time budget, exceeds its memory limit or dies is killed and replaced;
its package keeps every finding already received plus an `analysis/incomplete` finding that says what
was not read — an error never erases a verdict, and code that was not read is never called clean.

Findings of analyzers that need nothing but the package's bytes are cached by integrity and a digest
of the analyzers' source: the cache holds what a package *is*, never a setting or a policy decision.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from . import __version__
from .analyzers import registered_analyzers
from .analyzers.base import NEEDS_PREVIOUS, AnalysisContext
from .errors import NpmwardError
from .model import Artifact, Confidence, Finding, LockedPackage, PackageId, Severity
from .registry.identity import RegistryIdentity
from .settings import Settings

INCOMPLETE_RULE = "analysis/incomplete"
MANIFEST_KEY = "_manifest"
"""The findings cache also keeps the `package.json` of the bytes it was computed from (content, like
the findings): a package whose every analyzer is cached is reported without unpacking it again."""


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
    previous_integrity: str | None = None
    """sha512 SRI of `previous_tarball` (what a version diff's findings are cached under)."""
    registry_url: str | None = None
    locked: LockedPackage | None = None
    identity: RegistryIdentity = field(default_factory=RegistryIdentity)
    extras: Mapping[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.tarball or b"")


@dataclass(frozen=True)
class Analysed:
    """What the analysis of one job produced."""

    id: PackageId | None
    """The package as its manifest names it (None when it could not be loaded)."""
    source: str
    integrity: str | None
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    """Why the package could not be loaded at all (it has no findings then)."""
    manifest: Mapping[str, Any] | None = None
    """The package's own package.json (the sandbox needs its dependencies)."""


def analyzer_key(cls: type) -> str:
    """Cache key of an analyzer's findings: its name and version plus a digest of the analyzers'
    source, so a changed rule never serves findings its old code produced."""
    return f"{cls.name}@{cls.version}+{analyzers_digest()}"


@lru_cache(maxsize=1)
def analyzers_digest() -> str:
    """A digest of everything findings are computed from: the analyzers' code, the version diff they
    call (diff.py) and the data they read (popularity list, domain lists, ...)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for root in (package / "analyzers", package / "data", package / "diff.py"):
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if path.is_file() and path.suffix in (".py", ".txt", ".tsv", ".json"):
                digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def cache_key(cls: type, job: "Job") -> str | None:
    """Where an analyzer's findings for this job are cached, or None when they cannot be: only
    findings that depend on bytes alone are — the package's (keyed by its integrity), and for a
    version diff the previous version's too."""
    if not cls.needs:
        return analyzer_key(cls)
    if cls.needs == {NEEDS_PREVIOUS}:
        return f"{analyzer_key(cls)}|{job.previous_integrity or 'none'}"
    return None


def cache_keys(names: Iterable[str], job: "Job") -> dict[str, str]:
    """Analyzer name -> cache key, for the analyzers of `names` whose findings can be cached."""
    classes = registered_analyzers()
    return {name: key for name in names if (key := cache_key(classes[name], job)) is not None}


def incomplete(why: str, analyzers: Iterable[str] = ()) -> Finding:
    """The finding of a package whose analysis could not finish: at least suspicious, because code
    that was not read cannot be called clean."""
    missing = sorted(analyzers)
    return Finding(INCOMPLETE_RULE, Severity.HIGH, Confidence.MEDIUM, "analysis",
                   f"Analysis incomplete: {why}" + (f"; not finished: {', '.join(missing)}" if missing else "")
                   + ". What was not read cannot be called clean.",
                   details={"reason": why, "analyzers": missing})


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


class _Unpacked(Mapping):
    """A package's files, unpacked the first time an analyzer asks for them."""

    def __init__(self, job: Job):
        self.job = job
        self.files: Mapping[str, bytes] | None = None

    def _load(self) -> Mapping[str, bytes]:
        if self.files is None:
            self.files = load_job_artifact(self.job).files
        return self.files

    def __getitem__(self, path: str) -> bytes:
        return self._load()[path]

    def __iter__(self):
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _cached_artifact(job: Job, names: Sequence[str], keys: Mapping[str, str],
                     cached: Mapping[str, Any]) -> Artifact | None:
    """The package of a job whose every content analyzer is cached, with the cached manifest and
    its files unpacked only if an analyzer that reads registry documents asks for them (unpacking
    typescript's 23 MB took a third of a warm scan). The bytes are the ones the cache entry was
    computed from — it is keyed by their integrity — so they passed the tarball's checks then."""
    manifest = cached.get(MANIFEST_KEY)
    if not (isinstance(manifest, dict) and job.integrity) or not all(keys[n] in cached for n in names if n in keys):
        return None  # (a directory has no integrity, and is never cached)
    from .package.manifest import manifest_id

    return Artifact(id=manifest_id(manifest), files=_Unpacked(job), manifest=manifest, source=job.source,
                    integrity=job.integrity)


# --- one job -------------------------------------------------------------------------------------

def analyze_job(job: Job, names: Sequence[str], cached: Mapping[str, list[dict]],
                send: Callable[[tuple], None]) -> None:
    """Load and analyse one job, sending `("loaded", id, source, integrity, manifest)`, then
    `("analyzer", name, findings, cache key or None)` per analyzer, then `("done",)` — or
    `("error", message)` when the package cannot be loaded. Never raises for a bad package."""
    from .package import load_tarball

    classes = registered_analyzers()
    keys = cache_keys(names, job)
    try:
        artifact = _cached_artifact(job, names, keys, cached) or load_job_artifact(job)
    except NpmwardError as exc:
        send(("error", str(exc)))
        return
    except (RecursionError, MemoryError) as exc:
        send(("error", f"cannot be loaded within the budget ({type(exc).__name__})"))
        return
    send(("loaded", artifact.id, artifact.source, artifact.integrity, dict(artifact.manifest)))
    previous = None
    if job.previous_tarball is not None and any(NEEDS_PREVIOUS in classes[n].needs and keys.get(n) not in cached
                                                for n in names):
        try:
            previous = load_tarball(job.previous_tarball, source="previous-version")
        except NpmwardError:
            pass  # the comparison is lost, not the package's own analysis
    context = AnalysisContext(
        artifact=artifact, identity=job.identity, packument=job.packument, previous=previous,
        attestations=job.attestations, registry_keys=job.registry_keys, locked=job.locked,
        registry_url=job.registry_url, extras=job.extras,
    )
    for name in names:
        key = keys.get(name)
        if key is not None and key in cached:
            send(("analyzer", name, [Finding.from_dict(d) for d in cached[key]], None))
            continue
        try:
            produced = list(classes[name]().analyze(context))
        except (RecursionError, MemoryError) as exc:
            send(("analyzer", name, [incomplete(f"{type(exc).__name__} in the {name} analyzer", [name])], None))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug in one analyzer must not lose the others' findings
            send(("analyzer", name, [incomplete(f"internal error in the {name} analyzer: "
                                                f"{type(exc).__name__}: {exc}", [name])], None))
            continue
        complete = not any(f.rule.endswith("incomplete") for f in produced)
        send(("analyzer", name, produced, key if key is not None and artifact.integrity and complete else None))
    send(("done",))


class _Collector:
    """Turns one job's messages into an `Analysed` and cache entries."""

    def __init__(self, job: Job, names: Sequence[str]):
        self.job = job
        self.pending = list(names)
        self.findings: list[Finding] = []
        self.entries: dict[str, list[dict]] = {}
        self.loaded: tuple | None = None
        self.error: str | None = None
        self.finished = False

    def __call__(self, message: tuple) -> None:
        kind = message[0]
        if kind == "loaded":
            self.loaded = message[1:]
        elif kind == "analyzer":
            _, name, findings, key = message
            self.findings.extend(findings)
            if name in self.pending:
                self.pending.remove(name)
            if key is not None:
                self.entries[key] = [f.to_dict() for f in findings]
                self.entries[MANIFEST_KEY] = self.loaded[3]
        elif kind == "error":
            self.error = message[1]
            self.finished = True
        elif kind == "done":
            self.finished = True

    def result(self, stopped: str | None = None) -> Analysed:
        if self.loaded is None:
            why = self.error or f"{self.job.target}: {stopped or 'not analysed'}"
            return Analysed(None, self.job.source, self.job.integrity, error=why)
        pid, source, integrity, manifest = self.loaded
        findings = list(self.findings)
        if stopped is not None:
            findings.append(incomplete(stopped, self.pending))
        return Analysed(pid, source, integrity, tuple(findings), manifest=manifest)


# --- the worker pool ---------------------------------------------------------------------------

def _worker_main(conn, memory_mb: int) -> None:  # pragma: no cover - runs in a child process
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C and kills its workers
    try:
        with open("/proc/self/statm") as handle:
            start = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = start + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError):
        pass  # no /proc or no limit here: the time budget still holds
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        job, names, cached = task
        analyze_job(job, names, cached, conn.send)


WALL_FACTOR = 4
"""A job's wall-time backstop, in multiples of its CPU budget (a worker stalled without using CPU)."""
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class _Worker:
    def __init__(self, context, memory_mb: int):
        parent, child = context.Pipe()
        self.conn = parent
        self.process = context.Process(target=_worker_main, args=(child, memory_mb), daemon=True)
        for stream in (sys.stdout, sys.stderr):
            # A forked worker flushes its copy of these buffers when it ends: empty them first, so
            # nothing this process had written but not yet flushed is written twice.
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        self.process.start()
        child.close()
        self.index: int | None = None
        self.cpu_start = 0.0
        self.wall_start = 0.0
        self.collector: _Collector | None = None

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) the worker has used so far; None where /proc cannot tell."""
        try:
            with open(f"/proc/{self.process.pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
        except (OSError, ValueError, IndexError):
            return None

    def start_clock(self) -> None:
        self.cpu_start = self.cpu_seconds() or 0.0
        self.wall_start = time.monotonic()

    def time_left(self, budget: float) -> float:
        """Seconds before this job's budget can run out: `budget` seconds of the worker's CPU time
        (so a loaded machine does not turn a clean package incomplete), and WALL_FACTOR times that
        of wall time as a backstop (or `budget` of wall time where CPU time cannot be read)."""
        now = time.monotonic()
        wall_left = self.wall_start + budget * WALL_FACTOR - now
        cpu = self.cpu_seconds()
        if cpu is None:
            return min(wall_left, self.wall_start + budget - now)
        # CPU time grows by at most one second per second: what is left is a lower bound in wall time.
        return min(wall_left, budget - (cpu - self.cpu_start))

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def run_jobs(jobs: Iterable[Job], names: Sequence[str], settings: Settings,
             cached: Callable[[Job], Mapping[str, list[dict]]],
             ) -> Iterator[tuple[int, Analysed, Mapping[str, list[dict]]]]:
    # `cached(job)` gives the cached findings by cache key (see `cache_keys`).
    """Analyse `jobs` (consumed lazily, so fetching and analysing overlap) and yield
    `(index, Analysed, cache entries)` as each finishes. Each job gets `settings.package_seconds`
    and a worker limited to `settings.package_memory_mb`."""
    from multiprocessing.connection import wait

    context = None
    budget = settings.package_seconds
    source = enumerate(jobs)
    ready: list[tuple[int, Job]] = []
    exhausted = False
    workers: list[_Worker] = []
    try:
        while True:
            # Keep a small queue of fetched jobs and start the largest first, so one big bundle
            # does not run alone on one core at the end.
            while not exhausted and len(ready) < 4 * max(1, settings.jobs):
                item = next(source, None)
                if item is None:
                    exhausted = True
                else:
                    ready.append(item)
            idle = [w for w in workers if w.index is None]
            while ready and (idle or len(workers) < settings.jobs):
                ready.sort(key=lambda item: item[1].size)
                index, job = ready.pop()
                hits = dict(cached(job))
                if set(cache_keys(names, job).values()) <= hits.keys():
                    # Everything that reads code is cached: what is left reads registry documents
                    # and costs less than a worker round trip.
                    analysed, entries = run_inline(job, names, hits)
                    yield index, analysed, entries
                    continue
                worker = idle.pop() if idle else None
                if worker is None:
                    context = context or _worker_context(alone=exhausted and not ready and not workers)
                    worker = _Worker(context, settings.package_memory_mb)
                    workers.append(worker)
                worker.index = index
                worker.start_clock()
                worker.collector = _Collector(job, names)
                worker.conn.send((job, list(names), hits))
            busy = [w for w in workers if w.index is not None]
            if not busy:
                if exhausted and not ready:
                    return
                continue
            timeout = max(0.0, min(w.time_left(budget) for w in busy))
            for conn in wait([w.conn for w in busy], timeout):
                worker = next(w for w in busy if w.conn is conn)
                try:
                    message = conn.recv()
                    worker.collector(message)
                    if message[0] == "loaded":
                        # The budget is for analysing: start it when the package is loaded.
                        worker.start_clock()
                    stopped = None
                except (EOFError, OSError):
                    stopped = (f"the analysis worker died (memory limit {settings.package_memory_mb} MB "
                               "or a crash)")
                if stopped or worker.collector.finished:
                    yield _finish(worker, stopped)
                    if stopped:
                        workers.remove(worker)
                        worker.kill()
            for worker in [w for w in workers if w.index is not None and w.time_left(budget) <= 0]:
                # Drain what the worker already sent, then stop it: its findings so far count.
                while worker.conn.poll():
                    try:
                        worker.collector(worker.conn.recv())
                    except (EOFError, OSError):
                        break
                if worker.collector.finished:
                    yield _finish(worker, None)
                    continue
                workers.remove(worker)
                worker.kill()
                yield _finish(worker, f"time budget of {budget:g} s per package exceeded "
                                      f"({budget:g} s of CPU, or {budget * WALL_FACTOR:g} s of wall time)")
    finally:
        for worker in workers:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
            worker.kill()


def _worker_context(alone: bool = False):
    """How workers start. Many: from a fork server that has imported the analyzers, as fast as a
    fork of this process without inheriting the locks that the fetch threads may hold at that
    moment. One (`alone`: the run's only package that needs a worker) in a process with no other
    thread: a plain fork of this process, which has imported the analyzers already — starting a
    fork server (a second interpreter importing them again) would cost more than the analysis of
    a small package. The worker is the same either way: the same time and memory budget."""
    import multiprocessing
    import threading

    if alone and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["npmward.engine", "npmward.analyzers", "npmward.analyzers.code.analysis",
                                   "npmward.package", "npmward.trust.provenance", "npmward.trust.signatures"])
    return context


def _finish(worker: _Worker, stopped: str | None) -> tuple[int, Analysed, Mapping[str, list[dict]]]:
    collector = worker.collector
    index = worker.index
    worker.index, worker.collector = None, None
    return index, collector.result(stopped), collector.entries if stopped is None else {}


def run_inline(job: Job, names: Sequence[str], cached: Mapping[str, list[dict]]) -> tuple[Analysed, Mapping[str, list[dict]]]:
    """Analyse one job in this process (when every analyzer's findings are cached, or for tests)."""
    collector = _Collector(job, names)
    analyze_job(job, names, cached, collector)
    return collector.result(), collector.entries


# --- the findings cache --------------------------------------------------------------------------

class FindingCache:
    """Findings of content-only analyzers per integrity, in the one disk cache (namespace `findings`).
    An entry that does not read back as findings is dropped (and recomputed), never trusted."""

    def __init__(self, settings: Settings):
        from .registry.cache import DiskCache

        self.disk = DiskCache(settings.cache_dir)
        self.enabled = settings.use_cache

    def get(self, integrity: str | None, wanted: Iterable[str]) -> dict[str, list[dict]]:
        if not (self.enabled and integrity):
            return {}
        data = self.disk.get_json("findings", integrity)
        if not isinstance(data, dict) or data.get("_integrity") != integrity:
            return {}
        out = {}
        for key in wanted:
            entries = data.get(key)
            try:
                if isinstance(entries, list):
                    [Finding.from_dict(e) for e in entries]  # noqa: B018 - validation only
                    out[key] = entries
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        if out and isinstance(data.get(MANIFEST_KEY), dict):
            out[MANIFEST_KEY] = data[MANIFEST_KEY]
        return out

    def put(self, integrity: str | None, entries: Mapping[str, list[dict]]) -> None:
        if not (integrity and entries):
            return
        current = self.disk.get_json("findings", integrity) if self.enabled else None
        current = current if isinstance(current, dict) and current.get("_integrity") == integrity else {}
        current.update(entries)
        current["_integrity"] = integrity
        current["_npmward"] = __version__
        try:
            self.disk.put_json("findings", integrity, current)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def default_analyzer_names() -> list[str]:
    """Every registered analyzer, cheap ones first (`cost`, default 0)."""
    classes = registered_analyzers()
    return sorted(classes, key=lambda name: (getattr(classes[name], "cost", 0), name))
