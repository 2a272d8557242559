"""Known vulnerabilities and known malware: OSV records in an offline SQLite database (default),
the registry's bulk advisory endpoint (optional, online), and npm-exact matching."""

from .db import AdvisoryDB, DbStatus, ImportResult
from .match import affects, lowest_fix
from .osv import Advisory, AdvisoryError, Affected, Range, normalize_name, parse_osv

__all__ = ["Advisory", "AdvisoryDB", "AdvisoryError", "Affected", "DbStatus", "ImportResult", "Range",
           "affects", "lowest_fix", "normalize_name", "parse_osv"]
