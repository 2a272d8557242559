"""Provenance regression: earlier versions were published with provenance and this one is not.

A maintainer who set up trusted publishing from CI rarely goes back to publishing from a laptop; an
attacker with a stolen token does exactly that (nx `s1ngularity`, eslint-config-prettier, @rspack in
2025 all lacked the provenance earlier releases had). One packument holds every version's
`dist.attestations`, so this needs no extra requests.
"""

from __future__ import annotations

import functools
from typing import Any, Mapping

from .result import CheckResult, failed, not_checked, verified

CHECK = "provenance-regression"


def _has_provenance(doc: Any) -> bool:
    dist = doc.get("dist") if isinstance(doc, Mapping) else None
    attestations = dist.get("attestations") if isinstance(dist, Mapping) else None
    return isinstance(attestations, Mapping) and bool(attestations.get("provenance") or attestations.get("url"))


def _order(versions: list[str]) -> list[str]:
    """Versions in semver order (npmward.semver when it is available and parses them all), else in
    the packument's order, which is publish order on the public registry."""
    try:
        from .. import semver

        return sorted(versions, key=functools.cmp_to_key(semver.compare))
    except (ImportError, AttributeError, ValueError):
        return versions


def check_regression(packument: Mapping[str, Any] | None, version: str) -> CheckResult:
    if not packument or not isinstance(packument.get("versions"), Mapping):
        return not_checked(CHECK, "no-packument", "not checked: no packument with the package's versions")
    versions = packument["versions"]
    if version not in versions:
        return not_checked(CHECK, "unknown-version", f"not checked: the registry's packument does not list {version}")
    if not any(_has_provenance(doc) for doc in versions.values()):
        return not_checked(CHECK, "never-had-provenance", "not checked: no version in the registry's packument carries "
                           "dist.attestations (the package never used provenance, or the registry strips it)")
    if _has_provenance(versions[version]):
        return verified(CHECK, "this version carries provenance like earlier ones")
    ordered = _order(list(versions))
    earlier = ordered[: ordered.index(version)]
    with_provenance = [v for v in earlier if _has_provenance(versions[v])]
    if not with_provenance:
        return verified(CHECK, "no earlier version had provenance, so its absence is not a regression")
    last = with_provenance[-1]
    return failed(CHECK, "dropped", f"{version} has no provenance although earlier versions had it (last: {last}): "
                  "it was not published by the project's CI — the sign of a stolen publish token",
                  last_with_provenance=last, versions_with_provenance=len(with_provenance))
