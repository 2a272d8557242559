"""The text a VS Code extension's key bindings type into the editor's terminal: `contributes.keybindings` in the
manifest, whose `workbench.action.terminal.sendSequence` (alone or among a `runCommands` list) sends its `args.text` to
the terminal as if typed, a command line that runs when its `\\r` reaches the shell. Bound to a key the developer presses
every day (Ctrl+\\`, which opens the terminal), it is judged like an install hook's command: no code of the extension
runs, so no code rule sees it."""

from __future__ import annotations

from typing import Mapping

SEND = "workbench.action.terminal.sendSequence"
MAX_BINDINGS = 500


def terminal_keystrokes(manifest: Mapping) -> list[tuple[str, str]]:
    """(key, text) for each text a key binding of the manifest types into the terminal."""
    contributes = manifest.get("contributes")
    bindings = contributes.get("keybindings") if isinstance(contributes, Mapping) else None
    found = []
    for binding in (bindings if isinstance(bindings, list) else [])[:MAX_BINDINGS]:
        if not isinstance(binding, Mapping):
            continue
        key = str(binding.get("key", ""))
        steps = [binding]
        args = binding.get("args")
        if binding.get("command") == "runCommands" and isinstance(args, Mapping) and isinstance(args.get("commands"), list):
            steps = [step for step in args["commands"] if isinstance(step, Mapping)]
        for step in steps:
            text = step.get("args", {}).get("text") if isinstance(step.get("args"), Mapping) else None
            if step.get("command") == SEND and isinstance(text, str) and text.strip():
                found.append((key, text.replace("\r", "\n").strip()))
    return found
