"""Integrity: the tarball's digest against what the lockfile and the registry say it should be.

Subresource-integrity strings (`sha512-<base64>`, possibly several space-separated, possibly older
`sha1-`) are compared per algorithm: two claims agree if they share an algorithm and that digest is
equal. A claim in an algorithm the other side lacks cannot be compared (npm's old lockfiles hold only
sha1, the registry holds both) and is reported as such rather than as verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Mapping

from .result import CheckResult, failed, not_checked, verified

CHECK = "integrity"
STRENGTH = ("sha512", "sha384", "sha256", "sha1")
"""Algorithms npm writes, strongest first."""


def sri(data: bytes, algorithm: str = "sha512") -> str:
    """The SRI string of `data` (`sha512-<base64>`)."""
    return f"{algorithm}-" + base64.b64encode(hashlib.new(algorithm, data).digest()).decode()


def parse_sri(text: str | None) -> dict[str, bytes]:
    """algorithm -> raw digest for each recognised entry of an SRI string; {} for None/garbage.
    Options after `?` are ignored, as the SRI spec says."""
    out: dict[str, bytes] = {}
    for token in (text or "").split():
        algorithm, _, rest = token.partition("-")
        algorithm = algorithm.lower()
        if algorithm not in STRENGTH or not rest:
            continue
        try:
            out.setdefault(algorithm, base64.b64decode(rest.split("?", 1)[0], validate=True))
        except (binascii.Error, ValueError):
            continue
    return out


def sri_from_hex(algorithm: str, hex_digest: str) -> str:
    """An SRI string from a hex digest (how in-toto subjects and `dist.shasum` record digests)."""
    return f"{algorithm}-" + base64.b64encode(bytes.fromhex(hex_digest)).decode()


def _strongest_common(a: Mapping[str, bytes], b: Mapping[str, bytes]) -> str | None:
    return next((alg for alg in STRENGTH if alg in a and alg in b), None)


def compare(actual: str, claimed: str | None, claimed_by: str, data: bytes | None = None) -> CheckResult:
    """Does the tarball whose integrity is `actual` (computed from its bytes) match what `claimed_by`
    (`the lockfile`, `the registry's dist.integrity`) says? With `data`, any algorithm of the claim
    can be recomputed (e.g. a sha1-only lockfile)."""
    if not claimed:
        return not_checked(CHECK, "no-claim", f"{claimed_by} records no integrity for this version",
                           source=claimed_by)
    want = parse_sri(claimed)
    if not want:
        return not_checked(CHECK, "unreadable-claim", f"{claimed_by} has an integrity npmward cannot read: {claimed!r}",
                           source=claimed_by, claimed=claimed)
    have = parse_sri(actual)
    if data is not None:
        have = {alg: hashlib.new(alg, data).digest() for alg in want} | have
    algorithm = _strongest_common(have, want)
    if algorithm is None:
        return not_checked(CHECK, "no-common-algorithm",
                           f"{claimed_by} records only {', '.join(sorted(want))}, which cannot be compared with {actual}",
                           source=claimed_by, claimed=claimed, actual=actual)
    actual_text = f"{algorithm}-" + base64.b64encode(have[algorithm]).decode()
    claimed_text = f"{algorithm}-" + base64.b64encode(want[algorithm]).decode()
    if have[algorithm] != want[algorithm]:
        return failed(CHECK, "mismatch",
                      f"tarball {algorithm} is {actual_text} but {claimed_by} says {claimed_text}: "
                      "the bytes are not the ones that were published/locked",
                      source=claimed_by, actual=actual_text, claimed=claimed_text, algorithm=algorithm)
    return verified(CHECK, f"tarball {algorithm} matches {claimed_by}", source=claimed_by, actual=actual_text,
                    algorithm=algorithm)


def check_integrity(actual: str, *, lockfile: str | None = None, registry: str | None = None,
                    data: bytes | None = None, has_lockfile: bool = False) -> list[CheckResult]:
    """Compare the tarball's integrity with the lockfile's (when the package came from one) and the
    registry's `dist.integrity`."""
    results = []
    if has_lockfile or lockfile:
        results.append(compare(actual, lockfile, "the lockfile", data))
    results.append(compare(actual, registry, "the registry's dist.integrity", data))
    return results
