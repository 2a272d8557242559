"""Version diffs: the pure library on inert fixtures and on real, pinned registry versions."""

from __future__ import annotations

import pytest
from metadata_helpers import fixture, registry_artifact

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.version_diff import VersionDiffAnalyzer, diff_findings
from npmward.diff import (
    Artifact,
    binary_kind,
    blob_kind,
    diff_artifacts,
    endpoints,
    entry_files,
    repository_url,
    secret_reads,
)
from npmward.model import Confidence, PackageId, Severity
from npmward.verdict import decide

ES5_EXT = {  # integrity pinned from the registry's packument, checked on download
    "0.10.53": "sha512-Xs2Stw6NiNHWypzRTY1MtaG/uJlwCk8kH81920ma8mvN8Xq1gsfhZvpkImLQArw8AHnv8MT2I45J3c0R8slE+Q==",
    "0.10.54": "sha512-PmZt9baBXDXz2wJ8RRJGGn9r7Ks4zjxWdazbtY2w8EugwojsasRvsyZM2CGN1NPoYfKFK4CqjqFSFYS9wpjtyg==",
    "0.10.62": "sha512-BHLqn0klhEpnOKSrzn/Xsz2UIW8j+cGmo9JLzr8BiUapV8hPL9+FliFqjwr9ngW7jWdnxv6eO+/LqyhJVqgrjA==",
    "0.10.63": "sha512-hUCZd2Byj/mNKjfP9jXrdVZ62B8KuA/VoK7X8nUh5qT+AxDmcbvZz041oDVZdbIN1qW6XY9VDNwzkvKnZvK2TQ==",
}


def _risky(diff):
    return {(c.kind, c.action, c.key) for c in diff.risky}


def test_takeover_fixture_shows_every_addition():
    diff = diff_artifacts(fixture("takeover", "v1"), fixture("takeover", "v2"))
    assert _risky(diff) == {
        ("script", "+", "postinstall"),
        ("dependency", "+", "string-helper-ex"),
        ("obfuscated", "+", "index.js"),
        ("endpoint", "+", "collect.invalid"),
        ("secret-read", "+", "NPM_TOKEN"),
        ("file", "+", "lib/setup.js"),
    }
    assert diff.files_added == ("lib/setup.js",)
    assert set(diff.files_changed) == {"index.js", "package.json"}


def test_same_version_twice_has_no_changes():
    diff = diff_artifacts(fixture("takeover", "v1"), fixture("takeover", "v1"))
    assert diff.changes == () and diff.risky == ()


def test_removals_are_not_risky():
    diff = diff_artifacts(fixture("takeover", "v2"), fixture("takeover", "v1"))
    assert diff.risky == ()
    assert ("script", "-", "postinstall") in {(c.kind, c.action, c.key) for c in diff.changes}


def test_takeover_of_a_new_package_is_suspicious_and_of_a_popular_one_more_so():
    diff = diff_artifacts(fixture("takeover", "v1"), fixture("takeover", "v2"))
    plain = list(diff_findings(diff, None))
    popular = list(diff_findings(diff, 42))
    by_rule = {f.rule: f for f in plain}
    assert (by_rule["version-diff/new-obfuscated"].severity, by_rule["version-diff/new-obfuscated"].confidence) == (
        Severity.HIGH, Confidence.MEDIUM)
    assert decide(plain).level.value == "suspicious"
    lifted = {f.rule: f for f in popular}["version-diff/new-obfuscated"]
    assert (lifted.severity, lifted.confidence) == (Severity.HIGH, Confidence.HIGH)
    assert "popular (rank 42" in lifted.message
    assert decide(popular).score > decide(plain).score
    # several changes of a takeover together are malicious; any one alone is not (below)
    assert decide(popular).level.value == "malicious"
    for finding in popular:
        assert decide([finding]).level.value != "malicious", finding.rule


def test_an_inline_source_map_is_not_obfuscation():
    # common-tags@1.8.2's lib/index.js ends with Babel's inline source map (3 kB of base64); 1.8.1's
    # did not. It was "new obfuscated code in the entry file" of a popular package: malicious.
    import base64
    source_map = base64.b64encode(b'{"version":3,"sources":["../src/index.js"],"names":["TemplateTag"],"mappings":"'
                                  + b"AAAA,SAASA;" * 300 + b'"}')
    code = b"'use strict';\nexports.oneLine = require('./oneLine');\n"
    old = _artifact({"lib/index.js": code}, main="lib/index.js", version="1.8.1")
    new = _artifact({"lib/index.js": code + b"//# sourceMappingURL=data:application/json;charset=utf-8;base64,"
                     + source_map + b"\n"}, main="lib/index.js", version="1.8.2")
    assert blob_kind(new.files["lib/index.js"]) is None
    assert not any(kind == "obfuscated" for kind, _, _ in _risky(diff_artifacts(old, new)))


def test_analyzer_needs_a_previous_version():
    artifact = fixture("takeover", "v2")
    assert list(VersionDiffAnalyzer().analyze(AnalysisContext(artifact=artifact))) == []
    context = AnalysisContext(artifact=artifact, previous=fixture("takeover", "v1"))
    rules = {f.rule for f in VersionDiffAnalyzer().analyze(context)}
    assert "version-diff/new-script" in rules and "version-diff/new-dependency" in rules


def _artifact(files: dict[str, bytes], **manifest) -> Artifact:
    manifest = {"name": "x", "version": "1.0.0", **manifest}
    return Artifact(PackageId("x", manifest["version"]), files, manifest, "test")


def test_new_binary_bin_and_repository():
    old = _artifact({"index.js": b"module.exports = 1\n"}, repository="github:alice/x")
    new = _artifact({"index.js": b"module.exports = 1\n", "vendor/helper": b"\x7fELF\x02\x01\x01" + b"\0" * 64},
                    version="1.0.1", bin={"git": "cli.js"}, repository={"url": "git+https://github.com/mallory/x.git"})
    risky = _risky(diff_artifacts(old, new))
    assert ("binary", "+", "vendor/helper") in risky
    assert ("bin", "+", "git") in risky
    assert ("repository", "~", "repository") in risky


def test_version_only_release_that_adds_a_file():
    old = _artifact({"package.json": b"{}", "index.js": b"x"})
    new = _artifact({"package.json": b"{ }", "index.js": b"x", "lib/extra.js": b"y"}, version="1.0.1")
    assert ("file", "+", "lib/extra.js") in _risky(diff_artifacts(old, new))


def test_a_test_file_reading_the_environment_is_not_a_new_secret_read():
    # resolve@2.0.0-next.7 added test/homedir.js, which reads `process.env` (HOME, USERPROFILE) to
    # fake a home directory; 2.0.0-next.6 did not have it.
    old = _artifact({"index.js": b"module.exports = require('./lib/sync');\n", "lib/sync.js": b"module.exports = 1\n"},
                    version="2.0.0-next.6")
    homedir = (b"var path = require('path');\nvar test = require('tape');\n"
               b"test('homedir', function (t) {\n  var env = process.env;\n  var before = env.HOME;\n"
               b"  env.HOME = path.join(__dirname, 'fixtures');\n  t.end();\n});\n")
    new = _artifact({**old.files, "test/homedir.js": homedir, "lib/sync.test.js": b"const e = process.env;\n"},
                    version="2.0.0-next.7")
    assert not any(kind.endswith("-read") for kind, _, _ in _risky(diff_artifacts(old, new)))
    # the same read in a file the package runs is still reported, as an environment read (low): the
    # whole environment is what dotenv-expand@5.1.0 and schema-utils@3.3.0 newly read, for config
    runs = _artifact({**old.files, "lib/sync.js": b"const env = process.env;\nmodule.exports = env\n"},
                     version="2.0.0-next.7")
    assert ("env-read", "+", "process.env") in _risky(diff_artifacts(old, runs))
    [finding] = [f for f in diff_findings(diff_artifacts(old, runs), 56) if f.rule == "version-diff/new-env-read"]
    assert finding.severity <= Severity.MEDIUM and decide([finding]).level.value == "clean"


def test_extractors():
    assert endpoints(b"fetch('https://discord.com/api/webhooks/1/x'); see https://github.com/a/b") == {"discord.com"}
    assert endpoints(b"connect('10.0.0.7'); // and \"93.184.216.34:8080\"") == {"10.0.0.7", "93.184.216.34"}
    assert secret_reads(b"send(process.env); x = process.env.NODE_ENV; read('~/.npmrc')") == {"process.env", ".npmrc"}
    assert secret_reads(b"if (process.env.NODE_ENV === 'production') {}") == set()
    assert binary_kind(b"MZ\x90\x00") == "Windows PE executable" and binary_kind(b"#!/bin/sh") is None
    assert blob_kind(b"a = 1;\n" * 50) is None
    assert blob_kind(b"var a=" + b"1+" * 1000 + b"1;\n") == "minified"
    assert repository_url({"repository": "git@github.com:Foo/Bar.git"}) == "github.com/foo/bar"
    assert repository_url({"repository": "foo/bar"}) == "github.com/foo/bar"
    assert entry_files(_artifact({"lib/main.js": b"", "cli.js": b""}, main="./lib/main", bin="./cli.js")) == {
        "lib/main.js", "cli.js"}


@pytest.mark.live
def test_es5_ext_0_10_54_adds_its_postinstall_protest_script():
    """es5-ext 0.10.54 (2022) added `postinstall: node ./_postinstall.js`, a new top-level
    `_postinstall.js` naming torproject.org and an .onion host; verified by hand from the tarballs."""
    old = registry_artifact("es5-ext", "0.10.53", ES5_EXT["0.10.53"])
    new = registry_artifact("es5-ext", "0.10.54", ES5_EXT["0.10.54"])
    diff = diff_artifacts(old, new)
    risky = _risky(diff)
    assert ("script", "+", "postinstall") in risky
    assert ("endpoint", "+", "www.torproject.org") in risky
    assert ("file", "+", "_postinstall.js") in risky
    assert not any(c.kind == "dependency" and c.risky for c in diff.changes)  # only ranges changed
    assert "_postinstall.js" in diff.files_added and len(diff.files_added) == 6


@pytest.mark.live
def test_es5_ext_0_10_63_changes_its_postinstall_and_adds_esniff():
    old = registry_artifact("es5-ext", "0.10.62", ES5_EXT["0.10.62"])
    new = registry_artifact("es5-ext", "0.10.63", ES5_EXT["0.10.63"])
    diff = diff_artifacts(old, new)
    assert _risky(diff) == {("script", "~", "postinstall"), ("dependency", "+", "esniff")}
    assert diff.files_added == () and diff.files_removed == ()


def test_a_package_that_already_ships_binaries_may_rename_them():
    elf = b"\x7fELF\x02\x01\x01" + b"\0" * 64
    old = _artifact({"lib/addon-1.0.0.node": elf})
    new = _artifact({"lib/addon-1.0.1.node": elf}, version="1.0.1")
    diff = diff_artifacts(old, new)
    assert [(c.kind, c.key, c.risky) for c in diff.changes] == [("binary", "lib/addon-1.0.1.node", False)]


def test_loopback_hosts_are_not_endpoints_and_comments_are_skipped():
    code = b"// see https://www.rfc-editor.org/rfc/rfc9110\nlisten('http://127.0.0.1:3000')\nget('https://api.evil.test/x')\n"
    assert endpoints(code) == {"api.evil.test"}


def test_major_releases_weigh_less_popular_packages_more():
    old = _artifact({"index.js": b"x"})
    patch = diff_artifacts(old, _artifact({"index.js": b"x"}, version="1.0.1", dependencies={"helper-ex": "^1"}))
    major = diff_artifacts(old, _artifact({"index.js": b"x"}, version="2.0.0", dependencies={"helper-ex": "^1"}))
    (plain,) = diff_findings(patch, None)
    (popular,) = diff_findings(patch, 10)
    (popular_major,) = diff_findings(major, 10)
    assert (plain.severity, plain.confidence) == (Severity.LOW, Confidence.LOW)
    # A new dependency is not behaviour by itself: popularity raises its severity only.
    assert (popular.severity, popular.confidence) == (Severity.MEDIUM, Confidence.LOW)
    assert (popular_major.severity, popular_major.confidence) == (Severity.LOW, Confidence.LOW)
    assert "semver-major" in popular_major.message
