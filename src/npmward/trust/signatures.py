"""Registry signatures: the registry's ECDSA P-256 signature over `${name}@${version}:${integrity}`.

A valid signature proves that the registry holding the key recorded this integrity for this name
and version. Keys come from the registry's `/-/npm/v1/keys` when it serves them, else from the copy
of npm's keys bundled with npmward. Where a proxy strips `dist.signatures` from the version document
but keeps it in the packument (or the other way round), both places are looked at.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Mapping

from .keys import SIGNATURES, NpmKey, Window
from .publish_time import PublishTime
from .result import CheckResult, failed, not_checked, verified, warning

CHECK = "signature"


def signed_message(name: str, version: str, integrity: str) -> bytes:
    return f"{name}@{version}:{integrity}".encode()


def _dist(doc: Mapping[str, Any] | None) -> Mapping[str, Any]:
    dist = doc.get("dist") if isinstance(doc, Mapping) else None
    return dist if isinstance(dist, Mapping) else {}


def find_signatures(version: str, version_doc: Mapping[str, Any] | None,
                    packument: Mapping[str, Any] | None) -> tuple[list[Mapping[str, Any]], list[str]]:
    """Every distinct `{keyid, sig}` for the version, from the version document and the packument,
    and where they were found."""
    found: list[Mapping[str, Any]] = []
    where: list[str] = []
    versions = packument.get("versions") if isinstance(packument, Mapping) else None
    in_packument = versions.get(version) if isinstance(versions, Mapping) else None
    for label, doc in (("version document", version_doc), ("packument", in_packument)):
        sigs = _dist(doc).get("signatures")
        if isinstance(sigs, list) and sigs:
            where.append(label)
            for sig in sigs:
                if isinstance(sig, Mapping) and sig not in found:
                    found.append(sig)
    return found, where


def registry_integrity(version: str, version_doc: Mapping[str, Any] | None,
                       packument: Mapping[str, Any] | None) -> str | None:
    integrity = _dist(version_doc).get("integrity")
    if not integrity and isinstance(packument, Mapping):
        integrity = _dist((packument.get("versions") or {}).get(version)).get("integrity")
    return integrity if isinstance(integrity, str) else None


def verify_registry_signature(
    name: str,
    version: str,
    *,
    version_doc: Mapping[str, Any] | None,
    packument: Mapping[str, Any] | None,
    registry_keys: Mapping[str, NpmKey] | None,
    bundled_keys: Mapping[str, NpmKey],
    published: PublishTime,
) -> CheckResult:
    """Verify the registry signature(s) of one version.

    `registry_keys` is None when the registry does not serve `/-/npm/v1/keys`; then a missing
    signature is "not checked" (the registry signs nothing), and present signatures are checked
    against npm's bundled keys.
    """
    sigs, where = find_signatures(version, version_doc, packument)
    integrity = registry_integrity(version, version_doc, packument)
    serves_keys = registry_keys is not None
    if not sigs:
        if serves_keys:
            return failed(CHECK, "missing", f"the registry publishes signing keys but {name}@{version} has no "
                          "dist.signatures (in the version document or the packument): it may not come from "
                          "the registry it claims, or a proxy stripped it", keys=sorted(registry_keys))
        return not_checked(CHECK, "registry-serves-no-signatures",
                           "not checked: registry serves no signatures (no /-/npm/v1/keys, no dist.signatures)")
    if not integrity:
        return failed(CHECK, "no-integrity", f"{name}@{version} carries signatures but no dist.integrity to check them against")
    keys = registry_keys if serves_keys else bundled_keys
    keys_from = "the registry's /-/npm/v1/keys" if serves_keys else "npm's public keys bundled with npmward"
    message = signed_message(name, version, integrity)
    known = [s for s in sigs if s.get("keyid") in keys]
    unknown = sorted(str(s.get("keyid")) for s in sigs if s.get("keyid") not in keys)
    if not known:
        if serves_keys:
            return failed(CHECK, "unknown-key", f"{name}@{version} is signed only by key(s) {', '.join(unknown)} that "
                          f"the registry does not publish", keyids=unknown)
        return not_checked(CHECK, "unknown-key", f"not checked: signed by key(s) {', '.join(unknown)}, which are not "
                           "npm's and the registry serves no keys to check them with", keyids=unknown)
    details: dict[str, Any] = {"signed": message.decode(), "keys_from": keys_from, "found_in": where,
                               "publish_time": published.when.isoformat() if published.when else None,
                               "publish_time_source": published.reason}
    expired_unknown: list[str] = []
    for sig in known:
        key = keys[sig["keyid"]]
        try:
            raw = base64.b64decode(str(sig.get("sig", "")), validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if not raw or not key.verify(raw, message):
            return failed(CHECK, "bad-signature", f"registry signature by {key.keyid} does not verify over "
                          f"{message.decode()!r}: name, version or integrity were changed after the registry signed them",
                          keyid=key.keyid, **details)
        # Only the expiry counts, as in `npm audit signatures`: when npm rotated keys in January 2025 it
        # re-signed every existing version with the new key, whose `validFor.start` is the rotation date.
        window = Window(None, key.window(SIGNATURES).end)
        if published.when is not None:
            if not window.contains(published.when):
                return failed(CHECK, "key-not-valid", f"signature by {key.keyid}, a key valid "
                              f"{_span(window)}, but {name}@{version} was published {published.when.isoformat()}",
                              keyid=key.keyid, **details)
        elif window.end is not None:
            expired_unknown.append(f"{key.keyid} (expires {window.end.isoformat()})")
    if expired_unknown and len(expired_unknown) == len(known):
        # The signature is genuine, but the key has (or will have) an end date and nothing trustworthy
        # says the version was published before it: a leaked retired key could have signed it later.
        return warning(CHECK, "publish-time-unknown", f"signature is valid but made with a key that has an expiry "
                       f"({', '.join(expired_unknown)}) and the publish time is unknown: {published.reason}", **details)
    return verified(CHECK, f"registry signature by {', '.join(sorted(s['keyid'] for s in known))} verified "
                    f"({keys_from})" + ("" if published.when else "; the key has no expiry, so the unknown publish "
                                        "time does not matter"), **details)


def _span(window) -> str:
    start = window.start.isoformat() if window.start else "-inf"
    end = window.end.isoformat() if window.end else "no expiry"
    return f"from {start} to {end}"
