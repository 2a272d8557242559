"""A package that hands secrets to git and pushes them to a remote it names: credential files copied into a scratch
repository committed on an orphan branch, or the environment written into a git note, then `git push <its URL>`
(Shai-Hulud and s1ngularity, 2025, published what they stole as git repositories). The push carries what the commits
hold, so no request in the code ever names the secret. Release and deploy tools push to the user's own remote, which
comes from the repository's config or the user's settings, not from a URL the package writes."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from .. import flow as F
from ..behaviours import executes, writes_file
from ..values import classify_string
from ..view import FileView
from . import rule

PUSH_WORD = re.compile(r"""['"`]push['"`]|\bgit\b[^\n;|&]{0,160}\bpush\b""")
"""Where a git push may be: `'push'` among a git process's arguments, or in a shell command."""
PUSH = re.compile(PUSH_WORD.pattern.encode())
REPOSITORY = rb"""['"`]((?:https?|ssh|git)://[^'"`\s$]+|git@[\w.-]+:[^'"`\s$]+)"""
REMOTE_URL = re.compile(REPOSITORY)
"""A repository URL the file writes (or the constant start of one: `MIRROR + id + '.git'`)."""
URL_CONSTANT = re.compile(rb"\b(?:const|let|var)\s+([\w$]+)\s*=\s*" + REPOSITORY)
"""A constant holding such a URL, by name."""
NEAR = 5
"""Lines around a push that name its remote (the URL, or the constant holding it in a `git remote add` just before)."""
FORGE_REPO = re.compile(r"^(?:https?://|ssh://git@|git@)(?:github\.com|gitlab\.com|bitbucket\.org)[:/][\w.-]+/[\w.-]+\.git$")
"""A whole repository on a public forge, owner and name constant (a deploy tool builds its URL from the user's repo)."""
GIVEN = F.SECRET_DATA | F.ENV_ALL
"""What git is handed that is stolen, not used: a secret file's content, the environment (a token in the remote's URL or
an `http.extraHeader` authenticates the push)."""
COPIES = ("fs.copyFileSync", "fs.copyFile", "fs.promises.copyFile", "fs.cpSync", "fs.cp")


def _git(f) -> bool:
    return executes(f) and bool(f.args) and isinstance(f.args[0], str) and (f.args[0] == "git" or f.args[0].startswith("git "))


def _stores_secret(view: FileView, f) -> bool:
    """A credential file copied (its path is the source), or a secret's content or the environment written to a file
    (what is written, not where: a CI step writing `~/.git-credentials` for the push authenticates it)."""
    value = view.facts.graph.value
    if f.value in COPIES:
        return bool(f.flows) and bool(value(f.flows[0]) & (F.SECRET_PATH | F.SECRET_DATA))
    return writes_file(f) and len(f.flows) > 1 and bool(value(f.flows[1]) & GIVEN)


def _pushes(view: FileView, calls, gits) -> list[tuple[object, str]]:
    """(push, remote) for each git push to a remote the file names nearby: a git process (or a function of the file that
    starts one, called as `g('push', …)`) whose call spells `push`, with a repository URL on another host, or the
    constant holding one (`git remote add mirror MIRROR + id` just before), within a few lines."""
    wrappers = {name for g in gits if g.scope is not None and (name := view.facts.funcs[g.scope].name)}
    lines = view.text.split(b"\n")
    constants = {m.group(1): m.group(2) for m in URL_CONSTANT.finditer(view.text)}
    named = re.compile(rb"\b(?:" + b"|".join(map(re.escape, constants)) + rb")\b") if constants else None
    found = []
    for f in calls:
        if not (_git(f) or f.value in wrappers) or ("push" not in f.args and PUSH_WORD.search(f.snippet) is None):
            continue
        around = b"\n".join(lines[max(0, f.line - 1 - NEAR):f.line + NEAR])
        urls = [m.group(1) for m in REMOTE_URL.finditer(around)]
        urls += [constants[m.group(0)] for m in named.finditer(around)] if named is not None else []
        remote = next((url for raw in urls if _names_remote(url := raw.decode("utf-8", "replace"))), None)
        if remote is not None:
            found.append((f, remote))
    return found


def _names_remote(url: str) -> bool:
    """A remote the package names: a URL on another host, or a constant repository on a public forge (a forge's address
    that the code completes at run time is the user's repository, not one it names)."""
    return FORGE_REPO.match(url) is not None or bool(classify_string(url) & (F.OTHER_HOST | F.OOB_HOST | F.RAW_IP)) \
        and not url.startswith(("https://github.com", "https://gitlab.com"))


@rule("git-push-exfil", title="Pushes secrets to a git remote it names",
      description="A file that pushes to a repository URL it writes (another host, or a constant repository on a public "
                  "forge) and hands git secrets to take along: credential files or the environment copied or written "
                  "into files (a scratch repository committed on an orphan branch), or a secret file's content or the "
                  "environment given to a git command (a note, a commit message), with the remote's URL within five "
                  "lines of the push. Critical when it runs "
                  "at install or load, or in code the application runs; high otherwise. Release tools push to the "
                  "user's own remote, read from the repository or the user's settings.",
      category="exfiltration", consumes=("call", "text"))
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b"push" not in text or b"git" not in text or PUSH.search(text) is None:
        return
    calls = view.of_kind("call")
    gits = [f for f in calls if _git(f)]
    pushes = _pushes(view, calls, gits) if gits else []
    if not pushes:
        return
    # (copies said first: field-insensitive flow gives a git process run in the scratch directory that directory's labels)
    stored = any(_stores_secret(view, f) for f in calls)
    if not stored and not any(view.labels(f) & GIVEN for f in gits):
        return
    push, remote = pushes[0]
    what = "credential files or the environment it copies or writes into files" if stored else "a secret given to git"
    yield view.finding("git-push-exfil", *view.unmistakable(push), "exfiltration",
                       f"Pushes {what} to a git remote it names ({remote[:80]}), {view.run_text(push)}.",
                       push, view.level(push))
