"""OSV records (schema 1.x) as npmward's `Advisory`: vulnerabilities (`GHSA-`) and malware (`MAL-`).

Only the npm part of a record matters: an `affected[]` entry counts when its ecosystem is `npm`
(compared case-insensitively); names are compared lower-cased because the GitHub database has
spelled some (`Axios`) differently from the registry, and npm names are lower-case since 2017.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping

from ..errors import NpmwardError
from ..schema import ListOf, Record, validate

MALWARE_CWE = "CWE-506"
"""CWE "Embedded Malicious Code": the GitHub database marks malware advisories with it."""


class AdvisoryError(NpmwardError):
    """An advisory record or database that cannot be read."""


_EVENT = Record(introduced=str, fixed=str, last_affected=str, limit=str)
_AFFECTED = Record(package=Record(ecosystem=str, name=str), versions=ListOf(str),
                   ranges=ListOf(Record(type=str, events=ListOf(_EVENT))))
OSV_RECORD = Record(required=("id",), id=str, aliases=ListOf(str), summary=str, details=str, withdrawn=str,
                    modified=str, affected=ListOf(_AFFECTED), severity=ListOf(Record(type=str, score=str)),
                    references=ListOf(Record(url=str)), database_specific=Record(severity=str, cwe_ids=ListOf(str)))
"""The fields of an OSV record (schema 1.x) that npmward reads, with their types."""


def check_osv(record: Any, source: str) -> dict:
    """`record` if it is an OSV record whose fields npmward reads have their schema's types."""
    if not isinstance(record, dict):
        raise AdvisoryError(f"{source}: not an OSV record (a JSON object with a string `id`)")
    validate(record, OSV_RECORD, source, AdvisoryError)
    return record


def normalize_name(name: str) -> str:
    """The key advisories are indexed and matched by."""
    return name.strip().lower()


@dataclass(frozen=True)
class Range:
    """One OSV `ranges[]` entry, or one npm range from the bulk endpoint."""

    type: str
    """`SEMVER`, `ECOSYSTEM` (OSV) or `NPM` (an npm range string in `expression`)."""
    events: tuple[tuple[str, str], ...] = ()
    """OSV events in record order: (`introduced`|`fixed`|`last_affected`|`limit`, version)."""
    expression: str | None = None
    """For `NPM`: the npm range (`<1.2.3 || >=2.0.0 <2.1.0`), matched with npmward.semver."""


@dataclass(frozen=True)
class Affected:
    """One npm package an advisory is about."""

    name: str
    """The package name as the record spells it."""
    ranges: tuple[Range, ...] = ()
    versions: tuple[str, ...] = ()
    """Explicitly listed affected versions (OSV `versions`)."""

    @property
    def key(self) -> str:
        return normalize_name(self.name)


@dataclass(frozen=True)
class Advisory:
    """A known vulnerability or known malware, from OSV or from the registry's bulk endpoint."""

    id: str
    aliases: tuple[str, ...]
    summary: str
    details: str
    severity: str
    """`critical`, `high`, `moderate`, `low` or `unknown` (GHSA `database_specific.severity`)."""
    cvss: tuple[str, ...]
    """CVSS vectors (`CVSS:3.1/AV:N/...`), as the record gives them."""
    cwes: tuple[str, ...]
    malware: bool
    """A `MAL-` record, or a GHSA advisory marked with CWE-506: the package is malicious."""
    affected: tuple[Affected, ...]
    url: str | None = None
    withdrawn: str | None = None
    modified: str | None = None
    source: str = "osv"
    """`osv` (the offline database) or `npm-bulk` (the registry's bulk advisory endpoint)."""

    def affected_for(self, name: str) -> tuple[Affected, ...]:
        key = normalize_name(name)
        return tuple(a for a in self.affected if a.key == key)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def npm_names(record: Mapping[str, Any]) -> set[str]:
    """Normalised names of the npm packages a raw OSV record affects (cheap: used by the import)."""
    names = set()
    for entry in record.get("affected") or ():
        package = entry.get("package") or {} if isinstance(entry, dict) else {}
        if str(package.get("ecosystem", "")).lower() == "npm" and package.get("name"):
            names.add(normalize_name(str(package["name"])))
    return names


def is_malware(record: Mapping[str, Any]) -> bool:
    cwes = (record.get("database_specific") or {}).get("cwe_ids") or ()
    return str(record.get("id", "")).startswith("MAL-") or MALWARE_CWE in cwes


def _severity(record: Mapping[str, Any]) -> str:
    label = str((record.get("database_specific") or {}).get("severity") or "").lower()
    if label in ("critical", "high", "moderate", "low"):
        return label
    if label == "medium":
        return "moderate"
    return "critical" if is_malware(record) else "unknown"


def _url(record: Mapping[str, Any]) -> str | None:
    refs = [r.get("url") for r in record.get("references") or () if isinstance(r, dict) and r.get("url")]
    ident = str(record.get("id", ""))
    if ident.startswith("GHSA-"):
        return f"https://github.com/advisories/{ident}"
    if ident.startswith("MAL-"):
        return f"https://osv.dev/vulnerability/{ident}"
    return refs[0] if refs else None


def parse_osv(record: Mapping[str, Any], source: str = "record") -> Advisory:
    """An `Advisory` from one OSV record (only its npm entries); AdvisoryError when it is not OSV."""
    check_osv(record, source)
    affected = []
    for entry in record.get("affected") or ():
        package = entry.get("package") or {}
        if str(package.get("ecosystem", "")).lower() != "npm" or not package.get("name"):
            continue
        ranges = []
        for rng in entry.get("ranges") or ():
            kind = str(rng.get("type", "")).upper()
            if kind not in ("SEMVER", "ECOSYSTEM"):
                continue  # GIT ranges are commits, not npm versions
            events = []
            for event in rng.get("events") or ():
                for key in ("introduced", "fixed", "last_affected", "limit"):
                    if key in event:
                        events.append((key, str(event[key])))
            ranges.append(Range(kind, tuple(events)))
        affected.append(Affected(str(package["name"]), tuple(ranges), _strings(entry.get("versions"))))
    specific = record.get("database_specific") or {}
    return Advisory(
        id=record["id"],
        aliases=_strings(record.get("aliases")),
        summary=str(record.get("summary") or ""),
        details=str(record.get("details") or ""),
        severity=_severity(record),
        cvss=tuple(str(s.get("score")) for s in record.get("severity") or ()
                   if isinstance(s, Mapping) and str(s.get("type", "")).startswith("CVSS") and s.get("score")),
        cwes=_strings(specific.get("cwe_ids")),
        malware=is_malware(record),
        affected=tuple(affected),
        url=_url(record),
        withdrawn=record.get("withdrawn"),
        modified=record.get("modified"),
    )


def load_osv_bytes(data: bytes, source: str) -> dict:
    """Decode and check one record file; AdvisoryError naming `source` when it is not an OSV record."""
    try:
        record = json.loads(data)
    except RecursionError:
        raise AdvisoryError(f"{source}: not an OSV record or a ZIP export of them (JSON nested too deeply)") from None
    except ValueError as exc:
        raise AdvisoryError(f"{source}: not an OSV record or a ZIP export of them (invalid JSON: {exc})") from None
    return check_osv(record, source)
