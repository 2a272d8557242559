"""Pure parts of the dynamic analysis: strace parsing, decoding of outbound data, DNS reassembly,
and the missing-sandbox error. No sandbox needed."""

from __future__ import annotations

import base64

import pytest

from npmward.analyzers.dynamic import decoded_views, dns_streams
from npmward.sandbox import runner
from npmward.sandbox.observations import Observation, parse_strace

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


def test_unrelated_data_does_not_contain_the_token():
    assert not any(TOKEN in v for v in decoded_views(base64.b64encode(b"hello world, nothing here").decode()))


def dns(name: str, ts: float) -> Observation:
    return Observation("load", ts, "dns", None, name, {"name": name})


def test_dns_chunks_are_ordered_by_their_sequence_label():
    hexed = TOKEN.encode().hex()
    parts = [hexed[i:i + 30] for i in range(0, len(hexed), 30)]
    queries = [dns(f"{p}.{i}.oast.example", 10 - i) for i, p in enumerate(parts)][::-1]  # arrive reversed
    stream = dns_streams(queries)["oast.example"]
    assert stream == hexed


STRACE = """\
100 1700000000.000001 execve("/usr/bin/node", ["node", "x.js"], 0x7ffd /* 5 vars */) = 0
100 1700000000.000100 clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM, child_tid=0x1}, 88) = 101
101 1700000000.000200 openat(AT_FDCWD, "/home/u/.npmrc", O_RDONLY|O_CLOEXEC <unfinished ...>
100 1700000000.000250 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|SIGCHLD, child_tidptr=0x7f) = 102
101 1700000000.000300 <... openat resumed>) = 21
102 1700000000.000400 execve("/usr/bin/curl", ["curl", "http://x.example"], 0x55 /* 5 vars */) = 0
102 1700000000.000500 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.1.1.1")}, 16) = -1 ENETUNREACH (Network is unreachable)
102 1700000000.000600 openat(AT_FDCWD, "/home/u/.bashrc", O_WRONLY|O_CREAT|O_APPEND, 0666) = 3
"""


def test_strace_lines_become_observations_attributed_to_processes():
    obs, root = parse_strace("install", STRACE)
    assert root == 100
    kinds = [(o.kind, o.pid) for o in obs]
    assert kinds == [("exec", 100), ("open", 100), ("exec", 102), ("connect", 102), ("write", 102)]
    read = obs[1]
    assert read.data["path"] == "/home/u/.npmrc" and read.data["ok"]  # joined across unfinished/resumed
    assert obs[2].data["argv"] == ["curl", "http://x.example"]
    assert obs[3].data == {"address": "1.1.1.1", "port": 443, "ok": False, "errno": "ENETUNREACH"}


def test_missing_bwrap_is_a_clear_sandbox_error(monkeypatch):
    monkeypatch.setattr(runner.shutil, "which", lambda tool: None if tool == "bwrap" else f"/usr/bin/{tool}")
    with pytest.raises(runner.SandboxError, match="apt-get install bubblewrap"):
        runner.check_sandbox()
