"""A Tauri capability written by a package that lets remote web pages start a shell. Tauri 2's capabilities say which
commands an app's webviews may call; `remote.urls` extends one to pages loaded from those origins. A capability that
gives `https://*` (any site) `shell:allow-execute` on `sh`, `cmd` or `powershell` with any arguments makes every page
the app ever shows a shell on the user's machine. A plugin or a set-up tool that writes such a file (in the open or
decoded from base64) into the app's `capabilities/` plants that backdoor in every build."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import writes_file
from ..view import FileView
from . import rule

ANY_SITE = re.compile(r"""\bremote['"]?\s*:\s*\{\s*['"]?urls['"]?\s*:\s*\[[^\]]{0,300}['"]https?://\*['"]""")
"""`remote: { urls: ['https://*', …] }`: the capability applies to pages of any site."""
SHELL_ANY_ARGS = re.compile(r"""['"]shell:allow-(?:execute|spawn)['"][^\]]{0,400}?['"]?cmd['"]?\s*:\s*['"]"""
                            r"""(?:sh|bash|zsh|cmd|cmd\.exe|powershell|pwsh)['"]\s*,\s*['"]?args['"]?\s*:\s*true\b""")
"""A shell allowed with any arguments (`{ name: 'sh', cmd: 'sh', args: true }` under `shell:allow-execute`)."""


def _grants(text: str) -> int | None:
    """Where a capability that gives any site's pages a shell starts in `text`, if it holds one."""
    site = ANY_SITE.search(text)
    return site.start() if site is not None and SHELL_ANY_ARGS.search(text) is not None else None


@rule("tauri-remote-shell", title="Lets any web page start a shell in a Tauri app",
      description="A file that writes files (a Vite plugin, a set-up command) and holds a Tauri capability, in the open "
                  "or decoded from base64, that extends to remote pages of any site (`remote: { urls: ['https://*'] }`) "
                  "and allows `shell:allow-execute` or `shell:allow-spawn` on sh, cmd or PowerShell with any arguments: "
                  "every page the app loads can run commands on its user's machine. Critical where it runs at install, "
                  "at load or in code the application runs (a build plugin); high otherwise. An app's own capability "
                  "lists its local windows and the commands they need.",
      category="tampering", consumes=("string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"tauri" not in view.text and b"Tauri" not in view.text:
        return
    writes = [f for f in view.of_kind("call") if writes_file(f)]
    if not writes:
        return
    # What a write is given (a JSON document decoded from base64 as it is written), or the file's text: then the first
    # write after the capability is the one that writes it.
    write = next((w for w in writes for a in w.args if isinstance(a, str) and "shell:allow-" in a and _grants(a)), None)
    text = view.text.decode("utf-8", "replace")
    if write is None and (at := _grants(text)) is not None:
        line = text.count("\n", 0, at) + 1
        write = next((w for w in writes if w.line >= line), writes[-1])
    if write is None:
        return
    runs = view.runs_now(write) or view.run_by_app(write)
    yield view.finding("tauri-remote-shell", S.CRITICAL if runs else S.HIGH, C.HIGH, "tampering",
                       f"Writes a Tauri capability that lets pages of any site run a shell with any arguments "
                       f"(`shell:allow-execute` on remote URLs `https://*`), {view.run_text(write)}: every page the app "
                       "loads can run commands on its user's machine.", write, view.level(write))
