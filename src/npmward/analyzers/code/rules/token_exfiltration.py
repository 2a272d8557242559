from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..view import FileView, Grid
from . import rule
from ._chain import sinks, source_fact, to_hidden_host, to_registry_only

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.INFO, C.LOW))
TO_ENDPOINT = {True: (S.CRITICAL, C.HIGH), False: (S.MEDIUM, C.MEDIUM)}
"""Run (True) or deferred (False), to an out-of-band / webhook / paste endpoint."""
HIDDEN_HOST = (S.CRITICAL, C.HIGH)
"""Run, to a host the file hides: an API client names the API it authenticates to."""
WITH_IDENTITY = (S.HIGH, C.MEDIUM)
"""In code the application runs, with the machine's host or user name: an API client authenticates with its token, it
does not report which machine holds it."""


@rule("token-exfiltration", title="Credential variables sent off the machine",
      description="The value of a credential variable (NPM_TOKEN, GITHUB_TOKEN, AWS keys, *SECRET*, *PASSWORD*, or one "
                  "picked from a constant list of such names, or a token a cloud CLI prints: `gh auth token`, `gcloud auth "
                  "print-access-token`) reaches a network call, request write, DNS lookup or network command; critical "
                  "when run and sent to an out-of-band host or one the file hides (decoded, never written; also in code the "
                  "application runs, an out-of-band host so hidden too); high when AWS's secret key or "
                  "session token (which sign requests and never travel) goes to a host the file names that is not AWS's, in code "
                  "the application runs, critical at install or load from a file that signs nothing; critical when the file replaces a client library's login method (`Client.prototype.login`) "
                  "and the token goes out from code that runs; critical when one request from code that runs (also code the "
                  "application runs) carries the credentials of three services or more (npm, GitHub and GitLab tokens) to a "
                  "host the file names. An API client sending its own token to its own API inside a function (a messenger's bot token to the messenger's API, unless the file writes a webhook or a bot token of its own), a tool "
                  "authenticating to the npm registry, and npm_config_* settings handed to a child process are not "
                  "reported.",
      category="exfiltration", consumes=("flows", "call", "new", "env"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    best = None
    harvest: list[str] = []
    for sink in sinks(view):
        if not sink.labels & F.ENV_SECRET or sink.labels & (F.SECRET_DATA | F.ENV_ALL | F.ENV_OBJ) or to_registry_only(sink):
            continue
        if not sink.labels & (F.DECODED | F.UNPACKED) and _own_service(view, sink, sink.destination & F.OOB_HOST != 0):
            continue
        hidden = False
        if (sink.labels & (F.DECODED | F.UNPACKED) or sink.destination & F.OOB_HOST) \
                and (sink.level != "deferred" or view.run_by_app(sink.fact)) and to_hidden_host(view, sink):
            # (to a host the file decodes and never writes, or an out-of-band one it so hides; also from a function the
            # application calls: blind set 34's decimal library whose constructor sent CI_JOB_TOKEN to a XOR-hidden host,
            # blind set 44's discord.js anti-crash handler posting the bot's token to a webhook kept as reversed char codes)
            severity, confidence = HIDDEN_HOST
            hidden = True
        elif sink.destination & F.OOB_HOST:
            severity, confidence = TO_ENDPOINT[sink.level != "deferred"]
        elif sink.destination & F.OTHER_HOST and (sink.level != "deferred" or view.run_by_app(sink.fact)) \
                and len(services := _services(view, sink)) >= HARVEST:
            # The credentials of several services, in one request to a host of none of them: an API client sends its
            # own token to its own API, a harvest sends all it finds (blind set 36's semantic-release and afterPack
            # plugins: npm, GitHub and GitLab tokens; GitHub, AWS, Apple and code-signing secrets).
            severity, confidence = S.CRITICAL, C.HIGH
            harvest = services
        elif sink.level == "deferred" and sink.labels & (F.HOST_NAME | F.USER_NAME) and sink.destination & F.REMOTE \
                and view.run_by_app(sink.fact):
            severity, confidence = WITH_IDENTITY  # (a "usage metric" that carries the token it resolved for the caller)
        elif sink.destination & F.OTHER_HOST and _signing_secret(view) \
                and (sink.level != "deferred" or view.run_by_app(sink.fact)):
            # AWS's secret key signs requests (SigV4) and never travels; sent to a host the package names that is not
            # AWS's, in code the application runs, it is the key itself leaving (a logger's "resource detection"). As
            # the package installs or loads, by a file that signs nothing with it (a client of an S3-compatible store
            # signs: the flow carries the key into its HMAC), it is critical: blind set 52's Lambda runtime proxy,
            # shipping each invocation with the role's keys from the module that starts.
            severity, confidence = WITH_IDENTITY if sink.level == "deferred" or SIGNS.search(view.text) else (S.CRITICAL, C.HIGH)
        elif sink.level != "install" and _patched_login(view) is not None \
                and (sink.level != "deferred" or view.run_by_app(sink.fact)):
            # The package replaced a client library's login (`Client.prototype.login = function (token) {…}`) and sends
            # the token on: every bot that logs in hands it over (blind set 35's stats poster patched discord.js).
            severity, confidence = S.CRITICAL, C.HIGH
        else:
            severity, confidence = view.grade(GRID, sink.level)
        if severity is not S.INFO and (best is None or (severity, confidence) > best[0]):
            best = ((severity, confidence), sink, hidden)
    if best is None:
        return
    (severity, confidence), sink, hidden = best
    source = source_fact(view, F.ENV_SECRET)
    yield view.finding("token-exfiltration", severity, confidence, "exfiltration",
                       f"Sends {f'a credential variable ({source.value})' if source else 'a credential'} through {sink.how}, "
                       f"{view.run_text(sink.fact)}" + (", to a host the file hides" if hidden else "")
                       + (", with the machine's identity" if sink.labels & (F.HOST_NAME | F.USER_NAME) else "")
                       + (f", with the credentials of {len(harvest)} services ({', '.join(harvest)})"
                          if harvest and severity is S.CRITICAL else "") + ".",
                       source or sink.fact, sink.level, sink_line=sink.fact.line, sink=sink.fact.value[:120])


HARVEST = 3
"""Services whose credentials one request carries, from which it is a harvest (see `_services`)."""
SERVICE_ALIASES = {"GH": "GITHUB", "NODE": "NPM", "GL": "GITLAB", "CI": "GITLAB", "WIN": "CSC"}
"""Variable prefixes of one service (`GH_TOKEN` and `GITHUB_TOKEN`, `NODE_AUTH_TOKEN` and `NPM_TOKEN`)."""


def _services(view: FileView, sink) -> list[str]:
    """The services whose credential variables the file reads in the sink's function or in functions within two
    calls of it, by their variables' first word (`AWS_SECRET_ACCESS_KEY`: AWS); with a read by a name picked at run
    time there, the credential variables the file names (`for (const k of PROVIDER_ENV) out[k] = process.env[k]`, the
    list a constant of the file)."""
    near = [f.value for f in view.of_kind("env") if view.linked(f.scope, sink.fact.scope, hops=2)]
    if "[dynamic]" in near:
        near += [f.value for f in view.of_kind("string") if f.value.isupper()]  # (as code spells a variable's name)
    found = set()
    for name in near:
        if P.SECRET_ENV.match(name) and "_" in name:
            word = name.split("_", 1)[0]
            found.add(SERVICE_ALIASES.get(word, word))
    return sorted(found)


SERVICE_HOSTS = {"GITHUB": ("github.com",), "GITLAB": ("gitlab.com",), "NPM": ("npmjs.org", "npmjs.com"),
                 "OPENAI": ("openai.com",), "ANTHROPIC": ("anthropic.com",), "SLACK": ("slack.com",),
                 "VERCEL": ("vercel.com",), "NETLIFY": ("netlify.com",), "HEROKU": ("heroku.com",),
                 "TELEGRAM": ("telegram.org",), "DISCORD": ("discord.com", "discordapp.com")}
"""The hosts of a service's API, by the first word of its credential variables (`GITHUB_TOKEN`: api.github.com)."""
MESSENGERS = ("TELEGRAM", "DISCORD")
"""Services whose APIs are out-of-band endpoints too (a stealer's bot posts there): the user's own bot token sent to
its API is a notifier using it (a CI step posting the build's result with TELEGRAM_BOT_TOKEN)."""
URL_HOST_OF = re.compile(r"^https?://([^/:?#\s]+)")
OWN_CHANNEL = re.compile(r"/webhooks/|/bot\d{6,}:")
"""A Discord webhook's path, or a Telegram bot token written into a URL: where the author of the code reads messages."""


def _own_service(view: FileView, sink, endpoint: bool = False) -> bool:
    """The credential is one service's, and every URL the file names is on that service's hosts: an API client sends its
    token to its API (@changesets/get-github-info's GITHUB_TOKEN to api.github.com/graphql). To an out-of-band
    `endpoint`, only a messenger's own token (see MESSENGERS)."""
    services = _services(view, sink)
    hosts = SERVICE_HOSTS.get(services[0]) if len(services) == 1 and (not endpoint or services[0] in MESSENGERS) else None
    if not hosts:
        return False
    urls = [m.group(1).lower() for f in view.of_kind("string") if (m := URL_HOST_OF.match(f.value)) is not None]
    if endpoint and any(OWN_CHANNEL.search(f.value) for f in view.of_kind("string")):
        return False  # (a webhook, or a bot whose token the file writes: a channel of the package's author)
    return bool(urls) and all(any(u == h or u.endswith("." + h) for h in hosts) for u in urls)


PATCHED_LOGIN = re.compile(r"^[\w$]+(\.[\w$]+)*\.prototype\.(login|setToken|authenticate|signIn)$")
"""A client library's login method replaced by the package (`_discord.Client.prototype.login`)."""


def _patched_login(view: FileView):
    """The function the file assigns over a library class's login method, if any."""
    return next((f for f in view.facts.funcs if PATCHED_LOGIN.match(f.name)), None)


SIGNING_SECRETS = ("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")


SIGNS = re.compile(rb"\bcreateHmac\b|\bSignatureV4\b|\baws4\b|\bsubtle\.sign\b|\bHmacSHA256\b")
"""The file signs with a key: an HMAC (SigV4's), an AWS signer."""


def _signing_secret(view: FileView) -> bool:
    """The file reads AWS's secret key or session token and names no AWS endpoint."""
    return any(f.kind == "env" and f.value in SIGNING_SECRETS for f in view.all) and b"amazonaws.com" not in view.text
