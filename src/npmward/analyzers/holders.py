"""Security holders: npm's placeholder for a package it removed as malicious.

`is_security_holder` is the one test (the audit stage reports holder versions in any input); this
analyzer adds what needs the packument: a package whose `latest` became a holder.

When npm takes down a malicious package it publishes `0.0.1-security` (description "security
holding package", repository `npm/security-holder`) so the name cannot be taken again. A holder in a
lockfile or tree means the project depended on a name that was malware; a package whose `latest` is
a holder had every real version removed — any other version of it came from before the takedown.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator, Mapping

from ..model import Confidence, Finding, Severity
from .base import NEEDS_PACKUMENT, AnalysisContext, register

HOLDER_VERSION = re.compile(r"^0\.0\.\d+-security(\.\d+)?$")


def is_security_holder(version: str, manifest: Mapping[str, Any] | None = None) -> bool:
    """A holder version: `0.0.x-security`, or a version document that says it is one."""
    if HOLDER_VERSION.match(version or ""):
        return True
    manifest = manifest or {}
    description = str(manifest.get("description") or "").strip().lower()
    repo = manifest.get("repository")
    repo_url = str(repo.get("url") if isinstance(repo, Mapping) else repo or "").lower()
    return description == "security holding package" or repo_url.rstrip("/").endswith("npm/security-holder")


@register
class SecurityHolderAnalyzer:
    name = "security-holder"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT})

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        return list(self._findings(context))

    def _findings(self, context: AnalysisContext) -> Iterator[Finding]:
        # A holder version itself is the audit stage's `audit/security-holder`, for every input.
        pid = context.artifact.id
        packument = context.packument or {}
        latest = (packument.get("dist-tags") or {}).get("latest")
        if latest and latest != pid.version and is_security_holder(latest, (packument.get("versions") or {}).get(latest)):
            yield Finding(
                rule="security-holder/package-removed", severity=Severity.CRITICAL, confidence=Confidence.HIGH,
                category="malware",
                message=(f"npm replaced {pid.name} with a security holding package ({latest}): the package was "
                         f"removed as malicious, and {pid} is a copy from before the takedown."),
                details={"latest": latest})
