"""Dependency confusion: a public package that takes the place of an organisation's internal one.

npm picks the highest version of a name from the registry it asks. When an internal name (a private
scope, or an unscoped name the organisation publishes only to its own registry) also exists on the
public registry, or a lockfile resolved it from there, an attacker's public copy can be installed
instead. Attack copies announce themselves with absurd versions (`99.0.1`, `1.999.0`) chosen to win
every range.

Internal names come from `settings.private_scopes` / `settings.internal_names` (`.npmward.yml`) and
from the scoped registries of the project's `.npmrc` (`@acme:registry=...` makes `@acme` private).
Whether an internal name also exists publicly comes from the engine: `extras["public_packument"]`
(the public registry's packument for this name, `None` if it has none) when it provides it, and
otherwise from where the package was resolved (`registry_url`, the lockfile's `resolved`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping
from urllib.parse import urlparse

from ..model import Confidence, Finding, PackageId, Severity
from ..popularity import load_popularity
from ..settings import Settings
from .base import NEEDS_PACKUMENT, AnalysisContext, register

PUBLIC_REGISTRY_HOSTS = frozenset({"registry.npmjs.org", "registry.npmjs.com", "registry.yarnpkg.com",
                                   "registry.npm.example", "registry.yarn.example"})
"""The public registry under its names (the `.example` ones are how shared test fixtures spell it)."""
COMPANY_LOOKING = re.compile(r"(^|[-_.])(internal|private|corp|corporate|intranet|inhouse|proprietary|"
                             r"company|enterprise|priv)([-_.]|$)")
ABSURD_MAJOR = 90
ABSURD_MINOR_PATCH = 900
_VERSION = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)")


def is_absurd_version(version: str) -> bool:
    """`99.0.1`, `1.999.0`, `9999.0.0`, `999.9.9`: a major of 90+ or a minor/patch of 900+."""
    match = _VERSION.match(version or "")
    if not match:
        return False
    major, minor, patch = (int(g) for g in match.groups())
    return major >= ABSURD_MAJOR or minor >= ABSURD_MINOR_PATCH or patch >= ABSURD_MINOR_PATCH


@lru_cache(maxsize=16)
def _npmrc_private_scopes(project_dir: str | None) -> frozenset[str]:
    """Scopes the project's npm configuration sends to a registry of their own."""
    try:
        from ..registry import load_npm_config
    except ImportError:  # the registry layer is optional for this analyzer
        return frozenset()
    try:
        config = load_npm_config(Path(project_dir) if project_dir else None)
    except Exception:  # noqa: BLE001 - an unreadable .npmrc is reported by the registry layer, not here
        return frozenset()
    # A scope pointed at the public registry itself is not private.
    return frozenset(s if s.startswith("@") else f"@{s}" for s, url in config.scopes.items()
                     if not is_public_registry(url))


def internal_reason(name: str, settings: Settings) -> str | None:
    """Why a name is internal (None when it is not)."""
    scope = PackageId(name, "").scope
    if scope and scope in settings.private_scopes:
        return f"its scope {scope} is private (npmward settings)"
    if scope and scope in _npmrc_private_scopes(str(settings.project_dir) if settings.project_dir else None):
        return f"its scope {scope} has its own registry in .npmrc"
    if name in settings.internal_names:
        return "it is listed in internal_names (npmward settings)"
    return None


def is_public_registry(url: str | None) -> bool:
    return bool(url) and (urlparse(url).hostname or "") in PUBLIC_REGISTRY_HOSTS


@register
class DependencyConfusionAnalyzer:
    name = "dependency-confusion"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT})

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        return list(self._findings(context))

    def _findings(self, context: AnalysisContext) -> Iterator[Finding]:
        pid = context.artifact.id
        internal = internal_reason(pid.name, context.settings)
        if internal:
            yield from _public_copy(context, internal)
        if is_absurd_version(pid.version) and pid.name not in load_popularity():
            yield _absurd_version(pid, internal)


def _public_copy(context: AnalysisContext, why_internal: str) -> Iterator[Finding]:
    name = context.artifact.id.name
    resolved = context.locked.resolved if context.locked else None
    if resolved and is_public_registry(resolved):
        yield Finding(
            rule="dependency-confusion/resolved-from-public", severity=Severity.HIGH, confidence=Confidence.HIGH,
            category="dependency-confusion",
            message=(f"{name} is internal ({why_internal}) but the lockfile resolved it from the public registry: "
                     "an attacker's public copy may be installed instead of yours."),
            snippet=resolved[:200], details={"resolved": resolved})
    elif is_public_registry(context.registry_url):
        yield Finding(
            rule="dependency-confusion/fetched-from-public", severity=Severity.HIGH, confidence=Confidence.MEDIUM,
            category="dependency-confusion",
            message=(f"{name} is internal ({why_internal}) but was fetched from the public registry "
                     f"{context.registry_url}: the public package of that name is not yours."),
            details={"registry": context.registry_url})
    public: Mapping | None = context.extras.get("public_packument")
    if public and public.get("versions"):
        versions = sorted(public["versions"])
        yield Finding(
            rule="dependency-confusion/public-name", severity=Severity.MEDIUM, confidence=Confidence.HIGH,
            category="dependency-confusion",
            message=(f"The internal name {name} ({why_internal}) also exists on the public registry "
                     f"({len(versions)} version(s)): a misconfigured install can take the public one."),
            details={"public_versions": versions[-10:]})


def _absurd_version(pid: PackageId, why_internal: str | None) -> Finding:
    company = why_internal or (COMPANY_LOOKING.search(pid.name) and "its name looks like a company-internal one")
    if company:
        severity, confidence = Severity.MEDIUM, Confidence.MEDIUM
        who = f" on a name that is internal ({company})" if why_internal else f" ({company})"
    elif pid.scope is None:
        severity, confidence, who = Severity.LOW, Confidence.LOW, " on an unscoped name"
    else:
        severity, confidence, who = Severity.INFO, Confidence.LOW, ""
    return Finding(
        rule="dependency-confusion/absurd-version", severity=severity, confidence=confidence,
        category="dependency-confusion",
        message=(f"Version {pid.version}{who} is absurdly high (major >= {ABSURD_MAJOR} or minor/patch >= "
                 f"{ABSURD_MINOR_PATCH}): dependency-confusion copies pick such versions to win every range."),
        file="package.json", snippet=f'"version": "{pid.version}"', details={"version": pid.version})
