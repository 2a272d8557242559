"""Each attack on the sandbox, run for real (as whoever runs the tests; test_unprivileged.py repeats
them as an unprivileged user): it is contained, or it becomes a malicious verdict. The fixtures are
inert: they attack the sandbox, never the host, and exfiltrate only planted values."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import threading
import time

import pytest
from sandbox_helpers import Outcome, cached, cmdline, descendants, needs_sandbox, outcome

from npmward.model import Level
from npmward.sandbox import SandboxLimits

pytestmark = needs_sandbox()
CANARY = "NPMWARD_TEST_HOST_CANARY"


@pytest.fixture(scope="session")
def host_canary():
    """A fake secret in the host environment (never a real one): nothing of it may reach the sandbox."""
    value = "hostcanary_" + secrets.token_hex(16)
    os.environ[CANARY] = value
    yield value
    del os.environ[CANARY]


class _Runs:
    def __getitem__(self, name: str) -> Outcome:
        return cached(name)


@pytest.fixture
def runs(host_canary) -> _Runs:
    return _Runs()


def everything_recorded(o: Outcome) -> str:
    return json.dumps([ob.to_dict() for ob in o.run.observations]) + json.dumps([p.output for p in o.run.phases])


def test_the_host_environment_is_never_visible_inside(runs, host_canary):
    o = runs["attack-environ"]
    dump = json.loads(o.sent("env-dump.example")[0])
    assert host_canary not in json.dumps(dump) and host_canary not in everything_recorded(o)
    assert "1" in dump and not dump["1"].startswith("ERR")  # PID 1's environment was readable: the fake one
    assert "NPM_TOKEN=npm_" in dump["1"] and CANARY not in dump["1"]
    # ... and stealing the planted one from it is the malicious outcome.
    assert "npm-token" in o.exfiltrated() and o.verdict.level is Level.MALICIOUS
    assert "bwrap" not in json.dumps({k: v for k, v in dump.items() if k.endswith(":cmdline")})


def test_the_trace_cannot_be_tampered_with(runs):
    o = runs["attack-tamper"]
    found = o.run.phases[0].output
    assert "tamper candidates: " in found
    candidates = json.loads(found.split("tamper candidates: ", 1)[1].splitlines()[0])
    assert not [c for c in candidates if "strace" in c or "events.jsonl" in c or "plan.json" in c]
    rules = o.rules()
    assert {f.details["path"].rsplit("/", 1)[-1] for f in rules["dynamic/honeytoken-read"]} >= {".npmrc", "credentials", "id_rsa"}
    assert "dynamic/persistence" in rules and "dynamic/anti-analysis" in rules
    assert not any(i.startswith("evidence-lost") for i in o.run.incidents)
    assert o.verdict.level is Level.MALICIOUS


def test_killing_everything_inside_loses_no_evidence(runs):
    o = runs["attack-kill"]
    assert not any(i.startswith("evidence-lost") for i in o.run.incidents)
    assert "npm-token" in o.exfiltrated()  # sent after the kill, still seen
    assert "dynamic/anti-analysis" in o.rules()
    assert o.verdict.level is Level.MALICIOUS


def test_a_fork_bomb_is_contained(runs):
    o = runs["attack-forkbomb"]
    assert o.run.phases[0].end - o.run.phases[0].start < 60
    assert "limit: processes" in o.run.incidents or any("RLIMIT" in n or "rlimit" in n for n in o.run.notes)
    assert "dynamic/resource-exhaustion" in o.rules()
    assert o.verdict.level is not Level.CLEAN


def test_memory_filling_is_stopped_at_the_limit(runs):
    o = runs["attack-memory"]
    assert "limit: memory" in o.run.incidents
    assert "dynamic/resource-exhaustion" in o.rules()


def test_disk_filling_stays_in_the_sandbox_tmpfs(runs):
    before = shutil.disk_usage("/tmp").free
    o = runs["attack-disk"]
    assert "limit: disk" in o.run.incidents
    assert "ENOSPC" in o.run.phases[0].output
    assert shutil.disk_usage("/tmp").free > before - (512 << 20)  # not 3 GB written here


def test_a_detached_daemon_dies_with_its_phase_and_is_flagged(runs):
    o = runs["attack-daemon"]
    left = [p for p in o.run.processes if p.left_running]
    # The detached shell, or the `sleep` it already became when the phase ended (under load the
    # teardown can come before the exec).
    assert any(p.argv[:2] == ("sleep", "30") or "sleep 30;" in " ".join(p.argv) for p in left)
    assert "dynamic/left-running" in o.rules()
    assert not any(ob.kind == "dns" and "late-beacon" in ob.data.get("name", "") for ob in o.run.observations)


def test_host_files_are_not_there(runs):
    o = runs["attack-hostfiles"]
    got = json.loads(o.sent("files.example")[0])
    for path in ("/etc/shadow", "/root/.ssh/id_rsa", "/root/.npmrc", "/usr/local/etc/npmrc", "/usr/etc/npmrc",
                 "/proc/1/root/etc/shadow", "/var/run/docker.sock", "/sys/fs/cgroup", "/etc/ssl/private"):
        assert str(got[path]).startswith("ERR"), (path, got[path])
    assert got["/home"] == [o.run.bait.user] or o.run.bait.persona.kind == "ci" and got["/home"] == ["node"]
    assert not any(n.startswith(("npmward", "pytest")) for n in got["/tmp"])
    assert "dynamic/sensitive-read" in o.rules()


def test_what_detection_looks_at_is_ordinary(runs):
    o = runs["probe-giveaways"]
    facts = json.loads(o.sent("probe.example")[0])
    status = dict(line.split(":\t", 1) for line in facts["status"].splitlines() if ":\t" in line)
    assert status["TracerPid"] == "0"  # strace is outside the sandbox's pid namespace
    assert facts["cmdline1"].startswith(("npm", "node"))  # not bwrap, not a supervisor
    assert "bwrap" not in facts["environ1"] and "PYTHONPATH" not in facts["environ1"]
    assert facts["opt"] == [] and "npmward-trace" not in facts["root"]
    assert {"var", "run", "sys", "tmp", "home"} <= set(facts["root"])
    assert len(facts["machineId"].strip()) == 32
    assert "eth0" in facts["interfaces"] or any("eth0" in n for n in o.run.notes)
    assert "127.0.0.1" not in facts["resolv"] and "timeout:1" not in facts["resolv"]
    assert len(facts["passwd"].splitlines()) > 10
    assert facts["hostname"] == o.run.bait.persona.hostname and not facts["hostname"].startswith("ws-")
    assert not [k for k in facts["env"] if "npmward" in k.lower() or "sandbox" in k.lower()]
    assert facts["npmrcGlobal"].startswith("ERR")


def test_a_killed_warden_is_a_malicious_outcome_not_an_error():
    """Nothing inside can reach the warden; if something outside kills it, the record is lost and
    the run says so (here the test kills its own run's warden)."""
    box: dict = {}
    thread = threading.Thread(target=lambda: box.update(o=outcome("slow-install")))
    thread.start()
    deadline = time.time() + 60
    warden = None
    while warden is None and time.time() < deadline:
        warden = next((p for p in descendants(os.getpid()) if "npmward.sandbox.warden" in cmdline(p)
                       and "--probe" not in cmdline(p)), None)
        time.sleep(0.2)
    assert warden is not None
    time.sleep(2)  # inside the install phase (its script sleeps 8 s)
    watched = descendants(warden)
    assert watched  # strace, bubblewrap, npm, the install script
    os.kill(warden, signal.SIGKILL)
    thread.join(120)
    o = box["o"]
    assert any(i.startswith("evidence-lost") for i in o.run.incidents)
    assert "dynamic/evidence-lost" in o.rules() and o.verdict.level is Level.MALICIOUS
    # Nothing the dead warden watched outlives it: package code never runs on unwatched.
    time.sleep(1)
    alive = [p for p in watched if os.path.exists(f"/proc/{p}") and "Z" not in _state(p)]
    assert alive == [], [cmdline(p) for p in alive]


def _state(pid: int) -> str:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_sandboxed_processes_run_as_an_unprivileged_host_uid():
    box: dict = {}
    thread = threading.Thread(target=lambda: box.update(o=outcome("slow-install")))
    thread.start()
    uid = None
    deadline = time.time() + 60
    while uid is None and time.time() < deadline:
        for pid in descendants(os.getpid()):
            if cmdline(pid) == "sleep 8":
                status = open(f"/proc/{pid}/status").read()
                uid = int(status.split("Uid:", 1)[1].split()[0])
        time.sleep(0.2)
    thread.join(120)
    assert uid is not None
    assert uid != 0 and (uid >= 1_900_000_000 if os.geteuid() == 0 else uid == os.geteuid())


def test_flooding_the_sink_never_drops_a_leak():
    # No room at all for ordinary events: only those that carry a planted value are kept.
    o = outcome("attack-flood", SandboxLimits(events_mb=0))
    assert any(i.startswith("sink-flood") for i in o.run.incidents)
    assert "npm-token" in o.exfiltrated() and o.verdict.level is Level.MALICIOUS
    assert not any(ob.kind == "dns" for ob in o.run.observations)  # the junk itself was not kept
