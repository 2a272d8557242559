"""Pure parts of the sandbox: strace parsing (process tree across pid namespaces, actors, the end
of the record), leak decoding, the sink's flood cap, the offline registry, npm's platform checks,
and the findings a lost record or a limit gives. No sandbox needed."""

from __future__ import annotations

import base64
import io
import json

import pytest

from npmward.analyzers.dynamic import dynamic_findings
from npmward.model import Level
from npmward.sandbox.deps import platform_ok, served_manifest
from npmward.sandbox.honeytokens import make_bait
from npmward.sandbox.leaks import decoded_views, dns_streams, leaked
from npmward.sandbox.observations import Interest, parse_strace
from npmward.sandbox.runner import SandboxRun
from npmward.sandbox.sinks import Recorder, Registry
from npmward.verdict import decide

TOKEN = "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"


@pytest.mark.parametrize("encoded", [
    TOKEN,
    base64.b64encode(f'{{"t":"{TOKEN}"}}'.encode()).decode(),
    f"{{\"t\":\"{TOKEN}\"}}".encode().hex(),
    "t=" + TOKEN.replace("_", "%5F"),
    base64.b32encode(TOKEN.encode()).decode().rstrip("="),
    base64.b64encode(TOKEN.encode().hex().encode()).decode(),  # two layers
])
def test_token_is_found_in_every_encoding(encoded):
    assert any(TOKEN in v for v in decoded_views(encoded))
    assert leaked(encoded, {"npm-token": TOKEN}) == [("npm-token", "raw" if encoded == TOKEN else "encoded")]


def test_unrelated_data_does_not_contain_the_token():
    assert leaked(base64.b64encode(b"hello world, nothing here").decode(), {"npm-token": TOKEN}) == []


def test_dns_chunks_are_ordered_by_their_sequence_label():
    hexed = TOKEN.encode().hex()
    parts = [hexed[i:i + 30] for i in range(0, len(hexed), 30)]
    names = [f"{p}.{i}.oast.example" for i, p in enumerate(parts)][::-1]  # arrive reversed
    assert dns_streams(names)["oast.example"] == hexed


# npmward's chain (sh -> setpriv -> prlimit -> bwrap), bubblewrap's child (the sandbox's PID 1) running
# npm, npm running a script through a vfork'ed shell whose exec is written before the vfork returns,
# the script reading a token file and leaving a daemon that the namespace's end kills.
STRACE = """\
500 1700000000.000001 execve("/bin/sh", ["/bin/sh", "-c", "echo 0 > x"], 0x7ffd /* 0 vars */) = 0
500 1700000000.000002 execve("/usr/bin/bwrap", ["/usr/bin/bwrap", "--unshare-user"], 0x7ffd /* 1 var */) = 0
500 1700000000.000003 clone(child_stack=NULL, flags=CLONE_NEWUSER|CLONE_NEWPID|SIGCHLD) = 501
501 1700000000.000004 openat(AT_FDCWD, "/newroot/etc/passwd", O_WRONLY|O_CREAT, 0444) = 4
501 1700000000.000010 execve("/usr/bin/npm", ["npm", "install"], 0x55 /* 30 vars */) = 0
501 1700000000.000020 openat(AT_FDCWD, "/home/u/.npmrc", O_RDONLY|O_CLOEXEC) = 21
501 1700000000.000030 clone3({flags=CLONE_VM|CLONE_THREAD|CLONE_SETTLS, child_tid=0x1}, 88) = 2 /* 502 in strace's PID NS */
502 1700000000.000040 vfork( <unfinished ...>
503 1700000000.000050 execve("/bin/sh", ["sh", "-c", "node steal.js"], 0x55 /* 30 vars */ <unfinished ...>
502 1700000000.000060 <... vfork resumed>) = 9 /* 503 in strace's PID NS */
503 1700000000.000070 <... execve resumed>) = 0
503 1700000000.000080 openat(AT_FDCWD, "/home/u/.npmrc", O_RDONLY|O_CLOEXEC) = 3
503 1700000000.000090 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16) = -1 EINPROGRESS (Operation now in progress)
503 1700000000.000095 clone(child_stack=NULL, flags=SIGCHLD) = 10 /* 504 in strace's PID NS */
504 1700000000.000096 execve("/usr/bin/sleep", ["sleep", "100"], 0x55 /* 30 vars */) = 0
503 1700000000.000100 openat(AT_FDCWD, "/home/u/.bashrc", O_WRONLY|O_CREAT|O_APPEND, 0666) = 4
503 1700000000.000110 +++ exited with 0 +++
504 1700000000.000200 +++ killed by SIGKILL +++
501 1700000000.000210 +++ exited with 0 +++
500 1700000000.000220 +++ exited with 0 +++
"""


def parse(text: str):
    return parse_strace("install", lambda: io.StringIO(text), Interest("/home/u", "/home/u/app", ["/home/u/.npmrc"]))


def test_strace_becomes_a_process_tree_with_actors_and_only_the_sandbox_counts():
    trace = parse(STRACE)
    assert trace.root_pid == 501 and trace.complete
    procs = {p.pid: p for p in trace.processes}
    assert set(procs) == {501, 503, 504}  # npmward's chain (500) is not the package's
    assert procs[501].actor == "npm" and procs[503].actor == "package" and procs[503].ppid == 501
    assert procs[504].left_running and not procs[503].left_running
    kinds = [(o.kind, o.pid, o.actor) for o in trace.observations]
    assert ("open", 501, "npm") in kinds and ("open", 503, "package") in kinds  # npm's read vs the script's
    assert ("connect", 503, "package") in kinds and ("write", 503, "package") in kinds
    assert not any(o.data.get("path", "").startswith("/newroot") for o in trace.observations)


def test_a_trace_without_the_end_of_its_first_process_is_incomplete():
    cut = STRACE.rsplit("501 1700000000.000210", 1)[0]
    assert not parse(cut).complete


def run_with(incidents=(), observations=()) -> SandboxRun:
    return SandboxRun(make_bait(), (), tuple(observations), (), tuple(incidents), ())


def test_lost_evidence_is_a_malicious_outcome():
    findings = dynamic_findings(run_with(["evidence-lost: the install trace ends before the phase did"]))
    assert "dynamic/evidence-lost" in {f.rule for f in findings}
    assert decide(findings).level is Level.MALICIOUS


def test_the_recorder_keeps_every_leak_past_its_cap_and_counts_the_rest():
    out = io.StringIO()
    record = Recorder(out, {"npm-token": TOKEN}, cap_bytes=2000)
    for i in range(500):
        record("dns", name=f"junk-{i}.noise.example")
    record("http", host="c.example", body=base64.b64encode(TOKEN.encode()).decode())
    record.close()
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert any(e["kind"] == "http" for e in events)
    summary = events[-1]
    assert summary["kind"] == "sink-summary" and summary["dropped"]["dns"] > 400
    assert len(out.getvalue()) < 3000


def test_the_offline_registry_serves_packuments_and_tarballs(tmp_path):
    tgz = tmp_path / "a.tgz"
    tgz.write_bytes(b"tarball")
    reg = Registry("registry.npmjs.org", {"@s/a": {"name": "@s/a", "versions": {}}}, {"/@s/a/-/a-1.0.0.tgz": str(tgz)})
    assert reg.answer("GET", "/@s%2fa")[0] == 200
    assert reg.answer("GET", "/@s/a/-/a-1.0.0.tgz") == (200, "application/octet-stream", b"tarball")
    assert reg.answer("GET", "/left-pad")[0] == 404


@pytest.mark.parametrize("manifest, ok", [
    ({}, True), ({"os": ["linux"], "cpu": ["x64"]}, True), ({"os": ["darwin"]}, False), ({"cpu": ["arm64"]}, False),
    ({"os": ["!win32"]}, True), ({"cpu": ["!x64"]}, False), ({"libc": ["musl"]}, False), ({"libc": ["glibc"]}, True),
])
def test_npm_platform_checks(manifest, ok):
    assert platform_ok(manifest, {"os": "linux", "cpu": "x64", "libc": "glibc"}) is ok


def test_the_served_manifest_tells_npm_to_run_install_scripts():
    assert served_manifest({"name": "a", "scripts": {"postinstall": "x", "test": "y"}})["hasInstallScript"]
    assert served_manifest({"name": "a"}, has_binding_gyp=True)["hasInstallScript"]
    assert "hasInstallScript" not in served_manifest({"name": "a", "scripts": {"test": "y"}})


def test_unavailable_sandbox_is_a_reason_not_an_exception(monkeypatch):
    from npmward.sandbox import runner

    runner.available.cache_clear()
    monkeypatch.setattr(runner.shutil, "which", lambda tool: None if tool == "bwrap" else f"/usr/bin/{tool}")
    try:
        assert "apt-get install bubblewrap" in runner.available()
        with pytest.raises(runner.SandboxError, match="bubblewrap"):
            runner.check_sandbox()
    finally:
        runner.available.cache_clear()


def test_scan_dynamic_without_a_sandbox_keeps_the_package_with_a_note(monkeypatch, tmp_path):
    import json

    from typer.testing import CliRunner

    from npmward import sandbox
    from npmward.cli import app

    monkeypatch.setattr(sandbox, "available", lambda: "the sandbox needs `bwrap`")
    package = tmp_path / "a"
    package.mkdir()
    (package / "package.json").write_text('{"name": "a", "version": "1.0.0", "scripts": {"postinstall": "node x.js"}}')
    (package / "x.js").write_text("console.log(1)\n")
    result = CliRunner().invoke(app, ["scan", str(package), "--dynamic", "all", "-f", "json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)["packages"]
    assert "dynamic/not-run" in {f["rule"] for f in report["findings"]} and report["verdict"] == "clean"
    assert any("bwrap" in n and "static verdict stands" in n for n in report["notes"])


def _ps_trace(argv: str) -> str:
    """A package process running procps' `ps` with `argv`, which opens every process's environ."""
    return (
        '600 1700000000.000000 execve("/usr/bin/bwrap", ["/usr/bin/bwrap", "--unshare-user"], 0x7ffd /* 1 var */) = 0\n'
        "600 1700000000.000001 clone(child_stack=NULL, flags=CLONE_NEWUSER|CLONE_NEWPID|SIGCHLD) = 601\n"
        '601 1700000000.000001 execve("/usr/bin/node", ["node", "index.js"], 0x55 /* 30 vars */) = 0\n'
        "601 1700000000.000002 clone(child_stack=NULL, flags=SIGCHLD) = 2 /* 602 in strace's PID NS */\n"
        f'602 1700000000.000003 execve("/usr/bin/ps", [{argv}], 0x55 /* 30 vars */) = 0\n'
        '602 1700000000.000004 openat(AT_FDCWD, "/proc/1/environ", O_RDONLY) = 4\n'
        "602 1700000000.000005 +++ exited with 0 +++\n"
        "601 1700000000.000006 +++ exited with 0 +++\n"
        "600 1700000000.000007 +++ exited with 0 +++\n")


@pytest.mark.parametrize("argv, flagged", [('"ps"', False), ('"ps", "-A", "-o", "ppid,pid"', False),
                                           ('"ps", "eww", "-A"', True), ('"ps", "auxe"', True)])
def test_ps_listing_processes_reads_no_environment_but_ps_e_prints_them(argv, flagged):
    # (nodemon's process tree lookup runs `ps`; `ps eww` prints every process's environment)
    trace = parse_strace("load", lambda: io.StringIO(_ps_trace(argv)), Interest("/home/u", "/home/u/app", []))
    assert any(o.kind == "open" and o.data.get("path") == "/proc/1/environ" for o in trace.observations)
    run = SandboxRun(make_bait(), (), trace.observations, trace.processes, (), ())
    assert any(f.rule == "dynamic/sensitive-read" for f in dynamic_findings(run)) is flagged


@pytest.mark.parametrize("script, flagged", [("npmward-load.js", False), ("/home/u/app/npmward-load.js", False),
                                             ("index.js", True), ("node_modules/w/daemon.js", True)])
def test_a_package_that_reruns_the_projects_main_leaves_the_harness_running_not_a_daemon(script, flagged):
    # nodemon() with no arguments runs the project's main, which in the sandbox is npmward's harness;
    # what that copy starts repeats the phase's own run; a process of the package's own that outlives
    # the phase is still a detached daemon.
    text = (
        '600 1700000000.000000 execve("/usr/bin/bwrap", ["/usr/bin/bwrap", "--unshare-user"], 0x7ffd /* 1 var */) = 0\n'
        "600 1700000000.000001 clone(child_stack=NULL, flags=CLONE_NEWUSER|CLONE_NEWPID|SIGCHLD) = 601\n"
        '601 1700000000.000001 execve("/usr/bin/node", ["node", "npmward-exercise.js"], 0x55 /* 30 vars */) = 0\n'
        "601 1700000000.000002 clone(child_stack=NULL, flags=SIGCHLD) = 2 /* 602 in strace's PID NS */\n"
        f'602 1700000000.000003 execve("/usr/bin/node", ["/usr/bin/node", "{script}"], 0x55 /* 30 vars */) = 0\n'
        "602 1700000000.000004 clone(child_stack=NULL, flags=SIGCHLD) = 3 /* 603 in strace's PID NS */\n"
        '603 1700000000.000005 execve("/usr/bin/ps", ["ps", "-A", "-o", "ppid,pid"], 0x55 /* 30 vars */) = 0\n'
        "601 1700000000.000006 +++ exited with 0 +++\n"
        "602 1700000000.000007 +++ killed by SIGKILL +++\n"
        "603 1700000000.000007 +++ killed by SIGKILL +++\n"
        "600 1700000000.000008 +++ exited with 0 +++\n")
    trace = parse_strace("execute", lambda: io.StringIO(text), Interest("/home/u", "/home/u/app", []))
    assert [p.left_running for p in trace.processes if p.pid in (602, 603)] == [True, True]
    run = SandboxRun(make_bait(), (), trace.observations, trace.processes, (), ())
    left = [f for f in dynamic_findings(run) if f.rule == "dynamic/left-running"]
    assert len(left) == (1 if flagged else 0)  # (one finding per phase; the harness copy's children neither)
