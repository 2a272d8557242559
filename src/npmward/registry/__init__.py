"""The only part of npmward that talks to the network: npm configuration, packuments, tarballs
(verified, content-addressed cache), signing keys, attestations and bulk advisories.

Names are imported on first use: worker processes and the identity module need none of the HTTP
stack, and a single-package scan should not pay for importing it when everything is cached.
"""

from importlib import import_module

_EXPORTS = {
    "DEFAULT_REGISTRY": ".npmrc", "NpmConfig": ".npmrc", "RegistryAuth": ".npmrc", "RegistryError": ".npmrc",
    "load_npm_config": ".npmrc", "nerf_dart": ".npmrc",
    "DiskCache": ".cache",
    "IntegrityMismatch": ".client", "RegistryClient": ".client", "RegistryUnsupported": ".client",
    "escaped_name": ".client", "verify_tarball": ".client",
    "HttpClient": ".http", "HttpPolicy": ".http",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name], __name__), name)
