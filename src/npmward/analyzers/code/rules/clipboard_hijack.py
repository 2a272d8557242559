from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..behaviours import commands, sends
from ..package import resolve
from ..program import Fact
from ..view import FileView, PackageView
from . import rule

READS = ("clipboard.readText", "clipboard.getString", "Clipboard.getString", "clipboard.getStringAsync",
         "Clipboard.getStringAsync", "clipboardy.read", "clipboardy.readSync")
"""What the user copied, read by a web page, Electron, React Native, Expo or a Node CLI (clipboardy)."""
WRITES = ("clipboard.writeText", "clipboardData.setData", "clipboardy.write", "clipboardy.writeSync")
BRIDGE_COMMAND = re.compile(r"^plugin:clipboard(-manager)?\|(read|write)_text$")
"""A Tauri 2 app's clipboard, reached through its IPC bridge (`invoke('plugin:clipboard-manager|read_text')`) rather
than through the plugin's JavaScript wrapper."""
PATCHED = (".readText", ".getString", ".getStringAsync", ".writeText", ".setData", ".getData")
"""A clipboard reader or writer assigned over (the prototype's or the module's; DataTransfer's `setData`, which copy
handlers and drag and drop write through, and its `getData`, which every paste handler reads through): what every
caller reads or copies is the package's."""


@rule("clipboard-hijack", title="Swaps crypto addresses in the clipboard",
      description="Writes to the clipboard in code that matches crypto addresses; critical when it also reads "
                  "what the user copied (readText, copy events, pbpaste, Get-Clipboard, xclip -o; or is started by another file's "
                  "clipboard reader, `wl-paste --watch node handler.js`). Also: what a "
                  "React Native, Expo or Electron clipboard read returns is handed to a module of the package that "
                  "searches it for crypto addresses and talks to a server (the swap made on the way out of the read); or "
                  "the clipboard's reader or writer (readText, writeText, DataTransfer's setData or getData) replaced in code that "
                  "matches crypto addresses; or what it copies passes through a table that replaces any crypto address with a "
                  "fixed one (an address regex paired with an address: in the file, or in a module whose function feeds the "
                  "write).",
      category="browser", consumes=("call", "string", "text"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.views):
        yield from _one_file(package.views[path], package)
    yield from _swapped_on_read(package)
    yield from _swapped_on_write(package)


def _reads(view: FileView):
    return next((f for f in view.of_kind("call") if (f.value.endswith(READS) or _bridged(f, "read") or
                 (f.value.endswith("addEventListener") and f.args[:1] == ("copy",)))), None)


def _writes(view: FileView):
    return next((f for f in view.of_kind("call") if f.value.endswith(WRITES) or _bridged(f, "write")), None)


def _bridged(f: Fact, op: str) -> bool:
    """A call of the Tauri bridge's clipboard command that reads or writes text."""
    first = f.args[0] if f.args else None
    return type(first) is str and first.startswith("plugin:clip") and (m := BRIDGE_COMMAND.match(first)) is not None \
        and m.group(2) == op


def _matches_addresses(view: FileView, package: PackageView) -> bool:
    """The file matches crypto addresses; or what it reads from the clipboard goes through a function of a
    module that does (its `normalize.js`) and back into the clipboard."""
    if any(word in view.text for word in P.CRYPTO_ADDRESS_WORDS) and P.CRYPTO_ADDRESS_REGEX_BYTES.search(view.text) \
            or any(P.CRYPTO_ADDRESS_REGEX.search(s.value) for s in view.scripts()):
        return True
    if b"lipboard" not in view.text:
        return False  # (every writer is named so; the facts of every other file are not walked)
    read = _reads(view)
    write = _writes(view)
    if read is None or write is None:
        return False
    matching = tuple(module + "." for _, module in view.facts.requires
                     if (target := resolve(view.facts.path, module, package.views)) in package.views
                     and P.CRYPTO_ADDRESS_REGEX_BYTES.search(package.views[target].text))
    return bool(matching) and any(f.kind == "call" and f.value.startswith(matching) and view.feeds(read, f)
                                  and view.feeds(f, write) for f in view.all)


def _one_file(view: FileView, package: PackageView) -> Iterator[Finding]:
    facts = view.all
    if not _matches_addresses(view, package):
        return
    run = commands(facts) + [(s, s.value) for s in view.scripts()]
    writes = _writes(view) or next((f for f, command in run if P.writes_clipboard(command)), None)
    reads = _reads(view) is not None or any(P.CLIPBOARD_READ.search(command) for _, command in run)
    if writes is None and not reads:
        reads, writes = _commands_from_helpers(view, package)
    if writes is not None and not reads:
        reads = _started_by_reader(view, package)
    patched = next((f for f in facts if f.kind == "assign" and f.value.endswith(PATCHED)), None)
    if patched is not None and (b"lipboard" in view.text or b"DataTransfer" in view.text) and not TEST_PATH.search(view.facts.path):
        # The reader or writer itself replaced (`Clipboard.prototype.readText = …`, `DataTransfer.prototype.setData =
        # …`): every app that reads or copies gets what the package returns, in code that matches crypto addresses.
        yield view.finding("clipboard-hijack", S.CRITICAL, C.HIGH, "browser",
                           f"Replaces the clipboard's {'writer' if patched.value.endswith(('.writeText', '.setData')) else 'reader'} "
                           f"({patched.value}) in code that matches crypto addresses: what the user copies or pastes can "
                           "become another address.", patched)
        return
    if writes:
        # Reading what the user copied and writing back another address is the hijack itself. Writing alone, in code
        # that tests addresses, is a wallet's copy button unless the address comes from a table or a server.
        told = reads or SWAP_TABLE.search(view.text) is not None
        severity, confidence = (S.CRITICAL, C.HIGH) if told else (S.HIGH, C.MEDIUM) if any(sends(f) for f in facts) \
            else (S.MEDIUM, C.LOW)
        yield view.finding("clipboard-hijack", severity, confidence, "browser",
                           ("Watches the clipboard and replaces" if reads else "Writes to the clipboard in code that matches")
                           + " crypto addresses" + (" with a fixed one" if told and not reads else "")
                           + ": clipboard hijacking.", writes)


def _started_by_reader(view: FileView, package: PackageView) -> bool:
    """Another file of the package starts this one from a clipboard reader (`wl-paste --watch node handler.js`):
    what the user copies arrives on its stdin."""
    path = view.facts.path
    for other_path, other in package.views.items():
        if other_path != path and any(resolve(other_path, module, package.views) == path for _, module in other.facts.requires) \
                and any(P.CLIPBOARD_READ.search(command) for _, command in commands(other.all)):
            return True
    return False


def _commands_from_helpers(view: FileView, package: PackageView) -> tuple[bool, Fact | None]:
    """(reads, the write) when the file runs the clipboard commands another module of the package returns:
    `const [cmd, args] = pasteCommand(); spawnSync(cmd, args)` with tools.js naming pbpaste and pbcopy."""
    helpers = []
    for _, module in view.facts.requires:
        target = resolve(view.facts.path, module, package.views)
        other = package.views.get(target) if target and target != view.facts.path else None
        if other is not None and P.CLIPBOARD_READ.search(other.text.decode("utf-8", "replace")) \
                and P.CLIPBOARD_WRITE.search(other.text.decode("utf-8", "replace")):
            helpers.append(module + ".")
    if not helpers:
        return False, None
    made = [f for f in view.of_kind("call") if f.value.startswith(tuple(helpers))]
    run = [f for f in view.executions() if any(view.feeds(m, f) for m in made)]
    # (one command of the helper's is read, another written: two runs, or one run the file calls twice)
    return len(run) > 1, run[-1] if len(run) > 1 else None


OSC52 = re.compile(rb"(?:\\x1b|\\u001b|\\033|\\e|\x1b)\]52;")
"""The terminal escape that sets the clipboard (OSC 52), as the source spells it: what a CLI copies over SSH or tmux."""
SWAP_TABLE = re.compile(rb"(?:" + P.CRYPTO_ADDRESS_REGEX.pattern.encode() + rb")[^/\n]{0,60}/[a-z]*\s*,\s*[\"'`][A-Za-z0-9]{25,64}[\"'`]")
"""An address regex paired with a fixed address of the same kind: `[/^0x[a-fA-F0-9]{40}$/, "0x…"]` in a table, or
`text.replace(/0x[a-fA-F0-9]{40}/g, '0x…')`. Validators test addresses; only a swap names the one to put instead."""


def _swapped_on_write(package: PackageView) -> Iterator[Finding]:
    """What the package copies to the clipboard passes through a table, in a module it calls on the way, that replaces any
    crypto address with a fixed one (`writeText(normalize(text))` with format.js's table): the user pastes the
    attacker's address (blind set 35's React copy hook)."""
    for path in sorted(package.views):
        view = package.views[path]
        osc = b"]52;" in view.text and OSC52.search(view.text) is not None
        text = view.text.decode("utf-8", "replace") if osc or b"lipboard" in view.text else ""
        # (a CLI copies through pbcopy, wl-copy or xclip, or the terminal's OSC 52 sequence, not through an API whose
        # argument can be followed: what it copies is what the table gave back)
        tool = osc or (bool(text) and P.writes_clipboard(text))
        write = _writes(view) if text or b"setData" in view.text else None
        if write is None and not tool:
            continue
        # (a table in the writing file itself is `_one_file`'s: its writer matches addresses with a fixed one)
        tables = tuple(module + "." for _, module in view.facts.requires
                       if (target := resolve(path, module, package.views)) in package.views and target != path
                       and SWAP_TABLE.search(package.views[target].text))
        swapped = [f for f in view.of_kind("call") if tables and f.value.startswith(tables)
                   and (write is None or view.feeds(f, write))]
        if swapped:
            write = write or swapped[0]
            yield view.finding("clipboard-hijack", S.CRITICAL, C.HIGH, "browser",
                               "Copies to the clipboard text that passes through a table replacing any crypto address "
                               "with a fixed one: the user pastes another address.", write)
            return


def _swapped_on_read(package: PackageView) -> Iterator[Finding]:
    """`Clipboard.getString()` returns `normalize(raw)`, and normalize.js searches for addresses and
    reports to a server: the app pastes the attacker's address (blind set 8's React Native kit)."""
    for path in sorted(package.views):
        view = package.views[path]
        read = _reads(view)
        if read is None:
            continue
        for _, module in view.facts.requires:
            target = resolve(path, module, package.views)
            other = package.views.get(target) if target and target != path else None
            # (the whole copied value is tested, so a validator `/^0x[a-fA-F0-9]{40}$/` counts)
            if other is not None and P.CRYPTO_ADDRESS_REGEX_BYTES.search(other.text) \
                    and any(sends(f) for f in other.all):
                yield view.finding("clipboard-hijack", S.CRITICAL, C.MEDIUM, "browser",
                                   f"Hands what the user copied to {target}, which searches it for crypto addresses "
                                   "and talks to a server: addresses swapped as they are pasted.", read)
                return
