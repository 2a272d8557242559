"""The install-script analyzer, registered without its patterns: judging a package's hooks needs the compiled command
patterns of `install_scripts` (a tenth of a second to import), which a run whose findings all come from the cache
never uses, as the code analyzer's parser and rules."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from .base import AnalysisContext, register


@register
class InstallScriptAnalyzer:
    name = "install-script"
    version = "1"
    needs = frozenset()

    def analyze(self, context: AnalysisContext) -> Iterator[Finding]:
        from .install_scripts import analyze

        return analyze(context)
