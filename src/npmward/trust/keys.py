"""npm's registry signing keys: the registry's `/-/npm/v1/keys` document, or the copy bundled with
npmward (`data/npm-keys.json`, with each key's validity window per usage).

A key signs two things: registry signatures (`npm:signatures`, over `name@version:integrity`) and
publish attestations (`npm:attestations`, a DSSE envelope). A signature only counts if the key was
valid when the version was published; an expired key still verifies versions published before its
expiry (that is how npm rotated keys in January 2025).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key

from .result import TrustError

SIGNATURES = "npm:signatures"
ATTESTATIONS = "npm:attestations"
USAGES = (SIGNATURES, ATTESTATIONS)


def parse_time(text: Any) -> datetime | None:
    """An ISO 8601 time (`2025-01-29T00:00:00.000Z`) as an aware datetime; None for null/empty."""
    if text in (None, ""):
        return None
    if not isinstance(text, str):
        raise ValueError(f"not a time: {text!r}")
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Window:
    """When a key may be used for one purpose."""

    start: datetime | None = None
    """None: since forever."""
    end: datetime | None = None
    """None: no expiry."""

    def contains(self, when: datetime) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class NpmKey:
    """One registry public key."""

    keyid: str
    """`SHA256:<base64 of sha256(SPKI DER)>`, as in `dist.signatures[].keyid`."""
    public_key_der: bytes
    """SubjectPublicKeyInfo DER of the ECDSA P-256 key."""
    windows: Mapping[str, Window] = field(default_factory=dict)
    """usage (`npm:signatures` / `npm:attestations`) -> validity window."""
    source: str = ""
    """Where the key came from: `registry:<url>` or `bundled:npm-keys.json`."""

    @property
    def expires(self) -> datetime | None:
        ends = [w.end for w in self.windows.values()]
        return None if not ends or any(e is None for e in ends) else max(ends)  # type: ignore[type-var]

    def window(self, usage: str) -> Window:
        return self.windows.get(usage, Window())

    def verify(self, signature: bytes, message: bytes) -> bool:
        """ECDSA P-256 / SHA-256 over `message` with a DER signature."""
        key = load_der_public_key(self.public_key_der)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        try:
            key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return False
        return True


def parse_keys_document(doc: Mapping[str, Any], source: str) -> dict[str, NpmKey]:
    """Keys from a `/-/npm/v1/keys` response (`{keys: [{keyid, key, expires, ...}]}`) or from the
    bundled file (same shape, plus `validFor` per usage). Raises TrustError on a malformed document."""
    entries = doc.get("keys") if isinstance(doc, Mapping) else None
    if not isinstance(entries, list):
        raise TrustError(f"{source}: keys document has no `keys` list")
    keys: dict[str, NpmKey] = {}
    for entry in entries:
        try:
            keyid = entry["keyid"]
            der = base64.b64decode(entry["key"], validate=True)
            load_der_public_key(der)
            expires = parse_time(entry.get("expires"))
            windows: dict[str, Window] = {}
            valid_for = entry.get("validFor") or {}
            for usage in USAGES:
                span = valid_for.get(usage)
                windows[usage] = (Window(parse_time(span.get("start")), parse_time(span.get("end")))
                                  if span else Window(None, expires))
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise TrustError(f"{source}: malformed key entry {entry!r:.120}: {exc}") from exc
        keys[keyid] = NpmKey(keyid, der, windows, source)
    return keys


def bundled_keys() -> dict[str, NpmKey]:
    """npm's public keys as shipped with npmward (see `_sources` in the file for their provenance)."""
    try:
        text = resources.files("npmward").joinpath("data", "npm-keys.json").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise TrustError(f"bundled npm keys cannot be read: {exc}") from exc
    return parse_keys_document(json.loads(text), "bundled:npm-keys.json")
