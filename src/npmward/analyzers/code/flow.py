"""Data flow: which values reach which calls, across functions and files.

Each file's walk builds a small graph: a node per variable (by the scope that declares it), per
function parameter and return value, per export table and per expression that carries something
(a source such as `os.hostname()`, a secret path, a read of a file). Edges say "the value of A
can become (part of) B"; a few nodes transform what they receive (`READ` turns "a path naming a
secret file" into "the content of a secret file"). `solve` propagates labels to a fixed point.

The analysis is flow-insensitive and field-insensitive (an object carries the labels of what is
written into it), which over-approximates within one program; precision comes from what *starts*
a flow: an environment read filtered by a constant prefix, a constant file name that is never
read, a socket on a file descriptor, a request to the configured registry are not sources or
sinks of secrets. Labels are bits of an int, so propagation is cheap.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from . import patterns as P

# --- labels -------------------------------------------------------------------------------------
ENV_OBJ = 1 << 0
"""`process.env` itself (reading a property of it gives that variable; sending it sends all)."""
ENV_ALL = 1 << 1
"""The whole environment serialised or enumerated with its values."""
ENV_KEYS = 1 << 2
"""The names of every environment variable (`Object.keys(process.env)`)."""
ENV_FILTERED = 1 << 3
"""Environment names kept by a constant prefix or list (`/^debug_/i.test(k)`)."""
ENV_SECRET = 1 << 4
"""The value of a credential variable (NPM_TOKEN, AWS keys, *SECRET*, *PASSWORD*, ...)."""
ENV_DYNAMIC = 1 << 5
"""`process.env[name]` for a name the analysis does not know."""
ENV_OTHER = 1 << 6
"""The value of a named variable that is not a credential (HOME, SHELL, npm_config_*)."""
SECRET_PATH = 1 << 7
"""A string naming a credential, wallet or browser-profile file (a name, not its content)."""
SECRET_DATA = 1 << 8
"""The content of such a file (read, or printed by a command)."""
HOST_NAME = 1 << 9
USER_NAME = 1 << 10
HOME_DIR = 1 << 11
NET_IFACES = 1 << 12
DNS_SERVERS = 1 << 13
CWD_PATH = 1 << 14
"""`process.cwd()`, `__dirname`: where the project lives (names the company in its path)."""
PKG_META = 1 << 15
"""A package.json read (the project's or the package's own: name, dependencies, resolved URL)."""
OS_INFO = 1 << 16
"""Platform, release, CPU: what installers need, weak as identity."""
REGISTRY = 1 << 17
"""The npm registry URL (constant, from `npm_config_registry` or `npm config get registry`)."""
OOB_HOST = 1 << 18
"""An out-of-band / collaborator / webhook / paste endpoint (data/oob-domains.txt and shapes)."""
RAW_IP = 1 << 19
"""A URL whose host is a public IP address."""
NET_HANDLE = 1 << 20
"""A request or socket object: what is written to it leaves the machine."""
CONST_NAMES = 1 << 21
"""An element of a constant list of names (iterated to read variables by name)."""
CONST_SECRET_NAME = 1 << 22
"""An element of a constant list that holds a credential variable's name."""
KEY_MATERIAL = 1 << 23
"""A value named like a private key, secret key, seed or mnemonic."""
RESOLVER = 1 << 24
"""A DNS resolver object (`new dns.Resolver()`): its resolve*/lookup methods send the name."""
OTHER_HOST = 1 << 26
"""A URL with a host that is not the npm registry's (and not out-of-band nor a raw IP)."""
BROWSER_SECRET = 1 << 27
"""The page's cookies or web storage (`document.cookie`, `localStorage`): sessions and tokens."""
CONFIG_PATH = 1 << 28
"""A path naming what other programs trust and read: the hosts file, package managers' config and
lockfiles, CI environment files ($GITHUB_ENV), editor tasks and AI-assistant rules: writing there
changes what they do."""
TEMP_PATH = 1 << 29
"""A path under the temporary directory (`os.tmpdir()`, `mkdtemp`): a scratch copy, nobody's config."""
PACKAGE_CODE = 1 << 30
"""A path into another package's code (`node_modules/axios/...`, the global npm's `lib/`)."""
LOOPBACK = 1 << 31
"""A request or socket to this machine (`localhost`, `127.0.0.1`, `::1`): what it carries stays here."""
DECRYPTED = 1 << 32
"""What a decipher gives (`crypto.createDecipheriv(...)`, its `update`/`final`): a payload kept
encrypted in the package until it runs."""
KEY_HOLDER = 1 << 33
"""An object with a private key among its fields (`{ SecretId, SecretKey }`, a wallet's config):
sending or serialising it sends the key; reading another of its fields (`creds.SecretId`) does not."""
BROWSER_ALL = 1 << 34
"""Web storage read by keys the code does not name (`localStorage.getItem(localStorage.key(i))`,
`cookieStore.getAll()`): every session and token of the page, not a library's own setting."""
ASSET_PATH = 1 << 35
"""The name of a file that holds no code: an image, a font, media (`assets/logo.png`)."""
ASSET_DATA = 1 << 36
"""What such a file holds once read: code run from it was hidden in the asset (steganography)."""
HOST_LITERAL = 1 << 37
"""A constant shaped like a bare host name (`api.example.com`): a destination once it is given as a
request's `host`/`hostname` (see HOSTED), wherever it came from (a default parameter, a field)."""
METADATA = 1 << 39
"""A cloud metadata endpoint (169.254.169.254, ECS's 169.254.170.2, metadata.google.internal): what it
answers are the instance's credentials (role keys, service-account tokens)."""
DECODED = 1 << 25
"""Data decoded from base64, hex or char codes, or code assembled from pieces: what eval should not run."""
UNPACKED = 1 << 38
"""Decoded from a constant of the package itself (`Buffer.from('aHR0cHM6…', 'base64')`): what it hides
from its readers, not data it decodes at run time (a data: URI of a request)."""
RECEIVED = 1 << 40
"""What a socket to another machine received (a `data`/`message` event's payload): whoever is at the
other end chose it."""
INBOUND = 1 << 41
"""What an HTTP request made to this program carries: the headers, cookies, query, body or URL of the
`req`/`ctx`/`request` a server hands its middleware. Whoever can reach the server chose it."""
PAGE_INPUT = 1 << 42
"""A page's element picked by selector, id or name (`document.querySelector('[name=cvc]')`, the list
`querySelectorAll` gives, a form): its `value` is what the user typed."""
TYPED = 1 << 43
"""What a user typed into a page's field: an element's `value` (jQuery's `.val()`), a form's `FormData`."""
PASSWORD = 1 << 44
"""A value named like a plaintext password (`password`, `plain`, `pw`) in a file that names a password-hashing library:
what the application hashes or checks with it."""
PARSED_ENV = 1 << 46
"""The variables of a parsed env file (`util.parseEnv(text)`, `dotenv.parse(text)` of a `.env` the code read): whole,
the file's secret content (read as SECRET_DATA, see `Graph.value`); one variable read by its name (`parsed.GITHUB_TOKEN`)
is that variable, as `process.env.GITHUB_TOKEN` is."""
SENT_REQUEST = 1 << 47
"""A request the application itself sends, as a diagnostics channel publishes it to subscribers
(`undici:request:create`): its headers (and the whole request) carry the application's API keys and tokens; its method,
origin and path are no secret."""
DEVTOOLS = 1 << 45
"""A browser's DevTools endpoint (Puppeteer's `browser.wsEndpoint()`): whoever can reach it drives the browser, its
logged-in sessions included."""
HANDLES = NET_HANDLE | RESOLVER | ENV_OBJ
"""What an object *is* rather than what it holds: it passes by aliasing (a variable, a property, a
spread into a new object), not into what a function computes from it or a collection it is put
in (`getContextFromEnv(process.env)` returns a context, not the environment)."""

IDENTITY = HOST_NAME | USER_NAME | HOME_DIR | NET_IFACES | DNS_SERVERS | CWD_PATH | PKG_META | ENV_KEYS
"""What dependency-confusion beacons collect about the host."""
SECRETS = ENV_ALL | SECRET_DATA
ENVIRONMENT = ENV_OBJ | ENV_ALL | ENV_KEYS | ENV_FILTERED | ENV_SECRET | ENV_DYNAMIC | ENV_OTHER
"""Every label that says a value came from the process environment."""
REMOTE = OOB_HOST | RAW_IP | OTHER_HOST
"""A URL somewhere else: what a request to it gives back carries it too."""
DESTINATIONS = REGISTRY | OOB_HOST | RAW_IP | OTHER_HOST
IDENTITY_NAMES = {HOST_NAME: "the host name", USER_NAME: "the user name", HOME_DIR: "the home directory",
                  NET_IFACES: "the network interfaces", DNS_SERVERS: "the DNS servers", CWD_PATH: "the working directory",
                  PKG_META: "package.json", ENV_KEYS: "the environment's variable names"}

# --- transforms ------------------------------------------------------------------------------------
UNION, READ, EXEC, MEMBER, ENV_INDEX, KEYS, SERIALIZE, FILTER, STORE, DATA, KEY_USED, HOLD, HOSTED, REQUEST, RECEIVE, LOOKUP, \
    KEY_OBJECT, ENV_PARSE = range(18)
"""What a node does with the union of its inputs (MEMBER's argument is the property name)."""


@lru_cache(maxsize=4096)
def classify_env(name: str) -> int:
    if P.SECRET_ENV.match(name):
        return ENV_SECRET
    if name in ("USER", "USERNAME", "LOGNAME"):
        return USER_NAME
    if name in ("HOME", "USERPROFILE"):
        return HOME_DIR
    if name in ("HOSTNAME", "COMPUTERNAME"):
        return HOST_NAME
    if name in ("npm_config_registry", "NPM_CONFIG_REGISTRY"):
        return REGISTRY
    if name in ("PWD", "INIT_CWD"):
        return CWD_PATH
    if name in ("GITHUB_ENV", "GITHUB_PATH", "BASH_ENV"):
        return CONFIG_PATH
    if name == "TEAMCITY_BUILD_PROPERTIES_FILE":
        return SECRET_PATH  # (the build's parameters, its secure ones with them: what a TeamCity harvester reads)
    return ENV_OTHER


def _transform(op: int, arg, labels: int) -> int:
    if op == UNION:
        return labels
    if op == READ:  # what a file holds: a secret file's content, an asset's bytes, or what was stored in it
        return (SECRET_DATA if labels & SECRET_PATH else 0) | (ASSET_DATA if labels & ASSET_PATH else 0) \
            | (labels & (SECRET_DATA | ENV_ALL))
    if op == DATA:  # what a function returns or a collection holds: the data, not the objects' kind
        return labels & ~HANDLES
    if op == KEY_USED:  # a key used where it is needed (a TLS credential, a token it signs): it does not travel
        return labels & ~(HANDLES | KEY_MATERIAL | KEY_HOLDER)
    if op == KEY_OBJECT:  # `Keypair.fromSecretKey(bytes)`: a key object made of what a key file held
        keyed = labels & (KEY_MATERIAL | SECRET_DATA | KEY_HOLDER)
        return (labels & ~keyed) | KEY_HOLDER if keyed else labels
    if op == HOLD:  # a field of an object literal: a key in it makes the object a key holder
        return (labels & ~KEY_MATERIAL) | KEY_HOLDER if labels & KEY_MATERIAL else labels
    if op == REQUEST:  # a request's URL or options unpacked from the package's constants, naming no host: another host
        return OTHER_HOST if labels & UNPACKED and not labels & DESTINATIONS else 0
    if op == LOOKUP:  # `TASKS[msg.task]`: a table's entry picked by a received key is the table's, not the sender's
        return labels & ~(RECEIVED | INBOUND)
    if op == RECEIVE:  # a socket's `data`/`message` payload: received from where the socket goes
        return RECEIVED | (labels & DESTINATIONS) if labels & NET_HANDLE and not labels & LOOPBACK else 0
    if op == HOSTED:  # a request's `host:` option: a host name given there is where it goes
        return (labels & ~HOST_LITERAL) | OTHER_HOST if labels & HOST_LITERAL else labels
    if op == STORE:  # a path that now holds what was written or copied there
        return (SECRET_PATH if labels & (SECRET_PATH | SECRET_DATA) else 0) | (labels & ENV_ALL)
    if op == EXEC:
        # A command given a secret file's path reads it (`cat ~/.npmrc`); one given a value taken from
        # such a file (`npm whoami --registry <registry from .npmrc>`) prints its own output.
        return SECRET_DATA if labels & SECRET_PATH else 0
    if op == ENV_PARSE:  # an env file's text parsed into its variables
        return (labels & ~SECRET_DATA) | PARSED_ENV if labels & SECRET_DATA else labels
    if op == MEMBER:
        return _member(arg, labels)
    if op == ENV_INDEX:  # a key the analysis cannot name gets ENV_DYNAMIC after the first pass
        # (the names of every variable that looks like a credential, picked from all of them by a pattern, give the
        # environment's credentials: a harvest, as the whole environment is)
        harvest = labels & ENV_FILTERED and labels & CONST_SECRET_NAME
        return (ENV_ALL if labels & ENV_KEYS or harvest else 0) | (ENV_SECRET if labels & CONST_SECRET_NAME else 0) \
            | (ENV_OTHER if labels & (CONST_NAMES | ENV_FILTERED) else 0)
    if op == KEYS:  # the key list of web storage names every key in it
        labels |= BROWSER_ALL if labels & BROWSER_SECRET else 0
        return (labels & ~ENV_OBJ) | ENV_KEYS if labels & ENV_OBJ else labels
    if op == SERIALIZE:
        if arg == "quoted":  # (decoded text JSON.stringify quotes is data in the code it is put into: a terminfo compiler's)
            labels &= ~(DECODED | UNPACKED)
        labels = (labels & ~KEY_HOLDER) | KEY_MATERIAL if labels & KEY_HOLDER else labels
        return (labels & ~ENV_OBJ) | ENV_ALL if labels & ENV_OBJ else labels
    if op == FILTER:
        return _kept(arg, labels)
    return labels


def _member(arg, labels: int) -> int:
    """What a property read (`obj.name`, `arg` the name) gives of what the object carries."""
    # Another field of a key holder is not the key (a key-named field is a key by its own name).
    labels &= ~KEY_HOLDER
    if labels & PARSED_ENV and arg is not None:
        labels = (labels & ~PARSED_ENV) | classify_env(arg)
    if labels & ENV_OBJ:
        labels = (labels & ~ENV_OBJ) | classify_env(arg)
    if labels & SENT_REQUEST and not labels & SECRET_DATA:
        # (its headers, and what is read from them, keep the mark beside their secret content, so a finding can say
        # whose headers were sent)
        labels &= ~SENT_REQUEST
        labels |= SENT_REQUEST if arg == "request" else SENT_REQUEST | SECRET_DATA if arg in ("headers", "rawHeaders") else 0
    if labels & PAGE_INPUT and arg == "value":  # (another field of an element, `form.elements`, is still the page's)
        labels = (labels & ~PAGE_INPUT) | TYPED
    return labels


def _kept(arg, labels: int) -> int:
    """What a filter keeps by name: the names it keeps, and the values of those variables (a loop's `if
    (k.startsWith('VITE_')) out[k] = v`), not the whole environment, unless it keeps them for being credentials."""
    if labels & ENV_ALL and arg != "secrets":
        labels = (labels & ~ENV_ALL) | ENV_OTHER
    return (labels & ~ENV_KEYS) | ENV_FILTERED if labels & ENV_KEYS else labels


@dataclass
class Graph:
    """Nodes with their own labels, a transform and incoming edges; solved once per package."""

    own: list[int] = field(default_factory=list)
    """Labels a node has by itself (a source)."""
    ops: list[int] = field(default_factory=list)
    args: list[object] = field(default_factory=list)
    preds: list[list[int]] = field(default_factory=list)
    """Incoming edges: nodes whose value flows into this one."""
    labels: list[int] = field(default_factory=list)
    """After `solve`: what reaches each node."""
    scopes: array = field(default_factory=lambda: array("i"))
    """The function each node was made in (-1: the file's top level): where a value comes from."""
    at: int = -1
    """The function the extractor is in now (the scope of the next node)."""

    def node(self, own: int = 0, op: int = UNION, arg: object = None) -> int:
        self.scopes.append(self.at)
        self.own.append(own)
        self.ops.append(op)
        self.args.append(arg)
        self.preds.append([])
        return len(self.own) - 1

    def edge(self, src: int | None, dst: int | None) -> None:
        if src is not None and dst is not None and src != dst:
            self.preds[dst].append(src)

    def union(self, sources: list[int | None], own: int = 0) -> int | None:
        """A node fed by `sources` (None when there is nothing to carry)."""
        present = [s for s in sources if s is not None]
        if not present and not own:
            return None
        if len(present) == 1 and not own:
            return present[0]
        made = self.node(own)
        for s in present:
            self.preds[made].append(s)
        return made

    def apply(self, op: int, sources: list[int | None]) -> int | None:
        """A node that transforms what `sources` carry by `op` (None when there is nothing to carry)."""
        present = [s for s in sources if s is not None]
        if not present:
            return None
        made = self.node(op=op)
        self.preds[made].extend(present)
        return made

    def extend(self, other: "Graph") -> int:
        """Append `other`'s nodes (their ids shifted by the returned offset)."""
        offset = len(self.own)
        self.scopes.extend(other.scopes)
        self.own.extend(other.own)
        self.ops.extend(other.ops)
        self.args.extend(other.args)
        # (a node without inputs, one in three, or with one, one in two, gets its new list without a comprehension of
        # its own)
        self.preds += [[preds[0] + offset] if len(preds) == 1 else [p + offset for p in preds] if preds else []
                       for preds in other.preds]
        return offset

    def solve(self) -> None:
        """Propagate labels along edges to a fixed point. Every transform keeps what it gave for a
        smaller input, so labels only grow and each node is re-examined only when an input grew.
        An environment index whose key turned out to be no known name reads an unknown variable:
        that is only known once the keys are solved, hence a second round."""
        # (the loops over every node and edge read locals: a package's graph has millions of nodes)
        own, ops = self.own, self.ops
        n = len(own)
        succs: list[list[int]] = [[] for _ in range(n)]
        self._succs = succs
        for dst, preds in enumerate(self.preds):
            for src in preds:
                succs[src].append(dst)
        self.labels = [0] * n
        self._propagate([i for i, (labels, op) in enumerate(zip(own, ops)) if labels or op != UNION])
        named = ENV_KEYS | CONST_SECRET_NAME | CONST_NAMES | ENV_FILTERED
        unknown = [i for i, op in enumerate(ops) if op == ENV_INDEX
                   and not self.incoming(i) & named and not self.labels[i] & ENV_DYNAMIC]
        for i in unknown:
            self.own[i] |= ENV_DYNAMIC
        self._propagate(unknown)

    def incoming(self, i: int) -> int:
        incoming = 0
        for p in self.preds[i]:
            incoming |= self.labels[p]
        return incoming

    def _propagate(self, work: list[int]) -> None:
        labels, own, ops, args, preds, succs = self.labels, self.own, self.ops, self.args, self.preds, self._succs
        pending = set(work)
        while work:
            i = work.pop()
            pending.discard(i)
            incoming = 0
            for p in preds[i]:  # (`incoming`, without a method call for each of millions of visits)
                incoming |= labels[p]
            op = ops[i]
            new = labels[i] | own[i] | (incoming if op == UNION else _transform(op, args[i], incoming))  # (most are unions)
            if new != labels[i]:
                labels[i] = new
                for s in succs[i]:
                    if s not in pending:
                        pending.add(s)
                        work.append(s)

    def value(self, node: int | None) -> int:
        labels = self.labels[node] if node is not None and node < len(self.labels) else 0
        # (a parsed env file, whole, is its content; a request the application sends, whole, carries its credentials)
        return labels | SECRET_DATA if labels & (PARSED_ENV | SENT_REQUEST) else labels
