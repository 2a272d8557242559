"""YAML from untrusted files, with a budget: aliases are counted, so an alias bomb is refused
instead of expanded."""

from __future__ import annotations

import yaml

from .errors import NpmwardError, UsageError

MAX_ALIASES = 100


def load_yaml(text: str, source: str, error: type[NpmwardError] = UsageError) -> object:
    """The document in `text` (one), or `error` naming `source` and what is wrong."""
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        aliases = sum(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=loader_cls))
        if aliases > MAX_ALIASES:
            raise error(f"{source}: {aliases} YAML aliases (more than {MAX_ALIASES}): refused as an alias bomb")
        return yaml.load(text, Loader=loader_cls)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise error(f"{source}: not valid YAML: {exc}") from None
    except RecursionError:
        raise error(f"{source}: nested too deeply to read") from None
