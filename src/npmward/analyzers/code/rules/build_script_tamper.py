"""A native library's Gradle script turned against the developer who builds the app: the consuming app's build evaluates
every dependency's `android/build.gradle`, with no npm script and no JavaScript. A script that writes into Gradle's
per-user init directory runs on every build of every project of that developer from then on (Octopus Scanner's
infected build files, 2020); one that runs what a request returns is a backdoor in the build. Build scripts resolve
their dependencies, run Node to find paths and download prebuilt archives: none writes init scripts or runs a
response."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..strings import decode_b64
from ..view import PackageView, line_at
from . import rule

GRADLE = (".gradle", ".gradle.kts")
INIT_DIR = re.compile(rb"""\binit\.d\b|["']init\.gradle(\.kts)?["']""")
"""Gradle's per-user init scripts (`~/.gradle/init.d/*.gradle`, `~/.gradle/init.gradle`): run before every build."""
USER_HOME = re.compile(rb"gradleUserHomeDir|user\.home|GRADLE_USER_HOME|[\"']~?/?\.gradle[/\"']")
WRITES = re.compile(rb"\.(bytes|text)\s*=|\.write(Text|Bytes)?\s*\(|\.append\s*\(|<<|Files\.write|FileOutputStream")
FETCHES = re.compile(rb"\.openConnection\s*\(|new\s+URL\s*\([^)]*\)\s*\.(text|getText|openStream|withInputStream)\b|"
                     rb"HttpURLConnection|HttpClient")
RUNS = re.compile(rb"\.execute\s*\(|ProcessBuilder|Runtime\.getRuntime\(\)\.exec")
ASSIGN = re.compile(rb"^\s*(?:def|val|var|final)\s+(?:\w+\s+)?(\w+)\s*=")
RESPONSE = re.compile(rb"inputStream\.text|openStream\(\)\.text|\)\.text\b|\.getText\(\)|readText\(\)")
"""What a connection or URL read returns as text."""
HIDDEN_URL = re.compile(rb"""new\s+URL\s*\(\s*new\s+String\s*\(\s*["']([A-Za-z0-9+/=]{16,})["']\s*\.decodeBase64\(\)""")
"""A URL Groovy decodes from base64 (`new URL(new String("aHR0cHM6…".decodeBase64()))`): where the build sends, hidden."""
SENDS = re.compile(rb"\.outputStream\b|getOutputStream\(\)|setDoOutput\(\s*true|[\"']POST[\"']")
PACKED = re.compile(rb"""["']([A-Za-z0-9+/=\s]{200,})["']\s*\.decodeBase64\(\)""")
"""A long base64 constant decoded by Groovy (`"…".decodeBase64()`): a script kept out of sight."""


def judge(text: bytes) -> tuple[str, re.Match[bytes]] | None:
    """What the script does that a build does not, and where."""
    init = INIT_DIR.search(text)
    if init is not None and USER_HOME.search(text) is not None and WRITES.search(text) is not None:
        return "writes Gradle's per-user init scripts, which run before every build of every project", init
    fetch = FETCHES.search(text)
    if fetch is not None and RUNS.search(text) is not None and _runs_response(text):
        return "runs what a request returns as a command (a backdoor in the build)", fetch
    hidden = HIDDEN_URL.search(text)
    if hidden is not None and SENDS.search(text) is not None \
            and (decode_b64(hidden.group(1).decode("ascii")) or "").startswith(("http://", "https://")):
        return "sends to a URL it decodes from base64 (where the build's data goes, hidden)", hidden
    return None


def _runs_response(text: bytes) -> bool:
    """A command made of what a request returned: `def next = c.inputStream.text`, then `["sh", "-c", next].execute()`
    (through variables assigned from it, line by line)."""
    tainted: set[bytes] = set()
    for line in text.splitlines():
        assigned = ASSIGN.match(line)
        if assigned is not None and (RESPONSE.search(line) or any(re.search(rb"\b" + re.escape(t) + rb"\b", line)
                                                                   for t in tainted)):
            tainted.add(assigned.group(1))
        elif RUNS.search(line) and any(re.search(rb"\b" + re.escape(t) + rb"\b", line) for t in tainted):
            return True
    return False


@rule("build-script-tamper", title="A native build script that persists or runs what a request returns",
      description="A Gradle script the package ships (`android/build.gradle`, which the consuming app's build "
                  "evaluates with no npm script) that writes into Gradle's per-user init directory (`~/.gradle/init.d`: "
                  "code on every later build of every project), that runs what a request returned as a command, or that "
                  "sends to a URL it decodes from base64; a base64 script it decodes is judged alike, and so is Gradle "
                  "text the package's code writes into the app's build (an Expo config plugin's `mergeContents`). Critical: build scripts resolve dependencies, run Node to find "
                  "paths and download prebuilt archives.",
      category="persistence", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files(GRADLE):
        found = judge(data)
        packed = None
        if found is None:
            for match in PACKED.finditer(data):
                inner = decode_b64(re.sub(r"\s", "", match.group(1).decode("ascii")))
                if inner is not None and (found := judge(inner.encode("utf-8"))) is not None:
                    packed = match
                    break
        if found is None:
            continue
        what, match = found
        at = packed or match
        line = line_at(data, at.start())[0]
        yield Finding("code/build-script-tamper", S.CRITICAL, C.HIGH, "persistence",
                      f"{path}, which the app's Gradle build evaluates, {what}"
                      + (" (in a script it decodes from base64)." if packed is not None else "."),
                      path, line, data[at.start():at.start() + 120].decode("utf-8", "replace"), {"when": "build"})
        return
