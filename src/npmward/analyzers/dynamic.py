"""Turn what the sandbox observed into findings (category `dynamic`, rules `dynamic/...`).

Pure: works on a `SandboxRun` (observations, processes, incidents, the run's bait); running the
sandbox is `npmward.sandbox`'s job. The strongest evidence is a planted value in outbound data (an
HTTP(S) request line, header or body, a WebSocket message, raw TCP bytes, DNS names), found raw or
decoded. Only the package's own processes count: what npm does for itself (reading its config,
fetching from the registry with its token) is not held against the package.
"""

from __future__ import annotations

import os
import re
from typing import Iterator, Sequence

from ..model import Confidence, Finding, Severity
from ..sandbox.layout import HARNESS
from ..sandbox.leaks import dns_streams, leaked
from ..sandbox.runner import SandboxRun
from ..sandbox.summary import dns_names, summarize

C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW
DOWNLOADERS = {"curl", "wget", "nc", "ncat", "netcat", "socat", "ftp", "tftp", "scp", "ssh"}
RECON = {"whoami", "hostname", "id", "ifconfig", "nslookup", "dig", "host", "hostnamectl"}
"""Commands that say who and where the machine is (`uname` only with -n/-a: builds ask for -m/-s)."""
BUILD_TOOLS = re.compile(r"node-gyp|gyp_main\.py|node-pre-gyp|prebuild-install|cmake-js|(?:^|/)make$")
SHELLS = {"sh", "bash", "dash", "zsh", "ash"}
IDENTITY = ("host-name", "machine-id", "user-name")
PERSISTENCE = re.compile(r"/(\.bashrc|\.bash_profile|\.profile|\.zshrc|\.zprofile|\.config/autostart/|"
                         r"\.config/systemd/|\.local/share/systemd/|\.ssh/authorized_keys)|^/var/spool/cron|^/etc/cron|crontab")
_ENCODED_LABEL = re.compile(r"^(?:[0-9a-f]{20,}|[a-z2-7]{24,}|[A-Za-z0-9_-]{30,})$")
_DANGEROUS_SHELL = re.compile(r"\b(?:curl|wget|nc|ncat|socat)\b|/dev/(?:tcp|udp)/|\|\s*(?:ba|da|z)?sh\b|"
                              r"base64\s+(?:-d|--decode)|(?:^|\s)-i(?:\s|$)")
_SENSITIVE_READ = re.compile(r"^/proc/(?!self/|thread-self/)\d+/(environ|mem|maps|root|fd)|^/etc/shadow|^/etc/ssl/private|"
                             r"^/root(/|$)|^/var/run/secrets|^/run/secrets|^/etc/sudoers")


def outbound(run: SandboxRun) -> Iterator[tuple[str, str, str]]:
    """(phase, channel description, text) for everything that left the package's processes."""
    for o in run.observations:
        d = o.data
        if o.kind == "http":
            scheme = "HTTPS" if d.get("tls") else "HTTP"
            headers = dict(d.get("headers") or {})
            if d.get("registry") is not None and d.get("method") in ("GET", "HEAD"):
                headers.pop("authorization", None)  # npm authenticating to its own registry (found or not)
            head = "\n".join(f"{k}: {v}" for k, v in headers.items())
            text = f"{d.get('method')} {d.get('path')}\n{head}\n{d.get('body') or ''}"
            yield o.phase, f"{scheme} {d.get('method')} {d.get('host')}{(d.get('path') or '')[:80]}", text
        elif o.kind == "websocket":
            yield o.phase, f"WebSocket to {d.get('host')}{d.get('path')}", d.get("data") or ""
        elif o.kind == "tcp":
            yield o.phase, f"{'TLS' if d.get('tls') else 'raw TCP'} to {d.get('sni') or d.get('dst')}:{d.get('port')}", d.get("data") or ""
        elif o.kind in ("dns", "tls") and (d.get("name") or d.get("sni")):
            yield o.phase, f"DNS query {d.get('name')}" if o.kind == "dns" else f"TLS server name {d.get('sni')}", d.get("name") or d.get("sni")
    dns = [o for o in run.observations if o.kind == "dns" and o.data.get("name")]
    first_phase: dict[str, str] = {}
    for o in dns:
        first_phase.setdefault(".".join(o.data["name"].split(".")[-2:]), o.phase)
    for domain, stream in dns_streams(o.data["name"] for o in dns).items():
        yield first_phase.get(domain, "install"), f"DNS queries under {domain} (labels joined)", stream


def leak_findings(run: SandboxRun) -> tuple[list[Finding], list[dict]]:
    """One finding per planted value seen leaving (the first channel it left by), and the leaks."""
    secrets = run.bait.secrets_by_name()
    tokens = {t.name: t for t in run.bait.tokens}
    flagged = {leak for o in run.observations for leak in (o.data.get("leaks") or [])}
    found: dict[str, Finding] = {}
    leaks: list[dict] = []
    for phase, channel, text in outbound(run):
        for name, how in leaked(text, {k: v for k, v in secrets.items() if k not in found}):
            leaks.append({"token": name, "channel": channel, "phase": phase, "encoding": how})
            if name in tokens:
                token = tokens[name]
                found[name] = Finding(
                    "dynamic/honeytoken-exfiltration", C, Confidence.HIGH, "dynamic",
                    f"The package sent the planted {name} ({how}) out by {channel} during {phase}: it steals credentials.",
                    snippet=channel[:200], details={"token": name, "planted_at": list(token.locations), "channel": channel,
                                                    "phase": phase, "encoding": how, "value": token.redacted})
            elif name != "user-name" or how == "raw":
                found[name] = Finding(
                    "dynamic/host-identity-sent", H, Confidence.HIGH, "dynamic",
                    f"The package sent this machine's {name.replace('-', ' ')} out by {channel} during {phase}: "
                    "it reports where it runs (reconnaissance, or a dependency-confusion beacon).",
                    snippet=channel[:200], details={"identity": name, "channel": channel, "phase": phase, "encoding": how})
    for leak in flagged - set(found):  # kept by the sink past its cap, body beyond what is stored
        if leak and leak[0] in tokens:
            found[leak[0]] = Finding("dynamic/honeytoken-exfiltration", C, Confidence.HIGH, "dynamic",
                                     f"The package sent the planted {leak[0]} out in a large request.",
                                     details={"token": leak[0], "channel": "large request body"})
    return list(found.values()), leaks


class _Findings:
    """Findings keyed by (rule, key) so that one behaviour repeated is one finding."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Finding] = {}

    def add(self, key: str, rule: str, severity: Severity, confidence: Confidence, message: str, **details) -> None:
        snippet = details.pop("snippet", None)
        self.items.setdefault((rule, key), Finding(f"dynamic/{rule}", severity, confidence, "dynamic", message,
                                                   snippet=(snippet or "")[:200] or None, details=details))


def _process_listing(argv: Sequence[str], path: str) -> bool:
    """procps' `ps` opens every process's environ to list them; it prints the environments only with
    BSD's `e` modifier (`ps eww`, `ps auxe`). A process manager listing its children (nodemon's
    `ps`) reads nobody's environment."""
    if not argv or os.path.basename(argv[0]) != "ps" or not path.endswith("/environ"):
        return False
    return not any(not a.startswith("-") and "e" in a for a in argv[1:])


def behaviour_findings(run: SandboxRun) -> list[Finding]:  # noqa: C901 - one branch per kind of behaviour
    out = _Findings()
    token_files = {loc: t for t in run.bait.tokens for loc in t.locations if loc.startswith("/")}
    answered = set(dns_names(run))
    allowed_writes = (run.bait.project + "/", f"{run.bait.home}/.npm/", f"{run.bait.home}/.cache/", "/tmp/", "/dev/",
                      "/proc/self/", "/var/tmp/")
    argv_of = {(p.phase, p.pid): p.argv for p in run.processes}
    for o in run.observations:
        if o.actor != "package":
            continue
        at_install = o.phase == "install"
        path = o.data.get("path", "")
        if o.kind == "open" and o.data.get("ok") and path in token_files:
            out.add(path, "honeytoken-read", H if at_install else M, Confidence.HIGH,
                    f"The package read {path} ({token_files[path].name}) during {o.phase}.",
                    snippet=o.summary, phase=o.phase, path=path)
        elif o.kind == "open" and _SENSITIVE_READ.match(path) and not _process_listing(argv_of.get((o.phase, o.pid), ()), path):
            out.add(path, "sensitive-read", M, Confidence.MEDIUM,
                    f"The package tried to read {path} (another process's memory or environment, or a system secret) "
                    f"during {o.phase}{'' if o.data.get('ok') else ', and was refused'}.",
                    snippet=o.summary, phase=o.phase, path=path, ok=o.data.get("ok"))
        elif o.kind == "exec":
            argv = list(o.data.get("argv") or [])
            prog = os.path.basename(o.data.get("path") or (argv[0] if argv else ""))
            line = " ".join(argv)
            if prog in DOWNLOADERS:
                out.add(line, "downloader-spawned", H if at_install else M, Confidence.HIGH,
                        f"The package ran `{prog}` during {o.phase}.", snippet=line, phase=o.phase, argv=argv[:20])
            elif at_install and _is_recon(prog, argv) and not _under_build_tool(run, o.pid):
                out.add(prog, "host-recon", M, Confidence.HIGH,
                        f"An install script ran `{prog}`, which reports who and where this machine is.",
                        snippet=line, phase=o.phase, argv=argv[:20])
            elif prog in SHELLS and _DANGEROUS_SHELL.search(" ".join(argv[1:])):
                out.add(line, "shell-spawned", H if at_install else M, Confidence.MEDIUM,
                        f"The package ran a shell command that downloads, decodes or opens a network shell during {o.phase}.",
                        snippet=line, phase=o.phase, argv=argv[:20])
        elif o.kind == "connect" and o.data.get("port") != 53:
            address = o.data.get("address") or ""
            if address not in answered and not address.startswith(("127.", "::1", "::ffff:127.")):
                out.add(f"{address}:{o.data.get('port')}", "raw-ip-connection", H if at_install else M, Confidence.MEDIUM,
                        f"The package connected to {address}:{o.data.get('port')} by IP address (no DNS lookup) during "
                        f"{o.phase}; the sandbox answered it itself.",
                        snippet=o.summary, phase=o.phase, address=address, port=o.data.get("port"))
        elif o.kind in ("kill", "ptrace"):
            target = o.data.get("target", "")
            if o.kind == "ptrace" or target in ("-1", "1"):
                out.add(o.kind, "anti-analysis", M, Confidence.MEDIUM,
                        f"The package {'tried to trace a process' if o.kind == 'ptrace' else 'signalled every process, or init'}"
                        f" during {o.phase} (tampering with whatever watches it).", snippet=o.summary, phase=o.phase)
        if o.kind in ("write", "rename", "delete", "chmod") and path.startswith("/"):
            if re.match(r"^/proc/(1|\d+)/(fd|mem)", path):
                out.add("proc-write", "anti-analysis", M, Confidence.MEDIUM,
                        f"The package wrote into another process's descriptors or memory ({path}) during {o.phase} "
                        "(tampering with whatever watches it).", snippet=o.summary, phase=o.phase, path=path)
            elif PERSISTENCE.search(path):
                out.add(path, "persistence", H, Confidence.HIGH,
                        f"The package modified {path} (a startup file) during {o.phase}: persistence.",
                        snippet=o.summary, phase=o.phase, path=path)
            elif not path.startswith(allowed_writes) and path not in token_files:
                out.add("/".join(path.split("/")[:3]), "write-outside-project", M, Confidence.MEDIUM,
                        f"The package wrote outside its project during {o.phase}: {path}.",
                        snippet=o.summary, phase=o.phase, path=path)
    for o in run.observations:
        labels = (o.data.get("name") or "").split(".") if o.kind == "dns" else []
        if any(_ENCODED_LABEL.match(label) for label in labels[:-2]):
            domain = ".".join(labels[-2:])
            out.add(domain, "dns-encoded-data", H, Confidence.MEDIUM,
                    f"DNS lookup of a name carrying encoded data ({o.data['name'][:80]}) during {o.phase}: DNS exfiltration.",
                    snippet=o.data["name"], phase=o.phase, name=o.data["name"])
        if o.kind == "http" and o.data.get("registry") is not None and o.data.get("method") in ("PUT", "POST", "DELETE"):
            out.add("publish", "registry-publish", C, Confidence.HIGH,
                    f"The package sent {o.data.get('method')} {o.data.get('path')} to the npm registry during {o.phase}: "
                    "publishing with the victim's token is how npm worms spread.", snippet=o.summary, phase=o.phase)
    oom = "limit: memory" in run.incidents  # the kernel's OOM kills look the same in the trace
    reruns = _harness_reruns(run)
    for p in run.processes:
        if p.left_running and p.actor == "package" and not oom and (p.phase, p.pid) not in reruns:
            out.add(p.phase, "left-running", M, Confidence.HIGH,
                    f"A process the package started was still running when the {p.phase} phase ended "
                    f"(a detached background process): `{' '.join(p.argv)[:120]}`.",
                    snippet=" ".join(p.argv), phase=p.phase, argv=list(p.argv[:20]))
    return list(out.items.values())


def _harness_reruns(run: SandboxRun) -> set[tuple[str, int]]:
    """The processes under a package's run of `node npmward-load.js`: a file watcher or process manager
    started with no arguments runs the sandbox project's main, which is npmward's harness. That copy
    loads the package again, so what it starts repeats what the phase's own harness was seen doing,
    and is torn down with the phase: it is not a daemon the package left behind."""
    procs = {(p.phase, p.pid): p for p in run.processes}
    return {key for key, p in procs.items() if _descends_from(procs, p.phase, p.pid, _reruns_harness)}


def _reruns_harness(p) -> bool:
    return p.ppid is not None and len(p.argv) >= 2 and p.argv[0].rsplit("/", 1)[-1].startswith("node") \
        and p.argv[-1].rsplit("/", 1)[-1] in HARNESS.values()


def _descends_from(procs: dict, phase: str, pid: int | None, test) -> bool:
    """Whether the process, or one of its ancestors (at most 64 up), passes `test`."""
    seen = 0
    while pid is not None and seen < 64:
        proc = procs.get((phase, pid))
        if proc is None:
            return False
        if test(proc):
            return True
        pid, seen = proc.ppid, seen + 1
    return False


def _is_recon(prog: str, argv: list[str]) -> bool:
    if prog == "uname":
        return any(a.startswith("-") and ("n" in a or "a" in a) or a in ("--nodename", "--all") for a in argv[1:])
    if prog == "ip":
        return any(a.startswith(("a", "addr", "link")) for a in argv[1:2])
    return prog in RECON


def _under_build_tool(run: SandboxRun, pid: int | None) -> bool:
    """Whether a process descends from a native build (node-gyp and the tools it runs)."""
    procs = {(p.phase, p.pid): p for p in run.processes}
    phase = next((p.phase for p in run.processes if p.pid == pid), "install")
    return _descends_from(procs, phase, pid, lambda proc: any(BUILD_TOOLS.search(a) for a in proc.argv[:3]))


def incident_findings(run: SandboxRun) -> list[Finding]:
    out = _Findings()
    for incident in run.incidents:
        kind, _, what = incident.partition(": ")
        if kind == "evidence-lost":
            out.add(what, "evidence-lost", C, Confidence.HIGH,
                    f"The sandbox's record is incomplete ({what}): nothing inside should be able to cause that, so the "
                    "package is treated as having defeated the analysis.", reason=what)
        elif kind == "trace-flood":
            out.add(what, "trace-flood", H, Confidence.MEDIUM,
                    f"The package made so many traced calls during {what} that the phase was stopped (a flood that "
                    "buries what it does).", phase=what)
        elif kind == "limit" and what == "processes":
            out.add(what, "resource-exhaustion", H, Confidence.HIGH,
                    "The package hit the sandbox's process limit (a fork bomb, or runaway spawning).", limit=what)
        elif kind == "limit":
            out.add(what, "resource-exhaustion", M, Confidence.MEDIUM,
                    f"The package hit the sandbox's {what} limit; the kernel stopped it there.", limit=what)
    return list(out.items.values())


def dynamic_findings(run: SandboxRun) -> list[Finding]:
    """All findings of one sandbox run, exfiltration first, plus the run's summary as an INFO
    finding (`details.summary`, see `npmward.sandbox.summary`)."""
    leaks_found, leaks = leak_findings(run)
    findings = leaks_found + incident_findings(run) + behaviour_findings(run)
    notes = "; ".join(run.notes + run.incidents)
    findings.append(Finding("dynamic/timeline", Severity.INFO, Confidence.HIGH, "dynamic",
                            f"Sandbox run ({run.bait.persona.kind} persona): {len(run.observations)} events over "
                            f"{len(run.phases)} phases" + (f"; {notes}" if notes else "") + ".",
                            details={"summary": summarize(run, leaks)}))
    return findings
