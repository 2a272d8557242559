"""Dependency confusion: a public package that takes the place of an organisation's internal one.

npm picks the highest version of a name from the registry it asks. When an internal name (a private
scope, or an unscoped name the organisation publishes only to its own registry) also exists on the
public registry, or a lockfile resolved it from there, an attacker's public copy can be installed
instead. Attack copies announce themselves with absurd versions (`99.0.1`, `1.999.0`) chosen to win
every range.

What is internal, and which registry is public, is the run's `RegistryIdentity` (the policy's
private scopes and internal names, and the scoped registries of the npm configuration). Whether an
internal name also exists publicly comes from the pipeline's fetch stage, which asks the public
registry (without the private registry's credentials) for an internal name fetched from a registry
of its own: `extras["public_packument"]` (`None` if the public registry has no such name; absent
offline). Where the package was resolved from (`registry_url`, the lockfile's `resolved`) is the
other evidence.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Mapping

from ..model import Confidence, Finding, PackageId, Severity
from ..popularity import load_popularity
from .base import NEEDS_IDENTITY, NEEDS_PACKUMENT, AnalysisContext, register

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


@register
class DependencyConfusionAnalyzer:
    name = "dependency-confusion"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT, NEEDS_IDENTITY})

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        return list(self._findings(context))

    def _findings(self, context: AnalysisContext) -> Iterator[Finding]:
        pid = context.artifact.id
        internal = context.identity.private_reason(pid.name)
        if internal:
            yield from _public_copy(context, internal)
        if is_absurd_version(pid.version) and pid.name not in load_popularity():
            yield _absurd_version(pid, internal)


def _public_copy(context: AnalysisContext, why_internal: str) -> Iterator[Finding]:
    name = context.artifact.id.name
    resolved = context.locked.resolved if context.locked else None
    if resolved and context.identity.is_public(resolved):
        yield Finding(
            rule="dependency-confusion/resolved-from-public", severity=Severity.HIGH, confidence=Confidence.HIGH,
            category="dependency-confusion",
            message=(f"{name} is internal ({why_internal}) but the lockfile resolved it from the public registry: "
                     "an attacker's public copy may be installed instead of yours."),
            snippet=resolved[:200], details={"resolved": resolved})
    elif context.identity.is_public(context.registry_url):
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
