"""A download cradle sent to run on other machines: lateral movement through the cloud's or SSH's remote execution."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ...install_scripts import RAW_IP_URL, downloads_and_runs
from ..strings import unbase64
from ..view import FileView
from . import rule

WINDOWS_REMOTE = (r"\bwmic(\.exe)?\b[^\n]*/node:|\bsc(\.exe)?\s+\\\\|\bschtasks(\.exe)?\s+/(create|run)\b[^\n]*\s/s\s|"
                  r"\bpsexec(64)?(\.exe)?\s+\\\\|\bwinrs(\.exe)?\b[^\n]*[\s'\"\[]-r(emote)?:|\bInvoke-(Wmi|Cim)Method\b[^\n]*-ComputerName|"
                  r"GetTypeFromProgID\(\s*['\"](MMC20\.Application|ShellWindows|ShellBrowserWindow)['\"]\s*,")
REMOTE_EXEC = linear_re.compile_bytes(rb"SendCommand(Command)?\b|\bsend-command\b|\bRun(Shell|PowerShell)Script\b|"
                                      rb"\bvm\s+run-command\b|\bRunCommandInput\b|/runCommand\b|\bbeginRunCommand\w*\(|\bInvoke-Command\b[^\n]*-ComputerName|"
                                      rb"""require\(\s*['"](ssh2|node-ssh|simple-ssh)['"]\s*\)|from\s+['"](ssh2|node-ssh)['"]|"""
                                      rb"""/containers/[^\s'"`]{1,80}/exec\b|/(run|exec)/\$\{[^}]{1,60}\}/\$\{|"""
                                      + b"(?i:" + WINDOWS_REMOTE.encode() + b")")
"""What runs a command on other machines: AWS SSM's SendCommand and its shell documents, Azure's VM run-command,
PowerShell remoting, an SSH client library, Windows' remote process and service tools (wmic /node:, sc \\host, schtasks
/s, psexec, winrs, DCOM's MMC20.Application on a remote host: the ransomware playbooks' lateral movement), and the
container APIs that run a command in a container (Docker Engine's `/containers/{id}/exec`, the kubelet's
`/run/{namespace}/{pod}/{container}`: the container worms')."""
DECODED_REMOTE = linear_re.compile(WINDOWS_REMOTE, ignore_case=True)
"""The same Windows tools in a string the code decodes (an obfuscator's base64 string array)."""
DECODES = linear_re.compile_bytes(rb"base64|fromCharCode|atob\(")


@rule("remote-command-spread", title="Sends a download cradle to run on other machines",
      description="Code that uses a remote-execution service (AWS SSM SendCommand with AWS-RunShellScript, Azure VM "
                  "run-command, PowerShell remoting, an SSH client, Windows' wmic /node:, sc \\\\host, schtasks /s, psexec, winrs or "
                  "DCOM on a remote host, a Docker Engine's or kubelet's exec endpoint, also "
                  "named only in strings the code decodes) and carries a command, plain or in base64, that downloads "
                  "and runs code (`curl … | bash`, `IEX (New-Object Net.WebClient).DownloadString(…)`): every instance it reaches "
                  "fetches the same payload. Critical when the payload's host is a raw IP address; high otherwise.",
      category="lateral-movement", consumes=("text", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    found = REMOTE_EXEC.search(view.text) if view.mentions(REMOTE_EXEC) else None
    service = found.group(0).decode() if found is not None else None
    if service is None and (view.facts.decoded_literals or view.mentions(DECODES)):
        service = next((m.group(0) for f in view.of_kind("string") if (m := DECODED_REMOTE.search(f.value))), None)
    if service is None:
        return
    cradle, command = next(((f, text) for f in view.of_kind("string") if 12 < len(f.value) < 4000
                            for text in (f.value, unbase64(f.value)) if text and downloads_and_runs(text)), (None, ""))
    if cradle is None:
        return
    raw = RAW_IP_URL.search(command)
    yield view.finding("remote-command-spread", S.CRITICAL if raw else S.HIGH, C.HIGH if raw else C.MEDIUM, "lateral-movement",
                       f"Carries a command that downloads and runs code ({command[:80]}) in code that runs commands on "
                       f"other machines ({service[:40]}): each machine it reaches fetches the payload"
                       + (f" from a raw IP address ({raw.group(0)})." if raw else "."), cradle, view.level(cradle))


