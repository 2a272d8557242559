"""Reporters: each module here renders a `ScanReport` in one format.

A reporter module defines `FORMAT` (the `--format` value) and `render(report) -> str`. Modules are
discovered, so adding a format means adding one file.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Callable

from ..model import ScanReport


def _discover() -> dict[str, Callable[[ScanReport], str]]:
    found: dict[str, Callable[[ScanReport], str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if fmt:
            found[fmt] = module.render
    return found


RENDERERS = _discover()


def render(report: ScanReport, fmt: str) -> str:
    return RENDERERS[fmt](report)
