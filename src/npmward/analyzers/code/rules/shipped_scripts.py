from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import stages
from ...install_scripts import (
    FOR_NO_USER,
    RUNS_REMOTE,
    SHELL_SCRIPTS,
    credential_sweep,
    encoded_script,
    for_no_user,
    judge_shell_file,
    lifecycle_entry_files,
    never_for_a_caller,
    runs_remote_code,
    sends_loot,
)
from .. import patterns as P
from ..package import bin_files
from ..parse import is_code_file
from ..strings import decode_b64, decode_standalone_hex
from ..view import PackageView
from . import rule
from ._shipped import named, runners
from .written_script import network_code, planted_eval

APPLESCRIPT = (".scpt", ".applescript")
"""AppleScript, whose `do shell script "…"` lines are shell commands."""


@rule("shipped-script", title="Shell or batch file run from code, judged like a hook",
      description="Install or entry code with an exec call that names a .sh/.bat/.ps1/.vbs file of the package has "
                  "that file judged line by line like an install hook (reported under the install-script rule's "
                  "name; a download saved as X and later run as X is `install-script/download-execute`), one "
                  "step lower when the call is inside a function (not, from a function the application calls, for what no "
                  "library does for its caller: AMSI/ETW patched out of memory, download checks turned off, credential "
                  "stores dumped, a script host run on a URL). A file that runs only when loaded or typed "
                  "(a bin) counts only for a script that sends the environment or a credential file, opens a "
                  "reverse shell, or downloads and runs code in the background with its output thrown away. AppleScript "
                  "files (.scpt, .applescript) are read for their `do shell script` commands. A file the analysis does not read as code (an editor plugin, a template, a shell script no hook runs) "
                  "that hides a download-and-run command in base64 or in a hex string (or one that sends credential files away), or code that evaluates a base64 constant (in place or kept under a name) whose decoded code talks to the "
                  "network (`(0, eval)(Buffer.from('…', 'base64')…)` in a template, `eval(Base64.decode64(CHECK))` in a Vagrantfile's plugin file), is `install-script/encoded-command`: "
                  "a script (not a shell script) that install code copies out or names, whose line downloads and runs code as plainly as it "
                  "likes (a VBScript launcher shortcuts are retargeted at), is `install-script/fetch-and-execute`, critical; "
                  "so is a shell script no hook runs that sweeps three credential stores or more and sends data (a dev container "
                  "feature's attach script), as `install-script/sends-secrets`, and a Python module, Go source file or GDScript "
                  "script that code which runs names (it copies it out: an Airflow DAG, a Godot autoload) that sends the "
                  "environment, saved passwords or credential files away (`install-script/sends-secrets`) or downloads code "
                  "or a program and runs it (`install-script/download-execute`); "
                  "critical when install or entry code (or a shell script a hook runs) names it, hands a program its folder "
                  "(`helm plugin install <pkg>/helm-plugin`, whose plugin.yaml runs it as an install hook) or the package's "
                  "code names its folder and extension (a template engine rendering its own layouts), high otherwise. So is a Lua script that "
                  "loads a chunk spelled as decimal escapes that names a URL and runs commands (a LuaJIT loader; critical "
                  "when code names it or a shipped script it starts).",
      category="install-script", consumes=("files", "call", "string"), severity=S.CRITICAL, per_package=True,
      reports_own_id=False)
def check(package: PackageView) -> Iterator[Finding]:
    yield from _trigger_files(package)
    yield from _hidden_loaders(package)
    scripts = [p for p, data in package.files.items()
               if p.endswith((*SHELL_SCRIPTS, *APPLESCRIPT, ".vbs", ".wsf", ".command")) or _shell_program(p, data)]
    if not scripts:
        return
    yield from _shell_bins(package, scripts)
    for path, view, facts, level, runner in runners(package, modules=True):
        typed = level == "module" or (level == "deferred" and view.when == "module")
        when = "when a user types its command or a module loads it" if typed \
            else view.when_text(level) if level != "deferred" else "when one of its functions is called"
        for target in scripts:
            if not named(facts, target):
                continue
            plain = _shell_program(target, package.files[target])
            for finding in judge_shell_file(path if typed else level, target, package.files):
                if typed and not _for_no_user(finding) or plain and finding.rule not in ATTACKS:
                    continue
                kept = level != "deferred" or (never_for_a_caller(finding) and view.called_by_app(runner))
                severity = finding.severity if kept else S(max(finding.severity - 1, S.INFO))
                yield Finding(finding.rule, severity, finding.confidence, finding.category,
                              f"{finding.message} ({target} is run by {path}, {when})", finding.file, finding.line,
                              finding.snippet, {**finding.details, "run_by": path, "when": level})


def _shell_bins(package: PackageView, scripts: list[str]) -> Iterator[Finding]:
    """A `bin` that is itself a shell script (`"webpack": "bin/webpack-cli"`, `#!/bin/sh`): npm links it as the
    command, and it runs each time the user types it; judged like a script a bin's code runs (only what no command
    does for its user counts)."""
    bins = bin_files(package.manifest, package.files)
    for target in sorted(bins.intersection(scripts)):
        for finding in judge_shell_file("bin", target, package.files, label=f"{target} (a command the package installs)"):
            if _for_no_user(finding):
                yield replace(finding, message=finding.message.replace(" at install time", " when a user types the command"),
                              details={**finding.details, "when": "module"})


def _for_no_user(finding: Finding) -> bool:
    return for_no_user(finding.rule, finding.snippet or "")


SHELL_SHEBANG = re.compile(rb"#!\s*/(?:usr/)?bin/(?:env\s+)?(?:ba|z|da)?sh\b")


def _shell_program(path: str, data: bytes) -> bool:
    """A shell script without an extension (`plugins/docker-compose`, a CLI plugin copied where a tool looks for one)."""
    return "." not in path.rsplit("/", 1)[-1] and SHELL_SHEBANG.match(data[:64]) is not None


ATTACKS = FOR_NO_USER | RUNS_REMOTE | {"install-script/beacon"}
"""What an extensionless shell program of the package counts for: the attacks themselves. Such programs are mostly tools
vendored whole (freedesktop's `xdg-open` in open and prisma reads `$(uname)` and `$(pwd)` to pick a desktop), whose
ordinary lines are not a hook's."""


TRIGGER_FILES = (".mof", ".reg", ".rules", ".sct", ".wsc")
"""Files a system tool installs as they are: a WMI class file `mofcomp` compiles, a `.reg` file `reg import` merges, a
udev rules file, a COM scriptlet."""


def _trigger_files(package: PackageView) -> Iterator[Finding]:
    """A file of the package that makes Windows or udev run code on a trigger (a WMI event consumer, a per-user COM class,
    a udev RUN key that decodes or downloads), named by install or entry code that runs a process: the code installs it
    (`mofcomp wmi/printer-status.mof` from a postinstall)."""
    shipped = [p for p in package.files if p.endswith(TRIGGER_FILES) and len(package.files[p]) < 1_000_000
               and P.WINDOWS_TRIGGERS.search(package.files[p].decode("utf-8", "replace"))]
    for _path, view, facts, level, runner in runners(package) if shipped else ():
        target = next((t for t in shipped if named(facts, t)), None)
        if target is None:
            continue
        found = P.WINDOWS_TRIGGERS.search(package.files[target].decode("utf-8", "replace"))
        yield view.finding("persistence", *view.unmistakable(runner), "persistence",
                           f"Installs {target}, which runs code again on a trigger ({found.group(0)[:60]}), "
                           f"{view.run_text(runner)}.", runner, level)
        return


def _hidden_loaders(package: PackageView) -> Iterator[Finding]:
    """A file of the package that is not code the analysis reads (an editor plugin, a config, a template) hiding a
    command that downloads and runs code in base64 (`echo … | base64 -d | sh`, `powershell -enc …`), or code that
    evaluates a base64 constant whose decoded code talks to the network (a template's `<% (0, eval)(Buffer.from('…',
    'base64')…) %>`): a loader put where a later program runs it (a Vim plugin's VimEnter autocmd, blind set 26; a
    help page's HTML Help shortcut object, set 41; an engine's default layout, set 43). Critical when install or entry
    code names the file (it copies or runs it) or the package's code names its folder and its extension (an engine that
    renders `layouts/<name>.tpl`), high otherwise: nothing legitimate hides a download-and-run in a file it ships. (A bin
    that names it counts: what a command hides from the user who types it is not what they asked for.)"""
    hooked = lifecycle_entry_files(package.manifest, package.files)
    for path, data in package.files.items():
        lua = path.endswith(".lua") and ((b"load" in data and b"\\" in data) or b"string.char" in data)
        shell = path.endswith(SHELL_SCRIPTS) or data.startswith(b"#compdef") or _shell_program(path, data)
        if is_code_file(path) or (path in hooked and shell) or len(data) > 1_000_000 \
                or (not lua and not shell and b"base64" not in data and b"owershell" not in data and b"pwsh" not in data
                    and b"Base64" not in data and not ((b"curl" in data or b"wget" in data) and PIPED_DOWNLOAD.search(data))
                    and not HEX_RUN.search(data) and not stages.worth_reading(path, data)):
            continue  # (a shell script a hook runs is judged line by line, its decoded commands too)
        text = data.decode("utf-8", "replace")
        carried, used = encoded_script(text), None
        rule_id, verb = "install-script/encoded-command", "hides"
        if lua and (match := LUA_LOADED.search(text)) is not None and _lua_stage(decoded := _lua_unescaped(text)):
            what = "Lua code as decimal escapes that it loads and runs, and that talks to the network and runs commands"
        elif lua and (match := _lua_char_command(text)) is not None:
            decoded = "".join(chr(int(c)) for c in match.group(1).split(","))
            what = "a command that downloads and runs code, spelled as a table of character codes"
        elif carried is not None and carried[1] is not None and runs_remote_code(carried[1]):
            match, decoded = carried
            what = "a command that downloads and runs code in base64"
        elif carried is not None and carried[1] is not None and sends_loot(carried[1]):
            match, decoded = carried
            what = "a command in base64 that sends credential files or the environment away"
        elif (planted := planted_eval(text)) is not None and network_code(decoded := decode_b64(planted[1])):
            match = planted[0]
            what = "code that evaluates base64 whose decoded code talks to the network"
        elif (hexed := _hex_command(text)) is not None:
            match, decoded = hexed
            what = "a command spelled in hex that downloads and runs code or sends credentials away"
        elif shell and (spelled := _printf_spelled(text)) is not None:
            match, decoded = spelled
            what = "a command that downloads and runs code from an address it spells in printf escapes"
        elif not shell and (match := _remote_line(text)) is not None and (installed := _installed_at_install(package, hooked, path)):
            # A plain download-and-run in a script an install hook copies out (a VBScript that shortcuts are pointed
            # at, blind set 50): the hook plants a loader for a later trigger, where no line of a hook shows it.
            decoded, used = match.group(0), installed
            what, verb = "a command that downloads and runs code", "holds"
            rule_id = "install-script/fetch-and-execute"
        elif (language := stages.language_of(path)) is not None and (staged := stages.judge(text, language)) is not None \
                and (used := _named_by_code(package, path) or _copied_by_hook(package, hooked, path)) is not None:
            # A module in another language the package's code copies out (an Airflow DAG into the project's dags folder,
            # blind set 53; a Godot autoload, set 54): whatever loads it (the scheduler, the game) runs it.
            rule_id, what, at = staged
            match, decoded = None, text.splitlines()[at - 1].strip()
            rule_id, verb = "install-script/" + rule_id, "holds"
            what = f"{language.noun} that {what}"
        elif shell and (sweep := next(credential_sweep("", path, text), None)) is not None:
            # (a script a dev container, an editor or a later build runs: it sweeps credential stores and sends them)
            match, decoded, at = None, sweep.snippet or "", sweep.line
            what, verb = f"a script that {sweep.details['what']} and sends data away", "is"
            rule_id = "install-script/sends-secrets"
        else:
            continue
        line, snippet = (text.count("\n", 0, match.start()) + 1, match.group(0)) if match else (at, decoded)
        # (or a shipped script that code names starts it: `launch.cmd` running `luajit.exe tuner.lua`, started by a bin)
        used = used or _named_by_code(package, path) or _rendered(package, path) or _copied_by_hook(package, hooked, path) \
            or _folder_handed(package, path) \
            or next((via for script, data in package.files.items() if script.endswith(SHELL_SCRIPTS)
                     and path.rsplit("/", 1)[-1].encode() in data and (via := _named_by_code(package, script))), None)
        severity, confidence = (S.CRITICAL, C.HIGH) if used else (S.HIGH, C.MEDIUM)
        how = "" if not used else (f", and {used[0]} renders it from its folder" if used[1] == "renders"
                                   else f", and {used[0]} installs or runs it ({used[1]})")
        yield Finding(rule_id, severity, confidence, "dropper",
                      f"{path} {verb} {what} ({decoded[:80]!r}){how}.",
                      path, line, snippet[:120], {"decoded": decoded[:300], "named_by": used[0] if used else None})
        return


HEX_RUN = re.compile(rb"[0-9a-fA-F]{80}")
HEX_STRING = re.compile(r"""["']([0-9a-fA-F]{80,})["']""")
"""A string of hex digits long enough to hold a command line (`["6364…"].pack("H*")` in a Vagrantfile template)."""


def _hex_command(text: str) -> tuple[re.Match, str] | None:
    """(match, command) of the first hex string of the file that spells a command that downloads and runs code or
    sends credential files or the environment away (blind set 53's Vagrantfile trigger, `pack("H*")` of a tar of ~/.ssh
    and ~/.aws posted with curl, then a download piped into sh)."""
    for match in HEX_STRING.finditer(text[:1_000_000]):
        spelled = decode_standalone_hex(match.group(1))
        if spelled is not None and (runs_remote_code(spelled) or sends_loot(spelled)):
            return match, spelled
    return None


PIPED_DOWNLOAD = re.compile(rb"\b(curl|wget)\b[^\n]{0,300}(\|\s*(sudo\s+)?(ba|z|da)?sh\b|&&|;)")
"""A download piped into a shell, or followed by another command, on one line: what a plain loader line in a copied-out
file needs (searched before its lines are judged one by one: docs mention `curl` far more often)."""

PRINTF_HEX = re.compile(r"""\$\(\s*printf\s+(['"])((?:\\x[0-9a-fA-F]{2}){6,})\1\s*\)""")
"""`$(printf '\x68\x74\x74\x70…')`: text a shell script spells as hex escapes, so no URL is written in it."""


def _printf_spelled(text: str) -> tuple[re.Match, str] | None:
    """The first line of a shell script (a zsh completion a hook copies onto $fpath, blind set 49) that downloads and
    runs code once its printf hex escapes are spelled out, with that line."""
    for match in PRINTF_HEX.finditer(text[:1_000_000]):
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        line = text[start:end if end != -1 else len(text)]
        spelled = PRINTF_HEX.sub(lambda m: bytes.fromhex(m.group(2).replace("\\x", "")).decode("latin-1"), line)
        if runs_remote_code(spelled):
            return match, spelled
    return None


LUA_LOADED = re.compile(r"\b(?:loadstring|load)\s*\)?\s*\(")
LUA_ESCAPE = re.compile(r"\\(\d{1,3})")
LUA_STAGE = re.compile(r"https?://|\bsocket\.http\b")
LUA_RUNS = re.compile(r"\bio\.popen\s*\(|\bos\.execute\s*\(")


LUA_CHAR_TABLE = re.compile(r"\{\s*(\d{1,3}(?:\s*,\s*\d{1,3}){15,})\s*,?\s*\}")
"""A Lua table of character codes (`{99,117,114,108,…}`), which `string.char` turns into text."""


def _lua_char_command(text: str) -> re.Match | None:
    """A table of character codes in a Lua script that spells a command downloading and running code (a Hammerspoon
    Spoon's timer running `sh -c` on it, blind set 50)."""
    for match in LUA_CHAR_TABLE.finditer(text[:1_000_000]):
        codes = [int(c) for c in match.group(1).split(",")]
        if all(9 <= c < 256 for c in codes) and runs_remote_code("".join(map(chr, codes))):
            return match
    return None


def _lua_unescaped(text: str) -> str:
    r"""The characters a Lua script spells as decimal escapes (`"\108\111\99…"`), in order: the chunk it hides."""
    return "".join(chr(int(m.group(1))) for m in LUA_ESCAPE.finditer(text[:1_000_000]) if int(m.group(1)) < 256)


def _lua_stage(decoded: str) -> bool:
    """A hidden Lua chunk (LuaJIT loaders, 2023-2024: a game tool's script whose escaped chunk beacons and runs what its
    server answers) that names a URL and starts commands."""
    return len(decoded) > 200 and LUA_STAGE.search(decoded) is not None and LUA_RUNS.search(decoded) is not None


LINE = re.compile(r"[^\n]+")


def _remote_line(text: str) -> re.Match | None:
    """The first line of a script that downloads and runs code."""
    return next((m for m in LINE.finditer(text[:1_000_000]) if runs_remote_code(m.group(0))), None)


def _installed_at_install(package: PackageView, hooked: set[str], path: str) -> tuple[str, str] | None:
    """(file, "install") for install code (or a shell script a hook runs) that names `path`: it copies it out or runs it."""
    named_by = _named_by_code(package, path)
    return named_by if named_by is not None and named_by[1] == "install" else _copied_by_hook(package, hooked, path)


def _named_by_code(package: PackageView, path: str) -> tuple[str, str] | None:
    """(file, level) of code that runs (install, entry or bin code, or a function the application or a command calls)
    and names `path` (it copies or runs it: blind set 49's remote-cache setup command copying its template into the
    workspace's `tools/bazel`)."""
    for user, view in sorted(package.views.items()):
        for level, facts in view.groups():
            if named([f for f in facts if level != "deferred" or view.run_by_app(f)], path):
                return user, level
    return None


def _folder_handed(package: PackageView, path: str) -> tuple[str, str] | None:
    """(file, level) of install or entry code that hands a program a folder holding `path` (`helm plugin install
    <pkg>/helm-plugin`, whose plugin.yaml runs `scripts/setup.sh` as its install hook; an extension or a dev container
    feature loaded from a folder): what the program then runs of it is run at that level."""
    folders = path.split("/")[:-1]
    if not folders:
        return None
    # (the folder itself, not a file in it: `node scripts/build.js` hands node a file, not `scripts/`)
    shaped = re.compile(r"(?:^|[\s/'\"])(?:" + "|".join(re.escape(f) for f in folders) + r")/?(?:$|[\s'\"])")
    for user, view in sorted(package.views.items()):
        for level, facts in view.groups():
            if level != "deferred" and any(f.kind == "call" and P.EXEC_CALLS.match(f.value) and any(map(shaped.search, f.shapes))
                                           for f in facts):
                return user, level
    return None


def _rendered(package: PackageView, path: str) -> tuple[str, str] | None:
    """(file, "renders") for a code file of the package that names `path`'s folder and its extension as strings
    (`path.join(__dirname, 'layouts')`, `name + '.tpl'`): a template engine loading its own templates by name."""
    folder, _, name = path.rpartition("/")
    extension = name[name.rfind("."):] if "." in name else ""
    if not folder or len(extension) < 3:
        return None
    folder = folder.rsplit("/", 1)[-1]
    for user, view in sorted(package.views.items()):
        strings = {f.value for f in view.of_kind("string")}
        if folder in strings and extension in strings:
            return user, "renders"
    return None


def _copied_by_hook(package: PackageView, hooked: set[str], path: str) -> tuple[str, str] | None:
    """(script, "install") for a shell script an install hook runs that names `path`'s file (`cp "$(dirname "$0")/
    ensure-cluster.sh" "$STABLE"`): what it copies out or wires into another tool at install."""
    name = path.rsplit("/", 1)[-1]
    for script in sorted(hooked):
        if script.endswith(SHELL_SCRIPTS) and name.encode() in package.files[script]:
            return script, "install"
    return None
