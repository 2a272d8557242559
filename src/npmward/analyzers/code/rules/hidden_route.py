"""The user's traffic routed through a host the package hides: a URL built on a host the code decodes from its own
constants (base64, hex, char codes, XOR), carrying the URL or data it was handed (`${gateway()}?u=${base64url(url)}`).
A link-tracking plugin that sends password-reset links through it, an RPC helper that puts a gateway in front of the
user's provider (its API key in the URL), a failover transport that mirrors signed transactions: each hands the
user's secrets to a relay nobody reading the code can see. Tracking and proxy services name their hosts."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import executes
from ..consts import HOLE
from ..view import FileView
from . import rule
from ._chain import sinks
from .download_execute import DETACHED

CHANNEL_SET = re.compile(rb"\bsetWeb[hH]ook\b|\bEXUpdatesURL\b|\bEXPO_UPDATE_URL\b|\bCodePush(ServerURL|DeploymentKey)\b|"
                         rb"\bdeploymentKey\s*:|\bcapacitor\.config\.json\b|<content(?:\s+|\\s\+)src=")
"""Where a channel that feeds an application is set: a chat bot's webhook (Telegram's `setWebhook`), an app's
over-the-air update URL (Expo's `EXUpdatesURL`/`EXPO_UPDATE_URL`) or CodePush deployment, a hybrid app's start page
(Capacitor's `server.url` in `capacitor.config.json`, Cordova's `<content src>` in `config.xml`: the app's code is
whatever that URL serves)."""


@rule("hidden-route", title="Builds the user's URLs on a host it hides",
      description="A URL whose host the code decodes from its own constants (never written as it is) and whose path or "
                  "query carries a value made at run time (`${atob(EDGE)}?u=${base64url(link)}`), in code that runs at "
                  "install or load or that the application or a tool runs: the user's links, RPC endpoints or requests "
                  "routed through a relay no reader of the code sees. Also a request, in such code, whose URL comes out of data "
                  "the code decodes from its own constants in a file that hides a URL (critical at install when the install "
                  "starts the file again, detached, to outlive npm), and a URL's host set to a host name so decoded "
                  "(`u.host = rot13(EDGE)`). Critical when the file sets a chat bot's webhook (Telegram's `setWebhook`): every "
                  "update the bot receives goes there; or an app's over-the-air update URL or CodePush deployment, or a "
                  "hybrid app's start page (Capacitor's `capacitor.config.json`, Cordova's `<content src>`): every "
                  "installed copy runs JavaScript from there. Tracking and proxy services name their hosts.",
      category="traffic-hijack", consumes=("string", "assign", "new", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    swap = _host_swap(view)
    if swap is not None:
        yield swap
        return
    if view.hidden_url() is None:
        return  # (cached: no string of the file hides a host)
    for f in view.of_kind("string"):
        if HOLE not in f.value or len(f.value) > 2000 or not view.hides_host(f.value):
            continue
        host = P.URL_HOST_PART.match(f.value)
        if host is None or HOLE in host.group(0) or not view.runs_now(f):
            continue  # (a host built at run time is not one the code hides; a function nothing runs is not known)
        if (channel := CHANNEL_SET.search(view.text)) is not None:
            # (Telegram's setWebhook: every update the bot receives, its users' messages and payments, goes there; an
            # app's over-the-air update URL or CodePush deployment: every installed copy runs JavaScript from there)
            found = channel.group(0).lower()
            what = "a bot's webhook" if found.startswith(b"setweb") else (
                "a hybrid app's start page" if found.startswith((b"capacitor", b"<content")) else "an app's over-the-air updates")
            yield view.finding("hidden-route", S.CRITICAL, C.HIGH, "traffic-hijack",
                               f"Points {what} at a host it hides ({host.group(0)[:80]}), {view.run_text(f)}: "
                               + ("every update the bot receives goes to" if what.endswith("webhook") else
                                  "every installed copy of the app loads its code from")
                               + " a relay no reader of the code sees.", f, view.level(f))
            return
        yield view.finding("hidden-route", S.HIGH, C.MEDIUM, "traffic-hijack",
                           f"Builds URLs on a host it hides ({host.group(0)[:80]}) with data made at run time, "
                           f"{view.run_text(f)}: what it routes there passes through a relay no reader of the code sees.",
                           f, view.level(f))
        return
    graph = view.facts.graph
    for sink in sinks(view):
        f = sink.fact
        if f.flows and graph.value(f.flows[0]) & F.UNPACKED and view.runs_now(f):
            # (a request whose URL comes out of the package's decoded constants: a base64 JSON of "community"
            # endpoints and a mirror that each signed transaction is copied to; at install, a download-count
            # inflater's list of packages)
            daemon = sink.level == "install" and _daemon(view)
            yield view.finding("hidden-route", S.CRITICAL if daemon else S.HIGH, C.HIGH if daemon else C.MEDIUM,
                               "traffic-hijack",
                               f"Sends through {sink.how} to a URL taken from data it decodes from its own constants "
                               f"({view.hidden_url().value[:80]}), {view.run_text(f)}"
                               + (", from a copy of itself the install starts detached, which outlives npm." if daemon else "."),
                               f, view.level(f))
            return


def _host_swap(view: FileView) -> Finding | None:
    """`u.host = EDGE`, EDGE decoded from the package's constants (rot13, base64, char codes), in code that runs: the
    URL object the user handed over now points at a host no reader of the code sees (a reset link's, a request's)."""
    graph = view.facts.graph
    for f in view.of_kind("assign"):
        if f.value.endswith((".host", ".hostname")) and not f.value.startswith("this.") and f.flows \
                and graph.value(f.flows[0]) & F.UNPACKED and _parses_url(view, f.scope) and view.runs_now(f):
            return view.finding("hidden-route", S.HIGH, C.MEDIUM, "traffic-hijack",
                                f"Sets a URL's host ({f.value[:60]}) to a host name it decodes from its own constants, "
                                f"{view.run_text(f)}: the links or requests it rewrites go to a relay no reader of the "
                                f"code sees.", f, view.level(f))
    return None


def _parses_url(view: FileView, scope: int | None) -> bool:
    """The function parses a URL (`new URL(href)`, `url.parse(href)`): the host it sets is that URL's, not a client's
    field (`this.host = host` in a constructor)."""
    return any(f.scope == scope and f.value in ("URL", "url.URL") for f in view.of_kind("new")) \
        or any(f.scope == scope and f.value == "url.parse" for f in view.of_kind("call"))


def _daemon(view: FileView) -> bool:
    """The file starts itself again, detached (`spawn(process.execPath, [__filename, '--worker'], { detached: true })`):
    what it does at install goes on after npm has finished."""
    return DETACHED.search(view.text) is not None and any(executes(c) and "__filename" in c.snippet
                                                          for c in view.of_kind("call"))
