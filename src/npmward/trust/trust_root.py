"""The Sigstore trust root used offline: Fulcio CA chains and Rekor log keys with validity windows.

By default the public-good `trusted_root.json` that the installed `sigstore` library ships (the one
its own offline verification starts from). It is as fresh as that library release: a key rotated
later is unknown until `sigstore` (and so npmward's environment) is upgraded — see
docs/verification.md. A caller may pass another file (e.g. one fetched through TUF).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_der_public_key

from .keys import Window, parse_time
from .result import TrustError

PUBLIC_GOOD = "https://tuf-repo-cdn.sigstore.dev"


@dataclass(frozen=True)
class FulcioCA:
    """One certificate authority: its chain (issuing certificate first, root last) and validity."""

    chain: tuple[x509.Certificate, ...]
    window: Window


@dataclass(frozen=True)
class RekorLog:
    """One transparency log instance."""

    log_id: bytes
    """sha256 of the log's public key (the bundle's `logId.keyId`)."""
    public_key_der: bytes
    window: Window
    base_url: str


@dataclass(frozen=True)
class TrustRoot:
    """What provenance bundles are verified against."""

    fulcio: tuple[FulcioCA, ...]
    rekor: Mapping[bytes, RekorLog]
    source: str
    """Which file this came from (for the report)."""
    raw_json: str
    """The trusted root as JSON, for handing to the `sigstore` library."""


def _window(spec: Mapping[str, Any] | None) -> Window:
    spec = spec or {}
    return Window(parse_time(spec.get("start")), parse_time(spec.get("end")))


def parse_trust_root(text: str, source: str) -> TrustRoot:
    try:
        doc = json.loads(text)
        fulcio = tuple(
            FulcioCA(tuple(x509.load_der_x509_certificate(base64.b64decode(c["rawBytes"]))
                           for c in ca["certChain"]["certificates"]), _window(ca.get("validFor")))
            for ca in doc.get("certificateAuthorities", [])
        )
        rekor = {}
        for tlog in doc.get("tlogs", []):
            der = base64.b64decode(tlog["publicKey"]["rawBytes"])
            load_der_public_key(der)
            log_id = base64.b64decode(tlog["logId"]["keyId"])
            rekor[log_id] = RekorLog(log_id, der, _window(tlog["publicKey"].get("validFor")), tlog.get("baseUrl", ""))
    except (ValueError, KeyError, TypeError) as exc:
        raise TrustError(f"{source}: not a readable Sigstore trusted root: {exc}") from exc
    if not fulcio or not rekor:
        raise TrustError(f"{source}: trusted root has no Fulcio CA or no Rekor log")
    return TrustRoot(fulcio, rekor, source, text)


def sigstore_bundled_root_path() -> Path:
    """The public-good trusted root shipped inside the `sigstore` package."""
    path = resources.files("sigstore").joinpath("_store", PUBLIC_GOOD.replace(":", "%3A").replace("/", "%2F"),
                                                "trusted_root.json")
    return Path(str(path))


@lru_cache(maxsize=4)
def load_trust_root(path: str | None = None) -> TrustRoot:
    """The trust root from `path`, or the one bundled with the `sigstore` library."""
    file = Path(path) if path else sigstore_bundled_root_path()
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise TrustError(f"{file}: cannot read the Sigstore trusted root: {exc.strerror or exc}") from exc
    return parse_trust_root(text, str(file))

