"""The fetch stage: subjects -> engine `Job`s, with every byte and document the analyzers asked for.

All network work of a run happens here and in the resolve stage, in the main process, through the
one registry client; workers never fetch. Tarballs are verified against the lockfile's and the
registry's integrity before anything reads them. Jobs are produced as their downloads finish, a
bounded number ahead of the analysis, so downloading and analysing overlap and a large project's
tarballs are never all in memory at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .. import semver
from ..analyzers.base import NEEDS_ATTESTATIONS, NEEDS_PACKUMENT, NEEDS_PREVIOUS, NEEDS_REGISTRY_KEYS
from ..engine import Job
from ..errors import NpmwardError
from ..model import Confidence, Finding, Severity
from ..registry.client import IntegrityMismatch
from ..registry.identity import RegistryIdentity
from .resolve import Subject

FETCH_THREADS = 8
AHEAD = 32
"""Jobs fetched ahead of the analysis at most."""


@dataclass(frozen=True)
class FetchFailure:
    """A subject whose bytes could not be obtained."""

    message: str
    finding: Finding | None = None
    """When the failure is itself evidence (bytes that do not match their integrity)."""


def integrity_finding(exc: IntegrityMismatch) -> Finding:
    return Finding(
        rule="integrity/mismatch", severity=Severity.CRITICAL, confidence=Confidence.HIGH, category="integrity",
        message=f"the tarball served is {exc.actual} but the lockfile/registry says {exc.expected}: these are not "
                "the bytes that were published or locked (the download was refused)",
        details={"check": "integrity", "status": "failed", "reason": "mismatch", "actual": exc.actual,
                 "claimed": exc.expected})


class Fetcher:
    """Builds jobs for subjects through the run's registry client."""

    def __init__(self, client_of: Callable[[], Any], needs: frozenset[str], identity: RegistryIdentity,
                 extras: Mapping[str, Any] | None = None, offline: bool = False,
                 public_client_of: Callable[[], Any] | None = None):
        self.client_of = client_of
        self.public_client_of = public_client_of
        self.needs = needs
        self.identity = identity
        self.extras = dict(extras or {})
        self.offline = offline
        self.notes: list[str] = []
        self._installed: dict[str, dict[str, Path]] = {}

    def jobs(self, subjects: Iterable[tuple[int, Subject]], failures: dict[int, FetchFailure],
             order: list[int]) -> Iterator[Job]:
        """Jobs in the order their downloads finish; `order[i]` is the subject index of the i-th job
        yielded, and a subject that cannot be fetched lands in `failures` instead."""
        # Local tarballs largest first: the biggest bundles then start while every worker is busy, instead of
        # running alone at the end of the run (react-dom is 288th of the top 300 and takes the most time).
        subjects = sorted(subjects, key=_local_size, reverse=True)
        if len(subjects) == 1:
            # One fetch overlaps with nothing: no thread is started, which also lets the engine fork
            # its one worker straight from this process (see engine.run_jobs).
            index, subject = subjects[0]
            job = self._settled(index, lambda: self.job(subject), failures)
            if job is not None:
                order.append(index)
                yield job
            return
        from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

        pending: dict[Future, int] = {}
        items = iter(subjects)
        with ThreadPoolExecutor(max_workers=FETCH_THREADS) as pool:
            def top_up() -> None:
                while len(pending) < AHEAD:
                    item = next(items, None)
                    if item is None:
                        return
                    pending[pool.submit(self.job, item[1])] = item[0]

            top_up()
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    index = pending.pop(future)
                    job = self._settled(index, future.result, failures)
                    if job is not None:
                        order.append(index)
                        yield job
                top_up()

    @staticmethod
    def _settled(index: int, result: Callable[[], Job], failures: dict[int, FetchFailure]) -> Job | None:
        """The job `result()` returns, or None with the reason in `failures[index]`."""
        try:
            return result()
        except IntegrityMismatch as exc:
            failures[index] = FetchFailure(str(exc), integrity_finding(exc))
        except NpmwardError as exc:
            failures[index] = FetchFailure(str(exc))
        return None

    def job(self, subject: Subject) -> Job:
        if subject.origin in ("tarball", "directory", "installed"):
            return self._local_job(subject)
        try:
            return self._registry_job(subject)
        except NpmwardError as exc:
            local = self._installed_copy(subject) if self.offline and not isinstance(exc, IntegrityMismatch) else None
            if local is None:
                raise
            self.notes.append(f"{subject.id}: analysed from {local} ({exc})")
            return Job(target=subject.target, source=f"installed:{local}", path=str(local), locked=subject.locked,
                       identity=self.identity, extras=self.extras)

    def _local_job(self, subject: Subject) -> Job:
        path = Path(subject.path or "")
        if path.is_dir():
            return Job(target=subject.target, source=f"{subject.origin}:{path}", path=str(path),
                       identity=self.identity, extras=self.extras)
        from ..package import sri_sha512

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NpmwardError(f"cannot read: {exc.strerror or exc}") from exc
        return Job(target=subject.target, source=f"tarball:{path}", tarball=data, integrity=sri_sha512(data),
                   identity=self.identity, extras=self.extras)

    def _registry_job(self, subject: Subject) -> Job:
        """A registry package's verified tarball and the metadata its analyzers need."""
        from ..package import sri_sha512

        client = self.client_of()
        name, version = subject.id.name, subject.id.version
        wants_packument = bool(self.needs & {NEEDS_PACKUMENT, NEEDS_PREVIOUS})
        packument = client.packument(name) if wants_packument or subject.version_doc is None else None
        doc = subject.version_doc or (packument or {}).get("versions", {}).get(version)
        if not isinstance(doc, Mapping):
            raise NpmwardError(f"{name}@{version} is not in the registry's packument (unpublished?)")
        dist = doc.get("dist") if isinstance(doc.get("dist"), Mapping) else {}
        integrity = dist.get("integrity")
        locked = subject.locked
        if locked is not None and locked.integrity and locked.integrity.startswith("sha512-"):
            integrity = locked.integrity  # the lockfile's pin wins; the client checks both
        if subject.tarball is not None:
            from ..registry.client import verify_tarball

            verify_tarball(subject.tarball, f"{name}@{version}", [integrity, dist.get("integrity")], dist.get("shasum"))
            data = subject.tarball
        else:
            data = client.tarball(name, version, integrity=integrity, url=dist.get("tarball"))
        registry_url = client.registry_for(name)
        previous = None
        if NEEDS_PREVIOUS in self.needs and packument:
            prev_version = semver.previous_version(packument.get("versions") or {}, version)
            if prev_version:
                try:
                    prev_dist = (packument["versions"][prev_version] or {}).get("dist") or {}
                    previous = client.tarball(name, prev_version, url=prev_dist.get("tarball"))
                except NpmwardError as exc:
                    self.notes.append(f"{name}: previous version {prev_version} not compared: {exc}")
        # The default registry's keys say nothing about a package from another (scoped, private)
        # registry: its signatures are then checked against npm's bundled keys only.
        keys = client.keys() if NEEDS_REGISTRY_KEYS in self.needs and registry_url == client.config.registry else None
        return Job(
            target=subject.target,
            source=f"registry:{dist.get('tarball') or registry_url}",
            tarball=data,
            integrity=sri_sha512(data),
            packument=packument,
            attestations=client.attestations(name, version) if NEEDS_ATTESTATIONS in self.needs else None,
            registry_keys=keys,
            previous_tarball=previous,
            previous_integrity=sri_sha512(previous) if previous is not None else None,
            registry_url=registry_url,
            locked=locked,
            identity=self.identity,
            extras={**self.extras, "version_document": doc, **self._public_copy(name, registry_url)},
        )

    def _public_copy(self, name: str, registry_url: str) -> dict[str, Any]:
        """For an internal name fetched from a registry of its own: the public registry's packument
        of that name (`public_packument`, None when there is none), which the dependency-confusion
        analyzer reports. Asked without the private registry's credentials."""
        if self.public_client_of is None or self.offline or self.identity.is_public(registry_url) \
                or not self.identity.private_reason(name):
            return {}
        from ..registry.client import PackageNotFound

        try:
            return {"public_packument": self.public_client_of().packument(name)}
        except PackageNotFound:
            return {"public_packument": None}
        except NpmwardError as exc:
            self.notes.append(f"{name}: not checked for a public package of the same name: {exc}")
            return {}

    def _installed_copy(self, subject: Subject) -> Path | None:
        """Offline: the copy of a locked package installed in the project's node_modules."""
        if subject.graph is None or subject.id is None:
            return None
        project = str(Path(subject.graph.lockfile).parent)
        if project not in self._installed:
            self._installed[project] = _installed_index(Path(project))
        return self._installed[project].get(str(subject.id))


def _local_size(item: tuple[int, Subject]) -> int:
    """The size of a local tarball (0 for anything else, which keeps its place after them)."""
    subject = item[1]
    try:
        return Path(subject.path).stat().st_size if subject.origin == "tarball" and subject.path else 0
    except OSError:
        return 0  # (read later, where the error is reported)


def _installed_index(project: Path) -> dict[str, Path]:
    from ..package import find_installed_packages
    from .resolve import _installed_id

    index: dict[str, Path] = {}
    for directory in find_installed_packages(project):
        pid = _installed_id(directory)
        if pid is not None:
            index.setdefault(str(pid), directory)
    return index
