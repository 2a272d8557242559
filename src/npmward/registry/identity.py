"""Which registry is the public npm registry, and which package names are the organisation's own.

One answer for the whole run, built once from the npm configuration and the policy, and carried to
the audit stage and to the analyzers in their context (it holds no credentials, so it can travel to
worker processes). Asked everywhere the same way: `is_public(url)` and `private_reason(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping
from urllib.parse import urlsplit

from ..model import DependencyKind

PUBLIC_REGISTRY_HOSTS = frozenset({"registry.npmjs.org", "registry.npmjs.com", "registry.yarnpkg.com"})
"""The public npm registry under its own names (yarn's is a CNAME of npm's)."""


def host_of(url: str | None) -> str | None:
    try:
        return (urlsplit(url).hostname or None) if url else None
    except ValueError:
        return None


@dataclass(frozen=True)
class RegistryIdentity:
    """The registries of the npm configuration, and the names that must never come from the public one."""

    default_registry: str = "https://registry.npmjs.org/"
    """Where unscoped names are fetched: the public registry, or a proxy standing in for it."""
    scoped_registries: Mapping[str, str] = field(default_factory=dict)
    """`@scope` -> its registry URL (`@acme:registry=...`)."""
    private_scopes: frozenset[str] = frozenset()
    """Scopes declared private in the policy (lower case, with `@`)."""
    internal_names: frozenset[str] = frozenset()
    """Unscoped internal names from the policy (lower case)."""

    @classmethod
    def build(cls, npm_config=None, private_scopes: Iterable[str] = (), internal_names: Iterable[str] = ()) -> "RegistryIdentity":
        if npm_config is None:
            return cls(private_scopes=frozenset(s.lower() for s in private_scopes),
                       internal_names=frozenset(n.lower() for n in internal_names))
        return cls(default_registry=npm_config.registry, scoped_registries=dict(npm_config.scopes),
                   private_scopes=frozenset(s.lower() for s in private_scopes),
                   internal_names=frozenset(n.lower() for n in internal_names))

    @property
    def public_hosts(self) -> frozenset[str]:
        """The public registry's hosts plus the configured default registry (a proxy of it)."""
        default = host_of(self.default_registry)
        return PUBLIC_REGISTRY_HOSTS | ({default} if default else set())

    @property
    def registry_hosts(self) -> frozenset[str]:
        """Every configured registry's host: a lockfile entry resolved elsewhere is unexpected."""
        return self.public_hosts | {h for h in map(host_of, self.scoped_registries.values()) if h}

    @property
    def registry_scopes(self) -> frozenset[str]:
        """Scopes the npm configuration sends to a registry of their own (not the public one)."""
        return frozenset(scope.lower() for scope, url in self.scoped_registries.items()
                         if host_of(url) not in self.public_hosts)

    def is_public(self, url: str | None) -> bool:
        """Whether `url` is on the public npm registry (or the configured stand-in for it)."""
        return host_of(url) in self.public_hosts

    def private_reason(self, name: str, resolved: str | None = None,
                       kind: DependencyKind = DependencyKind.REGISTRY) -> str | None:
        """Why `name` is not the public registry package of that name (None when it is)."""
        if kind in (DependencyKind.WORKSPACE, DependencyKind.LINK, DependencyKind.FILE):
            return f"a {kind.value} package of this project"
        lowered = name.lower()
        scope = lowered.split("/", 1)[0] if lowered.startswith("@") and "/" in lowered else None
        if scope and scope in self.private_scopes:
            return f"its scope {scope} is private (policy private_scopes)"
        if scope and scope in self.registry_scopes:
            return f"its scope {scope} has its own registry in .npmrc"
        if lowered in self.internal_names:
            return "it is listed in internal_names (policy)"
        resolved_host = host_of(resolved)
        if resolved_host and resolved.startswith(("http://", "https://")) and resolved_host not in self.public_hosts \
                and resolved_host in {host_of(u) for u in self.scoped_registries.values()}:
            return f"it was resolved from the private registry {resolved_host}"
        return None
