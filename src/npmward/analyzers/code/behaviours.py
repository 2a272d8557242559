"""What a fact does, in the terms rules share: sends data, writes a file, runs code, runs a command."""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .program import Fact

SHELL_OF_HOLE = re.compile(r"(\$\{\*\}|(/bin/)?(ba|z)?sh|cmd(\.exe)?|powershell(\.exe)?|pwsh)\s+(-c|/[cCdDsS]( /[cCdDsS])*|-Command)\s+\$\{\*\}|"
                           r"(powershell|pwsh)(\.exe)?(\s+-(NoP\w*|NonI\w*|NoLogo|Sta|Mta|W(indowStyle)?\s+\w+|Exec\w*\s+\w+|ep\s+\w+))*"
                           r"\s+-(Command|c|EncodedCommand|enc|ec|e)\s+\$\{\*\}", re.I)
"""`sh -c <received>`, `cmd.exe /d /s /c <received>` (the shell itself may come from a table: `${*} -c ${*}`), PowerShell
after its options (`powershell -NoP -W Hidden -Exec Bypass -EncodedCommand <received>`)."""
INTERPRETER_OF_HOLE = re.compile(r"(\$\{\*\}|(\S*[/\\])?(node|deno|bun|perl|ruby)(\.exe)?)\s+(-e|--eval|-p|--print)\s+\$\{\*\}|"
                                 r"(\S*[/\\])?python[\d.]*(\.exe)?\s+-c\s+\$\{\*\}|"
                                 r"(\S*[/\\])?osascript\s+(-l\s+\S+\s+)?-e\s+\$\{\*\}")
"""An interpreter given its code on the command line, the code known only at run time (`spawn(process.execPath, ['-e',
code])`, `osascript -l JavaScript -e <JXA>`): it runs that code as eval would."""
STDIN_RUNNER = re.compile(r"^(\S*[/\\])?((ba|z|da|k)?sh|node|python3?|perl|ruby)(\.exe)?( -s| -)?$|^\$\{\*\} -$|"
                          r"^(\S*[/\\])?(powershell|pwsh)(\.exe)?\b.*\s-(Command|c)\s+-$", re.I)
"""A shell or interpreter started with no script of its own, which runs what it reads on its standard
input (`sh -s`, `bash`, `powershell -Command -`, `node -`, `spawn(process.execPath, ['-'])`: a program named at run
time given only `-`)."""
GLOBAL_OBJECTS = {"window", "globalThis", "self", "global"}
"""The global object's names: `window.eval(code)` is eval by another name."""
SHELL_LINE_RUNNERS = {"exec", "execSync"}
"""child_process runners given one shell command line."""


# Rules ask these of every fact of every file, of the few thousand callee names a package repeats: the answer for a
# name is kept (a look-up costs a fifth of a match).
@lru_cache(maxsize=65536)
def _network_call(name: str) -> bool:
    return P.NETWORK_CALLS.match(name) is not None


@lru_cache(maxsize=65536)
def exec_call(name: str) -> bool:
    """A callee name that starts a process (see `executes`)."""
    return P.EXEC_CALLS.match(name) is not None


@lru_cache(maxsize=65536)
def _code_runner(name: str) -> bool:
    return name in ("eval", "Function", "vm.runInNewContext", "vm.runInThisContext", "vm.runInContext", "vm.compileFunction") \
        or name.startswith(P.DATA_URL_IMPORT) \
        or name.endswith(("._compile", "._compile.call", "._compile.apply", ".executeJavaScript")) \
        or (name.endswith(("]", "constructor")) and P.FUNCTION_TRICK.search(name) is not None)


def websocket_url(value: object) -> bool:
    """A WebSocket URL (`ws://…`, `wss://…`): what a constructor handed one opens, whatever the class is called
    (`const WS = pick(); new WS(url)`, a global WebSocket or the `ws` package's, picked at run time)."""
    return isinstance(value, str) and value[:6].lower().startswith(("ws://", "wss://"))


def sends(f: Fact) -> bool:
    """A call or construction that sends data off the machine (HTTP, sockets, beacons, …)."""
    return f.kind in ("call", "new") and (_network_call(f.value if f.kind == "call" else "new " + f.value.removeprefix("new "))
                                          or (f.kind == "new" and bool(f.args) and websocket_url(f.args[0])))


def writes_file(f: Fact) -> bool:
    """`fs.writeFile*`, `fs.appendFile*`, `fs.createWriteStream`, sync or not."""
    return f.kind == "call" and f.value.startswith("fs.") and ("write" in f.value.lower() or "append" in f.value.lower())


def executes(f: Fact) -> bool:
    """A call that starts a process (`child_process.*`, execa, shelljs, cross-spawn)."""
    return f.kind == "call" and exec_call(f.value)


TIMERS = re.compile(r"^((window|globalThis|self|global)\.)?set(Timeout|Interval)$")
STRING_TIMER = re.compile(r"\bset(Timeout|Interval)\(\s*((window|self|globalThis)\.)?(atob|decodeURIComponent|unescape)\(")
"""A timer handed a string (what a browser evaluates as code) that a decoder makes: `setTimeout(atob(s), 2500)`."""


@lru_cache(maxsize=65536)
def _timer(name: str) -> bool:
    return TIMERS.search(name) is not None


NEW_RUNNERS = ("Function", "vm.Script", "module.constructor", "Module", "module.Module", P.WORKER_EVAL)
"""Constructors that run the code they are given."""


def runs_code(f: Fact) -> bool:
    """`eval`, `Function`, `vm.run*`, Module#_compile (how event-stream's payload ran), Electron's
    `webContents.executeJavaScript` (code run in a window's page), the import of a JavaScript `data:` URL, or a timer
    handed the string a decoder makes."""
    if f.kind == "call":
        return _code_runner(f.value) or (_timer(f.value) and STRING_TIMER.search(f.snippet) is not None)
    if f.kind == "new":
        # (`new (globalThis['Function'])('require', code)`: the constructor named through the global object)
        owner, _, rest = f.value.partition(".")
        return f.value in NEW_RUNNERS or (owner in GLOBAL_OBJECTS and rest == "Function")
    return f.kind == "string" and f.value == "_compile"



def global_eval(f: Fact) -> bool:
    """`window.eval(code)`, `globalThis.Function(code)`: a runner named through the global object (only
    remote-code reads it: old JSON parsers spell `window['e' + 'val']('(' + text + ')')`)."""
    return f.kind == "call" and f.value.endswith((".eval", ".Function")) and f.value.split(".", 1)[0] in GLOBAL_OBJECTS


def commands(facts: list[Fact]) -> list[tuple[Fact, str]]:
    """(exec call, command) for each distinct command a file runs: the call's constant arguments,
    or the pattern of a command it builds at run time (`printf '${*}' | pbcopy`)."""
    out, seen = [], set()
    for f in facts:
        if executes(f):
            for text in [a for a in f.args if a] + list(f.shapes):
                if text not in seen:
                    seen.add(text)
                    out.append((f, text))
    return out


def trusted_host(url: str) -> bool:
    return any(h in url for h in ("registry.npmjs.org", "github.com/", "githubusercontent.com", "nodejs.org",
                                   "registry.yarnpkg.com", "storage.googleapis.com", "cdn.jsdelivr.net", "unpkg.com"))


def runs_inline_code(f: Fact) -> bool:
    """A process started to run code given on its command line, not a constant one (see `INTERPRETER_OF_HOLE`)."""
    return any(INTERPRETER_OF_HOLE.fullmatch(shape) for shape in f.shapes)


def runs_whole_command(f: Fact) -> bool:
    """The command has no constant word of its own: a shell command line `exec(cmd)`, or a shell given
    `-c <cmd>`. (`spawn(process.execPath, [script])` names no constant either, and runs the package's
    own file: a program and its arguments are judged only through a shell's `-c`.)"""
    if not f.shapes:
        return f.args[:1] == (None,) and f.value.rsplit(".", 1)[-1] in SHELL_LINE_RUNNERS
    return any(SHELL_OF_HOLE.fullmatch(shape) for shape in f.shapes)


def acts(f: Fact) -> bool:
    """Sends data, starts a process or runs code: what makes code hidden from a reviewer dangerous."""
    return sends(f) or (f.kind in ("call", "new") and (exec_call(f.value) or runs_code(f)))
