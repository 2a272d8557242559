"""A macOS installer package's Distribution script that downloads and installs code on every machine that opens the
package. A product archive's `Distribution` file may carry JavaScript that Installer runs before the user agrees to
anything (`installation-check`, `volume-check`); with `allow-external-scripts` it may run programs (`system.run`).
Silver Sparrow (2021) used exactly this to fetch its agent and load a LaunchAgent. A package that builds installers from
such a template (or ships one) infects every end user of the apps built with it (blind set 43's pkg makers)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import FETCH, PIPE_TO_SHELL
from ..view import PackageView, line_at
from . import rule

INSTALLER_SCRIPT = re.compile(rb"<installer-gui-script\b")
EXTERNAL = re.compile(rb"""allow-external-scripts\s*=\s*["'](?:yes|true)["']""", re.I)
SYSTEM_RUN = re.compile(rb"\bsystem\.run\s*\(")
STAYS_OR_RUNS = re.compile(r"LaunchAgents|LaunchDaemons|launchctl\s+(?:load|bootstrap|kickstart)|chmod\s+\+x\b[^\n]*&&")


@rule("installer-script-loader", title="Ships a macOS installer script that downloads and installs code",
      description="A macOS Installer Distribution script (`<installer-gui-script>`) in the package, with "
                  "`allow-external-scripts` and `system.run`, whose script downloads (curl, wget) and runs the download "
                  "or installs a LaunchAgent/LaunchDaemon: every machine that opens an installer built from it fetches "
                  "and keeps a program (Silver Sparrow, 2021). Critical. Distribution files that check OS versions "
                  "run nothing.",
      category="dropper", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files():
        if b"installer-gui-script" not in data or INSTALLER_SCRIPT.search(data) is None or EXTERNAL.search(data) is None:
            continue
        run = SYSTEM_RUN.search(data)
        text = data.decode("utf-8", "replace")
        if run is None or FETCH.search(text) is None or (STAYS_OR_RUNS.search(text) is None and PIPE_TO_SHELL.search(text) is None):
            continue
        yield Finding("code/installer-script-loader", S.CRITICAL, C.HIGH, "dropper",
                      f"{path} is a macOS installer script that runs programs (system.run, allow-external-scripts) to "
                      "download code and run or keep it (a LaunchAgent): every machine that opens an installer built "
                      "from it gets the program.", path, line_at(data, run.start())[0], None, {"when": "installer"})
        return
