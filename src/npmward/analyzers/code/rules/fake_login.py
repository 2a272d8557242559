"""A login window drawn inside the page: an identity provider's sign-in, copied, sent to the package's host."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule
from ._chain import sinks

PASSWORD_INPUT = re.compile(rb"<input\b[^>]{0,200}\btype=\\?[\"']?password\b", re.I)
PROVIDER_LOGIN = re.compile(rb"\b(accounts\.google\.com|login\.microsoftonline\.com|login\.live\.com|github\.com/login|"
                            rb"steamcommunity\.com|store\.steampowered\.com|appleid\.apple\.com|www\.facebook\.com/login|"
                            rb"discord\.com/login|[\w-]+\.okta\.com)\b", re.I)
"""The sign-in page of an identity provider, as a fake window's address bar shows it."""


@rule("fake-login", title="Draws another site's login window in the page",
      description="A password field in HTML the code writes, next to an identity provider's sign-in address "
                  "(accounts.google.com, login.microsoftonline.com, steamcommunity.com, …: the fake window's address "
                  "bar), in a file that sends to a host it names or hides: a browser-in-the-browser phishing overlay. "
                  "A real sign-in opens the provider's own page; it does not draw it.",
      category="phishing", consumes=("flows", "call", "new", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if PASSWORD_INPUT.search(text) is None or (provider := PROVIDER_LOGIN.search(text)) is None:
        return
    # (a request, not a navigation: a real sign-in sends the browser to the provider's page)
    sink = next((s for s in sinks(view) if s.destination & F.REMOTE and s.fact.kind in ("call", "new")), None)
    if sink is None:
        return
    yield view.finding("fake-login", S.HIGH, C.HIGH, "phishing",
                       f"Draws a login window for {provider.group(1).decode()} inside the page (a password field in HTML "
                       f"it writes) and sends to a host it names or hides through {sink.how}: a browser-in-the-browser "
                       "phishing overlay.", sink.fact, sink.level)
