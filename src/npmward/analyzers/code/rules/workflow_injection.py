"""A GitHub Actions workflow the package ships (a template its CLI writes into the user's repository) that runs on
events anyone can raise against the repository, with its secrets, and pastes what the attacker typed (a pull request's
title or branch name, an issue comment) into a shell step: a planted script-injection bugdoor. The nx "s1ngularity"
and Ultralytics compromises of 2024-2025 went through exactly such steps."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import AI_AGENT_UNLEASHED
from ..view import PackageView, line_at
from . import rule

ANYONE_TRIGGERS = re.compile(rb"^\s*(pull_request_target|issue_comment|issues|discussion_comment|workflow_run)\s*:", re.M)
"""Events whose workflow runs with the repository's secrets, raised by anyone who can open a pull request or an issue."""
TYPED_CONTEXT = re.compile(rb"\$\{\{\s*github\.(event\.(pull_request|issue|comment|review|discussion)\.(title|body|head\.ref|"
                           rb"head\.label)|event\.head_commit\.message|head_ref)\s*\}\}")
"""What the one who raised the event wrote: a title, a body, a branch name, a commit message."""
STEP_KEY = re.compile(rb"\s*(-\s*)?([\w-]+)\s*:")
"""A YAML key of a step (`- run:`, `with:`, `env:`)."""
PRIVILEGE = re.compile(rb"\$\{\{\s*secrets\.|\b(contents|id-token|packages|actions)\s*:\s*write\b")


@rule("workflow-injection", title="Ships a workflow that runs what a pull request's author typed",
      description="A GitHub Actions workflow in the package (a template its CLI writes into the user's repository) "
                  "triggered by pull_request_target, issue_comment or workflow_run, with secrets or write permissions, "
                  "whose shell step interpolates a pull request's title, body or branch name or a comment "
                  "(`run: echo \"${{ github.event.pull_request.title }}\"`): anyone who opens a pull request runs "
                  "commands with the repository's tokens. Workflow generators pass such values through an environment "
                  "variable; none of the bench packages ships this shape. Critical when the step runs an AI coding agent with "
                  "its approvals off (`--yolo`, `--dangerously-skip-permissions`): the text is the agent's instructions.",
      category="backdoor", consumes=("files",), severity=S.HIGH, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files((".yml", ".yaml")):
        if ANYONE_TRIGGERS.search(data) is None or PRIVILEGE.search(data) is None:
            continue
        typed = next((m for m in TYPED_CONTEXT.finditer(data) if _in_shell_step(data, m.start())), None)
        if typed is None:
            continue
        line = line_at(data, typed.start())[0]
        # (into the prompt of an AI coding agent run with its approvals off, `gemini --yolo "$TITLE …"`: the text
        # anyone typed is instructions for an agent that runs commands, with the job's tokens in its environment;
        # Aikido's PromptPwnd, 2025)
        agent = AI_AGENT_UNLEASHED.search(data.decode("utf-8", "replace"))
        yield Finding("code/workflow-injection", S.CRITICAL if agent else S.HIGH, C.HIGH if agent else C.MEDIUM, "backdoor",
                      f"{path} is a workflow run on events anyone can raise, with the repository's secrets or write "
                      f"permissions, that pastes {typed.group(0).decode()} into a shell step"
                      + (f" that runs an AI agent with its approvals off ({agent.group(0)})" if agent else "")
                      + ": whoever opens a pull request or comments runs commands in the repository it is written to.",
                      path, line, typed.group(0).decode(), {"when": "workflow"})
        return


def _in_shell_step(data: bytes, at: int) -> bool:
    """`at` is inside a `run:` block: the nearest key at or above it is `run` (not `with`, `if`, `env`)."""
    for line in reversed(data[:at].splitlines()):
        key = STEP_KEY.match(line)
        if key is not None and not line.lstrip().startswith(b"#"):
            return key.group(2) == b"run"
    return False
