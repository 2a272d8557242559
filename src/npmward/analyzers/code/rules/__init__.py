"""Code rules, one per module: each declares its id, what it reports, the facts it consumes and its
severity grid as data, beside the function that checks one file's view.

Adding a detector is adding a module here (found by `pkgutil`, run in module-name order) and its
case files under `tests/analyzers/code/cases/<rule id>/{malicious,benign}/`.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable, Iterator, Union

from ....model import Finding, Severity
from ...base import RuleInfo
from ..view import FileView, Grid, PackageView

Check = Union[Callable[[FileView], Iterator[Finding]], Callable[[PackageView], Iterator[Finding]]]


@dataclass(frozen=True)
class Rule:
    """A code rule: metadata for the catalogue (SARIF `rules[]`, docs) and the check itself."""

    id: str
    """Reported as `code/<id>`."""
    title: str
    """A short name of the behaviour."""
    description: str
    """What the rule looks for and what separates it from the legitimate look-alike."""
    category: str
    """Finding category (`exfiltration`, `dropper`, `obfuscation`, …)."""
    consumes: tuple[str, ...]
    """Fact kinds the rule reads (`call`, `string`, `env`, `env-all`, `assign`, `new`, `text`, …)."""
    check: Check
    grid: Grid | None = None
    """Severity and confidence by when the code runs; None when the rule grades otherwise."""
    severity: Severity | None = None
    """Default (strongest) severity, for rules without a grid."""
    spans_files: bool = False
    """Also run on the combined facts of an install or entry closure (parts spread over files)."""
    emits: tuple[RuleInfo, ...] = ()
    """Other rule ids this check reports (full ids, `code/...`)."""
    reports_own_id: bool = True
    """False when the check reports only the ids in `emits` (or another analyzer's ids)."""
    per_package: bool = False
    """The check takes the whole package (`PackageView`) instead of one file's view."""

    @property
    def default_severity(self) -> Severity:
        return self.grid.strongest if self.grid is not None else (self.severity or Severity.MEDIUM)

    def catalogue(self) -> tuple[RuleInfo, ...]:
        own = RuleInfo(f"code/{self.id}", self.title, self.description, self.default_severity.label, self.category)
        return ((own,) if self.reports_own_id else ()) + self.emits


RULES: list[Rule] = []


def rule(id: str, *, title: str, description: str, category: str, consumes: tuple[str, ...],
         grid: Grid | None = None, severity: Severity | None = None, spans_files: bool = False,
         emits: tuple[RuleInfo, ...] = (), per_package: bool = False, reports_own_id: bool = True) -> Callable[[Check], Rule]:
    """Decorator: register `check` as the rule `code/<id>`."""
    def register(check: Check) -> Rule:
        if any(r.id == id for r in RULES):
            raise ValueError(f"two code rules are named {id!r}")
        made = Rule(id, title, description, category, consumes, check, grid=grid, severity=severity, spans_files=spans_files,
                    emits=emits, per_package=per_package, reports_own_id=reports_own_id)
        RULES.append(made)
        return made
    return register


def load_rules() -> list[Rule]:
    """Every rule module of this package, imported once, in module-name order."""
    if not RULES:
        for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
            importlib.import_module(f"{__name__}.{module}")
    return RULES
