"""A certificate authority made fresh for each sandbox run, so that the sink can terminate TLS and
read what a package sends over HTTPS.

The CA certificate is added to the sandbox's system bundle and named by NODE_EXTRA_CA_CERTS,
SSL_CERT_FILE and REQUESTS_CA_BUNDLE (as a corporate TLS-inspecting proxy would be). Its key never
enters the sandbox: the sink, outside, signs one leaf certificate per server name on demand.
EC P-256 keys: generating and signing take about a millisecond. `cryptography` is imported when
first needed: the warden starts once per package, most packages open no TLS connection, and the
import costs more than the rest of the warden's start.
"""

from __future__ import annotations

import datetime
import ipaddress
import secrets
import ssl
import threading
from pathlib import Path
from typing import Any

ORG_NAMES = ("Acme Corp", "Northwind Traders", "Globex", "Initech", "Contoso", "Wayne Enterprises")


def _name(common: str, org: str | None = None) -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if org:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(parts)


def make_ca() -> tuple[bytes, bytes]:
    """(certificate PEM, private key PEM) of a new CA that looks like a company's inspection proxy."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    org = ORG_NAMES[secrets.randbelow(len(ORG_NAMES))]
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc)
    name = _name(f"{org} TLS Inspection Root CA", org)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=400 + secrets.randbelow(400)))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


class LeafIssuer:
    """Server contexts per name, signed by the run's CA (thread-safe, cached)."""

    def __init__(self, ca_cert_pem: bytes, ca_key_pem: bytes, workdir: str):
        self.pems = (ca_cert_pem, ca_key_pem)
        self.keys: tuple[Any, Any, Any, bytes] | None = None
        """(CA certificate, CA key, the leaves' key, its PEM), loaded with the first leaf."""
        self.contexts: dict[str, ssl.SSLContext] = {}
        self.lock = threading.Lock()
        self.load_lock = threading.Lock()
        self.dir = workdir
        """Where each certificate is written for the moment `ssl` loads it (outside the sandbox)."""

    def _keys(self) -> tuple[Any, Any, Any, bytes]:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        with self.load_lock:
            if self.keys is None:
                key = ec.generate_private_key(ec.SECP256R1())
                self.keys = (x509.load_pem_x509_certificate(self.pems[0]),
                             serialization.load_pem_private_key(self.pems[1], password=None), key,
                             key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
            return self.keys

    def context(self, server_name: str, cached: bool = True) -> ssl.SSLContext:
        if not cached:
            return self._make(server_name)
        with self.lock:
            if server_name not in self.contexts:
                self.contexts[server_name] = self._make(server_name)
            return self.contexts[server_name]

    def _make(self, server_name: str) -> ssl.SSLContext:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization

        ca_cert, ca_key, key, key_pem = self._keys()
        now = datetime.datetime.now(datetime.timezone.utc)
        try:
            alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(server_name))
        except ValueError:
            alt = x509.DNSName(server_name)
        cert = (x509.CertificateBuilder().subject_name(_name(server_name[:64] or "localhost"))
                .issuer_name(ca_cert.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(days=3)).not_valid_after(now + datetime.timedelta(days=90))
                .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                .sign(ca_key, hashes.SHA256()))
        # ssl can only load a chain from files: write it beside the key, in this process's own temp dir.
        path = Path(self.dir) / f"{secrets.token_hex(8)}.pem"
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key_pem)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(path)
        path.unlink()
        ctx.set_alpn_protocols(["http/1.1"])
        return ctx
