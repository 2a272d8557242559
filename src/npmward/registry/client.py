"""The registry client: the only code in npmward that talks to the network.

It reads packuments (full JSON, because the analyzers need more than the abbreviated install
document), resolves specs the way npm does, downloads tarballs and verifies them before anything
else sees them, and caches everything on disk. In offline mode it serves only from the cache and
names exactly what is missing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, TypeVar
from urllib.parse import quote

from ..errors import NpmwardError
from ..model import Artifact, PackageId
from ..settings import Settings
from .cache import DiskCache, is_packument, sha512_hex
from .http import Fetched, HttpClient, HttpPolicy, redact_url
from .npmrc import NpmConfig, RegistryError, load_npm_config

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")
R = TypeVar("R")

PACKUMENT_TTL = 600.0
"""Seconds a cached packument is fresh (npm's own cache revalidates after 5 minutes)."""
METADATA_TTL = 24 * 3600.0
"""Seconds cached signing keys and attestations are fresh."""
NPMJS = "https://registry.npmjs.org/"
_NOT_SERVED = frozenset({404, 405, 501})
_STRONG = ("sha512", "sha384", "sha256")
# Names as the registry holds them (old ones have capitals); anything that could change the URL
# path (`/` outside a scope, `%`, `..`, whitespace) is refused before a request is built.
_NAME = re.compile(r"^(?:@[A-Za-z0-9][\w.~-]*/)?[A-Za-z0-9_~-][\w.~-]*$")


class RegistryUnsupported(RegistryError):
    """The registry does not offer this feature (a mirror without the advisories endpoint)."""


class PackageNotFound(RegistryError):
    """The registry has no package of that name (404 on its packument)."""


class IntegrityMismatch(RegistryError):
    """Downloaded bytes are not the ones the lockfile or the registry says were published."""

    def __init__(self, what: str, expected: str, actual: str):
        super().__init__(f"{what}: integrity mismatch: expected {expected}, got {actual}; "
                         "the tarball was refused and not cached")
        self.expected = expected
        """The SRI the lockfile/registry claims."""
        self.actual = actual
        """The SRI of the bytes that were served."""


def _optional_entry(entry: Any) -> bool:
    """A cached answer of `_optional_json`: {"document": an object, or None for "not served"}."""
    document = entry.get("document", ()) if isinstance(entry, dict) else ()
    return document is None or isinstance(document, dict)


def escaped_name(name: str) -> str:
    """The packument path of a name: `@scope/name` -> `@scope%2fname`, as npm requests it."""
    if not _NAME.match(name) or len(name) > 214:
        raise RegistryError(f"{name!r} is not a valid npm package name")
    return quote(name, safe="@").replace("%2F", "%2f")


def _digests(claims: Iterable[str | None]) -> dict[str, set[bytes]]:
    """algorithm -> the digests the claims (SRI strings) assert."""
    out: dict[str, set[bytes]] = {}
    for claim in claims:
        for token in (claim or "").split():
            algorithm, _, value = token.partition("-")
            try:
                digest = base64.b64decode(value.split("?", 1)[0], validate=True)
            except (binascii.Error, ValueError):
                continue
            if algorithm.lower() in _STRONG + ("sha1",) and digest:
                out.setdefault(algorithm.lower(), set()).add(digest)
    return out


def verify_tarball(data: bytes, what: str, integrities: Iterable[str | None], shasum: str | None = None) -> None:
    """Raise unless `data` matches every strong (sha512/384/256) digest claimed; sha1 (`integrity`
    `sha1-...` or the hex `shasum`) is used only when no strong digest is known."""
    expected = _digests(integrities)
    if shasum and not any(a in expected for a in _STRONG):
        try:
            expected.setdefault("sha1", set()).add(bytes.fromhex(shasum))
        except ValueError:
            pass
    algorithms = [a for a in _STRONG if a in expected] or (["sha1"] if "sha1" in expected else [])
    if not algorithms:
        raise RegistryError(f"{what}: no integrity (sha512 or shasum) is known, refusing unverifiable bytes")
    for algorithm in algorithms:
        actual = hashlib.new(algorithm, data).digest()
        for digest in expected[algorithm]:
            if digest != actual:
                raise IntegrityMismatch(what, f"{algorithm}-{base64.b64encode(digest).decode()}",
                                        f"{algorithm}-{base64.b64encode(actual).decode()}")


class RegistryClient:
    """Talks to the registries of the npm configuration. Thread-safe; use as a context manager."""

    def __init__(self, settings: Settings, config: NpmConfig | None = None, *, policy: HttpPolicy | None = None,
                 packument_ttl: float = PACKUMENT_TTL, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep, fresh: bool = False):
        self.settings = settings
        self.fresh = fresh
        """Trust checks read metadata from the registry itself, never from the cache (it is still
        written, for offline use)."""
        self.config = config if config is not None else load_npm_config(settings.project_dir)
        self.cache = DiskCache(settings.cache_dir)
        self.packument_ttl = packument_ttl
        self._http: HttpClient | None = None
        self._http_args = (policy or HttpPolicy(), transport, sleep)
        self._lock = threading.Lock()
        self._name_locks: dict[str, threading.Lock] = {}
        self._memo: OrderedDict[str, dict] = OrderedDict()

    # --- plumbing ------------------------------------------------------------------------------

    @property
    def http(self) -> HttpClient:
        with self._lock:
            if self._http is None:
                policy, transport, sleep = self._http_args
                self._http = HttpClient(policy, verify=self.tls_verify(), transport=transport, sleep=sleep)
            return self._http

    def tls_verify(self) -> object:
        """How to verify registries' TLS certificates under the npm configuration (`strict-ssl`,
        `cafile`): what httpx takes as `verify`."""
        if not self.config.strict_ssl:
            return False
        if self.config.cafile:
            import ssl

            try:
                return ssl.create_default_context(cafile=self.config.cafile)
            except (OSError, ssl.SSLError) as exc:
                raise RegistryError(f"npm configuration: cafile {self.config.cafile} cannot be used: {exc}") from exc
        return True

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def __enter__(self) -> "RegistryClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RegistryClient({self.config!r}, offline={self.settings.offline})"

    def _get(self, url: str, accept: str = "application/json") -> Fetched:
        headers = {"Accept": accept, **self.config.auth_headers(url)}
        return self.http.send("GET", url, headers=headers)  # type: ignore[return-value]

    def _offline_miss(self, what: str) -> RegistryError:
        return RegistryError(f"offline: no cached {what}; run once online")

    def _http_error(self, fetched: Fetched, what: str, registry: str) -> RegistryError:
        if fetched.status in (401, 403):
            has_auth = self.config.auth_for(fetched.url) is not None
            hint = ("credentials were sent; check that they are valid" if has_auth
                    else "no credentials are configured for it in .npmrc")
            return RegistryError(f"{redact_url(registry)} refused access to {what} (HTTP {fetched.status}); {hint}")
        return RegistryError(f"{redact_url(registry)}: HTTP {fetched.status} for {what}")

    def fetch_many(self, fn: Callable[[T], R], items: Iterable[T], workers: int | None = None) -> list[R | NpmwardError]:
        """Run `fn` over `items` with bounded concurrency (see `HttpClient.fetch_many`)."""
        return self.http.fetch_many(fn, items, workers)

    # --- packuments ----------------------------------------------------------------------------

    def registry_for(self, name: str) -> str:
        return self.config.registry_for(name)

    def _name_lock(self, name: str) -> threading.Lock:
        with self._lock:
            return self._name_locks.setdefault(name, threading.Lock())

    def packument(self, name: str) -> dict:
        """The full packument of `name` (cached on disk for the TTL, and in memory for the run)."""
        with self._name_lock(name):
            with self._lock:
                if name in self._memo:
                    self._memo.move_to_end(name)
                    return self._memo[name]
            document = self._load_packument(name)
            with self._lock:
                self._memo[name] = document
                if len(self._memo) > 128:
                    self._memo.popitem(last=False)
            return document

    def _load_packument(self, name: str) -> dict:
        registry = self.registry_for(name)
        url = registry + escaped_name(name)
        document = None
        if self.settings.offline:
            document = self.cache.get_packument(registry, name, ttl=None)
            if document is None:
                raise self._offline_miss(f"packument for {name}")
        elif self.settings.use_cache and not self.fresh:
            document = self.cache.get_packument(registry, name, ttl=self.packument_ttl)
        if document is None:
            # Full JSON, not the abbreviated install document: analyzers need scripts, maintainers, time.
            fetched = self._get(url)
            if fetched.status == 404:
                raise PackageNotFound(f"package not found in {redact_url(registry)}: {name}")
            if fetched.status != 200:
                raise self._http_error(fetched, f"package {name}", registry)
            try:
                document = json.loads(fetched.body)
            except (ValueError, RecursionError) as exc:
                raise RegistryError(f"{redact_url(url)}: the packument of {name} is not valid JSON: {exc}") from None
            if not is_packument(document):
                raise RegistryError(f"{redact_url(url)}: the packument of {name} is not a packument "
                                    "(`versions` must map to objects, `dist-tags` to strings)")
            self.cache.put_packument(registry, name, fetched.body)
        return document

    def resolve(self, name: str, spec: str = "latest") -> tuple[PackageId, dict]:
        """The version `spec` (exact version, npm range or dist-tag) selects, like npm: a dist-tag
        names its version; a range prefers the `latest` tag when it satisfies, else the highest match."""
        document = self.packument(name)
        versions: dict = document.get("versions") or {}
        tags: dict = document.get("dist-tags") or {}
        registry = redact_url(self.registry_for(name))
        spec = (spec or "").strip() or "latest"
        if not versions:
            raise RegistryError(f"{name}: no published versions in {registry} (unpublished?)")
        if spec in tags:
            chosen = tags[spec]
        elif spec.lstrip("=v").strip() in versions:
            chosen = spec.lstrip("=v").strip()
        else:
            try:
                from .. import semver
            except ImportError as exc:  # only while the semver module is being written
                raise RegistryError(f"{name}@{spec}: version ranges need npmward.semver ({exc})") from exc
            if not semver.valid_range(spec):
                raise RegistryError(f"{name}@{spec}: {spec!r} is not a version, range or dist-tag of {name} in {registry}")
            latest = tags.get("latest")
            if latest in versions and semver.satisfies(latest, spec):
                chosen = latest
            else:
                chosen = semver.max_satisfying(list(versions), spec)
        if chosen is None or chosen not in versions:
            available = f"latest is {tags['latest']}" if tags.get("latest") else f"{len(versions)} versions"
            raise RegistryError(f"{name}@{spec}: no version of {name} in {registry} matches {spec!r} ({available})")
        return PackageId(name, chosen), versions[chosen]

    # --- tarballs ------------------------------------------------------------------------------

    def _tarball_url(self, name: str, version: str, url: str | None) -> str:
        registry = self.registry_for(name)
        if not url:
            base = name.split("/", 1)[-1]
            return f"{registry}{name}/-/{base}-{version}.tgz"
        # npm's `replace-registry-host=npmjs`: tarballs recorded on the public registry are fetched
        # from the configured one (a corporate proxy), so the proxy's policy and credentials apply.
        if url.startswith(NPMJS) and registry != NPMJS:
            return registry + url[len(NPMJS):]
        return url

    def tarball(self, name: str, version: str, integrity: str | None = None, url: str | None = None) -> bytes:
        """The verified tarball bytes of `name@version`: checked against `integrity` and, when the
        caller does not give both an sha512 integrity and a URL, the registry's `dist` too."""
        claims = [integrity]
        shasum = None
        if url is None or sha512_hex(integrity) is None:
            version_doc = (self.packument(name).get("versions") or {}).get(version)
            if not isinstance(version_doc, dict):
                raise RegistryError(f"{name}@{version}: no such version in {redact_url(self.registry_for(name))}")
            dist = version_doc.get("dist") or {}
            claims.append(dist.get("integrity"))
            shasum = dist.get("shasum")
            url = url or dist.get("tarball")
        url = self._tarball_url(name, version, url)
        what = f"{name}@{version}"
        for claim in claims:
            data = self.cache.get_tarball(claim)
            if data is not None:
                verify_tarball(data, what, claims, shasum)
                return data
        if self.settings.offline:
            raise self._offline_miss(f"tarball for {what}")
        fetched = self._get(url, accept="application/octet-stream, */*")
        if fetched.status != 200:
            if fetched.status == 404:
                raise RegistryError(f"{what}: tarball not found at {redact_url(url)}")
            raise self._http_error(fetched, f"the tarball of {what}", url)
        verify_tarball(fetched.body, f"{what} from {redact_url(url)}", claims, shasum)
        self.cache.put_tarball(fetched.body)
        return fetched.body

    def fetch_artifact(self, name: str, spec: str = "latest") -> Artifact:
        """Resolve, download, verify and load a package version."""
        from ..package import load_tarball, sri_sha512

        pid, version_doc = self.resolve(name, spec)
        dist = version_doc.get("dist") or {}
        data = self.tarball(pid.name, pid.version, integrity=dist.get("integrity"), url=dist.get("tarball"))
        url = self._tarball_url(pid.name, pid.version, dist.get("tarball"))
        return load_tarball(data, source=f"registry:{url}", integrity=sri_sha512(data))

    # --- keys, attestations, advisories --------------------------------------------------------

    def _optional_json(self, namespace: str, key: str, url: str, what: str) -> dict | None:
        """A document the registry may not serve: None when it answers 404/405/501. Both answers
        are cached, so offline mode knows "not served" from "never asked"."""
        cached = None
        if self.settings.offline:
            cached = self.cache.get_json(namespace, key, validate=_optional_entry)
            if cached is None:
                raise self._offline_miss(what)
        elif self.settings.use_cache and not self.fresh:
            cached = self.cache.get_json(namespace, key, ttl=METADATA_TTL, validate=_optional_entry)
        if isinstance(cached, dict) and "document" in cached:
            return cached["document"]
        fetched = self._get(url)
        if fetched.status in _NOT_SERVED:
            document = None
        elif fetched.status == 200:
            try:
                document = json.loads(fetched.body)
            except ValueError as exc:
                raise RegistryError(f"{redact_url(url)}: {what} is not valid JSON: {exc}") from exc
        else:
            raise self._http_error(fetched, what, url)
        self.cache.put_json(namespace, key, {"document": document})
        return document

    def keys(self) -> dict | None:
        """The default registry's signing keys (`/-/npm/v1/keys`), or None when it does not serve them."""
        registry = self.config.registry
        return self._optional_json("registry-keys", registry, registry + "-/npm/v1/keys",
                                   f"signing keys of {redact_url(registry)}")

    def attestations(self, name: str, version: str) -> dict | None:
        """The attestations document of `name@version` (provenance, publish attestation), or None."""
        registry = self.registry_for(name)
        url = f"{registry}-/npm/v1/attestations/{escaped_name(name)}@{quote(version, safe='')}"
        return self._optional_json("attestations", f"{registry}{name}@{version}", url,
                                   f"attestations for {name}@{version}")

    def bulk_advisories(self, packages: Mapping[str, Iterable[str]]) -> dict:
        """The registry's advisories for these versions (`POST /-/npm/v1/security/advisories/bulk`)."""
        registry = self.config.registry
        if self.settings.offline:
            raise RegistryError("offline: the registry's bulk advisories need the network; "
                                "use the offline advisory database")
        url = registry + "-/npm/v1/security/advisories/bulk"
        body = json.dumps({name: sorted(set(versions)) for name, versions in packages.items()}).encode()
        headers = {"Accept": "application/json", "Content-Type": "application/json", **self.config.auth_headers(url)}
        fetched = self.http.send("POST", url, headers=headers, content=body)
        assert isinstance(fetched, Fetched)
        if fetched.status in _NOT_SERVED:
            raise RegistryUnsupported(f"{redact_url(registry)} does not serve bulk advisories "
                                      f"(HTTP {fetched.status}); use the offline advisory database")
        if fetched.status != 200:
            raise self._http_error(fetched, "bulk advisories", registry)
        try:
            document = json.loads(fetched.body)
        except ValueError as exc:
            raise RegistryError(f"{redact_url(url)}: bulk advisories response is not valid JSON: {exc}") from exc
        if not isinstance(document, dict):
            raise RegistryError(f"{redact_url(url)}: bulk advisories response is not a JSON object")
        return document

    def download(self, url: str, dest: Path) -> Path:
        """Stream `url` to `dest` (atomically; credentials only if `url` is below their registry)."""
        if self.settings.offline:
            raise RegistryError(f"offline: cannot download {redact_url(url)}")
        dest = Path(dest)

        def write(response: httpx.Response) -> Path:
            if response.status_code != 200:
                raise RegistryError(f"{redact_url(url)}: HTTP {response.status_code}")
            tmp = dest.with_name(f".{dest.name}.part")
            dest.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            with open(tmp, "wb") as handle:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.http.policy.max_body:
                        handle.close()
                        tmp.unlink(missing_ok=True)
                        raise RegistryError(f"{redact_url(url)}: larger than {self.http.policy.max_body} bytes")
                    handle.write(chunk)
            tmp.replace(dest)
            return dest

        return self.http.send("GET", url, headers=self.config.auth_headers(url), consume=write)  # type: ignore[return-value]
