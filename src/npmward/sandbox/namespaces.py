"""The Linux calls the warden makes before any package code runs: its own mount and network
namespaces (and, when not root, a user namespace to own them), a size-limited tmpfs for everything
the sandbox writes, and a network that has no way out but answers everywhere.

The network namespace holds only `lo` (plus, where /dev/net/tun allows it, an `eth0` tap device
that the warden holds open and never reads, so the inside looks like a container). A local route
for 0.0.0.0/0 makes every IPv4 address local: a connection to any address and port reaches the
sinks listening on 0.0.0.0, and nothing can leave the namespace.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import secrets
import socket
import struct

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWNET = 0x00020000, 0x10000000, 0x40000000
MS_REC, MS_PRIVATE, MS_NOSUID, MS_NODEV = 0x4000, 1 << 18, 2, 4
SIOCSIFFLAGS, SIOCSIFADDR, SIOCSIFNETMASK, SIOCSIFHWADDR = 0x8914, 0x8916, 0x891C, 0x8924
IFF_UP, IFF_RUNNING, IFF_TAP, IFF_NO_PI = 0x1, 0x40, 0x0002, 0x1000
TUNSETIFF = 0x400454CA
_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """For `preexec_fn`: the child is killed when the process that started it dies. A sandbox must
    never outlast the one watching it: a killed warden (or npmward) takes strace, bubblewrap and the
    whole pid namespace with it instead of leaving package code running unwatched."""
    import signal

    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def enter_namespaces(as_root: bool) -> None:
    """Move this (single-threaded) process into new mount and network namespaces. Not root: into
    a new user namespace first, where it is uid/gid 0, mapped to its own uid/gid outside."""
    uid, gid = os.geteuid(), os.getegid()
    flags = CLONE_NEWNS | CLONE_NEWNET | (0 if as_root else CLONE_NEWUSER)
    _check(_libc.unshare(flags), "unshare")
    if not as_root:
        for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
            with open(f"/proc/self/{name}", "w") as fh:
                fh.write(text)
    _check(_libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None), "make mounts private")


def mount_tmpfs(path: str, size_bytes: int) -> None:
    opts = f"size={size_bytes},mode=0755".encode()
    _check(_libc.mount(b"tmpfs", path.encode(), b"tmpfs", MS_NOSUID | MS_NODEV, opts), f"tmpfs on {path}")


def _ifreq(name: str, payload: bytes = b"") -> bytes:
    return struct.pack("16s", name.encode()) + payload.ljust(24, b"\0")


def _set_up(sock: socket.socket, name: str) -> None:
    fcntl.ioctl(sock, SIOCSIFFLAGS, _ifreq(name, struct.pack("H", IFF_UP | IFF_RUNNING)))


def _sockaddr(ip: str) -> bytes:
    return struct.pack("HH4s8x", socket.AF_INET, 0, socket.inet_aton(ip))


def setup_network() -> tuple[object | None, str | None]:
    """Bring up `lo`, make every IPv4 address local, and add the cosmetic `eth0` where possible.
    Returns (the tap's file object to keep open, or None; a note when eth0 could not be made)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        _set_up(sock, "lo")
        _route_all_local()
        return _fake_ethernet(sock)
    finally:
        sock.close()


def _route_all_local() -> None:
    """`ip route add local 0.0.0.0/0 dev lo table local`, through netlink."""
    rtm_newroute, flags = 24, 0x1 | 0x4 | 0x400 | 0x200  # REQUEST | ACK | CREATE | EXCL
    table_local, proto_boot, scope_host, rtn_local, rta_oif = 255, 3, 254, 2, 4
    body = struct.pack("BBBBBBBBI", socket.AF_INET, 0, 0, 0, table_local, proto_boot, scope_host, rtn_local, 0)
    body += struct.pack("HHi", 8, rta_oif, socket.if_nametoindex("lo"))
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0) as nl:
        nl.send(struct.pack("IHHII", 16 + len(body), rtm_newroute, flags, 1, 0) + body)
        reply = nl.recv(4096)
    error = struct.unpack("i", reply[16:20])[0]
    if error:
        raise OSError(-error, f"local route for 0.0.0.0/0: {os.strerror(-error)}")


def _fake_ethernet(sock: socket.socket) -> tuple[object | None, str | None]:
    try:
        tap = open("/dev/net/tun", "r+b", buffering=0)
        fcntl.ioctl(tap, TUNSETIFF, struct.pack("16sH", b"eth0", IFF_TAP | IFF_NO_PI))
    except OSError as exc:
        return None, f"no eth0 inside (the network shows only loopback): {exc.strerror or exc}"
    host = 2 + secrets.randbelow(12)
    mac = bytes([0x02, 0x42, 0xAC, 0x11, 0x00, host])  # what Docker gives a container on its default bridge
    try:
        fcntl.ioctl(sock, SIOCSIFHWADDR, _ifreq("eth0", struct.pack("H6s", 1, mac)))
        fcntl.ioctl(sock, SIOCSIFADDR, _ifreq("eth0", _sockaddr(f"172.17.0.{host}")))
        fcntl.ioctl(sock, SIOCSIFNETMASK, _ifreq("eth0", _sockaddr("255.255.0.0")))
        _set_up(sock, "eth0")
    except OSError as exc:
        tap.close()
        return None, f"eth0 could not be configured: {exc.strerror or exc}"
    return tap, None
