"""Dependency floods: packages that depend on an unusual number of packages, or on `*` of many
unrelated ones ('everything'-style registry spam that makes an install pull half the registry).

Thresholds come from the distribution over 2,832 real packages (every package entry of the npm
lockfiles in the shared fixtures: npm-cli, npq, firebase-tools, audit-ci): installed direct
dependencies (dependencies + optionalDependencies + peerDependencies) have p99 = 20, p99.9 = 54 and
a maximum of 81 (`@babel/preset-env`); at most 4 of a package's dependencies use `*` (vite's peers).
So more than 100 is beyond every real package seen, and 20 or more `*` ranges is never seen at all.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from ..model import Confidence, Finding, Severity
from .base import AnalysisContext, register

INSTALLED_FIELDS = ("dependencies", "optionalDependencies", "peerDependencies")
MANY_DEPENDENCIES = 100
TEA_FARM_DEPENDENCIES = 20
HUGE_DEPENDENCIES = 500
MANY_ANY_RANGES = 20
ANY_RANGES = frozenset({"*", "", "x", "latest", ">=0", ">=0.0.0"})
"""Ranges that accept whatever is published next."""


def installed_dependencies(manifest: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for field in INSTALLED_FIELDS:
        value = manifest.get(field)
        if isinstance(value, Mapping):
            out.update({str(k): str(v).strip() for k, v in value.items()})
    return out


def package_family(name: str) -> str:
    """What related packages share: the scope, else the first word (`@aws-sdk`, `lodash`)."""
    return name.split("/", 1)[0] if name.startswith("@") else name.replace("_", "-").replace(".", "-").split("-", 1)[0]


def unrelated_share(name: str, dependencies: Iterable[str]) -> float:
    """The fraction of dependencies outside the package's own family (a meta-package of one
    monorepo depends on its siblings; a flood depends on everything)."""
    deps = list(dependencies)
    if not deps:
        return 0.0
    own = package_family(name)
    return sum(1 for d in deps if package_family(d) != own) / len(deps)


@register
class DependencyFloodAnalyzer:
    name = "dependency-flood"
    version = "1"
    needs = frozenset()

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        return list(self._findings(context))

    def _findings(self, context: AnalysisContext) -> Iterator[Finding]:
        name = context.artifact.id.name
        deps = installed_dependencies(context.artifact.manifest)
        unrelated = unrelated_share(name, deps)
        any_range = sorted(d for d, r in deps.items() if r in ANY_RANGES)
        if len(any_range) >= MANY_ANY_RANGES and unrelated >= 0.5:
            flood = len(deps) > MANY_DEPENDENCIES and len(any_range) * 2 >= len(deps)
            yield Finding(
                rule="dependency-flood/any-version-dependencies",
                severity=Severity.HIGH if flood else Severity.MEDIUM, confidence=Confidence.HIGH,
                category="flood",
                message=(f"{name} depends on {len(any_range)} packages at any version (`*`), {unrelated:.0%} of "
                         f"its {len(deps)} dependencies unrelated to it: an 'everything'-style flood that installs "
                         "whatever their owners publish next (no real package seen has more than 4)."),
                file="package.json", snippet=", ".join(f'"{d}": "*"' for d in any_range[:5])[:200],
                details={"any_version": len(any_range), "dependencies": len(deps), "unrelated_share": round(unrelated, 2)})
        elif "tea.yaml" in context.artifact.files and len(deps) >= TEA_FARM_DEPENDENCIES and unrelated >= 0.5:
            # tea.xyz farming (2024): spam packages carrying a tea.yaml that depend on each other to
            # inflate their "impact" score; real packages rarely have 20 dependencies (p99).
            yield Finding(
                rule="dependency-flood/tea-farming", severity=Severity.HIGH, confidence=Confidence.HIGH, category="flood",
                message=(f"{name} carries a tea.yaml and depends on {len(deps)} packages, {unrelated:.0%} unrelated to it: "
                         "the shape of tea.xyz reward farming, which floods the registry with packages depending on each other."),
                file="tea.yaml", details={"dependencies": len(deps), "unrelated_share": round(unrelated, 2)})
        elif len(deps) > MANY_DEPENDENCIES and unrelated >= 0.5:
            yield Finding(
                rule="dependency-flood/many-dependencies",
                severity=Severity.MEDIUM if len(deps) > HUGE_DEPENDENCIES else Severity.LOW,
                confidence=Confidence.MEDIUM, category="flood",
                message=(f"{name} depends directly on {len(deps)} packages ({unrelated:.0%} unrelated to it); "
                         f"no real package seen has more than 81."),
                file="package.json", details={"dependencies": len(deps), "unrelated_share": round(unrelated, 2)})
