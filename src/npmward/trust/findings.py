"""Turn trust check results into findings, with severities chosen for the verdict combiner.

A CRITICAL/HIGH finding alone makes a package malicious; a HIGH/HIGH one makes it suspicious (see
npmward.verdict). Results that prove nothing either way ("not checked", "verified") become INFO
findings, which carry no weight but keep the per-check status in the report.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..model import Confidence, Finding, Severity
from .result import CheckResult, CheckStatus

C, H, M, L, I = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO  # noqa: E741 - a table of initials

# (check, code) -> (severity, confidence, category) for failures and warnings.
FAILURE_WEIGHTS: dict[tuple[str, str], tuple[Severity, Confidence, str]] = {
    # The bytes are not what was published or locked: the definition of a tampered package.
    ("integrity", "mismatch"): (C, Confidence.HIGH, "integrity"),
    ("signature", "bad-signature"): (C, Confidence.HIGH, "signature"),
    ("signature", "key-not-valid"): (H, Confidence.HIGH, "signature"),
    ("signature", "missing"): (H, Confidence.MEDIUM, "signature"),
    ("signature", "unknown-key"): (H, Confidence.MEDIUM, "signature"),
    ("signature", "no-integrity"): (M, Confidence.MEDIUM, "signature"),
    ("signature", "publish-time-unknown"): (I, Confidence.LOW, "signature"),
    # An attestation for other bytes than the tarball means the tarball was swapped after the build.
    ("provenance", "subject-mismatch"): (C, Confidence.HIGH, "provenance"),
    ("publish-attestation", "subject-mismatch"): (C, Confidence.HIGH, "provenance"),
    ("provenance", "bad-bundle"): (H, Confidence.HIGH, "provenance"),
    ("provenance", "bad-statement"): (H, Confidence.HIGH, "provenance"),
    ("provenance", "predicate-mismatch"): (H, Confidence.HIGH, "provenance"),
    ("provenance", "malformed"): (M, Confidence.MEDIUM, "provenance"),
    ("provenance", "advertised-not-served"): (M, Confidence.LOW, "provenance"),
    ("publish-attestation", "bad-bundle"): (H, Confidence.HIGH, "provenance"),
    ("publish-attestation", "bad-statement"): (H, Confidence.HIGH, "provenance"),
    # The organisation said where these packages must be built; anything else is a hijack until shown otherwise.
    ("identity", "repository-mismatch"): (C, Confidence.HIGH, "provenance"),
    ("identity", "no-provenance"): (C, Confidence.MEDIUM, "provenance"),
    ("identity", "workflow-mismatch"): (H, Confidence.HIGH, "provenance"),
    ("provenance-regression", "dropped"): (H, Confidence.MEDIUM, "provenance"),
}
CATEGORY = {"integrity": "integrity", "signature": "signature", "manifest": "metadata"}
MANIFEST_HIGH = (H, Confidence.HIGH, "metadata")
MANIFEST_LOW = (L, Confidence.HIGH, "metadata")
DEFAULT_FAILURE = (H, Confidence.MEDIUM, "integrity")


def weight_of(result: CheckResult) -> tuple[Severity, Confidence, str]:
    if result.status in (CheckStatus.VERIFIED, CheckStatus.NOT_CHECKED):
        return I, Confidence.HIGH, CATEGORY.get(result.check, "provenance")
    if result.check == "manifest":
        if result.details.get("field") == "main":
            return M, Confidence.HIGH, "metadata"
        return MANIFEST_HIGH if result.details.get("high_risk") or result.details.get("field") in ("name", "version") \
            else MANIFEST_LOW
    return FAILURE_WEIGHTS.get((result.check, result.code), DEFAULT_FAILURE)


def to_findings(analyzer: str, results: Iterable[CheckResult], file: str | None = None) -> Iterator[Finding]:
    """One finding per result; the rule is `<analyzer>/<code>` (prefixed by the check when it differs
    from the analyzer's own, e.g. `provenance/publish-attestation-bad-bundle`)."""
    for result in results:
        severity, confidence, category = weight_of(result)
        code = "not-checked" if result.status is CheckStatus.NOT_CHECKED else result.code
        prefix = "" if result.check == analyzer else f"{result.check}-"
        details = {"check": result.check, "status": result.status.value, "reason": result.code, **result.details}
        yield Finding(rule=f"{analyzer}/{prefix}{code}", severity=severity, confidence=confidence, category=category,
                      message=result.message, file=file, details=_jsonable(details))


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
