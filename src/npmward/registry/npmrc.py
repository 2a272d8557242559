"""Read the npm configuration npm itself would use: registries, scoped registries and credentials.

We parse the files npm reads rather than running `npm config get` (a Node start-up per run), in npm's
precedence: environment (`npm_config_*`), the project's `.npmrc`, the user's `~/.npmrc`
(`NPM_CONFIG_USERCONFIG`), the global `$PREFIX/etc/npmrc` (`NPM_CONFIG_GLOBALCONFIG`), then the
default registry. Credentials are keyed by "nerf dart" (`//host[:port]/path/`) and are sent only to
URLs below that prefix, so a token for a private registry never reaches a tarball host elsewhere.
Tokens never appear in a repr, a log line or an error message.

npmward runs on repositories it does not trust, so unlike npm it does not expand `${VAR}` in a
project's `.npmrc` (a repository could name `registry=http://attacker/` and
`//attacker/:_authToken=${CI_DEPLOY_SECRET}`) unless the caller passes `expand_project_env=True`; a
credential that still refers to a variable is not sent, with a note saying why. A top-level
`_authToken` of the user's npmrc belongs to the user's registry, not to one a project names.
Registry URLs are checked: an invalid one is an error naming the file and the key.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

from ..errors import NpmwardError
from ..files import read_bounded

DEFAULT_REGISTRY = "https://registry.npmjs.org/"
_ENV_REF = re.compile(r"(?<!\\)(\\*)\$\{([^${}]+)\}")  # as npm's; linear: no run is rescanned
_UNEXPANDED = re.compile(r"\$\{([^${}]+)\}")
_HOST = re.compile(r"^[A-Za-z0-9._-]+$")
_HOST6 = re.compile(r"^[0-9A-Fa-f:.]+$")
MAX_NPMRC_BYTES = 1024 * 1024
"""Largest npmrc file read (real ones are a few lines)."""
_AUTH_KEYS = ("_authToken", "_auth", "username", "_password")


class RegistryError(NpmwardError):
    """The registry could not give us what we asked for (not found, unreachable, bad integrity,
    offline cache miss, unreadable npm configuration)."""


@dataclass(frozen=True)
class RegistryAuth:
    """Credentials for one nerf dart. Secret fields are never shown."""

    token: str | None = field(default=None, repr=False)
    """`_authToken`: sent as `Authorization: Bearer <token>`."""
    basic: str | None = field(default=None, repr=False)
    """`_auth`, or `username` + base64 `_password`: the base64 `user:password` of Basic auth."""

    def header(self) -> str | None:
        if self.token:
            return f"Bearer {self.token}"
        if self.basic:
            return f"Basic {self.basic}"
        return None

    def __repr__(self) -> str:
        kind = "token" if self.token else "basic" if self.basic else "none"
        return f"RegistryAuth(<{kind}, redacted>)"


@dataclass(frozen=True)
class NpmConfig:
    """The registry part of the npm configuration, resolved across all npmrc files."""

    registry: str = DEFAULT_REGISTRY
    """The default registry URL, with a trailing slash."""
    scopes: Mapping[str, str] = field(default_factory=dict)
    """`@scope` -> registry URL (`@acme:registry=...`)."""
    auth: Mapping[str, RegistryAuth] = field(default_factory=dict, repr=False)
    """Nerf dart (`//host/path/`) -> credentials. Never shown."""
    always_auth: bool = False
    """npm < 7's `always-auth`; recorded for the summary (npm >= 7, like npmward, always sends
    credentials to a URL whose nerf dart matches, and never to one that does not)."""
    cafile: str | None = None
    """`cafile`: CA bundle to verify the registry's TLS certificate with."""
    strict_ssl: bool = True
    """`strict-ssl=false` turns off TLS verification (npm's own option, honoured as npm does)."""
    sources: tuple[str, ...] = ()
    """The npmrc files that were read, highest precedence first (and `env` when it contributed)."""
    notes: tuple[str, ...] = ()
    """What the caller should show the user: credentials that were not used, and why (never a value)."""

    def registry_for(self, name: str) -> str:
        """The registry a package is fetched from: its scope's registry, else the default."""
        if name.startswith("@") and "/" in name:
            scoped = self.scopes.get(name.split("/", 1)[0])
            if scoped:
                return scoped
        return self.registry

    def auth_for(self, url: str) -> RegistryAuth | None:
        """The credentials whose nerf dart is the longest prefix of `url`'s, or None."""
        dart = nerf_dart(url)
        best: str | None = None
        for key in self.auth:
            if dart.startswith(key) and (best is None or len(key) > len(best)):
                best = key
        return self.auth[best] if best is not None else None

    def auth_headers(self, url: str) -> dict[str, str]:
        auth = self.auth_for(url)
        value = auth.header() if auth else None
        return {"Authorization": value} if value else {}

    def summary(self) -> str:
        """A human summary that is safe to print (which registries have credentials, not what)."""
        scopes = ", ".join(f"{s} -> {u}" for s, u in sorted(self.scopes.items())) or "none"
        creds = ", ".join(sorted(self.auth)) or "none"
        return f"registry {self.registry}; scoped registries: {scopes}; credentials for: {creds} (redacted)"

    def __repr__(self) -> str:
        return (f"NpmConfig(registry={self.registry!r}, scopes={dict(self.scopes)!r}, "
                f"auth=<{len(self.auth)} redacted>, always_auth={self.always_auth}, sources={self.sources!r})")

    __str__ = summary


def nerf_dart(url: str) -> str:
    """npm's "nerf dart" of a URL: `https://host:8080/a/b/c.tgz` -> `//host:8080/a/b/`; "" (which no
    credentials match) for a URL that cannot be parsed."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    path = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    return f"//{parts.netloc.rsplit('@', 1)[-1]}{path or '/'}"


def _normalise_registry(url: str) -> str:
    url = url.strip()
    return url if url.endswith("/") else url + "/"


def _expand_env(value: str, env: Mapping[str, str]) -> str:
    # As @npmcli/config's env-replace: `${VAR}` is replaced by the variable (left as is when unset);
    # an odd number of backslashes before it makes it literal; backslash pairs collapse to one.
    def replace(match: re.Match) -> str:
        slashes, name = match.group(1), match.group(2)
        if len(slashes) % 2:
            return slashes[: len(slashes) // 2] + "${" + name + "}"
        return slashes[: len(slashes) // 2] + env.get(name, "${" + name + "}")

    return _ENV_REF.sub(replace, value)


def parse_npmrc(text: str, env: Mapping[str, str] | None) -> dict[str, str]:
    """The key/value pairs of one npmrc file (ini syntax; comments `;`/`#`; quotes stripped), with
    `${VAR}` expanded from `env` (not at all when `env` is None)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#", "[")):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            continue  # npm treats `key` alone as `key=true`; nothing we read is a bare flag
        key, value = key.strip(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out[_expand_env(key, env) if env is not None else key] = _expand_env(value, env) if env is not None else value
    return out


def _read_file(path: Path, env: Mapping[str, str] | None) -> dict[str, str] | None:
    data = read_bounded(path, MAX_NPMRC_BYTES, RegistryError, missing_ok=True)
    if data is None:
        return None
    try:
        return parse_npmrc(data.decode("utf-8"), env)
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: cannot read npm configuration: {exc}") from None


def _env_config(env: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in env.items():
        if not name.lower().startswith("npm_config_") or value == "":
            continue
        key = name[len("npm_config_"):]
        if key and not key.startswith("//"):  # npm does not normalise nerf-darted keys
            key = (key[0] + key[1:].replace("_", "-")).lower()
        out[key] = value
    return out


def _project_root(start: Path) -> Path:
    """npm's local prefix: the nearest directory upwards with a package.json or node_modules."""
    start = start.absolute()
    for directory in (start, *start.parents):
        if (directory / "package.json").exists() or (directory / "node_modules").is_dir():
            return directory
    return start


def _global_candidates(env: Mapping[str, str]) -> list[Path]:
    if env.get("NPM_CONFIG_GLOBALCONFIG") or env.get("npm_config_globalconfig"):
        return [Path(env.get("NPM_CONFIG_GLOBALCONFIG") or env["npm_config_globalconfig"])]
    prefix = env.get("PREFIX") or env.get("npm_config_prefix") or env.get("NPM_CONFIG_PREFIX")
    candidates = [Path(prefix) / "etc" / "npmrc"] if prefix else []
    return candidates + [Path("/usr/etc/npmrc"), Path("/usr/local/etc/npmrc"), Path("/etc/npmrc")]


def _auth_from(values: Mapping[str, str], prefix: str) -> RegistryAuth | None:
    token = values.get(f"{prefix}_authToken")
    basic = values.get(f"{prefix}_auth")
    user, password = values.get(f"{prefix}username"), values.get(f"{prefix}_password")
    if not basic and user and password:
        try:
            plain = base64.b64decode(password).decode("utf-8")
        except (ValueError, UnicodeDecodeError) as exc:
            raise RegistryError(f"npm configuration: {prefix}_password is not base64 (as npm requires)") from exc
        basic = base64.b64encode(f"{user}:{plain}".encode()).decode()
    return RegistryAuth(token=token or None, basic=basic or None) if (token or basic) else None


def _shown(url: str) -> str:
    """A URL for a message: no user or password, at most 200 characters."""
    return repr(re.sub(r"//[^/@]*@", "//***@", url)[:200])


def _check_url(url: str, where: str, hint: str) -> None:
    """Raise unless `url` is an http(s) URL with a host (an invalid one crashed later, at a request)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        ok = parts.scheme in ("http", "https") and bool(_HOST.match(host) or (":" in host and _HOST6.match(host)))
        parts.port  # noqa: B018 - raises for a port out of range
        problem = "" if ok else "not an http(s) URL with a host"
    except ValueError as exc:
        problem = str(exc)
    if problem:
        raise RegistryError(f"{where}: invalid URL {_shown(url)}: {problem}{hint}")


def _is_credential(key: str) -> bool:
    return key.rsplit(":", 1)[-1] in _AUTH_KEYS if key.startswith("//") else key in _AUTH_KEYS


def _unusable_credentials(source: str, values: dict[str, str], project: bool) -> list[str]:
    """Remove from `values` the credentials that still refer to `${VAR}`; a note for each."""
    notes = []
    for key in [k for k, v in values.items() if _is_credential(k) and _UNEXPANDED.search(v)]:
        names = ", ".join(f"${{{name}}}" for name in _UNEXPANDED.findall(values.pop(key)))
        why = ("environment variables are not expanded in a project's .npmrc (npmward reads untrusted "
               "repositories; opt in to trust this file)" if project else "that variable is not set")
        notes.append(f"{source}: {key} refers to {names}: {why}; this credential is not sent")
    return notes


def load_npm_config(project_dir: Path | None = None, env: Mapping[str, str] | None = None,
                    home: Path | None = None, *, expand_project_env: bool = False) -> NpmConfig:
    """The npm configuration for `project_dir` (default: the current directory), as npm resolves it,
    except that `${VAR}` in the project's `.npmrc` is expanded only with `expand_project_env`."""
    env = dict(os.environ if env is None else env)
    home = home if home is not None else Path(env.get("HOME") or Path.home())
    layers: list[tuple[str, dict[str, str]]] = []  # highest precedence first
    env_values = _env_config(env)
    if env_values:
        layers.append(("env", env_values))
    project = _project_root(project_dir if project_dir is not None else Path.cwd())
    project_file = project / ".npmrc"
    user_file = Path(env.get("NPM_CONFIG_USERCONFIG") or env.get("npm_config_userconfig") or home / ".npmrc")
    global_files = _global_candidates(env)
    for path in [project_file, user_file.expanduser(), *global_files]:
        trusted = path != project_file or expand_project_env
        values = _read_file(path, env if trusted else None)
        if values is not None:
            layers.append((str(path), values))
            if path in global_files:
                break  # npm reads one global file
    untrusted = "" if expand_project_env else str(project_file)
    notes = [note for source, values in layers
             for note in _unusable_credentials(source, values, project=source == untrusted)]

    def merge(chosen) -> dict[str, str]:
        out: dict[str, str] = {}
        for _, values in reversed(chosen):
            out.update(values)
        return out

    merged = merge(layers)
    trusted_merged = merge([layer for layer in layers if layer[0] != str(project_file)])

    def where(key: str) -> tuple[str, str]:
        source = next((src for src, values in layers if key in values), "?")
        unexpanded = source == str(project_file) and not expand_project_env and "${" in merged.get(key, "")
        hint = " (environment variables are not expanded in a project's .npmrc unless you opt in)" if unexpanded else ""
        return f"{'environment (npm_config_*)' if source == 'env' else source}: {key}", hint

    registry = _normalise_registry(merged.get("registry") or DEFAULT_REGISTRY)
    if merged.get("registry"):
        _check_url(registry, *where("registry"))
    scopes = {}
    for key, value in merged.items():
        if key.startswith("@") and key.endswith(":registry") and value:
            scopes[key.split(":", 1)[0]] = _normalise_registry(value)
            _check_url(scopes[key.split(":", 1)[0]], *where(key))
    auth: dict[str, RegistryAuth] = {}
    darts = {key[: key.rindex(":") + 1] for key in merged if key.startswith("//") and _is_credential(key)}
    for prefix in darts:
        found = _auth_from(merged, prefix)
        if found:
            # `//host:_authToken` and `//host/:_authToken` are the same dart; the slash keeps
            # `//host` from also matching `//host.attacker.example/`.
            dart = prefix[:-1]
            auth[dart if dart.endswith("/") else dart + "/"] = found
    # A top-level `_authToken`/`_auth` belongs to the default registry of the file that sets it: the
    # user's token never follows a registry that a project names.
    trusted_registry = _normalise_registry(trusted_merged.get("registry") or DEFAULT_REGISTRY)
    for values, owner in ((dict(layers).get(str(project_file), {}), registry), (trusted_merged, trusted_registry)):
        legacy = _auth_from(values, "")
        if legacy and nerf_dart(owner) not in auth:
            auth[nerf_dart(owner)] = legacy
    # TLS settings only from files the user owns: a scanned repository that could turn off
    # certificate checks (or bring its own CA) would expose the user's registry tokens.
    for key in ("strict-ssl", "cafile"):
        if key in dict(layers).get(str(project_file), {}) and trusted_merged.get(key) != merged.get(key):
            notes.append(f"{project_file}: `{key}` is ignored: a project's .npmrc may not weaken TLS verification")
    return NpmConfig(
        registry=registry,
        scopes=scopes,
        auth=auth,
        always_auth=merged.get("always-auth", "").lower() == "true",
        cafile=trusted_merged.get("cafile") or None,
        strict_ssl=trusted_merged.get("strict-ssl", "true").lower() != "false",
        sources=tuple(source for source, _ in layers),
        notes=tuple(notes),
    )
