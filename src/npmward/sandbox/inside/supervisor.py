"""npmward's supervisor, run INSIDE the bubblewrap sandbox (npmward's own code, never package code).

It starts the network sinks in the sandbox's private network namespace (DNS answering 127.0.0.1 for
every name, TCP sinks on common ports recording HTTP requests, TLS server names and first bytes),
then runs each phase under strace with capabilities dropped and resource limits set, killing every
process the phase left behind. It prints one JSON document on its own stdout at the end.
Stdlib + dnslib only (run by the system python3, not npmward's environment).
"""

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

MAX_RECORD = 64 * 1024
TCP_PORTS = (80, 443, 8080, 8443, 4444, 1337, 3000, 8000, 8888, 9000, 21, 22, 25, 587, 6667)
events = []
lock = threading.Lock()


def record(kind, **data):
    with lock:
        if len(events) < 5000:
            events.append(dict(kind=kind, ts=time.time(), **data))


def dns_sink():
    from dnslib import A, QTYPE, RR, DNSRecord

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 53))
    while True:
        data, peer = sock.recvfrom(4096)
        try:
            request = DNSRecord.parse(data)
        except Exception:
            record("dns", name=None, raw=data[:256].hex())
            continue
        reply = request.reply()
        for q in request.questions:
            name = str(q.qname).rstrip(".")
            record("dns", name=name, qtype=QTYPE.get(q.qtype, str(q.qtype)))
            if q.qtype == QTYPE.A:
                reply.add_answer(RR(q.qname, QTYPE.A, rdata=A("127.0.0.1"), ttl=5))
        sock.sendto(reply.pack(), peer)


def parse_sni(data):
    """Server name from a TLS ClientHello, or None (no handshake is completed)."""
    try:
        if data[0] != 0x16 or data[5] != 0x01:
            return None
        pos = 9 + 2 + 32
        pos += 1 + data[pos]
        pos += 2 + int.from_bytes(data[pos:pos + 2], "big")
        pos += 1 + data[pos]
        end = pos + 2 + int.from_bytes(data[pos:pos + 2], "big")
        pos += 2
        while pos + 4 <= end:
            etype = int.from_bytes(data[pos:pos + 2], "big")
            elen = int.from_bytes(data[pos + 2:pos + 4], "big")
            if etype == 0:
                nlen = int.from_bytes(data[pos + 7:pos + 9], "big")
                return data[pos + 9:pos + 9 + nlen].decode("ascii", "replace")
            pos += 4 + elen
    except (IndexError, ValueError):
        return None
    return None


def read_http(conn, data):
    while b"\r\n\r\n" not in data and len(data) < MAX_RECORD:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, _, rest = lines[0].partition(" ")
    path = rest.rsplit(" ", 1)[0]
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    want = min(int(headers.get("content-length", "0") or 0), MAX_RECORD)
    while len(body) < want:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return method, path, headers, body


def handle(conn, port):
    conn.settimeout(3)
    try:
        data = conn.recv(65536)
        if data[:1] == b"\x16":
            record("tls", port=port, sni=parse_sni(data), size=len(data))
            return
        if data.split(b" ", 1)[0] in (b"GET", b"POST", b"PUT", b"PATCH", b"DELETE", b"HEAD", b"OPTIONS"):
            method, path, headers, body = read_http(conn, data)
            record("http", port=port, method=method, host=headers.get("host"), path=path,
                   headers=headers, body=body[:MAX_RECORD].decode("latin-1"))
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            return
        record("tcp", port=port, data=data[:4096].decode("latin-1"))
    except (OSError, ValueError) as exc:
        record("tcp", port=port, data="", error=str(exc))
    finally:
        conn.close()


def tcp_sink(port):
    try:
        srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(("127.0.0.1", port))
        srv.listen(64)
    except OSError as exc:
        record("sink-error", port=port, error=str(exc))
        return
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn, port), daemon=True).start()


def kill_others():
    """Kill every process of the sandbox except this supervisor (the phase's whole tree, daemons too)."""
    me = os.getpid()
    killed = []
    for _ in range(3):
        victims = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, me)]
        if not victims:
            return killed
        for pid in victims:
            try:
                with open(f"/proc/{pid}/comm") as fh:
                    killed.append(fh.read().strip())
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.05)
    return killed


def run_phase(phase, plan):
    trace = f"{plan['trace_dir']}/{phase['name']}.strace"
    limits = plan["limits"]
    cmd = ["setpriv", "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all", "--no-new-privs", "--",
           "strace", "-f", "-qq", "-ttt", "-s", "512", "-e", "signal=none",
           "-e", "trace=" + plan["syscalls"], "-o", trace,
           "prlimit", f"--as={limits['memory_kb'] * 1024}", f"--nproc={limits['processes']}",
           f"--fsize={limits['file_kb'] * 1024}", "--core=0", "--", *phase["argv"]]
    start = time.time()
    proc = subprocess.Popen(cmd, cwd=phase["cwd"], env=phase["env"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = bytearray()

    def drain():
        for chunk in iter(lambda: proc.stdout.read(4096), b""):
            if len(out) < limits["output_bytes"]:
                out.extend(chunk[: limits["output_bytes"] - len(out)])

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    timed_out = False
    try:
        code = proc.wait(timeout=phase["timeout"])
    except subprocess.TimeoutExpired:
        timed_out = True
        code = None
    time.sleep(0.2)  # let in-flight sink connections be recorded before killing stragglers
    leftovers = kill_others()
    proc.wait()
    reader.join(1)
    return {"name": phase["name"], "start": start, "end": time.time(), "exit_code": code,
            "timed_out": timed_out, "killed": leftovers, "output": out.decode("utf-8", "replace")}


def main():
    plan = json.load(open(sys.argv[1]))
    # Package code runs as the same uid: make /proc/<this pid> unreadable to it (no fd stealing).
    ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 0
    # Let the sinks listen on 53/80/443 in this private network namespace (needs CAP_NET_ADMIN in it).
    with open("/proc/sys/net/ipv4/ip_unprivileged_port_start", "w") as fh:
        fh.write("0")
    threading.Thread(target=dns_sink, daemon=True).start()
    for port in TCP_PORTS:
        threading.Thread(target=tcp_sink, args=(port,), daemon=True).start()
    time.sleep(0.2)
    results = [run_phase(phase, plan) for phase in plan["phases"]]
    time.sleep(0.1)
    with lock:
        doc = {"phases": results, "sink": list(events)}
    os.write(plan["result_fd"], json.dumps(doc).encode())


if __name__ == "__main__":
    main()
