"""pnpm and pnpx.

- Registry: `npm_config_registry` (pnpm reads npm's variables) and `npm_config_@scope:registry`,
  through the `standard` view: pnpm leaves a conventional tarball URL out of pnpm-lock.yaml (only the
  integrity is recorded) and builds it from the configured registry — the firewall.
- Scripts: `npm_config_ignore_scripts=true`, then `pnpm rebuild <name...>` for the allowed ones.
- dlx (`pnpm dlx`, `pnpx`) gets an empty store and cache, so every tarball is fetched through the firewall.
"""

from __future__ import annotations

from typing import Sequence

from . import Command, Context, Manager, classify, environment_base

MANAGER = Manager(
    name="pnpm", view="standard", lockfiles=("pnpm-lock.yaml",),
    installing=frozenset({"install", "i", "add", "update", "up", "upgrade", "remove", "rm", "uninstall", "un",
                          "link", "ln", "unlink", "import", "fetch", "dedupe", "prune", "install-test", "it"}),
    harmless=frozenset({"run", "run-script", "test", "t", "start", "exec", "list", "ls", "ll", "la", "why",
                        "outdated", "audit", "config", "c", "get", "set", "help", "root", "bin", "store",
                        "pack", "publish", "init", "view", "info", "show", "licenses", "patch", "patch-commit",
                        "server", "env", "setup", "doctor", "sbom", "cat-file", "cat-index", "find-hash"}),
    frozen_flags=("--frozen-lockfile",),
    dlx=frozenset({"dlx", "create"}),
)
VALUE_OPTIONS = frozenset({"--dir", "-C", "--filter", "-F", "--reporter", "--store-dir", "--workspace-dir",
                           "--package", "--loglevel"})


def command(argv: Sequence[str]) -> Command:
    if argv and argv[0].endswith("pnpx"):
        return Command(MANAGER, tuple(argv), installs=True, dlx=True)
    return classify(MANAGER, argv, VALUE_OPTIONS)


def environment(cmd: Command, context: Context) -> dict[str, str]:
    env = {**environment_base(context), "npm_config_registry": context.registry}
    for scope in context.scopes:
        env[f"npm_config_{scope}:registry"] = context.registry
    if cmd.installs:
        env["npm_config_ignore_scripts"] = "true"
    if cmd.dlx:
        env["npm_config_store_dir"] = str(context.scratch / "pnpm-store")
        env["npm_config_cache_dir"] = str(context.scratch / "pnpm-cache")
    return env


def scripts_command(cmd: Command, packages: Sequence[str], context: Context) -> list[str] | None:
    if not packages or cmd.dlx:
        return None
    names = sorted({p.rsplit("@", 1)[0] for p in packages})
    return ["pnpm", "rebuild", *names]


# pnpm 10 builds only approved packages; `rebuild <names>` limits the approval to the allowed ones.
SCRIPTS_ENV = {"npm_config_ignore_scripts": "false", "npm_config_dangerously_allow_all_builds": "true"}
