from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...base import RuleInfo
from ...install_scripts import (
    AI_AGENT_UNLEASHED,
    CI_RUNNER,
    DEFENCE_OFF,
    ENCODED,
    FETCH,
    HOOK_RULES,
    KERNEL_DRIVER,
    PROTECTION_VALUES,
    SCRIPT_FETCH,
    download_then_run,
    judge_command,
    never_for_a_caller,
    out_of_sight,
    runs_remote_code,
    sends_loot,
)
from .. import flow as F
from .. import patterns as P
from ..behaviours import commands, executes, runs_whole_command
from ..consts import HOLE
from ..gates import any_word
from ..strings import unbase64
from ..view import FileView
from . import rule
from .download_execute import HIDDEN_WINDOW, starts_detached
from .persistence import download_cradle
from .remote_code import OWN_SCRIPT

POWERSHELL_LINE = re.compile(r"\b(Invoke-WebRequest|Invoke-RestMethod|Start-Process|Invoke-Expression)\b|\.Download(File|String)\(")
"""A PowerShell script line (`…;Invoke-WebRequest -Uri '…' -OutFile '…';Start-Process …`), handed to powershell -Command
from a variable."""
TOOL_CALLS = re.compile(rb"\btoolCall(?:Id|Type|s)\b|\btool_calls\b|\btool_call_id\b|\bfunction_call\b|\btool_use\b")
"""The shape of an AI model's tool calls (Vercel AI SDK's `toolCallId`, OpenAI's `tool_calls`, Anthropic's `tool_use`)."""
STEPS_DOWN = {"module": 1, "deferred": 2}
"""Severity steps below the hook rule's, by when the code runs."""
REGISTRY_WRITE = re.compile(r"\breg(\.exe)?\s+add\b|\b(Set|New)-ItemProperty\b", re.I)
SENDERS = any_word(b"curl", b"wget", b"nc ")
"""The network tools a credential-sending command line is looked for with (see `_sends_loot`): a file that names none
has its strings left alone."""
SHELL_DECODERS = any_word(b"base64", b"xxd")
TEXT_DECODERS = any_word(b"base64", b"atob", b"fromCharCode", b"hex")
"""Words of the decoders whose output `FileView.decoded` knows (Buffer.from(…, 'base64'|'hex'), atob, char codes)."""
SENDER_RUN = re.compile(r"\b(?:curl|wget|nc)\s")
"""A network tool run with arguments, as a command line runs it (not a word in a list of names)."""
REMOTE_SHELL = re.compile(r"/dev/(tcp|udp)/|/inet[46]?/(tcp|udp)/|\bs_client\b|\b(nc|ncat|netcat|socat|telnet)\b|\b\d{1,3}(\.\d{1,3}){3}\b")
"""What says a reverse shell's other end is another machine: a shell wired to it has no reading but
remote control, wherever it runs from. A bare `sh -i` (a test helper's interactive shell) is not enough."""


@rule("command", title="Commands run from code, judged like install hooks",
      description="The commands code runs (exec/spawn arguments, strings shaped like a command line in a file that "
                  "runs commands, and in any file a command line that sends the environment or a credential file: a "
                  "container command written into manifests) judged by the install-script rules; reported under the hook rule's name "
                  "(`code/reverse-shell`, `code/encoded-command`, `code/beacon`, ...), one step lower in a module "
                  "nothing loads at install or on require and two steps lower inside a function -- except a shell wired to "
                  "another machine in a function the application calls. A command decoded from the package's own "
                  "constants and run at install or load is `code/encoded-command` (high); a base64 constant that decodes to a "
                  "download-and-run, in a file that runs what it decoded, is judged as the command that call runs, at full "
                  "weight in code the application runs. A scheduled task registered at install or load, or by code the "
                  "application runs, in a file that holds a command that downloads and runs code, is critical: a loader. "
                  "A base64 constant that decodes to a download-and-run in a file that makes an AI agent's tool calls "
                  "(`toolCallId`, `tool_calls`) is `code/encoded-command`: the agent runs it (critical where the "
                  "constant's code runs or the application runs it).",
      category="install-script", consumes=("call", "string"), severity=S.CRITICAL, reports_own_id=False,
      emits=tuple(RuleInfo(f"code/{r.id}", r.title, r.description, r.severity.label, r.category) for r in HOOK_RULES if r.weighs))
def check(view: FileView) -> Iterator[Finding]:
    """Commands the code runs, judged by the same rules as install hooks (reverse shells, encoded
    PowerShell, wipes, beacons, AI agents with safety off): the exec call's arguments, and strings
    shaped like a command line in a file that runs commands."""
    if (b"tool" in view.text or b"function_call" in view.text) and TOOL_CALLS.search(view.text) \
            and (injected := encoded_command(view)) is not None:
        # No exec here: the command goes into the tool calls an AI agent runs for its user (a "shell guard" middleware
        # that adds one of its own). A guard lists commands to block in the open; none is hidden in base64.
        yield Finding("code/encoded-command", S.CRITICAL if view.runs_now(injected) else S.HIGH, C.HIGH, "dropper",
                      f"Hides a command that downloads and runs code in base64 ({injected.value[:80]!r}) in a file that "
                      f"makes an AI agent's tool calls: the agent runs it ({view.run_text(injected)}).",
                      view.facts.path, injected.line, injected.snippet[:200], {"when": view.level(injected)})
    # Command lines that send a credential count in any file (see `_sends_loot`): found once, behind a word gate.
    # (or in a script the file keeps in base64, `echo <b64> | base64 -d | sh` handed to a Terraform data source)
    loot = {f.value for f in view.of_kind("string") if _sends_loot(f.value)} \
        if view.mentions(SENDERS) or view.facts.decoded_literals else set()
    # (and a command that decodes data into a shell, wherever it is kept: no text for a user pipes hex into zsh)
    loot |= {f.value for f in view.of_kind("string") if DECODED_TO_SHELL.search(f.value)} if view.mentions(SHELL_DECODERS) else set()
    # (and a whole command the file decodes from its own constants that fetches and runs code: handed to a tool that runs
    # it, an Nx plugin's `nx:run-commands` target, blind set 49. The string's own tests first: `decoded` is the costly one)
    planted = {f.value for f in view.of_kind("string") if HOLE not in f.value and (FETCH.search(f.value) or SCRIPT_FETCH.search(f.value))
               and runs_remote_code(f.value) and view.decoded(f)} \
        if view.facts.decoded_literals or view.facts.decoded_values or view.mentions(TEXT_DECODERS) else set()
    loot |= planted
    if not view.executions() and not loot:
        return
    seen: set[str] = set()
    groups = [(level, facts, commands(facts)) for level, facts in view.groups()]
    # A constant that an exec call runs is judged where the call is (`const CMD = 'curl … | sh'` at the
    # top of a CLI's module, run by its `update` command).
    run = {command for _, _, found in groups for _, command in found}
    runners = {f.scope for f in view.executions()}
    # (a string shaped like a command counts only where a process could be handed it: a run whose program is not a
    # constant, nor node on a file of the package. An install hint, `curl -fsSL https://bun.sh/install | bash`, in a
    # file whose only process is `spawn(process.execPath, [check.js])` is text for the user.)
    open_runner = any(_runs_variable(f) for f in view.executions())
    for level, facts, found in groups:
        texts: dict[str, object] = {}  # each distinct command once, with the first fact that runs it
        for f, command in found:
            texts.setdefault(command, f)
        hidden_run = next((f for f in facts if executes(f) and f.args[:1] == (None,) and f.flows and f.flows[0] is not None
                           and view.facts.graph.value(f.flows[0]) & (F.DECODED | F.UNPACKED)), None)
        encoded = encoded_command(view) if hidden_run is not None else None
        if encoded is not None:
            # `exec(atob(isWin ? H.w : H.u))`: which constant is decoded is only known on the host; a base64 constant
            # of the file that decodes to a download-and-run is what the call runs.
            texts.setdefault(encoded.value, hidden_run)
        for f in facts:
            if f.kind == "string" and f.value not in texts and f.value not in run and (f.value in loot or open_runner
                    and (P.COMMAND_LINE.match(f.value) or AI_AGENT_UNLEASHED.fullmatch(f.value) or DEFENCE_OFF.search(f.value)
                         or KERNEL_DRIVER.search(f.value) or ("--" in f.value and CI_RUNNER.search(f.value))
                         or ("-" in f.value and POWERSHELL_LINE.search(f.value)))) and not _shown_only(view, f):
                texts[f.value] = f
        for command, fact in texts.items():
            for finding in judge_command(command, level, view.facts.path, fact.line, f"command run by {view.facts.path}"):
                rule_id = "code/" + finding.rule.split("/", 1)[1]
                if rule_id in seen:
                    continue
                seen.add(rule_id)
                steps = STEPS_DOWN.get(level, 0)
                if steps and rule_id == "code/reverse-shell" and REMOTE_SHELL.search(command) and view.called_by_app(fact):
                    steps = 0  # (a spinner's exit handler that pipes `sh -i` into `openssl s_client` to an IP)
                elif steps and encoded is not None and command == encoded.value and view.run_by_app(fact):
                    steps = 0  # (an installer names what it downloads; no library hides it in base64 and decodes it to run)
                elif steps and command in planted and view.run_by_app(fact):
                    steps = 0  # (no library hides a download-and-run in base64 for its caller to run)
                elif steps and rule_id == "code/download-execute" and HIDDEN_WINDOW.search(command) \
                        and (view.run_by_app(fact) or view.called_by_app(fact)):
                    steps = 0  # (a program downloaded and started with its window hidden, from a function the app calls)
                elif level == "module" and out_of_sight(finding.rule, command):
                    # (a bin that downloads and runs code in the background, all it prints thrown away: out of its
                    # user's sight, which no installer the user asked for is; as for a shipped script a bin runs)
                    steps = 0
                elif steps and rule_id == "code/fetch-and-execute" and any(
                        e.args[:1] == (None,) and not e.shapes and view.linked(fact.scope, e.scope) and view.run_by_app(e)
                        and starts_detached(view, e) for e in view.executions()):
                    # (a download piped to a shell, handed to a process started detached by a middleware the app runs:
                    # `spawn(cmd, args, {detached: true})`, the command all from the function that builds it, no word of
                    # its own such as node's own script)
                    steps = 0
                elif steps and never_for_a_caller(finding) and view.run_by_app(fact) \
                        and (command in run or any(view.linked(fact.scope, s) for s in runners)):
                    # (also a command handed to the file's own spawn wrapper: `run('regsvr32.exe', [...])`)
                    steps = 0
                severity = S(max(finding.severity - steps, S.LOW))
                loader = rule_id == "code/scheduled-task" and download_cradle(view) is not None \
                    and (level in ("install", "entry") or view.run_by_app(fact))
                if loader:
                    # A task whose action is the loader this file writes (`iex (…).DownloadString(u)` every 30 minutes):
                    # an updater's task runs the app it installed, not whatever a server answers each time.
                    severity = S.CRITICAL
                yield Finding(rule_id, severity, finding.confidence, finding.category,
                              finding.message + (" Its file holds a command that downloads and runs code: the task is a "
                                                 "loader." if loader else "") + f" ({view.run_text(fact)})",
                              view.facts.path, fact.line, (fact.snippet or command)[:200], {"when": level, "command": command[:300]})
        yield from _across_commands(view, level, found, seen)
        hidden = next((f for f in facts if executes(f) and _decoded_command(view, f)), None) if level in ("install", "entry") else None
        if hidden is not None and "code/encoded-command" not in seen:
            # `spawnSync('/bin/sh', ['-c', Buffer.from(setup, 'base64').toString()])`: the command is kept out of
            # the package's text, as `base64 -d | sh` keeps it out of a hook's.
            seen.add("code/encoded-command")
            yield Finding("code/encoded-command", S.HIGH, C.HIGH, "obfuscation",
                          f"Runs a command it decodes from its own constants ({hidden.value}), {view.when_text(level)}.",
                          view.facts.path, hidden.line, hidden.snippet[:200], {"when": level})


def _across_commands(view: FileView, level: str, found, seen: set[str]) -> Iterator[Finding]:
    """What the file's commands do together: a registry write beside a credential protection setting, a download one
    command makes that a later one runs."""
    if "code/credential-downgrade" not in seen and (downgrade := _registry_downgrade(view, found)) is not None:
        seen.add("code/credential-downgrade")
        fact, name = downgrade
        steps = 0 if view.runs_now(fact) else STEPS_DOWN.get(level, 0)
        yield Finding("code/credential-downgrade", S(max(S.CRITICAL - steps, S.LOW)), C.HIGH, "credential-theft",
                      f"Writes the registry in a file that names Windows' credential protection setting {name!r}, "
                      f"{view.run_text(fact)}: cleartext passwords, LM/NTLMv1 or an unprotected LSASS, as credential "
                      f"thieves set before they dump or relay.", view.facts.path, fact.line, fact.snippet[:200],
                      {"when": level})
    if "code/download-execute" not in seen and (dropped := _fetched_then_run(found)) is not None:
        # (`brew(['tap', T, URL])`, then `brew(['install', T + '/agent'])`: each call a command of its own)
        seen.add("code/download-execute")
        fact, what = dropped
        steps = 0 if view.runs_now(fact) or view.run_by_app(fact) else STEPS_DOWN.get(level, 0)
        yield Finding("code/download-execute", S(max(S.CRITICAL - steps, S.LOW)), C.HIGH, "dropper",
                      f"Runs commands that download {what} and then run it, {view.run_text(fact)}.",
                      view.facts.path, fact.line, fact.snippet[:200], {"when": level})


def _fetched_then_run(found) -> tuple | None:
    """(the command that runs it, what) when the file's commands, in the order of their lines, download something and
    a later one runs it: one command line's check (`download_then_run`) over the commands joined."""
    ordered = sorted(found, key=lambda item: item[0].line)[:64]
    if len(ordered) < 2 or download_then_run(" && ".join(command for _, command in ordered)) is None:
        return None
    for end in range(2, len(ordered) + 1):
        if (what := download_then_run(" && ".join(command for _, command in ordered[:end]))) is not None:
            return ordered[end - 1][0], what
    return None


def _registry_downgrade(view: FileView, found) -> tuple | None:
    """A registry write (`reg add`, Set-ItemProperty) run from a file that names one of the LSA and NTLM protection
    values as a constant of its own: a helper that writes the key it is handed (`set(K, 'NoLMHash', 0)`)."""
    write = next((f for f, command in found if REGISTRY_WRITE.search(command)), None)
    if write is None:
        return None
    name = next((f.value for f in view.of_kind("string") if PROTECTION_VALUES.match(f.value)), None)
    return (write, name) if name is not None else None


def _decoded_command(view: FileView, f) -> bool:
    """The program or its arguments (not the options: the input a child is fed) decoded from the package's own
    constants, or a decoder written in the call itself."""
    graph = view.facts.graph
    return any(graph.value(n) & F.UNPACKED for n in f.flows[:2] if n is not None) or ENCODED.search(f.snippet) is not None


DECODED_TO_SHELL = re.compile(r"(?:\bbase64\s+(?:-d|--decode|-D)\b|\bxxd\s+-r\s*-?p\b|\bxxd\s+-p\s*-?r\b)[^|;&\n]*\|\s*"
                              r"(?:/usr)?(?:/bin/)?(?:ba|z|da)?sh\b")
"""Data decoded into a shell (`echo 6375… | xxd -r -p | /bin/zsh`, `echo … | base64 -d | sh`): a command hidden from
its reader, run by whatever takes the string (another module's `launchctl submit -- sh -c script`)."""


def _sends_loot(text: str) -> bool:
    """A command line that sends the environment or a credential file (`cat …/serviceaccount/token | curl --data-binary
    @- …`): judged wherever it is (a container command written into the manifests a GitOps repository deploys), as no
    text for a user does that."""
    # (the tool given arguments: ace-builds 1.45.2's MATLAB mode lists `…|csvwrite|…|curl|…|env|…` as one alternation)
    return ("curl" in text or "wget" in text or "nc " in text) and SENDER_RUN.search(text) is not None and sends_loot(text)


DECLARED = re.compile(r"\b(?:let|const|var)\s+([\w$]{1,60})\s*=")
SHOWN = re.compile(r"\bError\(|\bconsole\.\w+\(|\blog(?:ger)?\.\w+\(|\b(?:warn|info|print)\(")
"""Where a string is text for the user: an error's message, a log line."""


def _shown_only(view: FileView, f) -> bool:
    """A command-shaped constant kept in a variable (`let installScript = … 'curl -fsSL https://bun.com/install | bash'`)
    that is used only in messages: the install advice bun's installer throws when the package manager skipped its
    binary, not a command it runs."""
    declared = DECLARED.search(f.snippet or "")
    if declared is None:
        return False
    name = declared.group(1).encode()
    uses = [m.start() for m in re.finditer(rb"(?<![\w$.])" + re.escape(name) + rb"(?![\w$])", view.text)]
    if len(uses) < 2 or len(uses) > 20:
        return False
    return all(_in_message(view.text[max(0, at - 300):at].decode("utf-8", "replace")) for at in uses[1:])


def _in_message(before: str) -> bool:
    """The text before a use opens a message that is still open there (`throw new Error(` and, on the next line, a
    template that holds it)."""
    shown = list(SHOWN.finditer(before))
    return bool(shown) and ";" not in before[shown[-1].end():]


def _runs_variable(f) -> bool:
    """The process's program or one of its words is not a constant (`spawn(cmd, args)`, `exec(line)`, `powershell
    -Command <script>`), and it is not node started on a file of the package."""
    if runs_whole_command(f):
        return True
    own = bool(f.shapes) and all(OWN_SCRIPT.match(shape) for shape in f.shapes)
    return not own and (f.args[:1] == (None,) or any(HOLE in shape for shape in f.shapes))


def encoded_command(view: FileView):
    """A base64 constant of the file that decodes to a command line that downloads and runs code, as a string fact
    holding the decoded command (a table of one per platform, `atob(r[os])`: the key is only known on the host).
    Looked for once per file."""
    if "encoded-command" not in view.derived:
        view.derived["encoded-command"] = next(
            (replace(f, value=decoded) for f in view.of_kind("string")
             if (decoded := unbase64(f.value)) is not None and runs_remote_code(decoded)), None)
    return view.derived["encoded-command"]
