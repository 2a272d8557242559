"""yarn v1 (classic).

- Registry: `YARN_REGISTRY` (and `npm_config_@scope:registry`) through the `yarn1` view: yarn v1
  records in yarn.lock the tarball URL it fetched, so it gets the firewall's URLs, and after the
  command they are written back as yarn would have recorded them without the firewall — the
  upstream's URL, on `registry.yarnpkg.com` when yarn uses its default registry (yarn's own rule).
  An existing yarn.lock (and node_modules/.yarn-integrity) is pointed at the firewall before the
  command and restored after it, also when the command fails.
- Scripts: `YARN_IGNORE_SCRIPTS=true`, then `npm rebuild <name@version...>` in yarn's npm-layout node_modules.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lockfile_urls import UrlRoundTrip
from ..paths import conventional_path
from . import Command, Context, Manager, classify, environment_base

MANAGER = Manager(
    name="yarn", view="yarn1", lockfiles=("yarn.lock",),
    installing=frozenset({"install", "add", "upgrade", "upgrade-interactive", "remove", "import", "global",
                          "link", "unlink", "generate-lock-entry", "autoclean", "check"}),
    harmless=frozenset({"run", "test", "start", "exec", "node", "bin", "config", "info", "why", "list", "ls",
                        "outdated", "audit", "help", "version", "versions", "init", "create", "pack",
                        "publish", "login", "logout", "owner", "tag", "team", "licenses", "cache", "policies",
                        "workspace", "workspaces"}),
    frozen_flags=("--frozen-lockfile", "--pure-lockfile"),
)
YARN_DEFAULT = "https://registry.yarnpkg.com/"
PUBLIC = re.compile(r"^https?://registry\.(npmjs\.org|yarnpkg\.com)/")
VALUE_OPTIONS = frozenset({"--cwd", "--modules-folder", "--cache-folder", "--mutex", "--network-concurrency"})


def command(argv: Sequence[str]) -> Command:
    cmd = classify(MANAGER, argv, VALUE_OPTIONS)
    if cmd.installs and argv[1:2] and argv[1] not in MANAGER.installing and not argv[1].startswith("-"):
        return Command(MANAGER, tuple(argv), installs=False)  # `yarn <script>` runs a package.json script
    return cmd


def environment(cmd: Command, context: Context) -> dict[str, str]:
    env = {**environment_base(context), "YARN_REGISTRY": context.registry, "npm_config_registry": context.registry}
    for scope in context.scopes:
        env[f"npm_config_{scope}:registry"] = context.registry
    if cmd.installs:
        env["YARN_IGNORE_SCRIPTS"] = "true"
    return env


def before(cmd: Command, context: Context, upstream: str):
    registry = upstream.rstrip("/") + "/"
    # yarn's own rule: with its default registry, public-registry URLs are recorded on yarnpkg.com.
    public_default = bool(PUBLIC.match(registry))

    def to_firewall(url: str) -> str | None:
        if "/-/" not in url:
            return None
        if url.startswith(registry):
            return context.registry + url[len(registry):]
        if public_default and PUBLIC.match(url):
            return context.registry + PUBLIC.sub("", url)
        return None

    def recorded(name: str, version: str, url: str) -> str:
        base = YARN_DEFAULT if public_default else registry
        return base + conventional_path(name, version)

    trip = UrlRoundTrip([context.project / "yarn.lock", context.project / "node_modules" / ".yarn-integrity"],
                        context.registry, to_firewall, recorded)
    trip.forward()
    return trip.back


def scripts_command(cmd: Command, packages: Sequence[str], context: Context) -> list[str] | None:
    if not packages or cmd.dlx:
        return None
    return ["npm", "rebuild", "--ignore-scripts=false", *packages]
