"""scripts/apt-retry.sh (used by scripts/test.sh): a busy package manager is waited for, not a
failure; every other apt-get failure is returned at once. apt-get is a stand-in on PATH."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "apt-retry.sh"
LOCKED = "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (unattended-upgr)"


def fake_apt(tmp_path: Path, outcomes: list[tuple[int, str]]) -> Path:
    """An `apt-get` that answers with the next (exit code, stderr) each call and logs its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cases = "\n".join(f"  {i}) echo '{err}' >&2; exit {code};;" for i, (code, err) in enumerate(outcomes, 1))
    (bin_dir / "apt-get").write_text(f"""#!/usr/bin/env bash
echo "$*" >> "{tmp_path}/calls"
n=$(wc -l < "{tmp_path}/calls")
case $n in
{cases}
  *) echo '{outcomes[-1][1]}' >&2; exit {outcomes[-1][0]};;
esac
""")
    (bin_dir / "apt-get").chmod(0o755)
    return bin_dir


def run(tmp_path: Path, outcomes, retries: int = 5):
    env = {**os.environ, "PATH": f"{fake_apt(tmp_path, outcomes)}:{os.environ['PATH']}",
           "APT_RETRIES": str(retries), "APT_RETRY_SECONDS": "0"}
    result = subprocess.run([str(SCRIPT), "install", "-y", "strace"], env=env, capture_output=True, text=True,
                            timeout=60)
    calls = (tmp_path / "calls").read_text().splitlines()
    return result, calls


def test_a_held_lock_is_waited_for(tmp_path):
    result, calls = run(tmp_path, [(100, LOCKED), (100, LOCKED), (0, "")])
    assert result.returncode == 0, result.stderr
    assert len(calls) == 3 and all(c.endswith("install -y strace") for c in calls)
    assert "DPkg::Lock::Timeout" in calls[0]
    assert result.stderr.count("package manager is busy") == 2


def test_other_failures_are_returned_at_once(tmp_path):
    result, calls = run(tmp_path, [(100, "E: Unable to locate package strace")])
    assert result.returncode == 100 and len(calls) == 1
    assert "Unable to locate package" in result.stderr


def test_it_gives_up_with_a_reason(tmp_path):
    result, calls = run(tmp_path, [(100, LOCKED)], retries=3)
    assert result.returncode == 100 and len(calls) == 3
    assert "gave up after 3 attempts" in result.stderr
