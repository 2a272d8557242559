"""Code pushed to every computer of a Windows domain through Group Policy: a startup script added to a policy's
scripts.ini, or an immediate scheduled task in its ScheduledTasks.xml, with the policy's client-side extensions
registered (`gPCMachineExtensionNames`) so that every machine that applies it runs it. Ransomware crews deploy this way
(LockBit 2.0's self-spreading GPO); an npm package that backs up, diffs or reports policies only reads them."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..view import PackageView, line_at
from . import rule

REGISTERS = linear_re.compile_bytes(rb"gPCMachineExtensionNames", ignore_case=True)
"""The policy attribute that tells clients which extensions to run: written to make them run a new script or task."""
PAYLOAD = re.compile(rb"scripts\.ini|\\\\Scripts\\\\+Startup|ScheduledTasks\.xml|ImmediateTaskV2|\\\\Preferences\\\\+ScheduledTasks",
                     re.I)
SOURCES = (".js", ".cjs", ".mjs", ".ts", ".ps1", ".psm1", ".bat", ".cmd", ".vbs")


@rule("gpo-deployment", title="Deploys code to a Windows domain through Group Policy",
      description="A file of the package that registers a Group Policy's client-side extensions "
                  "(gPCMachineExtensionNames) and writes a startup script (scripts.ini, Scripts\\Startup) or an immediate "
                  "scheduled task (ScheduledTasks.xml): every computer that applies the policy runs it, as ransomware "
                  "spreads. Tools that back up or report policies read them and write neither.",
      category="backdoor", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files(SOURCES):
        registers = REGISTERS.search(data)
        payload = PAYLOAD.search(data) if registers else None
        if payload is None:
            continue
        line, text = line_at(data, payload.start())
        snippet = text.strip().decode("utf-8", "replace")[:200]
        yield Finding("code/gpo-deployment", S.CRITICAL, C.HIGH, "backdoor",
                      f"{path} registers a Group Policy's client-side extensions and writes a startup script or an "
                      f"immediate scheduled task ({payload.group(0).decode()}) into it: code run on every computer of "
                      "the domain that applies the policy.", path, line, snippet, {"when": "app"})
        return
