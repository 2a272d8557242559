"""Windows URI handlers that run or fetch what a link names: Follina (CVE-2022-30190) opened `ms-msdt:` with a
PowerShell expression in `IT_BrowseForFile`, run by the diagnostics tool as soon as an Office or browser preview
navigates there; `mhtml:…!x-usc:…` in an Internet shortcut opens an HTML application with Internet Explorer's engine
(CVE-2024-38112, Void Banshee, 2024); `search-ms:` with `crumb=location:` pointing at a remote WebDAV share opens an Explorer window that
lists the attacker's shortcuts as if they were local files (the 2023-2024 search-ms phishing campaigns)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"ms-msdt:", b"search-ms:")
MAX_BYTES = 5_000_000
FOLLINA = re.compile(rb"ms-msdt:[^\n]{0,200}?(IT_BrowseForFile|PCWDiagnostic)", re.I)
"""The troubleshooter opened with the parameter whose value it evaluates."""
SEARCH_MS = re.compile(rb"search-ms:[\s\S]{0,300}?crumb=location:", re.I)
MHTML_USC = re.compile(r"\bmhtml:[^\s'\"]{4,400}!x-usc:", re.I)
"""A shortcut's URL that makes Windows open it with Internet Explorer's MSHTML, which runs the `.hta` the `x-usc:` part
names (CVE-2024-38112, a `.pdf.url` lure)."""
REMOTE_SHARE = re.compile(rb"DavWWWRoot|@SSL\b|crumb=location:(\\\\\\\\|%5C%5C|file:|https?:|\\\\\\\\)", re.I)
"""A WebDAV share (`\\\\host@SSL\\DavWWWRoot\\…`), a UNC path or a URL as the location Explorer shows."""


@rule("uri-handler-abuse", title="Opens a Windows URI handler that runs or fetches remote content",
      description="`ms-msdt:` with `IT_BrowseForFile` or `PCWDiagnostic` (Follina, CVE-2022-30190: the troubleshooter "
                  "evaluates the PowerShell in the parameter), or `search-ms:` whose `crumb=location:` is a remote "
                  "WebDAV or UNC share (Explorer lists the attacker's shortcuts as local search results), or an "
                  "`mhtml:…!x-usc:…` link (CVE-2024-38112: Internet Explorer's engine runs the HTML application it names), "
                  "also decoded from a constant. No library "
                  "needs either; a sanitizer's list of blocked schemes names the scheme alone.",
      category="dropper", consumes=("text", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    mhtml = next((f for f in view.of_kind("string") if "x-usc:" in f.value and MHTML_USC.search(f.value)), None) \
        if b"mhtml" in text or view.facts.decoded_values or b"base64" in text else None
    if mhtml is not None:
        yield view.finding("uri-handler-abuse", S.CRITICAL, C.HIGH, "dropper",
                           "Opens an `mhtml:` link whose `!x-usc:` part sends Windows to Internet Explorer's engine for an "
                           f"HTML application ({mhtml.value[:120]!r}; CVE-2024-38112, Void Banshee), "
                           f"{view.run_text(mhtml)}.", mhtml, view.level(mhtml))
        return
    if len(text) > MAX_BYTES or not view.mentions(GATE):
        return
    found = FOLLINA.search(text)
    what = "ms-msdt: with a troubleshooter parameter it evaluates (Follina)"
    if found is None:
        found = SEARCH_MS.search(text) if REMOTE_SHARE.search(text) else None
        what = "search-ms: showing a remote share's files as local search results"
    if found is None:
        return
    line, snippet = view.line_at(found.start())
    yield Finding("code/uri-handler-abuse", S.CRITICAL, C.HIGH, "dropper",
                  f"Opens {what}, {view.when_text(view.when)}.", view.facts.path, line,
                  snippet[:200].decode("utf-8", "replace"), {"when": view.when})
