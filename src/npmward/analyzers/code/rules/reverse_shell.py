from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import executes
from ..view import FileView
from . import rule

REVERSE_SHELL_SPAN = 10
"""Lines between the socket and the shell it feeds."""
SHELLS = ("sh", "bash", "cmd.exe", "cmd", "powershell.exe", "zsh")
SOCKETS = ("net.connect", "net.createConnection", "net.Socket", "new net.Socket", "tls.connect")


@rule("reverse-shell", title="Socket wired to a shell",
      description="A TCP socket and a shell spawned within a few lines of it (the socket piped into the shell's "
                  "stdin). A bundle with a socket in one module and `sh` in another is not wiring one to the other.",
      category="backdoor", consumes=("call", "new", "string", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    facts = view.all
    sockets = [f for f in facts if f.value in SOCKETS or (f.kind == "new" and f.value == "net.Socket")]
    shell_names = [f for f in facts if f.kind == "string" and f.value.split("/")[-1] in SHELLS]
    for socket in sockets:
        near = [f for f in facts if abs(f.line - socket.line) <= REVERSE_SHELL_SPAN]
        spawn = next((f for f in near if executes(f)
                      and (any(a and a.split("/")[-1] in SHELLS for a in f.args)
                           or (b".stdin" in view.text and any(abs(n.line - f.line) <= REVERSE_SHELL_SPAN for n in shell_names)))), None)
        if spawn is not None:
            yield view.finding("reverse-shell", S.CRITICAL, C.HIGH, "backdoor",
                               "Opens a TCP socket and spawns a shell: a reverse shell.", spawn, socket_line=socket.line)
            return
