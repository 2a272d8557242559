"""Fixtures of the firewall tests: the real package managers, a local upstream, an isolated home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from upstream import Upstream  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
NPMWARD = [sys.executable, "-m", "npmward"]
MANAGERS = ("npm", "pnpm", "yarn1", "berry", "bun")


def pm_dir() -> Path:
    return Path(os.environ.get("NPMWARD_PM_DIR") or Path.home() / ".cache" / "npmward-pm")


@pytest.fixture(scope="session")
def pm_bins(tmp_path_factory) -> dict[str, Path]:
    """A PATH directory per manager (`yarn` is v1 in one, berry in the other)."""
    root = pm_dir() / "node_modules"
    if not (root / ".bin" / "pnpm").exists():
        message = f"package managers not installed in {pm_dir()} (scripts/test.sh installs them)"
        if os.environ.get("NPMWARD_PM_DIR"):
            pytest.fail(message)
        pytest.skip(message)
    # npm installs every linux variant of bun's binary (glibc, musl, baseline): take the glibc one.
    bun = min(root.glob("@oven/bun-linux-*/bin/bun"), key=lambda p: ("musl" in str(p), "baseline" in str(p)))
    out = {}
    for manager, links in {
        "npm": {},
        "pnpm": {"pnpm": root / ".bin" / "pnpm", "pnpx": root / ".bin" / "pnpx"},
        "yarn1": {"yarn": root / "yarn" / "bin" / "yarn.js"},
        "berry": {"yarn": root / "yarn-berry" / "bin" / "yarn.js"},
        "bun": {"bun": bun, "bunx": bun},
    }.items():
        directory = tmp_path_factory.mktemp(f"bin-{manager}")
        for name, target in links.items():
            (directory / name).symlink_to(target)
        out[manager] = directory
    return out


@dataclass
class Sandbox:
    """An isolated user: home, npmward cache and config, the upstream in the npm configuration."""

    home: Path
    upstream: Upstream
    bins: Path
    env: dict = field(default_factory=dict)

    def project(self, name: str, dependencies: dict | None = None) -> Path:
        directory = self.home / name
        directory.mkdir()
        manifest = {"name": "app", "version": "1.0.0", "private": True}
        if dependencies:
            manifest["dependencies"] = dependencies
        (directory / "package.json").write_text(json.dumps(manifest, indent=2) + "\n")
        return directory

    def direct(self, argv: list[str], cwd: Path, **extra) -> subprocess.CompletedProcess:
        """A package manager command straight against the upstream (scripts off: fixtures may be malicious)."""
        env = {**self.env, **direct_env(self.upstream.url), **extra}
        return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)

    def npmward(self, args: list[str], cwd: Path, **extra) -> subprocess.CompletedProcess:
        return subprocess.run([*NPMWARD, *args], cwd=cwd, env={**self.env, **extra}, capture_output=True,
                              text=True, timeout=600)


def direct_env(upstream: str) -> dict[str, str]:
    return {"npm_config_registry": upstream, "npm_config_ignore_scripts": "true", "YARN_REGISTRY": upstream,
            "YARN_IGNORE_SCRIPTS": "true", "YARN_NPM_REGISTRY_SERVER": upstream.rstrip("/"),
            "YARN_UNSAFE_HTTP_WHITELIST": "127.0.0.1", "YARN_ENABLE_SCRIPTS": "false",
            "BUN_CONFIG_REGISTRY": upstream}


@pytest.fixture(scope="session")
def advisory_db(tmp_path_factory, shared_dir) -> Path:
    """The shared OSV fixtures imported once; copied into each test's cache."""
    from npmward.advisories import AdvisoryDB

    directory = tmp_path_factory.mktemp("osv-db")
    with AdvisoryDB.open(directory) as db:
        db.import_path(shared_dir / "fixtures" / "osv")
    return directory


@pytest.fixture
def upstream():
    with Upstream() as server:
        yield server


def make_sandbox(tmp_path: Path, upstream: Upstream, bins: Path, advisory_db: Path) -> Sandbox:
    import shutil

    home = tmp_path / "home"
    home.mkdir()
    cache = Path(os.environ["NPMWARD_CACHE_DIR"])
    cache.mkdir(parents=True, exist_ok=True)
    for item in advisory_db.iterdir():
        shutil.copy(item, cache / item.name)
    env = {k: v for k, v in os.environ.items() if not k.lower().startswith(("npm_config_", "yarn_", "bun_"))}
    env.pop("CI", None)
    env.update({"HOME": str(home), "PATH": f"{bins}{os.pathsep}{env['PATH']}", "npm_config_registry": upstream.url,
                "PYTHONPATH": str(REPO / "src"), "NPMWARD_FIREWALL_WAIT": "120",
                "npm_config_cache": str(home / ".npm"), "npm_config_update_notifier": "false",
                "npm_config_fund": "false", "npm_config_audit": "false",
                "YARN_ENABLE_TELEMETRY": "0", "YARN_ENABLE_GLOBAL_CACHE": "true",
                "COREPACK_ENABLE_STRICT": "0", "XDG_CACHE_HOME": str(home / ".cache"),
                "BUN_INSTALL_CACHE_DIR": str(home / ".bun-cache")})
    return Sandbox(home, upstream, bins, env)
