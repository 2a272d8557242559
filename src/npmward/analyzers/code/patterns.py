"""What the code rules look for: secret sources, sinks, and the hosts and shapes attackers use.

Hosts are matched by shape as well as by name (a Discord webhook is `/api/webhooks/<id>/<token>`
on whatever host), so inert test fixtures on reserved domains are judged like the real thing.
"""

from __future__ import annotations

import re
from importlib import resources

from .. import linear_re
from ..gated_re import GatedPattern

SECRET_ENV = re.compile(
    r"^(NPM_TOKEN|NODE_AUTH_TOKEN|NPM_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|GITLAB_TOKEN|CI_JOB_TOKEN|"
    r"AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AZURE_\w*(SECRET|KEY|TOKEN)\w*|"
    r"GOOGLE_APPLICATION_CREDENTIALS|GCP_\w*KEY\w*|DOCKER_\w*(PASSWORD|TOKEN)|SLACK_\w*TOKEN|"
    r"DISCORD_\w*TOKEN|TELEGRAM_\w*TOKEN|CIRCLE_TOKEN|TRAVIS_\w*TOKEN|VERCEL_TOKEN|NETLIFY_\w*TOKEN|"
    r"HEROKU_API_KEY|OPENAI_API_KEY|ANTHROPIC_API_KEY|VAULT_TOKEN|CONSUL_HTTP_TOKEN|NOMAD_TOKEN|"
    r"PRIVATE_KEY|MNEMONIC|\w*SECRET\w*|\w*PASSWORD\w*)$"
)
USER_DOCUMENTS = r"(^|[/\\*])(Desktop|Documents|Downloads|OneDrive|Windows[/\\]Recent)([/\\]|$)|(^|[/\\*])recently-used\.xbel$"
"""The user's document folders, and the lists of the documents they opened last (Windows' Recent folder of shortcuts,
freedesktop's recently-used.xbel): read from at install or load and sent, they are harvested (a function the
application calls to upload a file the user names from them is a feature)."""
DOCUMENT_PATH = re.compile(USER_DOCUMENTS + r"[^/\\]*$", re.I)
"""A path that names a document folder, or a file in one, and nothing else secret."""
SWEEP_STORES = 3
"""Credential stores named by one file or script that make it a sweep: a library has one tool's credentials to use; a
sweep of the machine's (database clients', browsers', wallets', cloud CLIs') is a stealer's."""
# (searched in every string a file holds: the words of the long alternations below are looked for first)
SECRET_PATHS = GatedPattern(re.compile(
    r"\.npmrc|\.yarnrc|\.git-credentials|\.ssh(/|\\\\|$)|id_(rsa|ed25519|ecdsa)|\.aws[/\\\\](credentials|sso[/\\\\]cache)|"
    r"\.config[/\\\\]gcloud|\.kube[/\\\\]config|\.docker[/\\\\]config\.json|\.config[/\\\\]gh[/\\\\]hosts|"
    r"Login Data|Web Data|Local State|Local Extension Settings|[/\\\\]Cookies$|Local Storage[/\\\\]leveldb|discord(canary|ptb)?[/\\\\]|"
    r"nkbihfbeogaeaoehlefnkodbefgpgknn|exodus\.wallet|Exodus[/\\\\]|\.electrum|Electrum[/\\\\]wallets|"
    r"solana[/\\\\]id\.json|\.config[/\\\\]solana|wallet\.dat|keystore[/\\\\]UTC--|\.bitcoin|Ethereum[/\\\\]keystore|"
    # Move and other chains' CLI key stores: Sui's keystore, Aptos's profiles (their private keys), NEAR's credentials,
    # Foundry's and starkli's encrypted keystores.
    r"sui\.keystore|\.aptos([/\\]|$)|\.near-credentials|\.foundry[/\\]keystores|starkli-wallets|\.starknet_accounts|"
    r"/etc/passwd|/etc/shadow|/proc/(\d+|\$\{\*\}|\*)/(environ|mem)\b|ssh_host_[\w${}*]*key$|"
    # Project secrets and other tools' credentials: read and sent, they are what stealers want
    # (with data flow deciding, a dotenv loader that reads `.env` is no finding).
    # (the Salesforce CLI keeps each org's access and refresh tokens in `~/.sfdx/<user>.json`)
    r"(^|[/\\*])\.env(\.[\w-]+)?$|\.netrc$|\.pgpass$|\.pypirc$|\.gem[/\\]credentials|\.terraformrc|\.sfdx([/\\]|$)|"
    r"\.vault-token|\.azure[/\\]|\.config[/\\]gh[/\\]|\.bash_history|\.zsh_history|logins\.json|key4\.db|"
    r"tdata[/\\]|Telegram Desktop|Cookies\.binarycookies|login\.keychain|[/\\]Keychains[/\\]|\bdump-keychain\b|secrets[/\\]kubernetes\.io[/\\]serviceaccount|^/registry/secrets/|"
    # AI assistants' conversations and their stores: pasted keys, code, the session's tool output.
    r"state\.vscdb$|\.aider\.chat\.history\.md$|\.claude[/\\](projects|\.credentials\.json)|\.codex[/\\](sessions|auth\.json)|"
    r"\.my\.cnf$|\.mylogin\.cnf$|wp-config\.php$|rclone\.conf$|sitemanager\.xml$|recentservers\.xml$|WinSCP\.ini$|Authy Desktop|"
    # App Store Connect's API keys and fastlane's saved Apple session: what signs and uploads the user's apps.
    r"\.appstoreconnect[/\\]|AuthKey_[\w${}*]*\.p8$|\.fastlane[/\\]spaceship|"
    # A Lightning node's macaroons (admin.macaroon spends its funds) and Core Lightning's hsm_secret (its root key); a local development CA's private key (mkcert's,
    # devcert's, Caddy's, office-addin-dev-certs'), which signs a certificate for any site the machine trusts; an
    # Ethereum validator's EIP-2335 keystores (staking-deposit-cli's `validator_keys/keystore-m_12381_3600_…json`).
    r"\.macaroon$|(^|[/\\])hsm_secret$|rootCA-key\.pem$|\.office-addin-dev-certs([/\\]|$)|devcert[/\\](config[/\\])?certificate-authority|"
    r"pki[/\\]authorities[/\\]local|keystore-m_\d|validator_keys([/\\]|$)|"
    # A TeamCity agent's own configuration: its authorization token to the server. The ADB private key (every Android
    # device that trusted this machine accepts it) and Expo's saved session.
    r"buildAgent\.properties$|\.android[/\\]adbkey$|\.expo[/\\](state|auth)\.json$|"
    # Helm's OCI registry logins (`helm registry login`: docker's config.json format, tokens and all).
    r"helm[/\\]registry[/\\]config\.json|"
    # Node-RED's flow credentials (`flows_cred.json`, `flows_<host>_cred.json`: every node's passwords and tokens, encrypted
    # with the `_credentialSecret` its `.config.runtime.json` keeps beside them).
    r"_cred\.json$|(^|[/\\])\.config\.runtime\.json$|"
    # Zero-trust access proxies' saved logins: cloudflared's app tokens and tunnel certificate, Teleport's keys,
    # kubelogin's OIDC token cache, Pomerium's and Boundary's sessions, smallstep's CA secrets.
    r"(^|[/\\])\.(cloudflared|tsh|pomerium|boundary)([/\\]|$)|\.kube[/\\]cache[/\\]oidc-login|\.step[/\\]secrets|"
    # Games' saved logins, which trade for money: Steam's remembered accounts and sentry files, the Minecraft launchers'
    # account tokens, Riot's and Battle.net's saved sessions, Roblox's cookie, Growtopia's save.dat (its password).
    r"loginusers\.vdf$|(^|[/\\])ssfn[\w${}*]*$|launcher_accounts(_microsoft_store)?\.json$|RiotGamesPrivateSettings\.yaml$|"
    r"Battle\.net\.config$|\.ROBLOSECURITY|RobloxCookies\.dat$|Growtopia[/\\](save\.dat)?$|"
    # The user's own documents: what a document harvester walks (read and sent, a file of them is stolen).
    + USER_DOCUMENTS + "|"
    # Browser-extension wallets by extension id: Phantom, Coinbase, TronLink, BNB, Binance, Rabby;
    # and the Authenticator extension's one-time-password seeds.
    r"bhghoamapcdpbohphigoooaddinpkbai|bfnaelmomeimhlpmgjnjophhpkkoljpa|hnfanknocfeofbddgcijnmhnfnkdnaad|ibnejdfjmmkpcnlpebklmnkoeoihofec|"
    r"fhbohimaelbohpjbbldcngcnapndodjp|acmacodkjbdgmoleebolmdjonilkdbch",
    re.I,
))
# Identity of the host and user (what beacons send); not platform/arch, which installers need.
DATA_URL_IMPORT = "import(data:)"
"""The call fact of `import('data:text/javascript,…')`: the folded URL's code is its argument."""
FINGERPRINT_CALLS = {"os.hostname", "os.userInfo", "os.networkInterfaces"}
IDENTITY_CALLS = FINGERPRINT_CALLS | {"os.homedir", "dns.getServers", "process.cwd"}
HTTP_CLIENT_CALLS = (r"https?\.(request|get)|((window|self|globalThis|global)\.)?fetch|node-fetch|"
                     r"(axios|got|request|needle|superagent)(\.(get|post|put|patch|request))?|undici\.(request|fetch)")
"""HTTP clients' calls, whose first argument is where they send (a URL, or a request's options with its host)."""
# Sinks: calls that send data off the machine.
NETWORK_CALLS = re.compile(
    r"^(" + HTTP_CLIENT_CALLS + r"|electron\.net\.(request|fetch)|net\.(connect|createConnection)|tls\.connect|http2\.connect|"
    r"new net\.Socket|dgram\.createSocket|raw-socket\.createSocket|net-ping\.createSession|new WebSocket|new ws(\.(WebSocket|default))?|new isomorphic-ws|new RTCPeerConnection|"
    r"XMLHttpRequest\.send|(\$|jQuery)\.(ajax|post|get)|"
    r"navigator\.sendBeacon|new XMLHttpRequest|ftp\.\w+|nodemailer\.createTransport|"
    r"socket\.io-client(\.(io|connect|default))?|new socket\.io-client\.(Manager|Socket)|"
    # file-transfer and mail clients: what is uploaded through them leaves the machine
    r"new (basic-ftp|ftp|jsftp|promise-ftp|ssh2-sftp-client|ssh2|node-ssh|dropbox|smtp-client)(\.(Client|NodeSSH|Dropbox|SMTPClient))?|"
    r"(emailjs|smtp-client)\.\w+|"
    # a model hub's upload API commits what it is given to a repository of the hub; a GitHub client's gist API
    # (`octokit.rest.gists.create({ files })`) publishes it on github.com
    r"@huggingface/hub\.(uploadFiles?|uploadFilesWithProgress|commit)|([\w$]+\.)*gists\.(create|update)|"
    # form-data's form posts itself (`form.submit(url)`): what is appended to it is sent
    r"new form-data|"
    # JXA (`osascript -l JavaScript`): the Objective-C bridge reads a URL as it reads a file
    r"\$\.NS(Data|String)\.(dataWithContentsOfURL|stringWithContentsOfURL\w*))$"
)
DNS_CALLS = re.compile(r"^dns(\.promises)?\.(lookup|resolve\w*|reverse)$")
DNS_TEXT = re.compile(r"(^|\.)(resolveTxt|resolve6|resolveAaaa|resolveCname|resolveAny)$")
"""A TXT lookup: its answer is text whoever holds the zone wrote (a setting, a command), received from the network; so
are the AAAA, CNAME and ANY answers of a zone's name server, which a DNS tunnel packs bytes into (sixteen per IPv6
address). (Not `resolve4`/`lookup`: an address to connect to.)"""
QUEUE_READS = re.compile(r"(^|\.)(xread|xreadgroup|blpop|brpop|brpoplpush|blmove)$", re.I)
"""A blocking read of a Redis stream or list (node-redis's `xRead`, ioredis's `xread`, `blpop`): the entries whoever else
can write to it queued, received from the server (a C2 channel in the cache an application already trusts)."""
REGISTRY_QUERY = re.compile(r"^\s*(?:(\S*[/\\])?npm(\.cmd)?\s+(view|info|show|v)|\$\{\*\}\s+(view|info))\s+\S")
"""`npm view <package> <field>` (npm picked by platform: `${*} view …`): a package's metadata from the registry, whatever
its publisher wrote in it (a field holding a stage, blind set 39)."""
CHAIN_STORAGE = re.compile(r"(^|\.)(eth_)?getStorageAt$")
"""A read of a contract's raw storage slot (viem's and ethers v5's `getStorageAt`): bytes whoever controls the contract
wrote, a dead drop no one can take down (EtherHiding, 2023). A URL made of them goes where that writer chose."""
EXEC_CALLS = re.compile(r"^child_process\.(exec|execSync|spawn|spawnSync|execFile|execFileSync|fork|\[dynamic\])$|^(execa|shelljs\.exec|cross-spawn)$")
SHELL_COMMAND = linear_re.compile(
    r"\b(curl|wget|Invoke-WebRequest|iwr|powershell|pwsh|certutil|bitsadmin|nc|ncat|netcat|socat)\b|"
    r"\|\s*(ba|z)?sh\b|/dev/tcp/|\b(ba|z)?sh\s+-c\b|\bcmd(\.exe)?\s+/c\b|base64\s+(-d|--decode)|\bchmod\s+\+?[0-7x]",
    ignore_case=True,
)
_OOB_TEXT = resources.files("npmward").joinpath("data/oob-domains.txt").read_text(encoding="utf-8")
OOB_HOSTS = [line.strip().lower() for line in _OOB_TEXT.splitlines() if line.strip() and not line.lstrip().startswith("#")]
"""Out-of-band, collaborator, request-bin, tunnel, paste and webhook hosts (data/oob-domains.txt)."""
# The same services by the shape of their URLs, whatever the host (inert fixtures use reserved
# domains): a Discord webhook path, a Telegram bot path (its token a constant or a part built at run time:
# `'/bot' + cfg.token + '/sendMessage'`), an interactsh-style `*.oast.*` name, a Google Chat space's incoming webhook
# (`/v1/spaces/<id>/messages?key=`) and a Microsoft Teams one (`/webhookb2/<group>@<tenant>/IncomingWebhook/…`).
OOB_SHAPES = r"/api/webhooks/\d+/|/bot(?:\d+:[\w-]+|\$\{\*\})/send[A-Z]|\.oast\.|burpcollaborator|canarytokens|requestbin|pipedream|" \
    r"/v1/spaces/[\w-]+/messages\?key=|/webhookb2/[\w-]+@"
# RE2: a long alternation tried at every position of every string costs Python's `re` 6x more.
EXFIL_URL = linear_re.compile(
    OOB_SHAPES + "|" + "|".join(
        (re.escape(h) if "/" in h else r"(?:^|[/.@])" + re.escape(h) + r"(?:$|[/:?#\s'\"`])") for h in OOB_HOSTS),
    ignore_case=True,
)
RELAY_SCHEME = r"(?<![\w-])(?:turns?|stuns?):"
"""A TURN/STUN server's URI (`turn:host:port`): a WebRTC relay is a destination, though it has no `//`."""
RAW_IP_URL = re.compile(r"\b(?:(?:https?|wss?|ftp)://|" + RELAY_SCHEME + r")(?!127\.|0\.0\.0\.0|10\.|192\.168\.|localhost)\d{1,3}(?:\.\d{1,3}){3}\b")
"""A URL to an IP address."""
URL = re.compile(r"\b(?:https?|wss?)://[^\s'\"`<>)]+", re.I)
EVENT_HOOKS = (r"apt[/\\\\]apt\.conf\.d[/\\\\]|NetworkManager[/\\\\]dispatcher\.d[/\\\\]|update-motd\.d[/\\\\]|\bAppInit_DLLs\b|\bAppCertDlls\b|"
               r"Print Processors|NetworkProvider\\+Order|\bCOR_(ENABLE_PROFILING|PROFILER(_PATH)?)\b|/SetNotifyCmdLine\b|"
               r"\bwrite\s+(-\S+\s+)?(\S*/)?com\.apple\.loginwindow(\.plist)?\s+(LoginHook|LogoutHook)\b|"
               r"Image File Execution Options|\bSilentProcessExit\b|\|\s*at\s+(now|noon|midnight|teatime)\b")
"""What other programs run on their own events (MITRE ATT&CK's persistence techniques): APT's `apt.conf.d` hooks (every
`apt-get update`), NetworkManager's dispatcher scripts (every connection), the login banner's `update-motd.d` scripts
(every SSH login), and Windows' AppInit_DLLs and AppCertDlls (loaded into every process that creates a process), print processors, network providers (NPPSpy: every logon's password), the
CLR profiler variables (every .NET process) and a BITS job's notify command line; macOS's login window
`LoginHook`/`LogoutHook` written (`defaults write com.apple.loginwindow LoginHook …`: a script run as root at every
login or logout); Windows' Image File Execution Options and SilentProcessExit monitors (a debugger or a monitor process
started with a program, or when it exits); an `at` job (`… | at now + 30 minutes`, which may queue itself again). A pattern's text: a path a file writes
(`PERSISTENCE_PATHS`) and a command a hook runs (install_scripts' `SCHEDULED`) name them alike."""
LOADED_BY_OTHERS = (r"\b(Notification|Authentication|Security) Packages\b|/Library/Security/SecurityAgentPlugins\b|"
                    r"\bauthorizationdb\s+write\b|:LSEnvironment\b|/etc/ld\.so\.preload\b|\blaunchctl\s+setenv\s+DYLD_INSERT_LIBRARIES\b|"
                    r"\\+Excel\\+Options\b|\\Office\\+(?:[^\\\s'\"]+\\+){1,2}Addins\\|\\VSTO\\+Security\\+Inclusion\b|\bMicrosoft[/\\\\]+(Excel[/\\\\]+XLSTART|Word[/\\\\]+STARTUP)\b|\bTrustedUserCAKeys\b|"
                    r"\\W32Time\\+TimeProviders\b|\bnetsh(\.exe)?\s+add\s+helper\b|\\Microsoft\\+NetSh\b|Active Setup\\+Installed Components\b|"
                    r"/etc/emond\.d/|\bemondClients\b|\bdbus-1[/\\\\]services\b|(^|[/\\\\])\.tmux\.conf$|[/\\\\]tmux[/\\\\]tmux\.conf$|"
                    r"\bLibrary[/\\\\]+(Spotlight|QuickLook)\b|\.vmoptions$|\bsublime[ -]text(?:[ -]\d)?[/\\\\]+(Installed )?Packages\b")
"""What other programs load or trust at every start, named where code writes it: LSA's notification, authentication and
security packages (a DLL that LSASS loads and hands every new password or logon: a password filter, an SSP); macOS
authorization plugins and the authorization database that names them (code the login window runs as root with the typed
password); the dynamic linker's preload list (every process of the host); an app's `LSEnvironment`
(`DYLD_INSERT_LIBRARIES` written into its Info.plist, or set for every app with `launchctl setenv`); Excel's `OPEN`
values and the Excel/Word start-up folders (an add-in loaded at every start), an Office application's `Addins` key (a COM or
VSTO add-in it loads at every start, `LoadBehavior` 3, its manifest possibly a URL) and VSTO's inclusion list (a
publisher whose add-ins install without asking); sshd's `TrustedUserCAKeys` (a certificate
authority whose every certificate logs in); a Windows Time provider's DLL (loaded by the time service at boot); a netsh
helper DLL (loaded by every netsh); Active Setup's StubPath (run for every user at their next logon); macOS's event
monitor rules (`/etc/emond.d`, started when `emondClients` is not empty); a D-Bus service file (its program started by any
message to its name); tmux's config (its `run-shell` lines run at every tmux start); a Spotlight importer or Quick Look
generator (loaded by mdworker or qlmanage for every file of its type, with their access to protected data: Sploitlight); a JetBrains IDE's `.vmoptions` (a
`-javaagent:` jar loaded into the IDE at every start; the persistence rule counts it only beside such an option); Sublime
Text's `Packages` (every `.py` in it is a plugin the editor loads at start, no registration). Only as a path code writes: a hook's command that merely reads them (`reg
query`, `grep`) changes nothing, so hooks are judged by install_scripts' `LIBRARY_INJECTION` instead."""
CI_CONFIGS = (r"\.github[/\\]workflows|\.circleci[/\\]config\.ya?ml|(^|[/\\])\.gitlab-ci\.ya?ml$|"
              r"(^|[/\\])(azure|bitbucket)-pipelines\.ya?ml$|\.buildkite[/\\]pipeline\.ya?ml")
"""A CI service's configuration (GitHub's workflows, CircleCI's, GitLab's, Azure's, Bitbucket's, Buildkite's): what every
build of the repository runs. A startup location (below), and what the persistence rule grades higher when the file
writing it hides a URL."""
PERSISTENCE_PATHS = re.compile(
    r"\.bashrc|\.zshrc|\.zshenv|\.zprofile|\.bash_profile|\.bash_login|\.profile$|/etc/profile|crontab|"
    r"fish[/\\\\]config\.fish|/etc/cron|/var/spool/cron|/etc/logrotate\.d|"
    r"Start Menu[/\\\\]Programs[/\\\\]Startup|CurrentVersion[/\\\\]+(Policies[/\\\\]+Explorer[/\\\\]+)?(Run|Winlogon\b)|LaunchAgents|LaunchDaemons|make\s+(new\s+)?login\s+item\b|Folder Action Scripts|make\s+new\s+folder\s+action\b|(^|[/\\\\])\.envrc$|direnv[/\\\\]direnv\.toml$|"
    r"gnome-shell[/\\\\]extensions\b|(^|[/\\\\])mozilla\.cfg$|general\.config\.filename|systemd[/\\\\]user|/etc/systemd/system/|\.config[/\\\\]autostart|autostart-scripts|plasma-workspace[/\\\\]env|(^|[/\\\\])\.(xprofile|xsessionrc|xinitrc|xsession)$|" + CI_CONFIGS + "|"
    r"authorized_keys|"
    r"discord_(desktop_core|voice|modules|utils|krisp|desktop_overlay)\b|app\.asar|--global\s+(--(add|replace-all)\s+)?(core\.(hooksPath|fsmonitor|sshCommand)|credential\.helper|include\.path|url\.\S+\.insteadOf\b)|"
    r"\b(user|site)customize\.py$|profile_default[/\\\\]startup|(^|[/\\\\])([\w.]+_)?profile\.ps1$|\$PROFILE\b|(^|[/\\\\])tools[/\\\\]bazel$|"
    r"(^|[/\\\\])init\.d([/\\\\]|$)|(^|[/\\\\])init\.gradle(\.kts)?$|(^|[/\\\\])amplify[/\\\\]hooks[/\\\\]|conda[/\\\\](de)?activate\.d\b|"
    r"(^|[/\\\\])\.(gdbinit|lldbinit|pdbrc|psqlrc|mongoshrc\.js|mongorc\.js|sqliterc|irbrc|pryrc|Rprofile)$|(^|[/\\\\])\.ssh[/\\\\]rc$|/etc/ssh/sshrc$|(^|/)etc/kubernetes/manifests\b|" + EVENT_HOOKS + "|" + LOADED_BY_OTHERS,
    re.I,
)
"""Where code is run again later: shell profiles, cron (and logrotate's policies, whose `postrotate` scripts cron runs as
root every day), autostart (also what an X session sources: `~/.xprofile`,
`~/.xsessionrc`, Plasma's `env` scripts, a GNOME Shell extension's directory: the shell loads it at every login; Firefox's AutoConfig file, `mozilla.cfg`, named by
`general.config.filename`: privileged JavaScript run at every start of the browser), launch agents and services (also the system's: `/etc/systemd/system`), macOS login items and folder actions (a script run on every change of a folder),
direnv's `.envrc` (run on every `cd` into the project) and its config (whose whitelist skips `direnv allow`), CI
workflows, SSH keys, another app's code, every repository's git hooks, Python's start-up files (which
run in every interpreter), an SSH `Match exec` or `LocalCommand` (run by every ssh and git-over-ssh) and git's
global hooks, fsmonitor, ssh command, credential helper or include (run by every git of the user), and a global
`url.<mirror>.insteadOf` (every clone and fetch of the user then comes from the mirror). Also gdb's, lldb's and pdb's
init files (every debugger start), the database and language shells' (psql's `\\!`, mongosh's JavaScript, sqlite3's
`.shell`, irb's, pry's and R's profiles: every start of the shell), sshd's `~/.ssh/rc` and `/etc/ssh/sshrc` (every SSH login), the kubelet's static pod
manifests (a pod the node runs outside the API server's view), a conda environment's `etc/conda/activate.d` and
`deactivate.d` scripts (sourced by every `conda activate` of it), PowerShell's profiles (`$PROFILE`, `profile.ps1`: every
PowerShell start), a Bazel workspace's `tools/bazel` (run by the launcher and Bazelisk in place of Bazel, for every build), the Amplify CLI's `amplify/hooks/` (run before and
after each `amplify push`, `pull` or `publish`, with the developer's AWS credentials), what other programs run on their
own events
(`EVENT_HOOKS`) and what they load or trust at every start (`LOADED_BY_OTHERS`)."""
SHELL_SOURCED = re.compile(r"\.bash_completion$|bash-completion[/\\\\]completions|fish[/\\\\]conf\.d")
"""What every interactive shell sources, where completion installers and plugin managers write when asked: a startup
location only for what downloads and runs code."""
SSH_COMMANDS = re.compile(r"(^|\n)\s*(Match\s+exec|PermitLocalCommand\s+yes|KnownHostsCommand\s|ProxyCommand\s)")
"""An SSH config block that runs a command on every connection (written as a whole block, so it may be long): `Match
exec`, a local command, the command that lists known host keys or connects through a proxy."""
WINDOWS_TRIGGERS = re.compile(r"\b(CommandLineEventConsumer|ActiveScriptEventConsumer|__FilterToConsumerBinding)\b|"
                              r"Classes\\+CLSID\\+\{[0-9A-Fa-f-]{36}\}|\bScriptletURL\b|\bscrobj\.dll\b|"
                              r"\bRUN\+?=\"[^\"\n]*(base64|\bcurl\b|\bwget\b|\bnc\b|/dev/tcp|\|\s*(ba)?sh\b)", re.I)
"""Windows runs code again on a trigger: a WMI event subscription's consumer (a PowerShell script that creates one may be
long), or a COM class registered for the user (`HKCU\\Software\\Classes\\CLSID\\{…}\\InprocServer32`, a scriptlet through
scrobj.dll) that every process instantiating it loads, or a udev rule whose RUN key downloads, decodes or pipes into a shell
on every device event (a rule that only sets permissions runs nothing)."""
PYTHON_PATH_FILE = re.compile(r"^[\w.-]+\.pth$")
"""A `.pth` file: in a site-packages directory, its `import` lines run in every Python start-up (also a
PyTorch model's extension, so only next to site-packages)."""
SITE_PACKAGES = re.compile(rb"site-packages|dist-packages|getsitepackages|getusersitepackages")
WORM_COMMAND = linear_re.compile(r"\bnpm\s+(publish|whoami|token|adduser|version\s+patch)\b|registry\.npmjs\.org/-/(whoami|user)", ignore_case=True)
GEO_LOCALE = re.compile(r"ipapi|ip-api\.com|ipinfo\.io|geoip|ipgeolocation|freegeoip|resolvedOptions\(\)\.timeZone|Europe/Moscow|ru-RU|"
                        r"(?-i:\bLANG\b)", re.I)
"""Where the host is. `LANG` is the environment variable, in capitals: not HTML's `lang="en"`."""
CRYPTO_ADDRESS_REGEX = re.compile(r"\[13\]\[a-km-zA-HJ-NP-Z1-9\]|0x\[a-fA-F0-9\]\{40\}|bc1\[|\[1-9A-HJ-NP-Za-km-z\]\{(?:2[5-9]|3\d|4[0-4])(?:,\d\d)?\}|T\[A-Za-z1-9\]\{33\}")
CRYPTO_ADDRESS_REGEX_BYTES = re.compile(CRYPTO_ADDRESS_REGEX.pattern.encode())
"""The same, over a file's bytes (all ASCII: no decoding of the whole file to look)."""
CRYPTO_ADDRESS_WORDS = (b"-HJ-NP-", b"0x[a-fA-F0-9]{40}", b"bc1[", b"T[A-Za-z1-9]{33}")
"""One of these is in every match of CRYPTO_ADDRESS_REGEX (a plain search for them is many times faster)."""
# A string that reads like a command line (a known program, then arguments).
COMMAND_LINE = linear_re.compile(r"^\s*([({]\s*)?(sudo\s+)?([\w./-]*/)?(curl|wget|bash|sh|zsh|powershell(\.exe)?|pwsh|cmd(\.exe)?|nc|ncat|"
                          r"python3?|perl|nslookup|dig|certutil(\.exe)?|rundll32(\.exe)?|regsvr32(\.exe)?|rm|rd|del|shred|"
                          r"crontab|nohup|pm2|q|claude|gemini|codex|sc(\.exe)?|insmod|kextload|bcdedit(\.exe)?|fltmc(\.exe)?|profiles|shutdown(\.exe)?)\s+\S",
                          ignore_case=True)
CLIPBOARD_READ = linear_re.compile(r"Get-Clipboard|\bpbpaste\b|\bxclip\b.*\s-o\b|\bxsel\b.*(-o|--output)|\bwl-paste\b|"
                                   # macOS scripting: JXA's NSPasteboard, AppleScript's clipboard
                                   r"\bstringForType\b|\btheClipboard\(\)|\b(get|return)\s+\(?the clipboard\b", ignore_case=True)
# `xclip` writes unless it is given `-o`: see `writes_clipboard`.
CLIPBOARD_WRITE = linear_re.compile(r"Set-Clipboard|\bpbcopy\b|\bclip(\.exe)?\s*$|\|\s*clip\b|\bwl-copy\b|"
                                    r"\bsetStringForType\b|\bset the clipboard to\b|\bsetTheClipboardTo\b", ignore_case=True)
XCLIP = linear_re.compile(r"\bxclip\b", ignore_case=True)
XCLIP_OUT = linear_re.compile(r"\bxclip\b.*\s-o\b", ignore_case=True)
TRUSTED_CONFIG = GatedPattern(re.compile(
    r"(^|[/\\])(etc[/\\]hosts|\.npmrc|\.npmignore|\.yarnrc(\.yml)?|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|"
    r"pnpm-lock\.yaml|\.vscode([/\\](settings|tasks)\.json)?|\.cursorrules|\.windsurfrules|\.clinerules|"
    r"copilot-instructions\.md|\.claude\.json|claude_desktop_config\.json|\.mcp\.json|mcp_config\.json)$|"
    r"(^|[/\\])\.cursor[/\\](rules\b|mcp\.json$)|(^|[/\\])\.github[/\\]workflows[/\\][^/\\]*$|"
    r"(^|[/\\])\.(claude|gemini|codex|continue|vscode)[/\\]"
    r"(settings(\.local)?|config|mcp)\.(json|toml|ya?ml)$|"
    r"(^|[/\\])\.(claude|codex|gemini|cursor|openclaw|clawdbot|moltbot)[/\\](skills|commands|agents|prompts)([/\\]|$)|"
    r"(^|[/\\])(\.aws[/\\](config|credentials)|\.gitconfig|\.?git[/\\]config|\.kube[/\\]config|\.docker[/\\]config\.json)$|"
    r"(^|[/\\])gcloud[/\\](configurations[/\\][^/\\]*|properties)$|"
    r"(^|[/\\])policies[/\\]managed([/\\][^/\\]*\.json)?$|(^|[/\\])distribution[/\\]policies\.json$|"
    r"(^|[/\\])Secure Preferences$|(^|[/\\])KeePass\.config(\.enforced)?\.xml$|"
    r"(^|[/\\])(NativeMessagingHosts|native-messaging-hosts)([/\\][^/\\]*\.json)?$|"
    r"(^|[/\\])(default-packages|\.default-(npm|python|golang|cargo)-(packages|pkgs|crates)|\.default-gems)$|"
    r"(^|[/\\])(shell|devenv|flake)\.nix$|(^|[/\\])\.?gitlab-runner[/\\]config\.toml$|"
    r"(^|[/\\])docker[/\\]daemon\.json$|(^|[/\\])containers[/\\]registries\.conf(\.d([/\\][^/\\]*)?)?$|"
    r"(^|[/\\])\.azure[/\\]cliextensions([/\\]|$)|(^|[/\\])\.volta[/\\]hooks\.json$|(^|[/\\])mise[/\\]config\.toml$|"
    r"(^|[/\\])User[/\\](snippets([/\\]|$)|keybindings\.json$|tasks\.json$)|(^|[/\\])\.?lefthook(-local)?\.ya?ml$|"
    r"(^|[/\\])lib[/\\]node_modules[/\\](npm|corepack|yarn|pnpm)[/\\](lib|bin|dist)[/\\]([^/\\]+[/\\]){0,3}[^/\\]+\.c?js$"))
"""Files other programs trust: the hosts file, package managers' config and lockfiles (and `.npmignore`: what npm
publishes), browsers' native-messaging host
manifests (which extensions may start which program), the container engine's registry mirrors (Docker's `daemon.json`,
`registries.conf`: where every image is pulled from), the toolchain managers' hooks (Volta's `hooks.json`, mise's
config) and the Azure CLI's extensions (code it loads at every `az` command), an editor's user snippets, key bindings and
tasks, lefthook's config (its `remotes:` fetch hook commands from another repository at every hook run), CI workflows
(the runner gives them the repository's secrets), editor tasks, AI assistants' rules, and the
settings of AI coding agents and the MCP servers they start (their hooks and servers run commands
with the user's rights each time the agent starts) and the skills, commands and subagents they load (instructions the
agent follows, scripts it runs), and the config of the cloud and git clients (an AWS
profile's `credential_process`, a kubeconfig's exec plugin, gcloud's `api_endpoint_overrides` and git's `insteadOf` or
credential helper run or redirect on every use), and browsers' managed policies (Chrome, Edge, Brave `policies/managed/*.json`,
Firefox's `distribution/policies.json`: search engine, home page, forced extensions) and a Chrome profile's
`Secure Preferences`, which holds the integrity codes of its search and start-up settings, and KeePass's
config, whose triggers export the open database and run commands (CVE-2023-24055), and version managers' default
packages (nvm's and pyenv's `default-packages`, and the code of a globally installed package manager
(`…/lib/node_modules/npm/lib/cli.js` in a Node installation or a CI runner's tool cache: every later `npm` runs it), asdf/mise's `.default-npm-packages`, `.default-gems`): installed into
every runtime version installed later; a project's Nix shells (`shell.nix`, `devenv.nix`, `flake.nix`: their
`shellHook` runs in every `nix develop`/`nix-shell`, direnv's too) and a GitLab runner's `config.toml` (its
`pre_build_script` runs in every job, with the job's secrets).)"""
PATH_LIKE = re.compile(r"[/\\]|^~|\.\w{1,8}$")
"""A string that reads like a file name or path (a separator, a home-relative start, an extension)."""
PACKAGE_DIR = re.compile(r"node_modules[/\\][@\w]")
"""A path into another package under node_modules (not `node_modules/.cache`, `.bin`, `.prisma`)."""
GLOBAL_PREFIX = re.compile(r"\b(npm|pnpm|yarn)\s+(root|prefix|bin)\s+(-g|--global)\b|\byarn\s+global\s+dir\b")
LOOPBACK = re.compile(r"^((https?|wss?)://)?(localhost|127(\.\d{1,3}){3}|\[?::1\]?)(:\d+)?(/.*)?$", re.I)
"""A host or URL of this machine: a connection to it does not leave the machine."""
GLOBAL_FETCH = re.compile(r"^((window|globalThis|self|global)\.)?fetch$")
WALLET_METHODS = {"eth_sendTransaction", "eth_signTransaction", "eth_sign", "personal_sign", "eth_signTypedData_v4",
                  "signTransaction", "signAllTransactions", "wallet_switchEthereumChain"}
FUNCTION_TRICK = re.compile(r"(^|\W)(\[\]|''|\"\"|\{\})\s*\[[^\]]+\]\s*\[[^\]]+\]$|constructor\.constructor$")
OTHER_PROCESS = re.compile(r"/proc/(\d+|\$\{\*\}|\*)/(environ|mem)\b")
DECIPHER = re.compile(r"(crypto\.)?createDecipher(iv)?")
# Ciphertext kept in the package: a long run of hex or base64 with nothing else in it.
CIPHER_BLOB = re.compile(r"^(?:[0-9a-fA-F]{256,}|[A-Za-z0-9+/]{344,}={0,2})$")
CODE_LIKE = re.compile(r"require\(|child_process|process\.env|eval\(|new Function|\.exec\(|fetch\(|https?\.(get|request)\(|"
                       r"\.cookie\b|\.sendBeacon\(|new Image\(|createElement\(\s*['\"]script['\"]\s*\)")
"""A string that reads like code (Node's or, for what a build plugin adds to a page, the page's: a script element it
makes)."""
# Bidirectional overrides and isolates (Trojan Source): they reorder how a line is displayed, in code,
# strings and comments alike. Hangul fillers are judged where they are names (`invisible-identifier`
# facts): in a string, a regex or a comment they are text (code-page tables, Korean word lists).
# Zero-width joiners and left/right marks are left out: locale data uses them legitimately.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
BIDI_CONTROL_BYTES = re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
"""The same characters in UTF-8, to find them without decoding a file that has none."""
OBFUSCATOR_ID = re.compile(rb"\b_0x[0-9a-f]{4,6}\b")
# Extensions of data files: an executable under one of these names is hiding.
NOT_EXECUTABLE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".ico", ".bmp", ".svg", ".webp", ".txt", ".md", ".json",
                             ".css", ".html", ".js", ".cjs", ".mjs", ".ts", ".woff", ".woff2", ".ttf", ".mp3", ".mp4", ".pdf")
EXECUTABLE_MAGIC = {b"\x7fELF": "ELF", b"MZ": "PE", b"\xcf\xfa\xed\xfe": "Mach-O", b"\xce\xfa\xed\xfe": "Mach-O",
                    b"\xca\xfe\xba\xbe": "Mach-O universal"}


def writes_clipboard(command: str) -> bool:
    return CLIPBOARD_WRITE.search(command) is not None or (XCLIP.search(command) is not None and XCLIP_OUT.search(command) is None)


DIGESTS = re.compile(r"(^|\.)(digest|createHash|createHmac|hash|sha\d+|md5|hmac|sign|signSync|signAsync|signMessage|"
                     r"signTransaction|signTypedData|encrypt|publicEncrypt|privateEncrypt|getPublicKey|publicKeyCreate|"
                     r"publicKeyFromPrivate|toPublicKey|deriveKey|pbkdf2Sync|scryptSync)$", re.I)
"""Calls whose result is a digest, signature, ciphertext or public key of their input, not the input."""
TOKEN_SIGNER = re.compile(r"jw[st]|^sign(Transaction|Message|TypedData|AllTransactions|Psbt)?$", re.I)
"""A function or module that makes a JSON Web Token or Signature (`universal-github-app-jwt`, `signJwt`), or a
wallet's signer (`wallet.signTransaction(tx)`, `keypair.sign(msg)`): what it returns is signed with the key it
is given, and does not hold it."""
KEY_FACTORY = re.compile(r"^(fromSecretKey|fromSeed|fromPrivateKey|fromMnemonic|fromPhrase|fromWIF|fromExtendedKey)$|"
                         r"^new (\S+\.)?(Wallet|Keypair|Account)$")
"""Makes a key object of key bytes (`Keypair.fromSecretKey`, `new Wallet(privateKey)`): its other fields (the
public key, the address) are not the key; sending the object itself is."""
KEY_TAKER = re.compile(r"^(mnemonicToSeedSync|mnemonicToSeed|validateMnemonic|mnemonicToEntropy|mnemonicToMiniSecret|"
                       r"fromMnemonic|fromPhrase|fromSecretKey|fromPrivateKey|privateKeyToAccount|mnemonicToAccount)$")
"""Functions whose first argument is a seed phrase or a private key (bip39's, a wallet library's key factories)."""
TRANSACTION_SENDS = re.compile(r"(^|\.)(sendTransaction|sendRawTransaction|broadcastTransaction|sendAndConfirmTransaction|"
                               r"sendAndConfirmRawTransaction|sendEncodedTransaction)$")
"""A blockchain transaction handed to a node: what its payload (calldata, a memo) carries is published on the
chain. The signer that pays for it is another argument or the receiver."""
RESOLVERS = {"dns.Resolver", "dns.promises.Resolver"}
"""Constructors of DNS resolvers: their `resolve*`/`lookup` methods send the name they are given."""
RESOLVE_METHOD = re.compile(r"\.(resolve\w*|lookup|reverse)$")
REQUEST_FIELDS = {"req": {"headers", "query", "body", "params", "cookies", "signedCookies", "url", "originalUrl",
                          "rawHeaders", "rawBody"},
                  "request": {"headers", "query", "params", "cookies", "rawHeaders", "payload", "event"},
                  "event": {"headers", "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters",
                            "pathParameters", "body", "rawPath", "rawQueryString", "cookies"},
                  "event.request": {"headers", "url", "body"},
                  "event.url": {"searchParams", "search", "hash"},
                  "ctx": {"headers", "query", "querystring", "params"},
                  "ctx.request": {"headers", "query", "querystring", "body", "rawBody", "url", "originalUrl"},
                  "ctx.req": {"headers", "url", "rawHeaders"},
                  "socket.handshake": {"headers", "query", "auth", "url"},
                  "client.handshake": {"headers", "query", "auth", "url"},
                  "details": {"requestHeaders", "uploadData"},
                  "request.http": {"headers", "body", "search"},
                  "http": {"headers", "body", "search"}}
"""What of a request its sender wrote, by what servers name the request they hand a handler (Express/Connect/http
`req`, Fastify/Hapi `request`, Koa `ctx`, the handshake of a socket.io connection, the `details` Electron's
`session.webRequest` hooks are handed for each request the application's windows make, the `http` of an Apollo Server
plugin's `request`, the API Gateway `event` a Lambda handler is handed, whole as middy's `request.event`). A fetch `Request`'s URL and body,
Koa's `ctx.body` (the response) and other contexts' `ctx.url` (a module loader's) are not."""
CLIENT_REQUEST_CHANNELS = {"undici:request:create", "undici:client:sendHeaders", "http.client.request.start",
                           "http.client.request.created"}
"""Node's diagnostics channels that publish each HTTP request the process sends, headers and all."""
REQUEST_HOLDER_LENGTH = max(map(len, REQUEST_FIELDS))
REQUEST_GETTERS = {"req.get", "req.header", "req.param", "req.cookies.get", "ctx.get", "ctx.cookies.get",
                   "ctx.request.get", "request.getHeader", "request.header",
                   "c.req.header", "c.req.query", "c.req.param", "ctx.req.header", "ctx.req.query", "ctx.req.param"}
"""Calls that return one header, cookie or parameter of the request (`ctx.get('x-trace')`, Hono's
`c.req.header('x-trace')`)."""
H3_REQUEST_READERS = {"getRequestHeader", "getRequestHeaders", "getHeader", "getHeaders", "parseCookies", "getCookie",
                      "getQuery", "getValidatedQuery", "readBody", "readRawBody", "readValidatedBody", "readFormData",
                      "getRouterParam", "getRouterParams", "getRequestURL"}
H3_REQUEST_GETTERS = {f"{module}.{name}" for module in ("h3", "nitropack/runtime", "#imports") for name in H3_REQUEST_READERS}
"""h3's readers of the request an event handler is handed (`parseCookies(event)`, `getRequestHeader(event, 'x-id')`,
`readBody(event)`), imported from h3 (Nitro and Nuxt server routes; Nitro also puts them in scope unimported)."""
PAGE_GLOBALS = {"document", "window", "localStorage", "sessionStorage", "navigator", "location"}
"""The page's globals, which a variable can stand for (`var d = document`)."""
PAGE_LOCATION = re.compile(r"^((window|document|self|top|globalThis)\.)?location(\.href)?$")
"""Assigning a URL to the page's location navigates to it (the data leaves in the URL)."""
ELEMENT_URL = re.compile(r"\.(src|href|action)$")
"""Assigning a URL to an image, script, iframe or form makes the browser request it."""
ELEMENT_LOOKUPS = {"querySelector", "querySelectorAll", "getElementById", "getElementsByName", "getElementsByTagName",
                   "getElementsByClassName", "closest"}
"""Methods that pick elements of the page (their `value` is what the user typed there)."""
ELEMENTS = {"Image", "document.createElement", "window.document.createElement", "Audio", "document.createElementNS"}
WORKER_EVAL = "worker_threads.Worker(eval)"
"""The fact name of `new Worker(source, { eval: true })`: a thread that runs its first argument as code."""
BUILD_OUTPUT_HOOKS = {"generateBundle", "renderChunk", "transformIndexHtml", "writeBundle", "banner", "footer", "intro", "outro"}
"""Bundler-plugin hooks (Rollup, Vite) that change what a build emits: code they add ships to every user of the app."""
BUILD_OUTPUT_TAPS = re.compile(r"(^|\.)(alterAssetTags|alterAssetTagGroups|beforeEmit|afterTemplateExecution|processAssets|"
                               r"optimizeChunkAssets|emit)\.tap(Async|Promise)?$")
"""webpack's tapable hooks that change what a build emits (html-webpack-plugin's asset tags, processAssets)."""
NET_WRITE_METHOD = re.compile(r"\.(write|end|send|sendBeacon|emit|post|put|patch|request|setRequestHeader|open|sendMail|append|"
                              r"sendMessage|sendDocument|postMessage|"
                              r"upload\w*|fastPut|filesUpload)$")
"""Methods of a request, socket or client object that send what they are given."""
UPLOAD_METHOD = re.compile(r"\.(upload\w*|fastPut|put|filesUpload|sendMail)$")
"""File-transfer methods given a local path: they send the file's content (nodemailer's `sendMail` reads each attachment's
`path`)."""
NETWORK_TOOL = linear_re.compile(r"(^|[\s;&|(`'\"/])(curl|wget|nslookup|dig|host|ping|nc|ncat|netcat|socat|telnet|"
                                 r"Invoke-WebRequest|Invoke-RestMethod|iwr|irm|certutil|bitsadmin|gh\s+gist\s+(?:create|edit)|openssl\s+s_client)(\.exe)?(\s|$)",
                                 ignore_case=True)
PACKAGE_INSTALL = re.compile(r"\b(?:npm|pnpm|bun)\s+(?:install|i|add)\b(?P<rest>[^|;&\n]*)|\byarn\s+(?:global\s+)?add\b(?P<rest2>[^|;&\n]*)")
"""A package manager told to install: what follows names the packages, or the URLs of their tarballs."""
GIST_UPLOAD = re.compile(r"\bgh\s+gist\s+(?:create|edit)\b")
"""GitHub's CLI publishing a gist (of a file, or of its stdin with `-`): what it is given is sent to github.com."""
URL_HOST = re.compile(r"^(?:(?:https?|wss?)://|" + RELAY_SCHEME + r")[\w.-]+\.[a-z]{2,}(?:[:/?#]|$)", re.I)
"""A URL (at the start of a string) naming a host."""
URL_HOST_PART = re.compile(r"^(?:[a-z][\w+.-]{1,9}://|" + RELAY_SCHEME + r")(?:[^@/?#]*@)?([^/?#:\s]+)", re.I)
"""The host of a URL of any scheme."""
IP_ECHO = re.compile(r"(^|//|\.)(api\d*\.ipify\.\w+|ipinfo\.io|ifconfig\.(me|co)|icanhazip\.com|checkip\.amazonaws\.com|"
                     r"ipecho\.net|myexternalip\.com|ip-api\.com|wtfismyip\.com|ident\.me|api\.myip\.com|ipapi\.co|"
                     r"ip\.sb|ipwho\.is|ipwhois\.app|freeipapi\.com|ipgeolocation\.io)([/:?]|$)", re.I)
"""Services that answer with the caller's public IP address (and location): recon packages ask them."""
REGISTRY_URL = re.compile(r"(?:^|//)(?:registry\.(?:npmjs\.(?:org|com)|yarnpkg\.com|npmmirror\.com|npm\.taobao\.org)|"
                          r"npm\.pkg\.github\.com)(?:[/:]|$)", re.I)
WALLET_PHRASE = re.compile(rb"(?i)\b(?:secret[ _-]?recovery|recovery|seed|mnemonic|backup)[ _-]?phrase\b")
"""A wallet's recovery phrase named in a file (its UI text, its prompts): there, `phrase` is that phrase."""
KEY_PUBLIC_METHOD = re.compile(r"^(to|get)\w*(Address|PublicKey|Pubkey)$|^sign(Message|Transaction|PersonalMessage|Data|TypedData)?$"
                               r"|^verify\w*$")
"""Methods of a key object that give what may travel: its address, its public key, a signature."""
PASSWORD_HASHERS = re.compile(rb"""['"](?:@node-rs/)?(?:bcrypt|bcryptjs|argon2|bcrypt-nodejs)['"]""")
"""A password-hashing library named as a module (required, imported, or a key of a table of modules)."""
DB_CLIENT_PATCH = re.compile(rb"""\b(?:Client|MongoClient|Pool|Connection)\.prototype\b|\[\s*['"](?:createConnection|createPool)['"]""")
"""A database client's prototype or connection factory named (patched by a require hook, or the driver's own): where
a `password` member is the connection's password."""
DB_CLIENT_WORDS = (b"Client.prototype", b"Pool.prototype", b"Connection.prototype", b"createConnection", b"createPool")
"""One of these is in every match of DB_CLIENT_PATCH (a plain search for them is many times faster)."""
AUTOMATION_LOGIN = re.compile(rb"""\.(?:type|fill)\(\s*[^,()]{1,80},\s*(?:[\w$]+\.)?(?:password|passwd|pass)\b""")
"""A browser-automation login (`page.type(sel, password)`, Playwright's `locator.fill(sel, opts.password)`): the file
holds the password of the account it logs in to."""
PASSWORD_NAME = re.compile(r"^_?(?:password|passwd|pass|pw|pwd|plain(?:text|_?password)?|clear_?text)$", re.I)
"""Names of a plaintext password, in a file that names a password-hashing library."""
AUTH_PLUGIN_METHOD = re.compile(rb"""\b(?:authenticate|adduser|add_user|changePassword|change_password)\s*\(\s*[\w$]+\s*,\s*"""
                                rb"""(?:password|passwd|pass|pwd|plain)\b""")
"""A server's authentication hook written by the package (a Verdaccio auth plugin's `authenticate(user, password, cb)`,
`adduser`, `changePassword`): it is handed each user's plaintext password."""
SYSTEM_PASSWORD_CHECK = re.compile(rb"""-authonly\b|['"]sudo['"]\s*,\s*\[\s*['"]-S['"]|\bsudo\s+(?:-\w+\s+)*-S\b""")
"""A password checked against the operating system: macOS's `dscl . -authonly user pass`, `sudo -S` fed on its stdin."""
KEY_MATERIAL_NAME = re.compile(r"^_?(secret_?key|secret_?access_?key|private_?key|priv_?key|mnemonic|seed_?phrase|secret_?phrase|"
                               r"recovery_?phrase)s?$", re.I)
"""Names of values that hold a wallet's or an account's private key material (an AWS key pair's `secretAccessKey` too:
the SDK signs with it and never sends it; its metadata-service provider carries the answered pair, field-insensitively,
in the options of its next request to that service, which the rules that judge keys sent do not count)."""
# A callback that keeps names by a constant prefix, anchored pattern or list (`/^debug_/i.test(k)`,
# `k.startsWith('npm_config_')`, `LIST.includes(k)`), or by a prefix its caller configures (`k.startsWith(prefix)`,
# `PREFIXES.some((p) => k.startsWith(p))`), possibly several joined by && or ||.
_KEEP = (r"/\^[^/\n]+/[gimsuy]*\.test\(\s*[\w$]+\s*\)|[\w$]+\.startsWith\(\s*(?:'[^']+'|\"[^\"]+\"|`[^`$]+`|[\w$.]+)\s*\)|"
         r"[\w$.]+\.some\(\s*\(?\s*[\w$]+\s*\)?\s*=>\s*[\w$]+\.startsWith\(\s*[\w$]+\s*\)\s*\)|"
         r"[\w$]+\.indexOf\(\s*(?:'[^']+'|\"[^\"]+\")\s*\)\s*===?\s*0|(?:[\w$.]+|\[[^\]]*\])\.includes\(\s*[\w$]+\s*\)|"
         r"[\w$]+\.match\(\s*/\^[^/\n]+/[a-z]*\s*\)|[\w$]+\s*===?\s*(?:'[^']*'|\"[^\"]*\")")
CONSTANT_FILTER = re.compile(r"^\(?\s*(?:" + _KEEP + r")\s*(?:(?:&&|\|\|)\s*(?:" + _KEEP + r")\s*|&&\s*!?[\w$.]+\s*)*\)?;?$")
"""(`&& v`: a kept name whose value is set; only with `&&`, which keeps no more)"""


def is_registry_url(value: str) -> bool:
    return REGISTRY_URL.search(value) is not None


def is_oob(value: str) -> bool:
    return EXFIL_URL.search(value) is not None

DECODER_CALL = re.compile(r"fromCharCode|atob\(|Buffer\.from\(|base64|\.reverse\(\)|\]\s*\.join\(\s*(?:\"\"|'')\s*\)")
"""A call that decodes text (char codes, base64, a reversed string, an array of literal pieces joined with nothing
between them: `["bu", "ild-", "rep", …].join("")`): what a line making a hidden string calls."""
