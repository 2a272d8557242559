"""yarn 2+ (berry).

- Registry: `YARN_NPM_REGISTRY_SERVER` through the `standard` view: yarn.lock records
  `name@npm:version` and a checksum, and the URL only (`__archiveUrl`) when it is not the
  registry's conventional one — which the firewall's URL for a conventional upstream URL is.
  Plain HTTP to 127.0.0.1 is allowed for this run (`YARN_UNSAFE_HTTP_WHITELIST`).
- Scripts: `YARN_ENABLE_SCRIPTS=false`, then `yarn rebuild <name...>` with scripts on.
- Scoped registries set in .yarnrc.yml (`npmScopes`) cannot be overridden by a variable: their
  packages are checked with the lockfile after the install (`install.check_lockfile`).
- dlx gets an empty cache, so every tarball is fetched through the firewall.
"""

from __future__ import annotations

from typing import Sequence

from . import Command, Context, Manager, classify, environment_base

MANAGER = Manager(
    name="yarn-berry", view="standard", lockfiles=("yarn.lock",),
    installing=frozenset({"install", "add", "up", "upgrade", "remove", "dedupe", "link", "unlink", "rebuild",
                          "patch-commit", "set", "workspaces"}),
    harmless=frozenset({"run", "test", "start", "exec", "node", "bin", "config", "info", "why", "npm", "pack",
                        "constraints", "explain", "help", "version", "init", "stage", "search", "plugin"}),
    frozen_flags=("--immutable", "--frozen-lockfile", "--immutable-cache"),
    dlx=frozenset({"dlx", "create"}),
)
VALUE_OPTIONS = frozenset({"--cwd", "--mode", "-p", "--package"})


def command(argv: Sequence[str]) -> Command:
    cmd = classify(MANAGER, argv, VALUE_OPTIONS)
    if cmd.installs and not cmd.dlx and argv[1:2] and argv[1] not in MANAGER.installing and not argv[1].startswith("-"):
        # `yarn <script>` runs a package.json script (yarn's own rule): it installs nothing.
        return Command(MANAGER, tuple(argv), installs=False)
    return cmd


def environment(cmd: Command, context: Context) -> dict[str, str]:
    env = {**environment_base(context), "YARN_NPM_REGISTRY_SERVER": context.registry.rstrip("/"),
           "YARN_UNSAFE_HTTP_WHITELIST": "127.0.0.1", "YARN_ENABLE_TELEMETRY": "0"}
    if cmd.installs:
        env["YARN_ENABLE_SCRIPTS"] = "false"
    if cmd.dlx:
        env["YARN_ENABLE_GLOBAL_CACHE"] = "false"
        env["YARN_CACHE_FOLDER"] = str(context.scratch / "yarn-cache")
        env["YARN_GLOBAL_FOLDER"] = str(context.scratch / "yarn-global")
    return env


def scripts_command(cmd: Command, packages: Sequence[str], context: Context) -> list[str] | None:
    if not packages or cmd.dlx:
        return None
    return [cmd.argv[0], "rebuild", *sorted({p.rsplit("@", 1)[0] for p in packages})]


SCRIPTS_ENV = {"YARN_ENABLE_SCRIPTS": "true"}
