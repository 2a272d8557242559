"""What a rule sees: one file's facts, split by when they run, and how to grade a finding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ...model import Confidence, Finding, Severity
from .extract import Fact, FileFacts

WHEN_TEXT = {"install": "at install time (a lifecycle script runs it)", "entry": "as soon as the package is loaded",
             "module": "when this module is loaded"}


@dataclass(frozen=True)
class Grid:
    """A rule's (severity, confidence) by when the code runs."""

    install: tuple[Severity, Confidence]
    """Run by a lifecycle script (or by code one runs)."""
    load: tuple[Severity, Confidence]
    """Run as soon as the package's entry module is required."""
    deferred: tuple[Severity, Confidence]
    """Inside a function nothing calls when the file runs."""
    module: tuple[Severity, Confidence] | None = None
    """Run when a module outside the install and entry closures is loaded; by default one step
    below `load` (a module nothing loads at install or on require runs only if a caller imports it)."""

    @property
    def strongest(self) -> Severity:
        return max(self.install[0], self.load[0], self.deferred[0])


@dataclass
class FileView:
    """One file's facts with what the analyzer knows about the package around it."""

    facts: FileFacts
    when: str
    """`install` (run by a lifecycle script), `entry` (the main module), or `module`."""
    text: bytes
    active: list[Fact]
    """Facts that run when the file runs (top level and what it calls)."""
    deferred: list[Fact]

    def finding(self, rule_id: str, severity: Severity, confidence: Confidence, category: str, message: str,
                fact: Fact | None = None, **details) -> Finding:
        return Finding(f"code/{rule_id}", severity, confidence, category, message, self.facts.path,
                       fact.line if fact else None, (fact.snippet or fact.value)[:200] if fact else None,
                       {"when": self.when, **details})

    def grade(self, grid: Grid, active: bool) -> tuple[Severity, Confidence]:
        if not active:
            return grid.deferred
        if self.when == "install":
            return grid.install
        if self.when == "entry":
            return grid.load
        if grid.module is not None:
            return grid.module
        load = grid.load
        return Severity(max(load[0] - 1, Severity.INFO)), Confidence(max(load[1] - 1, Confidence.LOW))

    def when_text(self, active: bool) -> str:
        return WHEN_TEXT[self.when] if active else "inside a function"


@dataclass
class PackageView:
    """The whole package, for rules that look across files (shipped binaries and scripts)."""

    manifest: Mapping
    files: Mapping[str, bytes]
    """Every file of the package."""
    views: Mapping[str, FileView]
    """Each code file's view."""
    install: set[str]
    """Code files a lifecycle script runs, and what they require."""
    entry: set[str]
    """The entry modules and what they require (minus `install`)."""
    mains: set[str]
    """The entry modules themselves (`main`, `exports`)."""
