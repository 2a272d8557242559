"""Non-registry dependencies keep their real name and their source (kind + resolved), in the shapes
pnpm and npm write them (issue 13: pnpm `tarball:` entries were named by their URL, package-lock
`file:` dependencies by their path)."""

from __future__ import annotations

import json

from npmward.lockfiles import read_lockfile
from npmward.model import DependencyKind

GITLAB = "https://gitlab.example.test/api/v4/projects/1/packages/npm/@my-scope/my-package/-/@my-scope/my-package-0.0.1.tgz"
SHA = "sha512-" + "A" * 86 + "=="


def _graph(tmp_path, name, text, manifest=None):
    (tmp_path / name).write_text(text)
    if manifest is not None:
        (tmp_path / "package.json").write_text(json.dumps(manifest))
    graph = read_lockfile(tmp_path / name)
    return graph, {p.key: p for p in graph.packages}


def test_pnpm5_tarball_dependency_is_named_by_its_name_not_its_url(tmp_path):
    pid = GITLAB.removeprefix("https://").replace("gitlab.example.test", "@gitlab.example.test", 1).lstrip("@")
    pid = "@" + pid
    text = (f"lockfileVersion: 5.4\n\nspecifiers:\n  '@my-scope/my-package': {GITLAB}\n\n"
            f"dependencies:\n  '@my-scope/my-package': '{pid}'\n\npackages:\n\n"
            f"  '{pid}':\n    resolution: {{tarball: {GITLAB}}}\n    name: '@my-scope/my-package'\n"
            "    version: 0.0.1\n    dev: false\n")
    graph, by_key = _graph(tmp_path, "pnpm-lock.yaml", text)
    pkg = by_key["@my-scope/my-package@0.0.1"]
    assert (pkg.kind, pkg.resolved) == (DependencyKind.TARBALL, GITLAB)
    assert list(by_key) == ["@my-scope/my-package@0.0.1"]
    assert graph.chains(pkg.key) == ((graph.root, pkg.key),)


def test_pnpm9_tarball_and_git_dependencies(tmp_path):
    git = "git+https://github.example.test/user/repo.git#0123456789abcdef0123456789abcdef01234567"
    text = ("lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n"
            f"      '@my-scope/my-package':\n        specifier: {GITLAB}\n        version: {GITLAB}\n"
            f"      repo:\n        specifier: github:user/repo\n        version: {git}\n"
            f"      left-pad:\n        specifier: ^1.3.0\n        version: 1.3.0\n\n"
            "packages:\n\n"
            f"  '@my-scope/my-package@{GITLAB}':\n    resolution: {{integrity: {SHA}, tarball: {GITLAB}}}\n    version: 0.0.1\n\n"
            f"  repo@{git}:\n    resolution: {{commit: 0123456789abcdef0123456789abcdef01234567, "
            "repo: https://github.example.test/user/repo.git, type: git}\n    version: 2.0.0\n\n"
            f"  left-pad@1.3.0:\n    resolution: {{integrity: {SHA}}}\n\n"
            f"snapshots:\n\n  '@my-scope/my-package@{GITLAB}': {{}}\n\n  repo@{git}: {{}}\n\n  left-pad@1.3.0: {{}}\n")
    graph, by_key = _graph(tmp_path, "pnpm-lock.yaml", text)
    assert {k: (p.kind, p.resolved) for k, p in by_key.items()} == {
        "@my-scope/my-package@0.0.1": (DependencyKind.TARBALL, GITLAB),
        "repo@2.0.0": (DependencyKind.GIT, "https://github.example.test/user/repo.git"),
        "left-pad@1.3.0": (DependencyKind.REGISTRY, None),
    }
    assert set(graph.roots) == set(by_key)


def test_pnpm6_github_dependency_and_file_package(tmp_path):
    text = ("lockfileVersion: '6.0'\n\ndependencies:\n"
            "  repo:\n    specifier: github:user/repo#abc\n    version: github.com/user/repo/abc\n"
            "  local:\n    specifier: file:../local\n    version: file:../local\n\npackages:\n\n"
            "  github.com/user/repo/abc:\n    resolution: {tarball: https://codeload.github.com/user/repo/tar.gz/abc}\n"
            "    name: repo\n    version: 1.2.3\n    dev: false\n\n"
            "  file:../local:\n    resolution: {directory: ../local, type: directory}\n    name: local\n    dev: false\n")
    graph, by_key = _graph(tmp_path, "pnpm-lock.yaml", text)
    assert by_key["repo@1.2.3"].kind is DependencyKind.GIT
    local = next(p for p in graph.packages if p.name == "local")
    assert (local.kind, local.resolved) == (DependencyKind.FILE, "file:../local")
    assert set(graph.roots) == {"repo@1.2.3", local.key}


def test_package_lock_file_git_and_tarball_dependencies(tmp_path):
    lock = {"name": "my-library", "version": "1.0.0", "lockfileVersion": 2, "requires": True, "packages": {
        "": {"name": "my-library", "version": "1.0.0",
             "dependencies": {"etag": "file:deps/etag", "x": "github:user/x", "y": "https://example.test/y-1.0.0.tgz"},
             "devDependencies": {"abbrev": "file:deps/abbrev-1.1.1.tgz"}},
        "deps/etag": {"version": "1.8.0", "dependencies": {"y": "*"}},
        "node_modules/etag": {"resolved": "deps/etag", "link": True},
        "node_modules/abbrev": {"version": "1.1.1", "resolved": "file:deps/abbrev-1.1.1.tgz", "integrity": SHA, "dev": True},
        "node_modules/x": {"version": "1.0.0", "resolved": "git+ssh://git@github.example.test/user/x.git#0123abc"},
        "node_modules/y": {"version": "1.0.0", "resolved": "https://example.test/y-1.0.0.tgz", "integrity": SHA},
    }}
    graph, by_key = _graph(tmp_path, "package-lock.json", json.dumps(lock))
    assert {k: (p.kind, p.resolved) for k, p in by_key.items()} == {
        "etag@1.8.0": (DependencyKind.FILE, "file:deps/etag"),
        "abbrev@1.1.1": (DependencyKind.FILE, "file:deps/abbrev-1.1.1.tgz"),
        "x@1.0.0": (DependencyKind.GIT, "git+ssh://git@github.example.test/user/x.git#0123abc"),
        "y@1.0.0": (DependencyKind.TARBALL, "https://example.test/y-1.0.0.tgz"),
    }
    assert by_key["abbrev@1.1.1"].dev and not by_key["etag@1.8.0"].dev
    assert graph.root == "my-library@1.0.0"
    assert graph.chains("y@1.0.0") == (("my-library@1.0.0", "y@1.0.0"), ("my-library@1.0.0", "etag@1.8.0", "y@1.0.0"))


def test_non_registry_dependencies_stay_in_the_audit_inventory(tmp_path):
    from npmward.advisories import AdvisoryDB
    from npmward.pipeline import audit_graph
    from npmward.registry import NpmConfig
    from npmward.settings import Settings

    test_package_lock_file_git_and_tarball_dependencies(tmp_path)
    graph = read_lockfile(tmp_path / "package-lock.json")
    AdvisoryDB.open(tmp_path / "db").close()
    report = audit_graph(graph, Settings(cache_dir=tmp_path / "db"), npm_config=NpmConfig())
    sources = {str(p.id): p.source for p in report.packages}
    assert sources == {"etag@1.8.0": "lockfile:file", "abbrev@1.1.1": "lockfile:file:dev", "x@1.0.0": "lockfile:git",
                       "y@1.0.0": "lockfile:tarball"}
    paths = {str(p.id): p.paths for p in report.packages}
    assert paths["y@1.0.0"][1] == ("my-library@1.0.0", "etag@1.8.0", "y@1.0.0")
