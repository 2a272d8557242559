from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import commands
from ..program import Fact
from ..values import asks_password
from ..view import FileView, Grid
from . import rule
from ._chain import (
    app_sends_to_endpoint,
    sinks,
    source_fact,
    to_hidden_host,
    to_its_own_host,
    to_metadata,
    to_registry_only,
)

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.LOW, C.LOW))
TO_ENDPOINT = (S.HIGH, C.MEDIUM)
"""Deferred, but to an out-of-band endpoint or with other processes' environment: no library sends
those anywhere, whoever calls the function."""
APP_TO_ENDPOINT = (S.CRITICAL, C.HIGH)
"""The same in code the application runs (an exported function, a hook or handler it registers), with the endpoint
written in the function that sends: a trojanized library that posts the service's secrets to a Discord webhook each
time it starts."""
SWEEP = (S.CRITICAL, C.HIGH)
"""The same, when the file names `patterns.SWEEP_STORES` credential stores or more (a stealer's sweep). So is it in a
module a CLI runs when it starts."""
STOLEN = F.SECRET_DATA | F.ENV_ALL | F.ENV_OBJ
APP_CALLS = (S.HIGH, C.MEDIUM)
"""Deferred, in a function the application calls (an entry module's export), to a host the code
names: a trojanized library function (a metrics exporter that ships the service-account token, a
URL parser that uploads ~/.npmrc). A library's own endpoints get API keys, not files of the machine."""
TO_BARE_HOST = (S.CRITICAL, C.HIGH)
"""In a file nothing loads (a build script that `prepare` runs, a tool script), to a bare IP address, an
out-of-band endpoint or a host the file hides: a build sends its results to the project's own service,
never every secret of the machine to an address nobody can read."""
WITH_IDENTITY = (S.CRITICAL, C.HIGH)
"""A secret file's content sent with the machine's host or user name, from code that runs (a module a CLI loads, a
function the application runs)."""
PROMPTED = (S.CRITICAL, C.HIGH)
"""A password the user typed into a system dialog (zenity, osascript, Get-Credential), sent off the machine."""
WHOLE_ENV_APP_CALLS = (S.CRITICAL, C.HIGH)
"""The same with the whole environment: a caller hands a library its data, never all of `process.env`,
which holds every token of the process (ctx's constructor, 2022)."""


@rule("secret-exfiltration", title="Secret files or the whole environment sent off the machine",
      description="The content of a credential, wallet or browser-profile file, what a cloud metadata service "
                  "answers (the instance's role credentials and tokens), or the whole process.env "
                  "(serialised, enumerated or sent as an object), reaches the arguments of a network call, a "
                  "request or socket write, a DNS lookup of a built name or a network command. Data flow decides: "
                  "a constant file name that is never read, an environment filtered by a constant prefix or list, "
                  "a socket on a file descriptor and a request to the npm registry are not exfiltration. A password the user "
                  "typed into a system dialog the package drew (zenity, osascript, Get-Credential) counts as a secret, "
                  "critical wherever it is sent; so does a TLS connection's key log line (`keylog` event). A pod's "
                  "service-account token sent to a host the code names, by a file that lists the cluster's secrets with "
                  "it, is critical from a function the application calls. In code the "
                  "application runs, critical to an out-of-band endpoint or to a host the file hides.",
      category="exfiltration", consumes=("flows", "call", "new", "string", "env-all"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    best = None
    for sink in sinks(view):
        stolen = sink.labels & STOLEN
        if sink.labels & F.METADATA and sink.destination & F.REMOTE and not to_metadata(view, sink):
            stolen |= F.SECRET_DATA  # the instance's credentials, answered by the metadata service
        if not stolen or to_registry_only(sink) or (stolen == F.SECRET_DATA and to_its_own_host(view, sink)):
            continue
        grade, app = _grade(view, sink, stolen)
        if best is None or grade > best[0]:
            best = (grade, sink, stolen, app)
    if best is None:
        return
    (severity, confidence), sink, stolen, app = best
    what = "a password the user typed into a system dialog it drew" if _prompted(view, sink, stolen) \
        else "the headers of the requests the application sends (its API keys and tokens)" \
        if stolen & F.SECRET_DATA and sink.labels & F.SENT_REQUEST \
        else "the content of a secret file" if stolen & F.SECRET_DATA else "the whole environment"
    when = view.when_text(sink.level) + (" the package exports to the application" if app else "")
    source = source_fact(view, stolen)
    yield view.finding("secret-exfiltration", severity, confidence, "exfiltration",
                       f"Sends {what} through {sink.how}, {when}.",
                       source or sink.fact, sink.level, sink_line=sink.fact.line, sink=sink.fact.value[:120])


def _grade(view: FileView, sink, stolen: int) -> tuple[tuple[S, C], bool]:
    """The sink's (severity, confidence), and whether it is graded as a function the application calls."""
    if _prompted(view, sink, stolen):
        # The password typed into a system dialog the package drew ("Authentication Required", "your session has
        # expired"), sent away: a login asks in the terminal and sends to its own API, never through a system prompt.
        return PROMPTED, False
    if app_sends_to_endpoint(view, sink):
        return APP_TO_ENDPOINT, True
    if sink.level == "deferred" and stolen & F.SECRET_DATA and to_hidden_host(view, sink) and view.run_by_app(sink.fact):
        # (to a host the file hides, decoded from char codes or base64 at run time: a library names its own endpoint)
        return APP_TO_ENDPOINT, True
    if sink.level == "deferred" and (sink.destination & F.OOB_HOST or _other_process(view)):
        return TO_ENDPOINT, False
    if sink.level in ("module", "deferred") and stolen & F.SECRET_DATA and sink.labels & (F.HOST_NAME | F.USER_NAME) \
            and sink.destination & F.REMOTE and not TEST_PATH.search(view.facts.path) \
            and (sink.level == "module" or view.run_by_app(sink.fact)):
        # A credential file's content and the machine's host or user name in one payload, from code that runs: a tool
        # that logs in with a file sends it to its service, and has no use for which machine and user it came from.
        return WITH_IDENTITY, sink.level == "deferred"
    if sink.level == "deferred" and sink.destination & F.REMOTE and (stolen & F.ENV_ALL or (stolen & F.SECRET_DATA and _credentials(view))) \
            and view.called_by_app(sink.fact):
        if stolen & F.SECRET_DATA and (len(_stores(view)) >= P.SWEEP_STORES
                                       or sink.destination & F.OTHER_HOST and _lists_cluster_secrets(view)):
            # (or the pod's service-account token used to list the cluster's secrets, all sent to a host the code
            # names: a Kubernetes client talks to the API server only)
            return SWEEP, True
        # (the environment too, or the environment alone: a credential file sent with it is no tool's own login)
        return (WHOLE_ENV_APP_CALLS if stolen & F.ENV_ALL else APP_CALLS), True
    if sink.level == "deferred" and sink.destination & F.REMOTE and stolen & F.SECRET_DATA and view.run_by_app(sink.fact) \
            and len(_stores_near(view, sink)) >= P.SWEEP_STORES:
        # A sweep of credential stores named by their paths in the functions that send, to a host the code names, from a
        # closure the application runs (a codegen plugin's `contracts()` hook that reads every `.env*` and Foundry's
        # keystores, blind set 56; not a dev server's list of the files it refuses to serve, in another function)
        return SWEEP, True
    if sink.level == "deferred" and sink.destination & F.REMOTE and stolen & F.ENV_ALL \
            and sink.labels & (F.HOST_NAME | F.USER_NAME) and view.run_by_app(sink.fact):
        # A step lower in what such a function's closures call, with the machine's identity (the `create` a TypeScript
        # server plugin's `init` returns, which pings a usage host with the host name and all of process.env once per
        # editor session; a CI reporter's closure sends its own prefixed settings, picked in a loop, and no host name).
        return APP_CALLS, True
    if sink.level == "module" and (sink.destination & (F.RAW_IP | F.OOB_HOST) or to_hidden_host(view, sink)) \
            and not TEST_PATH.search(view.facts.path):
        return TO_BARE_HOST, False
    if sink.level == "module" and stolen & F.SECRET_DATA and sink.destination & F.REMOTE and len(_stores(view, paths=True)) >= P.SWEEP_STORES:
        # (a CLI's start-up code that gathers ~/.npmrc, ~/.git-credentials, gh's hosts.yml and ~/.aws/credentials
        # into one upload: a tool uses its own credentials, it does not ship the machine's)
        return SWEEP, False
    return view.grade(GRID, sink.level), False


def _prompted(view: FileView, sink, stolen: int) -> bool:
    """A secret sent off the machine by a file that shows a password dialog: the password typed into it."""
    if not (stolen & F.SECRET_DATA and sink.destination & F.REMOTE):
        return False
    if "asks-password" not in view.derived:
        view.derived["asks-password"] = any(asks_password(command) for _, command in commands(view.all))
    return view.derived["asks-password"]


def _named_stores(view: FileView) -> list[tuple[Fact, str, bool]]:
    """(string, credential store, named by a path) for each string of the file that names a credential store (`.pgpass`,
    `.my.cnf`, `Login Data`, a wallet's extension id), the user's document folders left out; a path, not a sentence (a
    help text that lists where a tool does not look)."""
    if "named-stores" not in view.derived:
        named = [(f, m) for f in view.of_kind("string") if len(f.value) < 300 for m in [P.SECRET_PATHS.search(f.value)] if m]
        view.derived["named-stores"] = [(f, m.group(0).lower().strip("/\\"), " " not in f.value) for f, m in named
                                        if not P.DOCUMENT_PATH.search(f.value)]
        view.derived["names-secrets"] = bool(named)
    return view.derived["named-stores"]


def _stores(view: FileView, paths: bool = False) -> set[str]:
    """The credential stores the file names; with `paths`, only those named by a path."""
    return {store for _, store, path in _named_stores(view) if path or not paths}


def _stores_near(view: FileView, sink) -> set[str]:
    """The credential stores named by a path in the sink's function or a function within two calls of it."""
    return {store for f, store, path in _named_stores(view) if path and view.linked(f.scope, sink.fact.scope, hops=2)}


CLUSTER_SECRETS = re.compile(r"/api/v1/(namespaces/[^/\s]+/)?secrets\b")


def _lists_cluster_secrets(view: FileView) -> bool:
    """The file requests the Kubernetes API's list of secrets (`/api/v1/namespaces/${ns}/secrets`)."""
    return any("/secrets" in f.value and CLUSTER_SECRETS.search(f.value) for f in view.of_kind("string"))


def _credentials(view: FileView) -> bool:
    """Not only the user's document folders: an upload of a file the user picks from ~/Downloads, in
    a function the application calls, is what a file-sharing client does."""
    return bool(_stores(view)) or not view.derived["names-secrets"]


def _other_process(view: FileView) -> bool:
    if "other-process" not in view.derived:
        view.derived["other-process"] = any(f.kind == "string" and P.OTHER_PROCESS.search(f.value) for f in view.all)
    return view.derived["other-process"]
