"""Turn what the sandbox observed into findings (category `dynamic`, rules `dynamic/...`).

Pure: works on a `SandboxRun` (observations + the run's honeytokens); running the sandbox is
`npmward.sandbox`'s job. The strongest evidence is a honeytoken value in outbound data (an HTTP
body or URL, a raw TCP payload, DNS names), found raw or decoded (URL, base64, hex, base32, labels
of DNS names joined in query order).
"""

from __future__ import annotations

import base64
import json
import binascii
import os
import re
from collections import defaultdict
from typing import Iterable
from urllib.parse import unquote_plus

from ..model import Confidence, Finding, Severity
from ..sandbox.honeytokens import Honeytoken
from ..sandbox.observations import Observation
from ..sandbox.runner import SandboxRun

C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW
DOWNLOADERS = {"curl", "wget", "nc", "ncat", "netcat", "socat", "ftp", "tftp", "scp", "ssh"}
SHELLS = {"sh", "bash", "dash", "zsh", "ash"}
PERSISTENCE = re.compile(r"/(\.bashrc|\.bash_profile|\.profile|\.zshrc|\.zprofile|\.config/autostart/|"
                         r"\.config/systemd/|\.local/share/systemd/)|^/var/spool/cron|^/etc/cron|crontab")
_B64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}){8,}")
_B32 = re.compile(r"[A-Z2-7]{16,}=*|[a-z2-7]{16,}=*")
_ENCODED_LABEL = re.compile(r"^(?:[0-9a-f]{20,}|[a-z2-7]{24,}|[A-Za-z0-9_-]{30,})$")


def decoded_views(text: str) -> list[str]:
    """The text, URL-decoded, and every base64/hex/base32 run in it decoded (one level, then again)."""
    views = [text, unquote_plus(text)]
    for _ in range(2):
        extra = []
        for view in views:
            for run in _HEX.findall(view):
                extra.append(bytes.fromhex(run[: len(run) // 2 * 2]).decode("latin-1"))
            for run in _B64.findall(view):
                for alt in (False, True):
                    try:
                        raw = (base64.urlsafe_b64decode if alt else base64.b64decode)(run + "=" * (-len(run) % 4))
                        extra.append(raw.decode("latin-1"))
                    except (binascii.Error, ValueError):
                        pass
            for run in _B32.findall(view):
                try:
                    extra.append(base64.b32decode(run.upper() + "=" * (-len(run) % 8)).decode("latin-1"))
                except (binascii.Error, ValueError):
                    pass
        views += [e for e in extra if e not in views]
    return views


def dns_streams(observations: Iterable[Observation]) -> dict[str, str]:
    """Per parent domain (the last two labels), the data labels of its queries joined, so that chunks
    split across labels and queries are reassembled: the data is the longest label; a numeric label
    is taken as the chunk's sequence number (lookups resolve out of order), else arrival order."""
    seen: dict[str, dict[str, int]] = defaultdict(dict)
    for o in observations:
        name = (o.data.get("name") or "") if o.kind == "dns" else ""
        labels = name.split(".")
        if len(labels) > 2:
            chunk = max(labels[:-2], key=len)
            chunks = seen[".".join(labels[-2:])]
            if chunk not in chunks:
                seq = next((int(lb) for lb in labels[:-2] if lb.isdigit() and lb != chunk), None)
                chunks[chunk] = seq if seq is not None else len(chunks)
    return {domain: "".join(sorted(chunks, key=chunks.__getitem__)) for domain, chunks in seen.items()}


def outbound(run: SandboxRun) -> list[tuple[str, str, str]]:
    """(phase, channel description, text) for everything that left the package's processes."""
    out: list[tuple[str, str, str]] = []
    for o in run.observations:
        if o.kind == "http":
            d = o.data
            headers = "\n".join(f"{k}: {v}" for k, v in (d.get("headers") or {}).items())
            out.append((o.phase, f"HTTP {d.get('method')} {d.get('host')}{d.get('path')}", f"{d.get('path')}\n{headers}\n{d.get('body')}"))
        elif o.kind == "tcp":
            out.append((o.phase, f"raw TCP to port {o.data.get('port')}", o.data.get("data") or ""))
        elif o.kind == "dns":
            out.append((o.phase, f"DNS query {o.data.get('name')}", o.data.get("name") or ""))
    last_phase = {".".join((o.data.get("name") or "").split(".")[-2:]): o.phase
                  for o in run.observations if o.kind == "dns"}
    for domain, stream in dns_streams(run.observations).items():
        out.append((last_phase.get(domain, "?"), f"DNS queries under {domain} (labels joined)", stream))
    return out


def _token_in(token: Honeytoken, views: list[str]) -> bool:
    needle = token.value
    return any(needle in v or needle.lower() in v.lower() and len(needle) >= 16 for v in views)


def exfiltration_findings(run: SandboxRun) -> list[Finding]:
    found: dict[str, Finding] = {}
    for phase, channel, text in outbound(run):
        views = decoded_views(text)
        for token in run.bait.tokens:
            if token.name in found or not _token_in(token, views):
                continue
            how = "raw" if token.value in text else "encoded"
            found[token.name] = Finding(
                rule="dynamic/honeytoken-exfiltration", severity=C, confidence=Confidence.HIGH, category="dynamic",
                message=f"The package sent the planted {token.name} ({how}) out by {channel} during {phase}: it steals credentials.",
                snippet=channel[:200],
                details={"token": token.name, "planted_at": list(token.locations), "channel": channel,
                         "phase": phase, "encoding": how, "value": token.redacted})
    return list(found.values())


def _install_root(run: SandboxRun) -> int | None:
    return run.phases[0].root_pid if run.phases else None


def behaviour_findings(run: SandboxRun) -> list[Finding]:
    findings: list[Finding] = []
    token_files = {loc: t for t in run.bait.tokens for loc in t.locations if loc.startswith("/")}
    npm_root = _install_root(run)
    roots = {p.root_pid for p in run.phases}
    allowed_writes = (run.bait.project + "/", f"{run.bait.home}/.npm/", "/tmp/", "/dev/", "/proc/", "/npmward-trace/")
    once: set[tuple[str, str]] = set()

    def add(key: str, f: Finding) -> None:
        if (f.rule, key) not in once:
            once.add((f.rule, key))
            findings.append(f)

    for o in run.observations:
        path = o.data.get("path", "")
        if o.kind == "open" and path in token_files and o.data.get("ok"):
            if o.phase == "install" and o.pid == npm_root and path.endswith("/.npmrc"):
                continue  # npm itself reads its config
            sev = H if o.phase == "install" else M
            add(path, Finding("dynamic/honeytoken-read", sev, Confidence.HIGH, "dynamic",
                              f"The package read {path} ({token_files[path].name}) during {o.phase}.",
                              snippet=o.summary[:200], details={"phase": o.phase, "path": path}))
        elif o.kind == "exec" and o.pid not in roots:
            argv = list(o.data.get("argv") or [])
            prog = os.path.basename(o.data.get("path") or (argv[0] if argv else ""))
            line = " ".join(argv)
            if prog in DOWNLOADERS:
                add(line, Finding("dynamic/downloader-spawned", H if o.phase == "install" else M, Confidence.HIGH,
                                  "dynamic", f"The package ran `{prog}` during {o.phase}.", snippet=line[:200],
                                  details={"phase": o.phase, "argv": argv[:20]}))
            elif prog in SHELLS and _is_dangerous_shell(argv):
                add(line, Finding("dynamic/shell-spawned", H if o.phase == "install" else M, Confidence.MEDIUM,
                                  "dynamic", f"The package ran a shell command that downloads, decodes or opens a "
                                  f"network shell during {o.phase}.", snippet=line[:200],
                                  details={"phase": o.phase, "argv": argv[:20]}))
        elif o.kind == "connect" and o.data.get("address") not in ("127.0.0.1", "::1", "::ffff:127.0.0.1"):
            add(f"{o.data.get('address')}:{o.data.get('port')}", Finding(
                "dynamic/raw-ip-connection", H if o.phase == "install" else M, Confidence.MEDIUM, "dynamic",
                f"The package connected to {o.data.get('address')}:{o.data.get('port')} by IP address (no DNS) during "
                f"{o.phase}; the sandbox has no route out, so it failed ({o.data.get('errno') or 'no answer'}).",
                snippet=o.summary, details={"phase": o.phase, "address": o.data.get("address"),
                                            "port": o.data.get("port"), "ok": o.data.get("ok")}))
        elif o.kind == "dns":
            name = o.data.get("name") or ""
            if any(_ENCODED_LABEL.match(label) for label in name.split(".")[:-2]):
                add(".".join(name.split(".")[-2:]), Finding("dynamic/dns-encoded-data", H, Confidence.MEDIUM, "dynamic",
                                                    f"DNS lookup of a name carrying encoded data ({name[:80]}) during {o.phase}: DNS exfiltration.",
                                                    snippet=name[:200], details={"phase": o.phase, "name": name}))
        if o.kind in ("write", "rename", "delete", "chmod") and path.startswith("/") and o.data.get("ok", True):
            if PERSISTENCE.search(path):
                add(path, Finding("dynamic/persistence", H, Confidence.HIGH, "dynamic",
                                  f"The package modified {path} (a startup file) during {o.phase}: persistence.",
                                  snippet=o.summary[:200], details={"phase": o.phase, "path": path}))
            elif not path.startswith(allowed_writes) and path not in token_files and o.pid != npm_root:
                add(path, Finding("dynamic/write-outside-project", M, Confidence.MEDIUM, "dynamic",
                                  f"The package wrote outside its project during {o.phase}: {path}.",
                                  snippet=o.summary[:200], details={"phase": o.phase, "path": path}))
    return findings


_DANGEROUS_SHELL = re.compile(r"\b(?:curl|wget|nc|ncat|socat)\b|/dev/(?:tcp|udp)/|\|\s*(?:ba|da|z)?sh\b|"
                              r"base64\s+(?:-d|--decode)|(?:^|\s)-i(?:\s|$)")


def _is_dangerous_shell(argv: list[str]) -> bool:
    """npm runs every lifecycle script (and node-gyp) through a shell, so a shell alone is not a
    finding; a shell command line that downloads, decodes or opens a network shell is."""
    return bool(_DANGEROUS_SHELL.search(" ".join(argv[1:])))


def notable_timeline(run: SandboxRun) -> dict[str, list[dict]]:
    """The timeline without the noise of loading code: opens and writes of system files, of the
    package's own files and of npm's cache are left out; everything else is kept, in order."""
    quiet = ("/usr/", "/opt/npmward/", "/proc/", "/dev/", "/etc/", "/sys/", "/lib", "/bin/",
             f"{run.bait.project}/node_modules/", f"{run.bait.project}/package.json", f"{run.bait.home}/.npm/")
    token_files = run.bait.token_files
    out: dict[str, list[dict]] = {p.name: [] for p in run.phases}
    for o in run.observations:
        path = o.data.get("path", "")
        if o.kind in ("open", "write", "delete", "rename", "chmod") and path not in token_files and (
                not path.startswith("/") or path.startswith(quiet) or not o.data.get("ok", True)
                or (o.kind == "open" and path.startswith((run.bait.project, "/pkgs/", "/opt/")))):
            continue
        if o.kind == "exec" and (o.data.get("argv") or [""])[0] == "prlimit":
            continue  # npmward's own limit wrapper
        out.setdefault(o.phase, []).append(redact(o.to_dict(), run))
    return out


def redact(event: dict, run: SandboxRun) -> dict:
    """The event with every planted value replaced by `<honeytoken:name>`: fake as they are, tokens
    are never printed (scanners and people would take them for real ones)."""
    text = json.dumps(event)
    for token in run.bait.tokens:
        text = text.replace(json.dumps(token.value)[1:-1], f"<honeytoken:{token.name}>")
    return json.loads(text)


def dynamic_findings(run: SandboxRun) -> list[Finding]:
    """All findings of one sandbox run, exfiltration first, plus the timeline as an INFO finding."""
    findings = exfiltration_findings(run) + behaviour_findings(run)
    findings.append(Finding("dynamic/timeline", Severity.INFO, Confidence.HIGH, "dynamic",
                            f"Sandbox run: {len(run.observations)} events over {len(run.phases)} phases"
                            + ("; " + "; ".join(run.notes) if run.notes else "") + ".",
                            details={"timeline": notable_timeline(run), "notes": list(run.notes),
                                     "phases": [{"name": p.name, "exit_code": p.exit_code, "timed_out": p.timed_out}
                                                for p in run.phases]}))
    return findings
