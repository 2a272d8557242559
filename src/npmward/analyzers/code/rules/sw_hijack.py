"""A service worker that answers for the whole site, in a file that hides where it sends or what it loads."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

INTERCEPTS = re.compile(rb"addEventListener\(\s*[\"']fetch[\"']|\bonfetch\s*=")
RESPONDS = re.compile(rb"\.respondWith\(")
IMPORTS = re.compile(rb"\bimportScripts\(")
PUSH = re.compile(rb"\bapplicationServerKey\b")
"""A worker (or code written into one) that subscribes the site's visitors to push messages: with a hidden
host, the push-spam kits' re-subscription to their own key."""


@rule("sw-hijack", title="Service worker that hides its host",
      description="A service worker that intercepts the site's requests (a `fetch` listener and respondWith), or code "
                  "that writes importScripts or a push subscription into one, in a file that hides a URL (built from char codes or decoded, "
                  "never written): the worker sees every request and response of the site, logins included, and keeps "
                  "running after the page closes. Offline kits and PWA plugins name their hosts.",
      category="browser", consumes=("string", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    # (the hidden URL first: other rules have looked for it already, the file's text is read only then)
    hidden = view.hidden_url()
    if hidden is None:
        return
    text = view.text
    worker = INTERCEPTS.search(text) is not None and RESPONDS.search(text) is not None
    push = not worker and PUSH.search(text) is not None
    if not worker and not push and IMPORTS.search(text) is None:
        return
    what = "intercepts the site's requests" if worker else "subscribes visitors to push messages" if push \
        else "loads a script into a service worker"
    imports = next((f for f in view.of_kind("call") if f.value.endswith("importScripts")
                    and view.labels(f) & (F.DECODED | F.UNPACKED)), None)
    if imports is not None:
        # The worker itself runs a script from the hidden host: that host's code in every page of the site,
        # whenever it likes (push-spam kits' workers).
        yield view.finding("sw-hijack", S.CRITICAL, C.HIGH, "browser",
                           f"A service worker that runs a script from a host the file hides ({hidden.value[:60]}): that "
                           "host's code sees every request of the site and keeps running after the page closes.",
                           imports, view.level(imports))
        return
    yield view.finding("sw-hijack", S.HIGH, C.HIGH, "browser",
                       f"A service worker that {what} from a host the file hides ({hidden.value[:60]}): it sees every "
                       "request of the site and keeps running after the page closes.", hidden, view.level(hidden))
