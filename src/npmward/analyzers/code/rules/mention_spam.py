"""Notification spam through the user's own source-host token: a comment that @mentions a list of people is posted and
deleted at once, so that only GitHub's notification e-mail, sent from GitHub itself, reaches each of them (the fake
"security alert" and job-offer lures of 2024-2025 that @mentioned thousands of developers)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"/comments")
COMMENTS = re.compile(r"/(comments|notes|discussions)\b")
MENTIONS = re.compile(rb"""['"`]@['"`]\s*\+|`@\$\{|\.join\(\s*['"`]\s*@""")
"""A mention built for each login of a list (`'@' + login`, `` `@${l}` ``, `.join(' @')`)."""


@rule("mention-spam", title="Posts @mentions and deletes the comment at once",
      description="A comment posted through a source host's API (GitHub's or GitLab's comments, notes or discussions) "
                  "whose id goes straight into a DELETE of that comment, in a file that builds @mentions from a list: "
                  "only the notification e-mails remain, sent by the host to everyone mentioned, with the user's token "
                  "spent on them. Bots that keep one sticky comment delete their previous comment, not the one just "
                  "posted.",
      category="fraud", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE) or MENTIONS.search(view.text) is None:
        return
    calls = view.calls_on_lines_of(f for f in view.of_kind("string") if COMMENTS.search(f.value))
    posts = [f for f in calls if "POST" in f.args or f.value.endswith((".post", "createComment", "createCommitComment"))]
    deletes = [f for f in calls if "DELETE" in f.args or f.value.endswith((".delete", "deleteComment"))]
    for post in posts:
        erased = next((d for d in deletes if view.feeds(post, d)), None)
        if erased is not None:
            yield view.finding("mention-spam", *view.unmistakable(post), "fraud",
                               f"Posts a comment of @mentions and deletes it at once (line {erased.line}), "
                               f"{view.run_text(post)}: the notification e-mails go out in the user's name, the comment "
                               "is gone.", post, view.level(post))
            return
