"""Analyzers: one per concern, each registered with `@register` when its module is imported.

Importing this package imports every analyzer module, so `registered_analyzers()` is the full set.
"""

from . import install_scripts  # noqa: F401
from .base import AnalysisContext, Analyzer, register, registered_analyzers  # noqa: F401
