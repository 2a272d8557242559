"""How npmward runs, from sources it trusts — never from the project it scans.

Two kinds of configuration are kept apart on purpose:

- `Settings` (this module): where npmward's own data lives (the cache, the advisory database),
  offline mode, workers, budgets. They come from the command line, `NPMWARD_*` variables and the
  user's config file (`$XDG_CONFIG_HOME/npmward/config.yml`, or the file `NPMWARD_CONFIG` names).
  A scanned repository never sets them: one that could choose npmward's cache directory could ship
  its own advisory database or a cache of empty findings and scan clean.
- The policy (`npmward.policy`): what may be said about a project's dependencies — private scopes,
  internal names, reviewed install scripts, rule actions, accepted findings. The user's config file
  sets organisation-wide defaults; a project's `.npmward.yml` may add to them, and every exception
  it makes is shown in the report.

Config files are validated: an unknown key or a wrong type is an error naming the file and the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import UsageError

CONFIG_FILE = ".npmward.yml"
"""The project's policy file."""
MAX_CONFIG_BYTES = 1_000_000


def default_cache_dir() -> Path:
    env = os.environ.get("NPMWARD_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "npmward"


def user_config_path() -> Path:
    """The user's config file: `NPMWARD_CONFIG`, else `$XDG_CONFIG_HOME/npmward/config.yml`."""
    env = os.environ.get("NPMWARD_CONFIG")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "npmward" / "config.yml"


@dataclass(frozen=True)
class Settings:
    """How one run of npmward works. Never read from the scanned project."""

    cache_dir: Path = field(default_factory=default_cache_dir)
    """Tarballs, packuments, findings and the advisory database live below it."""
    offline: bool = False
    """Use only the cache; say what is missing instead of fetching it."""
    use_cache: bool = True
    """False (`--no-cache`) ignores cached findings and packuments (tarballs are still verified)."""
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    """Worker processes for analysis (and parallel sandboxes)."""
    package_seconds: float = 120.0
    """Time budget of the analysis of one package, in CPU seconds of its worker (4 times that in wall
    time at most); past it the package is reported incomplete."""
    package_memory_mb: int = 3072
    """Address-space limit of an analysis worker (RLIMIT_AS); past it the package is incomplete."""
    expand_project_env: bool = False
    """Expand `${VAR}` in the project's `.npmrc` (npm does; npmward does not by default, because a
    scanned repository could send a CI secret to a registry of its choosing)."""
    project_dir: Path | None = None
    """The project whose `.npmrc` and `.npmward.yml` apply."""
    firewall_wait: float = 60.0
    """Seconds the firewall holds a tarball request while its first analysis runs; past it the
    request is answered by `firewall_fail_open` (the analysis goes on and its verdict is cached)."""
    firewall_fail_open: bool = False
    """On a laptop, serve what could not be decided (analysis too slow or failed, no advisory
    database) with a loud warning instead of refusing it. Ignored when `CI` is set: CI fails closed."""
    db_url: str | None = None
    """The results store (`npmward.store`): a SQLite path or URL, or `postgresql://…`; None for
    `store.sqlite` in the cache directory. From `--db`, `NPMWARD_DB_URL` or the config file."""

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)


# --- config files ------------------------------------------------------------------------------

def _positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError("must be a positive number")
    return float(value)


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value
def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value.strip()


def _path(value: Any) -> Path:
    if not isinstance(value, str) or not value:
        raise ValueError("must be a path")
    return Path(value).expanduser()


RUN_KEYS: Mapping[str, Callable[[Any], Any]] = {
    "cache_dir": _path,
    "jobs": _positive_int,
    "package_seconds": _positive_number,
    "package_memory_mb": _positive_int,
    "firewall_wait": _positive_number,
    "firewall_fail_open": _bool,
    "expand_project_env": _bool,
    "db_url": _text,
}
"""Keys of the user's config file that set `Settings` (and that a project file may never set)."""


def read_config_file(path: Path) -> dict[str, Any]:
    """A config file's mapping ({} when the file does not exist). Read only from a regular file, at
    most MAX_CONFIG_BYTES, as YAML with a budget (no alias bombs)."""
    from .files import read_bounded

    data = read_bounded(path, MAX_CONFIG_BYTES, UsageError, missing_ok=True)
    if data is None:
        return {}
    from .yamlload import YamlError, load_yaml  # the YAML parser only when there is a file to parse

    try:
        document = load_yaml(data.decode("utf-8"), str(path))
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text: {exc}") from None
    except YamlError as exc:
        raise UsageError(str(exc)) from None
    if document is None:
        return {}
    if not isinstance(document, dict) or not all(isinstance(k, str) for k in document):
        raise UsageError(f"{path}: must be a mapping of settings (key: value)")
    return document


def check_key(path: Path, key: str, value: Any, convert: Callable[[Any], Any]) -> Any:
    try:
        return convert(value)
    except ValueError as exc:
        raise UsageError(f"{path}: `{key}` {exc} (got {value!r})") from None


def load_settings(project_dir: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the user's config file, `NPMWARD_*` variables and explicit overrides (None
    values are ignored). The project directory only says whose `.npmrc` applies."""
    from .policy import POLICY_KEYS

    path = user_config_path()
    values: dict[str, Any] = {}
    for key, value in read_config_file(path).items():
        if key in RUN_KEYS:
            values[key] = check_key(path, key, value, RUN_KEYS[key])
        elif key not in POLICY_KEYS:
            known = ", ".join(sorted({*RUN_KEYS, *POLICY_KEYS}))
            raise UsageError(f"{path}: unknown setting `{key}` (known: {known})")
    if os.environ.get("NPMWARD_CACHE_DIR"):
        values["cache_dir"] = default_cache_dir()  # the variable wins over the file
    if os.environ.get("NPMWARD_DB_URL"):
        values["db_url"] = os.environ["NPMWARD_DB_URL"]
    if project_dir is not None:
        values["project_dir"] = Path(project_dir)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
