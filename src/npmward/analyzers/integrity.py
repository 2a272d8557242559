"""Integrity: the tarball's sha512 against the lockfile's `integrity` and the registry's `dist.integrity`."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..trust.context import from_registry, version_document
from ..trust.findings import to_findings
from ..trust.integrity import check_integrity
from .base import NEEDS_PACKUMENT, AnalysisContext, register


@register
class IntegrityAnalyzer:
    name = "integrity"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT})

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        actual = context.artifact.integrity
        if actual is None or not (from_registry(context) or context.locked is not None):
            return  # a directory has no tarball; a local tarball has nothing to be compared with
        registry = (version_document(context) or {}).get("dist", {}).get("integrity") if from_registry(context) else None
        results = check_integrity(actual, lockfile=context.locked.integrity if context.locked else None,
                                  registry=registry, has_lockfile=context.locked is not None)
        if not from_registry(context):
            results = results[:-1]  # no registry document to compare with
        yield from to_findings(self.name, results)
