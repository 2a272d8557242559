from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..behaviours import acts
from ..view import FileView
from . import rule


@rule("invisible-unicode", title="Invisible characters in code",
      description="An identifier made of invisible characters (Hangul filler, zero-width space, word joiner) is "
                  "critical next to exec, code-running or network calls (the hidden-parameter backdoor), high "
                  "elsewhere; a bidirectional override or isolate (Trojan Source) is medium, in code, strings or "
                  "comments. A Hangul filler inside a string, template, regex or comment is text, not code.",
      category="backdoor", consumes=("invisible-identifier", "call", "new", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    hidden_name = next((f for f in view.all if f.kind == "invisible-identifier"), None)
    if hidden_name is not None:
        # No one names a variable with a character no reviewer can see, least of all next to code
        # that runs commands or sends data: the hidden-parameter backdoor, the invisible exfiltration.
        acting = any(map(acts, view.all))
        yield view.finding("invisible-unicode", S.CRITICAL if acting else S.HIGH, C.HIGH if acting else C.MEDIUM, "backdoor",
                           "An identifier made of invisible characters" + (" in code that runs commands or sends data." if acting else "."),
                           hidden_name)
        return
    # A bidirectional control reorders what a reviewer sees wherever it is, a string or a comment
    # included (Trojan Source), so the text is searched, not the names.
    if P.BIDI_CONTROL_BYTES.search(view.text) is None:
        return
    text = view.text.decode("utf-8", "replace")
    match = P.BIDI_CONTROLS.search(text, 1)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        yield Finding("code/invisible-unicode", S.MEDIUM, C.MEDIUM, "obfuscation",
                      f"Contains an invisible or bidirectional character (U+{ord(match.group(0)):04X}) that can hide code.",
                      view.facts.path, line, text.splitlines()[line - 1][:200].encode("unicode_escape").decode()[:200],
                      {"when": view.when})
