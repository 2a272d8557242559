"""Generators of hostile lockfiles, written at test time (no committed blobs)."""

from __future__ import annotations

import json


def package_lock_v3(packages: dict, root_deps: dict | None = None) -> str:
    entries = {"": {"name": "app", "version": "1.0.0", "dependencies": root_deps or {}}}
    entries.update(packages)
    return json.dumps({"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": entries})


def linear_package_lock(n: int) -> str:
    """npm v3 lockfile of a chain p0 -> p1 -> ... -> p(n-1), all hoisted (as npm installs it)."""
    packages = {f"node_modules/p{i}": {"version": "1.0.0", "resolved": f"https://registry.npmjs.org/p{i}/-/p{i}-1.0.0.tgz",
                                       "integrity": "sha512-" + "A" * 86 + "==",
                                       **({"dependencies": {f"p{i + 1}": "1.0.0"}} if i + 1 < n else {})}
                for i in range(n)}
    return package_lock_v3(packages, {"p0": "1.0.0"})


def linear_yarn_v1(n: int) -> str:
    blocks = ["# yarn lockfile v1\n"]
    for i in range(n):
        block = f'p{i}@1.0.0:\n  version "1.0.0"\n  resolved "https://registry.yarnpkg.com/p{i}/-/p{i}-1.0.0.tgz"\n'
        if i + 1 < n:
            block += f'  dependencies:\n    p{i + 1} "1.0.0"\n'
        blocks.append(block)
    return "\n".join(blocks)


def laughs(levels: int = 9, width: int = 9, indent: str = "") -> str:
    """YAML anchors `l0`..`l<levels>`, each level `width` aliases of the one before."""
    lines = [f"{indent}l0: &l0 [" + ",".join(["lol"] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"{indent}l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth
