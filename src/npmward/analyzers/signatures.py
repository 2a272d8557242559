"""Registry signatures: ECDSA over `${name}@${version}:${integrity}` with a key valid at publish time."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..trust.context import from_registry, registry_id, registry_keys, version_document
from ..trust.findings import to_findings
from .base import NEEDS_PACKUMENT, NEEDS_REGISTRY_KEYS, AnalysisContext, register


@register
class RegistrySignatureAnalyzer:
    name = "signature"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT, NEEDS_REGISTRY_KEYS})

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        if not from_registry(context):
            return
        # Key handling (cryptography) is imported by the first package from a registry.
        from ..trust.keys import bundled_keys
        from ..trust.publish_time import publish_time
        from ..trust.signatures import verify_registry_signature

        pid = registry_id(context)
        result = verify_registry_signature(
            pid.name, pid.version, version_doc=version_document(context), packument=context.packument,
            registry_keys=registry_keys(context), bundled_keys=bundled_keys(),
            published=publish_time(context.packument, pid.version),
        )
        yield from to_findings(self.name, [result])
