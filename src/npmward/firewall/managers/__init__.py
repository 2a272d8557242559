"""One small module per package manager: how to point it at the firewall, which commands install,
how to run only the allowed install scripts.

Every manager is pointed at the firewall through its own environment variables, so *every* command
it runs — whatever its spelling or alias — asks the firewall, never the upstream. Recognising the
command only decides the extra work around it: checking a lockfile before and after, turning
lifecycle scripts off and running the allowed ones afterwards. A command a manager module does not
know is treated as one that installs, so an unknown alias gets more checks, never fewer.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ...errors import UsageError


@dataclass(frozen=True)
class Command:
    """A package manager command, understood."""

    manager: "Manager"
    argv: tuple[str, ...]
    """What runs (possibly with flags the manager module added, e.g. bun's `--ignore-scripts`)."""
    installs: bool
    """It may write packages into the project (or a temporary one, for dlx)."""
    frozen: bool = False
    """It installs exactly what the lockfile says (`npm ci`, `--frozen-lockfile`, `--immutable`)."""
    dlx: bool = False
    """It fetches a package to run it once (npx, pnpm dlx, yarn dlx, bunx): no project lockfile."""


@dataclass(frozen=True)
class Context:
    """What a manager module needs to configure one run."""

    registry: str
    """The firewall's registry URL for this manager's view (ends with `/`)."""
    root: str
    """The firewall's URL without a view (ends with `/`)."""
    upstream_hosts: frozenset[str]
    scopes: Sequence[str]
    """Scopes with a registry of their own in the npm configuration (pointed at the firewall too)."""
    scratch: Path
    """A temporary directory for this run (removed afterwards)."""
    project: Path


@dataclass(frozen=True)
class Manager:
    """What the install wrapper needs to know about one package manager."""

    name: str
    """`npm`, `pnpm`, `yarn` (v1), `yarn-berry` or `bun`."""
    view: str
    """How the firewall writes tarball URLs for it (`paths.VIEWS`)."""
    lockfiles: tuple[str, ...]
    installing: frozenset[str] = field(default_factory=frozenset)
    """Subcommands (and aliases) that install."""
    harmless: frozenset[str] = field(default_factory=frozenset)
    """Subcommands known not to install; anything not listed in either set is treated as installing."""
    frozen_flags: tuple[str, ...] = ()
    dlx: frozenset[str] = field(default_factory=frozenset)

    def lockfile(self, project: Path) -> Path | None:
        return next((project / n for n in self.lockfiles if (project / n).is_file()), None)


def which(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        raise UsageError(f"{program}: not found on PATH")
    return found


def yarn_is_berry(executable: str, cwd: Path) -> bool:
    """Whether `yarn` here is yarn 2+ (berry): it answers `--version` with 2.x or later (a project's
    `packageManager` or `yarnPath` picks the version, so it is asked in the project)."""
    try:
        out = subprocess.run([executable, "--version"], cwd=cwd, capture_output=True, text=True, timeout=60,
                             env={**__import__("os").environ, "COREPACK_ENABLE_DOWNLOAD_PROMPT": "0"})
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(f"{executable} --version failed: {exc}") from None
    version = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    if out.returncode != 0 or not version[:1].isdigit():
        raise UsageError(f"{executable} --version did not answer a version: {(out.stderr or out.stdout).strip()[:200]}")
    return int(version.split(".", 1)[0]) >= 2


def subcommand(argv: Sequence[str], value_options: frozenset[str] = frozenset()) -> tuple[str | None, int]:
    """The first argument that is not an option (and its index); options in `value_options` take
    the next argument as their value."""
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        if arg == "--":
            return None, -1
        if arg.startswith("-"):
            skip = arg in value_options
            continue
        return arg, index
    return None, -1


def classify(manager: Manager, argv: Sequence[str], value_options: frozenset[str] = frozenset()) -> Command:
    """The command of `argv` (`argv[0]` is the program) for a manager with subcommands."""
    sub, _ = subcommand(argv[1:], value_options)
    frozen = any(flag in argv for flag in manager.frozen_flags)
    if sub is None or sub in manager.installing:
        return Command(manager, tuple(argv), installs=True, frozen=frozen or sub in ("ci", "clean-install", "ic",
                                                                                       "install-clean", "isntall-clean"))
    if sub in manager.dlx:
        return Command(manager, tuple(argv), installs=True, dlx=True)
    if sub in manager.harmless:
        return Command(manager, tuple(argv), installs=False)
    return Command(manager, tuple(argv), installs=True, frozen=frozen)


def environment_base(context: Context) -> dict[str, str]:
    """Variables every manager gets: no update checks or prompts that would talk elsewhere."""
    return {"npm_config_update_notifier": "false", "COREPACK_ENABLE_DOWNLOAD_PROMPT": "0"}


def lookup(program: str) -> str:
    """The manager module's name for a program name."""
    table = {"npm": "npm", "npx": "npm", "pnpm": "pnpm", "pnpx": "pnpm", "yarn": "yarn", "yarnpkg": "yarn",
             "bun": "bun", "bunx": "bun"}
    base = Path(program).name
    if base not in table:
        raise UsageError(f"{program}: not a package manager npmward knows (npm, npx, pnpm, pnpx, yarn, bun, bunx)")
    return table[base]

