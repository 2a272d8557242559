"""Calls: what a call's value carries, where its arguments go, and what it may run.

A call is recorded once (`call_value` is memoised by node) with the graph nodes of its arguments
and receiver, so rules can ask what reaches a sink, and as a call site for reachability
(`reach.py`): a local function by name, a method by property name, an export of another file of
the package, or a function passed by name as a callback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from tree_sitter import Node

from . import flow as F
from . import patterns as P
from .behaviours import websocket_url
from .consts import HOLE, PATH_JOINS
from .functions import FUNCTIONS
from .program import CallSite
from .values import KEY_LISTS, READS, SERIALIZES, SOURCES, asks_password, classify_string, command_labels, inline_sender

BUILTIN_GLOBALS = {"process", "console", "Promise", "Object", "JSON", "Math", "Buffer", "window", "document", "globalThis",
                   "global", "Reflect", "Array", "String", "Number", "Date", "Symbol", "Error", "navigator", "location",
                   "self", "module", "require", "Intl", "Map", "Set", "WeakMap", "Atomics", "performance"}
"""Runtime globals: a method called on them (`console.log(x)`) does not make them hold `x`."""
STANDARD_OBJECTS = frozenset({"JSON", "Math", "Object", "Reflect", "Array", "String", "Number", "Date", "Symbol",
                              "Promise", "Intl", "Atomics", "BigInt", "Boolean", "console", "crypto"})
"""The language's own objects: `JSON.parse(x)` and `Math.random().toString(36)` call no function of the package, even
when a bundle holds a `parse` or a `toString` (a polyfill assigns `JSON.parse = …` by name, and that one is); nor does
the runtime's Web Crypto (`crypto.subtle.sign(alg, key, data)` is no bundled `sign` method: @auth0/auth0-react's DPoP
proof handed its private key to one)."""
EVENT_METHODS = {"emit", "on", "once", "addListener", "prependListener"}
SOCKET_DATA_EVENTS = {"data", "message", "stanza"}
"""Events whose handler gets what a socket received (XMPP clients hand each incoming `stanza`). Not a request's `upgrade`:
in a bundle that carries a WebSocket library, the label then reaches every process the bundle starts (wrangler,
playwright-core)."""
REQUEST_STREAMS = {"req.on", "request.on", "req.once", "request.once"}
"""A server handler's request read as a stream (`req.on('data', (c) => body += c)`): its chunks are the body its sender wrote."""
WINDOW_LISTENERS = {"window.addEventListener", "self.addEventListener", "globalThis.addEventListener", "addEventListener"}
"""A page's (or worker's) own listeners: its `message` event carries what another window or frame posted, whoever
framed or opened the page (INBOUND, as a request to a server)."""
MUTATORS = {"push", "unshift", "add", "set", "append", "splice", "concat", "assign", "put", "enqueue", "write", "addFile",
            "connect", "submit"}
"""Methods that keep what they are given in the object they are called on (`zip.addFile(name, data)`; a client's
`connect({ host })`, form-data's `form.submit({ host, path })`: where what it is given, or was, goes)."""
CLIENT_FACTORIES = re.compile(r"^((axios|got|ky)(\.default)?\.(create|extend)|(discord\.js|@discordjs/\w+)\.WebhookClient"
                              r"|@slack/webhook\.IncomingWebhook|node-telegram-bot-api|@xmpp/client\.client|mqtt\.connect(Async)?)$")
"""HTTP clients made with a base URL (`axios.create({ baseURL })`), and chat platforms' webhook and bot clients
(discord.js's `new WebhookClient({ id, token })`), XMPP and MQTT clients: the client is a request handle bound to that host, so what its
`post`/`put`/`request`/`send`/`sendMessage` are given is sent there. Making one sends nothing (its default headers,
or its token, are credentials for that host)."""
PACKERS = {"file", "directory", "addLocalFile", "addLocalFolder"}
"""Archive methods given a path (archiver's `file`/`directory`, adm-zip's `addLocal*`; JSZip's `file` is
given the data): the archive holds what the file holds."""
STORAGE_READS = {"localStorage.getItem", "sessionStorage.getItem", "window.localStorage.getItem",
                 "window.sessionStorage.getItem", "cookieStore.get", "cookieStore.getAll", "document.cookie.split"}
WEBEXT_COOKIES = {"chrome.cookies.getAll": True, "browser.cookies.getAll": True, "chrome.cookies.get": False,
                  "browser.cookies.get": False}
"""A browser extension's cookie reads (whether of every cookie of the domain or store it asks for)."""
FILE_NAME = re.compile(r"[\w.-]{1,80}\.[A-Za-z0-9]{1,8}")
"""A file name with an extension (no hole of a pattern: `${*}.json` names no one file)."""
JAR_READS = {"getCookieStringSync", "getCookieString", "getCookiesSync", "getCookies"}
"""A cookie jar's reads (tough-cookie's `CookieJar`): an HTTP client reads the jar for the URL it requests."""
CDP_COOKIE_READS = {"Network.getAllCookies", "Storage.getCookies", "Network.getCookies"}
"""DevTools protocol commands that answer with the browser's cookies (a CDP session's `send(method)`)."""
STORAGE_KEYS = {"localStorage.key", "sessionStorage.key", "window.localStorage.key", "window.sessionStorage.key"}
SERVER = re.compile(r"^(net|tls|http|https|http2)\.create(Secure)?Server$")
ARCHIVERS = {"tar", "zip", "7z", "7za", "gtar", "bsdtar"}
"""Commands that pack files into an archive (see `Calls.archive`)."""
TAR_PACKS = {"tar.c", "tar.create", "tar.default.c", "tar.default.create"}
"""node-tar's pack calls (`tar.c({ file: out, cwd: home }, ['.android/adbkey', ...])`): the archive written to `file`,
and the stream returned, hold what the listed paths name."""
MAIL_PROGRAM = re.compile(r"(?:^|/)(?:sendmail|msmtp|ssmtp|mailx|mutt)$|(?:^|/)mail(?:\s+-s\b|$)")
"""A program that sends mail: what is written to its stdin (`spawn(sendmail, ['-t', '-oi']).stdin.end(message)`) leaves
the machine, to whatever address the message names (a postinstall mailing credential files through the machine's own
MTA, no socket of its own)."""
INLINE_FLAGS = {"-e", "--eval", "-p", "--print"}
"""Node's flags that take the script to run as the next argument."""
MAX_INLINE_SCRIPTS = 8
MAX_INLINE_SCRIPT = 200_000
"""How many `node -e` scripts of a file are judged as code, and how much of each (see `link_inline_scripts`)."""
CHILD_ENV_READ = re.compile(r"""process\.env\.([A-Za-z_$][\w$]*)|process\.env\[\s*['"]([^'"]+)['"]\s*\]""")
LOADER_HOOKS = ("initialize", "resolve", "load")
"""Exports of a module registered with `module.register` that Node calls (customization hooks)."""
SESSION_STREAMS = {"request"}
"""Methods that open a stream on a connection they are called on (an HTTP/2 session's `request`)."""
PATTERN_METHODS = {"replace", "replaceAll", "split"}
"""String methods whose first argument is what they look for, not what they give: `msg.replace(token, '[redacted]')`
and `msg.split(token).join('***')` take the secret out of the message (a redactor), they do not put it in."""
BUNDLED = "webpack:"
"""Prefix of the name of a webpack bundle's own module (`webpack:944`)."""
COPIES = {"fs.copyFileSync", "fs.copyFile", "fs.cpSync", "fs.cp", "fs.promises.copyFile", "fs.promises.cp",
          "fs-extra.copy", "fs-extra.copySync", "fs.renameSync", "fs.rename"}
STORES = COPIES | {"fs.writeFileSync", "fs.writeFile", "fs.appendFileSync", "fs.appendFile", "fs.promises.writeFile",
                   "fs.promises.appendFile", "fs-extra.writeFile", "fs-extra.writeFileSync", "fs-extra.outputFile",
                   "fs-extra.outputFileSync", "fs-extra.writeJson", "fs-extra.writeJsonSync"}

NON_CALLING = {"util.inherits", "inherits", "_inherits", "__extends", "_defineProperty", "__publicField", "__name",
               "_classCallCheck", "_createClass", "__export", "_export", "__exportStar", "_setPrototypeOf", "String",
               "Array.isArray", "Promise.resolve", "Boolean", "expect", "assert", "_typeof", "Symbol"}
"""Calls that take a function as a value and do not call it: defining, naming, exporting, inheriting,
printing it (`Object.assign(Postgres, {...})` does not run Postgres)."""
NON_CALLING_PREFIXES = ("Object.", "Reflect.", "console.", "JSON.", "assert.", "util.deprecate")

LOCAL_CONNECTS = {"net.connect", "net.createConnection"}
"""Without a host these connect to a Unix socket or a port of this machine."""
POSITIONAL_HOST = {"net.connect", "net.createConnection", "tls.connect"}
"""Socket makers given `(port, host, ...)`."""
HOST_VARIABLE = re.compile(r"(?i)^(host(name)?|addr(ess)?|ip|server|remote|target|broker|peer)s?$|(host|addr)$")
"""A variable named like the host `net.connect(port, host)` dials."""
CALLBACK_NODES = {"arrow_function", "function_expression", "function", "identifier"}
"""What a connect callback can be written as (an identifier that is no constant host)."""

SECRET_FILTER = re.compile(r"^\(?\s*/[^/\n]*(passw|secret|token|api_?key|credential)[^/\n]*/[a-z]*\.test\(\s*[\w$]+\s*\)\s*\)?;?$", re.I)
"""A filter callback that keeps credentials by a pattern (`(l) => /secret|password|username/i.test(l)`)."""
KEY_FILE_NAME = re.compile(r"^(private_?)?key_?(path|file(name)?)$|^(tls|ssl|https|server)_?key(_?(path|file))?$|"
                           r"^private_?key_?(path|file|pem)$", re.I)
"""Names of a private key file's path (`keyPath`, `tls_key_file`, `privateKeyPath`)."""
KEPT_NAMES = re.compile(r"""['"`]([^'"`]{1,64})['"`]|/\^\(?([\w|]{1,300})""")
"""The names or prefixes a filter's test keeps: quoted, or the alternatives of an anchored pattern (`/^(AWS_|AZURE_)/`)."""
CLOUD_PREFIXES = {"AWS_", "AZURE_", "ARM_", "GOOGLE_", "GCP_", "GCLOUD_", "DIGITALOCEAN_", "HEROKU_", "VAULT_",
                  "INPUT_", "CUSTOMCONNSTR_", "SQLAZURECONNSTR_", "SQLCONNSTR_", "MYSQLCONNSTR_", "POSTGRESQLCONNSTR_"}
"""Prefixes of credential variables: a cloud's, a GitHub Action's inputs (`with: token: …`), App Service's connection
strings. Names kept by one of them are kept for being credentials."""
MAPPERS = {"map", "flatMap"}
REGISTRARS = re.compile(r"^register[A-Z]\w*$")
"""A host application's registration of a plugin's class or function (Homebridge's `registerPlatform`,
`registerAccessory`): the host constructs or calls what it is given."""
SCHEDULERS = {"queueMicrotask", "setImmediate", "setTimeout", "process.nextTick", "globalThis.queueMicrotask"}
"""Calls that run the function they are given soon after the code that calls them, once."""
"""Array methods whose result is what the callback returns."""
CALLBACK_METHODS = {"filter", "map", "forEach", "reduce", "some", "every", "find", "flatMap", "then", "catch",
                    "finally", "on", "once", "addListener", "addEventListener", "prependListener", "use", "sort"}


@dataclass(slots=True)
class CallInfo:
    name: str
    args: tuple[int | None, ...]
    receiver: int | None
    result: int | None
    this_arg: bool = False
    """Called through `.call(thisArg, ...)`: the first argument is `this`, not the function's."""


def _filter_test(self, fn: Node) -> str | None:
    """The one expression a filter callback returns (`k => /^debug_/i.test(k)`, `k => k.startsWith('npm_')`,
    `k => LIST.includes(k)`), which says what it keeps: names by a constant prefix, pattern or list (`CONSTANT_FILTER`),
    or lines and names that look like credentials (`SECRET_FILTER`)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    if body.type == "statement_block":
        statements = [c for c in body.named_children if c.type != "comment"]
        if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_child_count:
            return None
        body = statements[0].named_children[0]
    return self.text(body, 300)


def _with_env(script: str, env: dict[str, str]) -> str:
    """`script` with its reads of the variables in `env` replaced by their values, quoted."""
    return CHILD_ENV_READ.sub(lambda m: json.dumps(env[m[1] or m[2]]) if (m[1] or m[2]) in env else m[0], script)


def unparenthesized(node: Node) -> Node:
    """`(function () {...})` is the function it wraps."""
    while node.type == "parenthesized_expression" and node.named_child_count:
        node = node.named_children[0]
    return node


TOOLCHAIN_SECTIONS = {"dylink", "dylink.0", "name", "producers", "target_features", "sourceMappingURL",
                      "external_debug_info", "linking", "emscripten_metadata"}
"""Custom sections of WebAssembly that compilers and loaders write and read (dynamic linking, names, build metadata)."""
XHR_PROGID = re.compile(r"^(MSXML2\.(Server)?XMLHTTP|Microsoft\.XMLHTTP|WinHttp\.WinHttpRequest)\b", re.I)
"""The COM classes Windows Script Host's scripts make HTTP requests with."""


MADE_AS_REQUEST = re.compile(rb"(?<![\w$.])([\w$]+)\s*=\s*new\s+(?:XMLHttpRequest|ActiveXObject)\b")
"""A variable assigned a new XMLHttpRequest (or JScript's ActiveX one)."""


@lru_cache(maxsize=8192)
def _by_name(name: str, short: str, is_new: bool) -> tuple[bool, bool, int, int]:
    """What a callee's name alone says of its call (asked for every call, of names a package repeats: cached):
    it starts a process; it computes a digest; and, for a function the analysis does not model, the labels and the
    operation of the value it gives (see the last branch of `call_value`)."""
    own = F.NET_HANDLE if P.NETWORK_CALLS.match(name) or short in P.ELEMENTS or CLIENT_FACTORIES.match(short) \
        else F.RESOLVER if short in P.RESOLVERS else F.DECRYPTED if P.DECIPHER.search(short) \
        else F.RECEIVED if P.DNS_TEXT.search(short) or P.QUEUE_READS.search(short) else F.RECEIVED | F.OTHER_HOST if P.CHAIN_STORAGE.search(short) \
        else F.DEVTOOLS if short.endswith(".wsEndpoint") else 0
    if short.rsplit(".", 1)[-1] in P.ELEMENT_LOOKUPS or short in ("$", "jQuery"):
        own |= F.PAGE_INPUT  # (`document.querySelector(sel)`, `form.querySelectorAll('input')`, jQuery's `$(sel)`)
    # A JSON Web Token made with a key (`githubAppJwt({ id, privateKey })`, `createJwt(...)`) carries
    # its claims and a signature, not the key.
    # (and tweetnacl's `nacl.sign.detached(message, secretKey)`: the signature alone)
    signs = P.TOKEN_SIGNER.search(short.rsplit(".", 1)[-1]) is not None or short.endswith("sign.detached")
    maker = "new " + short if is_new else short.rsplit(".", 1)[-1]
    op = F.KEY_USED if signs else F.KEY_OBJECT if P.KEY_FACTORY.search(maker) else F.UNION
    return P.EXEC_CALLS.match(short) is not None, P.DIGESTS.search(short) is not None, own, op


@lru_cache(maxsize=4096)
def _acts(name: str) -> bool:
    """A global callee that reads, runs or sends (asked for every call of a plain name: cached)."""
    return name in SOURCES or name in READS or name in ("eval", "Function") or P.NETWORK_CALLS.match(name) is not None \
        or P.EXEC_CALLS.match(name) is not None


ENV_PARSERS = {"util.parseEnv", "dotenv.parse", "dotenv.default.parse"}
"""What parses an env file's text into its variables (see `flow.PARSED_ENV`)."""
FORWARDED_LISTENERS = {"on", "once", "addListener", "addEventListener"}
"""The listener methods a wrapper may hand its (event, handler) on to (see `Calls.note_event_forwarder`)."""


WORKERS = {"Worker", "SharedWorker", "window.Worker", "self.Worker", "globalThis.Worker"}
"""A page's worker threads, by the names code reaches them through (see `Calls.blob_script`)."""


class Calls:
    """Mixin of the extractor (needs the `Values` and `Bindings` mixins and `out`)."""

    def note_event_forwarder(self, name: str, fn: Node) -> None:
        """A small function that hands its first two parameters on to an object's listener method (`(ev, fn) =>
        ws.addEventListener ? ws.addEventListener(ev, fn) : ws.on(ev, fn)`): its calls register listeners on that
        object (see `call_value`)."""
        params = fn.child_by_field_name("parameters")
        body = fn.child_by_field_name("body")
        if params is None or body is None or params.named_child_count != 2 or body.end_byte - body.start_byte > 300 \
                or not all(p.type == "identifier" for p in params.named_children):
            return
        wanted = [self.text(p, 200) for p in params.named_children]
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type == "call_expression":
                callee, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
                prop = callee.child_by_field_name("property") if callee is not None and callee.type == "member_expression" else None
                if prop is not None and self.text(prop, 40) in FORWARDED_LISTENERS and args is not None \
                        and [self.text(a, 200) for a in args.named_children] == wanted:
                    self.event_forwarders[name] = callee
                    return
            stack.extend(node.named_children)

    def init_calls(self) -> None:
        self.call_info: dict[int, CallInfo] = {}
        self.event_forwarders: dict[str, Node] = {}

    def names_key_file(self, path: Node) -> bool:
        """The path given to a read is named for a private key's file (`opts.keyPath`, `privateKeyFile`, `tlsKey`): what
        the read gives is that key, wherever the caller keeps it."""
        if path.type == "member_expression":
            path = path.child_by_field_name("property") or path
        return path.type in ("identifier", "property_identifier") and KEY_FILE_NAME.match(self.text(path, 60)) is not None

    def named_list(self, array: Node) -> list[str] | None:
        """The names an array literal lists, when it lists two or more plain names and nothing else."""
        items = [c for c in array.named_children if c.type != "comment"]
        if len(items) < 2 or len(items) > 32 or any(c.type != "identifier" for c in items):
            return None
        return [self.text(c, 200) for c in items]

    def kept_by(self, test: str | None, source: int | None, read: bool, secrets: bool = True) -> int | None:
        """What a filter keeps of `source` when its test says which names it keeps (a callback's `k =>
        k.startsWith('VITE_')`, a loop's `if (k.startsWith(prefix))`), or None for any other test. A loop that keeps
        the variables named like secrets (`secrets` False) reads as the whole environment, which it sends."""
        if test is None:
            return None
        secret = SECRET_FILTER.match(test) is not None or any(
            F.classify_env(prefix) & F.ENV_SECRET or prefix.upper() in CLOUD_PREFIXES
            for quoted, pattern in KEPT_NAMES.findall(test) for prefix in (quoted, *pattern.split("|")) if prefix)
        if secret and not secrets or not secret and P.CONSTANT_FILTER.match(test) is None:
            return None
        kept = self.graph.node(op=F.FILTER, arg="secrets" if secret else None)
        self.graph.edge(source, kept)
        if secret:
            # `readFileSync(conf).split('\n').filter((l) => /secret|password/i.test(l))`: the lines kept for being
            # credentials; `Object.keys(process.env).filter((k) => /TOKEN|SECRET/.test(k))`: the secret variables' names.
            self.graph.own[kept] |= F.SECRET_DATA if read else F.CONST_SECRET_NAME
        return kept

    def client_request_channel(self, short: str, arg_nodes: list[Node]) -> bool:
        """`diagnostics_channel.subscribe('undici:request:create', fn)`: `fn` is handed each request the application
        sends (fetch's, http's), whose headers carry its API keys and tokens (an LLM usage meter that keeps the
        `authorization` headers of the calls it meters, blind set 47; see `flow.SENT_REQUEST`). Telemetry reads their
        method and origin."""
        return short == "diagnostics_channel.subscribe" and bool(arg_nodes) \
            and self.const(arg_nodes[0]) in P.CLIENT_REQUEST_CHANNELS

    def call_value(self, node: Node, scope: int | None, depth: int) -> int | None:  # noqa: C901 - one branch per kind of callee (sources, sinks, decoders, modules)
        g = self.graph
        is_new = node.type == "new_expression"
        callee = node.child_by_field_name("constructor" if is_new else "function")
        args_node = node.child_by_field_name("arguments")
        arg_nodes = [a for a in args_node.named_children if a.type != "comment"] if args_node is not None else []
        if callee is None:
            return None
        if callee.type == "call_expression" and self.is_text(callee.child_by_field_name("function") or callee, "await"):
            # `await (0, x.run)(cwd)` in a script (not a module) parses as a call of `await` with the
            # arguments `0, x.run`: the call is of the last of them, as with the comma operator.
            inner = callee.child_by_field_name("arguments")
            if inner is not None and inner.named_child_count:
                callee = inner.named_children[-1]
        module = None if is_new else self.required_module(node)
        if module is not None:
            self.out.requires.append((scope, module))
            if self.bundle_loader(callee):
                # The bundle's own loader: it runs the factory of the module it is asked for.
                self.out.calls.append(CallSite(scope, "name", "__webpack_require__"))
            if module.startswith("."):
                own = F.PKG_META if module.endswith("package.json") else 0
                return g.union([self.module_value(module)], own)
            return g.node(F.PKG_META) if module.endswith("package.json") else None
        name = self.callee_name(callee)
        if callee.type == "identifier" and self.shadows_builtin(name, scope):
            # A parameter or local named like a global (nx's `fetchSupportsOptionalUpdates(fetch, name)`
            # is handed its registry reader as `fetch`): whatever it holds, it is not the global.
            name = "local:" + name
        this_arg = not is_new and name.endswith(".call") and _acts(name[:-5])
        if this_arg:
            # `require('child_process').exec.call(null, cmd)`: exec, called with `this` set.
            name, arg_nodes = name[:-5], arg_nodes[1:]
        if is_new:
            name = "new " + name
        args = tuple([self.value(a, scope, depth) for a in arg_nodes])  # (a list is built faster than a generator runs)
        if scope is not None and arg_nodes and arg_nodes[0].type == "identifier" \
                and P.KEY_TAKER.match(name.rsplit(".", 1)[-1]) is not None:
            self.key_parameter(scope, self.text(arg_nodes[0], 80))
        receiver = None
        method_call = callee.type == "member_expression" or (callee.type == "subscript_expression" and (
            "[" not in name or isinstance(self.const(callee.child_by_field_name("index")), str)))
        if method_call:
            # (`sock[_0x(18)](...)`: a method picked by a name the analysis folds is that method; also on an array
            # literal, `[…]['forEach'](fn)`)
            receiver = self.value(callee.child_by_field_name("object"), scope, depth)
        short = name.removeprefix("new ")
        method = short.rsplit(".", 1)[-1]
        runs_program, digest, own, op = _by_name(name, short, is_new)
        if is_new and not own and arg_nodes and self.names_websocket_scheme and websocket_url(self.const(arg_nodes[0])):
            own = F.NET_HANDLE  # (`new WS('wss://…')`: a WebSocket, whatever name its class is kept under)
        elif short.endswith("WebAssembly.Module.customSections") and len(arg_nodes) >= 2 \
                and (section := self.const(arg_nodes[1])) is not None and str(section) not in TOOLCHAIN_SECTIONS:
            # (a custom section the code names, which no toolchain writes, carries any bytes, none of them code for
            # JavaScript to run: blind set 50's feature probe kept a XORed script in one; Emscripten's loader reads
            # `dylink`)
            own = F.ASSET_DATA
        elif is_new and short == "ActiveXObject" and arg_nodes and XHR_PROGID.match(str(self.const(arg_nodes[0]))):
            own = F.NET_HANDLE  # (JScript's XMLHttpRequest: `new ActiveXObject('MSXML2.ServerXMLHTTP.6.0')`)
        fallback: int | None = None
        result: int | None
        if short in SOURCES:
            result = g.node(SOURCES[short])
        elif self.telegram_client and short.endswith("session.save") and not arg_nodes:
            # A Telegram client's saved StringSession logs in as the account, 2FA and all: a key, as a wallet's is.
            result = g.node(F.KEY_MATERIAL)
        elif short in READS:
            constant = self.const(arg_nodes[0]) if arg_nodes else None
            shape = constant if isinstance(constant, str) else (self.pattern(arg_nodes[0]) if arg_nodes else "")
            result = g.node((F.PKG_META if shape.endswith("package.json") else 0)
                            | (F.SECRET_DATA if arg_nodes and self.names_key_file(arg_nodes[0]) else 0), F.READ)
            g.edge(args[0] if args else None, result)
            if arg_nodes and (read_name := self.file_name(arg_nodes[0], shape)) is not None:
                self.out.read_files.append((read_name, result))
        elif runs_program:
            self.record_run_file(short, arg_nodes, scope)
            constant = self.const(arg_nodes[0]) if arg_nodes else None
            line = constant
            if isinstance(constant, str) and len(arg_nodes) >= 2 and arg_nodes[1].type == "array":
                # `execFileSync('gcloud', ['auth', 'print-access-token'])`: the program and its constant arguments
                rest = self.const(arg_nodes[1])
                if isinstance(rest, list) and all(isinstance(a, str) for a in rest):
                    line = " ".join([constant, *rest])
                elif asks_password(prompt := " ".join([constant, *(a for a in map(self.const, arg_nodes[1].named_children)
                                                                   if isinstance(a, str))])):
                    line = prompt  # (`zenity --password '--text=' + message`: a message built at run time)
                else:  # (`['find-generic-password', '-s', service, '-w']`: what it prints depends on its constants)
                    line = " ".join([constant, *(a if isinstance(a, str) else HOLE for a in map(self.const, arg_nodes[1].named_children))])
            result = g.node((command_labels(line) if isinstance(line, str) else 0)
                            | (F.RECEIVED | F.OTHER_HOST if self.dumps_a_page(node) else 0), F.EXEC)
            self.inline_script(result, arg_nodes, scope)
            if arg_nodes and MAIL_PROGRAM.search(constant if isinstance(constant, str) else self.text(arg_nodes[0], 40)):
                g.own[result] |= F.NET_HANDLE | F.OTHER_HOST
            for a in args[:2]:
                g.edge(a, result)
            if isinstance(constant, str) and constant in ARCHIVERS and len(arg_nodes) >= 2 and arg_nodes[1].type == "array":
                self.archive(arg_nodes[1], scope)
        elif is_new and short in WORKERS and arg_nodes and (script := self.blob_script(arg_nodes[0])) is not None:
            # `new Worker(URL.createObjectURL(new Blob([SRC])))`: a thread running a script of the file; when that script
            # makes a request, what is posted to the worker is sent (a skimmer's beacon kept off the page's thread).
            result = g.node()
            self.inline_scripts.append((result, script, scope))
        elif short in ENV_PARSERS and args:
            result = g.apply(F.ENV_PARSE, list(args[:1]))
        elif short in SERIALIZES:
            # (JSON.stringify writes a string as a quoted literal: code made of it holds the text as data)
            result = g.node(op=F.SERIALIZE, arg="quoted" if short == "JSON.stringify" else None)
            for a in args:
                g.edge(a, result)
        elif short in KEY_LISTS:
            result = g.node(op=F.KEYS)
            for a in args:
                g.edge(a, result)
        elif short.endswith(".filter") and arg_nodes and arg_nodes[0].type in ("arrow_function", "function_expression", "function") \
                and (kept := self.kept_by(_filter_test(self, arg_nodes[0]), receiver,
                                          "readFile" in self.text(callee.child_by_field_name("object") or callee, 300))) is not None:
            result = kept
        elif short in STORAGE_READS:
            # Read by every key: `cookieStore.getAll()`, or `getItem(k)` where `k` comes from the
            # storage's own key list (`localStorage.key(i)`, `for (k in localStorage)`), which the flow
            # carries as BROWSER_ALL. An SDK's `getItem(storageKey)` reads the key it is given.
            result = g.node(F.BROWSER_SECRET | (F.BROWSER_ALL if short == "cookieStore.getAll" else 0))
            if short.endswith(".getItem") and args:
                g.edge(args[0], result)
        elif short in STORAGE_KEYS:
            result = g.node(F.BROWSER_SECRET | F.BROWSER_ALL)
        elif method == "key" and receiver is not None and len(arg_nodes) == 1 and not is_new:
            # `store.key(i)` on a storage handed in (`scan(localStorage)`): Web Storage's key list read by index, every
            # key of it when the receiver is web storage (see KEYS)
            result = g.node(op=F.KEYS)
            g.edge(receiver, result)
        elif (jar := self.cookie_jar_read(short, method, arg_nodes)) is not None:
            result = g.node(jar)
        elif short in PATH_JOINS:
            # `path.join(home, '.config', 'solana', 'id.json')`: the joined path names what the parts do not.
            result = g.node(classify_string(self.join_shape(arg_nodes)))
            for a in args:
                g.edge(a, result)
        elif short in STORES and len(args) >= 2:
            # A file written or copied to a path now holds what was written: reading it back, or
            # uploading the directory it is in, sends that.
            result = None
            stored = g.node(op=F.STORE)
            self.stored.add(stored)
            g.edge(args[0] if short in COPIES else args[1], stored)
            if short in COPIES and arg_nodes[1].type == "identifier":
                # `copyFileSync(path.join(__dirname, 'lib', 'd.js'), target)`: running `target` runs d.js.
                copied = self.package_file(arg_nodes[0])
                if copied is not None:
                    self.copied_files[self.text(arg_nodes[1], 200)] = copied
            self.taint_path(arg_nodes[1] if short in COPIES else arg_nodes[0], stored, scope)
            if (stored_name := self.file_name(arg_nodes[1] if short in COPIES else arg_nodes[0])) is not None:
                self.out.stored_files.append((stored_name, stored))
        elif short in TAR_PACKS and len(args) >= 2 and arg_nodes[0].type == "object":
            result = stored = g.node(op=F.STORE)
            self.stored.add(stored)
            g.edge(args[1], stored)
            for pair in arg_nodes[0].named_children:
                if pair.type == "pair" and self.property_key(pair) == "file" and pair.child_by_field_name("value") is not None:
                    self.taint_path(pair.child_by_field_name("value"), stored, scope)
        elif (short in P.REQUEST_GETTERS or short in P.H3_REQUEST_READERS) and self.unbound_root(callee) \
                or short in P.H3_REQUEST_GETTERS:
            result = g.node(F.INBOUND)  # one header or cookie of a request this server received
        elif digest:
            result = None  # a hash or an HMAC says nothing about what it was computed from
        else:
            # Unknown functions pass on what they are given (JSON.parse, Buffer.from, encoders, ...).
            # The result is a plain node (a resolved callee's return flows in as it is); what the
            # arguments give an unknown function reaches it as data.
            hosted = None
            if own == F.NET_HANDLE and len(arg_nodes) >= 2 and short in POSITIONAL_HOST and arg_nodes[1].type not in FUNCTIONS:
                # `net.connect(port, host)`: the second argument is where the socket goes (see HOSTED), and so where what
                # is written to the socket is sent.
                hosted = g.apply(F.HOSTED, [args[1]])
                args = (args[0], hosted, *args[2:])
            if own == F.NET_HANDLE and arg_nodes:
                url = self.const(arg_nodes[0])
                if isinstance(url, str) and P.IP_ECHO.search(url):
                    own |= F.NET_IFACES  # the answer is the host's public address
                if self.local_connection(short, arg_nodes) or SERVER.search(short):
                    # (a server's sockets answer whoever connected: the code chooses no destination;
                    # nx's plugin worker answers its host over `net.createServer((socket) => ...)`)
                    own |= F.LOOPBACK
            result = g.node(own, op)
            if own & F.NET_HANDLE and args and args[0] is not None:
                # A request to where the code decodes (its first argument: the URL or the options)
                # goes to another host, and what it answers comes from there.
                hidden = g.node(op=F.REQUEST)
                g.edge(args[0], hidden)
                g.edge(hidden, result)
            g.edge(hosted, result)
            if (short.endswith(".val") and not arg_nodes and receiver is not None) or (short == "FormData" and is_new and args):
                # jQuery's `$(sel).val()`, `new FormData(form)`: what the user typed into the element or the form.
                typed = g.node(op=F.MEMBER, arg="value")
                g.edge(receiver if receiver is not None else args[0], typed)
                g.edge(typed, result)
            fallback = g.node(op=F.DATA)
            # (`keypair.toSuiAddress()`, `wallet.signTransaction(tx)`: what a key object's public accessors and
            # signers return is not the key, as its other fields are not; see KEY_USED)
            public = receiver is not None and P.KEY_PUBLIC_METHOD.match(method) is not None
            given = args[1:] if method in PATTERN_METHODS and receiver is not None and method_call else args
            for a in ((g.apply(F.KEY_USED, [receiver]) if public else receiver), *given):
                g.edge(a, fallback)
            if method == "open" and len(args) >= 2 and receiver is not None and self.opens_request(callee):
                # `xhr.open('GET', url)`: the request object goes where the URL says, and what it answers
                # (`xhr.responseText`) comes from there.
                self.write_into(callee.child_by_field_name("object"), args[1], scope)
            if method in SESSION_STREAMS:
                # `session.request(headers)` on `http2.connect(url)`: a stream of the session, which
                # goes where the session goes (what is written to it is sent).
                g.edge(receiver, result)
        # (only files that declare a table of functions look at the callee's text: this runs for every call)
        table = self.text(callee.child_by_field_name("object"), 200) \
            if self.function_tables and callee.type == "subscript_expression" else ""
        if table in self.function_tables:
            # `steps[i++]()`: one of the table's functions runs here (for reachability, as if the call
            # emitted an event the table's functions handle) and what it returns is the call's value.
            self.table_calls.append((result, self.function_tables[table]))
            self.listeners.setdefault("[]" + table, self.function_tables[table])
            self.emitters.setdefault("[]" + table, []).append(scope)
        self.call_info[node.id] = CallInfo(name, args, receiver, result, this_arg)
        literal = unparenthesized(callee)
        if literal.type in FUNCTIONS:
            self.immediate_calls[literal.id] = (args, result)
            self.bind_iife_constants(literal, arg_nodes)
        site = self.record_call_site(callee, name, is_new, scope, args, result)
        if site is not None and site.kind in ("name", "module", "member"):
            # Function literals handed over: their function ids are known once the walk has entered
            # them (see `finish`).
            site.handed = tuple([(i, a.id) for i, a in enumerate(arg_nodes) if a.type in FUNCTIONS])
        if fallback is not None and literal.type not in FUNCTIONS:
            # (a function literal called where it is written returns what its body returns, linked in `finish`: Se's
            # `return function (e) { … return 'PS256' }(key)` gives a name, not the key it reads the name from)
            if site is not None and site.kind in ("name", "module", "new"):
                site.fallback = fallback  # used only if the callee is not a function of the package
            else:
                g.edge(fallback, result)
        if self.out.calls and self.out.calls[-1].result == result and result is not None:
            self.out.calls[-1].writes = tuple([
                self.write_handle(scope, self.text(a)) if a.type == "identifier" and a.end_byte - a.start_byte < 200
                and self.text(a) not in self.bindings else None for a in arg_nodes])
        # What a callback receives: the call's result (a read's content, a command's output, the
        # elements of the list it iterates, a response).
        if self.event_forwarders and callee.type == "identifier" \
                and (forward := self.event_forwarders.get(self.text(callee, 200))) is not None:
            # `on('message', (m) => handle(ws, m))` where `const on = (ev, fn) => ws.addEventListener(ev, fn)`: the
            # handler is ws's listener (isomorphic code that takes the browser's WebSocket or the `ws` package's).
            short = self.callee_name(forward)
            method = short.rsplit(".", 1)[-1]
            receiver = self.value(forward.child_by_field_name("object"), scope, depth)
        event = self.const(arg_nodes[0]) if arg_nodes and method in EVENT_METHODS else None
        if short.endswith(".emit") and isinstance(event, str):
            # `bus.emit('data', secret)` reaches every `bus.on('data', handler)` of the file.
            self.emitted.setdefault(event, []).extend(args[1:])
            self.emitters.setdefault(event, []).append(scope)
        imported = self.imported_then(callee) if short.endswith(".then") else None
        # `socket.on('message', (m) => ...)`, `ws.addEventListener('message', handle)`: the handler also receives what
        # the other end sent. A TLS socket's or agent's `keylog` line is a session's secret (NSS key log format): with it
        # the captured traffic of that connection can be decrypted.
        listened = event if event is not None or not arg_nodes or not short.endswith(".addEventListener") \
            else self.const(arg_nodes[0])
        given = g.union([result, g.node(F.INBOUND)]) if listened == "message" and short in WINDOW_LISTENERS \
            or listened == "data" and short in REQUEST_STREAMS and self.server_request(scope, short.split(".", 1)[0]) \
            else g.union([result], F.SECRET_DATA) if listened == "keylog" and not short.endswith(".emit") \
            else g.union([result, g.apply(F.RECEIVE, [receiver])]) \
            if isinstance(listened, str) and listened in SOCKET_DATA_EVENTS and not short.endswith(".emit") and receiver is not None \
            else g.union([result], F.SENT_REQUEST) if self.client_request_channel(short, arg_nodes) \
            else result
        if self.executors and arg_nodes and arg_nodes[-1].type == "identifier" and scope is not None:
            # (`new Promise((resolve) => chrome.cookies.getAll(q, resolve))`: the callback is the executor's resolve)
            self.handed_names.append((scope, self.text(arg_nodes[-1], 200), given))
        for a in arg_nodes:
            fn = unparenthesized(a)
            if fn.type in ("arrow_function", "function_expression", "function", "generator_function"):
                self.callback_inputs.setdefault(fn.id, []).append(given)
                if imported is not None:
                    self.bind_module_param(fn, imported)
                    imported = None
                if isinstance(event, str) and not short.endswith(".emit"):
                    self.listeners.setdefault(event, []).append(fn.id)
                if is_new and short == "Promise":
                    self.executors[fn.id] = result
                if short.endswith("__awaiter") and scope is not None:
                    # tsc's `function log(m) { return __awaiter(this, arguments, void 0, function* (message) {…}) }`:
                    # the generator is called with the function's own arguments.
                    self.awaited[fn.id] = scope
            elif fn.type == "identifier" and fn.end_byte - fn.start_byte < 200 and short not in NON_CALLING \
                    and not short.startswith(NON_CALLING_PREFIXES):
                # A function passed by name runs when the callee calls it (timers, events, promises).
                # Array and promise methods hand it their elements or value (the call's result here).
                handed = (given,) if method in CALLBACK_METHODS or given != result else ()  # (or a listener's own input)
                # (`urls.map(grab)` is what `grab` returns; a promise's `then(handler)` by reference is
                # left out: a shared handler's merged return would reach every chain that uses it)
                gives = result if method in MAPPERS else None
                target = self.bindings.get(self.text(fn), "") if short in SCHEDULERS or REGISTRARS.match(method) else ""
                if target.startswith(("./", "../")):
                    # (an export of another module of the package, imported by name and scheduled:
                    # `queueMicrotask(checkNotices)`, or registered with the host application, which constructs or
                    # calls it: `api.registerPlatform('X', Platform)`. Not an event's handler: a tracer's
                    # `process.on('exit', flush)` runs at exit, and its exporter is no more a load-time request than before.)
                    self.out.calls.append(CallSite(scope, "module", "", target, False, handed, gives))
                else:
                    self.out.calls.append(CallSite(scope, "ref", self.text(fn), None, False, handed, gives))
        # A collection holds what is added to it (`queue.push(x)`, `found.add(m)`, `form.append(k, v)`).
        if method_call and any(a is not None for a in args) and (method in MUTATORS or method in PACKERS):
            target = callee.child_by_field_name("object")
            if target is not None and not self.is_builtin(target):
                stored = g.node(op=F.DATA)
                for a in args:
                    g.edge(a, stored)
                if method in PACKERS:
                    read = g.node(op=F.READ)
                    for a in args:
                        g.edge(a, read)
                    stored = g.union([stored, read])
                # A helper that fills the collection it is given (`addProfile(zip, dir)` calling
                # `zip.addFile(...)`) fills the caller's: kept as a store through the parameter.
                self.stored.add(stored)
                self.write_into(target, stored, scope)
        return result

    def dumps_a_page(self, call: Node) -> bool:
        """A process started, in a function that names `--dump-dom` (or in a callback written in one: a promise's
        executor), is a headless browser printing the page a URL served (`chrome --headless --dump-dom <url>`): its
        output is what a host answered, as a request's body is."""
        if b"--dump-dom" not in self.src:
            return False
        node, functions = call.parent, 0
        while node is not None and node.type != "program" and functions < 2:
            if node.type in FUNCTIONS:
                functions += 1
                if self.src.find(b"--dump-dom", node.start_byte, node.end_byte) != -1:
                    return True
            node = node.parent
        return False

    def cookie_jar_read(self, short: str, method: str, arg_nodes: list[Node]) -> int | None:
        """Labels of a read of a session's cookies, or None: a browser extension's `chrome.cookies.getAll`,
        Electron's `session.cookies.get`, a headless browser's `page.cookies()`, a cookie jar read for a
        site the code names (`jar.getCookieStringSync('https://steamcommunity.com')`: that site's whole
        session, as trade-offer hijackers take it; an HTTP client reads the jar for the URL it requests)."""
        if short in WEBEXT_COOKIES:
            return F.BROWSER_SECRET | (F.BROWSER_ALL if WEBEXT_COOKIES[short] else 0)
        if short.endswith(("session.cookies.get", "Session.cookies.get")):
            return F.BROWSER_SECRET | F.BROWSER_ALL
        if method == "send" and arg_nodes and arg_nodes[0].type == "string" and self.const(arg_nodes[0]) in CDP_COOKIE_READS:
            return F.BROWSER_SECRET | F.BROWSER_ALL  # (`cdp.send('Storage.getCookies')`: every cookie of the browser)
        if not ((method == "cookies" and short != method) or method in JAR_READS):
            return None  # (asked of nearly every call: the site argument is folded only for these)
        site = self.const(arg_nodes[0]) if arg_nodes else None
        named = isinstance(site, str) and site.startswith(("http://", "https://"))
        if method == "cookies":
            return F.BROWSER_SECRET | (F.BROWSER_ALL if named else 0)
        return F.BROWSER_SECRET | F.BROWSER_ALL if named else None

    def shadows_builtin(self, name: str, scope: int | None) -> bool:
        """Whether `name`, a global that reads, runs or sends (`fetch`, `eval`, `exec`), is declared in
        an enclosing function instead (a parameter, a local)."""
        return _acts(name) and self.declaring_scope(scope, name) is not None

    def key_parameter(self, scope: int, name: str) -> None:
        """A parameter handed to what takes a seed phrase or a private key (`validateMnemonic(e)`, `mnemonicToSeedSync(e)`,
        `Keypair.fromSecretKey(k)`) is one, whatever a minifier named it: what else the function does with it carries
        the key."""
        func = self.out.funcs[scope]
        if name in func.param_names:
            node = func.params[func.param_names.index(name)]
            self.graph.own[node] |= F.KEY_MATERIAL

    def bind_iife_constants(self, fn: Node, arg_nodes: list[Node]) -> None:
        """`(function (c) { Function(c.map((x) => String.fromCharCode(x - 7)).join(''))() })(_c)`: a function run on the
        spot with a constant argument has that constant in its parameter, for folding its body (read after the call).
        A name the file already holds a constant under keeps it (one-letter names are reused)."""
        params = fn.child_by_field_name("parameters")
        names = [p for p in params.named_children if p.type == "identifier"] if params is not None else []
        for name, arg in zip(names, arg_nodes):
            key = self.text(name, 200)
            if key not in self.consts and (value := self.const(arg)) is not None:
                self.consts[key] = value

    def inline_script(self, process: int, arg_nodes: list[Node], scope: int | None) -> None:
        """`spawn(process.execPath, ['-e', SENDER])`: the process is a request when the script it runs makes one (see
        `inline_sender`). The script is read once the whole file is (`finish`): a module's constant is often declared
        below the function that starts the process."""
        if len(arg_nodes) >= 2 and arg_nodes[1].type == "array":
            words = arg_nodes[1].named_children[:8]
            found = [(process, script, scope) for flag, script in zip(words, words[1:])
                     if isinstance(word := self.const(flag), str) and word in INLINE_FLAGS]
            if found and len(arg_nodes) >= 3:
                self.child_env[process] = self.constant_env(arg_nodes[2])
            self.inline_scripts.extend(found)

    def constant_env(self, options: Node) -> dict[str, str]:
        """The constant variables a process is started with (`{env: {...process.env, STAGE: PAYLOAD}}`, tsc's
        `Object.assign(Object.assign({}, process.env), {STAGE: PAYLOAD})`): what its script reads as `process.env.STAGE`."""
        options = unparenthesized(options)
        env = next((pair.child_by_field_name("value") for pair in options.named_children
                    if pair.type == "pair" and self.text(pair.child_by_field_name("key"), 10).strip("'\"") == "env"), None) \
            if options.type == "object" else None
        parts = [] if env is None else [env] if env.type == "object" else \
            (env.child_by_field_name("arguments").named_children if env.type == "call_expression"
             and env.child_by_field_name("arguments") is not None else [])
        found: dict[str, str] = {}
        while parts:
            part = parts.pop()
            if part.type == "call_expression" and part.child_by_field_name("arguments") is not None:
                parts.extend(part.child_by_field_name("arguments").named_children)  # (Object.assign nested)
            elif part.type == "object":
                for pair in part.named_children:
                    value = self.const(pair.child_by_field_name("value")) if pair.type == "pair" else None
                    if isinstance(value, str):
                        found[self.text(pair.child_by_field_name("key"), 100).strip("'\"")] = value
        return found

    def blob_script(self, source: Node) -> Node | None:
        """The script a worker is started from, when it is a Blob of the file's text: the Blob's first part."""
        source = unparenthesized(source)
        if source.type != "call_expression" or not self.callee_name(source.child_by_field_name("function") or source).endswith(
                "URL.createObjectURL"):
            return None
        args = source.child_by_field_name("arguments")
        blob = unparenthesized(args.named_children[0]) if args is not None and args.named_child_count else None
        if blob is None or blob.type != "new_expression" or not self.is_text(blob.child_by_field_name("constructor"), "Blob"):
            return None
        parts = blob.child_by_field_name("arguments")
        parts = parts.named_children[0] if parts is not None and parts.named_child_count else None
        return parts.named_children[0] if parts is not None and parts.type == "array" and parts.named_child_count else None

    def link_inline_scripts(self) -> None:
        """Once the file is read: each `node -e` process whose script makes a request is one (see `inline_script`), and
        the script is code of the package the process runs (`FileFacts.inline_code`)."""
        for process, script, scope in self.inline_scripts:
            text = self.const(script)
            if script.type == "identifier":
                script = self.literals.get(self.text(script, 200), script)
            if text is None and script.type == "template_string" and (shape := self.pattern(script)):
                # `node -e \`h.get({host: ${JSON.stringify(HOST)}, …})\``: the code is the template's, the values
                # it splices in are data (read as a number, which keeps the code's syntax)
                text = shape.replace(HOLE, "0")
            env = self.child_env.get(process)
            if isinstance(text, str) and env:
                # (the script's `process.env.STAGE` is the constant the process was started with)
                text = _with_env(text, env)
            if isinstance(text, str):
                self.graph.own[process] |= inline_sender(text)
                if len(self.out.inline_code) < MAX_INLINE_SCRIPTS:
                    self.out.inline_code.append((scope, script.start_point[0] + 1, text[:MAX_INLINE_SCRIPT]))

    def opens_request(self, callee: Node) -> bool:
        """`x.open(…)` on an `x` the file makes a new XMLHttpRequest (asked of `.open` calls with two arguments only; the
        file's request variables are found once)."""
        obj = callee.child_by_field_name("object")
        if obj is None or obj.type != "identifier":
            return False
        if self.request_objects is None:
            self.request_objects = {m.group(1) for m in MADE_AS_REQUEST.finditer(self.src)} \
                if b"XMLHttpRequest" in self.src or b"ActiveXObject" in self.src else set()
        return self.text(obj, 80).encode() in self.request_objects

    def local_connection(self, name: str, arg_nodes: list[Node]) -> bool:
        """A connection to this machine: a loopback host or URL among the first two arguments
        (chrome-launcher's `net.createConnection(port, '127.0.0.1')`), or `net.connect` without a host,
        which dials a Unix socket or a local port (nx's `net.connect(socketPath, onConnect)`)."""
        if any(isinstance(c, str) and P.LOOPBACK.match(c) for c in (self.const(a) for a in arg_nodes[:2])):
            return True
        if arg_nodes[0].type == "object":
            # `net.connect({ host: 'localhost', port })`, `net.connect({ path: sock })` (a Unix socket; an
            # HTTP request's `path` is the URL's): this machine.
            for pair in arg_nodes[0].named_children:
                key = pair.child_by_field_name("key") if pair.type == "pair" else None
                value = pair.child_by_field_name("value") if key is not None else None
                word = self.text(key, 20).strip("'\"") if key is not None else ""
                if word == "path" and name in LOCAL_CONNECTS:
                    return True
                if word in ("host", "hostname") and isinstance(host := self.const(value), str) and P.LOOPBACK.match(host):
                    return True
        if name not in LOCAL_CONNECTS or arg_nodes[0].type == "object" or len(arg_nodes) > 2:
            return False
        if len(arg_nodes) == 2 and arg_nodes[1].type == "identifier" and HOST_VARIABLE.search(self.text(arg_nodes[1], 80)):
            return False  # `net.connect(port, host)`: a host, not a callback
        return len(arg_nodes) == 1 or (arg_nodes[1].type in CALLBACK_NODES and self.const(arg_nodes[1]) is None)

    def archive(self, argv: Node, scope: int | None) -> None:
        """`execFileSync('tar', ['-czf', out, ...files])`, `spawn('zip', ['-r', out, dir])`: the archive
        now holds what the paths after it name (a secret file packed, then uploaded)."""
        items = [a for a in argv.named_children if a.type != "comment"]
        words = [self.const(a) if a.type == "string" else None for a in items]
        out = next((i + 1 for i, w in enumerate(words) if isinstance(w, str) and w.startswith("-")
                    and ("f" in w.lstrip("-") or w == "-r")), None)
        if out is None or out >= len(items) or items[out].type not in ("identifier", "member_expression"):
            return
        stored = self.graph.node(op=F.STORE)
        self.stored.add(stored)
        for item in items[out + 1:]:
            self.graph.edge(self.value(item.named_children[0] if item.type == "spread_element" and item.named_child_count else item, scope), stored)
        self.taint_path(items[out], stored, scope)

    def record_run_file(self, name: str, arg_nodes: list[Node], scope: int | None) -> None:
        """`fork(path.join(__dirname, 'lib', 'sync.js'))`, `spawn('node', ['./worker.js'])`, a variable that
        holds such a path (`spawn(process.execPath, [app])`, `spawn('xterm', ['-e', node, app])`): a file of
        the package started as a process runs when this call runs, like a required one."""
        candidates = arg_nodes[:1] if name.endswith("fork") else arg_nodes[:2]
        for a in candidates:
            for item in (self.started_items(a) if a.type == "array" else [a]):
                name = self.text(item, 200) if item.type == "identifier" else ""
                value = (self.copied_files.get(name) or self.script_paths.get(name)) if name else self.package_file(item)
                if value is not None:
                    self.out.requires.append((scope, value))

    def started_items(self, array: Node) -> list[Node]:
        """The items of an argument list that may name the script started: the first three, and the one after node
        wherever it stands (`spawn('wl-paste', ['--type', 'text', '--watch', process.execPath, handler])`: a watcher
        runs the package's handler on every change)."""
        items = array.named_children
        return items[:3] + [item for before, item in zip(items[2:], items[3:])
                            if self.is_text(before, "process.execPath") or self.const(before) in ("node", "node.exe")]

    def join_shape(self, parts: list[Node]) -> str:
        """The path `path.join` makes of its arguments, `*` for a part not known; a variable that holds
        another join adds that join's shape (`dir = join(home, '.claude'); join(dir, 'settings.json')`
        names `*/.claude/settings.json`)."""
        return "/".join(self.part_shape(part) or "*" for part in parts)

    def part_shape(self, part: Node, depth: int = 0) -> str | None:
        """One part of a joined path: a constant, a variable holding a join, a nested join, the
        default of `process.env.DOCKER_CONFIG || path.join(home, '.docker')` (the path the code falls back to), or a
        call of a function of the file that returns one of those."""
        value = self.const(part)
        if isinstance(value, str) or depth > 3:
            return value if isinstance(value, str) else None
        if part.type == "identifier":
            return self.joined.get(self.text(part, 200))
        if part.type == "parenthesized_expression" and part.named_child_count:
            return self.part_shape(part.named_children[0], depth + 1)
        if part.type == "call_expression" and self.callee_name(part.child_by_field_name("function")) in PATH_JOINS:
            args = part.child_by_field_name("arguments")
            return "/".join(self.part_shape(a, depth + 1) or "*" for a in (args.named_children if args is not None else []))
        if part.type == "call_expression" and (callee := part.child_by_field_name("function")) is not None \
                and callee.type == "identifier":
            return self.returned_paths.get(self.text(callee, 200))  # (a helper of the file that returns a path)
        if part.type == "binary_expression" and (op := part.child_by_field_name("operator")) is not None \
                and (self.is_text(op, "||") or self.is_text(op, "??")):
            return self.part_shape(part.child_by_field_name("right"), depth + 1)
        if part.type == "ternary_expression":  # (`win32 ? join(appdata, 'gcloud') : join(home, '.config', 'gcloud')`)
            return self.part_shape(part.child_by_field_name("alternative"), depth + 1) \
                or self.part_shape(part.child_by_field_name("consequence"), depth + 1)
        return None

    def package_file(self, node: Node) -> str | None:
        """The package's script a path names (`'./worker.js'`, `path.join(__dirname, 'lib', 'x.js')`), as a
        relative module specifier."""
        value = self.const(node)
        if node.type == "call_expression" and self.callee_name(node.child_by_field_name("function")) in PATH_JOINS:
            args = node.child_by_field_name("arguments")
            parts = [self.const(c) for c in (args.named_children if args is not None else [])]
            value = "./" + "/".join(p for p in parts if isinstance(p, str))
        if isinstance(value, str) and value.endswith((".js", ".cjs", ".mjs")) and " " not in value:
            return value if value.startswith(".") else "./" + value
        return None

    def file_name(self, node: Node, shape: str | None = None) -> str | None:
        """The constant file name a path ends in (`path.join(dir, 'build.json')`, `` `${home}/.cache/x.json` ``)."""
        if not shape or HOLE in shape:
            # (a variable that holds a join: `const FILE = path.join(__dirname, '..', '.cache', 'build.json')`)
            shape = self.part_shape(node) or self.pattern(node)
        name = re.split(r"[/\\]", shape)[-1] if shape else ""
        return name if FILE_NAME.fullmatch(name) else None

    def taint_path(self, node: Node, source: int, scope: int | None, depth: int = 0) -> None:
        """The variables a path is built from (`path.join(out, name)`, `` `${dir}/x` ``) now name
        what `source` holds."""
        if depth > 6:
            return
        t = node.type
        if t == "identifier" and node.end_byte - node.start_byte < 200 and self.text(node) not in self.bindings:
            self.assign_name(scope, self.text(node), source)
        elif t == "call_expression":
            args = node.child_by_field_name("arguments")
            for a in args.named_children if args is not None else ():
                self.taint_path(a, source, scope, depth + 1)
        elif t == "template_string":
            for c in node.children:
                if c.type == "template_substitution" and c.named_child_count:
                    self.taint_path(c.named_children[0], source, scope, depth + 1)
        elif t in ("binary_expression", "parenthesized_expression"):
            for c in node.named_children:
                self.taint_path(c, source, scope, depth + 1)

    def is_builtin(self, node: Node) -> bool:
        """Whether an expression starts at a global of the runtime (`process.stdout`, `console`)."""
        while node.type in ("member_expression", "subscript_expression"):
            inner = node.child_by_field_name("object")
            if inner is None:
                return False
            node = inner
        return node.type == "identifier" and self.text(node, 40) in BUILTIN_GLOBALS

    def standard_root(self, node: Node) -> str | None:
        """The standard object a receiver is made from (`Math` for `Math.random()`, `JSON` for `JSON`), unless the
        file binds that name to a module."""
        while node.type in ("member_expression", "call_expression"):
            inner = node.child_by_field_name("object" if node.type == "member_expression" else "function")
            if inner is None:
                return None
            node = inner
        name = self.text(node, 20) if node.type == "identifier" else None
        return name if name in STANDARD_OBJECTS and name not in self.bindings else None

    def is_module_name(self, node: Node) -> bool:
        """Whether a member chain starts at a binding of a module (`fs.writeFileSync`, `cp.exec`)."""
        while node.type == "member_expression":
            inner = node.child_by_field_name("object")
            if inner is None:
                return False
            node = inner
        return node.type == "identifier" and self.text(node, 200) in self.bindings

    def imported_then(self, callee: Node) -> str | None:
        """The module of `import('child_process').then(...)`: what its callback receives."""
        if callee.type != "member_expression":
            return None
        inner = callee.child_by_field_name("object")
        return self.required_module(inner) if inner is not None and inner.type == "call_expression" else None

    def bind_module_param(self, fn: Node, module: str) -> None:
        """`import('x').then((m) => m.exec(...))`, `.then(({ exec }) => exec(...))`: the callback's first
        parameter is the module."""
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        first = params if params is not None and params.type == "identifier" else \
            (params.named_children[0] if params is not None and params.named_child_count else None)
        if first is None:
            return
        if first.type == "identifier":
            self.bindings[self.text(first, 200)] = module
        elif first.type == "object_pattern":
            self.bind_members(first, module)

    def bundle_loader(self, fn: Node) -> bool:
        """`__webpack_require__`, or a minified bundle's loader by its own name (see `webpack_runtime`)."""
        name = self.text(fn, 200) if fn.type == "identifier" else ""
        return name in self.require_aliases and name not in ("require", "import")

    def record_call_site(self, callee: Node, name: str, is_new: bool, scope: int | None,
                         args: tuple[int | None, ...], result: int | None) -> CallSite | None:
        sites = self.out.calls
        count = len(sites)
        short = name.removeprefix("new ")
        if short == "module.register" and args:
            # `register('./hooks.js', import.meta.url)`: Node runs the hooks module, and calls its
            # `initialize`, `resolve` and `load` for every module the process loads from then on.
            spec = self.const(callee.parent.child_by_field_name("arguments").named_children[0]) \
                if callee.parent is not None and callee.parent.child_by_field_name("arguments") is not None else None
            if isinstance(spec, str) and spec.startswith("."):
                sites.extend(CallSite(scope, "module", "", f"{spec}.{hook}") for hook in LOADER_HOOKS)
                return None
        if short.startswith(("./", "../")) or short == ".":
            # `./lib/x.run`: which part names the file is settled by `reach.py`, which knows the files.
            # `x_1.run.call(this, a)` (tsc's helpers called with the node's `this`) is `x_1.run(a)`.
            head, dot, tail = short.rpartition(".")
            if dot and tail in ("call", "apply") and head.startswith(("./", "../")):
                short, args = head, args[1:]
            sites.append(CallSite(scope, "module", "", short, False, args, result))
        elif short.startswith(BUNDLED) and "." in short:
            # `(0, report_1.syncReport)(cwd)` on `report_1 = __webpack_require__(944)`: the bundle's
            # function of that name (the factory's exports table is not kept apart), and one assigned
            # to the exports in the factory stored under that id (`744: (e, t) => { t.report = … }`,
            # found as a named module's member is).
            module, _, prop = short.removeprefix(BUNDLED).rpartition(".")
            sites.append(CallSite(scope, "module", "", f"{module}.{prop}", False, args, result))
            sites.append(CallSite(scope, "name", prop, None, False, args, result))
        elif short.startswith(BUNDLED) and not is_new:
            # `const t = r(733); … t()`: the function module 733's factory exports, called by the name it was
            # required into (as `__webpack_require__(733)(...)` below is called in place).
            sites.append(CallSite(scope, "bundled", short.removeprefix(BUNDLED), None, False, args, result))
        elif callee.type == "identifier" and not is_new and (listed := self.loop_callees.get(self.text(callee, 200))):
            for each in listed:  # (each function a loop calls in turn; see `loop_callees`)
                target = self.bindings.get(each, each)
                local = target.startswith(("./", "../"))
                sites.append(CallSite(scope, "module" if local else "name", "" if local else each, target if local else None,
                                      False, args, result))
        elif callee.type in ("parenthesized_expression", "sequence_expression"):
            return self.record_wrapped_call(callee, name, is_new, scope, args, result)
        elif callee.type == "identifier":
            sites.append(CallSite(scope, "new" if is_new else "name", self.text(callee, 200), None, False, args, result))
        elif callee.type == "member_expression":
            prop = callee.child_by_field_name("property")
            obj = callee.child_by_field_name("object")
            if prop is not None and obj is not None and not self.is_module_name(callee):
                prop_name = self.text(prop, 200)
                if prop_name in ("call", "apply", "bind") and obj.type == "identifier":
                    sites.append(CallSite(scope, "name", self.text(obj, 200), None, False, args[1:], result))
                else:
                    standard = self.standard_root(obj)
                    owner = standard or (self.text(obj, 200) if obj.type == "identifier" else None)
                    sites.append(CallSite(scope, "member", prop_name, None, obj.type == "this", args, result, owner=owner))
        elif callee.type == "subscript_expression" or (callee.type == "member_expression" and self.is_text(
                callee.child_by_field_name("property") or callee, "call") and callee.child_by_field_name("object").type == "subscript_expression"):
            # `__webpack_modules__[id](...)`, `modules[id].call(...)`: one of the factories stored there.
            sub = callee if callee.type == "subscript_expression" else callee.child_by_field_name("object")
            obj = sub.child_by_field_name("object")
            if obj is not None and obj.type == "identifier":
                sites.append(CallSite(scope, "member", self.text(obj, 200) + "[]", None, False, args, result))
        elif callee.type == "call_expression" and self.bundle_loader(callee.child_by_field_name("function") or callee):
            # `__webpack_require__(214)(sudo)`: the function module 214's factory exports.
            ids = callee.child_by_field_name("arguments")
            first = ids.named_children[0] if ids is not None and ids.named_child_count else None
            if first is not None and first.type in ("number", "string"):
                sites.append(CallSite(scope, "bundled", self.text(first, 40).strip("'\""), None, False, args, result))
        return sites[-1] if len(sites) > count else None

    def record_wrapped_call(self, callee: Node, name: str, is_new: bool, scope: int | None,
                            args: tuple[int | None, ...], result: int | None) -> CallSite | None:
        """`(0, f)(x)`, `(0, import_helper.prepare)(x)`: how esbuild and tsc call a function without its `this`;
        `(process.platform === 'win32' ? windows : posix)()`: one of the two runs."""
        inner = callee
        while inner.type in ("parenthesized_expression", "sequence_expression") and inner.named_child_count:
            inner = inner.named_children[-1]
        if inner.type in ("identifier", "member_expression"):
            return self.record_call_site(inner, name, is_new, scope, args, result)
        site = None
        if inner.type == "ternary_expression":
            for branch in (inner.child_by_field_name("consequence"), inner.child_by_field_name("alternative")):
                if branch is not None and branch.type in ("identifier", "member_expression"):
                    site = self.record_call_site(branch, self.callee_name(branch), is_new, scope, args, result) or site
        return site
