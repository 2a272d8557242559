"""`--sandbox-scripts`: the allowed install scripts run inside bubblewrap — no network, the home
directory (tokens, SSH keys, wallets) replaced by an empty one, and only the project writable."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Sequence

from ..errors import UsageError


def sandboxed_argv(argv: Sequence[str], project: Path) -> list[str]:
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise UsageError("--sandbox-scripts needs bubblewrap (`bwrap`), which is not installed")
    project = Path(project).resolve()
    return [bwrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp",
            "--tmpfs", str(Path.home()), "--bind", str(project), str(project), "--unshare-net", "--unshare-pid",
            "--die-with-parent", "--chdir", str(project), "--", *argv]
