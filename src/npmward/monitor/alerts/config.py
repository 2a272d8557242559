"""The alert channels: where to send what, read from the user's alerts file.

```yaml
# ~/.config/npmward/alerts.yml (or --alerts FILE, or NPMWARD_ALERTS)
dashboard_url: http://127.0.0.1:8080     # optional: links in messages
channels:
  - name: security-slack                 # unique; names the channel in the store
    type: slack                          # webhook | slack | teams | email | github
    url: ${SLACK_WEBHOOK_URL}            # ${VAR} is read from the environment
    levels: [malicious, suspicious]      # package verdicts to alert on (default: malicious)
    projects: ["web-*"]                  # project name globs (default: every project)
    max_per_hour: 4                      # messages at most; the rest waits, grouped (default 4)
```

Secrets (webhook URLs, tokens, passwords) belong in the environment, not in the file; a `${VAR}`
that is not set is an error, never an empty value, and no secret is ever printed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ...errors import UsageError

TYPES = {
    "webhook": ({"url"}, {"secret", "headers"}),
    "slack": ({"url"}, set()),
    "teams": ({"url"}, set()),
    "email": ({"host", "from", "to"}, {"port", "starttls", "ssl", "username", "password"}),
    "github": ({"repo", "token"}, {"api_url", "labels", "max_issues"}),
}
"""type -> (required options, optional options)."""
COMMON = {"name", "type", "levels", "projects", "max_per_hour"}
LEVELS = ("malicious", "suspicious", "unknown")
VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Channel:
    """One destination of alerts and its rule."""

    name: str
    type: str
    levels: tuple[str, ...] = ("malicious",)
    """Package verdicts whose new findings are alerted."""
    projects: tuple[str, ...] = ("*",)
    """Globs of the project names it covers."""
    max_per_hour: int = 4
    """Messages at most per hour; what is over waits for the next run, grouped."""
    options: Mapping[str, Any] = field(default_factory=dict)
    """The type's own settings (url, host, repo, token, ...), with variables expanded."""


@dataclass(frozen=True)
class AlertConfig:
    channels: tuple[Channel, ...] = ()
    dashboard_url: str | None = None
    source: str = ""


def default_path() -> Path:
    """`NPMWARD_ALERTS`, else `alerts.yml` beside the user's config file."""
    from ...settings import user_config_path

    env = os.environ.get("NPMWARD_ALERTS")
    return Path(env).expanduser() if env else user_config_path().parent / "alerts.yml"


def load_alerts(path: Path | None = None) -> AlertConfig:
    """The alert channels of `path` (default: `default_path()`; no file means no channels, unless
    the file was named explicitly)."""
    from ...settings import read_config_file

    explicit = path is not None
    path = path or default_path()
    if not path.is_file():
        if explicit:
            raise UsageError(f"{path}: no such alerts file")
        return AlertConfig()
    data = read_config_file(path)
    unknown = set(data) - {"channels", "dashboard_url"}
    if unknown:
        raise UsageError(f"{path}: unknown key(s) {', '.join(sorted(unknown))} (known: channels, dashboard_url)")
    items = data.get("channels") or []
    if not isinstance(items, list):
        raise UsageError(f"{path}: `channels` must be a list")
    channels = [_channel(path, i, item) for i, item in enumerate(items, 1)]
    names = [c.name for c in channels]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise UsageError(f"{path}: two channels are named {duplicate!r}")
    dashboard = data.get("dashboard_url")
    if dashboard is not None and not isinstance(dashboard, str):
        raise UsageError(f"{path}: `dashboard_url` must be a URL")
    return AlertConfig(tuple(channels), dashboard.rstrip("/") if dashboard else None, str(path))


def _channel(path: Path, index: int, item: Any) -> Channel:
    where = f"{path}: channel {index}"
    if not isinstance(item, dict):
        raise UsageError(f"{where}: must be a mapping with at least `type`")
    kind = item.get("type")
    if kind not in TYPES:
        raise UsageError(f"{where}: `type` must be one of {', '.join(TYPES)}, not {kind!r}")
    required, optional = TYPES[kind]
    unknown = set(item) - COMMON - required - optional
    if unknown:
        raise UsageError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} for type {kind} "
                         f"(known: {', '.join(sorted(COMMON | required | optional))})")
    missing = sorted(required - set(item))
    if missing:
        raise UsageError(f"{where}: {kind} needs {', '.join(missing)}")
    options = {k: _expand(where, k, v) for k, v in item.items() if k not in COMMON}
    levels = item.get("levels", ["malicious"])
    if not isinstance(levels, list) or not levels or any(level not in LEVELS for level in levels):
        raise UsageError(f"{where}: `levels` must be a list of {', '.join(LEVELS)}")
    projects = item.get("projects", ["*"])
    if not isinstance(projects, list) or not all(isinstance(p, str) and p for p in projects):
        raise UsageError(f"{where}: `projects` must be a list of project names or globs")
    limit = item.get("max_per_hour", 4)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise UsageError(f"{where}: `max_per_hour` must be a whole number of at least 1")
    if kind == "email" and isinstance(options["to"], str):
        options["to"] = [options["to"]]
    name = item.get("name") or f"{kind}-{index}"
    if not isinstance(name, str) or len(name) > 100:
        raise UsageError(f"{where}: `name` must be a string of at most 100 characters")
    return Channel(name, kind, tuple(levels), tuple(projects), limit, options)


def _expand(where: str, key: str, value: Any) -> Any:
    if isinstance(value, str):
        def variable(match: re.Match) -> str:
            name = match.group(1)
            if name not in os.environ:
                raise UsageError(f"{where}: `{key}` uses ${{{name}}}, which is not set in the environment")
            return os.environ[name]

        return VARIABLE.sub(variable, value)
    if isinstance(value, list):
        return [_expand(where, key, v) for v in value]
    if isinstance(value, dict):
        return {k: _expand(where, key, v) for k, v in value.items()}
    return value
