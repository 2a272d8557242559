"""The library pipeline every command calls: resolve -> audit -> fetch -> analyze -> verdict -> policy.

```
 targets ─► resolve ─► audit ─► fetch ─► analyze ─► (sandbox) ─► verdict + policy ─► ScanReport
            Subjects   advisories  Jobs    engine     dynamic       decide.package_report
                       + hygiene          (workers,
                                           budgets, cache)
```

`scan`, `audit`, `verify`, `sandbox` (and the firewall and monitor) differ only in the `Stages` they
ask for. Network work happens in resolve and fetch, in this process; analysis runs in worker
processes with a time and memory budget; the policy is applied last, on every run, so nothing that a
setting changes is ever cached. One function builds each `PackageReport` (`decide.package_report`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..engine import Analysed, FindingCache, cache_keys, default_analyzer_names, run_jobs
from ..model import Finding, Level, PackageReport, ScanReport, TargetError
from ..policy import Policy, unmatched_ignores
from ..registry.identity import RegistryIdentity
from ..settings import Settings
from .decide import package_report
from .fetch import Fetcher, FetchFailure
from .resolve import Resolved, Subject, resolve_targets, split_spec

__all__ = ["Pipeline", "Progress", "Resolved", "Stages", "Subject", "audit_graph", "split_spec"]

Progress = Callable[[str, int, "int | None"], None]
"""`progress(stage, done, total)`: called as work advances (total None while unknown)."""


@dataclass(frozen=True)
class Stages:
    """Which stages a run performs (what distinguishes the commands)."""

    audit: bool = True
    """Look every package up in the advisory database (and check lockfile hygiene)."""
    analyzers: tuple[str, ...] | None = None
    """Analyzers to run on each package's contents; None = all registered, () = none (no download)."""
    dynamic: str = "off"
    """`off`, `auto` (uncertain packages and install hooks) or `all`: run packages in the sandbox."""
    fresh_metadata: bool = False
    """Read packuments and attestations from the registry, never from the cache (trust checks)."""
    online_advisories: bool = False
    """Also ask the registry's bulk advisory endpoint (public names only)."""
    omit: tuple[str, ...] = ()
    """Lockfile dependency kinds to leave out: dev, optional, peer."""
    require_advisories: bool = False
    """An empty advisory database is an error (the audit command), not only a note."""

    def analyzer_names(self) -> list[str]:
        if self.analyzers is None:
            return default_analyzer_names()
        order = default_analyzer_names()
        return sorted(self.analyzers, key=lambda name: order.index(name) if name in order else len(order))


def needs_of(names: Iterable[str]) -> frozenset[str]:
    from ..analyzers import registered_analyzers

    classes = registered_analyzers()
    return frozenset(need for name in names for need in classes[name].needs)


class Pipeline:
    """One run's shared parts — settings, policy, npm configuration, registry client, advisory
    database — and the stages that use them. Use as a context manager."""

    def __init__(self, settings: Settings, policy: Policy, *, npm_config: Any = None,
                 client_factory: Callable[[], Any] | None = None, extras: Mapping[str, Any] | None = None):
        from ..registry import load_npm_config

        self.settings = settings
        self.policy = policy
        self.npm_config = npm_config if npm_config is not None else \
            load_npm_config(settings.project_dir, expand_project_env=settings.expand_project_env)
        self.identity = RegistryIdentity.build(self.npm_config, policy.private_scopes, policy.internal_names)
        self.extras = dict(extras or {})
        self._client_factory = client_factory
        self._client = None
        self._public_client = None
        self._fresh = False

    # --- shared parts --------------------------------------------------------------------------

    def client(self):
        if self._client is None:
            if self._client_factory is not None:
                self._client = self._client_factory()
            else:
                from ..registry import RegistryClient

                self._client = RegistryClient(self.settings, self.npm_config, fresh=self._fresh)
        return self._client

    def public_client(self):
        """A client of the public registry (or the configured stand-in for it) that sends no scope
        to a registry of its own: asks whether an internal name also exists publicly."""
        if self._public_client is None:
            from dataclasses import replace

            from ..registry import RegistryClient

            self._public_client = RegistryClient(self.settings, replace(self.npm_config, scopes={}), fresh=self._fresh)
        return self._public_client

    def close(self) -> None:
        for client in (self._client, self._public_client):
            if client is not None:
                client.close()
        self._client = self._public_client = None

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the run -------------------------------------------------------------------------------

    def run(self, targets: Sequence[str], stages: Stages, progress: Progress | None = None) -> ScanReport:
        """Resolve `targets` and evaluate every package they name."""
        self._fresh = stages.fresh_metadata
        resolved = resolve_targets(targets, self.client, omit=stages.omit)
        return self.evaluate(resolved, stages, progress)

    def evaluate(self, resolved: Resolved, stages: Stages, progress: Progress | None = None) -> ScanReport:
        """Audit, fetch, analyse and decide on resolved subjects (the firewall and the monitor
        build `Resolved` themselves)."""
        self._fresh = self._fresh or stages.fresh_metadata
        progress = progress or (lambda stage, done, total: None)
        subjects = resolved.subjects
        state = _RunState(len(subjects))
        state.errors.extend(resolved.errors)
        state.notes.extend(getattr(self.npm_config, "notes", ()))
        state.notes.extend(resolved.notes)
        db = self._advisories(stages, state) if stages.audit else None
        if db is not None:
            self._audit(subjects, [i for i, s in enumerate(subjects) if s.id is not None], db, stages, state)
        names = stages.analyzer_names()
        if names or stages.dynamic != "off":
            self._analyze(subjects, names, stages, state, progress)
            if db is not None:
                late = [i for i, s in enumerate(subjects) if s.id is None and i in state.analysed
                        and state.analysed[i].id is not None]
                self._audit(subjects, late, db, stages, state)
        if db is not None:
            db.close()
        if stages.dynamic != "off":
            self._dynamic(subjects, stages, state, progress)
        reports = self._reports(subjects, state, fetched=bool(names) or stages.dynamic != "off")
        notes = state.notes + list(self.policy.notes()) + unmatched_ignores(self.policy, reports)
        return ScanReport(packages=tuple(reports), errors=tuple(state.errors), notes=tuple(dict.fromkeys(notes)))

    # --- stages --------------------------------------------------------------------------------

    def _advisories(self, stages: Stages, state: "_RunState"):
        from ..advisories import AdvisoryDB

        db = AdvisoryDB.open(self.settings.cache_dir)
        status = db.status()
        if status.total:
            state.notes.extend(status.warnings())
        else:
            message = (f"the advisory database {status.path} is empty, so known vulnerabilities and malware "
                       "were not checked; run `npmward db update` or `npmward db import FILE|DIR|ZIP`")
            if stages.require_advisories and not stages.online_advisories:
                state.errors.append(TargetError(str(status.path), message))
            else:
                state.notes.append(message)
        return db

    def _audit(self, subjects: Sequence[Subject], indices: list[int], db, stages: Stages, state: "_RunState") -> None:
        from ..audit import AuditItem, audit_items

        items = []
        for i in indices:
            subject = subjects[i]
            pid = subject.id or state.analysed[i].id
            items.append(AuditItem(pid, subject.locked, subject.graph.lockfile if subject.graph else None,
                                   subject.declared))
        if not items:
            return
        online = stages.online_advisories and not self.settings.offline
        found, notes = audit_items(items, self.identity, db, online=online, client=self.client() if online else None)
        state.notes.extend(notes)
        for i, findings in zip(indices, found):
            state.findings[i].extend(findings)

    def _analyze(self, subjects: Sequence[Subject], names: list[str], stages: Stages, state: "_RunState",
                 progress: Progress) -> None:
        fetcher = Fetcher(self.client, needs_of(names), self.identity, self.extras, offline=self.settings.offline,
                          public_client_of=None if self._client_factory else self.public_client)
        for i, subject in enumerate(subjects):
            if subject.unresolved is not None:
                state.failures[i] = FetchFailure(subject.unresolved)
        fetchable = [(i, s) for i, s in enumerate(subjects) if s.fetchable]
        cache = FindingCache(self.settings)
        order: list[int] = []
        total = len(fetchable)
        progress("analysing", 0, total)
        jobs = fetcher.jobs(fetchable, state.failures, order)
        for done, (position, analysed, entries) in enumerate(
                run_jobs(jobs, names, self.settings, lambda job: cache.get(job.integrity, cache_keys(names, job).values())), 1):
            index = order[position]
            state.analysed[index] = analysed
            if analysed.error is not None:
                state.failures[index] = FetchFailure(analysed.error)
            cache.put(analysed.integrity, entries)
            progress("analysing", done + len(state.failures), total)
        state.notes.extend(fetcher.notes)
        self._fetcher = fetcher

    def _dynamic(self, subjects: Sequence[Subject], stages: Stages, state: "_RunState", progress: Progress) -> None:
        from .dynamic import not_run, run_sandboxes, sandbox_unavailable, wants_sandbox

        chosen = [i for i, a in sorted(state.analysed.items())
                  if a.id is not None and wants_sandbox(stages.dynamic, list(state.findings[i]) + list(a.findings), a.manifest)]
        if not chosen:
            return
        why = sandbox_unavailable()
        if why is not None:
            for i in chosen:
                state.dynamic[i].append(not_run(why))
                state.package_notes[i].append(f"sandbox not run ({why}); the static verdict stands")
            return
        progress("sandbox", 0, len(chosen))
        jobs = [(i, self._fetcher.job(subjects[i])) for i in chosen]
        for i, (findings, notes) in run_sandboxes(jobs, self.client, self.settings.jobs).items():
            state.dynamic[i].extend(findings)
            state.package_notes[i].extend(notes)
        progress("sandbox", len(chosen), len(chosen))

    def _reports(self, subjects: Sequence[Subject], state: "_RunState", fetched: bool) -> list[PackageReport]:
        reports = []
        for i, subject in enumerate(subjects):
            analysed: Analysed | None = state.analysed.get(i)
            failure = state.failures.get(i)
            findings = list(subject.findings) + list(state.findings[i]) + list(state.dynamic[i])
            notes = list(state.package_notes[i])
            if analysed is not None and analysed.error is None:
                findings += analysed.findings
            if failure is not None and failure.finding is not None:
                findings.append(failure.finding)
            pid = subject.id or (analysed.id if analysed else None)
            if pid is None:  # a local package that could not even be loaded
                state.errors.append(TargetError(subject.target, failure.message if failure else "not analysed"))
                continue
            private = self.identity.private_reason(pid.name, subject.locked.resolved if subject.locked else None)
            if failure is not None:
                report = package_report(pid, _source(subject, analysed), _integrity(subject, analysed), findings,
                                        self.policy, _chains(subject), notes + [f"code not analysed: {failure.message}"],
                                        private, _lockfile(subject))
                if failure.finding is None and report.verdict.level is not Level.MALICIOUS:
                    # Nothing decisive is known without the code: the run cannot call it clean.
                    state.errors.append(TargetError(subject.target, failure.message))
                    if not report.findings:
                        continue
                reports.append(report)
                continue
            if fetched and subject.fetchable and analysed is None:
                continue  # interrupted before its turn: neither clean nor an error to report
            reports.append(package_report(pid, _source(subject, analysed), _integrity(subject, analysed), findings,
                                          self.policy, _chains(subject), notes, private, _lockfile(subject)))
        return reports


@dataclass
class _RunState:
    """What the stages of one run accumulate, per subject index."""

    size: int
    findings: list[list[Finding]] = field(default_factory=list)
    dynamic: list[list[Finding]] = field(default_factory=list)
    package_notes: list[list[str]] = field(default_factory=list)
    analysed: dict[int, Analysed] = field(default_factory=dict)
    failures: dict[int, FetchFailure] = field(default_factory=dict)
    errors: list[TargetError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.findings = [[] for _ in range(self.size)]
        self.dynamic = [[] for _ in range(self.size)]
        self.package_notes = [[] for _ in range(self.size)]


def _source(subject: Subject, analysed: Analysed | None) -> str:
    if analysed is not None and analysed.error is None:
        return analysed.source
    if subject.locked is not None:
        return f"lockfile:{subject.locked.kind.value}" + (":dev" if subject.locked.dev else ":optional" if subject.locked.optional else "")
    return f"{subject.origin}:{subject.path or subject.target}"


def _integrity(subject: Subject, analysed: Analysed | None) -> str | None:
    if analysed is not None and analysed.integrity:
        return analysed.integrity
    if subject.locked is not None:
        return subject.locked.integrity
    dist = (subject.version_doc or {}).get("dist")
    integrity = dist.get("integrity") if isinstance(dist, Mapping) else None
    return integrity if isinstance(integrity, str) else None


def _chains(subject: Subject) -> tuple[tuple[str, ...], ...]:
    """The chains from the project's root that bring a lockfile package in (computed on demand)."""
    if subject.locked is None or subject.graph is None:
        return ()
    return subject.graph.chains(subject.locked.key)


def _lockfile(subject: Subject) -> str | None:
    return subject.graph.lockfile if subject.graph is not None else None


def audit_graph(graph, settings: Settings, policy: Policy | None = None, npm_config: Any = None,
                stages: Stages = Stages(analyzers=())) -> ScanReport:
    """The audit command's stages on a lockfile graph the caller has already read."""
    from .resolve import graph_subjects

    subjects, notes = graph_subjects(graph, omit=stages.omit)
    with Pipeline(settings, policy or Policy(), npm_config=npm_config) as pipeline:
        return pipeline.evaluate(Resolved(subjects, notes=notes), stages)
