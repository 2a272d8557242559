"""The registries the firewall stands in front of, reached with one pooled `httpx.AsyncClient`.

The upstreams are those of the npm configuration (the default registry and every scoped one from
`.npmrc`), or a registry named on the command line. Credentials go only to the registry whose
"nerf dart" they are configured for (as npm sends them) and never appear in a log line or a reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..registry.client import escaped_name
from ..registry.http import redact_url
from ..registry.npmrc import NpmConfig
from .paths import conventional_path

MAX_PACKUMENT = 256 * 1024 * 1024
MAX_TARBALL = 512 * 1024 * 1024
TIMEOUT = httpx.Timeout(60.0, connect=15.0)


class UpstreamError(Exception):
    """The upstream registry did not give what was asked (status, size, network)."""

    def __init__(self, message: str, status: int = 502):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    """A complete upstream response body."""

    status: int
    body: bytes
    content_type: str


class Upstreams:
    """Where each package comes from, and an async client to fetch it there."""

    def __init__(self, config: NpmConfig, verify: Any = True, max_connections: int = 64):
        self.config = config
        self.client = httpx.AsyncClient(
            timeout=TIMEOUT, verify=verify, follow_redirects=True,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections))

    async def close(self) -> None:
        await self.client.aclose()

    def registry_for(self, name: str) -> str:
        return self.config.registry_for(name)

    @property
    def hosts(self) -> frozenset[str]:
        """The hosts of every upstream registry (npm's `replace-registry-host` needs them)."""
        urls = [self.config.registry, *self.config.scopes.values()]
        return frozenset(h for h in (urlsplit(u).hostname for u in urls) if h)

    def packument_url(self, name: str) -> str:
        return self.registry_for(name) + escaped_name(name)

    def tarball_url(self, name: str, version: str, recorded: str | None) -> str:
        """Where to download a tarball: the URL the packument records when it is on the package's
        registry, else the registry's conventional path (a packument pointing elsewhere would make
        the firewall fetch from a host nobody configured)."""
        registry = self.registry_for(name)
        if recorded and _same_origin(recorded, registry):
            return recorded
        return registry + conventional_path(name, version)

    def is_conventional(self, name: str, version: str, url: str | None) -> bool:
        """Whether `url` is the registry's conventional tarball URL (what pnpm, yarn berry and bun
        leave out of their lockfiles). The public registry's http and https forms count alike."""
        if not url:
            return False
        expected = self.registry_for(name) + conventional_path(name, version)
        strip = lambda u: u.split("://", 1)[-1].replace("%2f", "/").replace("%2F", "/")  # noqa: E731
        return strip(url) == strip(expected)

    async def get(self, url: str, accept: str, limit: int) -> Fetched:
        """GET `url` (with the credentials configured for it) into memory, at most `limit` bytes."""
        headers = {"Accept": accept, "Accept-Encoding": "gzip", **self.config.auth_headers(url)}
        try:
            async with self.client.stream("GET", url, headers=headers) as response:
                declared = int(response.headers.get("content-length") or 0)
                if declared > limit:
                    raise UpstreamError(f"{redact_url(url)}: larger than {limit} bytes", 502)
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise UpstreamError(f"{redact_url(url)}: larger than {limit} bytes", 502)
                    chunks.append(chunk)
                return Fetched(response.status_code, b"".join(chunks),
                               response.headers.get("content-type", "application/octet-stream"))
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{redact_url(url)}: {type(exc).__name__}: {exc}", 502) from None

    async def forward(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Fetched:
        """A registry API request (`/-/...`) passed to the default registry, with its credentials."""
        url = self.config.registry + path.lstrip("/")
        wanted = {k: v for k, v in headers.items() if k.lower() in ("accept", "content-type", "npm-command")}
        try:
            response = await self.client.request(method, url, headers={**wanted, **self.config.auth_headers(url)},
                                                 content=body or None)
        except httpx.HTTPError as exc:
            raise UpstreamError(f"{redact_url(url)}: {type(exc).__name__}: {exc}", 502) from None
        return Fetched(response.status_code, response.content, response.headers.get("content-type", "application/json"))


def _same_origin(url: str, registry: str) -> bool:
    a, b = urlsplit(url), urlsplit(registry)
    return (a.hostname, a.port) == (b.hostname, b.port) or (a.hostname == b.hostname == "registry.npmjs.org")

