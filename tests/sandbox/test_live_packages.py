"""Real packages from the registry, run in the sandbox with their dependencies fetched by npmward's
RegistryClient beforehand: the benign ones that do surprising things at install (platform binaries,
native builds, downloads that fail here) are judged clean."""

from __future__ import annotations

import functools

import pytest
from sandbox_helpers import needs_sandbox

from npmward.analyzers.dynamic import dynamic_findings
from npmward.model import Level
from npmward.registry import RegistryClient, load_npm_config
from npmward.sandbox import fetch_dependencies, run
from npmward.settings import Settings
from npmward.verdict import decide

pytestmark = needs_sandbox() + [pytest.mark.live, pytest.mark.slow]


@functools.lru_cache(maxsize=None)
def sandboxed(name: str, spec: str):
    settings = Settings()
    with RegistryClient(settings, load_npm_config(settings.project_dir)) as client:
        artifact = client.fetch_artifact(name, spec)
        deps = fetch_dependencies(artifact, client)
    result = run(artifact, deps)
    findings = dynamic_findings(result)
    return deps, result, findings, decide(findings)


def judged(findings) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in findings if f.rule != "dynamic/timeline"]


def test_esbuild_installs_its_platform_binary_and_is_clean():
    deps, result, findings, verdict = sandboxed("esbuild", "0.24.0")
    assert any(p.name == "@esbuild/linux-x64" and p.tarball for p in deps.packages)
    assert any(p.name == "@esbuild/darwin-arm64" and not p.tarball for p in deps.packages)  # served, not installed
    assert result.phases[0].exit_code == 0, result.phases[0].output[-2000:]
    # No fallback `npm install @esbuild/linux-x64` run by its install script.
    assert not [p for p in result.processes if p.actor == "npm" and p.ppid is not None]
    assert verdict.level is Level.CLEAN, judged(findings)


def test_sharp_installs_its_prebuilt_libvips_and_is_clean():
    deps, result, findings, verdict = sandboxed("sharp", "latest")
    assert any(p.name.startswith("@img/sharp-linux-x64") and p.tarball for p in deps.packages)
    assert result.phases[0].exit_code == 0, result.phases[0].output[-2000:]
    assert "[app] require" not in result.phases[1].output
    assert verdict.level is Level.CLEAN, judged(findings)


def test_bcrypt_with_prebuilt_binaries_is_clean():
    _, result, findings, verdict = sandboxed("bcrypt", "latest")
    assert result.phases[0].exit_code == 0, result.phases[0].output[-2000:]
    assert verdict.level is Level.CLEAN, judged(findings)


def test_a_failed_binary_download_then_a_node_gyp_build_is_clean():
    """bcrypt 5 asks GitHub for a prebuilt binary (the sink answers 404), then builds with node-gyp."""
    _, result, findings, verdict = sandboxed("bcrypt", "5.1.1")
    downloads = [o for o in result.observations if o.kind == "http" and o.data.get("host") == "github.com"]
    assert downloads and downloads[0].data["status"] == 404
    assert any(p.argv and p.argv[0].endswith(("cc1plus", "g++", "c++", "make")) for p in result.processes)
    assert result.phases[0].exit_code == 0, result.phases[0].output[-2000:]
    assert verdict.level is Level.CLEAN, judged(findings)


def test_a_downloader_whose_download_fails_is_clean():
    """electron's install script downloads the electron binary; here the download fails (404)."""
    _, result, findings, verdict = sandboxed("electron", "latest")
    assert any(o.kind == "http" and not o.data.get("registry") and o.data.get("status") == 404 for o in result.observations)
    assert verdict.level is Level.CLEAN, judged(findings)
