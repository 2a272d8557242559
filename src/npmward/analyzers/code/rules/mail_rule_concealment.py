"""An inbox rule that deletes mail as it arrives, written by the package: the business-e-mail-compromise step that keeps
the victim from seeing the bank's or the payroll system's "your details changed" notice, or the replies to the mail
sent in their name (Microsoft's and the FBI's BEC reports; the payroll-diversion campaigns of 2025)."""

from __future__ import annotations

from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"messageRules", b"New-InboxRule", b"settings/filters", b"CreateRuleOperation")
DELETING_RULE = linear_re.compile_bytes(
    rb"""messageRules[\s\S]{0,800}?["']?(permanentDelete|delete)["']?\s*:\s*(true|!0)|"""
    rb"""New-InboxRule[^\n]{0,400}?-(DeleteMessage|MarkAsRead)\s+\$?true|"""
    rb"""settings/filters[\s\S]{0,800}?["']TRASH["']|"""
    rb"""CreateRuleOperation[\s\S]{0,800}?<t:(Delete|PermanentDelete)>\s*true""", ignore_case=True)
"""A rule created with Graph (`/mailFolders/inbox/messageRules` with `actions: {delete: true}`), Exchange PowerShell
(`New-InboxRule -DeleteMessage $true`), Gmail (a filter adding the TRASH label) or EWS, that deletes what it matches."""


@rule("mail-rule-concealment", title="Creates an inbox rule that deletes incoming mail",
      description="A mailbox rule created by the package (Microsoft Graph messageRules, New-InboxRule, a Gmail filter, "
                  "EWS CreateRuleOperation) whose action deletes what it matches: notices of changed bank details, "
                  "security alerts and replies hidden from the mailbox's owner (business e-mail compromise). Critical "
                  "at install, at load or in code the application runs. Mail tools create the rules their user "
                  "describes, with actions the user chose.",
      category="fraud", consumes=("text", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    found = DELETING_RULE.search(view.text)
    if found is None:
        return
    create = view.call_near(found.start())
    if create is None:
        return
    yield view.finding("mail-rule-concealment", *view.unmistakable(create), "fraud",
                       f"Creates an inbox rule that deletes the mail it matches, {view.run_text(create)}: what the "
                       "mailbox's owner should see (a changed bank account's notice, a reply) disappears.",
                       create, view.level(create))
