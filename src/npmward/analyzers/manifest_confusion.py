"""Manifest confusion: the registry's manifest for the version against the tarball's package.json."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..trust.context import from_registry, version_document
from ..trust.findings import to_findings
from ..trust.manifest import check_manifest
from ..trust.result import not_checked
from .base import NEEDS_PACKUMENT, AnalysisContext, register


@register
class ManifestConfusionAnalyzer:
    name = "manifest"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT})

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        if not from_registry(context):
            return
        registry_manifest = version_document(context)
        if registry_manifest is None:
            results = [not_checked("manifest", "no-registry-manifest",
                                   "not checked: the registry's packument has no document for this version")]
        else:
            results = check_manifest(registry_manifest, context.artifact.manifest,
                                     has_binding_gyp=lambda: "binding.gyp" in context.artifact.files)
        yield from to_findings(self.name, results, file="package.json")
