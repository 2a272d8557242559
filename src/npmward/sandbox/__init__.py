"""Dynamic analysis: run a package in a bubblewrap sandbox baited with honeytokens, watch it from
outside (strace, network sinks that terminate TLS), and report what it did.

The pipeline calls three functions: `available()` (can sandboxes run here?), `fetch_dependencies`
(main process, with the registry client) and `run` (any worker, no network), then
`npmward.analyzers.dynamic.dynamic_findings(run)`.
"""

from __future__ import annotations

from .deps import DepPackage, SandboxDeps, fetch_dependencies
from .honeytokens import Bait, Honeytoken, make_bait
from .observations import Observation, PhaseResult, Process
from .runner import SandboxError, SandboxLimits, SandboxRun, available, check_sandbox, run


__all__ = ["Bait", "DepPackage", "Honeytoken", "Observation", "PhaseResult", "Process", "SandboxDeps", "SandboxError",
           "SandboxLimits", "SandboxRun", "available", "check_sandbox", "fetch_dependencies", "make_bait", "run"]
