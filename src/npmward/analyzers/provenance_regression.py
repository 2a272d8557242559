"""Provenance regression: earlier versions were built with provenance, this one was not."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..trust.context import from_registry, registry_id
from ..trust.findings import to_findings
from ..trust.regression import check_regression
from .base import NEEDS_PACKUMENT, AnalysisContext, register


@register
class ProvenanceRegressionAnalyzer:
    name = "provenance-regression"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT})

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        if not from_registry(context):
            return
        yield from to_findings(self.name, [check_regression(context.packument, registry_id(context).version)])
