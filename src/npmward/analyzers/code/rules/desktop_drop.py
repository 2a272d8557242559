"""A file left on the user's Desktop by merely installing or loading the package: a message the user did not ask for."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import writes_file
from ..view import FileView
from . import rule


@rule("desktop-drop", title="Writes onto the user's Desktop at install or load",
      description="Code that runs when the package is installed or loaded and writes a file into the user's Desktop "
                  "folder (under the home or OneDrive): peacenotwar (2022, pulled in by node-ipc) left its protest "
                  "message there on every import. A function the application calls to save a file where its user "
                  "chooses is not this.",
      category="protestware", consumes=("call",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    desktops = [f for f in view.of_kind("call") if "Desktop" in f.args and view.labels(f) & (F.HOME_DIR | F.ENV_OTHER)]
    if not desktops:
        return
    write = next((f for f in view.all if writes_file(f) and view.level(f) in ("install", "entry")
                  and view.labels(f) & F.HOME_DIR and any(view.linked(d.scope, f.scope) for d in desktops)), None)
    if write is not None:
        yield view.finding("desktop-drop", S.HIGH, C.MEDIUM, "protestware",
                           f"Writes a file onto the user's Desktop, {view.run_text(write)}: a message left on every "
                           "machine that installs it (peacenotwar, 2022).", write, view.level(write))
