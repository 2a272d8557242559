"""The resolve stage: what the user named -> the packages the run decides on (`Subject`s).

A target is a registry spec (`name`, `name@version`, `name@range`, `name@tag`), a tarball file, a
package directory, a lockfile, or a project directory (its lockfile graph, or the packages
installed in its `node_modules` when it has no lockfile). Specs are resolved through the registry
client here, in the main process; nothing is downloaded yet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .. import semver
from ..errors import NpmwardError
from ..model import DependencyGraph, DependencyKind, Finding, LockedPackage, PackageId, TargetError

TARBALL_SUFFIXES = (".tgz", ".tar.gz", ".tar")
# npm's rules for new package names, loosened to what the registry actually holds (old uppercase names).
NAME = re.compile(r"^(?:@[a-z0-9][\w.~-]*/)?[a-z0-9_.~-][\w.~-]*$", re.I)


@dataclass(frozen=True, eq=False)
class Subject:
    """One package the run will decide on, before its bytes are fetched."""

    target: str
    """What the user named, for messages (`express@4`, `./pkg.tgz`, `lodash@4.17.21 (package-lock.json)`)."""
    origin: str
    """`registry` (a spec or a lockfile entry), `tarball`, `directory` or `installed`."""
    id: PackageId | None = None
    """Known before fetching for registry packages and installed ones; None for a tarball or a
    directory until it is loaded."""
    locked: LockedPackage | None = None
    graph: DependencyGraph | None = None
    """The graph a lockfile entry belongs to (for its chains from the root)."""
    path: str | None = None
    """The tarball file or package directory to load (local origins)."""
    version_doc: Mapping[str, Any] | None = None
    """The registry's version document, when resolution already read it."""
    declared: str | None = None
    """The range the project's package.json declares for it, when it is a direct dependency."""
    unresolved: str | None = None
    """Why the registry has no such version (unpublished?): audited, but nothing to fetch."""
    tarball: bytes | None = None
    """The package's bytes when the caller already has them (the firewall, which downloaded them
    to serve them): checked against the version document's and the lockfile's integrity, not fetched."""
    findings: tuple[Finding, ...] = ()
    """Findings already known about these bytes (the firewall's verdicts, kept by integrity): they
    join the package's evidence, so a run that only audits still decides on everything known."""

    @property
    def fetchable(self) -> bool:
        """Whether there are bytes to analyse: local files, or a registry package the registry has."""
        if self.unresolved is not None:
            return False
        return self.locked is None or self.locked.kind is DependencyKind.REGISTRY


@dataclass
class Resolved:
    """The subjects of a run, and what went wrong or should be known while finding them."""

    subjects: list[Subject] = field(default_factory=list)
    errors: list[TargetError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    graphs: list[DependencyGraph] = field(default_factory=list)


def split_spec(target: str) -> tuple[str, str]:
    """`@scope/name@^1` -> (`@scope/name`, `^1`); a bare name means the `latest` tag."""
    at = target.find("@", 1)
    name, spec = (target[:at], target[at + 1:]) if at > 0 else (target, "latest")
    if not NAME.match(name) or len(name) > 214:
        raise NpmwardError(f"{target!r} is not a file, a directory or a valid npm package name")
    return name, spec or "latest"


def _looks_like_path(target: str) -> bool:
    return target.startswith((".", "/", "~")) or target.endswith(TARBALL_SUFFIXES) or "\\" in target \
        or (("/" in target) and not target.startswith("@"))


def resolve_targets(targets: Iterable[str], client_of, *, omit: tuple[str, ...] = ()) -> Resolved:
    """Subjects for every target (duplicates named once). `client_of()` gives the run's registry
    client; it is only called when a spec needs resolving."""
    from ..lockfiles import LOCKFILE_NAMES

    out = Resolved()
    specs: list[str] = []
    for target in dict.fromkeys(targets):
        try:
            path = Path(target).expanduser()
            if path.is_file() and path.name in LOCKFILE_NAMES:
                _add_project(out, path.parent, path, omit)
            elif path.is_file():
                out.subjects.append(Subject(target, "tarball", path=str(path)))
            elif path.is_dir():
                _add_directory(out, target, path, omit)
            elif _looks_like_path(target):
                raise NpmwardError("no such file or directory")
            else:
                split_spec(target)
                specs.append(target)
        except NpmwardError as exc:
            out.errors.append(TargetError(target, str(exc)))
    if specs:
        from concurrent.futures import ThreadPoolExecutor

        client = client_of()
        resolved: set[PackageId] = set()
        with ThreadPoolExecutor(max_workers=min(8, len(specs))) as pool:
            for target, outcome in zip(specs, pool.map(lambda t: _resolve_spec(t, client), specs)):
                if isinstance(outcome, Subject):
                    # `express` and `express@latest` are one package: reported once.
                    if outcome.id not in resolved:
                        resolved.add(outcome.id)
                        out.subjects.append(outcome)
                else:
                    out.errors.append(TargetError(target, outcome))
    return out


def _resolve_spec(target: str, client) -> Subject | str:
    try:
        name, spec = split_spec(target)
        try:
            pid, doc = client.resolve(name, spec)
        except NpmwardError as exc:
            exact = spec.lstrip("=v").strip()
            if semver.valid(exact) is None:
                raise
            # An exact version the registry no longer serves (unpublished malware, a removed
            # release) is still looked up in the advisory database.
            return Subject(target, "registry", PackageId(name, exact), unresolved=str(exc))
        return Subject(target, "registry", pid, version_doc=doc)
    except NpmwardError as exc:
        return str(exc)


def _add_directory(out: Resolved, target: str, path: Path, omit: tuple[str, ...]) -> None:
    from ..lockfiles import LOCKFILE_NAMES

    if any((path / name).is_file() for name in LOCKFILE_NAMES) or (path / "node_modules").is_dir():
        _add_project(out, path, None, omit)
    elif (path / "package.json").is_file():
        out.subjects.append(Subject(target, "directory", path=str(path)))
    else:
        raise NpmwardError("not a package or project directory (no package.json, lockfile or node_modules)")


def _add_project(out: Resolved, project: Path, lockfile: Path | None, omit: tuple[str, ...]) -> None:
    from ..audit import declared_ranges
    from ..lockfiles import LOCKFILE_NAMES, find_lockfile, read_lockfile

    if lockfile is None and not any((project / n).is_file() for n in LOCKFILE_NAMES):
        _add_installed(out, project)
        return
    graph = read_lockfile(lockfile or find_lockfile(project))
    out.graphs.append(graph)
    subjects, notes = graph_subjects(graph, {**graph.direct, **declared_ranges(project)}, omit)
    out.subjects.extend(subjects)
    out.notes.extend(notes)


def graph_subjects(graph: DependencyGraph, declared: Mapping[str, str] | None = None,
                   omit: tuple[str, ...] = ()) -> tuple[list[Subject], list[str]]:
    """A subject for every package of a lockfile graph (minus `omit`), and notes about them."""
    from ..audit import declared_for, omit_packages

    declared = graph.direct if declared is None else declared
    packages = omit_packages(graph.packages, omit)
    notes = []
    if not packages:
        notes.append(f"{graph.lockfile}: no dependencies" + (f" (after --omit {','.join(omit)})" if omit else ""))
    skipped = sorted({p.kind.value for p in packages if p.kind is not DependencyKind.REGISTRY})
    if skipped:
        count = sum(p.kind is not DependencyKind.REGISTRY for p in packages)
        notes.append(f"{graph.lockfile}: {count} non-registry entries ({', '.join(skipped)}) are audited "
                     "but their code is not fetched")
    subjects = [Subject(f"{package.key} ({graph.lockfile})", "registry", package.id, locked=package, graph=graph,
                        declared=declared_for(package, declared, graph.roots)) for package in packages]
    return subjects, notes


def _add_installed(out: Resolved, project: Path) -> None:
    from ..package import find_installed_packages

    found = find_installed_packages(project)
    if not found:
        raise NpmwardError(f"{project}: no lockfile and no installed packages in node_modules")
    out.notes.append(f"{project}: no lockfile; analysed the {len(found)} packages installed in node_modules")
    for directory in found:
        out.subjects.append(Subject(str(directory), "installed", _installed_id(directory), path=str(directory)))


def _installed_id(directory: Path) -> PackageId | None:
    """An installed package's name and version from its package.json (read as data, never run)."""
    try:
        manifest = json.loads((directory / "package.json").read_text(encoding="utf-8"))
        name, version = manifest["name"], manifest["version"]
        return PackageId(name, version) if isinstance(name, str) and isinstance(version, str) else None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
