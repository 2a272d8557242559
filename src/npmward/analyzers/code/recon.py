"""What makes a package look like a reconnaissance package, besides its code: an absurd version
(dependency-confusion packages publish 99.99.99 so that any range prefers them over the internal
package) and a scope that imitates a popular one (`@azure-sdk-internal`, `@typess`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...popularity import load_popularity

ABSURD_MAJOR = 90


def absurd_version(version: str) -> bool:
    """`>= 90.0.0`, a component `>= 999` (`1.999.0`, `0.0.9999`), or the same number thrice (`50.50.50`)."""
    match = re.match(r"^v?(\d+)\.(\d+)\.(\d+)", version or "")
    if not match:
        return False
    parts = [int(p) for p in match.groups()]
    return parts[0] >= ABSURD_MAJOR or any(p >= 999 for p in parts) or (parts[0] == parts[1] == parts[2] >= 10)


def _normal(scope: str) -> str:
    return re.sub(r"[^a-z0-9]", "", scope.lower())


@lru_cache(maxsize=1)
def _popular_scopes() -> dict[str, str]:
    """Normalised scope -> scope, for the scopes of popular packages."""
    scopes = {name.split("/", 1)[0] for name in load_popularity().names() if name.startswith("@") and "/" in name}
    return {_normal(s): s for s in scopes}


def imitated_scope(name: str) -> str | None:
    """The popular scope that the package's scope imitates, if any (never its own)."""
    if not name.startswith("@") or "/" not in name:
        return None
    scope = name.split("/", 1)[0]
    popular = _popular_scopes()
    if scope in popular.values():
        return None
    normal = _normal(scope)
    if normal in popular:
        return popular[normal]  # `@aws_sdk` for `@aws-sdk`
    for other_normal, other in popular.items():
        if len(other_normal) >= 4 and (normal.startswith(other_normal) or normal.endswith(other_normal)) \
                and len(normal) - len(other_normal) <= 9:
            return other  # `@typesnode`, `@babel-internal`
        if len(normal) >= 5 and abs(len(normal) - len(other_normal)) <= 1 and _one_edit(normal, other_normal):
            return other
    return None


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]
