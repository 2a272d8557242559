"""Shell scripts the package's code writes out: judged like a script the package ships."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import stages
from ...install_scripts import (
    HIDDEN_URL,
    KEY_EXPORT,
    NO_TOOL_DOES,
    OUT_OF_SIGHT,
    credential_sweep,
    downloads_and_runs,
    judge_shell_file,
)
from .. import patterns as P
from ..behaviours import writes_file
from ..package import resolve
from ..patterns import RAW_IP_URL
from ..strings import decode_b64, unbase64
from ..view import FileView
from . import build_script_tamper, rule

PROJECT_WRITERS = (".addBuildPhase", "withXcodeProject", "withDangerousMod", "mergeContents", "Yarn.workspaces", "Yarn.workspace")
"""How an Expo config plugin or the xcode package writes into the app's project (a build phase's shell script, a block
merged into `build.gradle`), and Yarn's constraints (`yarn constraints --fix` writes what a workspace's `ws.set(path,
value)` sets into its package.json, a `scripts.prepare` included): files written all the same."""
WSH_CRADLE = re.compile(r"""(?is)\b(CreateObject|ActiveXObject)\s*\(\s*["'](MSXML2\.(Server)?XMLHTTP|Microsoft\.XMLHTTP|"""
                        r"""WinHttp\.WinHttpRequest)\b.{0,4000}?\b(ExecuteGlobal|Execute|eval)\b\s*\(?\s*\w+\.responseText\b""")
"""A Windows Script Host script (VBScript or JScript) that runs what an HTTP request answers: `Set x =
CreateObject("MSXML2.ServerXMLHTTP")`, then `ExecuteGlobal x.responseText`. Written out, it is a stager for whatever
starts it (a logon script, a scheduled task)."""
PLANTED_EVAL = re.compile(r"""\b(?:eval|exec|instance_eval|Eval\.me|iex|Invoke-Expression)\s*\)?\s*\(*\s*(?:Base64\.(?:strict_|urlsafe_)?"""
                          r"""decode64|base64\.b64decode|atob|Buffer\.from|new\s+String\(\s*(?:java\.util\.)?Base64\.\w+\(\)\.decode|"""
                          r"""\[(?:System\.)?Text\.Encoding\]::\w+\.GetString\(\s*\[(?:System\.)?Convert\]::FromBase64String)"""
                          r"""\s*\(*\s*['"]([A-Za-z0-9+/=]{80,})['"]""")
"""Code, in any of the languages build files are written in (Ruby's Fastfile or Podfile, Python, Groovy, PowerShell,
JavaScript), that evaluates a long base64 constant: `eval(Base64.decode64('…'))`, `(0, eval)(Buffer.from('…'`."""
NAMED_EVAL = re.compile(r"""\b(?:eval|exec|instance_eval|iex|Invoke-Expression)\s*\(*\s*(?:Base64\.(?:strict_|urlsafe_)?decode64|"""
                        r"""base64\.b64decode|atob|Buffer\.from)\s*\(\s*([A-Za-z_]\w{0,60})\s*[,)]""")
"""The same evaluation of a base64 constant kept under a name (`eval(Base64.decode64(BOX_MIRROR_CHECK))`)."""


def planted_eval(text: str) -> tuple[re.Match, str] | None:
    """(match, base64) of code that evaluates a long base64 constant, written in place or kept under a name the file
    assigns it to (`BOX_MIRROR_CHECK = "cmVx…"`, then `eval(Base64.decode64(BOX_MIRROR_CHECK))` in a Vagrantfile's plugin
    file, blind set 53)."""
    if (match := PLANTED_EVAL.search(text)) is not None:
        return match, match.group(1)
    for match in NAMED_EVAL.finditer(text):
        kept = re.search(rf"""\b{re.escape(match.group(1))}\s*[:=]\s*['"]([A-Za-z0-9+/=]{{80,}})['"]""", text)
        if kept is not None:
            return match, kept.group(1)
    return None


SHELL_SHEBANG = re.compile(r"^#!\s*(/usr)?/bin/(env\s+)?(ba|da|z)?sh\b")
NO_USER_ASKS = {rule: NO_TOOL_DOES[rule] for rule in ("install-script/beacon", "install-script/sends-secrets",
                                                       "install-script/reverse-shell")}
"""What no shell script a tool writes out for its user does: report the machine's identity, send the environment or a
credential file away, or open a shell to a remote host. (Git hooks, launchers and wrappers that download are what tools
write: of `NO_TOOL_DOES`, the download-and-run commands are left out here.)"""


@rule("written-script", title="Shell script written by code, judged like a hook",
      description="A shell script (a string that starts with `#!/bin/sh`, in the open or decoded from base64 or hex) in a file "
                  "that writes files (or adds an Xcode build phase) is judged line by line like an install hook, and reported under the hook rule's name "
                  "when it reports the host or user name, sends the environment or a credential file away, or opens a "
                  "reverse shell: a credential helper shim put ahead of the real one on PATH that copies each login out. "
                  "One step lower when the file is neither run at install nor loaded by the package's entry. And any text "
                  "such a file writes (a Podfile's post_install, a build file) with a command line that downloads and runs "
                  "code from a URL decoded from base64, or in the background with its output thrown away: "
                  "`fetch-and-execute`; so is a Windows Script Host script it writes that runs what an HTTP request "
                  "answers (`ExecuteGlobal x.responseText`), or code in any language that evaluates a long base64 constant "
                  "whose decoded code makes a request (`eval(Base64.decode64('…'))` added to a Fastfile); or code it keeps as a "
                  "long base64 constant that talks to a bare IP address and starts commands (a GNOME Shell extension "
                  "polling a C2, written out by a CLI). A shell script the file keeps encoded (its shebang not written in "
                  "the file) that downloads a program and runs it from a bare IP address, sets it to start again or "
                  "writes a file other programs trust, written out nowhere in the file (sent to an MDM's command API, "
                  "a service registry): `download-execute`, critical where it runs or the application runs it; so is a "
                  "Python module, Go source file or GDScript script kept encoded (base64, gzip or zlib) that sends the "
                  "environment, saved passwords or credential files away (`sends-secrets`) or downloads code or a program "
                  "and runs it (an Open WebUI filter created through its API, an Airflow runtime every compiled DAG "
                  "imports, a Go file dropped into the module cache, a Godot autoload), and a Dockerfile kept encoded whose "
                  "RUN line carries such a command in base64; and a script in any language kept encoded that sweeps three "
                  "credential stores or more and sends them (`sends-secrets`: a PowerShell prompt a terminal theme writes "
                  "out).",
      category="install-script", consumes=("string", "call"), severity=S.CRITICAL, reports_own_id=False)
def check(view: FileView) -> Iterator[Finding]:
    writes = any(writes_file(f) or f.value.endswith(PROJECT_WRITERS) for f in view.of_kind("call"))
    if writes and (b"base64" in view.text or b"Base64" in view.text or b"/dev/null" in view.text or b"responseText" in view.text):
        yield from _hidden_loader(view)
    yield from _hidden_stage(view)
    scripts = [f for f in view.of_kind("string") if f.value.startswith("#!") and "\n" in f.value and SHELL_SHEBANG.match(f.value)]
    if not scripts:
        return
    if not (writes or _written_by_importer(view)):
        yield from _hidden_dropper(view, scripts)
        return
    for fact in scripts:
        name = f"{view.facts.path}#script@{fact.line}"
        level = view.level(fact)
        for finding in judge_shell_file(level, name, {name: fact.value.encode("utf-8", "replace")}):
            if finding.rule not in NO_USER_ASKS:
                continue
            severity = finding.severity if view.runs_now(fact) else S(max(finding.severity - 1, S.LOW))
            yield Finding("code/" + finding.rule.split("/", 1)[1], severity, finding.confidence, finding.category,
                          f"A shell script this file {'writes out' if writes else 'holds for a module that writes it out'} "
                          f"{NO_USER_ASKS[finding.rule]} (its line {finding.line}: "
                          f"{finding.details.get('command', finding.snippet)[:80]!r}), {view.run_text(fact)}.",
                          view.facts.path, fact.line, fact.snippet[:200], {**finding.details, "when": level})
            return


def _kept_encoded(view: FileView, fact) -> bool:
    """A script the file holds only encoded: its first line (a shebang, an import) is not written in the file, as it is
    in a script kept in the open, escaped or concatenated."""
    return fact.value.lstrip().split("\n", 1)[0].encode() not in view.text


def _stage_severity(view: FileView, fact) -> S:
    """An encoded stage's weight: critical where it runs or in code the application runs, high elsewhere."""
    return S.CRITICAL if view.runs_now(fact) or view.called_by_app(fact) else S.HIGH


def _hidden_stage(view: FileView) -> Iterator[Finding]:
    """A module in another language (Python, Go, GDScript) or a build file the file keeps encoded (base64, zlib or gzip
    and base64: its first line never written in the file) that sends the environment, saved passwords or credential
    files away, or downloads code or a program and runs it: a stage for the program it is handed to or written where
    (an Open WebUI filter created through its API, an Airflow helper every generated DAG imports, blind set 53; a Go
    file dropped into the module cache, a Godot autoload, a Dockerfile that rebuilds the developer's base images under
    their own tags, set 54); or a script in any language that sweeps three credential stores or more and sends them
    (a PowerShell prompt a Windows Terminal theme writes out, set 55)."""
    for fact in view.of_kind("string"):
        if len(fact.value) < 200 or "\n" not in fact.value:
            continue
        language = stages.encoded_language(fact.value)
        if language is None and stages.DOCKERFILE.search(fact.value[:2000]) is None:
            # (or a script in any language that sweeps credential stores and sends them: blind set 55's Windows Terminal
            # theme writing out a base64 PowerShell prompt that posts the Azure token cache, docker's and npm's logins)
            if P.SECRET_PATHS.search(fact.value) is None and KEY_EXPORT.search(fact.value) is None \
                    or not _kept_encoded(view, fact):
                continue
            swept = next(credential_sweep("", "", fact.value), None)
            if swept is None:
                continue
            yield view.finding("sends-secrets", _stage_severity(view, fact), C.HIGH, "dropper",
                               f"Keeps encoded a script that {swept.details['what']} and sends data away (its line "
                               f"{swept.line}: {(swept.snippet or '')[:80]!r}), {view.run_text(fact)}: a stage for the "
                               "program it is handed to.", fact, view.level(fact))
            return
        if not _kept_encoded(view, fact):
            continue
        staged = stages.judge(fact.value, language)
        if staged is None:
            continue
        rule_id, what, at = staged
        kind = language.noun if language is not None else "a Dockerfile"
        yield view.finding(rule_id, _stage_severity(view, fact), C.HIGH, "dropper",
                           f"Keeps encoded {kind} that {what} (its line {at}: "
                           f"{fact.value.splitlines()[at - 1].strip()[:80]!r}), {view.run_text(fact)}: a stage for "
                           "the program it is handed to.", fact, view.level(fact))
        return


DROPS = ("install-script/download-execute", "install-script/fetch-and-execute")
ARMED = {"install-script/raw-ip": "from a bare IP address", "install-script/scheduled-task": "set to start again",
         "install-script/tamper": "beside a file other programs trust or run"}


def _hidden_dropper(view: FileView, scripts: list) -> Iterator[Finding]:
    """A shell script the file keeps in base64 (or hex), written out nowhere here, that downloads a program and runs it
    from a bare IP address or makes it start again (a LaunchDaemon, a scheduled task): a stage sent where it runs (blind
    set 53's JumpCloud report library pushed one to every Mac as an MDM command). A tool's own installer script is
    kept in the open."""
    for fact in scripts:
        if not _kept_encoded(view, fact):
            continue
        name = f"{view.facts.path}#script@{fact.line}"
        found = list(judge_shell_file(view.level(fact), name, {name: fact.value.encode("utf-8", "replace")}))
        drop = next((f for f in found if f.rule in DROPS and f.severity >= S.CRITICAL), None)
        armed = [ARMED[f.rule] for f in found if f.rule in ARMED]
        if drop is None or not armed:
            continue
        yield Finding("code/" + drop.rule.split("/", 1)[1], _stage_severity(view, fact), C.HIGH, "dropper",
                      f"Keeps encoded a shell script that downloads a program and runs it ({', '.join(dict.fromkeys(armed))}; "
                      f"its line {drop.line}: {drop.snippet[:80]!r}), {view.run_text(fact)}: a stage hidden from readers.",
                      view.facts.path, fact.line, fact.snippet[:200], {**drop.details, "when": view.level(fact)})
        return


def _written_by_importer(view: FileView) -> bool:
    """A module of the package that imports this one writes files: the script this file holds (`export const HELPER =
    String.fromCharCode(…)`) is what it writes (blind set 43's psql set-up, which wrote a helper the user's `.psqlrc`
    starts)."""
    program = view.program
    if program is None:
        return False
    return any(any(writes_file(f) for f in facts.facts if f.kind == "call")
               for path, facts in program.files.items() if path != view.facts.path
               and any(resolve(path, module, program.files) == view.facts.path for _, module in facts.requires))


NETWORK_CODE = re.compile(r"""https?://|\bNet::HTTP\b|\burllib\b|\brequests\.(?:get|post)\b|\bfetch\(|\bInvoke-(?:WebRequest|"""
                          r"""RestMethod)\b|\bHttpURLConnection\b|\bopenConnection\(|\bsocket\b|\bcurl\b|\bwget\b""", re.I)


def network_code(code: str | None) -> bool:
    """Decoded code that makes a request or opens a socket (a build step has no reason to hide that)."""
    return code is not None and NETWORK_CODE.search(code) is not None


RUNS_RECEIVED = re.compile(r"""["'](?:/bin/)?(?:ba|z)?sh["']\s*,\s*["']-c["']|\bexecSync\(|\bchild_process\b|\bSubprocess\b""")


def _kept_c2_stage(value: str) -> bool:
    """Code a file keeps as a long base64 constant that talks to a bare IP address and starts commands (a GNOME Shell
    extension that polls `http://198.51.100.147/dw` and runs what it answers, written out by a wallpaper CLI, blind set
    42); icons, fonts and data are none."""
    code = unbase64(value, 200, 2_000_000)
    return code is not None and RAW_IP_URL.search(code) is not None and RUNS_RECEIVED.search(code) is not None


def _hidden_loader(view: FileView) -> Iterator[Finding]:
    """A command line in text the file writes out (a Podfile's `post_install`, a build script, a hook) that downloads and
    runs code from a URL it decodes from base64, or in the background with its output thrown away: a loader planted where
    the next build runs it (blind set 39's Expo signing plugin). Wrappers that download say where from, and show it."""
    run = None
    for fact in view.of_kind("string"):
        if _kept_c2_stage(fact.value):
            yield view.finding("fetch-and-execute", *view.unmistakable(fact), "install-script",
                               f"Writes out code it keeps in base64 that talks to a bare IP address and starts commands, "
                               f"{view.run_text(fact)}: the file it writes (an extension, a plugin) runs it where no reader "
                               "of the package sees it.", fact, view.level(fact))
            return
        if len(fact.value) > 100_000:
            continue
        if "\n" not in fact.value:
            # (a file's text has lines; a one-line command the file runs is judged by the command rules. One it does
            # not run goes into what it writes: a key binding's `shell_command` in karabiner.json, blind set 52)
            run = run if run is not None else {text for f in view.executions() for text in (*f.args, *f.shapes) if text}
            # (or, unpiped, one that evaluates base64: `node -e "eval(Buffer.from('…','base64')+'')"` set as a
            # workspace's `prepare` script by a Yarn constraints preset, blind set 55)
            if fact.value in run or "|" not in fact.value and not ("eval" in fact.value and "ase64" in fact.value):
                continue
        if (planted := planted_eval(fact.value)) is not None and network_code(decode_b64(planted[1])):
            yield view.finding("fetch-and-execute", *view.unmistakable(fact), "install-script",
                               f"Writes out code that evaluates a base64 constant whose decoded code talks to the network "
                               f"({planted[0].group(0)[:60]!r}…), {view.run_text(fact)}: the file it writes into (a build "
                               f"file, a Fastfile) runs it at its next build.", fact, view.level(fact))
            return
        if (gradle := build_script_tamper.judge(fact.value.encode("utf-8", "replace"))) is not None:
            yield view.finding("build-script-tamper", *view.unmistakable(fact), "persistence",
                               f"Writes Gradle code into the app's build that {gradle[0]}, {view.run_text(fact)}.",
                               fact, view.level(fact))
            return
        if (cradle := WSH_CRADLE.search(fact.value)) is not None:
            yield view.finding("fetch-and-execute", *view.unmistakable(fact), "install-script",
                               f"Writes out a Windows script that runs what an HTTP request answers "
                               f"({cradle.group(4)} of the response), {view.run_text(fact)}: whatever starts the file runs "
                               f"the server's code.", fact, view.level(fact))
            return
        if "|" not in fact.value:
            continue
        line = next((x for x in fact.value.splitlines() if (HIDDEN_URL.search(x) or OUT_OF_SIGHT.search(x))
                     and downloads_and_runs(x.strip())), None)
        if line is None:
            continue
        yield view.finding("fetch-and-execute", *view.unmistakable(fact), "install-script",
                           f"Writes out a command that downloads and runs code "
                           f"{'from a URL it decodes from base64' if HIDDEN_URL.search(line) else 'in the background, its output thrown away'}"
                           f" ({line.strip()[:100]!r}), {view.run_text(fact)}: the file it writes runs it later.",
                           fact, view.level(fact))
        return
