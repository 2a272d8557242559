"""What the trust analyzers read from an AnalysisContext: the version document, the registry's keys,
the trust root and the identity policy. Kept in one place so every analyzer reads them the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from ..analyzers.base import AnalysisContext
from ..model import PackageId

if TYPE_CHECKING:  # imported where used: a package that is not from a registry needs none of them
    from .keys import NpmKey
    from .policy import IdentityPolicy
    from .trust_root import TrustRoot

VERSION_DOCUMENT = "version_document"
"""`extras` key: the registry's version document as resolved (may differ from the packument's copy
when a proxy rewrites one of them)."""
IDENTITY_POLICY = "identity_policy"
"""`extras` key: an IdentityPolicy (from `verify --expect-repo/--policy`)."""
TRUST_ROOT_PATH = "trust_root_path"
"""`extras` key: a Sigstore trusted_root.json to use instead of the one bundled with `sigstore`."""


def registry_id(context: AnalysisContext) -> PackageId:
    """The name and version the registry (or lockfile) knows the package by. Not the tarball's own
    package.json, which is exactly what manifest confusion lies in."""
    if context.locked is not None:
        return context.locked.id
    doc = context.extras.get(VERSION_DOCUMENT)
    if isinstance(doc, Mapping) and doc.get("name") and doc.get("version"):
        return PackageId(str(doc["name"]), str(doc["version"]))
    name = (context.packument or {}).get("name") or context.artifact.id.name
    return PackageId(str(name), context.artifact.id.version)


def version_document(context: AnalysisContext) -> Mapping[str, Any] | None:
    doc = context.extras.get(VERSION_DOCUMENT)
    if isinstance(doc, Mapping):
        return doc
    versions = (context.packument or {}).get("versions")
    doc = versions.get(registry_id(context).version) if isinstance(versions, Mapping) else None
    return doc if isinstance(doc, Mapping) else None


def registry_keys(context: AnalysisContext) -> dict[str, NpmKey] | None:
    """The registry's keys, or None when it does not serve `/-/npm/v1/keys`."""
    from .keys import parse_keys_document

    if context.registry_keys is None:
        return None
    return parse_keys_document(context.registry_keys, f"registry:{context.registry_url or ''}/-/npm/v1/keys")


def npm_keys(context: AnalysisContext) -> dict[str, NpmKey]:
    """Keys to verify publish attestations with: the registry's when served, else npm's bundled ones."""
    from .keys import bundled_keys

    served = registry_keys(context)
    return served if served is not None else bundled_keys()


def trust_root(context: AnalysisContext) -> TrustRoot:
    from .trust_root import load_trust_root

    path = context.extras.get(TRUST_ROOT_PATH)
    return load_trust_root(str(path) if path else None)


def identity_policy(context: AnalysisContext) -> IdentityPolicy | None:
    from .policy import IdentityPolicy

    policy = context.extras.get(IDENTITY_POLICY)
    return policy if isinstance(policy, IdentityPolicy) else None


def from_registry(context: AnalysisContext) -> bool:
    """Registry checks apply to packages that came from a registry (not a local directory or tarball
    without a packument)."""
    return context.packument is not None or context.registry_url is not None
