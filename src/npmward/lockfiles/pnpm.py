"""pnpm-lock.yaml: lockfileVersion 5.x, 6.x and 9.x, including pnpm 11's multi-document files.

Package ids differ by version (`/a/1.0.0_peer` in 5, `/a@1.0.0(peer)` in 6, `a@1.0.0` in 9), and
a dependency refers to one by a short reference (`1.0.0_peer`, `/b/1.0.0`, `b@1.0.0`, a tarball or
git id). References are looked up among the ids the file actually has, never rebuilt from text;
a package that pnpm names itself (`name:`/`version:` — tarball, git and `file:` packages) keeps that
name, not its id or URL.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import DependencyKind, LockedPackage
from ..schema import MapOf, OneOf, Record
from ..yamlload import YamlError, load_yaml
from .parts import GraphParts, LockfileError, check_entries, check_shape, direct_deps, kind_of

NAMES = ("pnpm-lock.yaml",)
PRIORITY = 20
DEP_FIELDS = ("dependencies", "optionalDependencies", "devDependencies")
LOCAL_PREFIXES = ("link:", "file:", "workspace:")

_RESOLUTION = Record(integrity=str, tarball=str, repo=str, commit=str, type=str, directory=str)
_PACKAGE = Record(name=str, version=str, resolution=_RESOLUTION, optional=bool, dev=bool,
                  dependencies=MapOf(str), optionalDependencies=MapOf(str))
_IMPORTER = Record(specifiers=MapOf(str),
                   **{f: MapOf(OneOf(str, Record(specifier=str, version=str))) for f in DEP_FIELDS})
_LOCK = Record(lockfileVersion=OneOf(str, float), packages=MapOf(_PACKAGE), snapshots=MapOf(_PACKAGE),
               importers=MapOf(_IMPORTER), specifiers=_IMPORTER.fields["specifiers"],
               **{f: _IMPORTER.fields[f] for f in DEP_FIELDS})
_PEERS = re.compile(r"\(.*$")


def parse(path: Path, text: str, manifest: dict) -> GraphParts:
    try:
        docs = load_yaml(text, str(path), documents=True)
    except YamlError as exc:
        raise LockfileError(str(exc)) from None
    doc = _project_document(path, docs)
    raw = str(doc.get("lockfileVersion", "?"))
    major = raw.split(".")[0]
    if major not in ("5", "6", "9"):
        raise LockfileError(f"{path}: lockfileVersion {raw} is not supported (supported: 5.x, 6.x, 9.x)")
    check_entries(path, sum(len(doc[f]) for f in ("packages", "snapshots") if isinstance(doc.get(f), dict)))
    check_shape(path, doc, _LOCK)
    parts = GraphParts(format=f"pnpm@{raw}")
    packages = doc.get("packages") or {}
    snapshots = doc.get("snapshots") or {}
    ids: dict[str, str] = {}  # lockfile id (peer suffix and all) -> our key
    for pid, entry in {**packages, **snapshots}.items():
        meta = {**(packages.get(_PEERS.sub("", pid)) or {}), **(packages.get(pid) or {}), **entry}
        ids[pid] = parts.add(_package(path, pid, meta, major))
    for pid, entry in {**packages, **snapshots}.items():
        edges = parts.edges.setdefault(ids[pid], [])
        for field in ("dependencies", "optionalDependencies"):
            edges.extend(k for k in (_lookup(ids, dep, ref) for dep, ref in (entry.get(field) or {}).items()) if k)
    importers = doc.get("importers") or {".": {f: doc.get(f) for f in (*DEP_FIELDS, "specifiers")}}
    for importer, deps in importers.items():
        for field in DEP_FIELDS:
            for dep, ref in (deps.get(field) or {}).items():
                ref = ref.get("version") or "" if isinstance(ref, dict) else ref
                key = _lookup(ids, dep, ref) or (_local(parts, dep, ref) if ref.startswith(LOCAL_PREFIXES) else None)
                if key:
                    parts.roots.append(key)
                    if field == "devDependencies":
                        parts.dev_roots.add(key)
        if importer == ".":
            parts.direct.update({k: (v.get("specifier") or "" if isinstance(v, dict) else v)
                                 for field in DEP_FIELDS for k, v in (deps.get(field) or {}).items()})
            parts.direct.update(deps.get("specifiers") or {})
    if not parts.direct:
        parts.direct, _ = direct_deps(manifest)
    return parts


def _project_document(path: Path, docs: list) -> dict:
    """The project's own document (pnpm 11 writes an env document of config dependencies first)."""
    candidates = [d for d in docs if isinstance(d, dict) and "lockfileVersion" in d]
    if not candidates:
        raise LockfileError(f"{path}: no lockfile document found (no document with a lockfileVersion)")

    def size(doc: dict) -> int:
        return sum(len(doc[f]) for f in ("packages", "snapshots") if isinstance(doc.get(f), dict))

    return max(candidates, key=size)


def _package(path: Path, pid: str, meta: dict, major: str) -> LockedPackage:
    id_name, id_version = split_id(pid, major)
    name = meta.get("name") or id_name
    if not name:
        raise LockfileError(f"{path}: packages[{pid!r}]: cannot tell the package name (no `name` and not a package id)")
    # pnpm writes name and version for what its id cannot say (tarball, git, file); else the id stands for it
    version = meta.get("version") or (id_version if name == id_name and id_version else pid)
    resolution = meta.get("resolution") or {}
    kind = _kind(pid, resolution, named="name" in meta)
    resolved = resolution.get("tarball") or resolution.get("repo") or resolution.get("directory")
    if kind is DependencyKind.FILE:
        resolved = pid if pid.startswith("file:") else f"file:{resolved or ''}"
    return LockedPackage(name=name, version=version, kind=kind, resolved=resolved,
                         integrity=resolution.get("integrity"), optional=bool(meta.get("optional")))


def _kind(pid: str, resolution: dict, named: bool) -> DependencyKind:
    tarball = resolution.get("tarball") or ""
    if resolution.get("repo") or resolution.get("type") == "git" or "codeload.github.com/" in tarball:
        return DependencyKind.GIT
    if resolution.get("type") == "directory" or "directory" in resolution or pid.startswith("file:"):
        return DependencyKind.FILE
    if tarball and (named or not resolution.get("integrity") or "://" in pid):  # a tarball URL dependency
        return DependencyKind.GIT if kind_of(tarball) is DependencyKind.GIT else DependencyKind.TARBALL
    return DependencyKind.REGISTRY


def _lookup(ids: dict[str, str], dep: str, ref: str) -> str | None:
    """Our key for the package a dependency reference names, among the ids of the file."""
    for candidate in (f"/{dep}/{ref}", f"/{dep}@{ref}", f"{dep}@{ref}", ref, f"/{ref}"):
        key = ids.get(candidate)
        if key is not None:
            return key
    return None


def _local(parts: GraphParts, dep: str, ref: str) -> str:
    """A `link:`/`file:`/`workspace:` dependency that has no package entry (a workspace)."""
    relative_link = ref.startswith("link:") and not ref.startswith("link:/")
    kind = DependencyKind.WORKSPACE if relative_link else kind_of(ref)
    return parts.add(LockedPackage(name=dep, version=ref.split(":", 1)[1] or ref, kind=kind, resolved=ref))


def split_id(pid: str, major: str) -> tuple[str, str]:
    """(`name`, `version`) of a package id: `/a/1.0.0_peer` (5), `/a@1.0.0(peer)` (6), `a@1.0.0` (9);
    ("", "") when the id is not of that form. Files of one version mix shapes (5.4 writes both), so
    the shape is read per id."""
    body = pid[1:] if pid.startswith("/") else pid
    head, _, last = body.rpartition("/")
    if major != "9" and head and last[:1].isdigit():  # /name/1.0.0_peer
        return head, last.split("_", 1)[0]
    body = _PEERS.sub("", body)
    at = body.find("@", 1)
    return (body[:at], body[at + 1:].split("_", 1)[0] if major != "9" else body[at + 1:]) if at > 0 else ("", "")
