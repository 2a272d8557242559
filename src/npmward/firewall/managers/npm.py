"""npm and npx.

- Registry: `npm_config_registry` (and `npm_config_@scope:registry` for each scoped upstream).
  package-lock.json records the packument's `dist.tarball`, which the firewall leaves as the
  upstream wrote it; npm reaches the firewall for the bytes through `replace-registry-host`, which
  swaps a recorded host for the configured registry — the upstream's host, or `always` when the
  upstreams (and the public registry a lockfile may name) are on several hosts.
- Scripts: `npm_config_ignore_scripts=true`, then `npm rebuild <name@version...>` for the allowed ones.
- A dlx command (`npx`, `npm exec`) gets an empty cache, so every tarball it needs is fetched
  through the firewall rather than taken from a cache nobody checked.
"""

from __future__ import annotations

from typing import Sequence

from . import Command, Context, Manager, classify, environment_base

MANAGER = Manager(
    name="npm", view="npm", lockfiles=("npm-shrinkwrap.json", "package-lock.json"),
    installing=frozenset({"install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal",
                          "isntall", "add", "ci", "clean-install", "ic", "install-clean", "isntall-clean",
                          "update", "up", "upgrade", "udpate", "install-test", "it", "install-ci-test", "cit",
                          "dedupe", "ddp", "link", "ln", "uninstall", "remove", "rm", "r", "un", "unlink",
                          "prune", "find-dupes"}),
    harmless=frozenset({"run", "run-script", "rum", "urn", "test", "tst", "t", "start", "stop", "restart", "ls",
                        "list", "la", "ll", "view", "v", "info", "show", "config", "c", "get", "set", "help",
                        "version", "-v", "outdated", "explain", "why", "audit", "pkg", "init", "create",
                        "whoami", "ping", "doctor", "pack", "publish", "search", "s", "se", "find", "root",
                        "prefix", "bin", "query", "sbom", "diff", "fund", "repo", "docs", "bugs", "login",
                        "logout", "adduser", "owner", "access", "token", "team", "org", "hook", "profile",
                        "star", "stars", "unstar", "deprecate", "dist-tag", "edit", "explore", "completion",
                        "cache", "shrinkwrap", "install-scripts", "approve-scripts", "deny-scripts"}),
    frozen_flags=(),
    dlx=frozenset({"exec", "x"}),
)
VALUE_OPTIONS = frozenset({"--prefix", "-C", "--workspace", "-w", "--cache", "--userconfig", "--loglevel",
                           "--package", "-p", "--call", "-c", "--omit", "--include", "--tag"})


def command(argv: Sequence[str]) -> Command:
    if argv and argv[0].endswith("npx"):
        return Command(MANAGER, tuple(argv), installs=True, dlx=True)
    return classify(MANAGER, argv, VALUE_OPTIONS)


def replace_host(context: Context) -> str:
    hosts = set(context.upstream_hosts) | {"registry.npmjs.org"}
    return next(iter(hosts)) if len(hosts) == 1 else "always"


def environment(cmd: Command, context: Context) -> dict[str, str]:
    env = {**environment_base(context), "npm_config_registry": context.registry,
           "npm_config_replace_registry_host": replace_host(context)}
    for scope in context.scopes:
        env[f"npm_config_{scope}:registry"] = context.registry
    if cmd.installs:
        env["npm_config_ignore_scripts"] = "true"
    if cmd.dlx:
        env["npm_config_cache"] = str(context.scratch / "npm-cache")
    return env


def scripts_command(cmd: Command, packages: Sequence[str], context: Context) -> list[str] | None:
    """Run the install scripts of `packages` (`name@version`), and only theirs."""
    if not packages or cmd.dlx:
        return None
    return ["npm", "rebuild", "--ignore-scripts=false", *packages]
