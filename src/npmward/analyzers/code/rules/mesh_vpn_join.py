"""A package that joins the machine to a mesh VPN it brings the key for: the author's network reaches the machine."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..behaviours import commands
from ..view import FileView
from . import rule

JOINS = re.compile(r"\btailscale(\.exe)?\s+(up|login)\b|(^|\s)(up|login)\s.*--(auth-?key|login-server)[= ]|\bzerotier-cli(\.exe)?\s+join\b|\bnetbird(\.exe)?\s+(up|login)\b.*--setup-key", re.I)
OWN_KEY = re.compile(rb"\btskey-(auth-)?[\w-]{6,}|--login-server[= ]\s*['\"]?https?://|\bzerotier-cli(\.exe)?\s+join\s+[0-9a-fA-F]{16}\b|"
                     rb"--setup-key[= ]['\"]?[0-9A-Fa-f-]{20,}")
"""(over the file's text, and over the command line with its constants folded in: `--login-server=${V}`)
The key or the coordination server is the package's: a Tailscale auth key written in the code, a login server it
names (a Headscale the author runs), a ZeroTier network id or a NetBird setup key it carries. A tool that joins the
user's own tailnet takes the key from the user (an environment variable, an argument)."""


@rule("mesh-vpn-join", title="Joins the machine to the author's VPN",
      description="Runs `tailscale up`, `zerotier-cli join` or `netbird up` with an auth key, setup key, network id or "
                  "login server written in the package: the machine joins a network its author controls, which then "
                  "reaches it (SSH, RDP) past every firewall. Critical at install, at load or in code the application "
                  "runs. A key taken from the environment or the command line (a CI action joining the user's tailnet) "
                  "is the user's.",
      category="backdoor", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"tailscale" not in view.text and b"zerotier" not in view.text and b"netbird" not in view.text:
        return
    joined = next((f for f, command in commands(view.all) if JOINS.search(command)
                   and (OWN_KEY.search(view.text) or OWN_KEY.search(command.encode("utf-8", "replace")))), None)
    if joined is None:
        return
    yield view.finding("mesh-vpn-join", *view.unmistakable(joined), "backdoor",
                       "Joins this machine to a mesh VPN with a key or login server the package brings (its author's "
                       f"network reaches the machine), {view.run_text(joined)}.", joined, view.level(joined))
