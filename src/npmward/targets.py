"""Turn what the user named on the command line into analysis jobs.

A target is a tarball file, a package directory, a project directory (its lockfile graph, or its
installed `node_modules` when it has no lockfile), or a registry spec (`name`, `name@version`,
`name@range`, `name@tag`). Everything that needs the network happens here, through the registry
client, before any analysis; the jobs carry bytes and metadata to the workers.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .analyzers import registered_analyzers
from .analyzers.base import NEEDS_ATTESTATIONS, NEEDS_PACKUMENT, NEEDS_PREVIOUS, NEEDS_REGISTRY_KEYS
from .engine import Job
from .errors import NpmwardError
from .lockfiles import LOCKFILE_NAMES
from .model import DependencyKind, Finding, LockedPackage, TargetError
from .settings import Settings

TARBALL_SUFFIXES = (".tgz", ".tar.gz", ".tar")
# npm's rules for new package names, loosened to what the registry actually holds (old uppercase names).
NAME = re.compile(r"^(?:@[a-z0-9][\w.~-]*/)?[a-z0-9_.~-][\w.~-]*$", re.I)


@dataclass
class Plan:
    """The jobs of one run, plus what went wrong and what the user should know."""

    jobs: list[Job] = field(default_factory=list)
    errors: list[TargetError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reports: list[Any] = field(default_factory=list)
    """Packages already decided without analysis (e.g. audit-only entries with nothing to fetch)."""


def split_spec(target: str) -> tuple[str, str]:
    """`@scope/name@^1` -> (`@scope/name`, `^1`); a bare name means the `latest` tag."""
    at = target.find("@", 1)
    name, spec = (target[:at], target[at + 1:]) if at > 0 else (target, "latest")
    if not NAME.match(name) or len(name) > 214:
        raise NpmwardError(f"{target!r} is not a file, a directory or a valid npm package name")
    return name, spec or "latest"


def needs_of(analyzer_names: Iterable[str]) -> frozenset[str]:
    classes = registered_analyzers()
    out: set[str] = set()
    for name in analyzer_names:
        out |= set(classes[name].needs)
    return frozenset(out)


def _looks_like_path(target: str) -> bool:
    return target.startswith((".", "/", "~")) or target.endswith(TARBALL_SUFFIXES) or "\\" in target \
        or (("/" in target) and not target.startswith("@"))


class Planner:
    """Builds jobs for targets; owns the registry client for the run (created lazily)."""

    def __init__(self, settings: Settings, analyzer_names: Iterable[str], client_factory: Callable[[], Any] | None = None):
        self.settings = settings
        self.needs = needs_of(analyzer_names)
        self._client_factory = client_factory
        self._client = None
        self.plan = Plan()

    @property
    def client(self):
        if self._client is None:
            if self._client_factory is not None:
                self._client = self._client_factory()
            else:
                from .registry import RegistryClient, load_npm_config

                self._client = RegistryClient(self.settings, load_npm_config(self.settings.project_dir))
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # --- targets -------------------------------------------------------------------------------

    def add(self, targets: Iterable[str]) -> Plan:
        specs: list[str] = []
        for target in targets:
            try:
                path = Path(target).expanduser()
                if path.is_file() and path.name in LOCKFILE_NAMES:
                    self._add_project(path.parent, lockfile=path)
                elif path.is_file():
                    self.plan.jobs.append(self._tarball_job(target, path))
                elif path.is_dir():
                    self._add_directory(target, path)
                elif _looks_like_path(target):
                    raise NpmwardError("no such file or directory")
                else:
                    split_spec(target)
                    specs.append(target)
            except NpmwardError as exc:
                self.plan.errors.append(TargetError(target, str(exc)))
        self._add_specs(specs)
        return self.plan

    def _tarball_job(self, target: str, path: Path) -> Job:
        from .package import sri_sha512

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NpmwardError(f"cannot read: {exc.strerror or exc}") from exc
        return Job(target=target, source=f"tarball:{path}", tarball=data, integrity=sri_sha512(data))

    def _add_directory(self, target: str, path: Path) -> None:
        has_lockfile = any((path / name).is_file() for name in LOCKFILE_NAMES)
        if has_lockfile or (path / "node_modules").is_dir():
            self._add_project(path)
        elif (path / "package.json").is_file():
            self.plan.jobs.append(Job(target=target, source=f"directory:{path}", path=str(path)))
        else:
            raise NpmwardError("not a package or project directory (no package.json, lockfile or node_modules)")

    def _add_specs(self, specs: list[str]) -> None:
        if not specs:
            return
        with ThreadPoolExecutor(max_workers=min(8, len(specs))) as pool:
            for target, outcome in zip(specs, pool.map(self._fetch_spec, specs)):
                if isinstance(outcome, Job):
                    self.plan.jobs.append(outcome)
                else:
                    self.plan.errors.append(TargetError(target, outcome))

    def _fetch_spec(self, target: str) -> Job | str:
        try:
            name, spec = split_spec(target)
            pid, doc = self.client.resolve(name, spec)
            return self.registry_job(target, pid.name, pid.version, doc)
        except NpmwardError as exc:
            return str(exc)

    def registry_job(self, target: str, name: str, version: str, doc: dict | None = None,
                     locked: LockedPackage | None = None, **extra: Any) -> Job:
        """Fetch a registry package's tarball (verified) and the metadata its analyzers need."""
        client = self.client
        packument = client.packument(name) if (NEEDS_PACKUMENT in self.needs or NEEDS_PREVIOUS in self.needs or doc is None) else None
        if doc is None:
            doc = (packument or {}).get("versions", {}).get(version)
            if doc is None:
                raise NpmwardError(f"{name}@{version} is not in the registry's packument (unpublished?)")
        dist = doc.get("dist") or {}
        integrity = dist.get("integrity")
        if locked is not None and locked.integrity and locked.integrity.startswith("sha512-"):
            integrity = locked.integrity  # the lockfile's pin wins; the client checks both
        data = client.tarball(name, version, integrity=integrity, url=dist.get("tarball"))
        from .package import sri_sha512  # one digest function for the whole tool

        previous = None
        if NEEDS_PREVIOUS in self.needs and packument:
            prev_version = previous_version(packument, version)
            if prev_version:
                try:
                    previous = client.tarball(name, prev_version,
                                              url=packument["versions"][prev_version].get("dist", {}).get("tarball"))
                except NpmwardError as exc:
                    self.plan.notes.append(f"{name}: previous version {prev_version} not compared: {exc}")
        return Job(
            target=target,
            source=f"registry:{dist.get('tarball') or client.registry_for(name)}",
            tarball=data,
            integrity=sri_sha512(data),
            packument=packument,
            attestations=client.attestations(name, version) if NEEDS_ATTESTATIONS in self.needs else None,
            registry_keys=client.keys() if NEEDS_REGISTRY_KEYS in self.needs else None,
            previous_tarball=previous,
            registry_url=client.registry_for(name),
            locked=locked,
            **extra,
        )

    # --- projects ------------------------------------------------------------------------------

    def _add_project(self, project: Path, lockfile: Path | None = None) -> None:
        from .lockfiles import find_lockfile, read_lockfile

        has_lock = lockfile is not None or any((project / n).is_file() for n in LOCKFILE_NAMES)
        if not has_lock:
            self._add_installed(project)
            return
        graph = read_lockfile(lockfile or find_lockfile(project))
        prior = self._audit(project, graph)
        installed = self._installed_index(project) if self.settings.offline else {}
        registry_pkgs = [p for p in graph.packages if p.kind is DependencyKind.REGISTRY]
        skipped = [p for p in graph.packages if p.kind is not DependencyKind.REGISTRY]
        if skipped:
            kinds = sorted({p.kind.value for p in skipped})
            self.plan.notes.append(f"{graph.lockfile}: {len(skipped)} non-registry entries ({', '.join(kinds)}) "
                                   "are audited but their code is not fetched")
            for package in skipped:
                if prior.get(package.key):
                    self.plan.reports.append((package, prior[package.key], graph.chains(package.key)))

        def fetch(package: LockedPackage) -> Job | str:
            target = f"{package.key} ({graph.lockfile})"
            try:
                return self.registry_job(target, package.registry_name, package.version, locked=package,
                                         paths=graph.chains(package.key), prior_findings=tuple(prior.get(package.key, ())))
            except NpmwardError as exc:
                local = installed.get(package.key)
                if local is not None:
                    self.plan.notes.append(f"{package.key}: analysed from {local} ({exc})")
                    return Job(target=target, source=f"installed:{local}", path=str(local), locked=package,
                               paths=graph.chains(package.key), prior_findings=tuple(prior.get(package.key, ())))
                return f"{exc}"

        with ThreadPoolExecutor(max_workers=8) as pool:
            for package, outcome in zip(registry_pkgs, pool.map(fetch, registry_pkgs)):
                if isinstance(outcome, Job):
                    self.plan.jobs.append(outcome)
                else:
                    self.plan.errors.append(TargetError(f"{package.key} ({graph.lockfile})", outcome))

    def _audit(self, project: Path, graph) -> dict[str, list[Finding]]:
        """Advisory and hygiene findings per lockfile key, from the offline database (and the
        project's ignore file). An empty database is said in a note: the code is still analysed."""
        from .audit import audit_project

        report = audit_project(project, self.settings, graph=graph)
        self.plan.notes.extend(report.notes)
        self.plan.notes.extend(f"audit: {e.message}" for e in report.errors)
        by_id = {(p.id.name, p.id.version): list(p.findings) for p in report.packages}
        return {pkg.key: by_id.get((pkg.registry_name, pkg.version), []) for pkg in graph.packages}

    def _installed_index(self, project: Path) -> dict[str, Path]:
        import json

        from .package import find_installed_packages

        index: dict[str, Path] = {}
        for directory in find_installed_packages(project):
            try:
                manifest = json.loads((directory / "package.json").read_text(encoding="utf-8"))
                index.setdefault(f"{manifest['name']}@{manifest['version']}", directory)
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return index

    def _add_installed(self, project: Path) -> None:
        from .package import find_installed_packages

        found = find_installed_packages(project)
        if not found:
            raise NpmwardError(f"{project}: no lockfile and no installed packages in node_modules")
        for directory in found:
            self.plan.jobs.append(Job(target=str(directory), source=f"installed:{directory}", path=str(directory)))


def previous_version(packument: dict, version: str) -> str | None:
    """The highest published version below `version` (stable unless `version` is a prerelease)."""
    from . import semver

    try:
        current = semver.parse(version)
    except ValueError:
        return None
    candidates = []
    for v in (packument.get("versions") or {}):
        try:
            parsed = semver.parse(v)
        except ValueError:
            continue
        if semver.compare(v, version) < 0 and (not parsed.prerelease or current.prerelease):
            candidates.append(v)
    if not candidates:
        return None
    from functools import cmp_to_key

    return max(candidates, key=cmp_to_key(semver.compare))
