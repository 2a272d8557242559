"""A VS Code tasks file shipped in the package (a project template, a scaffolder's files) with a task
that runs when the folder is opened: the Contagious Interview "test assignment" repositories and
create-* templates of 2025 start their loader this way, the first time the developer opens the
project, with nothing to install."""

from __future__ import annotations

import json
import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import runs_remote_code
from ..view import PackageView
from . import rule

MAX_TASKS_BYTES = 200_000
DISGUISED = re.compile(r"\b(node|python3?|bash|sh|pwsh|powershell(\.exe)?)\s+(\S+[/\\])?[\w.-]+\."
                       r"(woff2?|ttf|otf|eot|png|jpe?g|gif|svg|ico|webp|mp3|mp4|txt|css|map|lock|log|dat)\b", re.I)
"""An interpreter given a file named like an asset (`node public/fonts/fa-brands-regular.woff2`): code in disguise."""
COMMENTS = re.compile(r"^\s*//[^\n]*$|/\*.*?\*/", re.M | re.S)
TRAILING_COMMA = re.compile(r",(\s*[}\]])")


OBSIDIAN_SHELL_COMMANDS = ".obsidian/plugins/obsidian-shellcommands/data.json"
"""The Obsidian Shell Commands plugin's settings in a vault: commands it runs on its events, such as the vault's start."""
OBSIDIAN_AUTO_EVENTS = ("on-startup", "every-n-seconds", "after-obsidian-starts", "on-layout-ready")


def _document(data: bytes) -> dict:
    text = data[:MAX_TASKS_BYTES].decode("utf-8", "replace")
    for candidate in (text, TRAILING_COMMA.sub(r"\1", COMMENTS.sub("", text))):  # tasks.json is JSON with comments
        try:
            doc = json.loads(candidate)
        except ValueError:
            continue
        return doc if isinstance(doc, dict) else {}
    return {}


def _tasks(data: bytes) -> list:
    tasks = _document(data).get("tasks")
    return [t for t in tasks if isinstance(t, dict)] if isinstance(tasks, list) else []


def _autoruns(path: str, data: bytes) -> list[tuple[list[str], bool, str]]:
    """(commands, hidden, label) of each entry that runs when the folder or vault is opened: a VS Code task run on
    folderOpen (hidden: its terminal never revealed), or an Obsidian Shell Commands entry enabled on the vault's start
    or a timer (hidden: unlisted in the command palette)."""
    if path.endswith(".vscode/tasks.json") or path == ".vscode/tasks.json":
        out = []
        for task in _tasks(data):
            options = task.get("runOptions")
            if isinstance(options, dict) and options.get("runOn") == "folderOpen":
                presentation = task.get("presentation") if isinstance(task.get("presentation"), dict) else {}
                out.append((_commands(task), presentation.get("reveal") == "never", str(task.get("label", ""))))
        return out
    if not path.endswith(OBSIDIAN_SHELL_COMMANDS):
        return []
    entries = _document(data).get("shell_commands")
    out = []
    for entry in entries if isinstance(entries, list) else []:
        events = entry.get("events") if isinstance(entry, dict) else None
        commands = entry.get("platform_specific_commands") if isinstance(entry, dict) else None
        if isinstance(events, dict) and isinstance(commands, dict) and any(
                isinstance(events.get(e), dict) and events[e].get("enabled") for e in OBSIDIAN_AUTO_EVENTS):
            out.append(([c for c in commands.values() if isinstance(c, str)],
                        entry.get("command_palette_availability") == "unlisted", str(entry.get("alias", ""))))
    return out


def _commands(task: dict) -> list[str]:
    found = []
    for holder in (task, *(task.get(os) for os in ("windows", "linux", "osx"))):
        if isinstance(holder, dict) and isinstance(holder.get("command"), str):
            args = holder.get("args") if isinstance(holder.get("args"), list) else []
            found.append(" ".join([holder["command"], *(a for a in args if isinstance(a, str))]))
    return found


@rule("editor-autorun", title="Ships an editor task that runs when the folder is opened",
      description="A .vscode/tasks.json in the package (a template a scaffolder copies, an example project) with a task "
                  "whose runOptions.runOn is folderOpen. Critical when the task hands an interpreter a file named like an "
                  "asset (node …/font.woff2) or downloads and runs code; high when it hides its terminal "
                  "(presentation.reveal never); low otherwise (a template that starts its dev server). Also an Obsidian vault's "
                  "Shell Commands settings with a command enabled on the vault's start or a timer (hidden: unlisted).",
      category="persistence", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.files.items():
        for commands, hidden, label in _autoruns(path, data):
            disguised = next((c for c in commands if DISGUISED.search(c)), None)
            remote = next((c for c in commands if runs_remote_code(c)), None)
            if disguised or remote:
                severity, confidence, why = S.CRITICAL, C.HIGH, ("runs a file named like an asset" if disguised else "downloads and runs code")
            elif hidden:
                severity, confidence, why = S.HIGH, C.MEDIUM, "hides itself"
            else:
                severity, confidence, why = S.LOW, C.LOW, "runs a command"
            command = disguised or remote or (commands[0] if commands else "")
            editor = "when the folder is opened in VS Code" if "vscode" in path else "when the vault is opened in Obsidian"
            yield Finding("code/editor-autorun", severity, confidence, "persistence",
                          f"{path} has a task that runs {editor} and {why} ({command[:80]!r}).",
                          path, None, command[:200], {"when": "folder-open", "task": label[:80]})
            break
