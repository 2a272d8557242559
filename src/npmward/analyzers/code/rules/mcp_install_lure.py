"""An MCP server pushed into the user's AI editor through the editor's install link. Cursor, VS Code and Windsurf install
an MCP server from a deep link (`cursor://anysphere.cursor-deeplink/mcp/install?config=…`, `vscode:mcp/install?…`)
after one click on their prompt; the server then runs with whatever the config hands it. A package that opens such a
link itself, for a server fetched from a registry other than npm's or handed the user's tokens for unrelated services
(`"GITHUB_TOKEN": "${env:GITHUB_TOKEN}"`, npm's, AWS's, OpenAI's), turns one click into code running with those
credentials (blind set 43's shadcn block installer and Vite devtools plugin)."""

from __future__ import annotations

import json
import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..strings import decode_b64
from ..view import FileView
from . import rule

INSTALL_LINK = re.compile(r"^(?:cursor|vscode(?:-insiders)?|windsurf|trae|kiro)[:][/\w.-]*mcp/install\b")
OPENERS = re.compile(rb"""["'](?:open|xdg-open|start)["']|\bopenExternal\b|\bshell\.openPath\b""")
REGISTRY_ARG = re.compile(r"^--registry[= ](\S+)$")
SECRET_REFERENCE = re.compile(r"^\$\{(?:env:)?(\w+)\}$")
ENOUGH_SECRETS = 3
"""Credentials of three services or more handed to one server: a GitHub MCP server needs a GitHub token, not npm's,
AWS's and OpenAI's too."""


@rule("mcp-install-lure", title="Opens an AI editor's MCP install link for a server that takes the user's tokens",
      description="A file that opens (open, xdg-open, start, shell.openExternal) an editor's MCP install deep link "
                  "(`cursor://anysphere.cursor-deeplink/mcp/install`, `vscode:mcp/install`, `windsurf://…/mcp/install`) "
                  "and holds the server's config (as JSON or base64) whose command installs from a registry other than "
                  "npm's (`npx -y --registry=…`) or whose environment hands it the user's credentials for three services "
                  "or more (`${env:GITHUB_TOKEN}`, `${env:NPM_TOKEN}`, `${env:AWS_SECRET_ACCESS_KEY}`): critical at "
                  "install, at load or in code the application runs (a dev server's start), high otherwise. An "
                  "\"Add to Cursor\" link in a README is not opened by code.",
      category="persistence", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"mcp/install" not in view.text or OPENERS.search(view.text) is None:
        return
    strings = view.of_kind("string")
    link = next((f for f in strings if INSTALL_LINK.match(f.value)), None)
    if link is None:
        return
    why = next((w for f in strings if len(f.value) >= 40 and (w := _lure(f.value)) is not None), None)
    if why is None:
        return
    severity, confidence = view.unmistakable(link)
    yield view.finding("mcp-install-lure", severity, confidence, "persistence",
                       f"Opens the editor's MCP install link ({link.value[:60]}…) for a server whose config {why}, "
                       f"{view.run_text(link)}: one click on the editor's prompt starts it.",
                       link, view.level(link))


def _lure(value: str) -> str | None:
    """What makes an MCP server config a lure (a foreign registry, the user's tokens), or None; the config as JSON or
    base64 (standard or URL-safe) of it."""
    text = value if value.lstrip().startswith("{") else decode_b64(value.replace("-", "+").replace("_", "/"))
    if not text or '"command"' not in text:
        return None
    try:
        config = json.loads(text)
    except ValueError:
        return None
    if not isinstance(config, dict):
        return None
    args = config.get("args") if isinstance(config.get("args"), list) else []
    registry = next((m.group(1) for a in args if isinstance(a, str) and (m := REGISTRY_ARG.match(a))), None)
    if registry is not None and not P.is_registry_url(registry):
        return f"installs the server from another registry ({registry})"
    env = config.get("env") if isinstance(config.get("env"), dict) else {}
    handed = sorted({m.group(1) for v in env.values() if isinstance(v, str) and (m := SECRET_REFERENCE.match(v))
                     and P.SECRET_ENV.match(m.group(1))})
    if len(handed) >= ENOUGH_SECRETS:
        return f"hands it the user's credentials ({', '.join(handed[:4])})"
    return None
