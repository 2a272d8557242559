"""ClickFix and fake-CAPTCHA lures: the page puts a command on the clipboard and tells the user to
paste it into the Run box or a terminal. The package never runs the command itself (no exec call),
so the command rules do not see it; the user does."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import runs_remote_code
from ..view import FileView
from . import rule
from .commands import encoded_command

LURE = re.compile(r"Win(dows)?\s*(key\s*)?\+\s*[RX]\b|(File )?Explorer('s)? address bar|Ctrl\s*\+\s*V|⌘\s*\+\s*(V|Space)|Cmd\s*\+\s*V|\bRun (dialog|box)\b|"
                  r"not a robot|(human|captcha|cloudflare)[\w ]{0,20}verif|paste (it )?in(to)? (your |the |a )?terminal", re.I)
"""What the lure tells the user: press Win+R (or Win+X, I: the terminal), paste, Enter; paste into File Explorer's
address bar (FileFix); "I am not a robot"; "verification". Read with the page's tags taken out
(`<kbd>Ctrl</kbd>+<kbd>V</kbd>`)."""
TAG = re.compile(r"<[^<>]{0,40}>")
INLINE_COPY = ("clipboard.writeText(", "execCommand('copy')", 'execCommand("copy")')
"""A copy written in a page the package serves or injects (an inline `<script>` of an HTML string)."""


OSC52 = "\x1b]52;"
"""The terminal's clipboard escape (OSC 52): what a program prints after it, the terminal puts on the clipboard."""


CLIPBOARD_TOOL = re.compile(r"^(?:pbcopy|clip(?:\.exe)?|xclip\b.*|xsel\b.*--(?:clipboard|input)\b.*|wl-copy\b.*|Set-Clipboard\b.*)$")
"""A program that puts its input on the clipboard (`pbcopy`, Windows' `clip`, `xclip -selection clipboard`, `wl-copy`)."""


def _copies(view: FileView):
    # (or, in Node, a process started in a file that names a clipboard program: `execSync(cmd, { input: text })` with
    # `cmd` pbcopy, clip or xclip by platform, a build tool's "the fix was copied to your clipboard")
    return next((f for f in view.of_kind("call") if (
        f.value.endswith(("clipboard.writeText", "clipboardData.setData"))
        or (f.value.endswith("execCommand") and f.args[:1] == ("copy",)))), None) \
        or next((f for f in view.of_kind("string") if OSC52 in f.value or any(c in f.value for c in INLINE_COPY)), None) \
        or next((e for e in view.executions() for t in view.of_kind("string")
                 if t.scope == e.scope and CLIPBOARD_TOOL.match(t.value)), None)


@rule("clickfix", title="Puts a command on the clipboard for the user to run",
      description="Writes to the clipboard (navigator.clipboard.writeText, a textarea copied with "
                  "execCommand('copy'), a terminal's OSC 52 escape, a clipboard program such as pbcopy, clip or xclip that Node "
                  "starts, or such a call in a page the package serves) in code that holds a command line that downloads and runs code (curl … | "
                  "bash, iwr … | iex, mshta https://…, encoded PowerShell): the ClickFix / fake-CAPTCHA lure, where "
                  "the user is told to paste it into the Run box or a terminal. Critical with the lure's instructions "
                  "(Win+R, Win+X, Ctrl+V, File Explorer's address bar, \"I am not a robot\", a verification step); medium without them (a docs page's \"copy "
                  "the install command\" button).",
      category="dropper", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    copy = _copies(view)
    if copy is None:
        return
    command = next((f for f in view.of_kind("string") if runs_remote_code(f.value)), None) or encoded_command(view)
    if command is None:
        return
    lure = any(f.kind == "string" and LURE.search(TAG.sub("", f.value) if "<" in f.value else f.value) for f in view.all)
    # Without the instructions it may be a docs widget's "copy the install command" button.
    yield view.finding("clickfix", S.CRITICAL if lure else S.MEDIUM, C.HIGH if lure else C.LOW, "dropper",
                       f"Copies a command that downloads and runs code to the clipboard ({command.value[:80]!r})"
                       + (", with instructions to paste it into the Run box or a terminal: a ClickFix lure." if lure else "."),
                       copy, view.level(copy), command_line=command.line)
