"""Per-check results of the trust checks (integrity, registry signature, provenance, ...), counted
in packages: what `verify` proved, failed to prove, and could not check, in every report format.

A check's findings carry `details.check` and `details.status` (`verified`, `failed`, `warning`,
`not-checked`). One package can have several findings of one check (integrity is compared with the
lockfile and with the registry); the package counts once, with its worst status.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..model import PackageReport

CHECK_LABELS = {"integrity": "integrity", "signature": "registry signature", "provenance": "provenance",
                "publish-attestation": "publish attestation", "provenance-regression": "provenance regression",
                "manifest": "manifest", "identity": "identity policy"}
STATUSES = ("failed", "warning", "not-checked", "verified")
"""Worst first: a package's status for a check is the first of these any of its findings has."""
SHOWN = ("verified", "failed", "warning", "not-checked")
"""The order counts are shown in ("not checked" last: its reasons follow it)."""


@dataclass(frozen=True)
class CheckCount:
    """How one check went over the packages of a report."""

    check: str
    """The check id (`integrity`, `signature`, ...)."""
    counts: tuple[tuple[str, int], ...]
    """(status, number of packages) for each status that occurred, in `SHOWN` order."""
    reasons: tuple[tuple[str, int], ...]
    """Why packages were not checked: (reason, number of packages), most frequent first."""

    @property
    def label(self) -> str:
        return CHECK_LABELS.get(self.check, self.check)

    def describe(self) -> str:
        """`registry signature: 2 verified, 80 not checked: registry serves no signatures [80]`."""
        text = f"{self.label}: " + ", ".join(f"{n} {status.replace('-', ' ')}" for status, n in self.counts)
        if self.reasons:
            text += ": " + "; ".join(f"{reason} [{n}]" for reason, n in self.reasons[:3])
        return text

    def to_dict(self) -> dict:
        return {"check": self.check, **{status: n for status, n in self.counts},
                "not_checked_reasons": [{"reason": r, "packages": n} for r, n in self.reasons]}


def package_checks(package: PackageReport) -> dict[str, tuple[str, str]]:
    """check -> (worst status, the message of the finding that has it), in CHECK_LABELS order."""
    found: dict[str, tuple[str, str]] = {}
    for finding in package.findings:
        check, status = finding.details.get("check"), finding.details.get("status")
        if not isinstance(check, str) or status not in STATUSES:
            continue
        if check not in found or STATUSES.index(status) < STATUSES.index(found[check][0]):
            found[check] = (status, finding.message)
    order = list(CHECK_LABELS)
    return dict(sorted(found.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))


def check_counts(packages: Iterable[PackageReport]) -> list[CheckCount]:
    """One `CheckCount` per check that any package reported."""
    statuses: dict[str, Counter] = {}
    reasons: dict[str, Counter] = {}
    for package in packages:
        for check, (status, message) in package_checks(package).items():
            statuses.setdefault(check, Counter())[status] += 1
            if status == "not-checked":
                reasons.setdefault(check, Counter())[message.removeprefix("not checked: ")] += 1
    order = list(CHECK_LABELS)
    return [CheckCount(check, tuple((s, counts[s]) for s in SHOWN if counts[s]),
                       tuple(reasons.get(check, Counter()).most_common()))
            for check, counts in sorted(statuses.items(),
                                        key=lambda item: order.index(item[0]) if item[0] in order else len(order))]
