"""Verify one Sigstore bundle from npm's attestations endpoint, offline.

Two signers: a Fulcio certificate (SLSA provenance, signed by the CI's short-lived key) or npm's
registry key named by `publicKey.hint` (the npm publish attestation). Two Rekor entry kinds:
`dsse` / `hashedrekord` (current; verified by the `sigstore` library against the trust root) and
`intoto 0.0.2` (npm's provenance until 2024; `sigstore` rejects it, so it is verified here with
`cryptography`: certificate chain, SET, inclusion proof and checkpoint, DSSE signature, and the
logged body against the envelope).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Mapping

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

from .certs import BuildIdentity, CertificateError, identity_of, verify_chain
from .dsse import EnvelopeError, decode_envelope, parse_statement, verify_envelope
from .keys import ATTESTATIONS, NpmKey
from .rekor import LogEntryError, verify_log_entry
from .trust_root import TrustRoot


class BundleError(Exception):
    """The bundle does not verify; the message names the part that failed."""


@dataclass(frozen=True)
class VerifiedBundle:
    """What a verified bundle attests."""

    statement: Mapping[str, Any]
    """The in-toto statement (subject, predicateType, predicate)."""
    identity: BuildIdentity | None
    """The Fulcio-certified build identity; None for key-signed bundles."""
    keyid: str | None
    """The npm key that signed it; None for certificate-signed bundles."""
    integrated_time: datetime
    method: str
    """How it was verified: `intoto-0.0.2 (npmward, cryptography)` or `sigstore-python`."""


def _certificate(bundle: Mapping[str, Any]) -> x509.Certificate | None:
    material = bundle.get("verificationMaterial") or {}
    raw = ((material.get("x509CertificateChain") or {}).get("certificates") or [{}])[0].get("rawBytes") \
        or (material.get("certificate") or {}).get("rawBytes")
    if not raw:
        return None
    try:
        return x509.load_der_x509_certificate(base64.b64decode(raw, validate=True))
    except (ValueError, binascii.Error) as exc:
        raise BundleError(f"signing certificate is unreadable: {exc}") from exc


def _b64_twice(text: str) -> bytes:
    return base64.b64decode(base64.b64decode(text, validate=True), validate=True)


def _check_intoto_body(body: Mapping[str, Any], envelope: Mapping[str, Any], signer_der: bytes) -> None:
    """The logged intoto 0.0.2 body must record this envelope: its payload hash, its signature, and
    the signer's key. (The body's envelope `hash` covers Rekor's own serialisation and cannot be
    recomputed; the payload hash and signature bind the entry to the envelope.)"""
    payload_type, payload, signatures = decode_envelope(envelope)
    content = (body.get("spec") or {}).get("content") or {}
    payload_hash = (content.get("payloadHash") or {})
    if payload_hash.get("algorithm") != "sha256" or payload_hash.get("value") != hashlib.sha256(payload).hexdigest():
        raise BundleError("transparency-log entry records a different payload hash: the DSSE payload was altered")
    logged = (content.get("envelope") or {})
    if logged.get("payloadType") not in (None, payload_type):
        raise BundleError("transparency-log entry records a different payload type")
    try:
        logged_sigs = [(_b64_twice(s["sig"]), base64.b64decode(s.get("publicKey", ""), validate=True))
                       for s in logged.get("signatures", [])]
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise BundleError(f"transparency-log entry body is malformed: {exc}") from exc
    if not any(sig == signatures[0][1] for sig, _ in logged_sigs):
        raise BundleError("transparency-log entry records a different signature than the envelope carries")
    if not any(_signer_der(pem) == signer_der for _, pem in logged_sigs):
        raise BundleError("transparency-log entry records a different signing key/certificate than the bundle")


def _signer_der(pem: bytes) -> bytes | None:
    """SPKI DER of the key in a PEM certificate or public key (as intoto 0.0.2 logs it)."""
    try:
        if b"CERTIFICATE" in pem:
            key = x509.load_pem_x509_certificate(pem).public_key()
        else:
            key = load_pem_public_key(pem)
        return key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    except ValueError:
        return None


def verify_bundle(bundle: Mapping[str, Any], root: TrustRoot, npm_keys: Mapping[str, NpmKey]) -> VerifiedBundle:
    """Verify a bundle fully offline; raise BundleError naming what failed."""
    if not isinstance(bundle, Mapping) or not isinstance(bundle.get("dsseEnvelope"), Mapping):
        raise BundleError("bundle has no DSSE envelope (npm attestations are DSSE-signed in-toto statements)")
    envelope = bundle["dsseEnvelope"]
    entries = (bundle.get("verificationMaterial") or {}).get("tlogEntries") or []
    if not entries:
        raise BundleError("bundle has no transparency-log entry, so nothing proves when or that it was logged")
    kind = ((entries[0].get("kindVersion") or {}).get("kind"), (entries[0].get("kindVersion") or {}).get("version"))
    cert = _certificate(bundle)
    if cert is not None and kind != ("intoto", "0.0.2"):
        return _verify_with_sigstore(bundle, root)
    try:
        entry = verify_log_entry(entries[0], root)
    except LogEntryError as exc:
        raise BundleError(f"transparency-log entry: {exc}") from exc
    if kind != ("intoto", "0.0.2"):
        raise BundleError(f"unsupported log entry kind {kind[0]}/{kind[1]} for a key-signed bundle")

    identity: BuildIdentity | None = None
    keyid: str | None = None
    if cert is not None:
        try:
            verify_chain(cert, entry.integrated_time, root)
        except CertificateError as exc:
            raise BundleError(str(exc)) from exc
        signer_der = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        identity = identity_of(cert)
    else:
        hint = ((bundle.get("verificationMaterial") or {}).get("publicKey") or {}).get("hint")
        try:
            envelope_keyid = decode_envelope(envelope)[2][0][0]
        except EnvelopeError as exc:
            raise BundleError(str(exc)) from exc
        keyid = hint or envelope_keyid
        if not keyid:
            raise BundleError("key-signed bundle names no key (no publicKey.hint, no keyid in the signature)")
        if envelope_keyid and hint and envelope_keyid != hint:
            raise BundleError(f"signature keyid {envelope_keyid} differs from the bundle's key hint {hint}")
        key = npm_keys.get(keyid)
        if key is None:
            raise BundleError(f"signed by key {keyid}, which is not one of the registry's keys")
        if not key.window(ATTESTATIONS).contains(entry.integrated_time):
            raise BundleError(f"key {keyid} was not valid for attestations at the log time {entry.integrated_time.isoformat()}")
        signer_der = key.public_key_der
    try:
        _, payload, _, _ = verify_envelope(envelope, signer_der)
        _check_intoto_body(entry.body, envelope, signer_der)
        statement = parse_statement(payload)
    except EnvelopeError as exc:
        raise BundleError(str(exc)) from exc
    return VerifiedBundle(statement, identity, keyid, entry.integrated_time, "intoto-0.0.2 (npmward, cryptography)")


def _verify_with_sigstore(bundle: Mapping[str, Any], root: TrustRoot) -> VerifiedBundle:
    """Current bundles (dsse/hashedrekord entries): the `sigstore` library, offline, against `root`.
    The identity policy is applied by the caller, so the library's policy is a no-op here."""
    from sigstore.errors import Error as SigstoreError
    from sigstore.models import Bundle
    from sigstore.verify import Verifier
    from sigstore.verify.policy import UnsafeNoOp

    try:
        parsed = Bundle.from_json(json.dumps(bundle))
        verifier = Verifier(trusted_root=_sigstore_trusted_root(root.raw_json))
        # The identity policy is npmward's (applied after); silence the library's warning about its no-op one.
        policy_logger = logging.getLogger("sigstore.verify.policy")
        level = policy_logger.level
        policy_logger.setLevel(logging.ERROR)
        try:
            _, payload = verifier.verify_dsse(parsed, UnsafeNoOp())
        finally:
            policy_logger.setLevel(level)
        statement = parse_statement(payload)
        when = parsed.log_entry._inner.integrated_time  # noqa: SLF001 - the library exposes no accessor
        cert = parsed.signing_certificate
    except (SigstoreError, EnvelopeError, ValueError) as exc:
        first_line = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise BundleError(f"sigstore verification failed: {first_line}") from exc
    return VerifiedBundle(statement, identity_of(cert), None, datetime.fromtimestamp(int(when or 0), tz=timezone.utc),
                          "sigstore-python")


def _sigstore_trusted_root(text: str):
    """The library reads trust roots only from files."""
    import tempfile

    from sigstore.models import TrustedRoot

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        return TrustedRoot.from_file(handle.name)
