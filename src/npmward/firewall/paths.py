"""What a request to the firewall asks for, from its path alone.

Package managers ask a registry for three things: a packument (`/name`, `/@scope%2fname`,
`/@scope/name`), sometimes one version document (`/name/1.2.3`, `/name/latest`), and tarballs
(`/name/-/name-1.2.3.tgz`, `/@scope/name/-/name-1.2.3.tgz`). Everything below `/-/` (ping, audit,
whoami) is the registry's own API. A path may start with a view prefix (`/~pnpm/`): the same
registry, with tarball URLs written the way that package manager records them (see `packuments`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ..pipeline.resolve import NAME

VIEWS = ("npm", "standard", "yarn1")
"""`npm`: packuments as the upstream wrote them (npm reaches the firewall for tarballs through its
`replace-registry-host`); `standard`: conventional tarball URLs point at the firewall (pnpm, yarn
berry and bun record no URL for them); `yarn1`: every registry tarball URL points at the firewall
(yarn v1 records them, and `managers.yarn` maps them back in yarn.lock)."""
VIEW_PREFIX = "~"


@dataclass(frozen=True)
class Asked:
    """One request, understood."""

    kind: str
    """`packument`, `version` (one version document), `tarball`, `api` (below `/-/`) or `bad`."""
    view: str = "npm"
    name: str | None = None
    version: str | None = None
    """For `tarball`: from the file name; for `version`: the version or dist-tag asked for."""
    file: str | None = None
    """For `tarball`: the file name (`name-1.2.3.tgz`)."""
    rest: str = ""
    """The path without the view prefix (for `api`: what to forward upstream)."""


def parse_path(raw_path: str) -> Asked:
    path = raw_path.lstrip("/")
    view = "npm"
    if path.startswith(VIEW_PREFIX):
        head, _, path = path.partition("/")
        view = head[len(VIEW_PREFIX):]
        if view not in VIEWS:
            return Asked("bad", rest=raw_path)
    rest = "/" + path
    if path.startswith("-/") or path == "-":
        return Asked("api", view, rest=rest)
    path = unquote(path)  # `@scope%2fname` -> `@scope/name`
    if "/-/" in path:
        name, _, file = path.partition("/-/")
        version = tarball_version(name, file)
        if version is None:
            return Asked("bad", view, rest=rest)
        return Asked("tarball", view, name, version, file, rest)
    parts = path.split("/")
    if parts[0].startswith("@"):
        parts = [f"{parts[0]}/{parts[1]}", *parts[2:]] if len(parts) > 1 else parts
    name = parts[0]
    if not NAME.match(name) or len(name) > 214:
        return Asked("bad", view, rest=rest)
    if len(parts) == 1:
        return Asked("packument", view, name, rest=rest)
    if len(parts) == 2 and parts[1]:
        return Asked("version", view, name, parts[1], rest=rest)
    return Asked("bad", view, rest=rest)


_TGZ = re.compile(r"^(?P<base>.+?)-(?P<version>\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)\.tgz$")


def tarball_version(name: str, file: str) -> str | None:
    """The version in a tarball file name of `name` (`name-1.2.3.tgz`), or None when the file is
    not one of that package's tarballs."""
    if not NAME.match(name) or "/" in file:
        return None
    base = name.split("/", 1)[-1]
    prefix = base + "-"
    if not (file.startswith(prefix) and file.endswith(".tgz")):
        return None
    match = _TGZ.match(file)
    version = file[len(prefix):-len(".tgz")]
    return version if match and version and version[0].isdigit() else None


def conventional_path(name: str, version: str) -> str:
    """The tarball path a registry conventionally serves: `name/-/base-version.tgz`."""
    return f"{name}/-/{name.split('/', 1)[-1]}-{version}.tgz"
