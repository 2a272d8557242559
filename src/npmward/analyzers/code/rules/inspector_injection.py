from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import sends
from ..view import FileView
from . import rule

WAKES_INSPECTOR = re.compile(rb"process\.kill\(\s*(?!process\d*\.pid\b)[^,()]{1,60}(\([^()]{0,60}\))?\s*,\s*['\"]SIGUSR1['\"]|"
                             rb"_debugProcess\(\s*(?!process\d*\.pid\b)")
"""SIGUSR1 sent to another process (a Node process opens its inspector on it), or `process._debugProcess(pid)`."""


@rule("inspector-injection", title="Opens other Node processes' debuggers and runs code in them",
      description="Sends SIGUSR1 to other processes (or calls `process._debugProcess(pid)`), which makes a running Node "
                  "program open its inspector, and in the same file drives the DevTools protocol (`Runtime.evaluate`): "
                  "code that runs inside the user's other Node programs (their environment, their tokens). Critical when "
                  "the file also sends to another host, high otherwise. A program that opens its own inspector "
                  "(`process.kill(process.pid, 'SIGUSR1')`, `inspector.open()`) is not it.",
      category="backdoor", consumes=("text", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"Runtime.evaluate" not in view.text:
        return
    wake = WAKES_INSPECTOR.search(view.text)
    if wake is None:
        return
    remote = any(sends(f) and view.labels(f) & F.REMOTE and not view.labels(f) & F.LOOPBACK for f in view.all)
    line, text = view.line_at(wake.start())
    yield Finding("code/inspector-injection", S.CRITICAL if remote else S.HIGH, C.HIGH if remote else C.MEDIUM, "backdoor",
                  "Wakes the inspector of other Node processes (SIGUSR1) and evaluates code in them over the DevTools "
                  "protocol" + (", in a file that sends to another host." if remote else "."),
                  view.facts.path, line, text[:200].decode("utf-8", "replace"), {"when": view.when})
