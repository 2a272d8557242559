"""A web shell written into a web server's files: PHP, JSP or ASP code that runs what a request carries."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Finding
from ....model import Severity as S
from ..behaviours import writes_file
from ..view import FileView
from . import rule

SERVER_SCRIPT = re.compile(r"<\?php|<%")
SHELL_PARTS = (
    # PHP: a code or command runner, and a request's input
    (re.compile(r"<\?php"), re.compile(r"\b(eval|assert|system|passthru|shell_exec|popen|proc_open|create_function|exec)\s*\("),
     re.compile(r"\$_(REQUEST|POST|GET|COOKIE|SERVER)\b")),
    # JSP
    (re.compile(r"<%"), re.compile(r"Runtime\.getRuntime\(\)\.exec|\bProcessBuilder\b"),
     re.compile(r"\brequest\.get(Parameter|Header)\b")),
    # ASP / ASP.NET
    (re.compile(r"<%"), re.compile(r"\bProcess\.Start\b|\bWScript\.Shell\b|\beval\s*\(|\bExecute(Global)?\s*\("),
     re.compile(r"\bRequest(\.Form|\.QueryString|\.Item|\s*\[|\s*\()")),
)
"""A server page that runs code or a command (or evaluates decoded data) from what the request carries."""


def _shell_page(text: str) -> bool:
    return any(page.search(text) and runner.search(text) and request.search(text) for page, runner, request in SHELL_PARTS)


@rule("webshell-drop", title="Writes a web shell",
      description="Writes a PHP, JSP or ASP page whose code runs a command or code taken from the request (`eval` of "
                  "`$_REQUEST`, `Runtime.exec(request.getParameter(…))`), as written or once decoded from base64 or hex: "
                  "a backdoor planted in the web server the package builds or deploys for (WordPress uploads, a Tomcat "
                  "webapp). Critical at install, at load or in code the application runs; high in a function nothing is "
                  "known to call. A page kept in a test is not counted.",
      category="backdoor", consumes=("string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    writes = next((f for f in view.all if writes_file(f)), None)
    if writes is None or TEST_PATH.search(view.facts.path):
        return
    page = next((f for f in view.of_kind("string") if len(f.value) > 30 and SERVER_SCRIPT.search(f.value)
                 and _shell_page(f.value)), None)
    if page is None:
        return
    yield view.finding("webshell-drop", *view.unmistakable(writes), "backdoor",
                       f"Writes a web shell: a server page that runs what a request carries ({page.value[:60]!r}…), "
                       f"{view.run_text(writes)}.", page, view.level(writes))
