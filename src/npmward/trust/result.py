"""What a trust check concludes: verified, failed, or not checked — always with the reason."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..errors import NpmwardError


class TrustError(NpmwardError):
    """Trust material (keys, trust root, a policy file) cannot be read."""


class CheckStatus(str, enum.Enum):
    VERIFIED = "verified"
    """The check ran and the evidence holds."""
    FAILED = "failed"
    """The check ran and the evidence is wrong (tampering, mismatch, bad signature)."""
    NOT_CHECKED = "not-checked"
    """The check could not run (the registry does not offer the evidence); says nothing either way."""
    WARNING = "warning"
    """The check ran but could not reach a firm conclusion (e.g. expired key, unknown publish time)."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one trust check on one package version."""

    check: str
    """Which check: `integrity`, `signature`, `provenance`, `publish-attestation`, `provenance-regression`,
    `manifest`, `identity`."""
    status: CheckStatus
    code: str
    """Short stable reason code, used as the finding's rule suffix (`mismatch`, `bad-signature`, ...)."""
    message: str
    """One sentence for a developer."""
    details: Mapping[str, Any] = field(default_factory=dict)
    """JSON-serialisable evidence (both values of a mismatch, key id, publish time, ...)."""

    @property
    def ok(self) -> bool:
        return self.status is CheckStatus.VERIFIED


def verified(check: str, message: str, **details: Any) -> CheckResult:
    return CheckResult(check, CheckStatus.VERIFIED, "verified", message, details)


def failed(check: str, code: str, message: str, **details: Any) -> CheckResult:
    return CheckResult(check, CheckStatus.FAILED, code, message, details)


def not_checked(check: str, code: str, message: str, **details: Any) -> CheckResult:
    return CheckResult(check, CheckStatus.NOT_CHECKED, code, message, details)


def warning(check: str, code: str, message: str, **details: Any) -> CheckResult:
    return CheckResult(check, CheckStatus.WARNING, code, message, details)
