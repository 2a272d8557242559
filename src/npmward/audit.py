"""The audit stage: packages against known vulnerabilities and known malware, plus lockfile hygiene.

Offline first: the advisories come from the local OSV database; `online=True` adds the registry's
bulk endpoint, to which only public registry packages are named. A package that is not the public
registry's package of its name (a workspace, `file:`/`link:`, a private scope, a scoped registry of
its own — `RegistryIdentity.private_reason`) is never declared malware because a public package of
the same name was: that is reported as a name collision, for a human to check.

This module only finds; the pipeline decides (verdict and policy) in one place for every command.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Iterable, Mapping, Sequence

from . import semver
from .advisories import Advisory, AdvisoryDB, affects, lowest_fix, normalize_name
from .advisories.bulk import query_bulk
from .analyzers.holders import is_security_holder
from .errors import NpmwardError, UsageError
from .model import Confidence, DependencyKind, Finding, LockedPackage, PackageId, Severity
from .registry.identity import RegistryIdentity, host_of

OMIT_CHOICES = ("dev", "optional", "peer")
_SEVERITY = {"critical": Severity.CRITICAL, "high": Severity.HIGH, "moderate": Severity.MEDIUM,
             "medium": Severity.MEDIUM, "low": Severity.LOW}


@dataclass(frozen=True)
class AuditItem:
    """One package the audit stage looks up."""

    id: PackageId
    """The registry name and exact version."""
    locked: LockedPackage | None = None
    """Its lockfile entry, when it came from a lockfile (hygiene is checked on it)."""
    lockfile: str | None = None
    """The lockfile's path, where its findings point."""
    declared: str | None = None
    """The range the project's package.json declares, when this is a direct dependency."""


def _finding(item: AuditItem, rule: str, severity: Severity, confidence: Confidence, category: str,
             message: str, /, **details) -> Finding:
    return Finding(rule=rule, severity=severity, confidence=confidence, category=category, message=message,
                   file=item.lockfile, details={k: v for k, v in details.items() if v is not None})


def hygiene_findings(item: AuditItem, identity: RegistryIdentity) -> list[Finding]:
    """Holder versions (any package), and for lockfile entries: foreign or plain-http hosts,
    missing integrity, non-registry sources."""
    out = []
    if is_security_holder(item.id.version):
        out.append(_finding(item, "audit/security-holder", Severity.HIGH, Confidence.HIGH, "malware",
                            f"{item.id} is npm's security holding package: the real package was removed from "
                            "the registry as malicious"))
    pkg = item.locked
    if pkg is None:
        return out
    resolved = pkg.resolved or ""
    if pkg.kind in (DependencyKind.REGISTRY, DependencyKind.TARBALL) and resolved.startswith("http://"):
        out.append(_finding(item, "audit/insecure-url", Severity.MEDIUM, Confidence.HIGH, "integrity",
                            f"resolved over plain http ({resolved}): the download can be tampered with",
                            resolved=resolved))
    if pkg.kind is DependencyKind.REGISTRY:
        host = host_of(resolved)
        if host and resolved.startswith(("http://", "https://")) and host not in identity.registry_hosts:
            out.append(_finding(item, "audit/unexpected-host", Severity.MEDIUM, Confidence.HIGH, "integrity",
                                f"resolved from {host}, which is not a configured registry", resolved=resolved))
        if not pkg.integrity:
            out.append(_finding(item, "audit/missing-integrity", Severity.LOW, Confidence.HIGH, "integrity",
                                "the lockfile records no integrity hash: the download is not verified"))
    elif pkg.kind in (DependencyKind.GIT, DependencyKind.TARBALL):
        out.append(_finding(item, f"audit/{pkg.kind.value}-dependency", Severity.LOW, Confidence.HIGH, "metadata",
                            f"a {pkg.kind.value} dependency ({resolved or pkg.version}): not from a registry, "
                            "no advisory or registry check covers it", resolved=resolved or None))
    elif pkg.kind in (DependencyKind.FILE, DependencyKind.LINK):
        out.append(_finding(item, f"audit/{pkg.kind.value}-dependency", Severity.INFO, Confidence.HIGH, "metadata",
                            f"a local {pkg.kind.value} dependency ({resolved or pkg.version})"))
    return out


def advisory_findings(item: AuditItem, advisories: Iterable[Advisory], private_reason: str | None) -> list[Finding]:
    out = []
    name, version = item.id.name, item.id.version
    seen: set[str] = set()
    for adv in advisories:
        if adv.id in seen:
            continue
        seen.add(adv.id)
        if private_reason is not None:
            if adv.malware and not adv.withdrawn:
                out.append(_finding(item, "audit/name-collision", Severity.INFO, Confidence.LOW, "metadata",
                                    f"{name} is {private_reason}, but a public npm package of the same name is "
                                    f"known malware ({adv.id}); make sure this name always resolves to yours",
                                    id=adv.id, url=adv.url))
            continue
        if not affects(adv, name, version):
            continue
        if adv.malware:
            out.append(_finding(item, "audit/malware", Severity.CRITICAL, Confidence.HIGH, "malware",
                                f"{name}@{version} is known malware ({adv.id}): {adv.summary or 'malicious code'}",
                                id=adv.id, aliases=list(adv.aliases), url=adv.url, source=adv.source))
            continue
        fixed = lowest_fix(adv, name, version)
        declared = item.declared
        admits = None
        if declared is not None and fixed is not None and semver.valid_range(declared):
            admits = semver.satisfies(fixed, declared)
        fix_text = f"; fixed in {fixed}" if fixed else "; no fixed version"
        if admits is True:
            fix_text += f" (your range {declared} admits it: update the lockfile)"
        elif admits is False:
            fix_text += f" (your range {declared} does not admit it: change package.json)"
        # Confidence MEDIUM: a known vulnerability makes a package risky, never malicious by itself.
        out.append(_finding(item, "audit/vulnerability", _SEVERITY.get(adv.severity, Severity.MEDIUM),
                            Confidence.MEDIUM, "vulnerability",
                            f"{name}@{version}: {adv.summary or adv.id} ({adv.id}){fix_text}",
                            id=adv.id, aliases=list(adv.aliases), url=adv.url, severity=adv.severity,
                            cvss=list(adv.cvss) or None, cwes=list(adv.cwes) or None, fixed_in=fixed,
                            direct=declared is not None, declared_range=declared, range_admits_fix=admits,
                            source=adv.source))
    return out


def audit_items(items: Sequence[AuditItem], identity: RegistryIdentity, db: AdvisoryDB | None, *,
                online: bool = False, client=None) -> tuple[list[list[Finding]], list[str]]:
    """Hygiene and advisory findings for each item (in order), and notes on the sources used."""
    private = [identity.private_reason(i.id.name, i.locked.resolved if i.locked else None,
                                       i.locked.kind if i.locked else DependencyKind.REGISTRY) for i in items]
    known: dict[str, list[Advisory]] = db.lookup({i.id.name for i in items}) if db is not None and items else {}
    notes: list[str] = []
    if online and items:
        public: dict[str, set[str]] = {}
        for item, reason in zip(items, private):
            if reason is None and (item.locked is None or item.locked.kind is DependencyKind.REGISTRY):
                public.setdefault(item.id.name, set()).add(item.id.version)
        try:
            for key, advisories in query_bulk(client, public).items():
                known.setdefault(key, []).extend(advisories)
            notes.append(f"online: asked the registry about {len(public)} public package names "
                         "(private, workspace and local packages were not sent)")
        except NpmwardError as exc:
            notes.append(f"online advisories unavailable: {exc}")
    findings = [hygiene_findings(item, identity)
                + advisory_findings(item, known.get(normalize_name(item.id.name), ()), reason)
                for item, reason in zip(items, private)]
    return findings, notes


def omit_packages(packages: Iterable[LockedPackage], omit: Collection[str]) -> list[LockedPackage]:
    bad = set(omit) - set(OMIT_CHOICES)
    if bad:
        raise UsageError(f"--omit: unknown value(s) {', '.join(sorted(bad))} (choose from {', '.join(OMIT_CHOICES)})")
    return [p for p in packages
            if not (("dev" in omit and p.dev) or ("optional" in omit and p.optional) or ("peer" in omit and p.peer))]


def declared_ranges(project_dir: Path) -> dict[str, str]:
    """The root package.json's dependency ranges (all dependency fields; prod wins over dev)."""
    path = Path(project_dir) / "package.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    out: dict[str, str] = {}
    for field in ("peerDependencies", "optionalDependencies", "devDependencies", "dependencies"):
        deps = manifest.get(field) if isinstance(manifest, dict) else None
        if isinstance(deps, dict):
            out.update({str(k): str(v) for k, v in deps.items()})
    return out


def declared_for(pkg: LockedPackage, declared: Mapping[str, str], roots: Collection[str] = ()) -> str | None:
    """The root's declared range when `pkg` is (the copy of) a direct dependency, else None:
    a root of the graph, or the copy of that name the declared range admits."""
    rng = declared.get(pkg.name)
    if rng is None:
        return None
    if pkg.key in roots:
        return rng
    if semver.valid_range(rng) and not semver.satisfies(pkg.version, rng, True):
        return None  # another copy of the name, deeper in the tree
    return rng
