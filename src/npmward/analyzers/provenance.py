"""Provenance: the registry's attestations (SLSA provenance and the npm publish attestation),
verified offline against the Sigstore trust root and npm's keys; the build identity shown; an
identity policy applied when one is given."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..trust.context import from_registry, identity_policy, npm_keys, registry_id, trust_root, version_document
from ..trust.findings import to_findings
from ..trust.result import failed
from .base import NEEDS_ATTESTATIONS, NEEDS_PACKUMENT, NEEDS_REGISTRY_KEYS, AnalysisContext, register


@register
class ProvenanceAnalyzer:
    name = "provenance"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT, NEEDS_ATTESTATIONS, NEEDS_REGISTRY_KEYS})

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        if not from_registry(context):
            return
        # Sigstore verification (cryptography, YAML identity policies) is imported by the first
        # package that has a registry to verify against: a local tarball's scan does without it.
        from ..trust.provenance import PROVENANCE, verify_attestations

        pid = registry_id(context)
        results, _info = verify_attestations(context.attestations, pid, context.artifact.integrity,
                                             npm_keys=npm_keys(context), root=trust_root(context),
                                             policy=identity_policy(context))
        advertised = ((version_document(context) or {}).get("dist") or {}).get("attestations")
        if context.attestations is None and advertised:
            results.insert(0, failed(PROVENANCE, "advertised-not-served",
                                     "the version document lists dist.attestations but the registry serves none for it",
                                     advertised=advertised))
        yield from to_findings(self.name, results)
