"""Dependencies fetched from outside the registry: a package whose own tarball is clean can still
install code from any URL at install time (PhantomRaven's "remote dynamic dependencies", 2025):
npm downloads `"dep": "http://host/x"` without showing it to the registry or to a scanner of the
tarball. A registry package has no need for that; a tarball URL over plain http is worse still.
"""

from __future__ import annotations

import json
import re
from typing import Iterator, Mapping
from urllib.parse import urlsplit

from ..model import Confidence, Finding, Severity
from ..popularity import load_popularity
from .base import AnalysisContext, register
from .floods import installed_dependencies

SHRINKWRAP = "npm-shrinkwrap.json"
MAX_SHRINKWRAP_BYTES = 20_000_000
REGISTRY_HOSTS = {"registry.npmjs.org", "registry.yarnpkg.com", "registry.npmjs.com"}
RAW_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
GIT_SPEC = re.compile(r"^(?:git\+[a-z]+://|git://|git@|github:|gitlab:|bitbucket:|gist:|\w[\w.-]*/[\w.-]+(?:#|$))")
"""A dependency npm clones from a git repository (`git+https://…`, `github:user/repo`, the `user/repo` shorthand)."""
COMMIT = re.compile(r"#(?:commit=)?[0-9a-f]{40}$")


@register
class DependencySourceAnalyzer:
    name = "dependency-source"
    version = "3"
    needs = frozenset()

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        yield from _shrinkwrap(context.artifact.files.get(SHRINKWRAP))
        for dep, spec in sorted(installed_dependencies(context.artifact.manifest).items()):
            lowered = spec.lower()
            if lowered.startswith(("http://", "https://")):
                plain = lowered.startswith("http://")
                bare = RAW_IP.match(urlsplit(lowered).hostname or "") is not None
                # (over plain http from a bare address: no publisher's release server, and anyone on the path may swap it)
                severity = Severity.CRITICAL if plain and bare else Severity.HIGH if plain or bare else Severity.MEDIUM
                yield Finding(
                    rule="dependency-source/url", severity=severity,
                    confidence=Confidence.HIGH if severity is Severity.CRITICAL else Confidence.MEDIUM, category="supply-chain",
                    message=(f"Depends on {dep} from the URL {spec}: npm installs whatever that server returns, "
                             "outside the registry and out of sight of a scan of this tarball"
                             + (", over unencrypted http" if plain else "") + (" from a bare IP address" if bare else "") + "."),
                    file="package.json", snippet=f'"{dep}": "{spec}"'[:200], details={"dependency": dep, "spec": spec})
            elif GIT_SPEC.match(lowered):
                yield _git_dependency(dep, spec)


def _git_dependency(dep: str, spec: str) -> Finding:
    """npm clones a git dependency and runs its `prepare` script at install, outside the registry. A popular package
    pinned to one commit is worse: GitHub serves a commit of any fork under the upstream's path (the fork network), so
    `expressjs/cors#<sha>` can be a tree only the attacker's fork holds, behind a name a reviewer trusts."""
    popular = dep in load_popularity() and COMMIT.search(spec.lower()) is not None
    return Finding(
        rule="dependency-source/git", severity=Severity.HIGH if popular else Severity.MEDIUM,
        confidence=Confidence.MEDIUM if popular else Confidence.LOW, category="supply-chain",
        message=(f"Depends on {dep} from the git repository {spec}: npm clones it and runs its prepare script at "
                 "install, outside the registry"
                 + (f"; {dep} is a popular registry package pinned here to one commit, which GitHub serves under the "
                    "upstream's path even when only a fork holds it" if popular else "") + "."),
        file="package.json", snippet=f'"{dep}": "{spec}"'[:200], details={"dependency": dep, "spec": spec})


def _shrinkwrap(data: bytes | None) -> Iterator[Finding]:
    """A published npm-shrinkwrap.json is honoured when the package is installed: every `resolved` URL
    in it is what npm fetches for that dependency. One pointing away from the registry swaps the
    dependency's code without a change to package.json (lockfile injection)."""
    if data is None or len(data) > MAX_SHRINKWRAP_BYTES:
        return
    try:
        doc = json.loads(data)
    except ValueError:
        return  # npm cannot use it either
    worst: tuple[Severity, str, str] | None = None
    for name, resolved in _resolved(doc):
        host = (urlsplit(resolved).hostname or "") if "://" in resolved else ""
        if host in REGISTRY_HOSTS:
            continue
        plain = resolved.startswith("http://")
        imitates = "npmjs" in host or "yarnpkg" in host
        if plain or RAW_IP.match(host) or imitates:
            severity = Severity.HIGH
        elif resolved.startswith(("git", "github:")) or host:
            severity = Severity.MEDIUM
        else:
            continue  # a local `file:` path or a bare version
        if worst is None or severity > worst[0]:
            worst = (severity, name, resolved)
    if worst is not None:
        severity, name, resolved = worst
        yield Finding(
            rule="dependency-source/shrinkwrap", severity=severity, confidence=Confidence.MEDIUM, category="supply-chain",
            message=f"The package ships an npm-shrinkwrap.json that npm honours on install, and it resolves {name} from "
                    f"{resolved[:120]} instead of the registry: the dependency's code comes from that server.",
            file=SHRINKWRAP, snippet=resolved[:200], details={"dependency": name, "resolved": resolved[:300]})


def _resolved(doc: object) -> Iterator[tuple[str, str]]:
    """(dependency, resolved URL) of a lockfile v1 (`dependencies`, nested) or v2/v3 (`packages`)."""
    if not isinstance(doc, Mapping):
        return
    packages = doc.get("packages")
    if isinstance(packages, Mapping):
        for path, entry in packages.items():
            if isinstance(entry, Mapping) and isinstance(entry.get("resolved"), str) and path:
                yield str(path).rsplit("node_modules/", 1)[-1], entry["resolved"]
    stack = [doc.get("dependencies")]
    while stack:
        deps = stack.pop()
        if not isinstance(deps, Mapping):
            continue
        for name, entry in deps.items():
            if isinstance(entry, Mapping):
                if isinstance(entry.get("resolved"), str):
                    yield str(name), entry["resolved"]
                stack.append(entry.get("dependencies"))
