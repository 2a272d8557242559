"""A dynamic-instrumentation gadget embedded into the user's app. Frida's Gadget is a shared library an app loads like any
other; its config, a JSON file named `lib<name>.config.so` beside it, says whether it listens for a controller
(`"interaction": {"type": "listen", "address": "0.0.0.0"}`) or connects out to one (`"connect"`). Embedded into a
release build by a build plugin (an Expo config plugin's `withDangerousMod`, a Cordova `after_prepare` hook copying it
into `jniLibs`), it hands whoever reaches that address the running app: its memory, its keys, its users' sessions
(the gadget-repackaging campaigns against Android banking apps, 2023-2025). A profiler ships its own agent; none ships
Frida's config pointed at a fixed address."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView, line_at
from . import rule

GADGET_CONFIG = re.compile(rb""""interaction"\s*:\s*\{[^{}]{0,400}?"type"\s*:\s*"(?:connect|listen)\"""")
EMBEDS = re.compile(rb"""jniLibs|\.config\.so\b|System\.loadLibrary|useLegacyPackaging|extractNativeLibs""")
"""What puts a native library into the app's build (its `jniLibs`, the gadget's `.config.so` name, a `loadLibrary`
patched into the app, the packaging options that keep the config on disk)."""
MAX_BYTES = 2_000_000


@rule("instrumentation-gadget", title="Embeds an instrumentation gadget that a remote controller drives",
      description="A Frida Gadget config (`\"interaction\": {\"type\": \"listen\"|\"connect\", …}`), shipped as a file or "
                  "kept (decoded) in the code, in a package whose code puts native libraries into the app's build "
                  "(`jniLibs`, a `lib<name>.config.so`, a `System.loadLibrary` patch): critical. The same config alone is "
                  "high.",
      category="backdoor", consumes=("files", "string"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    found = None
    for path in sorted(package.files):
        data = package.files[path]
        if isinstance(data, bytes) and len(data) < MAX_BYTES and b"interaction" in data and (m := GADGET_CONFIG.search(data)):
            found = (path, line_at(data, m.start())[0], m.group(0))
            break
    if found is None:  # (or kept in the code, hex or base64 that the analysis decodes)
        found = next(((path, f.line, m.group(0)) for path, view in sorted(package.views.items()) for f in view.of_kind("string")
                      if "interaction" in f.value and (m := GADGET_CONFIG.search(f.value.encode("utf-8", "replace")))), None)
    if found is None:
        return
    path, line, snippet = found
    embeds = any(EMBEDS.search(data) for p, data in package.files.items() if p in package.views or p.endswith((".xml", ".gradle")))
    yield Finding("code/instrumentation-gadget", *((S.CRITICAL, C.HIGH) if embeds else (S.HIGH, C.MEDIUM)), "backdoor",
                  f"{path} holds a Frida Gadget config that {'listens for' if b'listen' in snippet else 'connects to'} a remote "
                  "controller" + (", and the package's code puts native libraries into the app's build: whoever reaches that "
                                  "address drives the running app" if embeds else "") + ".",
                  path, line, snippet.decode("utf-8", "replace")[:200], {"embeds": embeds})
