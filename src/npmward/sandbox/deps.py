"""What a sandbox run needs from the registry, fetched before it starts: the package's dependency
tree resolved as npm resolves it (dependencies, the optional dependencies meant for this platform,
peer dependencies npm installs), with every tarball in the shared content-addressed store.

Inside the sandbox, npm installs from the registry as usual; the sink answers it from these
documents and tarballs only (no network), so npm's own algorithm lays out node_modules, runs the
lifecycle scripts and picks the platform packages (esbuild's @esbuild/linux-x64, sharp's @img/*).
Only the main process calls `fetch_dependencies` (it is the one with a registry client).
"""

from __future__ import annotations

import os
import platform
import re
from dataclasses import dataclass
from typing import Any, Mapping

from .. import semver
from ..errors import NpmwardError
from ..model import Artifact
from ..package import sri_sha512
from .unpack import INSTALL_SCRIPTS, has_install_hook

MAX_PACKAGES = 400
MANIFEST_FIELDS = ("name", "version", "dependencies", "optionalDependencies", "peerDependencies",
                   "peerDependenciesMeta", "bundleDependencies", "bundledDependencies", "bin", "os", "cpu", "libc",
                   "scripts", "gypfile", "hasInstallScript")
NAME = re.compile(r"^(?:@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$")
"""A name npm accepts (the unpacked tree is laid out by name)."""
NOT_REGISTRY = ("file:", "link:", "workspace:", "git", "http:", "https:", "github:", "portal:")


@dataclass(frozen=True)
class DepPackage:
    """One dependency version npm will ask for."""

    name: str
    version: str
    manifest: Mapping[str, Any]
    """Its registry document, reduced to what npm needs to resolve and place it."""
    integrity: str | None = None
    """sha512 SRI of its tarball; None when npm will skip it (another platform's optional dependency)."""
    tarball: str | None = None
    """Path of the tarball in the shared content-addressed store (the npmward cache)."""


@dataclass(frozen=True)
class SandboxDeps:
    """Everything a sandbox run needs from the registry (picklable: it goes to worker processes)."""

    packages: tuple[DepPackage, ...] = ()
    target: str | None = None
    """The package's own tarball in the store, when it came from one (else the runner packs its files)."""
    notes: tuple[str, ...] = ()
    """What could not be provided, said in the report (a run without it covers less)."""


def this_platform() -> dict[str, str]:
    """npm's names for this machine: os, cpu, libc."""
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64", "armv7l": "arm",
            "i686": "ia32", "i386": "ia32", "ppc64le": "ppc64", "s390x": "s390x"}.get(platform.machine().lower(), platform.machine())
    try:
        libc = "glibc" if os.confstr("CS_GNU_LIBC_VERSION") else "musl"
    except (ValueError, OSError):
        libc = "musl"
    return {"os": platform.system().lower(), "cpu": arch, "libc": libc}


def platform_ok(manifest: Mapping[str, Any], here: Mapping[str, str]) -> bool:
    """npm's os/cpu/libc check: a list of allowed values, or of `!excluded` ones."""
    for key in ("os", "cpu", "libc"):
        values = manifest.get(key)
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not values or (key == "libc" and here["os"] != "linux"):
            continue
        if f"!{here[key]}" in values:
            return False
        allowed = [v for v in values if isinstance(v, str) and not v.startswith("!")]
        if allowed and here[key] not in allowed and "any" not in allowed:
            return False
    return True


def served_manifest(doc: Mapping[str, Any], has_binding_gyp: bool = False) -> dict[str, Any]:
    """A version document as the registry serves it to npm, reduced to what npm reads: without
    `hasInstallScript` (or `scripts`) npm would not run the package's lifecycle scripts."""
    manifest = {k: doc[k] for k in MANIFEST_FIELDS if k in doc}
    scripts = doc.get("scripts") if isinstance(doc.get("scripts"), dict) else {}
    if any(k in scripts for k in INSTALL_SCRIPTS) or doc.get("gypfile") or has_binding_gyp:
        manifest["hasInstallScript"] = True
    return manifest


def _edges(manifest: Mapping[str, Any]) -> list[tuple[str, str, bool]]:
    """(name, spec, optional) for what npm installs for a package: dependencies, optional
    dependencies, and peer dependencies that are not optional; bundled ones come in its tarball."""
    bundled = manifest.get("bundleDependencies") or manifest.get("bundledDependencies") or []
    bundled = set(bundled if isinstance(bundled, list) else (manifest.get("dependencies") or {}) if bundled is True else [])
    peer_meta = manifest.get("peerDependenciesMeta") or {}
    out: dict[str, tuple[str, str, bool]] = {}
    for key, optional in (("peerDependencies", False), ("dependencies", False), ("optionalDependencies", True)):
        for name, spec in (manifest.get(key) or {}).items():
            if name in bundled or not isinstance(spec, str):
                continue
            if key == "peerDependencies" and (peer_meta.get(name) or {}).get("optional"):
                continue
            out[name] = (name, spec, optional)  # optionalDependencies override dependencies, as in npm
    return list(out.values())


def _real(name: str, spec: str) -> tuple[str, str]:
    """`npm:real@range` aliases name the package npm fetches."""
    if spec.startswith("npm:"):
        target = spec[4:]
        at = target.rfind("@")
        return (target[:at], target[at + 1:] or "latest") if at > 0 else (target, "latest")
    return name, spec


def fetch_dependencies(artifact: Artifact, client: Any) -> SandboxDeps:
    """Resolve and fetch, through `client` (a RegistryClient), every registry package npm would
    install with `artifact`, level by level in parallel. Never raises for one dependency: what
    cannot be provided is a note."""
    here = this_platform()
    notes: list[str] = []
    chosen: dict[tuple[str, str], DepPackage] = {}
    resolved: set[tuple[str, str]] = set()
    level = _edges(artifact.manifest)
    while level:
        todo = []
        for name, spec, optional in level:
            real, rng = _real(name, spec)
            if spec.startswith(NOT_REGISTRY) or (not spec.startswith("npm:") and "/" in spec and not spec.startswith("@")):
                notes.append(f"dependency {name}@{spec} is not from the registry and was not provided")
            elif (real, rng) not in resolved:
                resolved.add((real, rng))
                todo.append((real, rng, optional))
        if len(chosen) + len(todo) > MAX_PACKAGES:
            notes.append(f"more than {MAX_PACKAGES} dependencies: the rest were not provided")
            todo = todo[: max(0, MAX_PACKAGES - len(chosen))]

        def one(edge: tuple[str, str, bool]) -> tuple[DepPackage, bool] | None:
            real, rng, optional = edge
            pid, doc = client.resolve(real, rng)
            manifest = served_manifest(doc)
            if (pid.name, pid.version) in chosen:
                return None
            fits = platform_ok(doc, here)
            if not fits and optional:
                return DepPackage(pid.name, pid.version, manifest), False
            dist = doc.get("dist") or {}
            data = client.tarball(pid.name, pid.version, integrity=dist.get("integrity"), url=dist.get("tarball"))
            path = client.cache.put_tarball(data)  # already there unless the cache was bypassed
            return DepPackage(pid.name, pid.version, manifest, sri_sha512(data), str(path)), True

        results = client.fetch_many(one, todo) if todo else []
        level = []
        for (real, rng, optional), result in zip(todo, results):
            if isinstance(result, NpmwardError):
                notes.append(f"dependency {real}@{rng}{' (optional)' if optional else ''} could not be provided: {result}")
            elif result is not None and (result[0].name, result[0].version) not in chosen:
                package, installs = result
                chosen[(package.name, package.version)] = package
                if installs:
                    level += _edges(package.manifest)
    own = client.cache.get_tarball(artifact.integrity) if artifact.integrity else None
    target = str(client.cache.put_tarball(own)) if own is not None else None
    return SandboxDeps(tuple(chosen.values()), target, tuple(notes))


def unpack_plan(artifact: Artifact, target_tgz: str, target_integrity: str, deps: SandboxDeps) -> list[dict] | None:
    """Where npm would put each package of the tree (`path`: `node_modules/a/node_modules/b`), the
    artifact first, when npm would run none of its code; else None (npm installs it).

    npm's placement, breadth first: a dependency goes to the top `node_modules` unless a version of
    its name is on the way up, then beside its dependent. Only trees where that cannot differ from
    npm's are taken: each edge has exactly one provided version in range (npm may otherwise keep an
    already placed one), and two versions of a name only where no package has peers (npm places
    peers first). The result is checked as Node resolves `require`; anything off, and npm installs."""
    if deps.notes or "binding.gyp" in artifact.files:
        return None
    own = {**artifact.manifest, "name": artifact.id.name, "version": artifact.id.version}
    packages = {(artifact.id.name, artifact.id.version): (own, target_tgz, target_integrity)}
    packages.update({(p.name, p.version): (p.manifest, p.tarball, p.integrity) for p in deps.packages if p.integrity})
    versions: dict[str, list[str]] = {}
    for (name, version), (manifest, tarball, _) in packages.items():
        if not tarball or not NAME.match(name) or name == "node_modules" or has_install_hook(manifest):
            return None
        versions.setdefault(name, []).append(version)
    if len(versions) < len(packages) and any(m.get("peerDependencies") for m, _, _ in packages.values()):
        return None  # npm places peers with their dependent first, which decides which version is on top

    def wanted(manifest: Mapping[str, Any]) -> list[tuple[str, str]] | None:
        out = []
        for name, spec, optional in _edges(manifest):
            have = versions.get(name, [])
            if spec.startswith("npm:"):
                return None  # an alias lives under another name
            fits = [v for v in have if semver.satisfies(v, spec)]
            if not fits and len(have) == 1 and not semver.valid_range(spec):
                fits = have  # a dist-tag: the one version provided for it
            if len(fits) > 1:
                return None  # npm may keep a placed one rather than the highest: left to npm
            if not fits and not (optional and not have):
                return None  # npm would fail, or pick what the sink does not serve
            out += [(name, v) for v in fits]
        return out

    placed: dict[str, str] = {}
    """path under the project -> version."""
    queue: list[tuple[str, list[tuple[str, str]]]] = [("", [(artifact.id.name, artifact.id.version)])]
    edges: list[tuple[str, str, str]] = []
    for where, wants in queue:  # breadth first: the queue grows as packages are placed
        for name, version in wants:
            edges.append((where, name, version))
            found = _resolve(placed, where, name)
            if found is not None and placed[found] == version:
                continue
            path = _under(where, name) if found is not None else _under("", name)
            if path in placed or len(placed) > 4 * len(packages):
                return None
            placed[path] = version
            more = wanted(packages[(name, version)][0])
            if more is None:
                return None
            queue.append((path, more))
    if any(placed.get(_resolve(placed, where, name) or "") != version for where, name, version in edges):
        return None
    tree = []
    for path, version in placed.items():
        name = path.rsplit("node_modules/", 1)[1]
        _, tarball, integrity = packages[(name, version)]
        tree.append({"path": path, "name": name, "version": version, "tarball": tarball, "integrity": integrity})
    return tree


def _under(where: str, name: str) -> str:
    return f"{where}/node_modules/{name}" if where else f"node_modules/{name}"


def _resolve(placed: Mapping[str, str], where: str, name: str) -> str | None:
    """The path `require(name)` finds from the package at `where` ("" = the project), if any."""
    while True:
        if _under(where, name) in placed:
            return _under(where, name)
        if not where:
            return None
        where = where.rsplit("/node_modules/", 1)[0] if "/node_modules/" in where else ""
