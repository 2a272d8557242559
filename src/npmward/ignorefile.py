"""`.npmwardignore.yml`: accepted findings, each with a reason and an expiry date.

    - id: GHSA-c2qf-rxjj-qqgw          # advisory id (or alias) or rule id (`audit/missing-integrity`)
      package: semver@<7.5.2           # name, or name@range (npm range) ; optional
      reason: only used at build time  # required
      expires: 2026-12-31              # required, YYYY-MM-DD

A matching finding is dropped until the expiry date. From that day on the entry no longer ignores
anything and the report carries a note naming it, so an accepted risk is looked at again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

import yaml

from . import semver
from .errors import UsageError
from .model import Finding, PackageReport, ScanReport
from .verdict import decide

IGNORE_FILE = ".npmwardignore.yml"


@dataclass(frozen=True)
class IgnoreEntry:
    """One accepted finding."""

    id: str
    """Advisory id or alias (`GHSA-…`, `MAL-…`, `CVE-…`) or rule id."""
    package: str | None
    """Package name, or `name@range`; None for every package."""
    reason: str
    expires: dt.date

    @property
    def name_and_range(self) -> tuple[str | None, str | None]:
        if not self.package:
            return None, None
        at = self.package.find("@", 1)  # skip a scope's leading "@"
        return (self.package, None) if at < 0 else (self.package[:at], self.package[at + 1:])

    def matches(self, pkg: PackageReport, finding: Finding) -> bool:
        ids = {finding.rule, str(finding.details.get("id", "")), *finding.details.get("aliases", ())}
        if self.id not in ids:
            return False
        name, rng = self.name_and_range
        if name is not None and name.lower() != pkg.id.name.lower():
            return False
        return rng is None or semver.satisfies(pkg.id.version, rng, include_prerelease=True)


def parse_ignore_text(text: str, source: str) -> tuple[IgnoreEntry, ...]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"{source}: not valid YAML: {exc}") from exc
    if data is None:
        return ()
    if not isinstance(data, list):
        raise UsageError(f"{source}: must be a list of entries (id, package, reason, expires)")
    entries = []
    for index, item in enumerate(data, 1):
        where = f"{source}: entry {index}"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: must be a mapping with id, package, reason, expires")
        unknown = set(item) - {"id", "package", "reason", "expires"}
        if unknown:
            raise UsageError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        for key in ("id", "reason", "expires"):
            if not item.get(key):
                raise UsageError(f"{where}: `{key}` is required")
        expires = item["expires"]
        if isinstance(expires, str):
            try:
                expires = dt.date.fromisoformat(expires)
            except ValueError:
                raise UsageError(f"{where}: `expires` must be a date YYYY-MM-DD, not {item['expires']!r}") from None
        if not isinstance(expires, dt.date) or isinstance(expires, dt.datetime):
            raise UsageError(f"{where}: `expires` must be a date YYYY-MM-DD")
        package = item.get("package")
        entry = IgnoreEntry(str(item["id"]), str(package) if package else None, str(item["reason"]), expires)
        _, rng = entry.name_and_range
        if rng is not None and not semver.valid_range(rng):
            raise UsageError(f"{where}: `package` range {rng!r} is not a valid npm range")
        entries.append(entry)
    return tuple(entries)


def load_ignores(project_dir: Path) -> tuple[IgnoreEntry, ...]:
    """The entries of `<project_dir>/.npmwardignore.yml` (none when the file does not exist)."""
    path = Path(project_dir) / IGNORE_FILE
    if not path.is_file():
        return ()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from exc
    return parse_ignore_text(text, str(path))


def apply_ignores(report: ScanReport, ignores: Iterable[IgnoreEntry], today: dt.date | None = None) -> ScanReport:
    """Drop the findings that a live entry ignores; expired entries only add a note."""
    today = today or dt.date.today()
    live = [e for e in ignores if e.expires >= today]
    notes = [f"ignore entry {e.id}{' for ' + e.package if e.package else ''} expired on {e.expires} "
             f"(reason was: {e.reason}); its findings are reported again" for e in ignores if e.expires < today]
    packages = []
    for pkg in report.packages:
        kept = tuple(f for f in pkg.findings if not any(e.matches(pkg, f) for e in live))
        packages.append(pkg if len(kept) == len(pkg.findings) else replace(pkg, findings=kept, verdict=decide(kept)))
    return replace(report, packages=tuple(packages), notes=tuple(report.notes) + tuple(notes))
