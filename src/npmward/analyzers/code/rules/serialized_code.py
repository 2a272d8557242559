"""Code shipped inside a data file, in the format a deserializer turns back into a function."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView
from . import rule

DATA_FILES = (".json", ".yml", ".yaml")
SERIALIZED = re.compile(r"_\$\$ND_FUNC\$\$_|!!js/(function|eval)\b")
"""node-serialize's function marker, and js-yaml's (before 4) function and eval tags."""
SELF_RUNNING = re.compile(r"_\$\$ND_FUNC\$\$_\s*(async\s+)?function\b.*\}\s*\(\s*\)\s*[\"',}]|!!js/eval\b", re.S)
"""A serialized function called where it is written (`_$$ND_FUNC$$_function(){...}()`, CVE-2017-5941's
payload) or a js-yaml `!!js/eval`: it runs as the file is deserialized."""
ACTS = re.compile(r"\b(require|Function|eval|child_process|execSync|spawn|mainModule)\b|Buffer\.from\(|\bhttps?\.(get|request)\b|\bnet\.connect\b")
"""What the function's code does beyond computing: loads modules, runs code or commands, decodes, connects."""
MAX_DATA = 2_000_000
WINDOW = 4_000
"""Characters after the marker read as the function's code."""


@rule("serialized-code", title="Ships code in a deserializer's function format",
      description="A JSON or YAML file of the package that holds a serialized function (node-serialize's `_$$ND_FUNC$$_`, "
                  "js-yaml's `!!js/function`/`!!js/eval`) whose code loads modules, runs code or commands, decodes data "
                  "or connects: high; critical when it runs as it is deserialized (`_$$ND_FUNC$$_function(){…}()`, "
                  "`!!js/eval`). Configuration in a data file is data; code in it runs through the unsafe loader "
                  "(CVE-2017-5941, js-yaml's load before 4.0), out of sight of anyone who reads the package's code.",
      category="obfuscation", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.files):
        data = package.files[path]
        if not path.endswith(DATA_FILES) or len(data) > MAX_DATA:
            continue
        text = data.decode("utf-8", "replace")
        marker = SERIALIZED.search(text)
        if marker is None:
            continue
        code = text[marker.start(): marker.start() + WINDOW]
        if not ACTS.search(code):
            continue
        runs = SELF_RUNNING.search(code) is not None
        line = text.count("\n", 0, marker.start()) + 1
        severity, confidence = (S.CRITICAL, C.HIGH) if runs else (S.HIGH, C.MEDIUM)
        yield Finding("code/serialized-code", severity, confidence, "obfuscation",
                      f"{path} holds a serialized function ({marker.group(0)}) whose code loads modules, runs code or "
                      "connects" + (", and runs as the file is deserialized" if runs else ", called once the file is loaded")
                      + ": code hidden in a data file.", path, line, text.splitlines()[line - 1].strip()[:200],
                      {"when": "module"})
        return
