"""Identity policy: which repository (and workflow) may build which packages.

From `--expect-repo OWNER/REPO` (applies to every package verified in that run) or a YAML file:

    packages:
      "@acme/*":        {repository: acme/monorepo, workflow: .github/workflows/release.yml}
      "left-pad":       {repository: left-pad/left-pad}

The first matching glob wins. A package with a rule must have verified provenance from that
repository (and workflow, when given); anything else is a finding.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .result import CheckResult, TrustError, failed, verified

if TYPE_CHECKING:
    from .provenance import ProvenanceInfo

CHECK = "identity"


@dataclass(frozen=True)
class IdentityRule:
    """Where packages matching `pattern` must be built."""

    pattern: str
    """A package-name glob (`@acme/*`, `left-pad`)."""
    repository: str
    """`owner/repo`, compared case-insensitively."""
    workflow: str | None = None
    """`.github/workflows/release.yml`; None: any workflow of the repository."""

    def describe(self) -> str:
        return self.repository + (f" ({self.workflow})" if self.workflow else "")


@dataclass(frozen=True)
class IdentityPolicy:
    rules: tuple[IdentityRule, ...]
    source: str
    """`--expect-repo` or the policy file's path."""

    def rule_for(self, name: str) -> IdentityRule | None:
        return next((r for r in self.rules if fnmatch.fnmatchcase(name, r.pattern)), None)

    def check(self, name: str, info: "ProvenanceInfo") -> CheckResult | None:
        rule = self.rule_for(name)
        if rule is None:
            return None
        if info.repository.lower() != rule.repository.lower():
            return failed(CHECK, "repository-mismatch", f"{name} was built from {info.repository}, but {self.source} "
                          f"requires {rule.repository}", expected=rule.repository, actual=info.repository)
        if rule.workflow and info.workflow != rule.workflow:
            return failed(CHECK, "workflow-mismatch", f"{name} was built by {info.workflow}, but {self.source} "
                          f"requires {rule.workflow}", expected=rule.workflow, actual=info.workflow)
        return verified(CHECK, f"built by {rule.describe()} as {self.source} requires")


def expect_repo_policy(repository: str) -> IdentityPolicy:
    if repository.count("/") != 1 or not all(repository.split("/")):
        raise TrustError(f"--expect-repo must be OWNER/REPO, not {repository!r}")
    return IdentityPolicy((IdentityRule("*", repository),), "--expect-repo")


def load_policy(path: Path) -> IdentityPolicy:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TrustError(f"{path}: cannot read the identity policy: {exc}") from exc
    packages = data.get("packages") if isinstance(data, dict) else None
    if not isinstance(packages, dict) or not packages:
        raise TrustError(f"{path}: the identity policy needs a `packages:` mapping of name glob -> {{repository, workflow}}")
    rules = []
    for pattern, spec in packages.items():
        if isinstance(spec, str):
            spec = {"repository": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("repository"), str):
            raise TrustError(f"{path}: rule {pattern!r} needs a `repository: OWNER/REPO`")
        workflow = spec.get("workflow")
        if workflow is not None and not isinstance(workflow, str):
            raise TrustError(f"{path}: rule {pattern!r}: `workflow` must be a path")
        rules.append(IdentityRule(str(pattern), spec["repository"], workflow))
    return IdentityPolicy(tuple(rules), str(path))
