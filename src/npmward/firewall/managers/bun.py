"""bun and bunx.

- Registry: `BUN_CONFIG_REGISTRY` through the `standard` view. bun.lock records `""` for a tarball
  at the public registry's conventional URL and the full URL otherwise, and fetches what it
  records: the firewall's URLs it recorded are written back after the command (`lockfile_urls`),
  and upstream URLs in an existing bun.lock are pointed at the firewall before it.
- Scripts: `--ignore-scripts` is added to install commands (bun reads no variable for it), then
  `npm rebuild <name@version...>` runs the allowed ones in bun's npm-layout node_modules.
- bunx gets an empty cache, so every tarball is fetched through the firewall.
"""

from __future__ import annotations

from typing import Sequence

from ..lockfile_urls import UrlRoundTrip
from ..paths import conventional_path
from . import Command, Context, Manager, classify, environment_base

MANAGER = Manager(
    name="bun", view="standard", lockfiles=("bun.lock",),
    installing=frozenset({"install", "i", "add", "a", "update", "remove", "rm", "link", "unlink", "ci"}),
    harmless=frozenset({"run", "test", "build", "init", "create", "upgrade", "pm", "publish", "outdated",
                        "audit", "info", "why", "repl", "help", "--version", "-v", "patch", "patch-commit"}),
    frozen_flags=("--frozen-lockfile",),
    dlx=frozenset({"x"}),
)
PUBLIC = "https://registry.npmjs.org/"


def command(argv: Sequence[str]) -> Command:
    if argv and argv[0].endswith("bunx"):
        return Command(MANAGER, tuple(argv), installs=True, dlx=True)
    cmd = classify(MANAGER, argv)
    sub = next((a for a in argv[1:] if not a.startswith("-")), None)
    if cmd.installs and not cmd.dlx and sub is not None and sub not in MANAGER.installing:
        return Command(MANAGER, tuple(argv), installs=False)  # `bun file.ts`, `bun <script>`
    if cmd.installs and not cmd.dlx:
        return Command(MANAGER, (*argv, "--ignore-scripts"), installs=True, frozen=cmd.frozen or sub == "ci")
    return cmd


def environment(cmd: Command, context: Context) -> dict[str, str]:
    env = {**environment_base(context), "BUN_CONFIG_REGISTRY": context.registry}
    if cmd.dlx:
        env["BUN_INSTALL_CACHE_DIR"] = str(context.scratch / "bun-cache")
    return env


def before(cmd: Command, context: Context, upstream: str):
    """Point bun.lock's upstream URLs at the firewall; returns what writes them back."""
    registry = upstream.rstrip("/") + "/"

    def to_firewall(url: str) -> str | None:
        return context.registry + url[len(registry):] if url.startswith(registry) and "/-/" in url else None

    def recorded(name: str, version: str, url: str) -> str:
        return "" if registry == PUBLIC else registry + conventional_path(name, version)

    trip = UrlRoundTrip([context.project / "bun.lock"], context.registry, to_firewall, recorded)
    trip.forward()
    return trip.back


def scripts_command(cmd: Command, packages: Sequence[str], context: Context) -> list[str] | None:
    if not packages or cmd.dlx:
        return None
    return ["npm", "rebuild", "--ignore-scripts=false", *packages]
