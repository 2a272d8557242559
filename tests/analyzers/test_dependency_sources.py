"""Dependency sources: a shipped npm-shrinkwrap.json that resolves dependencies away from the registry."""

from __future__ import annotations

import json

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.dependency_sources import DependencySourceAnalyzer
from npmward.model import Artifact, PackageId, Severity


def findings(shrinkwrap: dict | bytes | None):
    manifest = {"name": "store", "version": "4.2.1", "dependencies": {"debug": "^4.3.4"}}
    files = {"package.json": json.dumps(manifest).encode()}
    if shrinkwrap is not None:
        files["npm-shrinkwrap.json"] = shrinkwrap if isinstance(shrinkwrap, bytes) else json.dumps(shrinkwrap).encode()
    art = Artifact(PackageId("store", "4.2.1"), files, manifest, "test")
    return list(DependencySourceAnalyzer().analyze(AnalysisContext(artifact=art)))


def lock(*resolved: str, v3: bool = True) -> dict:
    if v3:
        return {"lockfileVersion": 3, "packages": {"": {"name": "store"},
                                                   **{f"node_modules/dep{i}": {"version": "1.0.0", "resolved": r} for i, r in enumerate(resolved)}}}
    return {"lockfileVersion": 1, "dependencies": {f"dep{i}": {"version": "1.0.0", "resolved": r,
                                                              "dependencies": {"inner": {"resolved": r}}} for i, r in enumerate(resolved)}}


def test_shrinkwrap_resolving_from_a_look_alike_mirror_or_an_ip_is_high():
    # The express-session store of the lockfile-injection family (2025): dependencies from a look-alike
    # mirror and a raw IP tarball, in the shrinkwrap npm honours when it installs the package.
    for url in ("https://registry.npmjs-mirror.example/debug/-/debug-4.3.4.tgz", "https://203.0.113.9/c/client-1.5.14.tgz",
                "http://cdn.pkgs.example/ms-2.1.3.tgz"):
        for v3 in (True, False):
            found = findings(lock("https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", url, v3=v3))
            assert [(f.rule, f.severity) for f in found] == [("dependency-source/shrinkwrap", Severity.HIGH)], url
            assert found[0].details["resolved"] == url


def test_shrinkwrap_from_another_https_host_or_git_is_medium():
    assert [f.severity for f in findings(lock("git+ssh://git@github.com/o/generic-pool.git#abc"))] == [Severity.MEDIUM]
    assert [f.severity for f in findings(lock("https://artifacts.corp.example/npm/ms-2.1.3.tgz"))] == [Severity.MEDIUM]


def test_registry_shrinkwraps_and_unreadable_ones_say_nothing():
    assert findings(lock("https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", "https://registry.yarnpkg.com/debug/-/debug-4.3.4.tgz")) == []
    assert findings(lock("file:../local-dep")) == []
    assert findings(b"{not json") == []
    assert findings(None) == []


def url_dependency(spec: str) -> list:
    manifest = {"name": "client", "version": "0.6.3", "peerDependencies": {"units": spec}}
    art = Artifact(PackageId("client", "0.6.3"), {"package.json": json.dumps(manifest).encode()}, manifest, "test")
    return [(f.rule, f.severity) for f in DependencySourceAnalyzer().analyze(AnalysisContext(artifact=art))]


def test_a_dependency_from_a_url_weighs_by_how_it_is_fetched():
    # (blind set 24's weather client: a peer dependency from an http tarball on a bare address, PhantomRaven's shape)
    assert url_dependency("http://203.0.113.61/t/units-1.0.4.tgz") == [("dependency-source/url", Severity.CRITICAL)]
    assert url_dependency("http://cdn.units.example/units-1.0.4.tgz") == [("dependency-source/url", Severity.HIGH)]
    assert url_dependency("https://203.0.113.61/t/units-1.0.4.tgz") == [("dependency-source/url", Severity.HIGH)]
    # A vendor's own CDN over https (SheetJS publishes its releases there) stays a note.
    assert url_dependency("https://cdn.sheetjs.example/xlsx-0.20.3/xlsx-0.20.3.tgz") == [("dependency-source/url", Severity.MEDIUM)]


def manifest_findings(dependencies: dict):
    manifest = {"name": "store", "version": "4.2.1", "dependencies": dependencies}
    art = Artifact(PackageId("store", "4.2.1"), {"package.json": json.dumps(manifest).encode()}, manifest, "test")
    return [(f.rule, f.severity) for f in DependencySourceAnalyzer().analyze(AnalysisContext(artifact=art))]


def test_a_popular_package_pinned_to_one_git_commit_is_high_other_git_dependencies_medium():
    # Blind set 48's express-cors-presets: `cors` pinned to a commit under expressjs/cors that only a fork holds (GitHub
    # serves fork-network commits under the upstream's path); npm clones it and runs its prepare script at install.
    sha = "9c1f3e7a52b04d6e8f1a2c3b4d5e6f708192a3b4"
    assert manifest_findings({"cors": f"git+https://github.com/expressjs/cors.git#{sha}"}) == [("dependency-source/git", Severity.HIGH)]
    assert manifest_findings({"cors": f"expressjs/cors#{sha}"}) == [("dependency-source/git", Severity.HIGH)]
    # di@1.9.0's traceur from a branch of a fork, an unknown package from a repository: a note, not an alarm.
    assert manifest_findings({"traceur": "git://github.com/vojtajina/traceur-compiler#nodejs-api-support"}) == [
        ("dependency-source/git", Severity.MEDIUM)]
    assert manifest_findings({"zz-internal-kit": f"github:acme/zz-internal-kit#{sha}"}) == [("dependency-source/git", Severity.MEDIUM)]
    # Registry ranges, local paths and aliases are not git.
    assert manifest_findings({"cors": "^2.8.5", "local": "./vendor/local", "alias": "npm:@scope/pkg@^1", "f": "file:../f"}) == []
