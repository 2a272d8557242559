"""The only part of npmward that talks to the network: npm configuration, packuments, tarballs
(verified, content-addressed cache), signing keys, attestations and bulk advisories."""

from .cache import DiskCache
from .client import IntegrityMismatch, RegistryClient, RegistryUnsupported, escaped_name, verify_tarball
from .http import HttpClient, HttpPolicy
from .npmrc import DEFAULT_REGISTRY, NpmConfig, RegistryAuth, RegistryError, load_npm_config, nerf_dart

__all__ = [
    "DEFAULT_REGISTRY",
    "DiskCache",
    "HttpClient",
    "HttpPolicy",
    "IntegrityMismatch",
    "NpmConfig",
    "RegistryAuth",
    "RegistryClient",
    "RegistryError",
    "RegistryUnsupported",
    "escaped_name",
    "load_npm_config",
    "nerf_dart",
    "verify_tarball",
]
