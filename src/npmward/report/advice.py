"""What to do about a known vulnerability or known malware, pointed at what the project controls:
the package itself when it is a direct dependency, else the direct dependencies that bring it in
(the chains of a lockfile package are in `PackageReport.paths`, root first)."""

from __future__ import annotations

from ..model import Finding, PackageReport


def key_name(key: str) -> str:
    """`@scope/name@1.2.3` -> `@scope/name` (a chain element is `name@version`)."""
    at = key.rfind("@")
    return key[:at] if at > 0 else key


def is_direct(package: PackageReport, finding: Finding | None = None) -> bool:
    """Whether the project's package.json names the package (a chain root > package, or the audit
    found the project's declared range for it)."""
    return any(len(chain) == 2 for chain in package.paths) or bool(finding and finding.details.get("direct"))


def direct_dependencies(package: PackageReport) -> list[str]:
    """The direct dependencies (`name@version`) through which a transitive package comes in."""
    return list(dict.fromkeys(chain[1] for chain in package.paths if len(chain) > 2))


def fix_advice(package: PackageReport, finding: Finding) -> str | None:
    """One sentence: which version fixes it and what to upgrade (None for other findings)."""
    if finding.category not in ("vulnerability", "malware"):
        return None
    name = package.id.name
    fixed = finding.details.get("fixed_in") if finding.category == "vulnerability" else None
    via = [] if is_direct(package, finding) else direct_dependencies(package)
    shown = ", ".join(via[:3]) + (f" and {len(via) - 3} more" if len(via) > 3 else "")
    they = "it" if len(via) == 1 else "them"
    if finding.category == "malware":
        return (f"fix: remove {package.id}" + (f"; it comes in through {shown}: upgrade or remove {they}, and check "
                                               "what else ran on machines that installed it" if via else ""))
    if fixed is None:
        return f"no fixed version: replace {name}" + (f" or the dependency that brings it in ({shown})" if via else "")
    if not via:
        return f"fix: upgrade {name} to {fixed} or later"
    return (f"fix: {name} {fixed} or later; it comes in through {shown}: upgrade {they} to a version that "
            f"requires {name}@>={fixed}, or override {name}")
