"""The code analyzer: parse every JS/TS file once, extract facts, link the package, run the rules.

Each file's facts, functions, calls and exports are extracted once (`extract.py`); `reach.py` links
the files into one call graph and decides when each function runs (at install, when the package is
loaded, when another module is loaded, or only if someone calls it) and solves the flow graph that
says which values reach which calls. Rules (one per module in `rules/`) read one file's view or the
whole package. Strings decoded from base64/hex/char codes that look like code are parsed and judged
like a file. `catalogue()` lists the rules for SARIF and the docs.
"""

from __future__ import annotations

import hashlib
from importlib import resources

from ...model import Finding
from ..base import AnalysisContext, register

DATA_DIGEST = hashlib.sha256(resources.files("npmward").joinpath("data/oob-domains.txt").read_text(encoding="utf-8")
                             .encode()).hexdigest()[:8]
"""Part of the analyzer's version: findings are cached by it, and a changed out-of-band host list
(data/oob-domains.txt, read by patterns.py) changes them."""


@register
class CodeAnalyzer:
    name = "code"
    version = f"2+{DATA_DIGEST}"
    needs = frozenset()
    cost = 10
    """Runs after the cheap analyzers, so a package that exhausts its budget here keeps their findings."""

    def analyze(self, context: AnalysisContext) -> list[Finding]:
        # The parser, the patterns and the rules are imported by the first package whose code is
        # read: a run whose code findings all come from the cache does without them.
        from .analysis import CodeAnalysis

        return CodeAnalysis().analyze(context)

