"""Walk a parsed file once and extract what rules and reachability consume.

Facts are what the code *does*, resolved through its imports (`names.py`) and with constant strings
folded (`consts.py`): calls by their module path, constant strings after decoding, `process.env`
reads. Each fact records the function it is in; the file records its functions, call sites and
exports (for `reach.py`, which decides when each function runs) and a flow graph (`values.py`,
`calls.py`) saying which values reach which call.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Mapping

from tree_sitter import Language, Node

from . import patterns as P
from .behaviours import GLOBAL_OBJECTS, exec_call
from .budget import Budget
from .calls import CallInfo, Calls
from .consts import HOLE, MAX_STRING, ConstantFolder, fills_template, string_concat
from .exports import Exports, factory_returns
from .flow import KEYS
from .functions import FUNCTIONS, Functions
from .names import MAX_TABLE, Bindings, choices, interop_names
from .parse import parser_for
from .program import CallSite, Fact, FileFacts, Func
from .sparse import ENTRY_SPARSE_BYTES, RISKY, SPARSE_BYTES, regions
from .string_array import StringArrays
from .strings import (
    PACKER_PARAMS,
    data_url_base64,
    data_url_code,
    decode_chunked_script_b64,
    decode_gzip_b64,
    decode_invisible,
    decode_reversed_b64,
    decode_script_b64,
    decode_script_char_codes,
    decode_standalone_hex,
    decode_utf16_b64,
    echoed_script,
    encoded_powershell,
    unpack_packer,
)
from .values import BOT_MARKS, Values, command_labels

WRAPPED_RUNNERS = {"eval", "Function", "vm.runInThisContext", "vm.runInNewContext"}
"""Code runners a one-expression helper may hand its argument to (see `Extractor.runner_wrapper`): those whose last
argument is the code (not `behaviours.runs_code`'s whole list: Module#_compile's last is a file name, a data: URL import
carries the code in its specifier)."""
DATES = ("Date", "Date.UTC")
"""Calls whose constant numbers are kept as arguments (a calendar date's year, month and day)."""
MODES = ("fs.chmod", "fs.chmodSync", "fs.promises.chmod")
"""Calls whose constant number is a file mode, kept in octal (`0o600`)."""
DECODED_RESULTS = {"Buffer.from().toString", "atob", "String.fromCharCode", "String.fromCharCode.apply"}
"""Decoders whose folded result is kept as a string fact wherever it is used."""
MAX_WALK_BYTES = 64_000_000
"""Files larger than this are not parsed; one that holds anything a rule looks for is reported as
not read (`code/analysis-incomplete`)."""
ONE_PROGRAM_BYTES = 64_000
"""A code file this small is read as one program: a function's own variable hides a module binding of its name."""
CHECK_EVERY = 2048
"""Nodes walked between two looks at the clock."""
# Characters that render as nothing yet are valid in identifiers: a variable no reviewer can see.
ALIASES = {"self", "that", "_this", "me", "exports", "module", "window", "global", "globalThis"}
"""Names that stand for `this` or for a shared namespace: functions assigned on them are called on anything."""
RUNTIME_EVENTS = {"data", "end", "close", "error", "exit", "message", "connect", "connection", "response", "open",
                  "line", "finish", "ready", "request", "listening", "readable", "drain", "timeout", "beforeExit",
                  "uncaughtException", "unhandledRejection", "SIGINT", "SIGTERM", "load", "spawn", "secureConnect"}
"""Events the runtime delivers (sockets, streams, processes): a handler for one runs when the runtime
emits it, even if the package emits the same name elsewhere."""
INVISIBLE = "\u3164\uffa0\u115f\u1160\u200b\u2060"
"""Hangul fillers, a zero-width space, a word joiner: characters that make a name no reviewer sees."""
OTHER_SCRIPTS = "\u0370-\u03ff\u0400-\u052f"
"""Greek and Cyrillic letters: in a name that also has Latin letters, a look-alike twin (see homoglyph_identifier)."""
INVISIBLE_IN_NAME = re.compile(f"[{INVISIBLE}]")
OTHER_SCRIPT_IN_NAME = re.compile(f"[{OTHER_SCRIPTS}]")
ODD_IN_SOURCE = re.compile(f"[{INVISIBLE}{OTHER_SCRIPTS}]")
"""A source with either: its names are read one by one."""
WALKED = frozenset(FUNCTIONS) | {
    "class_declaration", "class", "variable_declarator", "object", "array", "import_statement", "export_statement",
    "call_expression", "new_expression", "string", "template_string", "binary_expression", "member_expression",
    "subscript_expression", "assignment_expression", "augmented_assignment_expression", "return_statement",
    "for_in_statement", "for_statement", "while_statement", "do_statement", "catch_clause", "spread_element", "update_expression"}
"""The node types the walk has a branch for (every other node only has its children pushed)."""
NAME_NODES = ("identifier", "shorthand_property_identifier_pattern", "shorthand_property_identifier", "property_identifier",
              "private_property_identifier")
"""Syntax nodes that are names in code (not strings, templates, regexes or comments): where an
invisible character makes a variable, parameter or property no reviewer can see."""
TOKENS = frozenset({"identifier", "property_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern",
                    "private_property_identifier", "statement_identifier", "type_identifier", "number", "comment", "this",
                    "super", "true", "false", "null", "undefined", "regex_pattern", "regex_flags", "hash_bang_line"})
"""Syntax nodes that are single tokens (no children): the walk does not push those it has no branch for, a third of
all nodes."""
ESCAPES = re.compile(rb"\b(break|return|throw|await|yield|exit|abort|kill)\b")
"""What leaves or pauses a loop (`process.exit()`, `process.abort()`)."""
MAX_ALIASED_BYTES = 256_000
"""Files up to this size link a function to the property it is stored as (see `note_prop_alias`)."""
MAX_DECORATION = 400
"""A request field decorated from the request's headers is written in one short expression (see `note_request_field`)."""
REQUIRES = {"require", "module.require", "import", "__webpack_require__", "__require", "process.mainModule.require",
            "module.constructor._load", "require.main.require", "global.require", "globalThis.require",
            "window.require", "process.mainModule.constructor._load", "Module._load", "module.constructor.prototype.require"}
"""Ways to load a module, including the ones used to hide `require('child_process')`; `window.require` is Node's
require in an Electron renderer with Node integration, NW.js and Obsidian's plugins."""
EXPORT_HELPERS = {"__exportStar", "tslib.__exportStar", "__export", "__reExport", "_export"}
LOADER_HOOKS = re.compile(r"^(module|Module)\.(_extensions\.|_load$|_compile$|prototype\.(require|_compile)$)|^require\.extensions\.")
"""Where Node looks up how to load a module (`Module._extensions['.js'] = hooked`): a function put there runs for
every module loaded from then on."""
PARAM = "param"
REST = "rest"
"""A wrapper's rest parameter (`function sc(...args) { spawnSync('sc.exe', args) }`): the call's arguments from there on."""
"""Marks a wrapper's argument that is the wrapper's own parameter (see `_Extractor.exec_wrappers`)."""


def _continued_concat(call: Node) -> bool:
    """A `.concat(…)` call that is the object of another `.concat` (the chain is read once, at its end)."""
    up = call.parent
    return up is not None and up.type == "member_expression" and (prop := up.child_by_field_name("property")) is not None \
        and prop.text == b"concat"


def _loop_guard(body: Node | None) -> Node | None:
    """The condition of a loop body that is one `if` without `else` (alone or in a block): what each
    turn of the loop keeps."""
    if body is not None and body.type == "statement_block":
        statements = [c for c in body.named_children if c.type != "comment"]
        body = statements[0] if len(statements) == 1 else None
    if body is None or body.type != "if_statement" or body.child_by_field_name("alternative") is not None:
        return None
    return body.child_by_field_name("condition")


@lru_cache(maxsize=None)
def _kind_ids(language: Language, kinds: frozenset[str]) -> frozenset[int]:
    """The ids of the syntax nodes of `kinds` in `language` (a name can have several: aliases)."""
    return frozenset(i for i in range(language.node_kind_count) if language.node_kind_for_id(i) in kinds)


def _fill(item, positional: list) -> str | list | None:
    """A wrapper's argument at one call: the call's value for a parameter (a string, a list of arguments), the wrapper's
    constant otherwise."""
    if isinstance(item, tuple):
        return positional[item[1]] if item[1] < len(positional) else None
    return item


COUNTED_LOOP = re.compile(r"(?:let|var)\s+([\w$]+)\s*=\s*0\s+\1\s*<\s*(\d{1,2})\s+(?:\1\+\+|\+\+\1|\1\s*\+=\s*1)")
"""`let i = 0; i < 5; i++`: a loop run a constant number of times."""
MAX_UNROLL = 16
ARRAY_LOOP = re.compile(r"(?:let|var)\s+([\w$]+)\s*=\s*0\s+\1\s*<\s*([\w$]+)\.length\s+(?:\1\+\+|\+\+\1|\1\s*\+=\s*1)")
"""`var i = 0; i < t.length; i++`: a walk over each element of an array."""
MAX_WALKED = 4096
"""A constant array walked to build a string is short: a URL's or a command's characters."""
UNSET = object()
LOOPS = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"})


def _enclosing_loop(assignment: Node) -> Node | None:
    """The loop whose body is this assignment's statement (alone or in a block), if any."""
    parent = assignment.parent
    if parent is None or parent.type != "expression_statement":
        return None
    parent = parent.parent
    if parent is not None and parent.type == "statement_block":
        parent = parent.parent
    return parent if parent is not None and parent.type in LOOPS else None


class _Extractor(ConstantFolder, StringArrays, Bindings, Values, Calls, Functions, Exports):
    def __init__(self, path: str, source: bytes, subpaths: Mapping[str, str], language: Language):
        self.out = FileFacts(path)
        self.language = language
        """The grammar the source is parsed with (node kind ids are its own)."""
        self.subpaths = subpaths
        self.graph = self.out.graph
        self.src = source
        self.request_objects: set[bytes] | None = None
        """Variables the file assigns a new XMLHttpRequest (see `Calls.opens_request`), found when first asked."""
        self.ascii_text = source.decode("ascii") if source.isascii() else None
        """An ASCII source as a string, which `text` slices (most are: one copy instead of a decode per name read)."""
        self.bindings: dict[str, str] = {}
        self.binding_scopes: dict[str, int | None] = {}
        """The function a `const x = <module or page global>` binding was made in (the last one, as `bindings` keeps)."""
        self.one_program = len(source) <= ONE_PROGRAM_BYTES
        """Small enough to be one program rather than a bundle of many (see `Values.rebound_locally`)."""
        self.consts: dict[str, object] = {}
        self.literals: dict[str, Node] = {}
        """Names bound to a template or object literal that does not fold to a constant (a value known at run time in it)."""
        self.tables: dict[str, dict[str, object]] = {}
        """Variable -> the constant properties of the object literal it was declared with (`f = {b: 'aHR0…'}`)."""
        self.literals: dict[int, str] = {}
        self.init_string_arrays()
        self.joined: dict[str, str] = {}
        """Variable -> the shape of the path it was joined to (see `join_shape`)."""
        self.returned_paths: dict[str, str] = {}
        """Function name -> the shape of the path it returns (`function dockerDir() { return process.env.DOCKER_CONFIG ||
        join(homedir(), '.docker') }`): a call of it is that path (see `part_shape`)."""
        self.script_paths: dict[str, str] = {}
        """Variable -> the package script its path names (what `spawn(process.execPath, [v])` runs)."""
        self.odd_names = not source.isascii() and ODD_IN_SOURCE.search(source.decode("utf-8", "ignore")) is not None
        """The source has characters that make names odd (invisible ones, another alphabet): names are checked. (Most
        sources are ASCII, which has none: they are not decoded.)"""
        self.phrase_file = b"hrase" in source and P.WALLET_PHRASE.search(source) is not None
        """The file talks of a wallet's recovery phrase: a variable named `phrase` holds one (see `name_labels`)."""
        self.cancel_key_file = b"processID" in source and b"secretKey" in source
        """A PostgreSQL client: BackendKeyData's `secretKey` is a query-cancel key the server handed out, sent back to it
        with its `processID` (pg's connection, @neondatabase/serverless's bundle of it), not a wallet's key."""
        self.holds_passwords = (b"bcrypt" in source or b"argon2" in source) and P.PASSWORD_HASHERS.search(source) is not None \
            or b"password" in source and any(word in source for word in P.DB_CLIENT_WORDS) \
            and P.DB_CLIENT_PATCH.search(source) is not None \
            or b"password" in source and P.AUTOMATION_LOGIN.search(source) is not None \
            or (b"-authonly" in source or b"sudo" in source) and P.SYSTEM_PASSWORD_CHECK.search(source) is not None \
            or b"pass" in source and P.AUTH_PLUGIN_METHOD.search(source) is not None
        """The file names a password-hashing library (bcrypt, argon2), patches a database client, types a password
        into a page (a browser-automation login), checks one against the system (`dscl . -authonly`, `sudo -S`) or is
        a server's authentication hook (`authenticate(user, password, cb)`): a
        value named `password` there is the plaintext it hashes, checks, connects or logs in with (see `name_labels`)."""
        self.bot_library = any(name in source for name in BOT_MARKS)
        """The file uses a chat-bot library: its client's `token` is the bot's login (see `Values.property_value`)."""
        self.telegram_client = b"StringSession" in source
        """The file uses GramJS's string sessions: `client.session.save()` is the account's whole login (see `call_value`)."""
        self.listens = b"addEventListener" in source
        """The file listens to the page's events: an event's `target` is the element the user acts on."""
        self.request_fields: dict[str, set[str]] = {}
        """Fields the file decorates a request with out of what its sender wrote (`req.baggage =
        parse(req.headers.baggage)`): read again in a later hook, they are what the sender wrote (see
        `note_request_field`)."""
        self.names_websocket_scheme = b"ws:" in source or b"wss:" in source
        """The file spells a WebSocket URL's scheme: only then is a constructor's first argument folded to see whether
        it is one (see `Calls.call_value`; most files construct many objects and open no WebSocket)."""
        self.reports = b"getReport" in source
        """The file makes a Node diagnostic report (`process.report.getReport()`): its `environmentVariables` field
        is the whole environment."""
        self.require_aliases = set(REQUIRES)
        self.global_aliases: set[str] = set()
        self.interop_names = interop_names(source)
        self.text_decoders: dict[str, Callable[[str], str | None]] = {}
        self.pure_decoders: set[str] = set()
        """Those of `pure` whose one expression decodes (`(s) => Buffer.from(s, 'base64').toString()`): what they make
        of a constant is a hidden string (`FileFacts.decoded_values`)."""
        self.table_decoders: set[str] = set()
        """Those of `text_decoders` given a table's index, not a string (`_x(4)`)."""
        """Local functions that give away what they decode (base32, rot13; see `remember_pure`), and how to."""
        self.pure: dict[str, tuple[list[str], Node]] = {}
        """Local one-expression functions (`function e(r){return Buffer.from(r,'hex').toString()}`):
        obfuscators route every hidden string through one, so they are folded like built-in decoders."""
        self.inline_scripts: list[tuple[int, Node, int | None]] = []
        """(process node, script node, scope of the call) of each `node -e script` the file starts (see `Calls.inline_script`)."""
        self.child_env: dict[int, dict[str, str]] = {}
        """A `node -e` process's node -> the constant variables it is started with (see `constant_env`)."""
        self.late_exports: list[tuple[str, Node, int | None]] = []
        self.factory_exports_of: list[tuple[str, Node]] = []
        """(export name, a UMD factory whose return value is that export; see `exports._umd_factory`)."""
        """Exports of a member of a module bound further down (see `Exports.export`), named in `finish`."""
        self.prop_aliases: list[tuple[int | None, str, str]] = []
        """(scope, function name, property) of each `obj.prop = name` and `module.exports = {name}` (see
        `note_prop_alias`)."""
        self.name_aliases: list[tuple[int | None, str, str]] = []
        """(scope, alias, function name) of each `const alias = name` (see `link_prop_aliases`)."""
        self.factory_exports: dict[str, Node] = {}
        """esbuild's `var require_x = __commonJS({"src/x.ts"(exports, module) { module.exports = (i) => … }})`: the
        function a bundled module exports, by its factory's name (`var s = require_x()` is that function)."""
        self.fid_of_node: dict[int, int] = {}
        self.class_names: dict[int, str] = {}
        """class_body node id -> class name."""
        self.literal_args: set[int] = set()
        """Object and array literals passed to a call: the functions in them are module factories
        (webpack 4, browserify, esbuild's `__commonJS({...})`) or handlers the callee runs."""
        self.owners: dict[int, str] = {}
        """Object literal or pair node id -> the variable it is stored in (`__webpack_modules__`)."""
        self.callback_inputs: dict[int, list[int | None]] = {}
        """Function-literal node id -> values its parameters receive from the call it is passed to."""
        self.immediate_calls: dict[int, tuple[tuple[int | None, ...], int | None]] = {}
        """Function-literal node id -> (arguments, result) of the call that runs it where it is written."""
        self.handler_inputs: dict[int, int | None] = {}
        """Event-handler function (tree-sitter node id) -> the object it is set on."""
        self.copied_files: dict[str, str] = {}
        """Variable -> the package script copied to the path it holds (a daemon dropped elsewhere, then run)."""
        self.emitted: dict[str, list[int | None]] = {}
        """Event name -> values emitted with it in this file."""
        self.listeners: dict[str, list[int]] = {}
        """Event name -> function-literal node ids registered for it."""
        self.emitters: dict[str, list[int | None]] = {}
        """Event name -> the scopes that emit it in this file."""
        self.function_tables: dict[str, list[int]] = {}
        """`const steps = [() => 'EHLO', () => message()]` -> the function literals' node ids: `steps[i++]()`
        calls one of them and gives what it returns."""
        self.name_lists: dict[str, list[str]] = {}
        """Arrays of plain names (`const order = [fromEnv, fromHostsFile]`), by the variable that holds them."""
        self.loop_callees: dict[str, list[str]] = {}
        """A loop's variable that takes each function of such a list in turn, and the functions' names."""
        self.table_calls: list[tuple[int, list[int]]] = []
        """(call result, function-literal node ids) for each call of a table's element."""
        self.executors: dict[int, int | None] = {}
        self.handed_names: list[tuple[int, str, int | None]] = []
        """(scope, name, what it receives) of a call's last argument that is a name, once a promise executor has been met
        (the walk reaches `new Promise` before its executor's body): a callback handed on, perhaps the executor's
        `resolve`."""
        """`new Promise(executor)`: executor node id -> the promise's value node."""
        self.exec_wrappers: dict[str, tuple[str, list]] = {}
        """`const ps = (cmd) => execFileSync('powershell.exe', ['-Command', cmd])`: function name -> (the runner, its
        arguments with each parameter as `(PARAM, index)`), so that each call of the wrapper is read as the command it runs."""
        self.named_calls: list[tuple[str, Node, int | None, list[str | None]]] = []
        """(callee, node, scope, each argument's constant or pattern) of each call of a plain name (see exec_wrappers)."""
        self.awaited: dict[int, int] = {}
        """A generator handed to tsc's `__awaiter` -> the function whose arguments it is called with."""
        self.subcommands: set[str] = set()
        """Variables holding a CLI subcommand (`const cmd = program.command('init')`)."""
        self.on_request: set[int] = set()
        """Function-literal node ids a CLI runs only when the user asks for their subcommand."""
        self.init_values()
        self.init_calls()

    def text(self, node: Node, limit: int | None = None) -> str:
        """The source of `node`, or of its first `limit` bytes (decoding a huge node for a prefix
        would make nested code quadratic)."""
        start, end = node.start_byte, node.end_byte
        if limit is not None and end - start > limit:
            end = start + limit
        if self.ascii_text is not None:
            return self.ascii_text[start:end]  # (a byte offset is a character's there)
        return self.src[start:end].decode("utf-8", "replace")

    def is_text(self, node: Node, literal: str) -> bool:
        """Whether `node`'s source is exactly `literal` (ASCII), without decoding a large node."""
        return node.end_byte - node.start_byte == len(literal) and self.src[node.start_byte:node.end_byte] == literal.encode()

    def add(self, kind: str, value: str, node: Node, scope: int | None, args=(), shapes=(), flows=(), receiver=None,
            result=None) -> None:
        where = (self.src, node.start_byte, node.end_byte)
        self.out.facts.append(Fact(kind, value, node.start_point[0] + 1, scope, tuple(args), where,
                                   tuple(shapes), tuple(flows), receiver, result))
        if kind == "string" and (" -e" in value or " -E" in value) and (script := encoded_powershell(value)) is not None:
            # `powershell -EncodedCommand JABj…` (a command line built from a string array): the script it hides
            self.out.facts.append(Fact("string", script, node.start_point[0] + 1, scope, (), where))
        elif kind == "string" and "echo" in value and ("xxd" in value or "base64" in value) \
                and (script := echoed_script(value)) is not None:
            # `echo 2321… | xxd -p -r | sh` written into a build phase: the script it carries
            self.out.facts.append(Fact("string", script, node.start_point[0] + 1, scope, (), where))

    def link_inputs(self, func: Func) -> None:
        """What a function literal receives from the code it is written in, and gives back to it."""
        for result in self.callback_inputs.get(func.node_id, ()):
            for param in func.params:
                self.graph.edge(result, param)
            # What the callback returns is what `map`, `then`, `reduce` ... give back.
            self.graph.edge(func.ret, result)
        for param in func.params[:1]:
            self.graph.edge(self.handler_inputs.get(func.node_id), param)
        if func.node_id in self.awaited:
            # (its parameters beyond the function's own are `arguments` too: `log(message_1)` compiled
            # from `log(message, extra = {})` — a call's second argument reaches `extra`)
            outer = self.out.funcs[self.awaited[func.node_id]]
            for i, param in enumerate(func.params):
                if i < len(outer.params):
                    self.graph.edge(outer.params[i], param)
                else:
                    outer.params.append(param)
                    outer.param_names.append(func.param_names[i] if i < len(func.param_names) else None)
        if func.node_id in self.immediate_calls:
            # `function (k, s) { ... return out }(0x539, '%F9...')`: an IIFE gets its arguments
            # and gives back what it returns (how a packer hands eval its decoded payload).
            args, result = self.immediate_calls[func.node_id]
            func.iife = True
            for arg, param in zip(args, func.params):
                self.graph.edge(arg, param)
            self.graph.edge(func.ret, result)

    def functions_named(self, scope: int | None, name: str) -> list[int]:
        """The functions `name` names in `scope` or the nearest enclosing scope that declares it."""
        while True:
            fids = self.out.named.get((scope, name))
            if fids or scope is None:
                return list(fids or ())
            scope = self.out.funcs[scope].parent

    def link_prop_aliases(self) -> None:
        """`obj.prop = name`: the function `name` declared in that scope or an enclosing one is also a `prop`; `const
        alias = name`: it is also `alias` in the declaring scope."""
        classes = set(self.class_names.values())
        for scope, alias, name in self.name_aliases:
            for fid in self.functions_named(scope, name):
                if fid not in (known := self.out.named.setdefault((scope, alias), [])):
                    known.append(fid)
            cls = self.out.class_aliases.get(name, name)
            if cls in classes:
                # (esbuild's `var src_default = TeamCityReporter` exported by a getter: the class, whose methods its
                # host calls)
                self.out.class_aliases.setdefault(alias, cls)
        for scope, name, prop in self.prop_aliases:
            for fid in self.functions_named(scope, name):
                if prop not in self.out.funcs[fid].props:
                    self.out.funcs[fid].props.append(prop)

    def finish(self) -> None:
        """Link what needed the whole file: names to their declarations, callbacks to the values
        they receive, exported functions to their indexes."""
        self.graph.at = -1
        self.finish_values()
        for func in self.out.funcs:
            self.link_inputs(func)
        self.link_prop_aliases()
        self.link_late_exports()
        self.link_inline_scripts()
        top = self.declared.get(None, set())
        for func in self.out.funcs:
            if func.owner is not None and (func.owner not in top or func.owner in ALIASES):
                func.owner = None  # `self.kill = ...`, `exports.run = ...`, a parameter: any receiver may be it
        by_node = {func.node_id: fid for fid, func in enumerate(self.out.funcs)}
        for result, table in self.table_calls:
            for node_id in table:
                if node_id in by_node:
                    self.graph.edge(self.out.funcs[by_node[node_id]].ret, result)
        for event, handlers in self.listeners.items():
            for value in self.emitted.get(event, ()):
                for node_id in handlers:
                    for param in self.out.funcs[by_node[node_id]].params[:1] if node_id in by_node else ():
                        self.graph.edge(value, param)
            if event not in RUNTIME_EVENTS:
                self.out.handlers[event] = [by_node[n] for n in handlers if n in by_node]
        self.out.emits = {event: scopes for event, scopes in self.emitters.items() if event not in RUNTIME_EVENTS}
        # `new Promise((resolve) => ... resolve(x))`: x is the promise's value.
        resolvers = {by_node[n]: promise for n, promise in self.executors.items() if n in by_node}
        calls = [(site.scope, site.name, site.args[0]) for site in self.out.calls if site.kind == "name" and site.args]
        for scope, name, value in calls + self.handed_names:
            while scope is not None and scope not in resolvers:
                scope = self.out.funcs[scope].parent
            if scope is not None and self.out.funcs[scope].param_names[:1] == [name]:
                self.graph.edge(value, resolvers[scope])  # (`getAll(q, resolve)`: what the callback receives)
        self.resolve_handed()
        self.wrapped_commands()
        for targets in self.out.exports.values():
            for i, target in enumerate(targets):
                if target[0] == "node":
                    targets[i] = ("fn", self.fid_of_node[target[1]]) if target[1] in self.fid_of_node else ("none",)

    def link_late_exports(self) -> None:
        """Exports named once the file is walked: Babel's getters of modules required below them, and what a UMD
        factory returns (its functions have their indexes now)."""
        for name, value, scope in self.late_exports:
            self.export(name, value, scope, late=True)
        for name, factory in self.factory_exports_of:
            for returned in factory_returns(factory):
                self.export(name, returned, self.fid_of_node.get(factory.id), late=True)

    def call_arguments(self, arg_nodes: list[Node], name: str) -> tuple[list, list[str], list[str | None]]:
        """A call's constant arguments, the patterns of those it builds from templates or concatenation, and each
        argument's constant or pattern in its position."""
        argv, shapes, positional = [], [], []
        for a in arg_nodes:
            value = self.const(a)
            argv.append(_argument(value, name))
            shape = self.pattern(a) if value is None and (a.type in ("template_string", "binary_expression") or fills_template(a)) \
                else None
            if shape and len(shape.replace(HOLE, "")) >= 4:
                shapes.append(shape)
            if a.type == "array" and value is None:
                # (an argument list built with variables: each item's constant, or a hole)
                value = [v if isinstance(v := self.const(c), str) else HOLE for c in a.named_children if c.type != "comment"][:64]
            positional.append(value if isinstance(value, (str, list)) else shape)
        return argv, shapes, positional

    def list_shape(self, node: Node, depth: int = 0) -> list[str] | None:
        """The items of an argument list, each a constant, a pattern or a hole (`['/Create', '/TN', name, '/TR', cmd]`):
        an array literal, or a constant string split into words and arrays concatenated to it
        (`'/create /f /sc onlogon /tr'.split(' ').concat([exe])`)."""
        if node.type == "array":
            items = [a for a in node.named_children if a.type != "comment"][:64]
            return [v if isinstance(v := self.const(a), str) else (
                self.pattern(a) if a.type in ("template_string", "binary_expression", "call_expression") else HOLE)
                for a in items]
        callee = node.child_by_field_name("function") if node.type == "call_expression" and depth < 4 else None
        if callee is None or callee.type != "member_expression" or not self.is_text(callee.child_by_field_name("property"), "concat"):
            value = self.const(node) if node.type == "call_expression" else None
            return [v if isinstance(v, str) else HOLE for v in value][:64] if isinstance(value, list) else None
        head = self.list_shape(callee.child_by_field_name("object"), depth + 1)
        args = node.child_by_field_name("arguments")
        if head is None or args is None:
            return None
        for a in args.named_children:
            more = self.list_shape(a, depth + 1) if a.type in ("array", "call_expression") else None
            head = head + (more if more is not None else [v if isinstance(v := self.const(a), str) else HOLE])
        return head[:64]

    def note_exec_wrapper(self, runner: str, arg_nodes: list[Node], argv: list, scope: int) -> None:
        """Remember the function `scope` as a wrapper of `runner` when a parameter of it is the command or one of
        its arguments. The run may sit in a callback inside it: `function run(cmd, args) { return new Promise((resolve)
        => execFile(cmd, args, …)) }` wraps execFile too."""
        funcs = self.out.funcs
        while funcs[scope].name.startswith("<anonymous") and funcs[scope].parent is not None:
            scope = funcs[scope].parent
        params = funcs[scope].param_names

        def item(a: Node, value):
            text = self.text(a, 100) if a.type == "identifier" else None
            if text is None or text not in params:
                return value
            index = params.index(text)
            return (REST if index == funcs[scope].rest else PARAM, index)

        template = [item(a, v) for a, v in zip(arg_nodes, argv)]
        if len(arg_nodes) >= 2 and arg_nodes[1].type == "array":
            items = [a for a in arg_nodes[1].named_children if a.type != "comment"][:64]
            template[1] = [item(a, self.const(a)) for a in items]
        flat = [t for x in template for t in (x if isinstance(x, list) else [x])]
        if any(isinstance(t, tuple) for t in flat):
            self.exec_wrappers[self.out.funcs[scope].name] = (runner, template)

    def wrapped_commands(self) -> None:
        """Each call of an exec wrapper is an exec call of the command it hands the wrapper (`ps(`Invoke-WebRequest
        ...`)`): the runner, with the call's constants and patterns in place of the wrapper's parameters."""
        for callee, node, scope, positional in self.named_calls:
            wrapper = self.exec_wrappers.get(callee)
            if wrapper is None or (scope is not None and self.out.funcs[scope].name == callee):
                continue
            runner, template = wrapper
            argv = [_fill(t, positional) if not isinstance(t, list) else None for t in template]
            shapes = []
            # (the arguments: the wrapper's own list with the call's values, or the list the call hands it, as
            # `run('networksetup', ['-setautoproxyurl', svc, url])` does to `(cmd, args) => execFileSync(cmd, args)`)
            rest = [_fill(t, positional) for t in template[1]] if len(template) >= 2 and isinstance(template[1], list) \
                else list(positional[template[1][1]:]) if len(template) >= 2 and isinstance(template[1], tuple) \
                and template[1][0] == REST \
                else argv[1] if len(argv) >= 2 and isinstance(argv[1], list) else None
            argv = [a if isinstance(a, str) else None for a in argv]
            if rest is not None:
                shapes.append(" ".join([argv[0] or HOLE, *(r if isinstance(r, str) else HOLE for r in rest)])[:MAX_STRING])
            # (what the call hands the wrapper reaches the runner: `gh(['gist', 'create', '-'], body)` gives it `body`)
            args = node.child_by_field_name("arguments")
            flows = tuple(self.memo.get(a.id) for a in args.named_children) if args is not None else ()
            self.add("call", runner, node, scope, argv, shapes, flows=tuple(f for f in flows if isinstance(f, int)))
            if shapes:
                self.add("string", shapes[-1], node, scope)
            line = shapes[-1] if shapes else argv[0]
            if isinstance(line, str) and (labels := command_labels(line)) and isinstance(made := self.memo.get(node.id), int):
                self.graph.own[made] |= labels  # (what `run('security', ['find-generic-password', …])` gives back is its output)

    def resolve_handed(self) -> None:
        """Function literals handed to calls, from syntax-tree nodes to function ids (known only once
        the walk has entered them)."""
        for site in self.out.calls:
            if site.handed:
                site.handed = tuple((i, self.fid_of_node[n]) for i, n in site.handed if n in self.fid_of_node)

    # --- the walk ------------------------------------------------------------------------------

    def walk(self, root: Node, budget: Budget, scope: int | None = None) -> None:  # noqa: C901 - one branch per syntax-tree node type, iterative on purpose
        # (node, its kind id, scope, parent's kind id, parent): the parent travels with the node because `Node.parent`
        # walks down from the root each time, which costs seconds on bundles (and is quadratic on
        # deep nesting). The parent is the nearest one that is not a parenthesized expression.
        # Nodes are told apart by kind id: a type name is a new string each time it is read, and most nodes have no
        # branch below (only those that do have their name read).
        language = self.language
        stack: list[tuple[Node, int, int | None, int, Node | None]] = [(root, root.kind_id, scope, -1, None)]
        handled = WALKED.union(NAME_NODES) if self.odd_names else WALKED
        handled_ids = _kind_ids(language, handled)
        unvisited = _kind_ids(language, TOKENS - handled)
        error = language.id_for_node_kind("ERROR", True)
        binary = _kind_ids(language, frozenset({"binary_expression"}))
        parenthesized = _kind_ids(language, frozenset({"parenthesized_expression"}))
        graph = self.graph
        push = stack.append  # (once per child of every node)
        visited = 0
        while stack:
            node, kind, scope, parent_kind, parent = stack.pop()
            visited += 1
            if visited % CHECK_EVERY == 0 and budget.expired():
                self.out.complete = False
                return
            graph.at = -1 if scope is None else scope  # what this node makes belongs to its function
            if kind == error:
                self.out.errors += 1
            t = node.type if kind in handled_ids else ""
            if not t:
                pass  # (most nodes: identifiers, arguments, blocks — no branch below is theirs)
            elif t == "member_expression":
                # (first: the most common of the types with a branch; each branch is of types of its own)
                self.visit_member(node, scope)
            elif t in FUNCTIONS:
                scope = self.enter_function(node, scope, parent)
            elif t in ("class_declaration", "class"):
                name = node.child_by_field_name("name")
                body = node.child_by_field_name("body")
                bound = parent.child_by_field_name("name") if parent is not None and parent.type == "variable_declarator" else None
                bound = self.text(bound, 200) if bound is not None and bound.type == "identifier" else None
                cls = self.text(name, 200) if name is not None else bound or f"<class@{node.start_point[0] + 1}>"
                if bound is not None and bound != cls:
                    # (`var Logger = class _Logger {…}`, esbuild's shape: the export list knows it as `Logger`)
                    self.out.class_aliases[bound] = cls
                if body is not None:
                    self.class_names[body.id] = cls
                if t == "class_declaration":
                    self.declare(scope, cls)
            elif t == "variable_declarator":
                self.bind(node, scope)
                self.visit_declarator(node, scope)
                value, name = node.child_by_field_name("value"), node.child_by_field_name("name")
                if value is not None and value.type == "identifier" and name is not None and name.type == "identifier" \
                        and len(self.src) <= MAX_ALIASED_BYTES:
                    # (`const resolve = resolve$1; export { resolve }`: esbuild's rename of an exported function)
                    self.name_aliases.append((scope, self.text(name, 200), self.text(value, 200)))
                while value is not None and value.type == "parenthesized_expression" and value.named_child_count:
                    value = value.named_children[0]
                if value is not None and value.type in ("object", "array") and name is not None and name.type == "identifier":
                    self.owners[value.id] = self.text(name, 200)
                    if value.type == "array" and (script := self.chunked_script(value)) is not None:
                        self.add("string", script[:MAX_STRING], value, scope)
                    table = [c.id for c in value.named_children if c.type in FUNCTIONS] if value.type == "array" else None
                    if table:
                        self.function_tables[self.text(name, 200)] = table
                    elif value.type == "array" and (names := self.named_list(value)):
                        self.name_lists[self.text(name, 200)] = names
                elif name is not None and name.type == "identifier" and self.is_subcommand(value):
                    self.subcommands.add(self.text(name, 200))
            elif t in ("object", "array") and (node.id in self.owners or node.id in self.literal_args):
                for child in node.named_children:
                    if node.id in self.owners and child.type == "pair":
                        self.owners[child.id] = self.owners[node.id]
                    if node.id in self.literal_args:
                        self.literal_args.add(child.id)
                        value = child.child_by_field_name("value") if child.type == "pair" else None
                        if value is not None and value.type in ("array", "object"):
                            self.literal_args.add(value.id)
            elif t == "import_statement":
                self.bind_import(node)
                self.visit_import(node)
            elif t == "export_statement":
                self.visit_export(node, scope)
            elif t in ("call_expression", "new_expression"):
                self.visit_call(node, scope)
                if t == "call_expression" and (self.text_decoders or self.pure_decoders):
                    self.decoded_property(node, scope)
            elif t in ("string", "template_string"):
                value = self.const(node)
                if value is None and t == "template_string":
                    value = self.pattern(node)
                    if len(value.replace(HOLE, "")) < 4:
                        value = None
                if isinstance(value, str) and len(value) >= 4:
                    self.add("string", value, node, scope)
                    hidden = (decode_standalone_hex(value) or decode_utf16_b64(value) or decode_gzip_b64(value)
                              or decode_reversed_b64(value) or decode_script_b64(value) or decode_script_char_codes(value)
                              or (decode_invisible(value) if not value.isascii() else None)) \
                        if t == "string" else None
                    if hidden:
                        self.add("string", hidden, node, scope)
                        self.out.decoded_literals = True
                if t == "string":
                    continue
            elif t == "binary_expression" and parent_kind not in binary:
                operator = node.child_by_field_name("operator")
                if operator is not None and self.is_text(operator, "+"):
                    value = self.pattern(node)
                    if value and len(value.replace(HOLE, "")) >= 4:
                        self.add("string", value, node, scope)
            elif self.odd_names and t in NAME_NODES:
                name = self.text(node, 200)
                if INVISIBLE_IN_NAME.search(name):
                    self.add("invisible-identifier", name, node, scope)
                elif not name.isascii() and OTHER_SCRIPT_IN_NAME.search(name) and any(c.isascii() and c.isalpha() for c in name):
                    self.add("mixed-script-identifier", name, node, scope)
            elif t == "subscript_expression":
                obj = node.child_by_field_name("object")
                if obj is not None and self.is_env(obj, scope):
                    index = self.const(node.child_by_field_name("index"))
                    self.add("env", index if isinstance(index, str) else "[dynamic]", node, scope)
            elif t in ("assignment_expression", "augmented_assignment_expression"):
                self.visit_assignment(node, scope)
            elif t == "return_statement":
                if scope is not None and node.named_child_count:
                    self.graph.edge(self.value(node.named_children[0], scope), self.ret_node(scope))
                    returned = node.named_children[0]
                    # (a path is returned joined, as a fallback or a choice of joins, or in a variable: other returns are not folded)
                    if returned.type in ("call_expression", "binary_expression", "ternary_expression", "identifier") \
                            and (shape := self.part_shape(returned)) is not None and "/" in shape:
                        self.returned_paths[self.out.funcs[scope].name] = shape
            elif t == "for_in_statement":
                self.visit_for_in(node, scope)
            elif t == "update_expression" and node.named_child_count and node.named_children[0].type == "identifier":
                self.consts.pop(self.text(node.named_children[0], 200), None)  # `i++`: no longer what it was declared
            elif t in ("for_statement", "while_statement", "do_statement"):
                if self.endless(node):
                    self.add("endless-loop", t, node, scope)
            elif t == "catch_clause":
                param = node.child_by_field_name("parameter")
                self.bind_pattern(param, None, scope, declare=True)
            elif t == "spread_element" and self.is_text(node, "...process.env"):
                if parent is not None and parent.type == "arguments":
                    self.add("env-all", "spread", node, scope)
            below = parent if kind in parenthesized else node
            for child in reversed(node.named_children):
                child_kind = child.kind_id
                if child_kind not in unvisited:
                    push((child, child_kind, scope, kind, below))

    def endless(self, loop: Node) -> bool:
        """A loop that never ends: no condition, `true`, `i < Infinity`, and nothing in its body
        that leaves it (break, return, throw, exit) or waits (await, yield)."""
        condition = loop.child_by_field_name("condition")
        if condition is not None and condition.type == "expression_statement" and condition.named_child_count:
            condition = condition.named_children[0]
        if condition is not None and condition.type == "parenthesized_expression" and condition.named_child_count:
            condition = condition.named_children[0]
        if condition is not None and condition.type not in ("empty_statement", "true") and not self.is_text(condition, "1") \
                and not (condition.type == "binary_expression" and self.text(condition, 200).replace(" ", "").endswith("<Infinity")):
            return False
        body = loop.child_by_field_name("body")
        if body is None or body.end_byte - body.start_byte > 20_000:
            return False
        return ESCAPES.search(self.src, body.start_byte, body.end_byte) is None

    def region_scope(self, node: Node) -> int:
        """A function standing for the unwalked code around a region (nothing is known to call it)."""
        self.out.funcs.append(Func(f"<region@{node.start_point[0] + 1}>", None, node.start_point[0] + 1, False))
        return len(self.out.funcs) - 1

    def holds_env(self, value: Node) -> bool:
        """`process.env`, or a choice with it on one side: a tool plugin's `context.env || process.env` (semantic-release
        hands its plugins the environment as `context.env`) is the environment either way."""
        return any(side is not None and self.is_text(side, "process.env") for side in choices(value) or (value,))

    def visit_declarator(self, node: Node, scope: int | None) -> None:
        name = node.child_by_field_name("name")
        value = node.child_by_field_name("value")
        if value is not None and name is not None and name.type == "identifier" and self.holds_env(value):
            self.env_aliases.add(self.text(name, 200))
        source = self.value(value, scope) if value is not None else None
        self.bind_pattern(name, source, scope, declare=True)

    def visit_import(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        module = self.const(source) if source is not None else None
        if not isinstance(module, str):
            return
        module = self.specifier(module)
        self.out.requires.append((None, module))
        local = module.startswith(".")
        for clause in node.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                idents = [part] if part.type == "identifier" else \
                    [c for c in part.named_children if c.type == "identifier"] if part.type == "namespace_import" else \
                    [s.child_by_field_name("alias") or s.child_by_field_name("name") for s in part.named_children]
                for ident in idents:
                    if ident is not None:
                        self.graph.edge(self.module_value(module) if local else None, self.declare(None, self.text(ident, 200)))

    def visit_for_in(self, node: Node, scope: int | None) -> None:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        operator = node.child_by_field_name("operator")
        if right is None:
            return
        if operator is not None and self.is_text(operator, "in"):
            if self.is_env(right, scope):
                self.add("env-all", "for-in", node, scope)
            keys = self.graph.node(op=KEYS)
            self.graph.edge(self.value(right, scope), keys)
            source = keys
        else:
            source = self.value(right, scope)
        listed = self.named_list(right) if right.type == "array" else \
            self.name_lists.get(self.text(right, 200)) if right.type == "identifier" else None
        if listed and left.type == "identifier":
            # `for (const source of [fromEnv, fromKeyring]) await source(host)`: calling the loop's variable calls each.
            self.loop_callees[self.text(left, 200)] = listed
        guard = _loop_guard(node.child_by_field_name("body"))
        if guard is not None:
            # `for (const k of Object.keys(process.env)) if (k.startsWith('VITE_')) out[k] = process.env[k]`:
            # the loop's names are those its guard keeps, as in `.filter((k) => k.startsWith('VITE_'))`.
            source = self.kept_by(self.text(guard, 300), source, False, secrets=False) or source
        kind = node.child_by_field_name("kind")
        self.bind_pattern(left, source, scope, declare=kind is not None)

    def visit_assignment(self, node: Node, scope: int | None) -> None:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return
        source = self.value(right, scope)
        # (`el[_q(20)] = url`: a bracket write with a constant key is the property write it spells)
        keyed = left.type == "subscript_expression" and isinstance(self.const(left.child_by_field_name("index")), str)
        if left.type == "member_expression" or keyed:
            if (owner := left.child_by_field_name("object")) is not None and owner.type == "identifier":
                self.write_table(owner, left, right, scope)
            name = self.callee_name(left)
            self.note_global(name, right)  # (`$jscomp.global = $jscomp.getGlobal(this)`)
            self.note_request_field(left, right)
            self.add("assign", name, node, scope, flows=(source,), receiver=self.value(left.child_by_field_name("object"), scope))
            if right.type == "identifier" and self.text(right, 200) in self.require_aliases and name.count(".") == 1 \
                    and name.split(".")[0] in GLOBAL_OBJECTS:
                # `global['r'] = require; r('child_process')`: a global that every module then reads as `r`
                self.require_aliases.update((name, name.split(".")[1]))
            if right.type == "identifier" and LOADER_HOOKS.match(name):
                # (the hook runs as soon as the next module is loaded: as if the code that sets it called it)
                self.out.calls.append(CallSite(scope, "name", self.text(right, 200)))
            target = self.export_name(left)
            if target is not None:
                self.export(target, right, scope)
            if right.type in FUNCTIONS and name.endswith(("module.exports", "module2.exports")):
                self.note_factory_export(node, right)
            elif right.type in ("identifier", "object"):
                self.note_prop_alias(left, right, name, scope)
            self.write_into(left, source, scope)
        elif left.type == "identifier" and self.is_text(left, "exports"):
            self.graph.edge(source, self.exports_node())
        elif left.type == "subscript_expression" and (target := self.export_name(left)) is not None:
            # `module['exports'] = function () {…}`, `exports['run'] = run`: obfuscators' bracket writes.
            self.export(target, right, scope)
        else:
            if left.type == "identifier":
                self.tables.pop(self.text(left, 200), None)
            if left.type == "identifier" and self.text(left, 200) in self.consts:
                self.reassign_const(node, self.text(left, 200), right, scope)
            if left.type == "identifier" and right.type == "call_expression":
                module = self.required_module(right)
                if module is not None and not module.startswith("."):
                    # `let WS; try { WS = require('ws'); } catch {}`: an optional module, bound late. (A
                    # file of the package required late is lazy loading, which the linker already follows.)
                    self.bindings[self.text(left, 200)] = module
            self.bind_pattern(left, source, scope, declare=False)

    def note_request_field(self, left: Node, right: Node) -> None:
        """`req.baggage = parseBaggage(req.headers['baggage'])` in one hook: `req.baggage` read in another is the
        header, parsed (a Fastify plugin's onRequest decorating what its onSend runs)."""
        holder, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
        if holder is None or prop is None or holder.end_byte - holder.start_byte > P.REQUEST_HOLDER_LENGTH \
                or right.end_byte - right.start_byte > MAX_DECORATION:
            return
        fields = P.REQUEST_FIELDS.get(holder_text := self.text(holder))
        if fields and (field := self.text(prop, 80)) not in fields:
            given = self.text(right)
            if any(f"{holder_text}.{read}" in given for read in fields):
                self.request_fields.setdefault(holder_text, set()).add(field)

    def write_table(self, owner: Node, left: Node, right: Node, scope: int | None) -> None:
        """`f.b = other` changes what `f.b` is: the key is no longer the literal's value (the whole table, for a key
        computed at run time). A constant written at the top level into a key the table does not have is one more
        of its constants (`$jscomp.tbl = ['aHR0…', 'base64']`: a namespace built a property at a time)."""
        table = self.tables.get(key := self.text(owner, 200))
        prop = left.child_by_field_name("property") if left.type == "member_expression" else left.child_by_field_name("index")
        field = self.text(prop, 200) if left.type == "member_expression" and prop is not None else self.const(prop)
        if not isinstance(field, str):
            self.tables.pop(key, None)
        elif scope is None and (table is None or field not in table and len(table) < MAX_TABLE) \
                and (value := self.const(right)) is not None:
            self.tables.setdefault(key, {})[field] = value
        elif table is not None:
            table.pop(field, None)

    def note_prop_alias(self, left: Node, right: Node, name: str, scope: int | None) -> None:
        """`exports2.prepare = prepare` and `module2.exports = { get, upload }` in a bundle's module factory: the
        declared function is that property too, which `drive.get(…)` or `(0, import_helper.prepare)(…)` calls. Only
        in a file small enough for field-insensitive flow to stay precise through such links (in aws-cdk's
        150,000-line bundle they carried graceful-fs's `process.cwd()` into basic-ftp's `send()`)."""
        if len(self.src) > MAX_ALIASED_BYTES or left.type != "member_expression":
            return
        if right.type == "identifier" and (prop := left.child_by_field_name("property")) is not None:
            self.prop_aliases.append((scope, self.text(right, 200), self.text(prop, 200)))
        elif right.type == "object" and name.endswith("exports"):
            for item in right.named_children:
                if item.type == "shorthand_property_identifier":
                    self.prop_aliases.append((scope, self.text(item, 200), self.text(item, 200)))
                elif item.type == "pair" and (value := item.child_by_field_name("value")) is not None \
                        and value.type == "identifier" and (key := item.child_by_field_name("key")) is not None:
                    self.prop_aliases.append((scope, self.text(value, 200), self.text(key, 200).strip("'\"")))

    def note_factory_export(self, node: Node, fn: Node) -> None:
        """Remember the function an esbuild `__commonJS` factory exports under the factory's variable (see
        `factory_exports`): the assignment, its statement, the body, the method, the object, the arguments,
        the `__commonJS` call and the declarator."""
        up = node
        for _ in range(8):
            up = up.parent
            if up is None:
                return
            if up.type == "variable_declarator":
                value, name = up.child_by_field_name("value"), up.child_by_field_name("name")
                callee = value.child_by_field_name("function") if value is not None and value.type == "call_expression" else None
                if callee is not None and self.text(callee, 40).endswith("__commonJS") and name.type == "identifier":
                    self.factory_exports[self.text(name, 200)] = fn
                return

    def reassign_const(self, node: Node, name: str, right: Node, scope: int | None) -> None:
        """A folded variable assigned again: it holds the new constant from here on (`s += 'abc'` builds
        a string), or no constant at all (`let d = ''; res.on('data', (c) => { d += c; })`: what the
        request delivers, not '')."""
        current = self.consts[name]
        loop = _enclosing_loop(node)
        if loop is not None and isinstance(current, str) and node.type == "augmented_assignment_expression" \
                and (walked := self.array_walk(loop)) is not None:
            # (`for (var i = 0; i < t.length; i++) u += String.fromCharCode(t[i] ^ 0x5f)`: a string built from each
            # element of a constant array, as a XOR-hidden URL is)
            built = self.hidden(self.fold_walk(right, current, *walked))
            if built is None:
                del self.consts[name]
                return
            self.consts[name] = built
            if len(built) >= 4:
                self.add("string", built, node, scope)  # (a string of the file, as a declaration's would be)
            return
        value = self.const(right)
        if loop is not None:
            # (`for (let i = 0; i < 5; i++) c = _(c);`: five layers of decoding, folded five times; any other loop leaves
            # a value the walk cannot count)
            count = self.trip_count(loop) if node.type == "assignment_expression" and value is not None else None
            for _ in range(count - 1 if count else 0):
                self.consts[name] = value
                if (value := self.const(right)) is None:
                    break
            if not count or value is None:
                del self.consts[name]
                return
        if node.type == "assignment_expression" and value is not None:
            self.consts[name] = value
        elif node.type == "augmented_assignment_expression" and self.is_text(node.child_by_field_name("operator"), "+=") \
                and isinstance(current, str) and isinstance(value, str):
            self.consts[name] = (current + value)[:MAX_STRING]
        else:
            del self.consts[name]

    def loop_header(self, loop: Node) -> str | None:
        """`let i = 0 i < 5 i++`: the three parts of a `for (…;…;…)` loop's header, or None for another loop."""
        if loop.type != "for_statement":
            return None
        parts = [loop.child_by_field_name(f) for f in ("initializer", "condition", "increment")]
        return None if any(p is None for p in parts) else " ".join(self.text(p, 80).strip().rstrip(";") for p in parts)

    def array_walk(self, loop: Node) -> tuple[str, list] | None:
        """(index, array) of `for (var i = 0; i < a.length; i++)` over a constant array of the file, or None."""
        header = self.loop_header(loop)
        match = ARRAY_LOOP.fullmatch(header) if header is not None else None
        array = self.consts.get(match.group(2)) if match is not None else None
        return (match.group(1), array) if isinstance(array, list) and 0 < len(array) <= MAX_WALKED else None

    def fold_walk(self, right: Node, current: str, index: str, array: list) -> str | None:
        """`current` with what `right` folds to for each index of `array` appended (None when one does not fold)."""
        saved = self.consts.get(index, UNSET)
        try:
            for i in range(len(array)):
                self.consts[index] = i
                piece = self.const(right)
                if not isinstance(piece, (str, int)) or len(current) >= MAX_STRING:
                    return None
                current += str(piece)
            return current
        finally:
            if saved is UNSET:
                self.consts.pop(index, None)
            else:
                self.consts[index] = saved

    def trip_count(self, loop: Node) -> int | None:
        """How many times `for (let i = 0; i < N; i++)` runs its body, for a small constant N."""
        header = self.loop_header(loop)
        match = COUNTED_LOOP.fullmatch(header) if header is not None else None
        return int(match.group(2)) if match is not None and 0 < int(match.group(2)) <= MAX_UNROLL else None

    def visit_concat(self, node: Node, name: str, scope: int | None) -> None:
        """Babel's template literal (`"".concat(a, " | sh")`), read once at the end of its chain: a string rules read,
        as a `+` concatenation is."""
        if name.endswith(".concat") and string_concat(node) and not _continued_concat(node):
            built = self.pattern(node)
            if built and len(built.replace(HOLE, "")) >= 4:
                self.add("string", built, node, scope)

    def note_decoded_receiver(self, node: Node, fn: Node, name: str, argv: list, scope: int | None) -> None:
        """`f('RXVyb3Bl…').split(',')`: a decoder's result used at once, kept as a string of the file, as a declaration's
        would be."""
        if fn.type != "identifier" or name not in self.pure or node.parent is None or node.parent.type != "member_expression" \
                or not argv or not isinstance(argv[0], str):
            return
        decoded = self.const(node)
        if isinstance(decoded, str) and len(decoded) >= 4 and decoded != argv[0]:
            self.add("string", decoded, node, scope)

    def decoded_property(self, call: Node, scope: int | None) -> None:
        """`{ gitlabCache: d("aHR0cHM6…") }`: what a decoder helper of the file makes of a constant, kept in an object's
        property or an array (a webpack module's table of templates), is a string of the file, as a variable's would
        be (blind set 49's CI sync CLI hid its include URL so)."""
        fn = call.child_by_field_name("function")
        name = self.text(fn, 200) if fn is not None and fn.type == "identifier" else ""
        # (the parent last: tree-sitter finds a node's parent by walking down from the root)
        if name and (name in self.text_decoders or name in self.pure_decoders) and call.parent is not None \
                and call.parent.type in ("pair", "array"):
            value = self.const(call)
            if isinstance(value, str) and len(value) >= 4:
                self.add("string", value, call, scope)

    def visit_call(self, node: Node, scope: int | None) -> None:
        is_new = node.type == "new_expression"
        fn = node.child_by_field_name("constructor" if is_new else "function")
        if fn is None:
            return
        self.value(node, scope)
        info: CallInfo | None = self.call_info.get(node.id)
        name = info.name.removeprefix("new ") if info is not None else self.callee_name(fn)
        args = node.child_by_field_name("arguments")
        arg_nodes = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if info is not None and info.this_arg:
            arg_nodes = arg_nodes[1:]
        self.literal_args.update(a.id for a in arg_nodes if a.type in ("object", "array"))
        self.note_subcommand_handlers(fn, arg_nodes)
        if fn.type in ("parenthesized_expression", "function_expression"):
            self.called_literal(fn, arg_nodes, node, scope)
        argv, shapes, positional = self.call_arguments(arg_nodes, name)
        self.visit_concat(node, name, scope)
        if fn.type == "identifier":
            self.named_calls.append((name, node, scope, positional))
            self.runner_wrapper(name, node, scope, argv)
        runs_process = exec_call(name)
        if scope is not None and runs_process:
            self.note_exec_wrapper(name, arg_nodes, argv, scope)
        self.note_decoded_receiver(node, fn, name, argv, scope)
        # (a list built by calls, `'…'.split(' ').concat([exe])`, is folded for a call that runs a process only)
        if len(arg_nodes) >= 2 and (arg_nodes[1].type == "array" or runs_process) and (rest := self.list_shape(arg_nodes[1])):
            # `spawn('./xmrig', ['-o', 'stratum+tcp://…'])`: the command line as the shell would see it.
            if any(v != HOLE for v in rest):
                shapes.append(" ".join([argv[0] or HOLE, *rest])[:MAX_STRING])
        flows = info.args if info is not None else ()
        receiver = info.receiver if info is not None else None
        if is_new:
            if name == "net.Socket" and arg_nodes and arg_nodes[0].type == "object" and \
                    any(c.type in ("pair", "shorthand_property_identifier") and self.text(c, 3) in ("fd", "fd:", "fd ")
                        for c in arg_nodes[0].named_children):
                name = "net.Socket(fd)"  # a stream on a file descriptor (stdio, a pipe), not a connection
            elif name.endswith("Worker") and len(arg_nodes) >= 2 and arg_nodes[1].type == "object" and any(
                    c.type == "pair" and self.text(c.child_by_field_name("key"), 8) == "eval"
                    and self.text(c.child_by_field_name("value"), 8) in ("true", "!0") for c in arg_nodes[1].named_children):
                name = P.WORKER_EVAL  # `new Worker(source, { eval: true })`: the first argument is code the thread runs
            self.add("new", name, node, scope, [a if isinstance(a, str) else None for a in argv], shapes, flows, receiver,
                     info.result if info is not None else None)
            return
        if name == "import" and arg_nodes:
            name, argv = self.data_url_import(arg_nodes[0], argv)
        self.add("call", name, node, scope, argv, shapes, flows, receiver, info.result if info is not None else None)
        self.note_decoded(name, node, scope)
        # Constant strings built by expressions (concatenation, decoding, path joins) are facts too:
        # that is where hidden URLs and secret paths live.
        for a, value in zip(arg_nodes, argv):
            if value is not None and a.type not in ("string", "template_string"):
                self.add("string", value, a, scope)
        if shapes and argv and shapes[-1].startswith((argv[0] or HOLE) + " "):
            self.add("string", shapes[-1], node, scope)  # the whole command line is a string rules read too
        elif len(arg_nodes) == 1 and arg_nodes[0].type == "array" and not exec_call(name):
            self.note_argument_list(arg_nodes[0], scope)
        if name in ("path.join", "path.resolve", "path.posix.join", "path.win32.join") and len(arg_nodes) > 1:
            # (a variable that holds another join adds that join's path: `rc = join(sshDir, 'rc')` is `*/.ssh/rc`)
            self.add("string", self.join_shape(arg_nodes), node, scope)
        if _exports_through(name, arg_nodes):
            self.visit_export_helper(arg_nodes, scope)
        elif name == "Object.defineProperty" and len(arg_nodes) == 3 and self.is_text(arg_nodes[0], "exports") \
                and isinstance(argv[1], str):
            self.visit_define_export(argv[1], arg_nodes[2], scope)
        # The whole environment serialised or enumerated (not passed on as a child's env).
        if name in ("JSON.stringify", "Object.keys", "Object.entries", "Object.values", "Object.assign",
                    "Buffer.from", "querystring.stringify", "qs.stringify", "URLSearchParams") and \
                any(self.is_text(a, "process.env") for a in arg_nodes):
            self.add("env-all", name, node, scope)

    def data_url_import(self, arg: Node, argv: list) -> tuple[str, list]:
        """`import('data:text/javascript;base64,…')`: a module made of a string, eval by another name. The callee
        becomes DATA_URL_IMPORT, with the folded code as its argument; or with none when the code is added at run
        time (`'data:text/javascript;base64,' + fetched`), where what flows into the argument is what runs."""
        code = data_url_code(argv[0]) if argv and argv[0] else None
        if code is not None:
            return P.DATA_URL_IMPORT + (":base64" if code[1] else ""), [code[0]]
        base64 = data_url_base64(self.pattern(arg) or "") if arg.type in ("binary_expression", "template_string") else None
        if base64 is not None:
            return P.DATA_URL_IMPORT + (":base64" if base64 else ""), [None]
        return "import", argv

    def runner_wrapper(self, name: str, node: Node, scope: int | None, argv: list) -> None:
        """`const run = (s) => Function(atob(s.split('').reverse().join(''))); run('…')()`: a one-expression helper that
        hands what it makes of its argument to a code runner, called on a constant. The call runs that code: it is a
        runner given the folded code where the helper is called (the helper itself sees only its parameter)."""
        if name not in self.pure or not argv or any(a is None for a in argv):
            return
        params, body = self.pure[name]
        if body.type not in ("call_expression", "new_expression"):
            return
        callee = body.child_by_field_name("constructor" if body.type == "new_expression" else "function")
        runner = self.callee_name(callee) if callee is not None else ""
        arguments = body.child_by_field_name("arguments")
        if runner not in WRAPPED_RUNNERS or arguments is None or not arguments.named_child_count:
            return
        code = self.apply_pure((params, arguments.named_children[-1]), argv, 2)
        if isinstance(code, str) and code:
            self.add("call", runner, node, scope, [code[:MAX_STRING]])

    def called_literal(self, fn: Node, arg_nodes: list[Node], node: Node, scope: int | None) -> None:
        """A function literal called where it is written: a packer's decoder, an obfuscator's string-array rotation."""
        self.unpack(fn, arg_nodes, node, scope)
        if len(arg_nodes) == 2 and not self.rotate_checksum(fn, arg_nodes):
            self.rotate_array(fn, arg_nodes)

    def unpack(self, fn: Node, arg_nodes: list[Node], node: Node, scope: int | None) -> None:
        """Dean Edwards' packer (`function(p,a,c,k,e,d){…}('0 1', 62, 2, 'var|x'.split('|'), 0, {})`): the code it
        unpacks is a string of the file, hidden from its readers, and judged as the code it is."""
        if not 4 <= len(arg_nodes) <= 6:
            return
        while fn.type == "parenthesized_expression" and fn.named_child_count:
            fn = fn.named_children[-1]
        params = fn.child_by_field_name("parameters") if fn.type == "function_expression" else None
        if params is None or not PACKER_PARAMS.match(self.text(params, 40)):
            return
        payload, base, count, words = (self.const(a) for a in arg_nodes[:4])
        if isinstance(payload, str) and isinstance(base, (int, float)) and isinstance(count, (int, float)) \
                and isinstance(words, list) and all(isinstance(w, str) for w in words):
            unpacked = unpack_packer(payload, int(base), int(count), words)
            if unpacked:
                self.add("string", unpacked[:MAX_STRING], node, scope)

    def note_decoded(self, name: str, node: Node, scope: int | None) -> None:
        """What a decoder gives, wherever it goes (an element of a command's argument list, a variable):
        a URL hidden in base64, behind a local XOR or base32 decoder or in an obfuscator's string array, is a string of
        the file too. (As a call's
        argument, it is added as one.) A local decoder given one of two constants gives both."""
        if name in self.text_decoders or name in self.pure:
            for value in self.branch_consts(node):
                self.add("string", value, node, scope)
        # (an obfuscator's string-array decoder too, where its string is a value, `tx.to = _0x2d('0x6')`, not a property
        # name it reads, `window[_0x2d('0x0')]`)
        array_value = name in self.decoders and node.parent is not None and node.parent.type != "subscript_expression"
        if (name not in DECODED_RESULTS and name not in self.text_decoders and not array_value) \
                or (node.parent is not None and node.parent.type == "arguments"):
            return
        decoded = self.const(node)
        if isinstance(decoded, str) and decoded:
            self.add("string", decoded, node, scope)

    def chunked_script(self, array: Node) -> str | None:
        """The script a list of base64 chunks makes (see `decode_chunked_script_b64`); asked of every named list, so
        its first element is looked at before any is folded."""
        first = array.named_children[0] if array.named_child_count >= 2 else None
        if first is None or first.type != "string" or not self.text(first, 8)[1:].startswith("IyE"):
            return None
        chunks = [self.const(c) for c in array.named_children[:256]]
        return decode_chunked_script_b64(chunks) if all(isinstance(c, str) for c in chunks) else None

    def note_argument_list(self, array: Node, scope: int | None) -> None:
        """`git(['config', '--global', 'core.hooksPath', dir])`: arguments handed to a helper that runs a
        program, read as the command line they make (constant words with an option among them)."""
        words = [self.const(e) for e in array.named_children[:64] if e.type != "comment"]
        if len(words) >= 2 and all(isinstance(w, str) for w in words) and any(w.startswith("-") for w in words):
            self.add("string", " ".join(words)[:MAX_STRING], array, scope)

    def visit_member(self, node: Node, scope: int | None) -> None:
        if not self.src.startswith(b"process.env", node.start_byte):
            # (the object comes first: most member reads are not of the environment, and are told by their text;
            # `const e = process.env; e.AWS_SECRET_ACCESS_KEY` reads it through an alias)
            obj = node.child_by_field_name("object")
            if obj is None:
                return
            if self.env_aliases and self.is_env(obj, scope) \
                    and (prop := node.child_by_field_name("property")) is not None and prop.type == "property_identifier":
                self.add("env", self.text(prop, 200), node, scope)
            elif self.src[obj.end_byte - 3:obj.end_byte] == b"env" and self.names_env(obj) \
                    and (prop := node.child_by_field_name("property")) is not None \
                    and P.SECRET_ENV.match(name := self.text(prop, 200)):
                self.add("env", name, node, scope)  # (`context.env.NPM_TOKEN`: see `Values.names_env`)
            return
        obj = node.child_by_field_name("object")
        if obj is None or not self.is_text(obj, "process.env"):
            return
        prop = node.child_by_field_name("property")
        if prop is not None:
            self.add("env", self.text(prop, 200), node, scope)


def _argument(value: object, callee: str) -> str | None:
    """A call's argument as facts keep it: a constant string; a date's year, month and day (`new Date(Y,
    M, D)` is a calendar date) as digits, and a file mode in octal."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and callee in DATES:
        return str(value)
    return oct(value) if isinstance(value, int) and callee in MODES else None


def _exports_through(name: str, arg_nodes: list[Node]) -> bool:
    """A call that exports for its module: tsc's `__exportStar`, esbuild's `__export` (by name or minified)."""
    return name in EXPORT_HELPERS or name.endswith(".__exportStar") or _minified_export(arg_nodes)


def _minified_export(arg_nodes: list[Node]) -> bool:
    """esbuild's `__export` under a minified name: `U(X, {fileIcon: () => k, fileIcons: () => j})`, an
    object of getters that each return a name."""
    if len(arg_nodes) != 2 or arg_nodes[0].type != "identifier" or arg_nodes[1].type != "object":
        return False
    pairs = arg_nodes[1].named_children
    return bool(pairs) and all(_name_getter(p) for p in pairs)


def _name_getter(pair: Node) -> bool:
    """`key: () => name`."""
    value = pair.child_by_field_name("value") if pair.type == "pair" else None
    if value is None or value.type != "arrow_function":
        return False
    params, body = value.child_by_field_name("parameters"), value.child_by_field_name("body")
    return (params is None or not params.named_children) and body is not None and body.type == "identifier"


def extract(path: str, source: bytes, budget: Budget | None = None, subpaths: Mapping[str, str] | None = None,
            entry: bool = False) -> FileFacts:
    """The facts of one file (`subpaths`: the package's subpath imports, see `package.subpaths`); a
    walk that runs out of `budget` returns what it read with `complete` False. Files over `SPARSE_BYTES`
    (`ENTRY_SPARSE_BYTES` for an `entry`: an install hook's file or the package's entry) are walked around their
    risky tokens only (`sparse.py`); files over MAX_WALK_BYTES are not parsed, and are incomplete if they hold a
    risky token."""
    budget = budget or Budget.unlimited()
    if len(source) > MAX_WALK_BYTES:
        out = FileFacts(path)
        out.walked = False
        out.complete = RISKY.search(source) is None
        return out
    parser = parser_for(path)
    extractor = _Extractor(path, source, subpaths or {}, parser.language)
    tree = parser.parse(source)
    extractor.string_arrays(tree.root_node)
    extractor.webpack_runtime()
    if len(source) <= (ENTRY_SPARSE_BYTES if entry else SPARSE_BYTES):
        extractor.walk(tree.root_node, budget)
    else:
        parts, complete = regions(tree.root_node, source)
        extractor.out.complete = complete
        for node, top in parts:
            scope = None if top else extractor.region_scope(node)
            extractor.walk(node, budget, scope)
            if budget.expired():
                extractor.out.complete = False
                break
    extractor.finish()
    return extractor.out
