"""Code a notebook front-end extension runs in the user's kernel, unseen. A JupyterLab extension (or a widget's front
end) can hand the kernel any code with `kernel.requestExecute({code, silent: true})`: it runs with the user's files,
environment and cloud credentials, and `silent` keeps it out of the notebook's output and history. Variable inspectors
and locale probes run short readable snippets that way; a stealer ships its Python encoded and decodes it in the kernel
(`exec(bytes.fromhex('…').decode())`), blind set 43's cell timer and sparkline widget."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..strings import decode_standalone_hex, unbase64
from ..view import FileView
from . import rule
from .written_script import network_code

SILENT = re.compile(rb"\bsilent\s*:\s*(?:true|!0)\b")
KERNEL_DECODE = re.compile(r"""\bexec\s*\(\s*(?:__import__\(\s*["']base64["']\s*\)\.|base64\.)?(?:b64decode|bytes\.fromhex|"""
                           r"""codecs\.decode|zlib\.decompress)\s*\(""")
"""Python that decodes a constant and executes it: the kernel-side half of the encoded stage."""
STAGE_LENGTH = 80
"""Characters of an encoded constant long enough to be a stage (not an id or a hash)."""


@rule("kernel-exec", title="Runs encoded code in the user's notebook kernel, unseen",
      description="A file that hands a Jupyter kernel code with `silent: true` (`kernel.requestExecute`, "
                  "`kernel.execute`), where the code executes a constant it decodes (`exec(base64.b64decode('…'))`, "
                  "`exec(bytes.fromhex('…').decode())`) and the file (or a module it imports) holds such a constant (base64 "
                  "or hex) whose decoded "
                  "code talks to the network: a front-end extension running a stealer with the kernel's access to the "
                  "user's files, environment and cloud credentials, out of the notebook's sight. Critical when it runs "
                  "on load or in code the application (JupyterLab) runs; readable snippets a variable inspector runs are "
                  "not it.",
      category="exfiltration", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if (b"requestExecute" not in view.text and b"kernel.execute" not in view.text) or SILENT.search(view.text) is None:
        return
    strings = view.of_kind("string")
    if not any(KERNEL_DECODE.search(f.value) for f in strings):
        return
    # (the constant in the file, or in a module of the package it imports: `import { PROBE } from "./probe"`)
    held = [(view.facts.path, f) for f in strings] + [(path, f) for path, facts in view.required_files()
                                                      for f in facts.facts if f.kind == "string"]
    where, stage = next(((path, f) for path, f in held if _decodes_to_network_code(f.value)), (None, None))
    call = next((f for f in view.of_kind("call") if f.value.endswith(("requestExecute", "kernel.execute"))), None)
    if stage is None or call is None:
        return
    yield view.finding("kernel-exec", *view.unmistakable(call), "exfiltration",
                       f"Runs code in the user's notebook kernel, silently ({call.value}), that decodes and executes a "
                       f"constant ({where}:{stage.line}) whose decoded code talks to the network, "
                       f"{view.run_text(call)}.", call, view.level(call))


def _decodes_to_network_code(value: str) -> bool:
    if len(value) < STAGE_LENGTH:
        return False
    return network_code(decode_standalone_hex(value) or unbase64(value, STAGE_LENGTH, 2_000_000))
