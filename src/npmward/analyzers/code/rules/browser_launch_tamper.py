"""Browser launchers rewritten to start the browser with a remote-control port or an extension of the package's:
the Exec= line of Chrome's, Edge's or Brave's .desktop entries, or a Windows shortcut's arguments. Every later launch
then loads that extension (Rilide, 2023) or lets any local process drive the browser with the user's sessions
(`--remote-debugging-port`, cookie theft without the profile's encryption key)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..behaviours import writes_file
from ..gates import any_word
from ..view import FileView
from . import rule

FLAGS = re.compile(r"--(load-extension|remote-debugging-port|remote-allow-origins|disable-extensions-except)=")
LAUNCHERS = any_word(b"Exec=", b".lnk", b"CreateShortcut", b"TargetPath")
"""What a launcher is made of: a .desktop entry's command line (naming `.desktop` files alone is what default-browser
detection does), a Windows shortcut."""


@rule("browser-launch-tamper", title="Rewrites browser launchers to load an extension or open a debugging port",
      description="A file that writes files, names browser launchers (the Exec= line of .desktop entries, Windows "
                  ".lnk shortcuts) and holds browser flags that load an extension or open the DevTools port "
                  "(--load-extension=, --remote-debugging-port=): every later launch of the user's browser runs with them. "
                  "Test launchers pass those flags to a browser they start themselves, and write no launcher.",
      category="persistence", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(LAUNCHERS):
        return
    flags = next((f for f in view.of_kind("string") if "--" in f.value and FLAGS.search(f.value)), None)
    if flags is None:
        return
    write = next((f for f in view.of_kind("call") if writes_file(f)), None)
    if write is None:
        return
    severity, confidence = view.unmistakable(write)
    yield view.finding("browser-launch-tamper", severity, confidence, "persistence",
                       f"Writes browser launchers with flags that load an extension or open a debugging port "
                       f"({FLAGS.search(flags.value).group(0)}), {view.run_text(write)}: every later launch of the "
                       "browser runs with them.", write, view.level(write))
