"""Sinks and what reaches them: shared by the exfiltration and beacon rules.

A sink is a call that sends its arguments off the machine: an HTTP request or socket (and the
write/end/send methods of one, a `node -e` child whose script makes a request among them: see
`values.inline_sender`), a DNS lookup of a built name, a command that runs a network tool.
What reaches its arguments comes from the flow graph, so a secret read in one function and sent
from another file is one chain, and a secret read beside an unrelated request is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .. import flow as F
from .. import patterns as P
from ..behaviours import executes, sends
from ..program import Fact
from ..values import classify_string
from ..view import FileView

BARE_IP = re.compile(r"\d{1,3}(\.\d{1,3}){3}")
SMALL_MODULE = 8000
"""Bytes of a module small enough that its top-level constants are read as its functions' own."""


@dataclass(frozen=True)
class Sink:
    fact: Fact
    level: str
    labels: int
    """Everything that reaches the call's arguments and receiver."""
    destination: int
    """Destination labels of where it sends (REGISTRY, OOB_HOST, RAW_IP)."""
    how: str
    dns: bool = False



def sinks(view: FileView) -> list[Sink]:
    """The file's sinks, each with the sensitive labels whose origin is part of the same behaviour
    (see `FileView.related_labels`). Found once per file: five rules read them, and tracing a
    label's origins walks the package's graph."""
    if "sinks" not in view.derived:
        found = []
        for sink in _candidates(view):
            f = sink.fact
            labels = view.related_labels(f.scope, (*f.flows, f.receiver), sink.labels)
            found.append(sink if labels == sink.labels else Sink(f, sink.level, labels, sink.destination, sink.how, sink.dns))
        view.derived["sinks"] = found
    return view.derived["sinks"]


def _candidates(view: FileView) -> Iterator[Sink]:
    graph = view.facts.graph
    for level, facts in view.groups():
        for f in facts:
            if f.kind == "assign":
                target = P.PAGE_LOCATION.match(f.value) or (P.ELEMENT_URL.search(f.value) and graph.value(f.receiver) & F.NET_HANDLE)
                # The page's URL sinks run in a browser, where `process.env` is what the bundler
                # inlined at build time: what they can leak is the page's (cookies, storage, forms).
                labels = view.facts.fact_labels(f) & ~F.ENVIRONMENT
                if target and labels:
                    yield Sink(f, level, labels, labels & F.DESTINATIONS, f"a URL the browser loads ({f.value})")
                continue
            if f.kind not in ("call", "new"):
                continue
            # (what reaches the call is read by the branches that report it: most calls are none of them)
            first = graph.value(f.flows[0]) if f.flows else 0
            receiver = graph.value(f.receiver)
            if sends(f):
                if f.result is not None and graph.own[f.result] & F.LOOPBACK:
                    continue  # to this machine (localhost, a Unix socket): nothing leaves it (see calls.py)
                destination = (first | _constant_destination(f)) & F.DESTINATIONS
                yield Sink(f, level, view.labels(f), destination, f"a network call ({f.value})")
            elif f.kind == "call" and f.value == "import" and (_imports_url(view, first) or _url_specifier(f)):
                yield Sink(f, level, view.labels(f), first & F.DESTINATIONS or F.OTHER_HOST, "a module it loads from a URL (import())")
            elif f.kind == "call" and f.value.endswith(".pipe") and f.flows and graph.value(f.flows[0]) & F.NET_HANDLE:
                # `fs.createReadStream(p).pipe(req)`: what the stream reads goes into the request.
                yield Sink(f, level, receiver & ~F.HANDLES, graph.value(f.flows[0]) & F.DESTINATIONS, f"a stream piped into a request ({f.value})")
            elif f.kind == "call" and receiver & F.NET_HANDLE and P.NET_WRITE_METHOD.search(f.value) \
                    and not (receiver & F.LOOPBACK and not receiver & (F.RAW_IP | F.OOB_HOST)) and not _addressed_frame(f):
                # (a socket to this machine keeps what is written to it, URLs in a payload included:
                # only an IP or an out-of-band host on it says it also goes elsewhere -- nx's daemon
                # socket carried the registry and GitHub URLs of the messages it sends)
                # What is sent is what is written; the request object's own labels say where it goes
                # (its options were judged where the request was made).
                written = view.facts.fact_labels(f)
                if written & F.SECRET_PATH and P.UPLOAD_METHOD.search(f.value):
                    written |= F.SECRET_DATA  # `sftp.fastPut(localPath, …)`: the client reads the file it is given
                # (a datagram socket is told where each message goes: `sock.send(msg, port, address)`)
                # (or what the flow brings to its address: `sock.send(msg, dest.port, dest.host)` of a relay table)
                datagram = 0
                if f.value.endswith(".send"):
                    address = f.flows[2] if len(f.flows) > 2 else None
                    datagram = _named_destination(f.args[2:]) | (graph.value(address) if address is not None else 0)
                # (a frame's window is another site's page: `frame.contentWindow.postMessage(data, '*')` hands it data,
                # whatever page the frame holds now)
                framed = F.OTHER_HOST if f.value.endswith(".postMessage") else 0
                if written:
                    yield Sink(f, level, written, (receiver | datagram | framed) & F.DESTINATIONS, f"a request it writes to ({f.value})")
            # (the words first: every call of the file that sends nothing gets this far)
            elif f.kind == "call" and ((f.value.startswith("dns") and P.DNS_CALLS.match(f.value))
                                       or (receiver & F.RESOLVER and P.RESOLVE_METHOD.search(f.value))) \
                    and (not f.args or f.args[0] is None) and (f.shapes or first & (F.DESTINATIONS | F.HOST_LITERAL)):
                # A name built around a domain the code names (`${hex}.oast.example`, or in a variable:
                # `name = `${chunk}.${i}.${DOMAIN}``) carries data; a host name taken as it is from the
                # caller's settings (`dns.lookup(cfg.host)`) is looked up.
                destination = (first | receiver) & F.DESTINATIONS | (F.OTHER_HOST if first & F.HOST_LITERAL else 0)
                yield Sink(f, level, view.labels(f), destination, f"a DNS lookup of a built name ({f.value})", dns=True)
            elif f.kind == "call" and "Transaction" in f.value and P.TRANSACTION_SENDS.search(f.value) and not f.value.startswith(".") \
                    and _payload(f) is not None:
                # (the signers — a wallet receiver, `sendAndConfirmTransaction(conn, tx, [payer])` — hold the key
                # that pays, and it does not travel: only the transaction's own content is sent. A function of the
                # package's own modules, viem's `sendTransaction(client, { account, … })` in viem, is judged inside.)
                carried = graph.value(_payload(f)) & ~F.HANDLES
                if carried:
                    yield Sink(f, level, carried, F.OTHER_HOST, f"a blockchain transaction's payload ({f.value})")
            elif executes(f) and f.result is not None and graph.own[f.result] & F.NET_HANDLE:
                # `spawn(process.execPath, ['-e', \`fetch(URL, {body: fs.readFileSync(${tmp})})\`])`: a process whose
                # script sends (`values.inline_sender`) sends what it is given (a file's path given to it is read)
                yield Sink(f, level, graph.value(f.result) & ~F.HANDLES & ~F.DESTINATIONS,
                           graph.own[f.result] & F.DESTINATIONS, f"a process whose script sends ({f.value})")
            elif executes(f) and (sink := _network_command(view, f, level)) is not None:
                yield sink


def _network_command(view: FileView, f: Fact, level: str) -> Sink | None:
    """A process that sends: a network tool (curl, nslookup, nc), or a command addressed to an IP or out-of-band host."""
    command = " ".join([a for a in f.args if a] + list(f.shapes))
    labels = view.labels(f)
    if (url := P.URL.search(command)) is not None:
        # (a constant URL among the arguments: `execFileSync('curl', ['--data-binary', '@-', 'https://…'],
        # { input })` sends its input there)
        labels |= classify_string(url.group(0)) & F.DESTINATIONS
    # (a gist published; a tarball fetched from a URL built with a host the file names)
    fetches = P.GIST_UPLOAD.search(command) or (labels & F.HOST_LITERAL and P.PACKAGE_INSTALL.search(command))
    if fetches:
        labels |= F.OTHER_HOST
    # (`openssl s_client -connect 203.0.113.5:443`, `nc 203.0.113.5 4444`: a public address among the words)
    labels |= _named_destination(tuple(w.rsplit(":", 1)[0] for w in command.split()[:40])) & F.RAW_IP
    if not (fetches or P.NETWORK_TOOL.search(command) or labels & (F.OOB_HOST | F.RAW_IP)):
        return None
    dns = any(t in command for t in ("nslookup", "dig ", "host "))
    if labels & F.SECRET_PATH:  # `curl -F f=@~/.npmrc`, `-T path`: the tool reads the file
        labels |= F.SECRET_DATA
    return Sink(f, level, labels, labels & F.DESTINATIONS, f"a network command ({command[:60] or f.value})", dns=dns)


def _imports_url(view: FileView, specifier: int) -> bool:
    """`import(BASE + lang + '.js?r=' + tag)`: a module loaded from a URL is a request for it, with what the URL
    carries: to an IP address, an out-of-band host or a host the file hides. (A host named somewhere in the file is not
    enough: field-insensitive flow gives a config loader's `import(pathToFileURL(file))` every label its paths have.)"""
    return bool(specifier & (F.OOB_HOST | F.RAW_IP)) or bool(specifier & F.DECODED and view.hidden_url() is not None)


def _url_specifier(f: Fact) -> bool:
    """`import('https://rules.example/v1/' + ctx + '/ruleset.mjs')`: the specifier is written as a URL (what is built into
    it goes to that host; Node imports it under `--experimental-network-imports`)."""
    return any(shape[:8].lower().startswith(("https://", "http://")) for shape in f.shapes)


def _payload(f: Fact) -> int | None:
    """The flow node of the transaction a send call is given: web3.js's `sendAndConfirm*(connection, tx, …)` take
    the connection first, a connection's or a wallet's `sendTransaction(tx, …)` the transaction."""
    index = 1 if f.value.removeprefix("@solana/web3.js.").startswith("sendAndConfirm") else 0
    return f.flows[index] if len(f.flows) > index else None


def _named_destination(args: tuple) -> int:
    """The address among constant words: where a datagram is sent (`send(msg, [offset, length,] port, address)`), or
    where a network command connects: a bare IP (not this machine's) or host name."""
    from ..values import classify_string

    out = 0
    for a in args:
        if a and BARE_IP.fullmatch(a) and not a.startswith(("127.", "0.")):
            out |= F.RAW_IP
        elif a and classify_string(a) & F.HOST_LITERAL:
            out |= F.OTHER_HOST
    return out


def _constant_destination(f: Fact) -> int:
    from ..values import classify_string

    out = 0
    for a in f.args[:1]:
        if a:
            out |= classify_string(a)
    return out


def _addressed_frame(f: Fact) -> bool:
    """A message posted to a frame for the origin of the page the code loaded there (three.js's graph editor sends its
    saved graph to `new URL(iframe.src).origin`), not to whatever page the frame holds (`'*'`). A message with no origin
    is posted to a worker or a port, not to a frame."""
    return f.value.endswith(".postMessage") and len(f.args) >= 2 and f.args[1] != "*"


def to_hidden_host(view: FileView, sink: Sink) -> bool:
    """The sink goes to another machine, in a file that hides a URL (built from char codes or decoded,
    never written): a package hides where it sends only from its reviewers."""
    return bool(sink.destination & F.REMOTE) and view.hidden_url() is not None


def app_sends_to_endpoint(view: FileView, sink: Sink) -> bool:
    """A sink in a function nothing in the package calls but the application runs (`FileView.run_by_app`: an export, an
    interceptor or handler it registers) that sends to an out-of-band endpoint written (or folded) in that very
    function: a webhook URL or a bot path among its strings, not a label that reached the sink from elsewhere in a
    large module (field-insensitive flow). In a small module, a constant of the module's own top level is the function's
    too (`const P = '/bot…/sendMessage'` beside `function send(text)`): nothing else there for the label to come from."""
    if sink.level != "deferred" or not sink.destination & F.OOB_HOST:
        return False
    scope = sink.fact.scope
    small = len(view.text) <= SMALL_MODULE
    return any((f.scope == scope or (small and f.scope is None)) and "/" in f.value and P.EXFIL_URL.search(f.value)
               for f in view.of_kind("string")) and view.run_by_app(sink.fact)


URL_FIRST = re.compile(r"^(" + P.HTTP_CLIENT_CALLS + r")$")
"""Network calls whose first argument is where they send: not an upload API's options (`uploadFiles({ files })`,
`gists.create({ files })`), which name no host because the service is fixed."""


def to_its_own_host(view: FileView, sink: Sink) -> bool:
    """A secret sent to a host read from the secret's own file and to no host the code names, in a file that hides no
    URL: each `//registry.example/:_authToken=` line of an `.npmrc` tried against that registry's `/-/whoami` (an auth
    checker), a docker config's `auths` entry against its own registry. A stealer names where it sends, in the open or
    decoded; a credential goes where its file says it belongs."""
    if sink.destination or not sink.fact.flows or not URL_FIRST.match(sink.fact.value):
        return False
    url = view.facts.graph.value(sink.fact.flows[0])
    return bool(url & F.SECRET_DATA) and not url & (F.DECODED | F.RECEIVED | F.HOST_LITERAL) and view.hidden_url() is None


def to_registry_only(sink: Sink) -> bool:
    """A request to the npm registry (the configured one or the public one), and nowhere else."""
    return bool(sink.destination & F.REGISTRY) and not sink.destination & (F.OOB_HOST | F.RAW_IP | F.OTHER_HOST)


def to_metadata(view: FileView, sink: Sink) -> bool:
    """A request to a cloud metadata service itself (its token in the next request's headers; the credentials it
    answered carried, field-insensitively, in the options of the next request to it)."""
    f = sink.fact
    return bool(f.flows) and view.facts.graph.value(f.flows[0]) & F.METADATA != 0


def source_fact(view: FileView, labels: int) -> Fact | None:
    """A fact of the file that is where the labels come from, for the finding's location."""
    for f in view.all:
        if labels & F.SECRET_DATA and f.kind == "string" and P.SECRET_PATHS.search(f.value) and len(f.value) < 300:
            return f
        if labels & (F.ENV_ALL | F.ENV_OBJ) and f.kind == "env-all":
            return f
        if labels & F.ENV_SECRET and f.kind == "env" and P.SECRET_ENV.match(f.value):
            return f
        if labels & F.IDENTITY and f.kind == "call" and f.value in P.IDENTITY_CALLS:
            return f
    return None


def identities(labels: int) -> list[str]:
    return [name for bit, name in F.IDENTITY_NAMES.items() if labels & bit]
