"""Account takeovers: what this version adds to the previous one (see `npmward.diff`).

Each risky addition becomes a finding. The same addition weighs more in a popular package: a
hijacked release of a package with millions of downloads is the attack that reaches the most
machines, and popular packages rarely grow an install script or an obfuscated blob overnight — so
for packages on npmward's popularity list severity and confidence go up one step, and the message
says so.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diff import Change, VersionDiff, diff_artifacts
from ..model import Confidence, Finding, Severity
from ..popularity import load_popularity
from .base import NEEDS_PREVIOUS, AnalysisContext, register

S, C = Severity, Confidence
# (kind, action) -> (severity, confidence) for a package that is not popular.
WEIGHTS: dict[tuple[str, str], tuple[Severity, Confidence]] = {
    ("script", "+"): (S.MEDIUM, C.MEDIUM),
    ("script", "~"): (S.LOW, C.MEDIUM),
    ("dependency", "+"): (S.LOW, C.LOW),
    ("bin", "+"): (S.LOW, C.MEDIUM),
    ("bin", "~"): (S.LOW, C.LOW),
    ("endpoint", "+"): (S.LOW, C.LOW),
    ("secret-read", "+"): (S.MEDIUM, C.MEDIUM),
    ("env-read", "+"): (S.LOW, C.LOW),
    ("obfuscated", "+"): (S.HIGH, C.MEDIUM),
    ("minified", "+"): (S.LOW, C.LOW),
    ("binary", "+"): (S.MEDIUM, C.MEDIUM),
    ("repository", "~"): (S.LOW, C.LOW),
    ("repository", "-"): (S.LOW, C.LOW),
    ("file", "+"): (S.LOW, C.LOW),
}
PER_FILE_KINDS = frozenset({"endpoint", "secret-read", "env-read", "obfuscated", "minified", "binary", "file"})
EXFIL_WEIGHT = (S.MEDIUM, C.MEDIUM)
"""A new endpoint at a webhook/paste/tunnel host used for exfiltration."""


STRONG_KINDS = frozenset({"script", "secret-read", "obfuscated", "binary"})
"""Additions that are themselves behaviour: for a popular package both severity and confidence go
up. For the rest (a dependency, a file, a host, a minified build, a moved repository), which
legitimate releases of popular packages also make, only severity does."""


CEILING = S.HIGH
"""A diff shows that something changed, not what it does: alone it makes a package suspicious at
most. What the new code does is the code analyzer's to judge (and can be malicious there)."""


def _step(severity: Severity, confidence: Confidence, kind: str, steps: int) -> tuple[Severity, Confidence]:
    severity = Severity(max(Severity.INFO, min(severity + steps, CEILING)))
    if kind in STRONG_KINDS or steps < 0:
        confidence = Confidence(max(Confidence.LOW, min(confidence + steps, Confidence.HIGH)))
    return severity, confidence


def is_major_bump(old: str, new: str) -> bool:
    """A semver-major release (`1.x` -> `2.0.0`, `0.3.x` -> `0.4.0`): existing `^` ranges do not pick
    it up, so a hijacker gains little from it, and restructuring is expected."""
    try:
        o = [int(p) for p in old.split("-")[0].split(".")[:3]]
        n = [int(p) for p in new.split("-")[0].split(".")[:3]]
    except ValueError:
        return False
    return n[0] > o[0] or (n[0] == o[0] == 0 and n[1] > o[1])


def diff_findings(diff: VersionDiff, popular_rank: int | None) -> Iterator[Finding]:
    """Findings for the risky additions of a diff; `popular_rank` is the package's rank on the
    popularity list (None when it is not on it)."""
    major = is_major_bump(diff.old.version, diff.new.version)
    grouped: dict[tuple[str, str], list[Change]] = {}
    for change in diff.risky:
        grouped.setdefault((change.kind, change.action), []).append(change)
    for (kind, action), changes in grouped.items():
        exfil = kind == "endpoint" and any("exfiltration" in c.reason for c in changes)
        severity, confidence = EXFIL_WEIGHT if exfil else WEIGHTS.get((kind, action), (S.LOW, C.LOW))
        # One finding per kind: ten new dependencies are one piece of evidence, not ten.
        listed = ", ".join(_describe(c) for c in changes[:6]) + (f" and {len(changes) - 6} more" if len(changes) > 6 else "")
        message = f"Since {diff.old.version}, {changes[0].reason}: {listed}."
        steps = (popular_rank is not None) - major
        severity, confidence = _step(severity, confidence, kind, steps)
        if popular_rank is not None:
            message += (f" Weighted up because {diff.new.name} is popular (rank {popular_rank} by downloads): "
                        "hijacked releases of popular packages reach the most machines.")
        if major:
            message += (f" Weighted down because {diff.new.version} is a semver-major release, which existing "
                        "`^` ranges do not install.")
        yield Finding(
            rule=f"version-diff/new-{kind}" if action == "+" else f"version-diff/changed-{kind}",
            severity=severity, confidence=confidence, category="takeover", message=message,
            file=changes[0].file if kind in PER_FILE_KINDS else "package.json",
            snippet=_describe(changes[0])[:200],
            details={"previous": diff.old.version, "changes": [c.to_dict() for c in changes[:20]],
                     "popular_rank": popular_rank},
        )


def _describe(change: Change) -> str:
    if change.kind in ("script", "bin", "dependency") and change.new is not None:
        return f"{change.key}: {change.new}" if change.old is None else f"{change.key}: {change.old} -> {change.new}"
    if change.kind == "repository":
        return f"{change.old} -> {change.new}"
    return f"{change.key}" + (f" (in {change.file})" if change.file and change.file != change.key else "")


@register
class VersionDiffAnalyzer:
    name = "version-diff"
    version = "1"
    needs = frozenset({NEEDS_PREVIOUS})

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        if context.previous is None:
            return []  # a first release (or a local package): nothing to compare with
        diff = diff_artifacts(context.previous, context.artifact)
        return list(diff_findings(diff, load_popularity().rank(context.artifact.id.name)))
