"""Offline checks of a Rekor transparency-log entry carried in a Sigstore bundle.

- the signed entry timestamp (SET): Rekor's signature over the canonical JSON of
  `{body, integratedTime, logID, logIndex}` — proves the log accepted this body at that time;
- the inclusion proof: the RFC 6962 Merkle audit path from the entry's leaf hash to the root hash;
- the checkpoint (a signed note), when present: Rekor's signature over the tree size and root hash
  the proof ends in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.serialization import load_der_public_key

from .trust_root import RekorLog, TrustRoot


class LogEntryError(Exception):
    """The log entry does not verify; the message says which part and why."""


@dataclass(frozen=True)
class LogEntry:
    """A verified transparency-log entry."""

    kind: str
    version: str
    integrated_time: datetime
    log_index: int
    body: Mapping[str, Any]
    """The decoded canonicalized body (Rekor's record of what was logged)."""
    log: RekorLog
    inclusion_proof: bool
    """True when a Merkle inclusion proof (not just the SET) was verified."""


def _b64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise LogEntryError(f"{what} is not base64") from exc


def verify_signature(public_key_der: bytes, signature: bytes, message: bytes) -> bool:
    key = load_der_public_key(public_key_der)
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, message)
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _hash_children(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def merkle_root_from_proof(index: int, size: int, leaf: bytes, path: list[bytes]) -> bytes:
    """The root hash an RFC 6962 audit path leads to (transparency-dev's algorithm)."""
    if not 0 <= index < size:
        raise LogEntryError(f"inclusion proof index {index} is outside the tree of size {size}")
    inner = (index ^ (size - 1)).bit_length()
    border = bin(index >> inner).count("1")
    if len(path) != inner + border:
        raise LogEntryError(f"inclusion proof has {len(path)} hashes, a tree of size {size} needs {inner + border}")
    node = leaf
    for i, sibling in enumerate(path[:inner]):
        node = _hash_children(node, sibling) if (index >> i) & 1 == 0 else _hash_children(sibling, node)
    for sibling in path[inner:]:
        node = _hash_children(sibling, node)
    return node


def _verify_checkpoint(envelope: str, log: RekorLog, size: int, root: bytes) -> None:
    text, sep, signatures = envelope.partition("\n\n")
    if not sep:
        raise LogEntryError("checkpoint is not a signed note")
    lines = text.split("\n")
    if len(lines) < 3:
        raise LogEntryError("checkpoint note is too short")
    try:
        note_size = int(lines[1])
    except ValueError as exc:
        raise LogEntryError("checkpoint tree size is not a number") from exc
    if note_size != size or _b64(lines[2], "checkpoint root hash") != root:
        raise LogEntryError("checkpoint does not commit to the inclusion proof's tree size and root hash")
    message = (text + "\n").encode()
    for line in signatures.strip("\n").split("\n"):
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "\u2014":
            continue
        raw = _b64(parts[2], "checkpoint signature")
        if raw[:4] == log.log_id[:4] and verify_signature(log.public_key_der, raw[4:], message):
            return
    raise LogEntryError("checkpoint signature does not verify with the log's key")


def verify_log_entry(entry: Mapping[str, Any], root: TrustRoot) -> LogEntry:
    """Verify the SET, inclusion proof and checkpoint of one `tlogEntries[]` item. At least one of
    SET or inclusion proof must be present and every present one must verify."""
    try:
        log_id = _b64(entry["logId"]["keyId"], "logId")
        body_b64 = str(entry["canonicalizedBody"])
        integrated = int(entry["integratedTime"])
        log_index = int(entry["logIndex"])
        kind = entry["kindVersion"]["kind"]
        version = entry["kindVersion"]["version"]
    except (KeyError, TypeError, ValueError) as exc:
        raise LogEntryError(f"log entry is missing {exc}") from exc
    log = root.rekor.get(log_id)
    if log is None:
        raise LogEntryError(f"log entry is from log {log_id.hex()}, which is not in the trust root ({root.source})")
    body_bytes = _b64(body_b64, "canonicalizedBody")
    when = datetime.fromtimestamp(integrated, tz=timezone.utc)
    if not log.window.contains(when):
        raise LogEntryError(f"the log key was not valid at the entry's integrated time {when.isoformat()}")

    promise = (entry.get("inclusionPromise") or {}).get("signedEntryTimestamp")
    proof = entry.get("inclusionProof")
    if not promise and not proof:
        raise LogEntryError("log entry has neither a signed entry timestamp nor an inclusion proof")
    if promise:
        payload = json.dumps({"body": body_b64, "integratedTime": integrated, "logID": log_id.hex(),
                              "logIndex": log_index}, sort_keys=True, separators=(",", ":")).encode()
        if not verify_signature(log.public_key_der, _b64(promise, "signedEntryTimestamp"), payload):
            raise LogEntryError("signed entry timestamp does not verify: the entry body, time or index was altered")
    if proof:
        try:
            index, size = int(proof["logIndex"]), int(proof["treeSize"])
            path = [_b64(h, "inclusion proof hash") for h in proof.get("hashes", [])]
            expected = _b64(proof["rootHash"], "inclusion proof root hash")
        except (KeyError, TypeError, ValueError) as exc:
            raise LogEntryError(f"inclusion proof is malformed: {exc}") from exc
        leaf = hashlib.sha256(b"\x00" + body_bytes).digest()
        if merkle_root_from_proof(index, size, leaf, path) != expected:
            raise LogEntryError("inclusion proof does not lead to the root hash: the entry or the proof was altered")
        checkpoint = (proof.get("checkpoint") or {}).get("envelope")
        if checkpoint:
            _verify_checkpoint(str(checkpoint), log, size, expected)
    try:
        body = json.loads(body_bytes)
    except ValueError as exc:
        raise LogEntryError("canonicalizedBody is not JSON") from exc
    if body.get("kind") != kind or body.get("apiVersion") != version:
        raise LogEntryError(f"canonicalizedBody is a {body.get('kind')}/{body.get('apiVersion')} entry, the bundle "
                            f"says {kind}/{version}")
    return LogEntry(kind, version, when, log_index, body, log, bool(proof))
