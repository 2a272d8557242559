"""Every real lockfile of shared/fixtures reads into a graph that agrees with the file itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from npmward.lockfiles import LockfileError, find_lockfile, read_lockfile
from npmward.model import DependencyKind

LOCKS = ["npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "bun.lock", "yarn.lock"]


def all_lockfiles(shared: Path) -> list[Path]:
    found = []
    for base in (shared / "fixtures" / "lockfiles", shared / "fixtures" / "advisories"):
        found += [p for p in base.rglob("*") if p.name in LOCKS]
    return sorted(found)


def test_every_fixture_lockfile_parses_with_chains(shared_dir):
    files = all_lockfiles(shared_dir)
    assert len(files) >= 20
    for path in files:
        graph = read_lockfile(path)
        assert graph.packages, path
        registry = [p for p in graph.packages if p.kind is DependencyKind.REGISTRY]
        assert registry, path
        # Every package is reachable from the root (paths start at the root project).
        root_name = graph.root.rpartition("@")[0]
        others = [p for p in graph.packages if p.name != root_name]  # not the root project itself
        reachable = [p for p in others if graph.chains(p.key)]
        assert len(reachable) >= 0.95 * len(others), (path, len(reachable), len(others))
        assert all(graph.chains(p.key)[0][0] == graph.root for p in reachable)
        assert all(graph.chains(p.key)[0][-1] == p.key for p in reachable)


def test_package_lock_v3_matches_the_packages_map(shared_dir):
    path = shared_dir / "fixtures/lockfiles/package-lock-v3/npq/package-lock.json"
    data = json.loads(path.read_text())
    expected = {(k.rsplit("node_modules/", 1)[-1], v["version"]) for k, v in data["packages"].items() if k and not v.get("link")}
    graph = read_lockfile(path)
    assert {(p.name, p.version) for p in graph.packages} == expected
    copies: dict[tuple[str, str], list[bool]] = {}
    for k, v in data["packages"].items():
        if k and not v.get("link"):
            copies.setdefault((k.rsplit("node_modules/", 1)[-1], v["version"]), []).append(bool(v.get("dev") or v.get("devOptional")))
    dev = {key for key, flags in copies.items() if all(flags)}  # dev only if every installed copy is
    assert {(p.name, p.version) for p in graph.packages if p.dev} == dev
    integrity = {p.key: p.integrity for p in graph.packages}
    some = next(k for k, v in data["packages"].items() if k.startswith("node_modules/") and v.get("integrity"))
    assert integrity[f"{some.rsplit('node_modules/', 1)[-1]}@{data['packages'][some]['version']}"] == data["packages"][some]["integrity"]


def test_npm_workspaces_are_local(shared_dir):
    graph = read_lockfile(shared_dir / "fixtures/lockfiles/package-lock-v3/npm-cli/package-lock.json")
    kinds = {p.name: set() for p in graph.packages}
    for p in graph.packages:
        kinds[p.name].add(p.kind)
    by_key = {p.key: p.kind for p in graph.packages}
    # The workspace itself is local; template-oss's own registry copy (7.5.4) is a real dependency.
    assert by_key["@npmcli/arborist@8.0.0"] in (DependencyKind.LINK, DependencyKind.WORKSPACE)
    assert by_key["@npmcli/arborist@7.5.4"] is DependencyKind.REGISTRY
    assert kinds["semver"] == {DependencyKind.REGISTRY}


def test_yarn_v1_counts_distinct_resolutions(shared_dir):
    path = shared_dir / "fixtures/lockfiles/yarn-v1/tap-with-yarn-lock/yarn.lock"
    text = path.read_text()
    blocks = re.findall(r'^("?)(@?[^@\s"]+)@[^\n]*:\n  version "([^"]+)"', text, re.M)
    expected = {(name, version) for _, name, version in blocks}
    graph = read_lockfile(path)
    assert {(p.name, p.version) for p in graph.packages} == expected
    assert all(p.integrity and p.integrity.startswith("sha") for p in graph.packages)


def test_yarn_berry_workspaces_and_no_fake_integrity(shared_dir):
    graph = read_lockfile(shared_dir / "fixtures/lockfiles/yarn-berry-monorepo/audit-ci-yarn-4-workspace/yarn.lock")
    assert graph.format.startswith("yarn-berry@")
    assert sum(p.kind is DependencyKind.WORKSPACE for p in graph.packages) == 4
    assert all(p.integrity is None for p in graph.packages)  # berry checksums are not npm integrities


def test_pnpm_versions_and_multidoc(shared_dir):
    base = shared_dir / "fixtures/lockfiles"
    for folder, fmt in [("pnpm-5.3/audit-ci-pnpm-allowlisted-path", "pnpm@5.3"), ("pnpm-5.4/nhost-root", "pnpm@5.4"),
                        ("pnpm-6.0/vue2", "pnpm@6.0"), ("pnpm-9.0/has-vulnerabilities", "pnpm@9.0"),
                        ("pnpm-9.0-multidoc/pnpm", "pnpm@9.0")]:
        path = base / folder / "pnpm-lock.yaml"
        graph = read_lockfile(path)
        assert graph.format == fmt
        docs = [d for d in yaml.safe_load_all(path.read_text()) if isinstance(d, dict) and "packages" in d]
        ids = max(docs, key=lambda d: len(d["packages"]))["packages"]
        assert len({p.key for p in graph.packages if p.kind is DependencyKind.REGISTRY}) >= 0.9 * len(ids)
    multidoc = read_lockfile(base / "pnpm-9.0-multidoc/pnpm/pnpm-lock.yaml")
    assert len(multidoc.packages) > 1000  # the project document, not the small env document before it


def test_bun_lock(shared_dir):
    graph = read_lockfile(shared_dir / "fixtures/lockfiles/bun/hono-benchmarks-routers/bun.lock")
    assert graph.format == "bun@1" and len(graph.packages) > 100
    assert all(p.integrity and p.integrity.startswith("sha512-") for p in graph.packages if p.kind is DependencyKind.REGISTRY)


BUN_V2 = Path(__file__).resolve().parents[1] / "fixtures" / "lockfiles" / "bun-v2"


def test_bun_lock_v2_reads_as_the_v1_of_the_same_project():
    """bun 1.4's lockfileVersion 2 and bun 1.3's version 1 of one project give the same graph."""
    v1, v2 = read_lockfile(BUN_V2 / "v1" / "bun.lock"), read_lockfile(BUN_V2 / "v2" / "bun.lock")
    assert (v1.format, v2.format) == ("bun@1", "bun@2")
    assert "hasInstallScript" in (BUN_V2 / "v2" / "bun.lock").read_text()
    assert v2.packages == v1.packages and v2.roots == v1.roots and v2.direct == v1.direct
    by_name = {p.name: p for p in v2.packages}
    assert by_name["my-lodash"].real_name == "lodash" and by_name["my-lodash"].version == "4.17.21"
    assert by_name["is-odd"].kind is DependencyKind.TARBALL
    assert by_name["local-dir"].kind is DependencyKind.FILE
    assert by_name["@kinds/b"].kind is DependencyKind.WORKSPACE
    assert by_name["esbuild"].integrity.startswith("sha512-") and "ms@2.0.0" in by_name["debug"].dependencies


def test_bun_lock_v2_of_a_real_project():
    graph = read_lockfile(BUN_V2 / "hono" / "bun.lock")
    registry = [p for p in graph.packages if p.kind is DependencyKind.REGISTRY]
    assert graph.format == "bun@2" and len(registry) > 1000
    assert all(p.integrity and p.integrity.startswith("sha512-") for p in registry)


@pytest.mark.parametrize("name, content, message", [
    ("package-lock.json", '{"lockfileVersion": 7, "packages": {}}', "lockfileVersion 7 is not supported"),
    ("package-lock.json", "{not json", "invalid JSON"),
    ("pnpm-lock.yaml", "lockfileVersion: '4.0'\npackages: {}\n", "lockfileVersion 4.0 is not supported (supported: 5.x, 6.x, 9.x)"),
    ("yarn.lock", "__metadata:\n  version: 2\n", "version 2 is not supported"),
    ("yarn.lock", "garbage without structure\n", "not a yarn v1 or Berry lockfile"),
    ("bun.lock", '{"lockfileVersion": 9}', "lockfileVersion 9 is not supported"),
    ("package-lock.json", "", "is empty"),
])
def test_unreadable_lockfiles_are_errors_naming_file_and_version(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(LockfileError) as info:
        read_lockfile(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_find_lockfile_priority_and_missing(tmp_path):
    with pytest.raises(LockfileError, match="no lockfile found"):
        find_lockfile(tmp_path)
    (tmp_path / "bun.lockb").write_bytes(b"\0")
    with pytest.raises(LockfileError, match="save-text-lockfile"):
        find_lockfile(tmp_path)
    (tmp_path / "yarn.lock").write_text("# yarn lockfile v1\n")
    (tmp_path / "package-lock.json").write_text("{}")
    assert find_lockfile(tmp_path).name == "package-lock.json"
