"""A terminal hyperlink whose target the code hides: OSC 8 (`ESC ]8;; url ESC \\ text ESC ]8;; ESC \\`) shows one text
and opens another URL when clicked, and terminals (iTerm2, Windows Terminal, VS Code's, GNOME's) make it clickable.
A "sign in again at https://www.npmjs.com/…" printed by an install script, whose link opens a look-alike login page,
is how the 2025 npm phishing was carried into a terminal."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"]8;;")


@rule("terminal-link-spoof", title="Prints a terminal hyperlink to a URL it hides",
      description="Builds an OSC 8 terminal hyperlink (`ESC ]8;;url ESC \\`, which shows a text and opens the URL when "
                  "clicked) in a file that hides a URL (decoded from base64, hex or char codes, never written): a link "
                  "whose visible text reads like the registry's or a cloud's sign-in page and opens a phishing page. "
                  "Critical at install, at load or in code a tool or the application runs (a test reporter); high "
                  "elsewhere. Libraries that make terminal links (terminal-link, ansi-escapes) link what they are "
                  "given.",
      category="phishing", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    osc = next((f for f in view.of_kind("string") if "]8;;" in f.value), None)
    hidden = view.hidden_url() if osc is not None else None
    if hidden is None:
        return
    severity, confidence = (S.CRITICAL, C.HIGH) if view.runs_now(hidden) or view.runs_now(osc) else (S.HIGH, C.MEDIUM)
    yield view.finding("terminal-link-spoof", severity, confidence, "phishing",
                       f"Prints a terminal hyperlink (OSC 8) whose target is a URL it hides ({hidden.value[:80]}), "
                       f"{view.run_text(hidden)}: the text shown is not where a click goes.", osc, view.level(hidden))
