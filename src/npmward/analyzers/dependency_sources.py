"""Dependencies fetched from outside the registry: a package whose own tarball is clean can still
install code from any URL at install time (PhantomRaven's "remote dynamic dependencies", 2025):
npm downloads `"dep": "http://host/x"` without showing it to the registry or to a scanner of the
tarball. A registry package has no need for that; a tarball URL over plain http is worse still.
"""

from __future__ import annotations

from typing import Iterator

from ..model import Confidence, Finding, Severity
from .base import AnalysisContext, register
from .floods import installed_dependencies


@register
class DependencySourceAnalyzer:
    name = "dependency-source"
    version = "1"
    needs = frozenset()

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        for dep, spec in sorted(installed_dependencies(context.artifact.manifest).items()):
            lowered = spec.lower()
            if lowered.startswith(("http://", "https://")):
                plain = lowered.startswith("http://")
                yield Finding(
                    rule="dependency-source/url", severity=Severity.HIGH if plain else Severity.MEDIUM,
                    confidence=Confidence.MEDIUM, category="supply-chain",
                    message=(f"Depends on {dep} from the URL {spec}: npm installs whatever that server returns, "
                             "outside the registry and out of sight of a scan of this tarball"
                             + (", over unencrypted http." if plain else ".")),
                    file="package.json", snippet=f'"{dep}": "{spec}"'[:200], details={"dependency": dep, "spec": spec})
