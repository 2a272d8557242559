"""Mail sent from the user's mailbox and then erased from Sent Items: a mailbox used to spread, its owner kept blind."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..view import FileView
from . import rule

SENDS_MAIL = re.compile(rb"""/send(Mail)?\b|/createReply(All)?\b|/createForward\b|\bmessages\.send\(|\.sendMail\(""")
"""Microsoft Graph's send, reply-all and forward, Gmail's `users.messages.send`, a mailer's sendMail."""
ERASES_SENT = linear_re.compile_bytes(rb"""['"](DELETE|delete)['"][^\n]{0,120}sentitems|sentitems[^\n]{0,160}\.(delete|trash)\(|"""
                                      rb"""['"]SENT['"][^\n]{0,120}\.(delete|trash)\(""", ignore_case=True)
"""A message deleted from Sent Items (Graph's `sentitems` folder, Gmail's SENT label) in one statement."""


@rule("sent-mail-erasure", title="Sends mail as the user and erases it from Sent Items",
      description="Code that sends, replies or forwards mail from the user's mailbox (Microsoft Graph, Gmail) and "
                  "deletes messages from Sent Items: replies planted in the user's own conversations (thread hijacking) "
                  "that the user never sees. Critical at install, at load or in code the application runs; high "
                  "otherwise.",
      category="fraud", consumes=("text", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    erased = ERASES_SENT.search(text)
    if erased is None or SENDS_MAIL.search(text) is None:
        return
    erase = view.call_near(erased.start())
    if erase is None:
        return
    yield view.finding("sent-mail-erasure", *view.unmistakable(erase), "fraud",
                       f"Sends mail from the user's mailbox and deletes it from Sent Items, {view.run_text(erase)}: "
                       "messages go out in the user's name and the user never sees them.", erase, view.level(erase))
