"""Combine a package's findings into a calibrated verdict.

Each finding contributes a weight from its severity and confidence. Weights combine like
independent pieces of evidence (noisy-OR on a 0-10 scale), so many weak signals add up slowly while
one strong signal decides alone. The thresholds are calibrated on the benign corpus and the labelled
malicious corpus (see docs/detection.md and bench/).
"""

from __future__ import annotations

from typing import Iterable

from .model import Confidence, Finding, Level, Severity, Verdict

# Weight (0-10) of one finding of each severity at high confidence.
SEVERITY_WEIGHT = {
    Severity.INFO: 0.0,
    Severity.LOW: 1.0,
    Severity.MEDIUM: 3.0,
    Severity.HIGH: 6.0,
    Severity.CRITICAL: 9.5,
}
CONFIDENCE_FACTOR = {Confidence.LOW: 0.5, Confidence.MEDIUM: 0.8, Confidence.HIGH: 1.0}

MALICIOUS_AT = 8.0
SUSPICIOUS_AT = 4.0
UNREAD = {"code/analysis-incomplete", "analysis/incomplete"}
"""Findings that say part of the package was not read: enough to keep it from being called clean,
never evidence that it is malicious (next@16's 3,400 files over the budget, beside one real finding,
must not add up to MALICIOUS)."""


def finding_weight(finding: Finding) -> float:
    return SEVERITY_WEIGHT[finding.severity] * CONFIDENCE_FACTOR[finding.confidence]


def _combined(findings: Iterable[Finding]) -> float:
    remaining = 1.0
    for finding in findings:
        remaining *= 1.0 - finding_weight(finding) / 10.0
    return round(10.0 * (1.0 - remaining), 1)


def decide(findings: Iterable[Finding]) -> Verdict:
    """The verdict for one package from all of its findings (any analyzer, static or dynamic)."""
    ranked = sorted(findings, key=finding_weight, reverse=True)
    # One rule firing in twenty files is one piece of evidence: only each rule's strongest counts.
    strongest: dict[str, Finding] = {}
    for finding in ranked:
        strongest.setdefault(finding.rule, finding)
    score = _combined(strongest.values())
    if score >= MALICIOUS_AT and _combined(f for f in strongest.values() if f.rule not in UNREAD) < MALICIOUS_AT:
        score = round(MALICIOUS_AT - 0.1, 1)  # what was read says suspicious at most
    if score >= MALICIOUS_AT:
        level = Level.MALICIOUS
    elif score >= SUSPICIOUS_AT:
        level = Level.SUSPICIOUS
    else:
        level = Level.CLEAN
    reasons = tuple(f for f in strongest.values() if finding_weight(f) >= 1.0)[:8] if level is not Level.CLEAN else ()
    return Verdict(level=level, score=score, reasons=reasons)
