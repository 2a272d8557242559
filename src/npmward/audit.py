"""`npmward audit`: a lockfile's dependency graph against known vulnerabilities and known malware,
plus lockfile hygiene.

Offline first: the advisories come from the local OSV database; `online=True` adds the registry's
bulk endpoint, to which only public registry packages are named. A package that is not from the
public registry (a workspace, `file:`/`link:`, a configured private scope or a scoped registry of
its own) is never declared malware because a public package of the same name was: that is reported
as a name collision, for a human to check. An empty database never yields a clean report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Collection, Iterable, Mapping
from urllib.parse import urlsplit

from . import semver
from .advisories import Advisory, AdvisoryDB, affects, lowest_fix, normalize_name
from .advisories.bulk import query_bulk
from .errors import NpmwardError
from .model import (Confidence, DependencyGraph, DependencyKind, Finding, LockedPackage, PackageReport,
                    ScanReport, Severity, TargetError)
from .settings import Settings
from .verdict import decide

OMIT_CHOICES = ("dev", "optional", "peer")
PUBLIC_REGISTRY_HOSTS = frozenset({"registry.npmjs.org", "registry.yarnpkg.com", "registry.npmjs.com"})
_HOLDER = re.compile(r"^0\.0\.\d+-security(\.\d+)?$")
_SEVERITY = {"critical": Severity.CRITICAL, "high": Severity.HIGH, "moderate": Severity.MEDIUM,
             "medium": Severity.MEDIUM, "low": Severity.LOW}


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


class _Context:
    """What the per-package checks need to know about the project and its registries."""

    def __init__(self, graph: DependencyGraph, settings: Settings, npm_config, declared: Mapping[str, str]):
        self.lockfile = graph.lockfile
        self.graph = graph
        self.private_scopes = {s.lower() for s in settings.private_scopes}
        self.internal_names = {n.lower() for n in settings.internal_names}
        registries = [npm_config.registry, *npm_config.scopes.values()] if npm_config is not None else []
        self.registry_hosts = {h for h in map(_host, registries) if h} | PUBLIC_REGISTRY_HOSTS
        public = _host(npm_config.registry) if npm_config is not None else "registry.npmjs.org"
        # A scope with a registry of its own (other than the default one) is private.
        self.private_registry_scopes = {s.lower() for s, url in (npm_config.scopes.items() if npm_config else ())
                                        if _host(url) not in (public, *PUBLIC_REGISTRY_HOSTS)}
        self.private_hosts = {_host(npm_config.scopes[s]) for s in npm_config.scopes} - {public} - PUBLIC_REGISTRY_HOSTS \
            if npm_config is not None else set()
        self.declared = {n.lower(): r for n, r in declared.items()}

    def is_private(self, pkg: LockedPackage) -> str | None:
        """Why this package is not the public registry package of its name (None when it is)."""
        if pkg.kind in (DependencyKind.WORKSPACE, DependencyKind.LINK, DependencyKind.FILE):
            return f"a {pkg.kind.value} package of this project"
        name = pkg.registry_name.lower()
        scope = name.split("/", 1)[0] if name.startswith("@") else None
        if scope and scope in self.private_scopes:
            return f"in the private scope {scope}"
        if scope and scope in self.private_registry_scopes:
            return f"from the scoped registry of {scope}"
        if name in self.internal_names:
            return "an internal package name"
        if _host(pkg.resolved) in self.private_hosts:
            return f"resolved from the private registry {_host(pkg.resolved)}"
        return None


def _finding(ctx: _Context, rule: str, severity: Severity, confidence: Confidence, category: str,
             message: str, /, **details) -> Finding:
    return Finding(rule=rule, severity=severity, confidence=confidence, category=category, message=message,
                   file=ctx.lockfile, details={k: v for k, v in details.items() if v is not None})


def hygiene_findings(ctx: _Context, pkg: LockedPackage) -> list[Finding]:
    """Lockfile hygiene: holder versions, foreign or plain-http hosts, missing integrity, non-registry deps."""
    out = []
    if _HOLDER.match(pkg.version):
        out.append(_finding(ctx, "audit/security-holder", Severity.HIGH, Confidence.HIGH, "malware",
                            f"{pkg.registry_name}@{pkg.version} is npm's security holding package: the real "
                            "package was removed from the registry as malicious"))
    resolved = pkg.resolved or ""
    if pkg.kind in (DependencyKind.REGISTRY, DependencyKind.TARBALL) and resolved.startswith("http://"):
        out.append(_finding(ctx, "audit/insecure-url", Severity.MEDIUM, Confidence.HIGH, "integrity",
                            f"resolved over plain http ({resolved}): the download can be tampered with",
                            resolved=resolved))
    if pkg.kind is DependencyKind.REGISTRY:
        host = _host(resolved)
        if host and resolved.startswith(("http://", "https://")) and host not in ctx.registry_hosts:
            out.append(_finding(ctx, "audit/unexpected-host", Severity.MEDIUM, Confidence.HIGH, "integrity",
                                f"resolved from {host}, which is not a configured registry", resolved=resolved))
        if not pkg.integrity:
            out.append(_finding(ctx, "audit/missing-integrity", Severity.LOW, Confidence.HIGH, "integrity",
                                "the lockfile records no integrity hash: the download is not verified"))
    elif pkg.kind in (DependencyKind.GIT, DependencyKind.TARBALL):
        out.append(_finding(ctx, f"audit/{pkg.kind.value}-dependency", Severity.LOW, Confidence.HIGH, "metadata",
                            f"a {pkg.kind.value} dependency ({resolved or pkg.version}): not from a registry, "
                            "no advisory or registry check covers it", resolved=resolved or None))
    elif pkg.kind in (DependencyKind.FILE, DependencyKind.LINK):
        out.append(_finding(ctx, f"audit/{pkg.kind.value}-dependency", Severity.INFO, Confidence.HIGH, "metadata",
                            f"a local {pkg.kind.value} dependency ({resolved or pkg.version})"))
    return out


def _is_direct(ctx: _Context, pkg: LockedPackage) -> str | None:
    """The root's declared range when `pkg` is (the copy of) a direct dependency, else None."""
    declared = ctx.declared.get(pkg.name.lower())
    if declared is None:
        return None
    if pkg.key in ctx.graph.roots or not ctx.graph.chains(pkg.key, limit=1):
        return declared
    return declared if semver.valid_range(declared) and semver.satisfies(pkg.version, declared, True) else None


def advisory_findings(ctx: _Context, pkg: LockedPackage, advisories: Iterable[Advisory],
                      private_reason: str | None) -> list[Finding]:
    out = []
    name, version = pkg.registry_name, pkg.version
    seen: set[str] = set()
    for adv in advisories:
        if adv.id in seen:
            continue
        seen.add(adv.id)
        if private_reason is not None:
            if adv.malware and not adv.withdrawn:
                out.append(_finding(ctx, "audit/name-collision", Severity.INFO, Confidence.LOW, "metadata",
                                    f"{name} is {private_reason}, but a public npm package of the same name is "
                                    f"known malware ({adv.id}); make sure this name always resolves to yours",
                                    id=adv.id, url=adv.url))
            continue
        if not affects(adv, name, version):
            continue
        if adv.malware:
            out.append(_finding(ctx, "audit/malware", Severity.CRITICAL, Confidence.HIGH, "malware",
                                f"{name}@{version} is known malware ({adv.id}): {adv.summary or 'malicious code'}",
                                id=adv.id, aliases=list(adv.aliases), url=adv.url, source=adv.source))
            continue
        fixed = lowest_fix(adv, name, version)
        declared = _is_direct(ctx, pkg)
        admits = None
        if declared is not None and fixed is not None and semver.valid_range(declared):
            admits = semver.satisfies(fixed, declared)
        fix_text = f"; fixed in {fixed}" if fixed else "; no fixed version"
        if admits is True:
            fix_text += f" (your range {declared} admits it: update the lockfile)"
        elif admits is False:
            fix_text += f" (your range {declared} does not admit it: change package.json)"
        # Confidence MEDIUM: a known vulnerability makes a package risky, never malicious by itself.
        out.append(_finding(ctx, "audit/vulnerability", _SEVERITY.get(adv.severity, Severity.MEDIUM),
                            Confidence.MEDIUM, "vulnerability",
                            f"{name}@{version}: {adv.summary or adv.id} ({adv.id}){fix_text}",
                            id=adv.id, aliases=list(adv.aliases), url=adv.url, severity=adv.severity,
                            cvss=list(adv.cvss) or None, cwes=list(adv.cwes) or None, fixed_in=fixed,
                            direct=declared is not None, declared_range=declared, range_admits_fix=admits,
                            source=adv.source))
    return out


def omit_packages(packages: Iterable[LockedPackage], omit: Collection[str]) -> list[LockedPackage]:
    bad = set(omit) - set(OMIT_CHOICES)
    if bad:
        from .errors import UsageError
        raise UsageError(f"--omit: unknown value(s) {', '.join(sorted(bad))} (choose from {', '.join(OMIT_CHOICES)})")
    return [p for p in packages
            if not (("dev" in omit and p.dev) or ("optional" in omit and p.optional) or ("peer" in omit and p.peer))]


def audit_graph(graph: DependencyGraph, settings: Settings, db: AdvisoryDB | None, npm_config=None,
                online: bool = False, *, omit: Collection[str] = (), declared: Mapping[str, str] | None = None,
                client=None) -> ScanReport:
    """Audit every package of `graph` (minus `omit`) against the database (and the registry if online)."""
    ctx = _Context(graph, settings, npm_config, declared if declared is not None else graph.direct)
    packages = omit_packages(graph.packages, omit)
    private = {p.key: ctx.is_private(p) for p in packages}
    names = {p.registry_name for p in packages}
    known = db.lookup(names) if db is not None else {}
    notes: list[str] = []
    if online:
        public = {}
        for p in packages:
            if private[p.key] is None and p.kind is DependencyKind.REGISTRY:
                public.setdefault(p.registry_name, set()).add(p.version)
        try:
            if client is None:
                from .registry import RegistryClient
                with RegistryClient(settings, npm_config) as own:
                    online_found = query_bulk(own, public)
            else:
                online_found = query_bulk(client, public)
            for key, advs in online_found.items():
                known.setdefault(key, []).extend(advs)
            notes.append(f"online: asked the registry about {len(public)} public package names "
                         "(private, workspace and local packages were not sent)")
        except NpmwardError as exc:
            notes.append(f"online advisories unavailable: {exc}")
    reports = []
    for pkg in packages:
        advisories = known.get(normalize_name(pkg.registry_name), ())
        findings = hygiene_findings(ctx, pkg) + advisory_findings(ctx, pkg, advisories, private[pkg.key])
        scope = ":dev" if pkg.dev else ":optional" if pkg.optional else ""  # the SBOM's component scope
        reports.append(PackageReport(id=pkg.id, source=f"lockfile:{pkg.kind.value}{scope}", integrity=pkg.integrity,
                                     verdict=decide(findings), findings=tuple(findings),
                                     paths=graph.chains(pkg.key)))
    return ScanReport(packages=tuple(reports), notes=tuple(notes))


def declared_ranges(project_dir: Path) -> dict[str, str]:
    """The root package.json's dependency ranges (all dependency fields; prod wins over dev)."""
    path = Path(project_dir) / "package.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for field in ("peerDependencies", "optionalDependencies", "devDependencies", "dependencies"):
        deps = manifest.get(field) if isinstance(manifest, dict) else None
        if isinstance(deps, dict):
            out.update({str(k): str(v) for k, v in deps.items()})
    return out


def audit_project(project_dir: Path, settings: Settings, omit: Collection[str] = (), online: bool = False,
                  *, lockfile: Path | None = None, client=None, today=None,
                  graph: DependencyGraph | None = None) -> ScanReport:
    """Find and read the project's lockfile, audit it, and apply `.npmwardignore.yml`."""
    from dataclasses import replace

    from .ignorefile import apply_ignores, load_ignores
    from .lockfiles import find_lockfile, read_lockfile
    from .registry import load_npm_config

    project_dir = Path(project_dir)
    ignores = load_ignores(project_dir)  # a malformed ignore file fails before any work
    if graph is None:  # `scan` passes the graph it has already read
        graph = read_lockfile(lockfile or find_lockfile(project_dir))
    npm_config = load_npm_config(project_dir)
    online = online and not settings.offline
    with AdvisoryDB.open(settings.cache_dir) as db:
        status = db.status()
        declared = {**graph.direct, **declared_ranges(project_dir)}
        report = audit_graph(graph, settings, db, npm_config, online, omit=omit, declared=declared, client=client)
    notes = list(status.warnings())
    errors = []
    if status.total == 0:
        message = (f"the advisory database {status.path} is empty, so known vulnerabilities and malware "
                   "were not checked; run `npmward db update` or `npmward db import FILE|DIR|ZIP`")
        if online and not any(n.startswith("online advisories unavailable") for n in report.notes):
            notes = [message + " (only the registry's online advisories were used)"]
        else:
            errors.append(TargetError(str(status.path), message))
            notes = []
    report = replace(report, notes=tuple(report.notes) + tuple(notes), errors=tuple(errors))
    return apply_ignores(report, ignores, today)
