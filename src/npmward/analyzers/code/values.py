"""Where values go: the flow graph of one file, built during the walk (see `flow.py`).

`value(node)` is the graph node an expression's value flows from (None when it carries nothing a
rule asks about); declarations, assignments, returns and call arguments add the edges. Names are
resolved by scope once the walk is done (functions and `var` are hoisted), through the chain of
enclosing functions; a name no function declares is the file's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tree_sitter import Node

from . import flow as F
from . import patterns as P
from .consts import DECOMPRESSORS, HOLE
from .strings import encoded_powershell

ARITHMETIC = {"-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>"}
MAX_VALUE_DEPTH = 40
"""Nesting followed into one expression; deeper parts are reached when the walk visits them."""
BOT_LIBRARIES = (b"discord.js", b"telegraf", b"grammy", b"node-telegram-bot-api", b"eris", b"@slack/bolt")
"""Chat-bot libraries whose client holds the bot's token (`client.token`)."""
BOT_CLIENT_API = (b".guilds.cache", b".channels.cache", b".user.tag")
"""What only a discord.js client has: a plugin handed the bot's client by its caller (an anti-crash handler with
discord.js as a peer dependency) uses the library without naming it."""
BOT_MARKS = BOT_LIBRARIES + BOT_CLIENT_API
"""What makes a file a bot's: the library named, or a discord.js client's API used."""
BOT_HOLDERS = {"client", "bot", "this.client", "this.bot"}
"""What a bot's code names its client (whose `token` is the bot's login, in a file that uses such a library)."""
KEY_SHAPES = re.compile(r"\{8[5-8],8[6-8]\}|\{6[34]\}\\d\{1,3\}")
r"""Regular expressions for a private key's shape: a Solana secret key in base58 (86-88 characters), a keypair file's
64 numbers (`(?:\d{1,3}\s*,\s*){63}\d{1,3}`). (A 64-digit hex string is as often a hash; a PEM key's header is
what key parsers look for, whose keys sign what is sent.)"""
RESPONSE_PARAMS = {"res", "response", "reply", "resp"}
"""What server frameworks name the response they hand a handler beside the request."""
WHOLE_VALUE_PARENTS = {"pair", "binary_expression", "template_substitution", "array"}
"""Where a value is put into a payload as it is (an object's field, a concatenation, a template, a list)."""
SOURCES = {"os.hostname": F.HOST_NAME, "os.userInfo": F.USER_NAME | F.HOME_DIR, "os.homedir": F.HOME_DIR,
           "os.networkInterfaces": F.NET_IFACES, "dns.getServers": F.DNS_SERVERS, "dns.promises.getServers": F.DNS_SERVERS,
           "process.cwd": F.CWD_PATH, "os.platform": F.OS_INFO, "os.release": F.OS_INFO, "os.type": F.OS_INFO,
           "os.arch": F.OS_INFO, "os.cpus": F.OS_INFO, "os.totalmem": F.OS_INFO, "os.version": F.OS_INFO,
           "os.machine": F.OS_INFO, "os.tmpdir": F.TEMP_PATH, "fs.mkdtempSync": F.TEMP_PATH, "fs.mkdtemp": F.TEMP_PATH,
           "fs.promises.mkdtemp": F.TEMP_PATH}
READS = {"fs.readFileSync", "fs.readFile", "fs.promises.readFile", "fs/promises.readFile", "fs.createReadStream",
         "fs-extra.readFile", "fs-extra.readFileSync", "fs-extra.readJson", "fs-extra.readJsonSync", "fs.readSync",
         "fs-extra.readJSON", "fs-extra.readJSONSync", "Bun.file", "Deno.readTextFile", "Deno.readFile"}
SERIALIZES = {"JSON.stringify", "Object.entries", "Object.values", "Object.assign", "querystring.stringify",
              "qs.stringify", "util.inspect", "new URLSearchParams", "URLSearchParams", "structuredClone",
              "Object.fromEntries", "v8.serialize",
              # (the object-spread helpers compilers emit, `{...a, b}` as `_objectSpread(_objectSpread({}, a), {}, {b})`:
              # Babel's loop over `arguments`, which the flow does not follow, tsc's and esbuild's alike)
              "_objectSpread", "_objectSpread2", "_extends", "__assign", "__spreadValues", "__spreadProps"}
KEY_LISTS = {"Object.keys", "Reflect.ownKeys", "Object.getOwnPropertyNames"}
TLS_CREDENTIALS = {"key", "cert", "pfx", "passphrase", "ca"}
"""Options that authenticate a TLS connection (`tls.connect`, `https.Agent`, `tls.createSecureContext`,
undici's `Agent({connect})`): the handshake proves the key, it does not send it."""
TLS_SETTINGS = TLS_CREDENTIALS | {"rejectUnauthorized", "ciphers", "secureProtocol", "minVersion", "maxVersion",
                                  "servername", "checkServerIdentity", "secureContext", "ALPNProtocols", "crl",
                                  "ecdhCurve", "honorCipherOrder", "requestCert", "sigalgs", "secureOptions"}
IDENTITY_COMMANDS = (("whoami", F.USER_NAME), ("hostname", F.HOST_NAME), ("id", F.USER_NAME), ("uname", F.OS_INFO),
                     ("git config", F.USER_NAME), ("npm config get registry", F.REGISTRY), ("npm config", F.REGISTRY),
                     ("pwd", F.CWD_PATH), ("ipconfig", F.NET_IFACES), ("ifconfig", F.NET_IFACES))


ASSET_FILE = re.compile(r"\.(png|jpe?g|gif|ico|bmp|webp|svg|woff2?|ttf|otf|eot|mp3|mp4|wav|ogg|pdf)$|"
                        r"^(\*|\$\{\*\})/(\.\./)?(README|CHANGELOG|CHANGES|HISTORY|LICEN[CS]E|AUTHORS|CONTRIBUTING)(\.(md|markdown|txt|rst))?$|"
                        r"^(\*|\$\{\*\})/(\.\./)*([\w.-]+/)*[\w.-]+\.d\.[cm]?ts$|"
                        r"^(\*|\$\{\*\})/(\.\./)*(test|tests|spec|__tests__)/(fixtures|vectors|data)(/\*)?$", re.I)
"""Files that hold no code (see F.ASSET_PATH): images, fonts, media, and the documents a package ships for its readers,
joined to the directory of the code that reads them (`path.join(__dirname, '..', 'README.md')`: the package's own
README; not a project's `{projectRoot}/CHANGELOG.md` that a release tool writes, nor the word `license`), its type
declarations (`index.d.ts`), which hold types for editors and nothing that runs, and its tests' fixtures
(`path.join(__dirname, '..', 'test', 'fixtures')`: data its tests read, where blind set 49's checksum library kept a
payload in a "corrupt stream" that a diff never shows)."""
BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+$")
"""A host name or IP address without a scheme (`api.example.com`, `203.0.113.5`)."""
INFLATES = {f"zlib.{method}" for method in DECOMPRESSORS}
"""Decompression: what a compressed file of the package hides is as unreadable as base64 (xz-utils'
"corrupt" test fixture held the stage)."""
HOST_TLDS = set("com net org io dev app co ai me xyz info biz us uk de ru cn in jp fr br nl eu cloud site online top tk ml ga "
                "cf gq pw cc ws ly gg tv link click live pro icu shop store tech space website club fun vip work "
                "example invalid test localhost".split())
"""Top-level domains a bare host name is recognised by when it travels to a request's `host` (see
HOSTED): `openssh.streamlocal`, `Cisco-1.25` and `index.js` are shaped like host names and are not."""
BARE_IPV4 = re.compile(r"^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$")
LOCAL_IPV4 = re.compile(r"^(127\.|10\.|0\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|2(2[4-9]|[3-5]\d)\.)")
"""Loopback, private, link-local, multicast and reserved addresses: this machine or its network, not a remote host."""
PLACES = F.DESTINATIONS | F.HOST_LITERAL
"""What a decoded or helper-made constant keeps: where a request goes, a URL's or a bare host name's."""
PUBLIC_RESOLVERS = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220"}
"""Public DNS resolvers: a socket to one of them finds the local address or resolves a name
(pac-resolver's `myIpAddress` connects to 8.8.8.8:53); they are not an attacker's raw-IP endpoint."""


EVENT_TARGETS = {"target", "currentTarget", "srcElement"}
"""An event's element (see `property_value`)."""


@lru_cache(maxsize=65536)
def classify_string(value: str) -> int:
    """Labels a constant string carries by what it names."""
    labels = 0
    if len(value) < 300:  # a path; longer strings are text or code
        if P.SECRET_PATHS.search(value) or SECRET_SCANNERS.search(value):
            labels |= F.SECRET_PATH  # (a secret scanner's binary: what running it prints is secrets)
        if P.TRUSTED_CONFIG.search(value):
            labels |= F.CONFIG_PATH
        if ASSET_FILE.search(value):
            labels |= F.ASSET_PATH
        if P.PACKAGE_DIR.search(value):
            labels |= F.PACKAGE_CODE
    if BARE_HOST.match(value) and value.rsplit(".", 1)[-1].lower() in HOST_TLDS:
        labels |= F.HOST_LITERAL
    elif BARE_IPV4.match(value) and not LOCAL_IPV4.match(value) and value not in PUBLIC_RESOLVERS:
        # A public IPv4 address written as it is names a raw-IP destination, as in a URL: where a socket goes
        # (`net.connect(7000, '203.0.113.9')`) or a command connects. Private, loopback and resolver addresses do not.
        labels |= F.HOST_LITERAL | F.RAW_IP
    if "://" in value or "." in value:
        if CLOUD_METADATA.search(value):
            labels |= F.METADATA
        if P.is_registry_url(value):
            labels |= F.REGISTRY
        elif P.is_oob(value):
            labels |= F.OOB_HOST
        elif P.RAW_IP_URL.search(value):
            labels |= F.RAW_IP
        elif P.URL_HOST.match(value):
            labels |= F.OTHER_HOST
        elif HOLE in value and (domain := _domain_under_holes(value)) is not None:
            labels |= classify_string("https://" + domain) & F.DESTINATIONS
    elif value.startswith("/") and P.is_oob(value):
        labels |= F.OOB_HOST  # (a request's `path` option alone names a Telegram bot's endpoint: `/bot<id>:<token>/send…`)
    return labels


CLOUD_METADATA = re.compile(r"(^|[/@])(169\.254\.169\.254|169\.254\.170\.2[3]?|metadata\.google\.internal|100\.100\.100\.200)(?![\d.])")
"""The link-local metadata services of AWS (IMDS, ECS, EKS Pod Identity), GCP, Azure, OCI and Alibaba."""
TOKEN_COMMANDS = re.compile(
    r"^\s*(gh\s+auth\s+token|gcloud\s+auth\s+(application-default\s+)?print-(access|identity)-token|"
    r"az\s+account\s+get-access-token|aws\s+(sts\s+get-session-token|configure\s+export-credentials|ecr\s+get-login-password)|"
    r"npm\s+token\s+(create|list)|vault\s+print\s+token|op\s+read|"
    r"security\s+find-(generic|internet)-password\b.*\s-w|secret-tool\s+lookup)\b")
"""Commands whose output is a credential: the CLIs print the token they hold for the user, macOS's keychain and the
Secret Service print a password they store (`security find-generic-password -s gh:github.com -w`)."""
PASSWORD_PROMPTS = re.compile(r"^\s*(\S*/)?(zenity\b.*--(password|forms)|kdialog\b.*--password|yad\b.*(:H|--hide-text)|"
                              r"osascript\b.*hidden answer|pinentry|ssh-askpass|systemd-ask-password)|"
                              r"\b(Get-Credential|PromptForCredential|CredUIPromptForCredentials)\b|"
                              r"Read-Host\b.*-AsSecureString", re.I | re.S)
"""A dialog that asks the user for a password: what it prints is the password typed (a fake "Authentication
Required" or "session expired" prompt is how stealers get the login password)."""


def asks_password(command: str) -> bool:
    """The command shows a password dialog (also inside the script of a `-EncodedCommand`)."""
    script = encoded_powershell(command)
    return PASSWORD_PROMPTS.search(command) is not None or (script is not None and PASSWORD_PROMPTS.search(script) is not None)


SECRET_SCANNERS = re.compile(r"(^|[/\\\s])(trufflehog|gitleaks|detect-secrets|noseyparker|ggshield)(\.exe)?(\s|$)")
"""Secret scanners: what they print is every credential they found (Shai-Hulud ran TruffleHog over $HOME)."""
DPAPI_DECRYPT = re.compile(r"ProtectedData\]::Unprotect\b|\bCryptUnprotectData\b|\bUnprotect-CmsMessage\b|"
                           r"\.GetNetworkCredential\(\)\.Password\b", re.I)
"""Scripts that decrypt what Windows keeps encrypted for the user (DPAPI, a SecureString): what they print is the
stored password in clear (a backup server's saved credentials, a browser's key)."""


def command_labels(command: str) -> int:
    """What the output of a constant command carries (`whoami`, `cat ~/.npmrc`, a secret scanner's findings)."""
    if (script := encoded_powershell(command)) is not None:
        command = f"{command}\n{script}"  # (what `powershell -EncodedCommand …` runs is the script it hides)
    labels = F.SECRET_DATA if P.SECRET_PATHS.search(command) or SECRET_SCANNERS.search(command) \
        or PASSWORD_PROMPTS.search(command) or DPAPI_DECRYPT.search(command) else 0
    if TOKEN_COMMANDS.search(command):
        labels |= F.ENV_SECRET  # (a token in use, like a credential variable: sent to its own API, it is not stolen)
    if P.GLOBAL_PREFIX.search(command):
        labels |= F.PACKAGE_CODE  # `npm root -g`: where the global npm's own code lives
    head = command.strip().lower()
    for prefix, label in IDENTITY_COMMANDS:
        if head == prefix or head.startswith(prefix + " "):
            labels |= label
    return labels


INLINE_SENDS = re.compile(r"""require\(\s*['"](?:node:)?(?:https?|http2|net|tls|dgram)['"]\s*\)|\bfetch\(|"""
                          r"""\bnew\s+(?:XMLHttpRequest|WebSocket)\b|\.sendBeacon\(""")
INLINE_HOST = re.compile(r"""\b(?:host|hostname)\s*:\s*['"]([^'"\s]{1,253})['"]""")
DOTTED_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def inline_sender(script: str) -> int:
    """What a process running `script` (`node -e script`) is, when the script makes a request (`http.request({ host:
    '203.0.113.41' })`, `fetch(url)`): a request like one the package makes, where the script's URLs and hosts say it
    goes. What the package writes to its stdin or gives it is sent there (an exit hook hands the environment to a
    detached `node -e` sender, as `exit` listeners cannot wait for sockets)."""
    if INLINE_SENDS.search(script[:20_000]) is None:
        return 0
    labels = 0
    for url in P.URL.findall(script[:20_000]):
        labels |= F.LOOPBACK if P.LOOPBACK.match(url) else classify_string(url) & F.DESTINATIONS
    for host in INLINE_HOST.findall(script[:20_000]):
        labels |= F.LOOPBACK if P.LOOPBACK.match(host) else F.RAW_IP if DOTTED_IP.fullmatch(host) \
            else classify_string(host) & (F.DESTINATIONS | F.HOST_LITERAL)
    return F.NET_HANDLE | (labels if labels else F.OTHER_HOST)


URL_HOST_BUILT = re.compile(r"^(?:(?:https?|wss?):)?//([^/?#:]*" + re.escape(HOLE) + r"[^/?#]*)")


def _domain_under_holes(pattern: str) -> str | None:
    """The domain a URL's host is built under (`//${chunk}.${i}.cdn-metrics.example/x`, `https://${id}.x.example`):
    what is built into the host goes to that domain's name servers and host."""
    match = URL_HOST_BUILT.match(pattern)
    domain = _tail_domain(match.group(1).split(":", 1)[0]) if match is not None else None
    return domain if domain is not None and classify_string(domain) & F.HOST_LITERAL else None


def _built_under_domain(pattern: str) -> int:
    """HOST_LITERAL for a name built under a domain the code writes (`${chunk}.${i}.x.example`)."""
    domain = _tail_domain(pattern) if "/" not in pattern.rsplit(HOLE, 1)[-1] else None
    return classify_string(domain) & F.HOST_LITERAL if domain is not None else 0


def _tail_domain(name: str) -> str | None:
    """The constant tail after a built name's last hole, when it is a whole domain (`.x.example`): where the name
    built before it is looked up."""
    tail = name.rsplit(HOLE, 1)[-1] if HOLE in name else ""
    return tail[1:] if tail.startswith(".") and not tail.endswith(".") else None


def _paths_in(constant: list[str]) -> int:
    """SECRET_PATH (CONFIG_PATH) for a constant list of file names one of which names a secret (a
    trusted config): `['.env', '.npmrc', 'id_rsa']`, each browser's policy directory, looped over; a list
    of mostly plain words (a bundled package.json's `keywords: ['dotenv', 'env', '.env', 'config']`) names
    no files. And where a list of URLs goes (its hosts' destination labels)."""
    out = 0
    for label in (F.SECRET_PATH, F.CONFIG_PATH):
        named = [v for v in constant if classify_string(v) & label]
        if named and 2 * sum(1 for v in constant if v in named or P.PATH_LIKE.search(v)) >= len(constant):
            out |= label
    urls = [v for v in constant if v.startswith(("https://", "http://", "wss://", "ws://"))]
    if urls and 2 * len(urls) >= len(constant):
        # A list of endpoints tried in turn (mirrors, RPC nodes, block explorers): each element is one of them.
        for v in urls:
            out |= classify_string(v) & (F.DESTINATIONS | F.METADATA)
    return out


VALUED = frozenset({"identifier", "this", "string", "template_string", "member_expression", "subscript_expression",
                    "call_expression", "new_expression", "binary_expression", "unary_expression", "ternary_expression",
                    "parenthesized_expression", "await_expression", "spread_element", "non_null_expression", "as_expression",
                    "satisfies_expression", "type_assertion", "sequence_expression", "yield_expression",
                    "assignment_expression", "augmented_assignment_expression", "object", "array"})
"""The expressions `Values._value` has a branch for: any other carries nothing (it gives None)."""
UNSEEN = object()
"""Not in `Values.memo` yet (None is a value there)."""
DECODING_ENCODINGS = ("base64", "hex", "base64url")
"""`Buffer.from(s, encoding)` with these decodes `s`; with none (or utf8) it only makes bytes of a string."""

# Asked for every name and property read, of names a package repeats: the answers for a name are kept.
@lru_cache(maxsize=65536)
def _key_name(name: str) -> bool:
    return P.KEY_MATERIAL_NAME.search(name) is not None


@lru_cache(maxsize=65536)
def _password_name(name: str) -> bool:
    return P.PASSWORD_NAME.match(name) is not None


TSC_TEMP = re.compile(r"_[a-z]\d*")
"""tsc's temporaries for optional chains and nullish defaults (`_a`, `_b`, … `_a1`)."""


class Values:
    """Mixin of the extractor: needs `graph`, `text`, `const`, `pattern`, `callee_name`, `out`."""

    def init_values(self) -> None:
        self.env_aliases: set[str] = set()
        """Names declared as `process.env` (`const env = process.env`): `env[k]` reads a variable as `process.env[k]` does."""
        self.memo: dict[int, int | None] = {}
        self.pending: list[tuple[int, int | None, str, bool]] = []
        """(graph node, scope, name, is_write) for each use of a name, resolved in `finish_values`."""
        self.vars: dict[tuple[int | None, str], int] = {}
        self.declared: dict[int | None, set[str]] = {}
        self.this_nodes: dict[str | None, int] = {}
        self.this_fields: dict[tuple[str | None, str], int] = {}
        self.stored: set[int] = set()
        """Nodes that hold what a file write or copy stored under a path, or what a method put into a
        collection: written through a parameter, they reach the caller's variable (`Func.stores`)."""
        self.wholes: list[tuple[int, int | None, str]] = []
        """(node, scope, name) for each use of a variable as a whole value (not as `name.prop`)."""
        self.bases: set[int] = set()
        """Identifier nodes that are the object of a member read (`o` in `o.prop`)."""
        self.own_this: set[int] = set()
        """Functions run on the spot that are not arrows (a bundle's module factory, a UMD wrapper, a
        callback): the `this` of the code in them is theirs, not the file's."""

    # --- names -------------------------------------------------------------------------------

    def declare(self, scope: int | None, name: str) -> int:
        self.declared.setdefault(scope, set()).add(name)
        return self.var(scope, name)

    def var(self, scope: int | None, name: str) -> int:
        key = (scope, name)
        node = self.vars.get(key)
        if node is None:
            node = self.vars[key] = self.graph.node()
        return node

    def use(self, scope: int | None, name: str) -> int:
        """A node fed by the variable `name` as seen from `scope`."""
        node = self.graph.node()
        self.pending.append((node, scope, name, False))
        return node

    def assign_name(self, scope: int | None, name: str, source: int | None) -> None:
        if source is not None:
            self.pending.append((source, scope, name, True))

    def this_owner(self, scope: int | None) -> str | None:
        """Whose `this` code in `scope` sees: its class's (the methods of a class share their fields);
        else that of the nearest enclosing function in `own_this`; else the file's, which ES5
        constructors and their prototype methods share. In a bundle, each module's factory has its
        own: a socket kept on `this` by one module is not what another module's `this` is."""
        while scope is not None:
            func = self.out.funcs[scope]
            if func.cls is not None:
                return func.cls
            if scope in self.own_this:
                return f"<function {scope}>"
            scope = func.parent
        return None

    def this_node(self, scope: int | None) -> int:
        cls = self.this_owner(scope)
        node = self.this_nodes.get(cls)
        if node is None:
            node = self.this_nodes[cls] = self.graph.node()
        return node

    def finish_values(self) -> None:
        # (where a name is declared, as seen from a scope, asked for every use of it: the declarations are all known)
        declaring: dict[tuple[int | None, str], int | None] = {}

        def declared(scope: int | None, name: str) -> int | None:
            found = declaring.get((scope, name), UNSEEN)
            if found is UNSEEN:
                found = declaring[scope, name] = self.declaring_scope(scope, name)
            return found

        for node, scope, name, write in self.pending:
            declared_in = declared(scope, name.partition(".")[0])
            target = self.var(declared_in, name)
            if write:
                self.graph.edge(node, target)
                root = name.partition(".")[0]  # (`acc.k = v` stores into `acc` as `acc[k] = v` does)
                if node in self.stored and declared_in is not None and root in self.out.funcs[declared_in].param_names:
                    func = self.out.funcs[declared_in]
                    func.stores.append((func.param_names.index(root), node))
            else:
                self.graph.edge(target, node)
        # A variable used as a whole (sent, serialised, passed on) carries what was written into its
        # fields (`o.t = token; send(o)`), as data: a field that holds a socket does not make `o` one.
        fields: dict[tuple[int | None, str], list[int]] = {}
        for (declared_in, name), var in self.vars.items():
            root, dot, _ = name.partition(".")
            if dot:
                fields.setdefault((declared_in, root), []).append(var)
        if not fields:
            return
        carried: dict[tuple[int | None, str], int] = {}
        for node, scope, name in self.wholes:
            key = (declared(scope, name), name)
            if key not in fields:
                continue
            if key not in carried:
                carried[key] = self.graph.node(op=F.DATA)
                for var in fields[key]:
                    self.graph.edge(var, carried[key])
            self.graph.edge(carried[key], node)

    def write_handle(self, scope: int | None, name: str) -> int:
        """A node whose value is written into the variable `name` (what a callee stores through it)."""
        node = self.graph.node()
        self.pending.append((node, scope, name, True))
        return node

    def declaring_scope(self, scope: int | None, name: str) -> int | None:
        while scope is not None:
            if name in self.declared.get(scope, ()):
                return scope
            scope = self.out.funcs[scope].parent
        return None

    # --- expressions -------------------------------------------------------------------------

    def rebound_locally(self, scope: int | None, name: str) -> bool:
        """A variable of an enclosing function other than the one an alias of a page global was made in has the alias's
        name: one function's `const d = document` is not another's `const d = e.data` (flat bindings, minified
        one-letter names). Module bindings give way too, in a file small enough to be one program (a minified CLI's
        `var e = require("fs")` and its loader's `var e = u()`); in a bundle they stay file-wide, as the rest of the
        analysis (a bundle's flow, field-insensitive, over-reaches when each function's own `e` is its own:
        drizzle-kit's AWS SDK request writer became a database dump)."""
        if name not in self.binding_scopes or (
                not self.one_program and self.bindings.get(name) not in P.PAGE_GLOBALS):
            return False
        found = self.declaring_scope(scope, name)
        return found is not None and found != self.binding_scopes[name]

    def shadowed_by_param(self, scope: int | None, name: str) -> bool:
        """A parameter of an enclosing function has the name of a module binding: minified code reuses one letter for
        `var e = require('fs')` and for a callback's `function (e) {…}`."""
        found = self.declaring_scope(scope, name)
        return found is not None and name in self.out.funcs[found].param_names

    def server_request(self, scope: int | None, name: str) -> bool:
        """`name` is the request parameter of a server's handler (`(req, res) => …`): a parameter of the function that
        declares it, beside a response parameter. (An HTTP client's request object emits `data` too: engine.io-client's
        polling `req.on('data', …)` is the server's answer.)"""
        found = self.declaring_scope(scope, name)
        params = self.out.funcs[found].param_names if found is not None else []
        return name in params and any(p in RESPONSE_PARAMS for p in params)

    def is_env(self, node: Node, scope: int | None) -> bool:
        """`process.env`, or a name that holds it (not a parameter of that name: `function (env) { env[k] }`)."""
        if self.is_text(node, "process.env"):
            return True
        if node.type != "identifier" or node.end_byte - node.start_byte >= 40:
            return False
        name = self.text(node)
        return name in self.env_aliases and not self.shadowed_by_param(scope, name)

    def tsc_chain_base(self, node: Node, obj: Node) -> Node | None:
        """The member chain a tsc temporary stands for in the down-levelled optional chain `(_a = X) === null || _a ===
        void 0 ? void 0 : _a.headers` (`X?.headers`), `X` itself the alternative of such a test when it is (`ctx?.req`:
        `ctx === null || ctx === void 0 ? void 0 : ctx.req`): a framework's request read through it is the request's."""
        if obj.type != "identifier" or obj.end_byte - obj.start_byte > 4 or TSC_TEMP.fullmatch(temp := self.text(obj)) is None:
            return None
        test = node.parent
        if test is None or test.type != "ternary_expression" or test.child_by_field_name("alternative") != node:
            return None
        left = test.child_by_field_name("condition")
        while left is not None and left.type == "binary_expression":
            left = left.child_by_field_name("left")
        inner = left.named_children[0] if left is not None and left.type == "parenthesized_expression" and left.named_child_count else None
        assigned = inner.child_by_field_name("left") if inner is not None and inner.type == "assignment_expression" else None
        if assigned is None or not self.is_text(assigned, temp):
            return None
        value = inner.child_by_field_name("right")
        if value is not None and value.type == "ternary_expression":
            value = value.child_by_field_name("alternative")
        return value if value is not None and value.type == "member_expression" else None

    def name_labels(self, name: str) -> int:
        """KEY_MATERIAL for a name that says it holds a private key or a seed (`privateKey`, `mnemonic`), or `phrase`
        or `secret` in a file that talks of a wallet's recovery phrase (an MCP server's form asking for it); PASSWORD for `password`, `plain` in a file that names a
        password-hashing library or a database client's prototype (`this.password` in a patched `connect`). (Not a
        PostgreSQL client's `secretKey`, its query-cancel key: see `cancel_key_file`.)"""
        if (_key_name(name) and not (self.cancel_key_file and name == "secretKey")) \
                or (self.phrase_file and name in ("phrase", "secret")):
            return F.KEY_MATERIAL
        return F.PASSWORD if self.holds_passwords and _password_name(name) else 0

    def value(self, node: Node | None, scope: int | None, depth: int = 0) -> int | None:
        if node is None or depth > MAX_VALUE_DEPTH:
            return None
        t = node.type
        if t == "regex" and KEY_SHAPES.search(self.text(node, 400)):
            # (what a regular expression for a private key's shape matches is a key: a stealer that greps the
            # project's files for them, blind set 44)
            return self.graph.node(F.KEY_MATERIAL)
        if t not in VALUED:
            return None  # (a number, a function literal, a regex: a third of what is asked, and nothing to make)
        key = node.id
        made = self.memo.get(key, UNSEEN)
        if made is UNSEEN:
            made = self.memo[key] = self._value(node, t, scope, depth + 1)
        return made

    def _value(self, node: Node, t: str, scope: int | None, depth: int) -> int | None:  # noqa: C901 - one branch per expression node type
        g = self.graph
        if t == "identifier":
            name = self.text(node, 200)
            if name in ("undefined", "NaN", "Infinity"):
                return None
            if name in ("__dirname", "__filename"):
                return g.node(F.CWD_PATH)
            if name in ("localStorage", "sessionStorage"):
                return g.node(F.BROWSER_SECRET)
            if name in self.bindings and not self.shadowed_by_param(scope, name) and not self.rebound_locally(scope, name):
                module = self.bindings[name]
                if module == "process.env":  # `import { env } from 'node:process'`, `const env = process.env` after it
                    return g.node(F.ENV_OBJ)
                if module in ("localStorage", "sessionStorage"):
                    return g.node(F.BROWSER_SECRET)
                if module.startswith("process.env.") and module.count(".") == 2:
                    # `import { env } from 'node:process'; const t = env.NPM_TOKEN`: a variable of the environment.
                    return g.node(F.classify_env(module[len("process.env."):]))
                return self.module_value(module) if module.startswith(".") else None
            own = self.name_labels(name)
            used = self.use(scope, name)
            if node.id not in self.bases:
                self.wholes.append((used, scope, name))
            return g.union([used], own) if own else used
        if t == "this":
            return self.this_node(scope)
        if t in ("string", "template_string"):
            text = self.const(node)
            if text is None or t == "template_string" and any(c.type == "template_substitution" for c in node.children):
                # (a template over constants folds, but what its parts carry stays: `http://${EDGE}/join` over a host
                # decoded from char codes is a URL the file hides)
                text = self.pattern(node) if text is None else text
                parts = [self.value(c.named_children[0], scope, depth) for c in node.children
                         if c.type == "template_substitution" and c.named_child_count]
                return g.union(parts, classify_string(text) | _built_under_domain(text))
            labels = classify_string(text) if isinstance(text, str) else 0
            return g.node(labels) if labels else None
        if t == "member_expression":
            return self.member_value(node, scope, depth)
        if t == "subscript_expression":
            obj = node.child_by_field_name("object")
            index = node.child_by_field_name("index")
            if obj is not None and self.is_env(obj, scope):
                key = self.const(index)
                if isinstance(key, str):
                    return g.node(F.classify_env(key))
                made = g.node(op=F.ENV_INDEX)
                g.edge(self.value(index, scope, depth), made)
                return made
            key = self.const(index) if obj is not None else None
            if isinstance(key, str) and key and not classify_string(key):
                # `document[_q(15)]`, `o['cookie']`: a constant key reads the property it names.
                return self.property_value(node, obj, key, scope, depth)
            # `table[x]`: what is looked up depends on `x` (base32/hex alphabets).
            looked_up = self.value(index, scope, depth)
            if looked_up is None:
                return self.value(obj, scope, depth)
            made = g.node(op=F.DATA)
            g.edge(self.value(obj, scope, depth), made)
            g.edge(g.apply(F.LOOKUP, [looked_up]), made)
            return made
        if t in ("call_expression", "new_expression"):
            made = self.call_value(node, scope, depth)
            if made is not None and t == "call_expression":
                info = self.call_info.get(node.id)
                name = info.name if info is not None else ""
                local = name in self.pure or name in self.decoders or name in self.text_decoders
                # (folded once: what a local helper or a join returns is both judged as code and a host)
                folded = self.const(node) if local or name.endswith((".toString", ".join")) else None
                decoded = self.decodes(node, name, folded)
                if decoded:
                    g.own[made] |= F.DECODED | (F.UNPACKED if self.unpacks_constant(node) else 0)
                    if folded is None:
                        folded = self.const(node)
                if (decoded or local) and isinstance(folded, str):
                    # A host decoded from constants, or returned by a local helper (`_([104, 116, …])`), is
                    # still where a request goes. What an obfuscator's string-array decoder returns is the string
                    # literal it stands for (`_0x4e1f('0x2a')` is '.aws/credentials'): all its labels. (A bare host
                    # name, given later as a request's `host:`, is a destination too.)
                    g.own[made] |= classify_string(folded) & (~0 if name in self.decoders else PLACES)
                elif folded is None and name in self.text_decoders:
                    for branch in self.branch_consts(node):
                        g.own[made] |= classify_string(branch) & PLACES
            return made
        if t == "binary_expression":
            operator = node.child_by_field_name("operator")
            op = self.text(operator, 3) if operator is not None else ""
            if op in ("+", "||", "??", "&&"):
                if op == "+":
                    shape = self.pattern(node)
                    own = classify_string(shape) if shape else 0
                else:
                    own = 0
                return g.union([self.value(node.child_by_field_name("left"), scope, depth),
                                self.value(node.child_by_field_name("right"), scope, depth)], own)
            if op in ARITHMETIC:
                # Encoders compute with the bytes they encode (`(v << 8) | buf[i]`): the result carries them.
                made = g.node(op=F.DATA)
                left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
                g.edge(self.value(left, scope, depth), made)
                g.edge(self.value(right, scope, depth), made)
                if op == "^" and (_cycled_key(left) or _cycled_key(right)):
                    g.own[made] |= F.DECRYPTED
                return made
            return None
        if t == "unary_expression" and node.named_child_count and self.text(node, 1) in ("-", "~", "+"):
            return self.value(node.named_children[-1], scope, depth)
        if t == "ternary_expression":
            return g.union([self.value(node.child_by_field_name("consequence"), scope, depth),
                            self.value(node.child_by_field_name("alternative"), scope, depth)])
        if t in ("parenthesized_expression", "await_expression", "spread_element", "non_null_expression",
                 "as_expression", "satisfies_expression", "type_assertion", "sequence_expression", "yield_expression"):
            return self.value(node.named_children[-1], scope, depth) if node.named_child_count else None
        if t in ("assignment_expression", "augmented_assignment_expression"):
            return self.value(node.child_by_field_name("right"), scope, depth)
        if t == "object":
            fields, spreads = [], []
            tls = self.is_tls_options(node)
            # (the keys are read only in an object whose source names a host or a TLS key: most name neither)
            keyed = tls or self.src.find(b"host", node.start_byte, node.end_byte) != -1
            for child in node.named_children:
                if child.type == "pair":
                    value = child.child_by_field_name("value")
                    part = self.value(value, scope, depth)
                    key = self.property_key(child) if keyed else ""
                    if key in ("host", "hostname"):
                        # `https.request({ host: INGEST, ... })`: a bare host name says where the request goes,
                        # written there (an IP address too) or reaching it (a default parameter, a field).
                        host = self.const(value) if value is not None else None
                        if isinstance(host, str) and BARE_HOST.match(host) and host not in PUBLIC_RESOLVERS:
                            part = g.union([part], classify_string("https://" + host) & F.DESTINATIONS)
                        part = g.apply(F.HOSTED, [part])
                elif child.type == "shorthand_property_identifier":
                    key = self.text(child, 200)
                    part = self.use(scope, key)
                    if key in ("host", "hostname"):
                        part = g.apply(F.HOSTED, [part])
                else:
                    if child.type == "spread_element":
                        spreads.append(self.value(child, scope, depth))
                    continue
                fields.append(g.apply(F.KEY_USED, [part]) if tls and key in TLS_CREDENTIALS else part)
            # What its fields hold, as the object holds it: a key among them makes it a key holder.
            return g.union([g.apply(F.HOLD, fields), *spreads])
        if t == "array":
            elements = node.named_children
            constant = self.const(node)
            if isinstance(constant, list) and constant and all(isinstance(v, str) for v in constant):
                secret = any(P.SECRET_ENV.match(v) for v in constant)
                return g.node(F.CONST_NAMES | (F.CONST_SECRET_NAME if secret else 0) | _paths_in(constant))
            return g.union([self.value(e, scope, depth) for e in elements])
        return None

    def property_key(self, pair: Node) -> str:
        key = pair.child_by_field_name("key")
        return self.text(key, 200).strip("'\"`") if key is not None else ""

    def is_tls_options(self, node: Node) -> bool:
        """An object literal that holds a private key (`key`, `pfx`) beside another TLS setting (a
        certificate, the CA, `rejectUnauthorized`, ciphers): the options of a TLS client, agent, secure
        context or dispatcher (grpc-js's secure context, openai's mTLS dispatcher). A key alone in an
        object (`{ key: secret }`, a request body) is not one."""
        if self.src.find(b"key", node.start_byte, node.end_byte) == -1 and self.src.find(b"pfx", node.start_byte, node.end_byte) == -1:
            return False  # (no name among its keys can be either)
        names = {self.property_key(c) if c.type == "pair" else self.text(c, 200)
                 for c in node.named_children if c.type in ("pair", "shorthand_property_identifier")}
        return bool(names & {"key", "pfx"}) and len(names & TLS_SETTINGS) > 1

    def unpacks_constant(self, call: Node) -> bool:
        """The decoder's input is a constant of the package (a literal, or a variable or expression
        that folds to one: `Buffer.from(SRC.split('').reverse().join(''), 'base64')`)."""
        args = call.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_child_count else None
        if first is None:
            return False
        value = self.const(first)
        return isinstance(value, (str, list)) and len(value) >= 8

    def decodes(self, call: Node, name: str, folded: object) -> bool:
        """`atob(x)`, `Buffer.from(x, 'base64'|'hex')`, `String.fromCharCode(...)`, or a call that folds to
        a string that reads like code (a local decoder, a reversed and joined array). `name`: the call's
        callee; `folded`: its constant value where the caller folded it (local helpers, joins)."""
        if name in ("atob", "String.fromCharCode", "String.fromCharCode.apply", "String.fromCodePoint") or name in INFLATES \
                or name in self.text_decoders:
            return True
        if name in ("parseInt", "Number.parseInt"):
            # `parseInt(bits, 2)`, `parseInt(pair, 16)`: bytes rebuilt from a bit or hex string (whitespace
            # steganography, hex chunks smuggled in request headers), or three from a base-36 word (`'441t4'`).
            args = call.child_by_field_name("arguments")
            return args is not None and args.named_child_count > 1 and self.const(args.named_children[1]) in (2, 16, 36)
        if name in ("Buffer.from", "buffer.Buffer.from"):
            args = call.child_by_field_name("arguments")
            encoding = self.const(args.named_children[1]) if args is not None and args.named_child_count > 1 else None
            return encoding in DECODING_ENCODINGS
        args = call.child_by_field_name("arguments")
        if name.endswith((".toString", ".join")) or (name in self.pure and args is not None and args.named_child_count):
            # (a local function decodes what it is given; one without arguments returns a constant)
            return isinstance(folded, str) and len(folded) > 20 and P.CODE_LIKE.search(folded) is not None
        return False

    def member_value(self, node: Node, scope: int | None, depth: int) -> int | None:
        obj = node.child_by_field_name("object")
        prop = node.child_by_field_name("property")
        if obj is None or prop is None:
            return None
        return self.property_value(node, obj, self.text(prop, 200), scope, depth)

    def property_value(self, node: Node, obj: Node, name: str, scope: int | None, depth: int) -> int | None:
        """What `obj.name` (or `obj['name']`) reads."""
        g = self.graph
        if obj.type == "identifier":
            root = self.text(obj, 40)
            if self.bindings.get(root) in P.PAGE_GLOBALS and not self.rebound_locally(scope, root):
                root = self.bindings[root]
            if root == "process" and name == "env":
                return g.node(F.ENV_OBJ)
            if root == "process" and name == "argv":
                return None
            if root == "document" and name == "cookie":
                # The whole jar put into a payload (`{ c: document.cookie }`, `'&c=' + document.cookie`) is
                # every cookie of the page; an SDK parses out its own (`document.cookie.split(';')`).
                parent = node.parent
                whole = parent is not None and parent.type in WHOLE_VALUE_PARENTS and not (
                    parent.type == "binary_expression" and not self.is_text(parent.child_by_field_name("operator"), "+"))
                return g.node(F.BROWSER_SECRET | (F.BROWSER_ALL if whole else 0))
            if root == "window" and name in ("localStorage", "sessionStorage"):
                return g.node(F.BROWSER_SECRET)
            if self.is_text(node, "module.exports") or root == "exports":
                return self.exports_node()
        if self.is_text(obj, "process.env"):
            return g.node(F.classify_env(name))
        if name == "token" and self.bot_library and self.text(obj, 20) in BOT_HOLDERS:
            # (`client.token` of a discord.js client, `bot.token` of Telegraf's: the bot's whole login)
            return g.node(F.ENV_SECRET)
        if P.SECRET_ENV.match(name) and self.names_env(obj) and not self.is_env(obj, scope):
            # (`context.env.NPM_TOKEN`, `({ env }) => env.GITHUB_TOKEN`: the environment a tool hands its plugins,
            # semantic-release's and electron-builder's; a credential variable read from it is one. An alias of
            # process.env is read as process.env is, below.)
            return g.node(F.ENV_SECRET | self.name_labels(name))
        if name == "environmentVariables" and self.reports:
            # (`process.report.getReport().environmentVariables`: every variable, read without naming process.env;
            # detect-libc and the napi loaders read the same report's `header.glibcVersionRuntime`)
            return g.node(F.ENV_OBJ)
        holder = self.tsc_chain_base(node, obj) or obj  # (`_a.headers` of tsc's `ctx?.req?.headers`: `ctx.req.headers`)
        own = 0
        if holder.end_byte - holder.start_byte <= P.REQUEST_HOLDER_LENGTH \
                and (name in P.REQUEST_FIELDS.get(held := self.text(holder, P.REQUEST_HOLDER_LENGTH), ())
                     or name in self.request_fields.get(held, ())) \
                and self.unbound_root(holder):
            # (and what the object carries: the `request.headers` a diagnostics channel hands its subscriber are the
            # application's own request's, see `flow.SENT_REQUEST`)
            own = F.INBOUND
        elif name == "cookie" and obj.type == "member_expression" and self.text(obj.child_by_field_name("property"), 8) == "headers":
            # (`t.headers.cookie`, whatever a minified server names its request: the Cookie header its sender wrote)
            return g.node(F.INBOUND)
        elif name in EVENT_TARGETS and self.listens and obj.type == "identifier" and self.unbound_root(obj):
            # (`t = e.target` in a page's input or blur listener: the field the user typed into; its `value` is
            # what they typed)
            return g.node(F.PAGE_INPUT)
        own |= self.name_labels(name)
        self.bases.add(obj.id)  # `o.prop` reads that field of `o`, not what its other fields hold
        inner = self.value(obj, scope, depth)
        field = self.field_read(obj, name, scope)
        if inner is None and field is None:
            return g.node(own) if own else None
        made = g.node(own, F.MEMBER, name)
        g.edge(inner, made)
        g.edge(field, made)
        return made

    def names_env(self, obj: Node) -> bool:
        """An object named `env` (`env`, `context.env`, `this.options.env`): an environment handed over."""
        if obj.type == "identifier":
            return self.is_text(obj, "env")
        return obj.type == "member_expression" and self.is_text(obj.child_by_field_name("property"), "env")

    def unbound_root(self, node: Node) -> bool:
        """The identifier a member chain starts from is not a module the file required."""
        while node.type == "member_expression":
            node = node.child_by_field_name("object")
        return node is not None and self.text(node, 40) not in self.bindings

    def field_read(self, obj: Node, prop: str, scope: int | None) -> int | None:
        """What was written to `obj.prop` by `obj.prop = v` (one level of fields is kept apart, so
        `this.env` and `this.socket` do not mix)."""
        if obj.type == "this":
            return self.this_field(scope, prop)
        if obj.type == "identifier" and obj.end_byte - obj.start_byte < 100:
            root = self.text(obj)
            if root in self.bindings or root in ("process", "module", "exports"):
                return None
            return self.use(scope, f"{root}.{prop}")
        return None

    def this_field(self, scope: int | None, prop: str) -> int:
        key = (self.this_owner(scope), prop)
        node = self.this_fields.get(key)
        if node is None:
            node = self.this_fields[key] = self.graph.node()
        return node

    def exports_node(self) -> int:
        if self.out.exports_node is None:
            self.out.exports_node = self.graph.node()
        return self.out.exports_node

    def module_value(self, spec: str) -> int:
        """The value of `require(spec)` for a file of the package (linked to its exports later)."""
        node = self.graph.node()
        self.out.imports.append((node, spec))
        return node

    # --- writes --------------------------------------------------------------------------------

    def bind_pattern(self, pattern: Node | None, source: int | None, scope: int | None, declare: bool) -> None:
        """`const {a, b: c} = v`, `[x, y] = v`, `x = v`: what each name receives from `source`."""
        if pattern is None:
            return
        t = pattern.type
        if t in ("identifier", "shorthand_property_identifier_pattern"):
            name = self.text(pattern, 200)
            if declare:
                self.graph.edge(source, self.declare(scope, name))
            else:
                self.assign_name(scope, name, source)
        elif t == "object_pattern":
            for child in pattern.named_children:
                if child.type == "shorthand_property_identifier_pattern":
                    self.bind_pattern(child, self.member_of(source, self.text(child, 200)), scope, declare)
                elif child.type == "pair_pattern":
                    key = child.child_by_field_name("key")
                    self.bind_pattern(child.child_by_field_name("value"),
                                      self.member_of(source, self.text(key, 200) if key is not None else ""), scope, declare)
                elif child.type == "object_assignment_pattern":
                    left = child.child_by_field_name("left")
                    self.bind_pattern(left, self.with_default(self.member_of(source, self.text(left, 200) if left is not None else ""),
                                                              child, scope), scope, declare)
                elif child.type == "rest_pattern" and child.named_child_count:
                    self.bind_pattern(child.named_children[0], source, scope, declare)
        elif t in ("array_pattern", "rest_pattern"):
            for child in pattern.named_children:
                self.bind_pattern(child, source, scope, declare)
        elif t in ("assignment_pattern",):
            self.bind_pattern(pattern.child_by_field_name("left"), self.with_default(source, pattern, scope), scope, declare)
        elif t in ("required_parameter", "optional_parameter"):
            self.bind_pattern(pattern.child_by_field_name("pattern"), source, scope, declare)
        elif t in ("member_expression", "subscript_expression"):
            self.write_into(pattern, source, scope)

    def with_default(self, source: int | None, pattern: Node, scope: int | None) -> int | None:
        """What `x = 'api.example'` (a parameter's or a destructured name's default) holds: what it
        is given, or the default (a client's default host is where it sends)."""
        return self.graph.union([source, self.value(pattern.child_by_field_name("right"), scope)])

    def member_of(self, source: int | None, name: str) -> int | None:
        if source is None:
            return None
        made = self.graph.node(self.name_labels(name), F.MEMBER, name)
        self.graph.edge(source, made)
        return made

    def write_into(self, target: Node, source: int | None, scope: int | None) -> None:
        """`x = v`, `a.b = v`, `a.b.c = v`, `a[k] = v`: where `v` goes. The first property under a
        variable or `this` is kept apart (`a.b`); deeper ones and computed keys go to that."""
        if source is None:
            return
        field = None
        node = target
        while node.type in ("member_expression", "subscript_expression", "parenthesized_expression", "non_null_expression"):
            inner = node.child_by_field_name("object") if node.type != "parenthesized_expression" else \
                (node.named_children[0] if node.named_child_count else None)
            if inner is None:
                return
            if self.is_text(node, "module.exports") or (inner.type == "identifier" and self.is_text(inner, "exports")):
                self.graph.edge(source, self.exports_node())
                return
            if node.type == "member_expression":
                prop = node.child_by_field_name("property")
                field = self.text(prop, 200) if prop is not None else None
            elif node.type == "subscript_expression":
                field = None
            node = inner
        if node.type in ("assignment_expression", "augmented_assignment_expression"):
            # `(found[kind] ??= new Set()).add(key)`: what goes into the collection goes where it is kept.
            left = node.child_by_field_name("left")
            if left is not None:
                self.write_into(left, source, scope)
            return
        if node.type == "identifier":
            root = self.text(node, 200)
            self.assign_name(scope, f"{root}.{field}" if field else root, source)
            if node is not target:
                # `acc[p] = b.toString('base64')` in `collect(dir, acc)`: what a function puts into an object it is
                # handed is in the caller's object after the call (a stealer's recursive walk filling `files`), a store
                # through the parameter as a collection's `push` is (see `finish_values`)
                self.stored.add(source)
        elif node.type == "this":
            self.graph.edge(source, self.this_field(scope, field) if field else self.this_node(scope))


def _cycled_key(node: Node | None) -> bool:
    """`key[i % key.length]`, `k[i % 3]`: a key's bytes taken in turn, what a repeating-key XOR deciphers a payload with.
    (Read from the tree, not with `strings.XOR_KEYED`, which folds constants and so needs the key's name: a key cycled
    by a constant length is the same cipher.)"""
    if node is None or node.type != "subscript_expression":
        return False
    index = node.child_by_field_name("index")
    operator = index.child_by_field_name("operator") if index is not None and index.type == "binary_expression" else None
    return operator is not None and operator.type == "%"
