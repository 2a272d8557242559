"""Fulcio signing certificates: the chain to a trusted Fulcio CA, validity at the log's integrated
time, and the build identity Fulcio wrote into the certificate from the CI's OIDC token.

The identity comes from the certificate (Fulcio vouches for it), not from the provenance predicate
(which the build itself wrote). Both are shown; policy decisions use the certificate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from .trust_root import TrustRoot

FULCIO_OID = "1.3.6.1.4.1.57264.1."
# Fulcio extension numbers: v1 (raw string values, deprecated) and v2 (DER UTF8String values).
_V1 = {1: "issuer", 3: "source_digest", 5: "repository_name", 6: "source_ref"}
_V2 = {8: "issuer", 9: "build_signer_uri", 11: "runner_environment", 12: "source_repository_uri",
       13: "source_digest", 14: "source_ref", 18: "build_config_uri", 20: "build_trigger", 21: "run_invocation_uri"}


class CertificateError(Exception):
    """The signing certificate does not chain to the trust root or was not valid."""


@dataclass(frozen=True)
class BuildIdentity:
    """Who signed, as Fulcio certified it (empty string where the certificate does not say)."""

    san: str = ""
    """Subject alternative name: for GitHub Actions the workflow, `https://github.com/o/r/.github/workflows/x.yml@refs/tags/v1`."""
    issuer: str = ""
    """OIDC issuer (`https://token.actions.githubusercontent.com`)."""
    source_repository_uri: str = ""
    source_digest: str = ""
    """Commit the workflow ran on."""
    source_ref: str = ""
    build_config_uri: str = ""
    """The workflow file and ref that ran the build."""
    build_signer_uri: str = ""
    runner_environment: str = ""
    """`github-hosted` or `self-hosted`."""
    build_trigger: str = ""
    run_invocation_uri: str = ""
    repository_name: str = ""
    """`owner/repo` from v1 extensions (older certificates)."""

    @property
    def repository(self) -> str:
        """`owner/repo` of the source, from whichever extension the certificate has."""
        uri = self.source_repository_uri or ""
        if uri.startswith("https://github.com/"):
            return uri.removeprefix("https://github.com/").rstrip("/")
        if self.repository_name:
            return self.repository_name
        if self.san.startswith("https://github.com/") and "/.github/workflows/" in self.san:
            return self.san.removeprefix("https://github.com/").split("/.github/workflows/", 1)[0]
        return uri

    @property
    def workflow(self) -> str:
        """Workflow path within the repository (`.github/workflows/release.yml`), without the ref."""
        for text in (self.build_config_uri, self.san):
            if "/.github/workflows/" in text:
                return ".github/workflows/" + text.split("/.github/workflows/", 1)[1].split("@", 1)[0]
        return ""


def _der_utf8(value: bytes) -> str:
    """Decode a DER UTF8String/IA5String (v2 extensions); fall back to the raw bytes (v1)."""
    if len(value) >= 2 and value[0] in (0x0C, 0x16):
        length, offset = value[1], 2
        if length & 0x80:
            count = length & 0x7F
            length, offset = int.from_bytes(value[2:2 + count], "big"), 2 + count
        return value[offset:offset + length].decode("utf-8", "replace")
    return value.decode("utf-8", "replace")


def identity_of(cert: x509.Certificate) -> BuildIdentity:
    values: dict[str, str] = {}
    for ext in cert.extensions:
        oid = ext.oid.dotted_string
        if not oid.startswith(FULCIO_OID):
            continue
        try:
            number = int(oid[len(FULCIO_OID):])
        except ValueError:
            continue
        raw = ext.value.value if isinstance(ext.value, x509.UnrecognizedExtension) else b""
        if number in _V2:
            values[_V2[number]] = _der_utf8(raw)
        elif number in _V1:
            values.setdefault(_V1[number], raw.decode("utf-8", "replace"))
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = san.get_values_for_type(x509.UniformResourceIdentifier) + san.get_values_for_type(x509.RFC822Name)
        values["san"] = names[0] if names else ""
    except x509.ExtensionNotFound:
        pass
    return BuildIdentity(**values)


def _valid_at(cert: x509.Certificate, when: datetime) -> bool:
    return cert.not_valid_before_utc <= when <= cert.not_valid_after_utc


def verify_chain(leaf: x509.Certificate, when: datetime, root: TrustRoot) -> None:
    """The leaf must be a code-signing certificate issued (through a trusted CA's chain) by a Fulcio
    CA valid at `when`, and every certificate must be valid at `when`."""
    try:
        eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise CertificateError("signing certificate has no extended key usage") from exc
    if ExtendedKeyUsageOID.CODE_SIGNING not in eku:
        raise CertificateError("signing certificate is not for code signing")
    if not _valid_at(leaf, when):
        raise CertificateError(f"signing certificate was not valid at the log time {when.isoformat()} "
                               f"(valid {leaf.not_valid_before_utc.isoformat()} to {leaf.not_valid_after_utc.isoformat()})")
    reasons = []
    for ca in root.fulcio:
        if not ca.window.contains(when):
            reasons.append(f"{ca.chain[0].subject.rfc4514_string()}: not valid at {when.isoformat()}")
            continue
        try:
            child = leaf
            for issuer in ca.chain:
                child.verify_directly_issued_by(issuer)
                if not _valid_at(issuer, when):
                    raise ValueError(f"{issuer.subject.rfc4514_string()} not valid at {when.isoformat()}")
                child = issuer
            child.verify_directly_issued_by(child)  # the chain ends in a self-signed root
            return
        except Exception as exc:  # noqa: BLE001 - cryptography raises ValueError, TypeError, InvalidSignature
            reasons.append(f"{ca.chain[0].subject.rfc4514_string()}: {exc or type(exc).__name__}")
    raise CertificateError("signing certificate does not chain to a Fulcio CA of the trust root ("
                           + "; ".join(reasons) + ")")
