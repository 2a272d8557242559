"""What tells the monitor that a stored verdict may be out of date.

A project's verdicts depend on three things, each reduced to a digest:

- its inputs: the lockfile's bytes and the policy that applies to it (the project's `.npmward.yml`
  and `.npmwardignore.yml` on the user's defaults, with only the ignore entries live *today*, so an
  expiring exception re-evaluates the project on the day it expires) — `input_digest`;
- the rules: the analyzers' names, versions and a digest of their code and data (the popularity
  list included), as the findings cache keys them — `rules_key`;
- the advisories: per package name, a digest of the OSV records that name it — `advisory_digests`.
  The database's status (`advisories_status_key`) says cheaply whether anything changed at all.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from .. import __version__

EMPTY = hashlib.sha256(b"").hexdigest()
"""The advisory digest of a name no record mentions."""


def rules_key(mode: str) -> str:
    """The rule version of a project evaluated in `mode` (`scan` or `audit`)."""
    parts = [f"npmward@{__version__}", mode]
    if mode == "scan":
        from ..analyzers import registered_analyzers
        from ..engine import analyzer_key, default_analyzer_names

        classes = registered_analyzers()
        parts += [analyzer_key(classes[name]) for name in default_analyzer_names()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def input_digest(lockfile_digest: str, manifest: bytes, policy) -> str:
    """Digest of a project's lockfile (its sha256), package.json and the policy its verdicts are
    judged under."""
    live = sorted((e.rule, str(e.package), e.path or "", e.reason, e.source) for e in policy.ignores
                  if e.expires >= policy.today)
    text = repr((policy.fail_on, sorted(policy.rules.items()), sorted(map(str, policy.allowed_scripts)),
                 policy.private_scopes, policy.internal_names, live))
    return hashlib.sha256(b"\0".join([lockfile_digest.encode(), manifest, text.encode()])).hexdigest()


def advisories_status_key(db) -> str:
    """Changes whenever the advisory database is imported into or updated."""
    status = db.status()
    return f"{status.source}|{status.imported_at}|{status.vulnerabilities}|{status.malware}|{status.packages}"


def advisory_digests(db, names: Iterable[str], known: dict[str, str] | None = None) -> dict[str, str]:
    """Normalised package name -> digest of the advisory records that name it (`EMPTY` for none).
    `known` holds digests already computed in this run (projects share most of their names)."""
    from ..advisories.osv import normalize_name

    known = {} if known is None else known
    keys = {normalize_name(n) for n in names}
    missing = sorted(keys - known.keys())
    if missing:
        found = db.record_digests(missing)
        known.update({key: found.get(key, EMPTY) for key in missing})
    return {key: known[key] for key in keys}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
