"""Install or load code that installs a package the manifest does not declare: the payload arrives as
a second package, fetched from the registry at install time (paired-package loaders; a "bitcoin" library
whose postinstall installs the RAT package into a hidden directory and starts it)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import commands, trusted_host
from ..view import FileView, Grid
from . import rule

URL = re.compile(r"^https?://[\w.-]+", re.I)
OPTION_WITH_VALUE = re.compile(r"--(?:prefix|cwd|dir|cache|registry|userconfig|global-folder|modules-folder)")
"""The option a run-time word is the value of: the install's directory, not the package."""
PACKAGE = re.compile(r"^(@[\w.-]+/)?[\w.-]+(@[\w.^~<>=*-]+)?$")
DEPENDENCY_FIELDS = ("dependencies", "optionalDependencies", "peerDependencies", "devDependencies", "bundleDependencies")
GRID = Grid(install=(S.HIGH, C.HIGH), load=(S.HIGH, C.MEDIUM), deferred=(S.INFO, C.LOW))


def _declared(manifest) -> set[str]:
    found: set[str] = set()
    for field in DEPENDENCY_FIELDS:
        value = manifest.get(field) if manifest else None
        if isinstance(value, dict):
            found |= {str(k) for k in value}
        elif isinstance(value, list):
            found |= {str(k) for k in value}
    return found


def _names(rest: str, built_url: bool) -> list[str]:
    """Package names in an install command's arguments (flags, paths and run-time parts skipped), and tarball URLs:
    a constant one off the registry and GitHub, or a run-time part built from a host the file names (`built_url`)."""
    names, words = [], rest.split()
    for i, word in enumerate(words):
        word = word.strip("'\"")
        if URL.match(word) and not trusted_host(word):
            names.append(word[:60])
            continue
        if built_url and "${" in word and not word.startswith("-") and not (i and OPTION_WITH_VALUE.fullmatch(words[i - 1])):
            names.append("a tarball from a URL the file builds")
            continue
        if word.startswith("-") or "\x00" in word or "${" in word or not PACKAGE.match(word):
            continue
        names.append(word.rsplit("@", 1)[0] if word.count("@") > (1 if word.startswith("@") else 0) else word)
    return names


@rule("undeclared-install", title="Installs a package its manifest does not declare",
      description="Install or load code runs `npm install <name>` (pnpm, yarn, bun) for a package that is not among "
                  "the manifest's dependencies: code that arrives outside the dependency tree a user reviewed. "
                  "Installers that fetch their own platform package name it in optionalDependencies or publish it "
                  "under their own scope.",
      category="dropper", consumes=("call",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    declared = _declared(view.manifest or {})
    own = str((view.manifest or {}).get("name", ""))
    scope = own.split("/", 1)[0] + "/" if own.startswith("@") and "/" in own else None
    for level, facts in view.groups():
        if level == "deferred":
            return
        for fact, command in commands(facts):
            for match in P.PACKAGE_INSTALL.finditer(command):
                # (a package of the same scope is the publisher's own: @swc/core falls back to @swc/wasm)
                built_url = bool(view.labels(fact) & F.HOST_LITERAL)
                extra = [n for n in _names(match.group("rest") or match.group("rest2") or "", built_url)
                         if n not in declared and n != own and not (scope and n.startswith(scope))]
                if extra:
                    severity, confidence = view.grade(GRID, level)
                    yield view.finding("undeclared-install", severity, confidence, "dropper",
                                       f"Installs {extra[0]}, which the package does not declare as a dependency "
                                       f"({command[:80]!r}), {view.when_text(level)}.", fact, level, package=extra[0])
                    return
