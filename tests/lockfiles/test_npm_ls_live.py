"""The package set read from a real project's package-lock.json equals what `npm ls --all` reports.

A real install (no lifecycle scripts ever run: --ignore-scripts) of pinned dependencies giving
500+ packages, from the configured registry.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from npmward.lockfiles import read_lockfile

PINNED = {
    "dependencies": {"express": "4.21.2", "webpack": "5.94.0", "webpack-dev-server": "5.1.0"},
    "devDependencies": {"jest": "29.7.0", "eslint": "8.57.0", "mocha": "10.8.2"},
}


@pytest.mark.live
@pytest.mark.timeout(600)
def test_lockfile_package_set_equals_npm_ls(tmp_path):
    if not shutil.which("npm"):
        pytest.skip("npm is not installed")
    (tmp_path / "package.json").write_text(json.dumps({"name": "lscheck", "version": "1.0.0", "private": True, **PINNED}))
    install = subprocess.run(["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=540)
    assert install.returncode == 0, install.stderr[-2000:]
    listed = json.loads(subprocess.run(["npm", "ls", "--all", "--json"], cwd=tmp_path, capture_output=True,
                                       text=True, timeout=120).stdout)
    seen: set[tuple[str, str]] = set()

    def walk(deps):
        for name, entry in (deps or {}).items():
            if "version" in entry:
                seen.add((name, entry["version"]))
            walk(entry.get("dependencies"))

    walk(listed.get("dependencies"))
    graph = read_lockfile(tmp_path / "package-lock.json")
    mine = {(p.name, p.version) for p in graph.packages}
    # npm ls lists what is installed; optional packages for another platform (fsevents) are locked
    # but not installed.
    not_installed = {(p.name, p.version) for p in graph.packages
                     if p.optional and not (tmp_path / "node_modules" / p.name).is_dir()}
    assert len(seen) >= 500
    assert mine - not_installed == seen
