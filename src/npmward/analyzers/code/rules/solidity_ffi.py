"""A Solidity library that runs a shell command through Foundry's `vm.ffi`, and the command downloads and runs code,
sends secrets or reports the host. Foundry runs it when the developer's tests or deploy scripts use the library
(`forge test`, `forge script`, with `ffi = true`, which upgrade and validation kits ask for): the keys and RPC URLs of
the deployer's environment are a step away. Validation kits run `npx` of their own tool; none sends a key."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import NO_TOOL_DOES, judge_shell_file
from ..view import PackageView, line_at
from . import rule

LITERAL = re.compile(rb'hex"(?P<hex>[0-9a-fA-F]{16,})"|"(?P<text>(?:[^"\\\n]|\\.){8,})"')
"""A Solidity string: a hex literal (`hex"6b3d…"`) or a quoted one."""


def _commands(text: bytes) -> Iterator[tuple[int, str]]:
    """(line, string) of each literal of a Solidity file long enough to be a command, hex literals decoded."""
    for match in LITERAL.finditer(text):
        raw = bytes.fromhex(match.group("hex").decode()) if match.group("hex") else match.group("text")
        value = raw.decode("utf-8", "replace")
        if " " in value:
            yield line_at(text, match.start())[0], value


@rule("solidity-ffi", title="Runs a malicious shell command from Solidity through Foundry's ffi",
      description="A Solidity file of the package that calls Foundry's `vm.ffi` and holds a command (a quoted or hex "
                  "string) that, judged as an install hook, downloads and runs code, runs encoded code, opens a reverse "
                  "shell, sends secrets (a `PRIVATE_KEY`, the keystores) or reports the host: it runs on the "
                  "developer's machine or CI when their tests or deploy scripts use the library.",
      category="backdoor", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, text in package.text_files((".sol",)):
        if b"vm.ffi" not in text:
            continue
        for line, command in _commands(text):
            # (`bash -c 'k=…; d=$(… | base64); curl --data "$d" …'`: one command per statement, as the shell runs them)
            script = {path: command.replace("; ", "\n").encode("utf-8", "replace")}
            found = next((f for f in judge_shell_file("ffi", path, script) if f.rule in NO_TOOL_DOES), None)
            if found is None:
                continue
            yield Finding("code/solidity-ffi", S.CRITICAL, C.HIGH, "backdoor",
                          f"Runs a shell command through Foundry's ffi that {NO_TOOL_DOES[found.rule]} ({command[:80]!r}), "
                          "when the developer's tests or deploy scripts use this library.", path, line, command[:200],
                          {"when": "deferred", "judged_as": found.rule})
            return
