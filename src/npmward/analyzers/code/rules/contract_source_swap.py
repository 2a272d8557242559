"""Another library's Solidity sources swapped for the package's own copies in the consumer's build. Contracts import
audited libraries by path (`@openzeppelin/contracts/access/Ownable.sol`); whoever decides what that path reads at
compile time decides what is deployed. Two ways a dependency takes that decision (blind set 43): a postinstall that
rewrites the project's Foundry remappings so the library's prefix resolves into the package's own directory (a copy
with a backdoored `Ownable`), and a Hardhat plugin that overrides the compiler's read-file subtask to return sources it
decodes from its own files, for deployments only (the in-process test network keeps the real ones, so tests and gas
snapshots stay clean)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

REMAPPING = re.compile(r"^[\"']?(?P<prefix>@?[\w.-]+(?:/[\w.-]+)*/)=(?P<target>[^\s\"']+)[\"']?,?$")
"""A solc remapping (`@openzeppelin/contracts/=node_modules/x/vendor/oz/`): an import prefix and the directory it reads."""
READ_FILE = re.compile(rb"TASK_COMPILE_SOLIDITY_READ_FILE|compile:solidity:read-file")
DECODED = re.compile(rb"""["']base64["']""")
TEST_NETWORK = re.compile(rb"""network\.name\s*[!=]==?\s*["'](?:hardhat|localhost)["']""")
"""A check for the in-process or local test network: what differs there is what the package's tests see."""


@rule("contract-source-swap", title="Swaps another library's Solidity sources in the consumer's build",
      description="A solc remapping the package writes that sends another library's import prefix "
                  "(`@openzeppelin/contracts/=…`) into the package's own directory (critical at install or load: the "
                  "consumer's contracts compile against the package's copies), or a Hardhat plugin that overrides the "
                  "compiler's read-file subtask (`TASK_COMPILE_SOLIDITY_READ_FILE`) to return sources it decodes from "
                  "base64: critical when it also checks for the test network (`hardhat`, `localhost`) so that tests see "
                  "the real sources, high otherwise. Source preprocessors return the file they were given, transformed.",
      category="tampering", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    own = str((view.manifest or {}).get("name", ""))
    home = f"node_modules/{own}"
    if own and b"remappings" in view.text and home.encode() in view.text:
        # (the target in the package's own directory, spelled out or built from a constant of the file that names it)
        named = any(home in f.value for f in view.of_kind("string") if len(f.value) < 200)
        for fact in view.of_kind("string"):
            match = REMAPPING.match(fact.value) if "/=" in fact.value else None
            if match is None or match.group("prefix").startswith((own + "/", "./")):
                continue
            target = match.group("target")
            if not (home + "/" in target or (target.startswith("${*}") and named)):
                continue
            level = view.level(fact)
            severity, confidence = (S.CRITICAL, C.HIGH) if level in ("install", "entry") else (S.HIGH, C.MEDIUM)
            yield view.finding("contract-source-swap", severity, confidence, "tampering",
                               f"Remaps another library's Solidity imports ({match.group('prefix')}) into this "
                               f"package's own files ({home}/…), {view.when_text(level)}: the consumer's contracts "
                               "compile against the package's copies.", fact, level)
            return
    if READ_FILE.search(view.text) is None or DECODED.search(view.text) is None:
        return
    fact = next((f for f in view.of_kind("string") if f.value == "base64"), None)
    if fact is None:
        return
    gated = TEST_NETWORK.search(view.text) is not None
    yield view.finding("contract-source-swap", S.CRITICAL if gated else S.HIGH, C.HIGH if gated else C.MEDIUM, "tampering",
                       "Overrides the Solidity compiler's read-file subtask with sources it decodes from base64"
                       + (", except on the test network (tests see the real sources)" if gated else "")
                       + ": what the consumer's contracts import at deployment is the package's own code.", fact,
                       view.level(fact))
