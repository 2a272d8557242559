"""Monitored projects: a directory (or lockfile) on this machine, or a git repository.

A git project is cloned shallowly into the cache (`<cache_dir>/monitor/checkouts/`) and brought up
to date with `git fetch` before each run. Nothing in it is ever run: git hooks are disabled and only
its lockfile, package.json and policy files are read.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..lockfiles import LOCKFILE_NAMES
from ..store import now, record_event
from ..store.models import Project

GIT_URL = re.compile(r"^(?:https?://|ssh://|git://|file://|git@[\w.-]+:)", re.I)
GIT_TIMEOUT = 300
MODES = ("scan", "audit")


def is_git_url(source: str) -> bool:
    return bool(GIT_URL.match(source)) or source.endswith(".git") and not Path(source).exists()


def _default_name(source: str) -> str:
    if is_git_url(source):
        return re.sub(r"\.git$", "", source.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]) or "project"
    path = Path(source)
    return (path.parent if path.is_file() else path).resolve().name or "project"


def add_project(session: Any, source: str, name: str | None = None, mode: str = "scan",
                actor: str = "cli") -> Project:
    """Register a project (a directory, a lockfile or a git URL). The name defaults to the
    directory's or repository's name and must be unique."""
    from sqlalchemy import select

    if mode not in MODES:
        raise UsageError(f"--mode must be one of {', '.join(MODES)}, not {mode!r}")
    if is_git_url(source):
        kind = "git"
    else:
        path = Path(source).expanduser().resolve()
        if path.is_file() and path.name not in LOCKFILE_NAMES:
            raise UsageError(f"{source}: not a lockfile ({', '.join(sorted(LOCKFILE_NAMES))}) or a directory")
        if not path.exists():
            raise UsageError(f"{source}: no such file or directory")
        if path.is_dir() and not any((path / n).is_file() for n in LOCKFILE_NAMES):
            raise UsageError(f"{source}: no lockfile here ({', '.join(sorted(LOCKFILE_NAMES))}); "
                             "run `npm install --package-lock-only --ignore-scripts` to make one")
        kind, source = "path", str(path)
    name = (name or _default_name(source)).strip()
    if not name or len(name) > 200:
        raise UsageError("a project name must have 1 to 200 characters")
    recorded = session.execute(select(Project).where(Project.source == source, Project.kind == "recorded")
                               ).scalars().first()
    if recorded is not None:  # results of `--store` runs: monitor it from now on, keeping them
        recorded.kind, recorded.mode = kind, mode
        record_event(session, actor, "project-monitored", recorded.name, recorded.id, source=source, mode=mode)
        return recorded
    existing = session.execute(select(Project).where(Project.name == name)).scalar_one_or_none()
    if existing is not None:
        raise UsageError(f"a project named {name!r} is already monitored ({existing.source}); choose --name")
    project = Project(name=name, source=source, kind=kind, mode=mode, created_at=now())
    session.add(project)
    session.flush()
    record_event(session, actor, "project-added", name, project.id, source=_redact(source), mode=mode)
    return project


def remove_project(session: Any, name: str, actor: str = "cli") -> None:
    project = find_project(session, name)
    record_event(session, actor, "project-removed", project.name, None, source=_redact(project.source))
    session.delete(project)


def find_project(session: Any, name: str) -> Project:
    from sqlalchemy import select

    project = session.execute(select(Project).where(Project.name == name)).scalar_one_or_none()
    if project is None:
        raise UsageError(f"no monitored project named {name!r} (see `npmward monitor list`)")
    return project


def _redact(source: str) -> str:
    """A URL without the credentials it may carry (`https://user:token@host/...`)."""
    return re.sub(r"(://)[^/@]+@", r"\1…@", source)


def project_dir(project: Project, cache_dir: Path) -> Path:
    """The project's directory on this machine: its own path, or an up-to-date checkout."""
    if project.kind == "path":
        path = Path(project.source)
        path = path.parent if path.is_file() else path
        if not path.is_dir():
            raise UsageError(f"{project.source}: the project's directory is gone")
        return path
    checkout = Path(cache_dir) / "monitor" / "checkouts" / hashlib.sha256(project.source.encode()).hexdigest()[:16]
    if (checkout / ".git").is_dir():
        _git(["fetch", "--depth", "1", "--quiet", "origin", "HEAD"], checkout, project)
        _git(["reset", "--hard", "--quiet", "FETCH_HEAD"], checkout, project)
    else:
        checkout.parent.mkdir(parents=True, exist_ok=True)
        _git(["clone", "--depth", "1", "--quiet", "--no-recurse-submodules", project.source, str(checkout)],
             checkout.parent, project)
    return checkout


def lockfile_of(project: Project, directory: Path) -> Path:
    from ..lockfiles import find_lockfile

    source = Path(project.source)
    if project.kind == "path" and source.is_file():
        return source
    return Path(find_lockfile(directory))


def _git(args: list[str], cwd: Path, project: Project) -> None:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "/bin/false", "GIT_LFS_SKIP_SMUDGE": "1"}
    command = ["git", "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false",
               "-c", "protocol.ext.allow=never", *args]
    try:
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=GIT_TIMEOUT)
    except FileNotFoundError:
        raise UsageError("git is not installed: it is needed to monitor a repository by URL") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"{_redact(project.source)}: git {args[0]} took longer than {GIT_TIMEOUT} s") from None
    if done.returncode != 0:
        message = _redact(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}")
        raise UsageError(f"{_redact(project.source)}: git {args[0]} failed: {message}")
