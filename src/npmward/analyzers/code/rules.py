"""Rules: small functions over one file's facts, registered with `@rule`.

Capability is not intent: an HTTP client, a CLI that spawns git, a loader that reads `.env` are
normal. What weighs is a *chain* (a secret source and a sink that runs together) and *when* it runs:
from a lifecycle script (`install`), when the package is loaded (`load`), or only inside a function
someone has to call (`deferred`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from ...model import Confidence, Finding, Severity
from . import patterns as P
from ..install_scripts import AI_AGENT_UNLEASHED, FETCH, PIPE_TO_SHELL, judge_command
from .facts import Fact, FileFacts

S, C = Severity, Confidence
RULES: list[Callable[["FileView"], Iterator[Finding]]] = []


def rule(fn: Callable[["FileView"], Iterator[Finding]]) -> Callable[["FileView"], Iterator[Finding]]:
    RULES.append(fn)
    return fn


@dataclass
class FileView:
    """One file's facts with what the analyzer knows about the package around it."""

    facts: FileFacts
    when: str
    """`install` (run by a lifecycle script), `entry` (the main module), or `module`."""
    text: bytes
    active: list[Fact]
    """Facts that run when the file runs (top level and what it calls)."""
    deferred: list[Fact]

    def finding(self, rule_id: str, severity: Severity, confidence: Confidence, category: str, message: str,
                fact: Fact | None = None, **details) -> Finding:
        return Finding(f"code/{rule_id}", severity, confidence, category, message, self.facts.path,
                       fact.line if fact else None, (fact.snippet or fact.value)[:200] if fact else None,
                       {"when": self.when, **details})

    def grade(self, install: tuple, load: tuple, deferred: tuple, active: bool) -> tuple[Severity, Confidence]:
        if not active:
            return deferred
        if self.when == "install":
            return install
        if self.when == "entry":
            return load
        # A module nothing loads at install or on require runs only if some caller imports it.
        return Severity(max(load[0] - 1, Severity.INFO)), Confidence(max(load[1] - 1, Confidence.LOW))


def commands(facts: list[Fact]) -> list[tuple[Fact, str]]:
    """(exec call, command) for each command a file runs: the call's constant arguments, or the
    pattern of a command built at run time on the same line (`printf '${*}' | pbcopy`)."""
    out = []
    patterns: dict[int, list[str]] = {}
    for f in facts:
        if f.kind == "string":
            patterns.setdefault(f.line, []).append(f.value)
    for f in facts:
        if f.kind == "call" and P.EXEC_CALLS.match(f.value):
            texts = [a for a in f.args if a] or patterns.get(f.line, [])
            out.extend((f, t) for t in texts)
    return out


REVERSE_SHELL_SPAN = 10
"""Lines between the socket and the shell it feeds."""

def sends(f: Fact) -> bool:
    """A call or construction that sends data off the machine (HTTP, sockets, beacons, …)."""
    return f.kind in ("call", "new") and P.NETWORK_CALLS.match(f.value if f.kind == "call" else "new " + f.value.removeprefix("new ")) is not None


def writes_file(f: Fact) -> bool:
    """`fs.writeFile*`, `fs.appendFile*`, `fs.createWriteStream`, sync or not."""
    return f.kind == "call" and f.value.startswith("fs.") and ("write" in f.value.lower() or "append" in f.value.lower())


WHEN_TEXT = {"install": "at install time (a lifecycle script runs it)", "entry": "as soon as the package is loaded",
             "module": "when this module is loaded"}


def _sources(facts: list[Fact]) -> list[tuple[Fact, str, str]]:
    """(fact, strength, what) for each secret source: strength is strong / named / host."""
    out = []
    for f in facts:
        if f.kind == "env-all":
            out.append((f, "strong", "the whole environment"))
        elif f.kind == "env" and (f.value == "[dynamic]" or P.SECRET_ENV.match(f.value)):
            out.append((f, "named", f"process.env.{f.value}"))
        elif f.kind == "string" and P.SECRET_PATHS.search(f.value) and len(f.value) < 300:
            out.append((f, "strong", f"the secret file {f.value!r}"))
        elif f.kind == "call" and f.value in P.FINGERPRINT_CALLS:
            out.append((f, "host", f.value + "()"))
    return out


def _sinks(facts: list[Fact]) -> list[tuple[Fact, str]]:
    out = []
    for f in facts:
        if sends(f):
            out.append((f, f"a network call ({f.value})"))
        elif f.kind == "call" and P.DNS_CALLS.match(f.value) and (not f.args or f.args[0] is None):
            out.append((f, f"a DNS lookup of a constructed name ({f.value})"))
        elif f.kind == "call" and P.EXEC_CALLS.match(f.value) and any(a and P.SHELL_COMMAND.search(a) for a in f.args):
            out.append((f, f"a shell command ({f.value})"))
        elif f.kind == "call" and P.EXEC_CALLS.match(f.value) and any(a is None for a in f.args[:1]):
            out.append((f, f"a constructed command ({f.value})"))
        elif f.kind == "string" and P.EXFIL_URL.search(f.value) and "/" in f.value:
            out.append((f, f"a webhook/paste/out-of-band endpoint ({f.value[:80]})"))
    return out


@rule
def exfiltration_chain(view: FileView) -> Iterator[Finding]:
    for facts, active in ((view.active, True), (view.deferred, False)):
        sources, sinks = _sources(facts), _sinks(facts)
        if not sources or not sinks:
            continue
        strengths = {s for _, s, _ in sources}
        source, _, what = next((s for s in sources if s[1] == "strong"), None) or \
            next((s for s in sources if s[1] == "named"), sources[0])
        sink, how = sinks[0]
        exfil_endpoint = any(f.kind == "string" for f, _ in sinks)
        if strengths == {"host"}:
            # Host/user names sent out: the dependency-confusion beacon, when it runs at install.
            identities = {f.value for f, s, _ in sources}
            dns_out = any(f.kind == "call" and P.DNS_CALLS.match(f.value) for f, _ in sinks)
            # Identity sent to an out-of-band/webhook host or through DNS names is the
            # dependency-confusion beacon's signature, not an installer's.
            install = (S.CRITICAL, C.HIGH) if len(identities) >= 2 or exfil_endpoint or dns_out else (S.HIGH, C.HIGH)
            severity, confidence = view.grade(install, (S.MEDIUM, C.MEDIUM), (S.INFO, C.LOW), active)
            if exfil_endpoint:
                severity, confidence = max(severity, S.MEDIUM), max(confidence, C.MEDIUM)
            rule_id, category = "host-beacon", "recon"
        elif "strong" in strengths:
            severity, confidence = view.grade((S.CRITICAL, C.HIGH), (S.CRITICAL, C.HIGH), (S.LOW, C.LOW), active)
            if not active and (exfil_endpoint or any(f.kind == "string" and P.OTHER_PROCESS.search(f.value) for f, _, _ in sources)):
                # A webhook, or the environment of *other* processes (the CI runner's secrets): no
                # library sends those anywhere, whoever calls the function.
                severity, confidence = S.HIGH, C.MEDIUM
            rule_id, category = "secret-exfiltration", "exfiltration"
        else:
            severity, confidence = view.grade((S.CRITICAL, C.HIGH), (S.HIGH, C.HIGH), (S.INFO, C.LOW), active)
            if exfil_endpoint:
                severity, confidence = (S.CRITICAL, C.HIGH) if active else (S.MEDIUM, C.MEDIUM)
            rule_id, category = "token-exfiltration", "exfiltration"
        if severity is S.INFO:
            continue
        when = WHEN_TEXT[view.when] if active else "inside a function"
        yield view.finding(rule_id, severity, confidence, category,
                           f"Reads {what} and sends data out through {how}, {when}.", source,
                           sink_line=sink.line, sink=sink.value[:120])


@rule
def shell_downloader(view: FileView) -> Iterator[Finding]:
    for facts, active in ((view.active, True), (view.deferred, False)):
        for f in facts:
            if f.kind == "call" and P.EXEC_CALLS.match(f.value):
                command = next((a for a in f.args if a and P.SHELL_COMMAND.search(a)), None)
                if command:
                    severity, confidence = view.grade((S.HIGH, C.HIGH), (S.HIGH, C.MEDIUM), (S.LOW, C.LOW), active)
                    if FETCH.search(command) and PIPE_TO_SHELL.search(command) and active and view.when in ("install", "entry"):
                        severity, confidence = S.CRITICAL, C.HIGH  # `curl … | sh`, `iwr … | iex`: runs what it fetches
                    yield view.finding("shell-command", severity, confidence, "dropper",
                                       f"Runs a downloader or shell pipeline: {command[:100]!r}.", f)
                    break


@rule
def commands_run(view: FileView) -> Iterator[Finding]:
    """Commands the code runs, judged by the same rules as install hooks (reverse shells, encoded
    PowerShell, wipes, beacons, AI agents with safety off): the exec call's arguments, and strings
    shaped like a command line in a file that runs commands."""
    if not any(f.kind == "call" and P.EXEC_CALLS.match(f.value) for f in view.active + view.deferred):
        return
    seen: set[str] = set()
    for facts, active in ((view.active, True), (view.deferred, False)):
        texts = [(f, c) for f, c in commands(facts)] + \
            [(f, f.value) for f in facts if f.kind == "string" and (P.COMMAND_LINE.match(f.value) or AI_AGENT_UNLEASHED.fullmatch(f.value))]
        for fact, command in texts:
            for finding in judge_command(command, view.when, view.facts.path, fact.line, f"command run by {view.facts.path}"):
                rule_id = "code/" + finding.rule.split("/", 1)[1]
                if rule_id in seen:
                    continue
                seen.add(rule_id)
                severity = finding.severity
                if not active:
                    severity = Severity(max(severity - 2, S.LOW))
                elif view.when == "module":
                    severity = Severity(max(severity - 1, S.LOW))
                yield Finding(rule_id, severity, finding.confidence, finding.category,
                              finding.message + f" ({WHEN_TEXT[view.when] if active else 'inside a function'})",
                              view.facts.path, fact.line, (fact.snippet or command)[:200], {"when": view.when, "command": command[:300]})


@rule
def reverse_shell(view: FileView) -> Iterator[Finding]:
    """A TCP socket and a shell spawned next to it (the socket piped into the shell's stdin).
    Both must sit within a few lines: a bundle that has a socket in one module and spawns `sh`
    in another is not wiring one to the other."""
    facts = view.active + view.deferred
    shells = ("sh", "bash", "cmd.exe", "cmd", "powershell.exe", "zsh")
    sockets = [f for f in facts if f.value in ("net.connect", "net.createConnection", "net.Socket", "new net.Socket", "tls.connect")
               or (f.kind == "new" and f.value == "net.Socket")]
    shell_names = [f for f in facts if f.kind == "string" and f.value.split("/")[-1] in shells]
    for socket in sockets:
        near = [f for f in facts if abs(f.line - socket.line) <= REVERSE_SHELL_SPAN]
        spawn = next((f for f in near if f.kind == "call" and P.EXEC_CALLS.match(f.value)
                      and (any(a and a.split("/")[-1] in shells for a in f.args)
                           or (b".stdin" in view.text and any(abs(n.line - f.line) <= REVERSE_SHELL_SPAN for n in shell_names)))), None)
        if spawn is not None:
            yield view.finding("reverse-shell", S.CRITICAL, C.HIGH, "backdoor",
                               "Opens a TCP socket and spawns a shell: a reverse shell.", spawn, socket_line=socket.line)
            return


@rule
def exfil_endpoint(view: FileView) -> Iterator[Finding]:
    for f in view.active + view.deferred:
        if f.kind == "string" and P.EXFIL_URL.search(f.value) and "/" in f.value:
            yield view.finding("exfil-endpoint", S.MEDIUM, C.MEDIUM, "exfiltration",
                               f"Contains a webhook, paste or out-of-band endpoint: {f.value[:100]}", f)
            return
        if f.kind == "string" and P.RAW_IP_URL.search(f.value):
            yield view.finding("raw-ip-url", S.LOW, C.MEDIUM, "exfiltration",
                               f"Contains a URL with a raw IP address: {P.RAW_IP_URL.search(f.value).group(0)}", f)
            return


def runs_code(f: Fact) -> bool:
    """`eval`, `Function`, `vm.run*`, or Module#_compile (how event-stream's payload ran)."""
    if f.kind == "call":
        return f.value in ("eval", "Function", "vm.runInNewContext", "vm.runInThisContext", "vm.runInContext") \
            or f.value.endswith("._compile") or P.FUNCTION_TRICK.search(f.value) is not None
    if f.kind == "new":
        return f.value in ("Function", "vm.Script", "module.constructor", "Module", "module.Module")
    return f.kind == "string" and f.value == "_compile"


@rule
def dynamic_code(view: FileView) -> Iterator[Finding]:
    decoded = any(f.kind == "call" and f.value in ("atob", "Buffer.from", "String.fromCharCode", "decodeURIComponent")
                  for f in view.active + view.deferred)
    for facts, active in ((view.active, True), (view.deferred, False)):
        for f in facts:
            evaluates = runs_code(f) and f.kind != "string" and not f.value.endswith("._compile")
            if not evaluates:
                continue
            constant_code = bool(f.args) and f.args[-1] is not None and P.CODE_LIKE.search(f.args[-1])
            decodes_inline = any(t in f.snippet for t in ("atob(", "Buffer.from(", "fromCharCode", "decipher", "Decipher"))
            # `[][c][c](code)` reaches Function without naming it: only obfuscation does that.
            hidden_runner = P.FUNCTION_TRICK.search(f.value) is not None
            if active and (constant_code or (decoded and (decodes_inline or hidden_runner))):
                yield view.finding("eval-decoded", S.HIGH, C.MEDIUM, "obfuscation",
                                   f"Runs code built at run time ({f.value}) in a file that decodes hidden strings, {WHEN_TEXT[view.when]}.", f)
                return


@rule
def remote_code(view: FileView) -> Iterator[Finding]:
    """Code that fetches something and runs what it got (`eval(body)`, `exec(body)`) when the
    package is installed or loaded: a loader for a second stage the package does not contain."""
    if view.when not in ("install", "entry"):
        return
    fetch = next((f for f in view.active if sends(f) and not f.value.startswith(("net.", "new net"))), None)
    if fetch is None:
        return
    run = next((f for f in view.active if f.line >= fetch.line and
                ((runs_code(f) and f.kind != "string" and (not f.args or f.args[-1] is None))
                 or (f.kind == "call" and P.EXEC_CALLS.match(f.value) and f.args[:1] == (None,)))), None)
    if run is None or run.line - fetch.line > 20:
        return
    severity, confidence = (S.CRITICAL, C.HIGH) if view.when == "install" else (S.HIGH, C.HIGH)
    yield view.finding("remote-code", severity, confidence, "dropper",
                       f"Fetches data from the network ({fetch.value}, line {fetch.line}) and runs it as code or a "
                       f"command ({run.value}), {WHEN_TEXT[view.when]}.", run, fetch_line=fetch.line)


@rule
def decrypt_and_run(view: FileView) -> Iterator[Finding]:
    """A constant encrypted blob, a decipher and a code runner: the event-stream/flatmap-stream
    payload, which decrypts with a key only its target has and compiles the result as a module."""
    for facts, active in ((view.active, True), (view.deferred, False)):
        decipher = next((f for f in facts if (f.kind == "call" and P.DECIPHER.search(f.value))
                         or (f.kind == "string" and P.DECIPHER.fullmatch(f.value))), None)
        runner = next((f for f in facts if runs_code(f)), None)
        if decipher is None or runner is None:
            continue
        blob = any(f.kind == "string" and P.CIPHER_BLOB.match(f.value) for f in view.active + view.deferred)
        severity, confidence = view.grade((S.CRITICAL, C.HIGH), (S.CRITICAL, C.HIGH), (S.HIGH, C.MEDIUM), active)
        if not blob:
            severity, confidence = Severity(severity - 1), C.MEDIUM
        when = WHEN_TEXT[view.when] if active else "inside a function"
        yield view.finding("decrypt-and-run", severity, confidence, "obfuscation",
                           f"Decrypts {'a constant encrypted blob' if blob else 'data'} and runs the result as code "
                           f"({runner.value}), {when}.", decipher, runner_line=runner.line)
        return


@rule
def obfuscated(view: FileView) -> Iterator[Finding]:
    count = len(P.OBFUSCATOR_ID.findall(view.text[:2_000_000]))
    if count >= 30:
        # In code that runs on install or load, obfuscation is how trojanized releases hide.
        severity = S.HIGH if view.when in ("install", "entry") else S.MEDIUM
        yield view.finding("obfuscator-output", severity, C.HIGH if count > 100 else C.MEDIUM, "obfuscation",
                           f"Looks like javascript-obfuscator output ({count} `_0x…` identifiers).",
                           None, identifiers=count)


@rule
def invisible_unicode(view: FileView) -> Iterator[Finding]:
    text = view.text.decode("utf-8", "replace")
    match = P.INVISIBLE.search(text, 1)
    hidden_name = next((f for f in view.active + view.deferred if f.kind == "invisible-identifier"), None)
    if hidden_name is not None:
        # No one names a variable with a character no reviewer can see, least of all next to code
        # that runs commands or sends data: the hidden-parameter backdoor, the invisible exfiltration.
        acts = any(sends(f) or (f.kind in ("call", "new") and (P.EXEC_CALLS.match(f.value) or runs_code(f)))
                   for f in view.active + view.deferred)
        yield view.finding("invisible-unicode", S.CRITICAL if acts else S.HIGH, C.HIGH if acts else C.MEDIUM, "backdoor",
                           "An identifier made of invisible characters" + (" in code that runs commands or sends data." if acts else "."),
                           hidden_name)
        return
    if match and match.group(0) not in ("\u200d", "\ufeff"):
        line = text.count("\n", 0, match.start()) + 1
        hangul = match.group(0) in ("\u3164", "\uffa0", "\u115f", "\u1160")
        yield Finding("code/invisible-unicode", S.HIGH if hangul else S.MEDIUM, C.MEDIUM, "obfuscation",
                      f"Contains an invisible or bidirectional character (U+{ord(match.group(0)):04X}) that can hide code.",
                      view.facts.path, line, text.splitlines()[line - 1][:200].encode("unicode_escape").decode()[:200],
                      {"when": view.when})


@rule
def dropper(view: FileView) -> Iterator[Finding]:
    for facts, active in ((view.active, True), (view.deferred, False)):
        names = {f.value for f in facts if f.kind in ("call", "new")}
        downloads = any(sends(f) for f in facts)
        writes = any(writes_file(f) for f in facts)
        runs = any(n.startswith("fs.chmod") for n in names) or any(P.EXEC_CALLS.match(n) for n in names)
        if downloads and writes and runs:
            urls = [f.value for f in facts if f.kind == "string" and P.URL.search(f.value)]
            trusted = urls and all(_trusted_host(u) for u in urls)
            severity, confidence = view.grade((S.CRITICAL, C.HIGH), (S.HIGH, C.HIGH), (S.LOW, C.LOW), active)
            if trusted or (not urls and not active):
                severity, confidence = (S.LOW, C.LOW)
            elif not urls:  # the URL is built at run time: could be a platform-binary installer
                severity, confidence = (S.MEDIUM, C.LOW)
            fact = next(f for f in facts if f.kind == "call" and (f.value.startswith("fs.chmod") or P.EXEC_CALLS.match(f.value)))
            yield view.finding("download-execute", severity, confidence, "dropper",
                               "Downloads a file, writes it to disk and makes it executable or runs it"
                               + (" (from a well-known host)" if trusted else "") + ".", fact)
            return


def _trusted_host(url: str) -> bool:
    return any(h in url for h in ("registry.npmjs.org", "github.com/", "githubusercontent.com", "nodejs.org",
                                   "registry.yarnpkg.com", "storage.googleapis.com", "cdn.jsdelivr.net", "unpkg.com"))


@rule
def persistence(view: FileView) -> Iterator[Finding]:
    facts = view.active + view.deferred
    target = next((f for f in facts if f.kind == "string" and P.PERSISTENCE_PATHS.search(f.value) and len(f.value) < 200), None)
    writes = next((f for f in facts if writes_file(f) or (f.kind == "call" and P.EXEC_CALLS.match(f.value))), None)
    if target and writes:
        active = target in view.active and writes in view.active
        severity, confidence = view.grade((S.CRITICAL, C.HIGH), (S.HIGH, C.HIGH), (S.MEDIUM, C.LOW), active)
        if "authorized_keys" in target.value or "discord_desktop_core" in target.value:
            # Installers write shell profiles (completions, PATH); nothing legitimate adds SSH keys
            # or rewrites another application's code, from wherever it runs.
            severity, confidence = max(severity, S.HIGH), max(confidence, C.HIGH)
        yield view.finding("persistence", severity, confidence, "persistence",
                           f"Writes to a startup location ({target.value[:80]!r}) so code runs again later.", target)


@rule
def worm(view: FileView) -> Iterator[Finding]:
    facts = view.active + view.deferred
    command = next((f for f in facts if f.kind in ("string", "call") and
                    any(P.WORM_COMMAND.search(a or "") for a in ((f.value,) if f.kind == "string" else f.args))), None)
    executes = any(f.kind == "call" and P.EXEC_CALLS.match(f.value) for f in facts)
    token = any((f.kind == "env" and f.value in ("NPM_TOKEN", "NODE_AUTH_TOKEN")) or
                (f.kind == "string" and ("_authToken" in f.value or ".npmrc" in f.value)) for f in facts)
    if command and executes:
        yield view.finding("self-publish", S.CRITICAL if token else S.HIGH, C.HIGH if token else C.MEDIUM, "worm",
                           "Runs npm publish/whoami from inside a package" + (" with the user's npm token" if token else "")
                           + ": worm-style spreading.", command)


@rule
def browser_hooks(view: FileView) -> Iterator[Finding]:
    facts = view.active + view.deferred
    text = view.text.decode("utf-8", "replace")
    hook = next((f for f in facts if f.kind == "assign" and any(t in f.value for t in (
        "window.fetch", "XMLHttpRequest.prototype.open", "XMLHttpRequest.prototype.send", "window.ethereum",
        "ethereum.request", "ethereum.send", "provider.request", "provider.send"))), None)
    wallet = next((f for f in facts if f.kind in ("call", "string") and ("ethereum" in f.value and "request" in f.value
                                                                        or f.value in P.WALLET_METHODS)), None)
    regex = P.CRYPTO_ADDRESS_REGEX.search(text) is not None
    network_hooked = any(f.kind == "assign" and ("fetch" in f.value or "XMLHttpRequest" in f.value) for f in facts)
    obfuscated_drainer = len(P.OBFUSCATOR_ID.findall(view.text[:2_000_000])) >= 30 and regex and \
        any(f.kind == "string" and (f.value in P.WALLET_METHODS or f.value == "ethereum") for f in facts) and "XMLHttpRequest" in text
    if (hook or wallet) and regex or obfuscated_drainer:
        # Rewriting responses and transactions both, or hiding it, is the drainer; one alone may be a wallet UI.
        confidence = C.HIGH if obfuscated_drainer or (network_hooked and wallet) else C.MEDIUM
        yield view.finding("wallet-drainer", S.CRITICAL, confidence, "browser",
                           "Hooks fetch/XMLHttpRequest/window.ethereum and matches crypto addresses: rewrites payments"
                           + (" (in obfuscated code)." if obfuscated_drainer else "."), hook or wallet)
    elif hook:
        yield view.finding("network-hook", S.MEDIUM, C.LOW, "browser",
                           f"Replaces {hook.value}, intercepting the page's network traffic.", hook)
    run = commands(facts)
    writes = next((f for f in facts if f.kind == "call" and f.value.endswith(("clipboard.writeText", "clipboardData.setData"))), None) \
        or next((f for f, command in run if P.CLIPBOARD_WRITE.search(command)), None)
    reads = any(f.kind == "call" and (f.value.endswith("clipboard.readText") or (f.value.endswith("addEventListener") and f.args[:1] == ("copy",)))
                for f in facts) or any(P.CLIPBOARD_READ.search(command) for _, command in run)
    if writes and regex:
        # Reading what the user copied and writing back another address is the hijack itself.
        yield view.finding("clipboard-hijack", S.CRITICAL if reads else S.HIGH, C.HIGH if reads else C.MEDIUM, "browser",
                           ("Watches the clipboard and replaces" if reads else "Writes to the clipboard in code that matches")
                           + " crypto addresses: clipboard hijacking.", writes)


DELETES = ("fs.rmSync", "fs.rm", "fs.rmdirSync", "fs.rmdir", "fs.unlinkSync", "fs.unlink", "fs.promises.rm",
           "fs.promises.unlink", "rimraf", "rimraf.sync", "fs-extra.removeSync", "fs-extra.remove")
OVERWRITES = ("fs.writeFileSync", "fs.writeFile", "fs.promises.writeFile")
GATE_DISTANCE = 60
"""Lines between a location/locale check and the deletion it guards."""
USER_ROOTS = ("/", "C:\\", "~", "/home", "/Users", "Desktop", "Documents", "Pictures", "Downloads")


def _recursive_walkers(view: FileView) -> set[str]:
    """Functions that list a directory and call themselves: they reach every file below a root."""
    listing = {f.scope for f in view.active + view.deferred if f.kind == "call" and f.value.startswith("fs.readdir")}
    return {name for name in listing if name and name in view.facts.called_from.get(name, set())}


def _guards(gate: Fact, harm: Fact, called_from: dict[str, set[str | None]]) -> bool:
    return abs(gate.line - harm.line) <= GATE_DISTANCE and (
        gate.scope == harm.scope or gate.scope in called_from.get(harm.scope, ()) or harm.scope in called_from.get(gate.scope, ()))


@rule
def destructive(view: FileView) -> Iterator[Finding]:
    facts = view.active + view.deferred
    harm = [f for f in facts if f.kind == "call" and f.value in DELETES + OVERWRITES]
    if not harm:
        return
    walkers = _recursive_walkers(view)
    user_data = any(f.kind == "call" and f.value in ("os.homedir", "os.userInfo") for f in facts) or \
        any(f.kind == "env" and f.value in ("HOME", "USERPROFILE", "USER", "USERNAME") for f in facts) or \
        any(f.kind == "string" and f.value.strip("/\\") in {r.strip("/\\") for r in USER_ROOTS} for f in facts)
    gates = [f for f in facts if (f.kind == "string" and P.GEO_LOCALE.search(f.value))
             or (f.kind == "call" and "resolvedOptions" in f.value)]
    # The gate must guard the harm: nearby, and in the same function or one calling the other.
    # (A bundle that formats dates on line 10 and cleans a cache dir on line 9000 is not protestware.)
    guarded = [h for h in harm if any(_guards(g, h, view.facts.called_from) for g in gates)]
    gated = bool(guarded)
    harm = guarded or harm
    # `rmSync(os.homedir(), ...)` or `rmSync('/')`: the whole home or root, not a cache dir below it.
    literal_root = next((f for f in harm if f.value in DELETES and (re.search(r"\(\s*(os\.)?homedir\(\)\s*[,)]", f.snippet)
                                                                   or (f.args and f.args[0] in USER_ROOTS[:5]))), None)
    walked = next((f for f in harm if f.scope in walkers), None)
    if gated and (user_data or walked):
        yield view.finding("wiper", S.CRITICAL, C.HIGH, "destructive",
                           "Deletes or overwrites the user's files" + (" in a recursive walk" if walked else "")
                           + ", depending on the host's location, time zone or locale (protestware).", walked or harm[0])
    elif literal_root:
        yield view.finding("wiper", S.HIGH, C.MEDIUM, "destructive",
                           "Deletes files under the user's home or the filesystem root.", literal_root)
