from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import writes_file
from ..calls import COPIES
from ..program import Fact
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), module=(S.MEDIUM, C.LOW), deferred=(S.INFO, C.LOW))
"""A CLI may edit a user's .npmrc or a project's lockfile when asked to; a dependency doing it while it
is installed or loaded changes what npm, git, the editor or the CI runner does next."""
REMAPS = (S.HIGH, C.MEDIUM)
"""The hosts file, written with a remote address the package ships: a dev tool points its own names at this
machine (127.0.0.1, ::1); a remote address sends every program that looks up the name to someone else."""
HOSTS_FILE = re.compile(rb"""etc[/\\]+hosts\b|['"]etc['"]\s*,\s*['"]hosts['"]""")
REMOTE_IP = re.compile(r"^(?!(127|0|10|255)\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.)\d{1,3}(\.\d{1,3}){3}$")


@rule("config-tamper", title="Rewrites what other programs trust",
      description="Writes or copies a file into the hosts file, a package manager's config or lockfile (.npmrc, "
                  ".yarnrc, package-lock.json, yarn.lock; .npmignore, which says what a project publishes), a cloud, container or git client's config (~/.aws/config, ~/.kube/config, "
                  "~/.docker/config.json, whose credsStore and credHelpers name the programs Docker hands its registry "
                  "logins to; ~/.gitconfig, .git/config), a browser's managed policies (policies/managed/*.json) or native-messaging host "
                  "manifests (NativeMessagingHosts/*.json: which extension may start which program), KeePass's config (its triggers run commands), a CI runner's environment files ($GITHUB_ENV, "
                  "$GITHUB_PATH) or workflows (.github/workflows), an editor's tasks or settings (.vscode), an AI assistant's rules (.cursor/rules, "
                  "copilot-instructions.md), a version manager's default packages (nvm's default-packages, "
                  ".default-npm-packages, .default-gems: installed into every runtime installed later), a project's Nix shell "
                  "(shell.nix, devenv.nix, flake.nix: its shellHook runs in every nix develop), a GitLab runner's "
                  "config.toml (its pre_build_script runs in every job), another package's code (node_modules/<name>, the global npm): the path "
                  "is followed by data flow, and a scratch copy under the temporary directory does not count. "
                  "Critical at install, and at load in a file that hides a URL. In a function the application calls, high when the file hides a URL (decoded, "
                  "never written) or names an endpoint at a remote IP address (`tcp://203.0.113.41:2375`). High when the file names the hosts file and ships a remote IPv4 address (a dev "
                  "tool maps its names to 127.0.0.1). And npm's registry (`env.npm_config_registry`, `publishConfig.registry`) set to a "
                  "URL the file decodes from its own constants, in code that runs: critical (publishes and their token go there). "
                  "So is, in code that runs (a command included), such a config written with a URL the file decodes and never writes "
                  "plainly (a dependency's tarball in `packageExtensions`), or with a registry token the code read (~/.npmrc, "
                  "NPM_TOKEN) beside a registry URL of its own in a file that sets both: the token goes to that host.",
      category="tampering", consumes=("call",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    # (what no tool does, wherever it runs: each case its own sentence)
    for find, category, says in (
            (_registry_redirect, "tampering", lambda f: (
                f"Points npm's registry ({f.value}) at a URL it decodes from its own constants, {view.run_text(f)}: what npm "
                "publishes, and the token it sends with it, go to a host no reader of the code sees.")),
            (_token_moved, "credential-theft", lambda f: (
                f"Writes a registry token it read (from the user's npm config or the environment) into a package manager's "
                f"config ({f.value}) beside a registry URL of its own, {view.run_text(f)}: from the next install on, the "
                "package manager sends the token to that host.")),
            (_decoded_url_written, "tampering", lambda f: (
                f"Writes a URL it decodes at run time into a file other programs trust ({f.value}), {view.run_text(f)}: what "
                f"that program fetches or trusts next comes from a host no reader of the code sees "
                f"({view.hidden_url().value[:60]})."))):
        fact = find(view)
        if fact is not None:
            yield view.finding("config-tamper", *view.unmistakable(fact), category, says(fact), fact, view.level(fact))
            return
    best = view.best_of(GRID, config_writes(view))
    if best is None:
        # In a function the application calls, in a file that hides a URL (decoded, never written): a
        # kubeconfig's exec plugins rewritten to copy each token to it on the way.
        hidden = view.hidden_url() or _remote_endpoint(view)
        write = next((f for level, f in config_writes(view, deferred=True) if level == "deferred" and view.called_by_app(f)), None) \
            if hidden is not None else None
        if write is not None:
            yield view.finding("config-tamper", S.HIGH, C.MEDIUM, "tampering",
                               f"Rewrites a file other programs trust ({write.value}) in a function the application calls, "
                               f"in a file that hides a URL or names a remote address ({hidden.value[:60]}).", write, "deferred")
        return
    (severity, confidence), fact, level = best
    address = _remote_address(view)
    if address is not None and (severity, confidence) < REMAPS:
        yield view.finding("config-tamper", *REMAPS, "tampering",
                           f"Rewrites the hosts file ({fact.value}) with a remote address the package ships ({address.value}), "
                           f"{view.when_text(level)}: the names it maps there resolve to another machine.", fact, level)
        return
    hidden = view.hidden_url() if level not in ("module", "deferred") else None
    if hidden is not None:
        # (as soon as the package is installed or loaded, in a file that hides a URL: a client's endpoints or token
        # host pointed at a host nobody reading the code sees)
        severity, confidence = S.CRITICAL, C.HIGH
    yield view.finding("config-tamper", severity, confidence, "tampering",
                       f"Rewrites a file other programs trust ({fact.value}: the hosts file, package-manager config or "
                       f"lockfile, cloud or git client config, browser policies, a password manager's config, CI environment or workflows, editor tasks, AI-assistant rules or another package's code), "
                       f"{view.when_text(level)}" + (f", in a file that hides a URL ({hidden.value[:60]})." if hidden else "."),
                       fact, level)


REGISTRY_SETTING = re.compile(r"(?:^|\.)(?:npm_config_registry|NPM_CONFIG_REGISTRY|publishConfig\.registry)$")


def _registry_redirect(view: FileView) -> Fact | None:
    """`env.npm_config_registry = atob(B)` (or `publishConfig.registry`): npm's registry set, in code that runs, to a
    URL the file decodes from its own constants (blind set 43's semantic-release plugin, whose publish step sent the
    release and the CI's npm token to it). Registry switchers take the URL their user names."""
    if b"egistry" not in view.text or view.hidden_url() is None:
        return None
    graph = view.facts.graph
    return next((f for f in view.of_kind("assign") if REGISTRY_SETTING.search(f.value) and f.flows
                 and graph.value(f.flows[0]) & F.UNPACKED and view.runs_now(f)), None)


REGISTRY_KEYS = re.compile(rb"npmRegistryServer|\bregistry\s*[=:]|['\"]registry['\"]")
AUTH_KEYS = re.compile(rb"_authToken|npmAuthToken")


def _token_moved(view: FileView) -> Fact | None:
    """A package manager's config written with a credential the code read (a token of ~/.npmrc, NPM_TOKEN) and a
    constant URL of a host that is not the registry, in a file that sets a registry and an auth token: the token moves
    to that host (blind set 49's Yarn doctor whose `fix` copied the npm token into .yarnrc.yml beside its own
    `npmRegistryServer`). Login helpers write the token for the registry their user names, a value of the project's
    config, not a constant of theirs."""
    if not AUTH_KEYS.search(view.text) or not REGISTRY_KEYS.search(view.text):
        return None
    return _running_write(view, lambda written: written & (F.SECRET_DATA | F.ENV_SECRET) and written & F.OTHER_HOST)


def _decoded_url_written(view: FileView) -> Fact | None:
    """A config written, by code that runs, with a URL the file decodes from its own constants (base64, hex, char codes)
    and never writes plainly: a dependency's tarball URL in a `packageExtensions` a peer-dependency fixer adds (blind set
    49), a CI include. A tool writes the URLs its users read in its source or give it."""
    if view.hidden_url() is None:
        return None
    return _running_write(view, lambda written: written & F.UNPACKED and written & F.OTHER_HOST)


def _running_write(view: FileView, carries) -> Fact | None:
    """The first config write (see `config_writes`) that runs now (see `FileView.runs_now`) and whose written data's
    labels pass `carries`."""
    graph = view.facts.graph
    return next((f for level, f in config_writes(view, deferred=True) if len(f.flows) >= 2 and f.value not in COPIES
                 and carries(graph.value(f.flows[1])) and (level != "deferred" or view.run_by_app(f))), None)


REMOTE_ENDPOINT = re.compile(r"^(?:tcp|ssh|https?)://(?:[\w.-]+@)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?/?$")


def _remote_endpoint(view: FileView) -> Fact | None:
    """A constant endpoint at a remote IPv4 address (`tcp://203.0.113.41:2375`, a Docker daemon): what a client config
    rewritten in a function the application calls is pointed at, where a tool takes the user's own host."""
    return next((f for f in view.of_kind("string") if (m := REMOTE_ENDPOINT.match(f.value)) and REMOTE_IP.match(m.group(1))),
                None)


def _remote_address(view: FileView) -> Fact | None:
    """A constant remote IPv4 address in a file that names the hosts file."""
    if not HOSTS_FILE.search(view.text):
        return None
    return next((f for f in view.all if f.kind == "string" and REMOTE_IP.match(f.value)), None)


def config_writes(view: FileView, deferred: bool = False) -> Iterator[tuple[str, Fact]]:
    """(level, write) for each write or copy whose target path names such a file (in deferred functions
    too when asked)."""
    graph = view.facts.graph
    for level, facts in view.groups():
        if level == "deferred" and not deferred:
            continue
        for f in facts:
            if f.kind != "call" or not f.flows:
                continue
            if writes_file(f) and f.value not in COPIES:
                target = f.flows[0]
            elif f.value in COPIES and len(f.flows) >= 2 and not graph.value(f.flows[0]) & (F.TEMP_PATH | F.PACKAGE_CODE):
                # (a package installed in a scratch prefix, or a package directory moved into the project's
                # node_modules — @swc/core's fallback @swc/wasm — is an installer's work, not a patch)
                target = f.flows[1]
            else:
                continue
            # Another package's code counts at install only: installer helpers (napi-postinstall) put a
            # platform binding into node_modules when their caller asks.
            wanted = F.CONFIG_PATH | (F.PACKAGE_CODE if level == "install" else 0)
            labels = graph.value(target) & (wanted | F.TEMP_PATH)
            # (in a deferred function the path is often the caller's: a parameter filled in another file)
            if labels & wanted and not labels & F.TEMP_PATH \
                    and (level == "deferred" or view.related_labels(f.scope, (target,), labels & wanted, same_file=True)):
                yield level, f
