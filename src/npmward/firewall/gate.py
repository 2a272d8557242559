"""The firewall's decisions: one pipeline, one policy, a verdict store and a decision log.

Two kinds of question reach the gate:

- *which versions of this packument may be offered?* — answered from what is already known, at
  once: block-level advisories (known malware), stored verdicts of tarballs evaluated before, the
  minimum release age, a provenance regression. Nothing is downloaded to answer it.
- *may these tarball bytes be served?* — a stored verdict (plus a fresh advisory lookup) answers at
  once; otherwise the bytes are evaluated by the pipeline (`Stages` of `scan`) and the answer waits
  at most `wait` seconds, after which the fail mode decides (the evaluation goes on and its verdict
  is stored for the next request).

Full evaluations run in one thread that takes every request waiting at that moment as one batch:
`Pipeline` is not written for concurrent runs, and one batch spreads its packages over the engine's
worker processes as a scan does. Audit-only evaluations (`Stages(analyzers=())`) touch no shared
state of the pipeline and run in the caller's thread.
"""

from __future__ import annotations

import queue
import threading
from collections import OrderedDict
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from ..model import Action, PackageId, PackageReport
from ..pipeline import Pipeline, Resolved, Stages, Subject
from .verdicts import DecisionLog, VerdictStore

BATCH = 64
FINISHED_KEPT = 1024
INCOMPLETE = ("analysis/incomplete", "integrity/mismatch")
"""Evidence that is not a verdict on the bytes: never stored."""


@dataclass(frozen=True)
class Decision:
    """What the firewall does with one version, and the one line that says why."""

    action: Action
    reason: str
    rules: tuple[str, ...] = ()
    cached: bool = False
    """Decided from a stored verdict (no analysis ran)."""

    @property
    def refused(self) -> bool:
        return self.action is Action.BLOCK


def reason_of(report: PackageReport) -> str:
    """One line for the user: the verdict and the strongest findings that decided it."""
    if report.action is Action.ALLOW:
        return "no finding"
    top = report.verdict.reasons or report.findings
    said = "; ".join(f"{f.rule}: {f.message}" for f in top[:2])
    line = f"{report.verdict.level.value}: {said}" if said else report.verdict.level.value
    return line if len(line) <= 400 else line[:397] + "..."


def decision_of(report: PackageReport, cached: bool = False) -> Decision:
    return Decision(report.action, reason_of(report), tuple(dict.fromkeys(f.rule for f in report.findings)), cached)


class Gate:
    """Decides, logs and remembers. Thread-safe."""

    def __init__(self, pipeline: Pipeline, store: VerdictStore, log: DecisionLog, *, wait: float,
                 fail_open: bool, stages: Stages | None = None):
        self.pipeline = pipeline
        self.policy = pipeline.policy
        self.store = store
        self.log = log
        self.wait = wait
        self.fail_open = fail_open
        self.stages = stages or Stages()
        self._queue: queue.Queue[tuple[Subject, Future]] = queue.Queue()
        self._inflight: dict[str, Future] = {}
        self._finished: OrderedDict[str, Future] = OrderedDict()
        """The last evaluations done: a request that looked the package up in the store just before its result was
        stored, and asks for it just after, gets that result instead of a second evaluation."""
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._db_local = threading.local()
        self.decided: set[str] = set()
        """Integrities of the tarballs decided while this gate ran (the install wrapper checks the
        rest of the lockfile itself)."""

    # --- known answers ----------------------------------------------------------------------------

    def _db(self):
        db = getattr(self._db_local, "db", None)
        if db is None:
            from ..advisories import AdvisoryDB

            db = self._db_local.db = AdvisoryDB.open(self.pipeline.settings.cache_dir)
        return db

    def advisory_status(self):
        return self._db().status()

    def known(self, subjects: Sequence[Subject]) -> list[PackageReport | None]:
        """Reports on subjects decided from what is known — stored verdicts by integrity plus a fresh
        advisory lookup; None for a subject whose bytes were never evaluated."""
        found = [self.store.get(_integrity(s)) for s in subjects]
        hits = [replace(s, findings=tuple(f)) for s, f in zip(subjects, found) if f is not None]
        reports = iter(self._audit_only(hits))
        return [next(reports) if f is not None else None for f in found]

    def _audit_only(self, subjects: Sequence[Subject]) -> list[PackageReport]:
        if not subjects:
            return []
        report = self.pipeline.evaluate(Resolved(list(subjects)), replace(self.stages, analyzers=()))
        by_id = {str(p.id): p for p in report.packages}
        return [by_id[str(s.id)] for s in subjects]

    def versions_refused(self, name: str, document: Mapping[str, Any]) -> dict[str, Decision]:
        """version -> why it must not be offered, for the versions of a packument that known
        advisories or stored verdicts refuse (the caller adds age and provenance)."""
        versions = document.get("versions")
        if not isinstance(versions, Mapping):
            return {}
        stored = self.store.for_name(name)
        advised = bool(self._db().lookup([name]))
        subjects = []
        for version, doc in versions.items():
            integrity = _dist(doc).get("integrity")
            if advised or integrity in stored:
                subjects.append(Subject(f"{name}@{version}", "registry", PackageId(name, version), version_doc=doc,
                                        findings=tuple(stored.get(integrity, ()))))
        out = {}
        for subject, report in zip(subjects, self._audit_only(subjects)):
            if report.action is Action.BLOCK:
                out[subject.id.version] = decision_of(report, cached=True)
        return out

    # --- evaluations ------------------------------------------------------------------------------

    def decide_tarball(self, subject: Subject, where: str) -> Decision:
        """The decision on one registry tarball (its bytes in `subject.tarball`); logged."""
        [report] = self.known([subject])
        if report is not None:
            decision = decision_of(report, cached=True)
        else:
            decision = self._wait_for(self.submit(subject), subject)
        self.note(subject, decision, where)
        return decision

    def decide_many(self, subjects: Sequence[Subject], where: str) -> list[Decision]:
        """Decisions on many packages at once (a lockfile before an install): known ones from the
        store, the rest evaluated as one batch, without the per-request wait."""
        known = self.known(subjects)
        futures = {i: self.submit(s) for i, (s, r) in enumerate(zip(subjects, known)) if r is None}
        out = []
        for i, subject in enumerate(subjects):
            if known[i] is not None:
                decision = decision_of(known[i], cached=True)
            else:
                decision = self._outcome(futures[i].result(), subject)
            self.note(subject, decision, where)
            out.append(decision)
        return out

    def note(self, subject: Subject, decision: Decision, where: str) -> None:
        integrity = _integrity(subject)
        if integrity:
            with self._lock:
                self.decided.add(integrity)
        self.log.write(subject.id.name, subject.id.version, decision.action.value, decision.reason, where=where,
                       integrity=integrity, rules=list(decision.rules) or None, cached=decision.cached or None)

    def submit(self, subject: Subject) -> Future:
        """Queue a full evaluation; one future per integrity while it runs."""
        key = _integrity(subject) or str(subject.id)
        with self._lock:
            future = self._inflight.get(key) or self._finished.get(key)
            if future is not None:
                return future
            future = self._inflight[key] = Future()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="npmward-evaluator", daemon=True)
                self._thread.start()
        self._queue.put((subject, future))
        return future

    def _wait_for(self, future: Future, subject: Subject) -> Decision:
        try:
            outcome = future.result(timeout=self.wait)
        except FutureTimeout:
            return self._undecided(f"its analysis did not finish within {self.wait:g} s (it goes on; retry shortly)")
        return self._outcome(outcome, subject)

    def _outcome(self, outcome: PackageReport | str, subject: Subject) -> Decision:
        if isinstance(outcome, str):
            return self._undecided(f"npmward could not analyse it: {outcome}")
        return decision_of(outcome)

    def _undecided(self, why: str) -> Decision:
        if self.fail_open:
            return Decision(Action.WARN, f"{why}; served anyway because the firewall fails open here")
        return Decision(Action.BLOCK, f"{why}; refused because the firewall fails closed", ("firewall/undecided",))

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH:
                try:
                    batch.append(self._queue.get(timeout=0.05))
                except queue.Empty:
                    break
            self._evaluate(batch)

    def _evaluate(self, batch: list[tuple[Subject, Future]]) -> None:
        subjects = [replace(s, target=str(s.id)) for s, _ in batch]
        try:
            report = self.pipeline.evaluate(Resolved(subjects), self.stages)
        except Exception as exc:  # noqa: BLE001 - every waiting request must get an answer
            outcomes: dict[str, PackageReport | str] = {str(s.id): f"{type(exc).__name__}: {exc}" for s in subjects}
        else:
            outcomes = {e.target: e.message for e in report.errors}
            outcomes.update({str(p.id): p for p in report.packages})
        for (subject, future), named in zip(batch, subjects):
            outcome = outcomes.get(str(named.id), "not analysed")
            if isinstance(outcome, PackageReport) and outcome.integrity and \
                    not any(f.rule in INCOMPLETE for f in outcome.findings):
                found = list(outcome.findings) + [s.finding for s in outcome.suppressed]
                # Kept under the sha512 of the bytes, and under the integrity the packument or the
                # lockfile names them by when that is another (an old sha1-only entry).
                for key in {outcome.integrity, _integrity(subject)} - {None}:
                    self.store.put(key, outcome.id.name, outcome.id.version, found)
            future.set_result(outcome)
            with self._lock:
                key = _integrity(subject) or str(subject.id)
                self._inflight.pop(key, None)
                if isinstance(outcome, PackageReport):  # (a failure is tried again on the next request)
                    self._finished[key] = future
                    while len(self._finished) > FINISHED_KEPT:
                        self._finished.popitem(last=False)


def _dist(doc: Any) -> Mapping[str, Any]:
    dist = doc.get("dist") if isinstance(doc, Mapping) else None
    return dist if isinstance(dist, Mapping) else {}


def _integrity(subject: Subject) -> str | None:
    if subject.locked is not None and subject.locked.integrity:
        return subject.locked.integrity
    integrity = _dist(subject.version_doc).get("integrity")
    return integrity if isinstance(integrity, str) else None

