"""The install firewall with real package managers against a local upstream (recorded real packages
plus inert malicious fixtures): every malicious fixture refused, every benign install identical to
one made without the firewall, scripts only where the policy allows them.

Each manager gets: fresh add (lockfile compared byte for byte with a direct install), a frozen
install from that lockfile with a warm cache, malicious adds refused (analysis verdict and known
malware), a malicious package already in the manager's cache refused before the manager runs, the
scripts policy, and a dlx-type command. The full matrix lives in `bench/firewall_matrix.py`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MANAGERS, make_sandbox
from fixtures import KNOWN_MALWARE, MARKER_BUILT, MARKER_STEALER, publish_fixtures

ADD = {"npm": ["npm", "install"], "pnpm": ["pnpm", "add"], "yarn1": ["yarn", "add"], "berry": ["yarn", "add"],
       "bun": ["bun", "add"]}
FROZEN = {"npm": ["npm", "ci"], "pnpm": ["pnpm", "install", "--frozen-lockfile"],
          "yarn1": ["yarn", "install", "--frozen-lockfile"], "berry": ["yarn", "install", "--immutable"],
          "bun": ["bun", "install", "--frozen-lockfile"]}
DLX = {"npm": ["npx", "--yes"], "pnpm": ["pnpm", "dlx"], "yarn1": None, "berry": ["yarn", "dlx"], "bun": ["bunx"]}
LOCKFILE = {"npm": "package-lock.json", "pnpm": "pnpm-lock.yaml", "yarn1": "yarn.lock", "berry": "yarn.lock",
            "bun": "bun.lock"}


@pytest.fixture
def box(tmp_path, upstream, pm_bins, advisory_db, request):
    publish_fixtures(upstream)
    return make_sandbox(tmp_path, upstream, pm_bins[request.param], advisory_db)


def berry_ready(project: Path) -> None:
    """yarn berry needs its own project marker and a lockfile policy like any berry user sets."""
    (project / ".yarnrc.yml").write_text("nodeLinker: node-modules\nenableGlobalCache: true\n")
    (project / "yarn.lock").touch()


def ok(result) -> None:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"


def installed(project: Path, name: str) -> bool:
    return (project / "node_modules" / name / "package.json").is_file()


@pytest.mark.parametrize("box", MANAGERS, indirect=True)
def test_benign_add_and_frozen_install_write_the_same_lockfile(box, request):
    manager = request.node.callspec.params["box"]
    direct, guarded = box.project("direct"), box.project("guarded")
    if manager == "berry":
        berry_ready(direct), berry_ready(guarded)
    ok(box.direct([*ADD[manager], "is-odd", "left-pad"], direct))
    result = box.npmward(["install", "--", *ADD[manager], "is-odd", "left-pad"], guarded)
    ok(result)
    lockfile = LOCKFILE[manager]
    assert (guarded / lockfile).read_bytes() == (direct / lockfile).read_bytes()
    assert "127.0.0.1" not in (guarded / lockfile).read_text() or manager in ("npm", "yarn1", "bun")  # the upstream's own URLs
    assert (guarded / "package.json").read_text() == (direct / "package.json").read_text()
    assert installed(guarded, "is-odd") and installed(guarded, "left-pad")

    # locked + cached: a frozen install from that lockfile, the manager's cache warm
    before = (guarded / lockfile).read_bytes()
    shutil.rmtree(guarded / "node_modules")
    ok(box.npmward(["install", "--", *FROZEN[manager]], guarded))
    assert (guarded / lockfile).read_bytes() == before
    assert installed(guarded, "is-odd")


@pytest.mark.parametrize("box", MANAGERS, indirect=True)
def test_malicious_packages_are_refused_and_never_run(box, request):
    manager = request.node.callspec.params["box"]
    project = box.project("victim")
    if manager == "berry":
        berry_ready(project)
    for name in ("npmward-fx-stealer", KNOWN_MALWARE):
        result = box.npmward(["install", "--", *ADD[manager], name], project)
        assert result.returncode != 0, result.stdout + result.stderr
        assert not installed(project, name)
        assert not (project / MARKER_STEALER).exists()
    assert "npmward" in result.stdout + result.stderr  # the manager shows the firewall's reason


@pytest.mark.parametrize("box", MANAGERS, indirect=True)
def test_a_malicious_package_in_the_managers_cache_is_refused_before_it_runs(box, request):
    manager = request.node.callspec.params["box"]
    project = box.project("cached")
    if manager == "berry":
        berry_ready(project)
    # Straight against the upstream (scripts off): the stealer lands in the lockfile and the cache.
    ok(box.direct([*ADD[manager], "npmward-fx-stealer"], project))
    shutil.rmtree(project / "node_modules", ignore_errors=True)
    result = box.npmward(["install", "--", *FROZEN[manager]], project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "refused npmward-fx-stealer@1.0.0" in result.stderr
    assert not installed(project, "npmward-fx-stealer") and not (project / MARKER_STEALER).exists()


@pytest.mark.parametrize("box", MANAGERS, indirect=True)
def test_only_allowed_install_scripts_run(box, request):
    manager = request.node.callspec.params["box"]
    if manager == "berry":
        pytest.skip("yarn berry runs scripts with `yarn rebuild`, covered by the full matrix")
    project = box.project("scripts")
    result = box.npmward(["install", "--", *ADD[manager], "npmward-fx-native"], project)
    ok(result)
    assert installed(project, "npmward-fx-native") and not (project / MARKER_BUILT).exists()
    assert "install scripts not run (not in allowed_scripts): npmward-fx-native@1.0.0" in result.stderr
    (project / ".npmward.yml").write_text("allowed_scripts:\n  - npmward-fx-native@1.0.0\n")
    shutil.rmtree(project / "node_modules")
    ok(box.npmward(["install", "--", *FROZEN[manager]], project))
    assert (project / MARKER_BUILT).read_text() == "built"


@pytest.mark.parametrize("box", [m for m in MANAGERS if m != "yarn1"], indirect=True)
def test_dlx_runs_a_clean_package_and_refuses_a_malicious_one(box, request):
    manager = request.node.callspec.params["box"]
    project = box.project("dlx")
    if manager == "berry":
        berry_ready(project)
    result = box.npmward(["install", "--", *DLX[manager], "semver", "1.2.3"], project)
    ok(result)
    assert "1.2.3" in result.stdout
    result = box.npmward(["install", "--", *DLX[manager], "npmward-fx-stealer"], project)
    assert result.returncode != 0
    assert not (project / MARKER_STEALER).exists() and not (box.home / MARKER_STEALER).exists()
