"""Code smuggled into Node's options: `NODE_OPTIONS=--import=data:text/javascript,…` runs the code of the `data:` URL
before the program in every Node process started with it. Set on a hosting platform (a Vercel or Netlify environment
variable, where every serverless function starts with it), in a CI variable or a shell profile, it is a beacon no reader
of the deployed code sees. Loaders registered this way (`register('ts-node/esm', …)`) make no request."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..strings import data_url_code
from ..view import FileView
from . import rule
from .written_script import network_code

OPTION = re.compile(r"--(?:import|require|r|loader|experimental-loader)[= ]\s*['\"]?(data:[^'\"\s]+)", re.I)
READS_ENV = re.compile(r"process\.env\b")


@rule("node-option-code", title="Code smuggled into Node's options as a data: URL",
      description="A string of the package that gives Node an option loading a JavaScript `data:` URL (`--import=data:"
                  "text/javascript,…`, URL-encoded or base64) whose code makes a request: every Node process started "
                  "with those options (a hosting platform's functions, given it as NODE_OPTIONS) runs it first. "
                  "Critical when that code reads the environment (it sends the process's secrets) or the file hides it in "
                  "base64; high otherwise. A loader registered this way makes no request.",
      category="backdoor", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"data:" not in view.text and not view.facts.decoded_literals:
        return
    for fact in view.of_kind("string"):
        if "data:" not in fact.value or (match := OPTION.search(fact.value)) is None:
            continue
        found = data_url_code(match.group(1))
        if found is None:
            continue
        code, hidden = found
        if not network_code(code):
            continue
        stealing = READS_ENV.search(code) is not None
        yield view.finding("node-option-code", *((S.CRITICAL, C.HIGH) if stealing or hidden else (S.HIGH, C.MEDIUM)),
                           "backdoor", f"Gives Node an option that loads a data: URL whose code makes a request"
                           f"{' with the environment' if stealing else ''} ({code.strip()[:80]!r}): every Node process "
                           f"started with it (a hosting platform's functions, as NODE_OPTIONS) runs it first, "
                           f"{view.run_text(fact)}.", fact, view.level(fact))
        return
