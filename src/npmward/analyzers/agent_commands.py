"""The shell steps of an AI coding agent's custom slash commands: Claude Code runs each `` !`command` `` of a command
file (`.claude/commands/<name>.md`) and Gemini CLI each `!{command}` of its `prompt` (`.gemini/commands/<name>.toml`)
when the user types `/<name>`, and puts what they print into the prompt. A package of such commands ships them in a
`commands/` folder and copies them where the agent looks; the agent runs them, not the user, so they are judged like
lines of a script a command runs (only what no command does for its user counts)."""

from __future__ import annotations

import re
from typing import Mapping

MAX_FILE = 200_000
COMMAND_FILE = re.compile(r"(?:^|/)commands/(?:[^/]+/)*[^/]+\.(md|toml)$")
CLAUDE_STEP = re.compile(r"!`([^`\n]{2,4000})`")
GEMINI_STEP = re.compile(r"!\{(.{2,4000}?)\}[ \t]*$", re.M)


def agent_commands(files: Mapping[str, bytes]) -> list[tuple[str, int, str]]:
    """(path, line, command) of each shell step of the slash-command files the package ships."""
    found = []
    for path in sorted(files):
        kind = COMMAND_FILE.search(path)
        if kind is None or not isinstance(files[path], bytes):
            continue
        text = files[path][:MAX_FILE].decode("utf-8", "replace")
        if "!" not in text:
            continue
        step = CLAUDE_STEP if kind.group(1) == "md" else GEMINI_STEP
        found.extend((path, text.count("\n", 0, m.start()) + 1, m.group(1)) for m in step.finditer(text))
    return found
