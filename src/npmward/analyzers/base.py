"""The analyzer interface.

An analyzer is a small object with a `name`, a `version`, the inputs it `needs`, and a pure
`analyze(context) -> Iterable[Finding]`. The pipeline fetches what an analyzer needs before calling
it, so analyzers never touch the network and can run in worker processes. An analyzer that needs
nothing but the package's bytes is cached by integrity (and a digest of the analyzers' source).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Mapping, Protocol, runtime_checkable

from ..model import Artifact, Finding, LockedPackage
from ..registry.identity import RegistryIdentity

# What an analyzer can ask the engine to provide in its context.
NEEDS_PACKUMENT = "packument"
"""The registry's full packument of the package (all versions, dist-tags, time)."""
NEEDS_PREVIOUS = "previous"
"""The artifact of the previous version of the same package, for diffs."""
NEEDS_ATTESTATIONS = "attestations"
"""The registry's attestations document for this version (provenance, publish attestation)."""
NEEDS_REGISTRY_KEYS = "registry_keys"
"""The registry's public signing keys (`/-/npm/v1/keys`), when it serves them."""
NEEDS_IDENTITY = "identity"
"""The run's `RegistryIdentity` (public registry, private scopes, internal names)."""


@dataclass(frozen=True, eq=False)
class AnalysisContext:
    """Everything an analyzer may look at for one package. Fields an analyzer did not ask for may be
    None; a field it asked for is None only when the source does not have it (the analyzer should
    then say so rather than assume the best)."""

    artifact: Artifact
    identity: RegistryIdentity = field(default_factory=RegistryIdentity)
    """Which registry is public and which names are the organisation's own (no credentials).
    Analyzers never see settings or policy: what they find must not depend on configuration,
    except through this, and an analyzer that reads it must declare `NEEDS_IDENTITY` so its
    findings are never cached by content."""
    packument: Mapping[str, Any] | None = None
    previous: Artifact | None = None
    attestations: Mapping[str, Any] | None = None
    registry_keys: Mapping[str, Any] | None = None
    locked: LockedPackage | None = None
    """The lockfile entry this artifact was resolved from, when it came from a lockfile."""
    registry_url: str | None = None
    """The registry the package was resolved from (None for local inputs)."""
    extras: Mapping[str, Any] = field(default_factory=dict)
    """Results of earlier stages an analyzer can reuse (e.g. the sandbox's observations)."""


@runtime_checkable
class Analyzer(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    needs: ClassVar[frozenset[str]]

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]: ...


@dataclass(frozen=True)
class RuleInfo:
    """One rule of an analyzer, for catalogues (SARIF `rules[]`, the table in docs/detection.md)."""

    id: str
    """The finding's rule id (`code/secret-exfiltration`)."""
    title: str
    """A short name of the behaviour."""
    description: str
    """What the rule looks for, and what it leaves alone."""
    severity: str
    """Default (strongest) severity label it reports (`info` … `critical`)."""
    category: str
    """Finding category (`exfiltration`, `dropper`, …)."""


_REGISTRY: dict[str, type] = {}


def register(cls: type) -> type:
    """Class decorator: make an analyzer part of the default set used by `scan`."""
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"two analyzers are named {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def registered_analyzers() -> dict[str, type]:
    """Name -> class of every registered analyzer (importing `npmward.analyzers` registers them)."""
    return dict(_REGISTRY)
