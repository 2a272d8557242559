"""`npmward install -- <manager> ARGS...`: one package manager command behind the firewall.

1. The lockfile the manager will install from is checked first — every locked name@version and
   integrity — so a package already in the manager's own cache (which it would never download) is
   refused too; a refused package stops the command before it starts.
2. The firewall serves on a free port for the duration of the command; the manager is pointed at it
   through its own environment variables (never the user's files) with lifecycle scripts off.
3. Afterwards the lockfile is checked again for what the firewall did not see (packages the
   manager took from its cache), then only the install scripts of packages that the policy allows
   (`allowed_scripts`) are run — optionally inside the sandbox.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..errors import UsageError
from ..model import Action
from ..pipeline import Subject
from ..pipeline.resolve import graph_subjects
from .gate import Decision
from .managers import Command, Context, lookup, which, yarn_is_berry
from .service import FirewallOptions, build_firewall, running_firewall

INSTALL_HOOKS = ("preinstall", "install", "postinstall")
BYPASS_FLAGS = ("--registry", "--userconfig", "--globalconfig")


@dataclass(frozen=True)
class Outcome:
    """What the wrapper did (the exit code and what the user is told)."""

    code: int
    refused: tuple[tuple[str, str], ...] = ()
    """(`name@version`, reason) of every refused package."""
    scripts_run: tuple[str, ...] = ()
    scripts_skipped: tuple[str, ...] = ()


def driver_for(argv: Sequence[str], project: Path):
    """The manager module for `argv[0]` (yarn v1 and yarn berry are told apart by asking yarn)."""
    name = lookup(argv[0])
    if name == "yarn":
        name = "berry" if yarn_is_berry(which(argv[0]), project) else "yarn"
    return importlib.import_module(f"{__package__}.managers.{name}")


def check_lockfile(gate, lockfile: Path, skip: set[str], where: str) -> list[tuple[str, Decision]]:
    """Decisions on every registry package of `lockfile` whose integrity is not in `skip`."""
    from ..lockfiles import read_lockfile
    from ..model import DependencyKind

    if lockfile.stat().st_size == 0:  # yarn berry's marker of a project with nothing locked yet
        return []
    graph = read_lockfile(lockfile)
    subjects, _ = graph_subjects(graph)
    wanted = [s for s in subjects if s.locked.kind is DependencyKind.REGISTRY
              and not (s.locked.integrity and s.locked.integrity in skip)]
    unique: dict[str, Subject] = {}
    for subject in wanted:
        unique.setdefault(str(subject.id), subject)
    chosen = list(unique.values())
    return [(str(s.id), d) for s, d in zip(chosen, gate.decide_many(chosen, where))]


def packages_with_scripts(project: Path) -> list[tuple[str, str]]:
    """(name, version) of every installed package with an install hook (or a binding.gyp, which npm
    builds with node-gyp)."""
    from ..package import find_installed_packages

    out = []
    for directory in find_installed_packages(project):
        try:
            manifest = json.loads((directory / "package.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        scripts = manifest.get("scripts") if isinstance(manifest.get("scripts"), dict) else {}
        if any(isinstance(scripts.get(h), str) for h in INSTALL_HOOKS) or (directory / "binding.gyp").is_file():
            if isinstance(manifest.get("name"), str) and isinstance(manifest.get("version"), str):
                out.append((manifest["name"], manifest["version"]))
    return sorted(set(out))


def run_install(argv: Sequence[str], pipeline, options: FirewallOptions, *, project: Path,
                say: Callable[[str], None], sandbox_scripts: bool = False) -> Outcome:
    if not argv:
        raise UsageError("nothing to run: npmward install -- <npm|yarn|pnpm|bun|npx|pnpx|bunx> ARGS...")
    bypass = [a for a in argv[1:] if a.split("=", 1)[0] in BYPASS_FLAGS]
    if bypass:
        raise UsageError(f"{bypass[0]} would send {argv[0]} around the firewall; give the upstream registry to "
                         "npmward instead (`npmward install --registry URL -- ...`)")
    driver = driver_for(argv, project)
    cmd: Command = driver.command(list(argv))
    firewall, warnings = build_firewall(pipeline, options)
    for warning in warnings:
        say(warning)
    gate = firewall.gate
    refused: list[tuple[str, str]] = []

    def stop(found: list[tuple[str, Decision]], when: str) -> bool:
        blocked = [(pkg, d.reason) for pkg, d in found if d.action is Action.BLOCK]
        for pkg, reason in blocked:
            say(f"npmward: refused {pkg} ({when}): {reason}")
        refused.extend(blocked)
        return bool(blocked)

    lockfile = driver.MANAGER.lockfile(project) if cmd.installs and not cmd.dlx else None
    if lockfile is not None and stop(check_lockfile(gate, lockfile, set(), "lockfile"), f"locked in {lockfile.name}"):
        return Outcome(1, tuple(refused))
    with tempfile.TemporaryDirectory(prefix="npmward-install-") as scratch, running_firewall(firewall) as url:
        config = pipeline.npm_config
        context = Context(registry=url if driver.MANAGER.view == "npm" else f"{url}~{driver.MANAGER.view}/",
                          root=url, upstream_hosts=firewall.upstreams.hosts, scopes=sorted(config.scopes),
                          scratch=Path(scratch), project=project)
        env = {**os.environ, **driver.environment(cmd, context)}
        restore = driver.before(cmd, context, config.registry) if hasattr(driver, "before") else None
        try:
            code = subprocess.run(cmd.argv, cwd=project, env=env).returncode
        finally:
            if restore is not None:
                restore()
        for entry in firewall.gate.log.blocked:
            pkg = f"{entry['package']}@{entry['version']}"
            if (pkg, entry["reason"]) not in refused:
                say(f"npmward: refused {pkg}: {entry['reason']}")
                refused.append((pkg, entry["reason"]))
        if code != 0:
            return Outcome(code, tuple(dict.fromkeys(refused)))
        if not cmd.installs or cmd.dlx:
            return Outcome(0, tuple(dict.fromkeys(refused)))
        lockfile = driver.MANAGER.lockfile(project)
        if lockfile is not None and stop(check_lockfile(gate, lockfile, set(gate.decided), "installed"),
                                         "installed from the package manager's cache"):
            say("npmward: the packages above were installed but none of their scripts ran; remove them "
                "(`rm -rf node_modules`) before using the project")
            return Outcome(1, tuple(dict.fromkeys(refused)))
        run, skipped = _scripts(driver, cmd, context, pipeline.policy, project, env, say, sandbox_scripts)
    return Outcome(0, tuple(dict.fromkeys(refused)), run, skipped)


def _scripts(driver, cmd: Command, context: Context, policy, project: Path, env: dict, say, sandboxed: bool):
    from ..model import PackageId

    found = packages_with_scripts(project)
    allowed = [f"{n}@{v}" for n, v in found if any(m.matches(PackageId(n, v)) for m in policy.allowed_scripts)]
    skipped = [f"{n}@{v}" for n, v in found if f"{n}@{v}" not in allowed]
    if skipped:
        say(f"npmward: install scripts not run (not in allowed_scripts): {', '.join(skipped)}")
    argv = driver.scripts_command(cmd, allowed, context) if allowed else None
    if argv:
        say(f"npmward: running the install scripts of {', '.join(allowed)}")
        if sandboxed:
            from .scripts_sandbox import sandboxed_argv

            argv = sandboxed_argv(argv, project)
        code = subprocess.run(argv, cwd=project, env={**env, **getattr(driver, "SCRIPTS_ENV", {})}).returncode
        if code != 0:
            raise UsageError(f"the allowed install scripts failed (exit {code}): {' '.join(argv)}")
    return tuple(allowed), tuple(skipped)
