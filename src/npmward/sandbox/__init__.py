"""Dynamic analysis: run a package in a bubblewrap sandbox baited with honeytokens, watch it from
outside (strace, network sinks that terminate TLS), and report what it did.

The pipeline calls three functions: `available()` (can sandboxes run here?), `fetch_dependencies`
(main process, with the registry client) and `run` (any worker, no network), then
`npmward.analyzers.dynamic.dynamic_findings(run)`.

The names below are imported on first use: the warden (`python -m npmward.sandbox.warden`, started
once per run) imports this package too, and needs none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_WHERE = {"DepPackage": "deps", "SandboxDeps": "deps", "fetch_dependencies": "deps",
          "Bait": "honeytokens", "Honeytoken": "honeytokens", "make_bait": "honeytokens",
          "Observation": "observations", "PhaseResult": "observations", "Process": "observations",
          "SandboxError": "runner", "SandboxLimits": "runner", "SandboxRun": "runner", "available": "runner",
          "check_sandbox": "runner", "run": "runner"}

if TYPE_CHECKING:
    from .deps import DepPackage, SandboxDeps, fetch_dependencies  # noqa: F401 - for type checkers; loaded by __getattr__
    from .honeytokens import Bait, Honeytoken, make_bait  # noqa: F401 - for type checkers; loaded by __getattr__
    from .observations import Observation, PhaseResult, Process  # noqa: F401 - for type checkers; loaded by __getattr__
    from .runner import SandboxError, SandboxLimits, SandboxRun, available, check_sandbox, run  # noqa: F401 - for type checkers; loaded by __getattr__


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)


__all__ = sorted(_WHERE)
