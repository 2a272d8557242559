"""The core data model: what flows between the stages of npmward.

Everything here is a frozen dataclass (or an enum) so that it can be cached, hashed where it makes
sense, and sent to worker processes. Nothing here does I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import quote

if TYPE_CHECKING:
    from .chains import ChainIndex

MAX_CHAINS = 5
"""Chains per package that `DependencyGraph.chains` gives by default."""
MAX_CHAIN_LENGTH = 12
"""Entries of a chain shown in full; a longer chain is shortened in the middle."""
CHAIN_GAP = "…"
"""The entry that stands for the elided middle of a long chain."""


class Severity(enum.IntEnum):
    """How bad a finding is if it is true."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


class Confidence(enum.IntEnum):
    """How sure the analyzer is that the finding is what it says."""

    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Confidence":
        return cls[text.upper()]


class Level(str, enum.Enum):
    """The verdict on one package, ordered clean < suspicious < malicious."""

    CLEAN = "clean"
    SUSPICIOUS = "suspicious"
    MALICIOUS = "malicious"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.CLEAN: 0, Level.SUSPICIOUS: 1, Level.MALICIOUS: 2}


@dataclass(frozen=True, order=True)
class PackageId:
    """An npm package version."""

    name: str
    """The package name, scope included (`@scope/name`)."""
    version: str
    """The exact version (`1.2.3`, `0.0.1-security`); empty when unknown (a directory without one)."""

    def __str__(self) -> str:
        return f"{self.name}@{self.version}" if self.version else self.name

    @property
    def scope(self) -> str | None:
        return self.name.split("/", 1)[0] if self.name.startswith("@") and "/" in self.name else None

    @property
    def purl(self) -> str:
        """Package URL (`pkg:npm/%40scope/name@1.0.0`), as used by SBOMs and provenance subjects."""
        if self.scope:
            scope, bare = self.name.split("/", 1)
            path = f"{quote(scope, safe='')}/{quote(bare, safe='')}"
        else:
            path = quote(self.name, safe="")
        return f"pkg:npm/{path}@{quote(self.version, safe='')}" if self.version else f"pkg:npm/{path}"


@dataclass(frozen=True, eq=False)
class Artifact:
    """The contents of one package version, loaded without executing anything."""

    id: PackageId
    """Name and version, from the manifest (or the lockfile/registry when the manifest lacks them)."""
    files: Mapping[str, bytes]
    """Package-relative POSIX path (`lib/index.js`, without the tarball's `package/` prefix) -> bytes."""
    manifest: Mapping[str, Any]
    """The parsed `package.json` of the package itself (not the registry's copy)."""
    source: str
    """Where it came from, for the report: `registry:<tarball url>`, `tarball:<path>`, `directory:<path>`."""
    integrity: str | None = None
    """sha512 SRI (`sha512-...`) of the tarball; None for a directory, which has no tarball."""

    @property
    def cache_key(self) -> str | None:
        """What the verdict cache is keyed by: the integrity, when there is one."""
        return self.integrity


@dataclass(frozen=True)
class Finding:
    """One piece of evidence about a package, explained."""

    rule: str
    """Stable rule id, `<analyzer>/<rule>` (e.g. `install-script/pipe-to-shell`)."""
    severity: Severity
    confidence: Confidence
    category: str
    """A coarse family for grouping: install-script, exfiltration, obfuscation, dropper, vulnerability,
    malware, integrity, signature, provenance, typosquat, metadata, dynamic, ..."""
    message: str
    """One sentence a developer understands."""
    file: str | None = None
    """Package-relative path, or the lockfile path for audit findings."""
    line: int | None = None
    """1-based line in `file`."""
    snippet: str | None = None
    """A short excerpt of the evidence (at most ~200 characters)."""
    details: Mapping[str, Any] = field(default_factory=dict)
    """Machine-readable extras (advisory id, fixed version, URL, ...); JSON-serialisable."""

    def to_dict(self) -> dict[str, Any]:
        """The report/cache form (the `findings[]` objects of docs/report-format.md)."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.label,
            "confidence": self.confidence.label,
            "category": self.category,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "snippet": self.snippet,
        }
        if self.details:
            out["details"] = dict(self.details)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Finding":
        return cls(
            rule=data["rule"],
            severity=Severity.parse(data["severity"]),
            confidence=Confidence.parse(data["confidence"]),
            category=data["category"],
            message=data["message"],
            file=data.get("file"),
            line=data.get("line"),
            snippet=data.get("snippet"),
            details=data.get("details") or {},
        )


@dataclass(frozen=True)
class Verdict:
    """The conclusion about one package."""

    level: Level
    score: float
    """0 (nothing found) to 10 (certainly malicious)."""
    reasons: tuple[Finding, ...] = ()
    """The findings that decided the level, strongest first."""


class Action(str, enum.Enum):
    """What policy does with a package: the exit code of a command, the answer of the firewall."""

    ALLOW = "allow"
    WARN = "warn"
    """Reported and shown, but it does not fail the run or stop an install."""
    BLOCK = "block"
    """Fails the run (exit 1) and is refused by the firewall."""

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.ALLOW: 0, Action.WARN: 1, Action.BLOCK: 2}


@dataclass(frozen=True)
class Suppression:
    """A finding that a visible exception of the policy waived (it is still reported, marked so)."""

    finding: Finding
    reason: str
    """Why it is waived: the entry that waived it and the reason written there."""
    source: str
    """Where the exception is written (`.npmward.yml allowed_scripts`, `.npmwardignore.yml entry 2`, ...)."""
    expires: str | None = None
    """ISO date after which the exception stops applying, when it has one."""


@dataclass(frozen=True)
class PackageReport:
    """One package as it appears in a report: the findings, the verdict they lead to, and what the
    policy does about it."""

    id: PackageId
    source: str
    integrity: str | None
    verdict: Verdict
    """Decided from `findings` (the waived ones in `suppressed` do not count)."""
    findings: tuple[Finding, ...]
    paths: tuple[tuple[str, ...], ...] = ()
    """The chains of packages from the project root that bring this one in (lockfile inputs)."""
    action: Action = Action.ALLOW
    """What the policy stage decided: block fails the run, warn is shown, allow is quiet."""
    suppressed: tuple[Suppression, ...] = ()
    """Findings waived by a visible exception of the policy (allowed scripts, ignore entries)."""
    notes: tuple[str, ...] = ()
    """What the reader should know about this package's evidence (e.g. its code was not fetched)."""
    lockfile: str | None = None
    """The lockfile the package was read from (as the user named it), when it came from one: where
    reports locate it (SARIF points at the line of its entry)."""


@dataclass(frozen=True)
class TargetError:
    """An input that could not be read or analysed; it makes the run fail (exit 2)."""

    target: str
    message: str


@dataclass(frozen=True)
class ScanReport:
    """The result of one run, whatever the command."""

    packages: tuple[PackageReport, ...]
    errors: tuple[TargetError, ...] = ()
    notes: tuple[str, ...] = ()
    """Things the user should know that are not about one package (degraded sources, stale DB)."""


class DependencyKind(str, enum.Enum):
    """Where a locked dependency comes from."""

    REGISTRY = "registry"
    GIT = "git"
    TARBALL = "tarball"
    """A remote tarball URL that is not a registry's."""
    FILE = "file"
    """`file:` path (a local tarball or directory)."""
    LINK = "link"
    """`link:` / a symlinked directory."""
    WORKSPACE = "workspace"
    """A package of the same monorepo."""


@dataclass(frozen=True)
class LockedPackage:
    """One node of a lockfile's dependency graph."""

    name: str
    """The name it is installed under (for an alias `foo@npm:bar@1`, `foo`)."""
    version: str
    kind: DependencyKind = DependencyKind.REGISTRY
    resolved: str | None = None
    """Resolved URL/spec exactly as the lockfile has it (tarball URL, git URL, `file:..`)."""
    integrity: str | None = None
    real_name: str | None = None
    """For aliases: the registry package actually installed (`bar`); None when not an alias."""
    dev: bool = False
    optional: bool = False
    peer: bool = False
    dependencies: tuple[str, ...] = ()
    """Keys (see `key`) of the packages this one depends on."""

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def registry_name(self) -> str:
        """The name to look up in the registry and advisory databases."""
        return self.real_name or self.name

    @property
    def id(self) -> PackageId:
        return PackageId(self.registry_name, self.version)


@dataclass(frozen=True)
class DependencyGraph:
    """A project's dependency graph as its lockfile records it."""

    lockfile: str
    """Path of the lockfile it was read from."""
    format: str
    """`package-lock@3`, `yarn@1`, `yarn-berry@8`, `pnpm@9.0`, `bun@1`, ..."""
    root: str
    """`name@version` of the root project (the first entry of every chain)."""
    packages: tuple[LockedPackage, ...]
    direct: Mapping[str, str] = field(default_factory=dict)
    """Direct dependencies of the root (and of workspaces): name -> requested range/spec."""
    roots: tuple[str, ...] = ()
    """Keys of the packages the root project (and its workspaces) depend on directly: where the
    chains of `chains()` start."""

    def chains(self, key: str, limit: int = MAX_CHAINS) -> tuple[tuple[str, ...], ...]:
        """Up to `limit` chains of `name@version` from the root that bring `key` in, shortest first
        (each through a different parent). A chain longer than `MAX_CHAIN_LENGTH` keeps its first
        and last entries around a `CHAIN_GAP` marker. () when nothing leads to `key`.

        Computed on first use for the whole graph (one BFS, memory linear in packages and edges),
        so a 20,000-deep chain costs what a flat graph of 20,000 packages costs."""
        return self._chain_index.chains(key, limit)

    @cached_property
    def _chain_index(self) -> "ChainIndex":
        from .chains import ChainIndex

        return ChainIndex(self.root, self.roots, {p.key: p.dependencies for p in self.packages})
