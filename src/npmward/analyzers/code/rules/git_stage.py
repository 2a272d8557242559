"""A package that clones (or fetches) a git repository it names and runs code from it: `git clone <repo> dir` then
`require(path.join(dir, 'loaders/index.js'))`, or `git cat-file -p HEAD:setup.js` handed to `new Function`. The next
stage lives in a repository its author pushes to at will, outside the package a user reviewed (a test helper's
"shared fixture packs", a lint config's "org-wide rule packs"). Scaffolders clone the template the user names and copy
files out of it; they do not run the clone's code in their own process."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..behaviours import executes, runs_code
from ..view import FileView
from . import rule

CLONES = re.compile(rb"""\bgit\s+(?:clone|fetch|pull)\b|\bgit\s*\(\s*\[?\s*['"`](?:clone|fetch|pull)['"`]|"""
                    rb"""['"`]git['"`]\s*,\s*\[\s*['"`](?:clone|fetch|pull)['"`]|['"`]--git-dir['"`][^)\n]{0,80}['"`](?:fetch|pull)['"`]""")
"""A git command that brings commits from a remote."""
REPO_URL = re.compile(rb"""['"`](?:https?://|git@|ssh://)[^'"`\s]+\.git['"`]""")
"""A repository URL the file writes."""
SHOWS = re.compile(rb"""['"`](?:cat-file|show)['"`]|\bgit\s+(?:cat-file|show)\b""")
"""A git command that prints a file of the repository (`git cat-file -p HEAD:setup.js`)."""
LOADERS = ("require", "import", "module.require")
MAX_LOADERS = 32
"""Loaders of a file looked at (a bundle has hundreds of `require(x)`)."""


@rule("git-stage", title="Runs code from a git repository it clones",
      description="A file that clones, fetches or pulls a git repository whose URL it writes, and then, within two calls "
                  "of the clone, loads a module by a path known only at run time (the clone's files) or runs code through Function/eval/vm in a file "
                  "that prints the repository's files (`git cat-file -p`, `git show`): a next stage its author changes at "
                  "will. Critical when it runs at install or load, or in code the application runs (a test runner's "
                  "root hook, a lint config); high otherwise.",
      category="dropper", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b".git" not in text or not (b"clone" in text or b"pull" in text or b"fetch" in text) \
            or not CLONES.search(text) or not REPO_URL.search(text):
        return
    if not any(executes(f) for f in view.of_kind("call")):
        return
    shows = SHOWS.search(text) is not None
    # (the functions that clone: the calls on the lines that spell the git command)
    lines = {view.line_at(m.start())[0] for m in CLONES.finditer(text)}
    cloning = {f.scope for f in view.of_kind("call") if f.line in lines}
    near = view.run_from(cloning, 2)
    candidates = [f for f in view.of_kind("call") if (f.value in LOADERS and f.args[:1] == (None,))
                  or (shows and runs_code(f) and None in f.args)][:MAX_LOADERS]
    for f in candidates:
        loads = f.value in LOADERS
        # (one behaviour: the loader within two calls of the clone, either way, not a bundle's unrelated modules)
        if f.scope not in near and not cloning & view.run_from({f.scope}, 2):
            continue
        yield view.finding("git-stage", *view.unmistakable(f), "dropper",
                           f"Clones a git repository it names and {'loads a module from it' if loads else 'runs a file of it as code'} "
                           f"({f.value}), {view.run_text(f)}: a next stage outside the package.", f, view.level(f))
        return
