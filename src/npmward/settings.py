"""npmward's own settings: where the cache lives, what is private, what is allowed.

Read from `.npmward.yml` in the project directory (or the file named by `NPMWARD_CONFIG`), with
command-line options taking precedence. The npm configuration (registries, tokens) is read by
`npmward.registry.npmrc`, not here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import UsageError

CONFIG_FILE = ".npmward.yml"


def default_cache_dir() -> Path:
    env = os.environ.get("NPMWARD_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "npmward"


@dataclass(frozen=True)
class Settings:
    cache_dir: Path = field(default_factory=default_cache_dir)
    """Tarballs, packuments, verdicts and the advisory database live below it."""
    offline: bool = False
    """Use only the cache; say what is missing instead of fetching it."""
    use_cache: bool = True
    """False (`--no-cache`) ignores cached verdicts and packuments (tarballs are still verified)."""
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    private_scopes: tuple[str, ...] = ()
    """Scopes (`@acme`) that belong to the organisation: never public, never matched as public malware."""
    internal_names: tuple[str, ...] = ()
    """Unscoped package names that are internal (dependency-confusion targets)."""
    allowed_scripts: tuple[str, ...] = ()
    """Packages whose lifecycle scripts are reviewed and allowed (`name` or `name@version`)."""
    project_dir: Path | None = None

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)


def load_settings(project_dir: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the config file (if any) plus explicit overrides (None values are ignored)."""
    values: dict[str, Any] = {}
    path = os.environ.get("NPMWARD_CONFIG")
    candidate = Path(path) if path else (project_dir / CONFIG_FILE if project_dir else None)
    if candidate is not None and candidate.is_file():
        try:
            data = yaml.safe_load(candidate.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise UsageError(f"{candidate}: cannot read npmward settings: {exc}") from exc
        if not isinstance(data, dict):
            raise UsageError(f"{candidate}: npmward settings must be a mapping")
        for key in ("private_scopes", "internal_names", "allowed_scripts"):
            if key in data:
                items = data[key]
                if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                    raise UsageError(f"{candidate}: {key} must be a list of strings")
                values[key] = tuple(items)
        if "cache_dir" in data:
            values["cache_dir"] = Path(str(data["cache_dir"])).expanduser()
    if project_dir is not None:
        values["project_dir"] = project_dir
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
