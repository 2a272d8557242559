"""The registry's bulk advisory endpoint (`POST /-/npm/v1/security/advisories/bulk`), as `Advisory`s.

Optional and online: only the names the caller passes are sent (the audit passes registry packages
only — never private scopes, workspaces or local dependencies). Registries without the endpoint
(the mirror here answers 405) raise `RegistryUnsupported` from the client, with a clear message.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .osv import MALWARE_CWE, Advisory, Affected, Range, normalize_name


def _cwes(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def advisory_from_bulk(name: str, entry: Mapping[str, Any]) -> Advisory:
    """One entry of the bulk response (`{id, url, title, severity, vulnerable_versions, cwe, cvss}`)."""
    cwes = _cwes(entry.get("cwe"))
    title = str(entry.get("title") or "")
    cvss = entry.get("cvss") or {}
    vector = cvss.get("vectorString") if isinstance(cvss, Mapping) else None
    severity = str(entry.get("severity") or "unknown").lower()
    return Advisory(
        id=str(entry.get("id")),
        aliases=(),
        summary=title,
        details="",
        severity=severity if severity in ("critical", "high", "moderate", "low") else "unknown",
        cvss=(str(vector),) if vector else (),
        cwes=cwes,
        malware=MALWARE_CWE in cwes or title.lower().startswith("malware in"),
        affected=(Affected(name, (Range("NPM", expression=str(entry.get("vulnerable_versions") or "")),)),),
        url=entry.get("url"),
        source="npm-bulk",
    )


def parse_bulk_response(document: Mapping[str, Any]) -> dict[str, list[Advisory]]:
    """Normalised name -> advisories, from a bulk response body."""
    out: dict[str, list[Advisory]] = {}
    for name, entries in document.items():
        if isinstance(entries, list):
            out[normalize_name(name)] = [advisory_from_bulk(name, e) for e in entries if isinstance(e, Mapping)]
    return out


def query_bulk(client: Any, packages: Mapping[str, Iterable[str]]) -> dict[str, list[Advisory]]:
    """Ask the registry (through `RegistryClient.bulk_advisories`) about these name -> versions."""
    if not packages:
        return {}
    return parse_bulk_response(client.bulk_advisories({n: sorted(set(v)) for n, v in packages.items()}))
