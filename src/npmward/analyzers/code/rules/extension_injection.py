"""A browser the package starts with an extension it ships (`--load-extension=<its own directory>`), whose scripts send
the browser's cookies, storage or typed passwords to a host: every page the user (or the automation) opens in that
browser is read by the package's author (Rilide, 2023, force-loaded by its loader; moved into a Puppeteer stealth
launcher in blind set 38). Stealth launchers ship helper extensions that patch `navigator`; none sends sessions away."""

from __future__ import annotations

import json
import posixpath
from typing import Iterator, Mapping

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import PackageView
from . import rule
from ._chain import sinks
from .browser_launch_tamper import FLAGS

LOADS = any_word(b"--load-extension=")
STOLEN = F.BROWSER_SECRET | F.TYPED | F.PASSWORD
"""What a page holds for its user: cookies and storage, what was typed into its fields."""


def extension_scripts(files: Mapping[str, bytes]) -> dict[str, str]:
    """{script: extension directory} for each Chromium extension the package ships (a `manifest.json` with a
    `manifest_version`): its background service worker or scripts and its content scripts, which the browser runs."""
    found: dict[str, str] = {}
    for path, data in files.items():
        if posixpath.basename(path) != "manifest.json" or b"manifest_version" not in data[:4096] or len(data) > 100_000:
            continue
        try:
            manifest = json.loads(data)
        except ValueError:
            continue
        if not isinstance(manifest, dict):
            continue
        root = posixpath.dirname(path)
        background = manifest.get("background") if isinstance(manifest.get("background"), dict) else {}
        named = [background.get("service_worker"), *_list(background.get("scripts"))]
        for script in _list(manifest.get("content_scripts")):
            named += _list(script.get("js")) if isinstance(script, dict) else []
        for name in named:
            if isinstance(name, str):
                found[posixpath.normpath(posixpath.join(root, name))] = root or "."
    return found


def _list(value: object) -> list:
    """A manifest field that should be a list, as one (a manifest is the package's input: any shape)."""
    return value if isinstance(value, list) else []


@rule("extension-injection", title="Starts a browser with an extension it ships that sends pages' sessions away",
      description="Code that starts a browser with `--load-extension=` (a Puppeteer or Playwright launcher's arguments) "
                  "while the package ships a Chromium extension (a manifest.json with `manifest_version`) whose "
                  "background or content scripts send cookies, web storage or what was typed into a page to a host the "
                  "code names: every session opened in that browser goes to the extension's author. Critical when the "
                  "launch runs or the application runs it. Helper extensions of stealth launchers patch `navigator` and "
                  "send nothing.",
      category="exfiltration", consumes=("call", "string", "files"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    scripts = extension_scripts(package.files) if any(v.mentions(LOADS) for v in package.views.values()) else {}
    sent = next(((path, sink) for path in sorted(scripts) if path in package.views
                 for sink in sinks(package.views[path]) if sink.labels & STOLEN and sink.destination & F.REMOTE), None)
    if sent is None:
        return
    path, sink = sent
    for view in package.views.values():
        flag = next((f for f in view.of_kind("string") if "--load-extension=" in f.value and FLAGS.search(f.value)), None)
        if flag is None:
            continue
        yield view.finding("extension-injection", *view.unmistakable(flag), "exfiltration",
                           f"Starts a browser with an extension it ships ({scripts[path]}/), {view.run_text(flag)}; the "
                           f"extension's {path} sends the pages' cookies, storage or typed fields to another site "
                           f"through {sink.how} (line {sink.fact.line}).", flag, view.level(flag), extension=path)
        return
