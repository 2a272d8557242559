"""Reporters: each module here that defines `FORMAT` renders a `ScanReport` in one format.

A reporter module defines `FORMAT` (the `--format` value) and `render(report, options)`. Modules are
discovered, so adding a format means adding one file; helper modules (no `FORMAT`) hold what
several formats share: terminal-safe text, per-check summaries, fix advice, lockfile locations.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Callable

from ..model import ScanReport, Severity


@dataclass(frozen=True)
class RenderOptions:
    """How the user asked to see a report (the same for every format; each uses what applies)."""

    verbose: bool = False
    """Text: every package with every finding, INFO ones included."""
    quiet: bool = False
    """Text: only packages the policy blocks or warns about, and errors."""
    width: int | None = None
    """Text: wrap at this many columns (the terminal's); None writes each line whole (files, pipes)."""
    color: bool = False
    """Text: colour and bold (only for a terminal)."""
    messages: bool = True
    """Text: include the run's errors and notes (off when they go to stderr beside a report on stdout)."""
    min_severity: Severity = Severity.LOW
    """SARIF: leave out findings below this severity (INFO ones only describe: "integrity verified")."""
    base: Path | None = None
    """SARIF: the directory artifact URIs are relative to (the current directory when None)."""


Renderer = Callable[..., str]


def _discover() -> dict[str, Renderer]:
    found: dict[str, Renderer] = {}
    for info in pkgutil.iter_modules(__path__):
        module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if fmt:
            found[fmt] = module.render
    return found


RENDERERS = _discover()


def render(report: ScanReport, fmt: str, options: RenderOptions | None = None) -> str:
    return RENDERERS[fmt](report, options or RenderOptions())
