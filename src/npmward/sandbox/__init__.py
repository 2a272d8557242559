"""Dynamic analysis: run a package in a bubblewrap sandbox with honeytokens and network sinks,
capture processes, files, DNS and network (strace + sinks), and report what it did."""

from __future__ import annotations

from typing import Any

from ..model import Artifact, Finding
from ..settings import Settings
from .honeytokens import Bait, Honeytoken, make_bait
from .observations import Observation, PhaseResult
from .runner import SandboxError, SandboxLimits, SandboxRun, check_sandbox, run_sandbox

MAX_DEPENDENCIES = 200

__all__ = ["Bait", "Honeytoken", "Observation", "PhaseResult", "SandboxError", "SandboxLimits", "SandboxRun",
           "check_sandbox", "fetch_dependencies", "make_bait", "run_dynamic", "run_sandbox"]


def fetch_dependencies(artifact: Artifact, client: Any) -> tuple[dict[str, bytes], list[str]]:
    """Tarballs of the package's registry dependencies (transitively, one version per name), fetched
    through the registry client before the sandbox starts; and notes on what could not be provided."""
    tarballs: dict[str, bytes] = {}
    notes: list[str] = []
    queue = list((artifact.manifest.get("dependencies") or {}).items())
    while queue:
        name, spec = queue.pop(0)
        if name in tarballs:
            continue
        if len(tarballs) >= MAX_DEPENDENCIES:
            notes.append(f"more than {MAX_DEPENDENCIES} dependencies: the rest were not provided")
            break
        if not isinstance(spec, str) or spec.startswith(("file:", "git", "http:", "https:", "link:", "workspace:")) or "/" in spec.split("@")[0] and not name.startswith("@"):
            notes.append(f"dependency {name}@{spec} is not from the registry and was not provided")
            continue
        try:
            real, rng = (spec[4:].rpartition("@")[0] or spec[4:], spec[4:].rpartition("@")[2] or "latest") \
                if spec.startswith("npm:") else (name, spec)
            pid, doc = client.resolve(real, rng)
            tarballs[name] = client.tarball(pid.name, pid.version, integrity=(doc.get("dist") or {}).get("integrity"))
        except Exception as exc:  # one missing dependency limits the run; it does not abort it
            notes.append(f"dependency {name}@{spec} could not be provided: {exc}")
            continue
        queue += list((doc.get("dependencies") or {}).items())
    return tarballs, notes


def run_dynamic(artifact: Artifact, settings: Settings, client: Any = None,
                limits: SandboxLimits = SandboxLimits()) -> tuple[list[Finding], dict[str, list[dict]]]:
    """Run `artifact` in the sandbox; return its findings and the per-phase timeline.

    Dependencies come from the registry through `client` (a RegistryClient; one is created from
    `settings` when None). Raises SandboxError when the sandbox cannot run here.
    """
    from ..analyzers.dynamic import dynamic_findings, notable_timeline

    check_sandbox()
    deps: dict[str, bytes] = {}
    notes: list[str] = []
    if artifact.manifest.get("dependencies"):
        if client is None:
            from ..registry import RegistryClient, load_npm_config

            with RegistryClient(settings, load_npm_config(settings.project_dir)) as own:
                deps, notes = fetch_dependencies(artifact, own)
        else:
            deps, notes = fetch_dependencies(artifact, client)
    run = run_sandbox(artifact, deps=deps, limits=limits, notes=tuple(notes))
    return dynamic_findings(run), notable_timeline(run)
