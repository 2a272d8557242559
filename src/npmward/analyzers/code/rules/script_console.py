"""Code sent to a CI server's script console: Jenkins runs what is posted to `/scriptText` (or a node's
`/computer/<name>/scriptText`) as Groovy inside the controller, with every credential it stores within reach. A
package that hides the script it posts (decoded at run time from a constant) dumps those credentials or plants an admin
account with the token the user gave it for something else (a job sync, a Jenkinsfile linter)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule

SCRIPT_CONSOLE = re.compile(r"/scriptText(?:$|[?#])")
GATE = any_word(b"/scriptText")


@rule("script-console", title="Hidden script posted to a CI server's script console",
      description="A request to Jenkins' script console (`/scriptText`) whose script the file decodes at run time "
                  "from a constant (base64, hex): Groovy run inside the controller, where every stored credential and "
                  "the user database are reachable. Critical at install, at load or in code the application runs. A "
                  "script written as it is (an admin tool running the user's own script) is not reported.",
      category="backdoor", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    for f in view.calls_on_lines_of(f for f in view.of_kind("string") if SCRIPT_CONSOLE.search(f.value)):
        if view.labels(f) & F.DECODED:
            severity, confidence = view.unmistakable(f)
            yield view.finding("script-console", severity, confidence, "backdoor",
                               f"Posts a script it decodes at run time to a Jenkins script console ({f.value}), "
                               f"{view.run_text(f)}: Groovy run inside the CI controller.", f, view.level(f))
            return
