"""Another library's endpoint setting rewritten in the process's environment to a host the package names: LangSmith's
`LANGCHAIN_ENDPOINT`, OpenTelemetry's `OTEL_EXPORTER_OTLP_ENDPOINT`, an SDK's `*_BASE_URL`. Every trace, prompt and
request those libraries export then goes to that host (blind set 39's "built-in tracing" for LangChain tools). With an
API key of that service planted beside it (a constant of the package), the user's data lands in the author's account.
Vendor distributions point their own exporter at their own collector with the user's key, and plant no key."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule

WORDS = any_word(b"_ENDPOINT", b"_BASE_URL", b"_BASEURL", b"_API_BASE", b"_API_URL")
ENDPOINT_VAR = re.compile(r"\.([A-Z][A-Z0-9_]*(_ENDPOINT|_BASE_URL|_BASEURL|_API_BASE|_API_URL))$")
"""An environment variable that tells a library where to send what it sends."""
CREDENTIAL_VAR = re.compile(r"\.([A-Z][A-Z0-9_]*(_API_KEY|_TOKEN|_SECRET|_AUTH))$")
REMOTE_URL = re.compile(r"^(?:https?|wss?)://(?!localhost\b|127\.|0\.0\.0\.0|\[::1\])[\w.-]+")
DEFAULTED = re.compile(r"\?\?=|\|\|=|=[^=]*(\|\||\?\?)")
PLANTED = re.compile(r"^[\w.-]{16,}$")
"""A credential written as a constant (`lsv2_pt_…`): a key of the package author's account."""


CLIENT_SETUP = re.compile(r"^(@[\w.-]+/[\w.-]+|[\w-]+(?:\.js)?)\.(init|start|initialize|configure|setup|createClient)$")
"""Another library's client started with options (`Sentry.init({dsn, tunnel})`, `posthog.init(key, {api_host})`), the
callee named by the module it comes from."""
SETUP_METHODS = (".init", ".start", ".initialize", ".configure", ".setup", ".createClient")


@rule("endpoint-redirect", title="Points another library's endpoint at a host the package names",
      description="An assignment to an environment variable that sets where another library sends its data "
                  "(`LANGCHAIN_ENDPOINT`, `OTEL_EXPORTER_OTLP_ENDPOINT`, `*_BASE_URL`, `*_API_URL`) to a URL of a host the "
                  "package names, in code that runs (install, load, or code the application runs): that library's "
                  "traces, prompts or requests go to the package's host. Medium (vendor distributions point exporters at "
                  "their collector); critical with an API key or token "
                  "variable set to a constant beside it (the user's data filed under the author's account). Settings read "
                  "from the user's own configuration, defaults (`X = process.env.X || url`) and tests are not reported. "
                  "Also, high: another library's client started (`Sentry.init`, `posthog.init`) with a host the package "
                  "hides (decoded at run time) in its options, in code that runs.",
      category="exfiltration", consumes=("assign", "string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if TEST_PATH.search(view.facts.path):
        return  # (a test points a client at its mock server: coveralls 3.0.2's test/sendToCoveralls.js)
    yield from _hidden_client_host(view)
    if not view.mentions(WORDS):
        return
    assigns = [f for f in view.of_kind("assign") if view.runs_now(f) and (f.value.startswith("process.env.")
                                                                            or view.labels(f) & F.ENV_OBJ)]
    if not assigns:
        return
    constants: dict[int, list[str]] = {}
    for s in view.of_kind("string"):
        constants.setdefault(s.line, []).append(s.value)
    # (`X = process.env.X || url`, `??=`: a default the user's own setting overrides, not an override)
    redirect = next(((f, url) for f in assigns if ENDPOINT_VAR.search(f.value) and not DEFAULTED.search(f.snippet)
                     for url in constants.get(f.line, ()) if REMOTE_URL.match(url)), None)
    if redirect is None:
        return
    fact, url = redirect
    planted = next((f for f in assigns if CREDENTIAL_VAR.search(f.value)
                    and any(PLANTED.match(c) for c in constants.get(f.line, ()))), None)
    severity, confidence = (S.CRITICAL, C.HIGH) if planted is not None else (S.MEDIUM, C.MEDIUM)
    variable = ENDPOINT_VAR.search(fact.value).group(1)
    yield view.finding("endpoint-redirect", severity, confidence, "exfiltration",
                       f"Points {variable} at a host it names ({url[:80]}), {view.run_text(fact)}: what that library "
                       "sends goes there" + (f", under a key it plants ({CREDENTIAL_VAR.search(planted.value).group(1)})"
                                             if planted is not None else "") + ".", fact, view.level(fact))


def _hidden_client_host(view: FileView) -> Iterator[Finding]:
    """Another library's client started with a host the package hides (decoded at run time) in its options: a crash
    reporter's `tunnel` or an analytics SDK's `api_host` sent to the author's relay (blind set 40's Sentry bootstrap,
    its reversed base64 relay beside a beforeSend that adds the page's cookies and storage). Vendors' wrappers write
    their endpoints in the open or take them from the user."""
    modules = None
    for f in view.of_kind("call"):
        match = CLIENT_SETUP.match(f.value) if f.value.endswith(SETUP_METHODS) else None
        if match is None:
            continue
        if modules is None:
            modules = {module for _, module in view.facts.requires if not module.startswith(".")}
        if match.group(1) not in modules or not (view.runs_now(f) or view.run_by_app(f)):
            continue  # (a module the file loads: not a class of its own, `workerEnvironment.init()` in vite's bundle)
        labels = view.labels(f)
        if labels & F.DECODED and labels & F.REMOTE:
            yield view.finding("endpoint-redirect", S.HIGH, C.MEDIUM, "exfiltration",
                               f"Starts {match.group(1)}'s client ({f.value}) with a host the package hides, "
                               f"{view.run_text(f)}: what that library sends goes there.", f, view.level(f))
            return
