"""DSSE envelopes and the in-toto statements inside them."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Mapping

from .rekor import verify_signature


class EnvelopeError(Exception):
    """The envelope is malformed or its signature does not verify."""


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE pre-authentication encoding: what is actually signed."""
    kind = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(payload), payload)


def decode_envelope(envelope: Mapping[str, Any]) -> tuple[str, bytes, list[tuple[str, bytes]]]:
    """(payloadType, payload bytes, [(keyid, signature bytes)])."""
    try:
        payload = base64.b64decode(envelope["payload"], validate=True)
        payload_type = str(envelope["payloadType"])
        signatures = [(str(s.get("keyid") or ""), base64.b64decode(s["sig"], validate=True))
                      for s in envelope["signatures"]]
    except (KeyError, TypeError, binascii.Error, ValueError) as exc:
        raise EnvelopeError(f"DSSE envelope is malformed: {exc}") from exc
    if len(signatures) != 1:
        raise EnvelopeError(f"DSSE envelope has {len(signatures)} signatures; npm attestations carry exactly one")
    return payload_type, payload, signatures


def verify_envelope(envelope: Mapping[str, Any], public_key_der: bytes) -> tuple[str, bytes, str, bytes]:
    """Verify the envelope's signature over PAE(type, payload); returns (type, payload, keyid, sig)."""
    payload_type, payload, signatures = decode_envelope(envelope)
    keyid, sig = signatures[0]
    if not verify_signature(public_key_der, sig, pae(payload_type, payload)):
        raise EnvelopeError("DSSE signature does not verify over the payload: the attestation was altered")
    return payload_type, payload, keyid, sig


def parse_statement(payload: bytes) -> dict[str, Any]:
    try:
        statement = json.loads(payload)
    except ValueError as exc:
        raise EnvelopeError("DSSE payload is not JSON") from exc
    if not isinstance(statement, dict) or not str(statement.get("_type", "")).startswith("https://in-toto.io/Statement/"):
        raise EnvelopeError("DSSE payload is not an in-toto statement")
    return statement
