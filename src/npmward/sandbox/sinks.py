"""The network a sandboxed package sees: a resolver that answers every name, and listeners on every
common port of every IPv4 address that record what is sent (HTTP requests, WebSocket messages, raw
TCP bytes), terminating TLS with the run's CA. Requests to the npm registry are answered from the
run's offline dependency store, so npm installs exactly as it would online.

Runs in the warden, outside the sandbox: the package can reach these sockets but not the process,
nor the record, which goes to a file the sandbox cannot see. The record is capped in bytes; past the
cap only events that carry a planted value are written (a flood cannot push a leak out), the rest are
counted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import ssl
import struct
import threading
import time
from typing import IO, Any, Mapping

from .leaks import leaked
from .tlsca import LeafIssuer

MAX_BODY = 1024 * 1024
"""Bytes of one HTTP body, WebSocket message or raw TCP stream that are kept (all are scanned)."""
IDLE_SECONDS = 5.0
PORTS = (21, 22, 25, 53, 80, 443, 465, 587, 993, 1080, 1337, 2222, 3000, 3128, 4444, 5000, 5555, 6666, 6667,
         7777, 8000, 8080, 8081, 8443, 8888, 9000, 9001, 9090, 9999, 31337)
BANNERS = {21: b"220 (vsFTPd 3.0.5)\r\n", 22: b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n",
           25: b"220 mail ESMTP Postfix\r\n", 587: b"220 mail ESMTP Postfix\r\n"}
IP_PKTINFO = 8
METHODS = (b"GET", b"POST", b"PUT", b"PATCH", b"DELETE", b"HEAD", b"OPTIONS", b"CONNECT")


class Recorder:
    """Append-only JSONL record of sink events, bounded in bytes without ever dropping a leak."""

    def __init__(self, out: IO[str], secrets: Mapping[str, str], cap_bytes: int):
        self.out, self.secrets, self.cap = out, secrets, cap_bytes
        self.written = 0
        self.dropped: dict[str, int] = {}
        self.lock = threading.Lock()

    def __call__(self, kind: str, **data: Any) -> None:
        event = {"kind": kind, "ts": time.time(), **data}
        line = json.dumps(event) + "\n"
        with self.lock:
            if self.written + len(line) > self.cap:
                text = "\n".join(str(v) for v in data.values())
                if not leaked(text, self.secrets):
                    self.dropped[kind] = self.dropped.get(kind, 0) + 1
                    return
            self.written += len(line)
            self.out.write(line)
            self.out.flush()

    def close(self) -> None:
        with self.lock:
            self.out.write(json.dumps({"kind": "sink-summary", "ts": time.time(), "dropped": self.dropped}) + "\n")
            self.out.flush()


class Registry:
    """The npm registry as far as this run needs it: packuments and tarballs from the store."""

    def __init__(self, host: str, packuments: Mapping[str, Any], tarballs: Mapping[str, str]):
        self.host = host
        self.packuments = {name: json.dumps(doc).encode() for name, doc in packuments.items()}
        self.tarballs = dict(tarballs)
        """URL path (`/name/-/name-1.0.0.tgz`) -> file on the host."""

    def answer(self, method: str, path: str) -> tuple[int, str, bytes]:
        path = path.split("?", 1)[0]
        if method in ("GET", "HEAD"):
            if path in self.tarballs:
                with open(self.tarballs[path], "rb") as fh:
                    return 200, "application/octet-stream", fh.read()
            name = path.lstrip("/").replace("%2f", "/").replace("%2F", "/").replace("%40", "@")
            if name in self.packuments:
                return 200, "application/json", self.packuments[name]
        return 404, "application/json", b'{"error":"Not found"}'


class Sinks:
    """DNS and TCP listeners on 0.0.0.0 of the warden's network namespace."""

    def __init__(self, record: Recorder, issuer: LeafIssuer, registry: Registry, salt: bytes):
        self.record, self.issuer, self.registry, self.salt = record, issuer, registry, salt
        self.errors: list[str] = []
        self.sni: dict[int, str] = {}
        """Server name each TLS connection asked for, by id of its SSL object, until its handshake ends."""
        self.sni_lock = threading.Lock()
        self.active = 0
        """Connections being handled (their events are recorded when they end)."""
        self.dispatch: ssl.SSLContext | None = None
        """The context every TLS handshake starts with (its SNI callback picks the name's
        certificate); made at the first one, as making it loads the CA."""

    def start(self) -> None:
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("0.0.0.0", 53))
        threading.Thread(target=self._dns_udp, args=(udp,), daemon=True).start()
        for port in PORTS:
            try:
                srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                srv.bind(("0.0.0.0", port))
                srv.listen(128)
            except OSError as exc:
                self.errors.append(f"port {port}: {exc.strerror or exc}")
                continue
            threading.Thread(target=self._accept, args=(srv, port), daemon=True).start()

    # --- DNS -------------------------------------------------------------------------------------

    def address_for(self, name: str) -> str:
        """A stable, public-looking IPv4 address per name for this run (every address is local here)."""
        d = hashlib.sha256(self.salt + name.lower().encode()).digest()
        first = (13, 18, 34, 35, 44, 52, 54, 104, 142, 151, 162, 172)[d[0] % 12]
        return f"{first}.{d[1]}.{d[2]}.{1 + d[3] % 254}"

    def _dns_answer(self, data: bytes) -> bytes | None:
        from dnslib import MX, QTYPE, RR, TXT, A, DNSRecord  # AAAA gets no answer: clients fall back to IPv4

        try:
            request = DNSRecord.parse(data)
        except Exception:  # noqa: BLE001 - any malformed packet is recorded as such
            self.record("dns", name=None, raw=data[:256].hex())
            return None
        reply = request.reply()
        for q in request.questions:
            name = str(q.qname).rstrip(".")
            answer = None
            if q.qtype == QTYPE.A:
                answer = self.address_for(name)
                reply.add_answer(RR(q.qname, QTYPE.A, rdata=A(answer), ttl=60))
            elif q.qtype == QTYPE.TXT:
                reply.add_answer(RR(q.qname, QTYPE.TXT, rdata=TXT("v=spf1 -all"), ttl=60))
            elif q.qtype == QTYPE.MX:
                reply.add_answer(RR(q.qname, QTYPE.MX, rdata=MX("mail." + name), ttl=60))
            self.record("dns", name=name, qtype=QTYPE.get(q.qtype, str(q.qtype)), answer=answer)
        return reply.pack()

    def _dns_udp(self, sock: socket.socket) -> None:
        # Answer from the address the query was sent to (127.0.0.53, 8.8.8.8, ...): a client's
        # connected socket drops replies from any other source.
        sock.setsockopt(socket.IPPROTO_IP, IP_PKTINFO, 1)
        while True:
            data, ancillary, _, peer = sock.recvmsg(4096, socket.CMSG_SPACE(12))
            reply = self._dns_answer(data)
            if not reply:
                continue
            pktinfo = next((d for level, kind, d in ancillary if level == socket.IPPROTO_IP and kind == IP_PKTINFO), None)
            if pktinfo and len(pktinfo) >= 12:
                source = struct.pack("I4s4s", 0, pktinfo[8:12], b"\0" * 4)
                sock.sendmsg([reply], [(socket.IPPROTO_IP, IP_PKTINFO, source)], 0, peer)
            else:
                sock.sendto(reply, peer)

    def _dns_tcp(self, stream: "Stream") -> None:
        while True:
            head = stream.exact(2)
            if len(head) < 2:
                return
            reply = self._dns_answer(stream.exact(struct.unpack("!H", head)[0]))
            if reply is None:
                return
            stream.sock.sendall(struct.pack("!H", len(reply)) + reply)

    # --- TCP ---------------------------------------------------------------------------------------

    def drain(self, timeout: float) -> None:
        """Wait (at most `timeout` s) for open connections to be recorded."""
        end = time.time() + timeout
        while self.active and time.time() < end:
            time.sleep(0.05)

    def _accept(self, srv: socket.socket, port: int) -> None:
        while True:
            conn, _ = srv.accept()
            with self.sni_lock:
                self.active += 1
            threading.Thread(target=self._handle, args=(conn, port), daemon=True).start()

    def _handle(self, conn: socket.socket, port: int) -> None:
        # `start`: when the connection was made, which decides the phase it belongs to.
        where = {"port": port, "dst": conn.getsockname()[0], "start": time.time()}
        conn.settimeout(IDLE_SECONDS)
        stream = Stream(conn)
        try:
            if port == 53:
                return self._dns_tcp(stream)
            first = stream.peek(1.5)
            if not first and port in BANNERS:  # the client waits for the server to speak first
                conn.sendall(BANNERS[port])
                first = stream.peek(IDLE_SECONDS)
            if first[:1] == b"\x16":
                stream = self._tls(stream, where)
                if stream is None:
                    return
                first = stream.peek(IDLE_SECONDS)
            if first.split(b" ", 1)[0] in METHODS:
                self._http(stream, where)
            else:
                data = stream.read_until_idle()
                self.record("tcp", **where, data=data[:MAX_BODY].decode("latin-1"), size=len(data),
                            **({"leaks": leaked(data.decode("latin-1"), self.record.secrets)} if len(data) > MAX_BODY else {}))
        except (OSError, ValueError) as exc:
            self.record("tcp", **where, data="", error=str(exc)[:200])
        finally:
            conn.close()
            with self.sni_lock:
                self.active -= 1

    def _choose_certificate(self, sock: ssl.SSLObject, server_name: str | None, _ctx: ssl.SSLContext) -> None:
        with self.sni_lock:
            self.sni[id(sock)] = server_name or ""
        sock.context = self.issuer.context(server_name or sock.getsockname()[0])

    def _tls(self, stream: "Stream", where: dict) -> "Stream | None":
        with self.sni_lock:
            if self.dispatch is None:
                self.dispatch = self.issuer.context("localhost.localdomain", cached=False)
                self.dispatch.sni_callback = self._choose_certificate
        wrapped = self.dispatch.wrap_socket(stream.sock, server_side=True, do_handshake_on_connect=False)
        try:
            wrapped.settimeout(IDLE_SECONDS)
            wrapped.do_handshake()
            error = None
        except (ssl.SSLError, OSError) as exc:
            error = str(exc)[:200]
        with self.sni_lock:
            name = self.sni.pop(id(wrapped), None) or None
        if error:
            # The client did not trust the run's CA (pinning, its own store): only the name is seen.
            self.record("tls", **where, sni=name, error=error)
            return None
        where.update(tls=True, sni=name)
        return Stream(wrapped)

    def _http(self, stream: "Stream", where: dict) -> None:
        while True:
            request = stream.request()
            if request is None:
                return
            method, target, headers, body = request
            host = headers.get("host") or where.get("sni") or where["dst"]
            event = dict(where, method=method, host=host.split(":")[0], path=target, headers=headers,
                         body=body[:MAX_BODY].decode("latin-1"), size=len(body))
            if len(body) > MAX_BODY:
                event["leaks"] = leaked(body.decode("latin-1"), self.record.secrets)
            if headers.get("upgrade", "").lower() == "websocket":
                self.record("http", **event, websocket=True)
                return self._websocket(stream, headers, dict(where, host=event["host"], path=target))
            if event["host"] == self.registry.host:
                status, ctype, payload = self.registry.answer(method, target)
                event["registry"] = status == 200
            elif method in ("GET", "HEAD"):
                status, ctype, payload = 404, "text/html", b"<html><body><h1>404 Not Found</h1></body></html>"
            else:
                status, ctype, payload = 200, "application/json", b'{"ok":true}'
            self.record("http", **event, status=status)
            reason = {200: "OK", 404: "Not Found"}[status]
            head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n"
                    f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime())}\r\nConnection: keep-alive\r\n\r\n")
            stream.sock.sendall(head.encode() + (b"" if method == "HEAD" else payload))

    def _websocket(self, stream: "Stream", headers: dict, where: dict) -> None:
        accept = base64.b64encode(hashlib.sha1((headers.get("sec-websocket-key", "") +
                                                "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
        stream.sock.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())
        message = b""
        while True:
            head = stream.exact(2)
            if len(head) < 2:
                break
            opcode, length = head[0] & 0x0F, head[1] & 0x7F
            if length == 126:
                length = struct.unpack("!H", stream.exact(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", stream.exact(8))[0]
            mask = stream.exact(4) if head[1] & 0x80 else b"\0\0\0\0"
            payload = bytearray(stream.exact(min(length, MAX_BODY)))
            for i in range(len(payload)):
                payload[i] ^= mask[i % 4]
            if opcode == 0x8:  # close
                break
            if opcode in (0x0, 0x1, 0x2):
                message += bytes(payload)
                if head[0] & 0x80:  # final fragment
                    self.record("websocket", **where, data=message[:MAX_BODY].decode("latin-1"), size=len(message))
                    message = b""
        if message:
            self.record("websocket", **where, data=message[:MAX_BODY].decode("latin-1"), size=len(message))


class Stream:
    """A connection with a push-back buffer (TLS sockets cannot MSG_PEEK)."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.buf = b""

    def recv(self, n: int) -> bytes:
        if self.buf:
            data, self.buf = self.buf[:n], self.buf[n:]
            return data
        return self.sock.recv(n)

    def peek(self, timeout: float) -> bytes:
        self.sock.settimeout(timeout)
        try:
            if not isinstance(self.sock, ssl.SSLSocket):  # leave the bytes for a TLS handshake
                return self.sock.recv(64, socket.MSG_PEEK)
            if not self.buf:
                self.buf = self.sock.recv(64)
        except (socket.timeout, ssl.SSLError, OSError):
            return self.buf
        finally:
            self.sock.settimeout(IDLE_SECONDS)
        return self.buf

    def exact(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.recv(min(n - len(data), 65536))
            if not chunk:
                break
            data += chunk
        return data

    def read_until_idle(self) -> bytes:
        data = b""
        self.sock.settimeout(2.0)
        try:
            while len(data) < 4 * MAX_BODY:
                chunk = self.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (socket.timeout, ssl.SSLError, OSError):
            pass
        return data

    def _more(self) -> bytes:
        try:
            chunk = self.sock.recv(65536)
        except (socket.timeout, ssl.SSLError, OSError):
            chunk = b""
        self.buf += chunk
        return chunk

    def request(self) -> tuple[str, str, dict[str, str], bytes] | None:
        """One HTTP/1.x request (method, target, headers, body), or None at the end of the stream."""
        while b"\r\n\r\n" not in self.buf and len(self.buf) < 256 * 1024:
            if not self._more():
                if not self.buf:
                    return None
                break
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, _, remainder = lines[0].partition(" ")
        target = remainder.rsplit(" ", 1)[0]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            name = key.strip().lower()
            headers[name] = (headers[name] + ", " if name in headers else "") + value.strip()
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return method, target, headers, self._chunked()
        length = headers.get("content-length", "0").strip()
        want = min(int(length) if length.isdigit() else 0, 4 * MAX_BODY)
        while len(self.buf) < want and self._more():
            pass
        body, self.buf = self.buf[:want], self.buf[want:]
        return method, target, headers, body

    def _chunked(self) -> bytes:
        body = b""
        while len(body) < 4 * MAX_BODY:
            while b"\r\n" not in self.buf:
                if not self._more():
                    return body
            size_line, _, self.buf = self.buf.partition(b"\r\n")
            try:
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
            except ValueError:
                return body
            while len(self.buf) < size + 2:
                if not self._more():
                    return body + self.buf
            if size == 0:
                self.buf = self.buf[2:]  # the final CRLF (no trailers from the clients seen here)
                return body
            body += self.buf[:size]
            self.buf = self.buf[size + 2:]
        return body
