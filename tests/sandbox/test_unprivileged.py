"""The attacks again, with npmward run by an unprivileged user (as root, the tests make the user
`npmward-test` and a Python environment it can read; run unprivileged, they run as themselves).
Where the machine gives such a user no cgroup, memory and processes are limited per process and the
run says so."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pwd
import secrets
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest
from sandbox_helpers import FIXTURES, needs_sandbox

pytestmark = needs_sandbox() + [pytest.mark.slow]
USER = "npmward-test"
REPO = Path(__file__).resolve().parents[2]
NAMES = ("steal-https", "attack-environ", "attack-tamper", "attack-kill", "attack-flood", "attack-forkbomb",
         "attack-memory", "attack-disk", "attack-daemon", "attack-hostfiles")


def _python_for_the_user() -> str:
    """A venv of the system Python with npmward's dependencies, readable by everyone, made once per
    set of dependencies (npmward itself comes from a copy of the source, on PYTHONPATH)."""
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    venv = Path(f"/var/tmp/npmward-test-venv-{hashlib.sha256(json.dumps(deps).encode()).hexdigest()[:12]}")
    with open("/var/tmp/npmward-test-venv.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (venv / "ready").exists():
            shutil.rmtree(venv, ignore_errors=True)
            subprocess.run(["/usr/bin/python3", "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin/pip"), "install", "-q", *deps], check=True)
            (venv / "ready").touch()
    return str(venv / "bin/python")


@pytest.fixture(scope="module")
def unprivileged() -> tuple[dict, str]:
    canary = "hostcanary_" + secrets.token_hex(16)  # a fake secret in the host environment
    work = Path(tempfile.mkdtemp(prefix="npmward-unpriv-", dir="/var/tmp"))
    try:
        os.chmod(work, 0o755)
        shutil.copytree(REPO / "src" / "npmward", work / "npmward")
        paths = []
        for name in NAMES:
            shutil.copytree(FIXTURES / name, work / "fixtures" / name)
            paths.append(str(work / "fixtures" / name))
        shutil.copy(Path(__file__).parent / "unprivileged_run.py", work)
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(work), "NPMWARD_TEST_HOST_CANARY": canary, "LANG": "C.UTF-8"}
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(USER)
            except KeyError:
                subprocess.run([shutil.which("useradd") or "/usr/sbin/useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
            cmd = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", USER, "--", _python_for_the_user()]
        else:
            cmd = [sys.executable]
        done = subprocess.run(cmd + [str(work / "unprivileged_run.py"), *paths], env=env, cwd=work,
                              capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-3000:]
        results = json.loads(done.stdout)
        if "unavailable" in results:
            pytest.skip(f"sandboxes cannot run for an unprivileged user here: {results['unavailable']}")
        return {Path(k).name: v for k, v in results.items()}, canary
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_every_attack_is_contained_or_malicious_as_an_unprivileged_user(unprivileged):
    r, canary = unprivileged
    assert "aws-secret-access-key" in r["steal-https"]["tokens"] and r["steal-https"]["verdict"] == "malicious"
    # The host environment never reaches the sandbox; the planted one is stolen and caught.
    assert canary not in json.dumps(r["attack-environ"]) and r["attack-environ"]["verdict"] == "malicious"
    assert "npm-token" in r["attack-environ"]["tokens"]
    for name in ("attack-tamper", "attack-kill"):
        assert r[name]["verdict"] == "malicious", name
        assert not [i for i in r[name]["incidents"] if i.startswith("evidence-lost")], name
    assert "dynamic/persistence" in r["attack-tamper"]["rules"]
    assert "npm-token" in r["attack-kill"]["tokens"]
    assert any(i.startswith("sink-flood") for i in r["attack-flood"]["incidents"])
    assert "npm-token" in r["attack-flood"]["tokens"]
    # Limits: with a cgroup they are the run's; without one, per process (and the run says so).
    cgroup = not any("no cgroup" in n for n in r["attack-forkbomb"]["notes"])
    assert r["attack-forkbomb"]["install_seconds"] < 60
    assert "limit: processes" in r["attack-forkbomb"]["incidents"]
    if cgroup:
        assert "limit: memory" in r["attack-memory"]["incidents"]
    else:
        assert any("rlimits" in n for n in r["attack-memory"]["notes"])
    assert r["attack-memory"]["install_seconds"] < 60
    assert "limit: disk" in r["attack-disk"]["incidents"]
    assert any("sleep 30" in p for p in r["attack-daemon"]["left_running"])
    files = json.loads(r["attack-hostfiles"]["bodies"][0])
    for path in ("/etc/shadow", "/root/.npmrc", "/usr/local/etc/npmrc", "/usr/etc/npmrc", "/etc/ssl/private"):
        assert str(files[path]).startswith("ERR"), path
