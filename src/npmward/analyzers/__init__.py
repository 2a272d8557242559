"""Analyzers: one per concern, each registered with `@register` when its module is imported.

Importing this package imports every analyzer module, so `registered_analyzers()` is the full set.
"""

from . import (  # noqa: F401
    code,
    confusion,
    dependency_sources,
    floods,
    holders,
    install_script_analyzer,
    integrity,
    manifest_confusion,
    provenance,
    provenance_regression,
    registry_facts,
    signatures,
    typosquat,
    version_diff,
)
from .base import AnalysisContext, Analyzer, register, registered_analyzers  # noqa: F401
