"""Decoded code handed to a child process over IPC, which runs what it is sent: `fork(worker.js).send({ source:
decrypt(PLUGIN) })` to a worker whose `process.on('message')` handler runs `new Function(m.source)`, or `spawn(node, ['-e',
RECEIVER], { stdio: [..., 'ipc'] }).send(xor(STAGE))`. Splitting the decoder and the runner across two processes keeps
each file's code innocent to a reader and to a scanner that reads one file at a time. Worker pools send their workers
data and module paths, not code they decrypted."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from .. import flow as F
from ..view import PackageView
from . import rule

MESSAGE_RUNS = re.compile(rb"""process\.(?:on|once|addListener)\(\s*['"]message['"][^;]{0,400}?"""
                          rb"""(?:new\s+Function\b|\bFunction\(|\beval\(|runIn(?:This|New)?Context\b|vm\.Script\b|\bScript\)|compileFunction\b)""")
"""A message handler of a child process that runs what it receives as code (in a file, or in a `node -e` script)."""
CHILD = re.compile(rb"""\bfork\(|['"]ipc['"]""")


@rule("ipc-stage", title="Hands decoded code to a child process that runs it",
      description="A call that sends a child process (`fork`, or a process started with an `ipc` channel) data decoded "
                  "or decrypted at run time, in a package whose child code runs its messages as code "
                  "(`process.on('message', m => new Function(m.source)())`, in a worker file or a `node -e` script): a "
                  "stage split across two processes. Critical when it runs at install or load, or in code the "
                  "application runs; high otherwise.",
      category="obfuscation", consumes=("call", "text"), per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    if not any(MESSAGE_RUNS.search(view.text) for view in package.views.values()):
        return
    for view in package.views.values():
        if b".send(" not in view.text or CHILD.search(view.text) is None:
            continue
        value = view.facts.graph.value
        for f in view.of_kind("call"):
            if f.value.endswith(".send") and f.flows and f.flows[0] is not None and value(f.flows[0]) & (F.DECODED | F.UNPACKED):
                yield view.finding("ipc-stage", *view.unmistakable(f), "obfuscation",
                                   f"Sends a child process code it decoded at run time ({f.value}), to a handler that runs "
                                   f"its messages as code, {view.run_text(f)}.", f, view.level(f))
                return
