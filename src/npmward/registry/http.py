"""One pooled HTTP client with timeouts, retries and bounded concurrency.

Registries and their CDNs fail transiently (connection resets, 502/503 during deploys, 429 when a
CI fleet starts at once); a scan of a 2,000-package lockfile must ride through that. Retries use
exponential backoff with jitter so that many workers do not retry in lock-step, and honour
`Retry-After` up to a cap so that a misbehaving server cannot park the scan for an hour.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, TypeVar
from urllib.parse import urlsplit, urlunsplit

from .. import __version__
from ..errors import NpmwardError
from .npmrc import RegistryError

if TYPE_CHECKING:
    import httpx

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = f"npmward/{__version__}"
T = TypeVar("T")
R = TypeVar("R")


def redact_url(url: str) -> str:
    """`url` without any `user:password@` part or query values (`?token=...`), for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<an unparsable URL>"
    if "@" in parts.netloc:
        parts = parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1])
    if parts.query:
        parts = parts._replace(query="&".join(f"{pair.partition('=')[0]}=***" if "=" in pair else "***"
                                              for pair in parts.query.split("&")))
    return urlunsplit(parts)


@dataclass(frozen=True)
class HttpPolicy:
    """Timeouts, retries and concurrency of the registry client."""

    timeout: float = 30.0
    """Seconds of silence allowed while reading, writing or waiting for a pooled connection."""
    connect_timeout: float = 10.0
    retries: int = 4
    """Extra attempts after the first, for connect/read errors, 429 and 5xx."""
    backoff: float = 0.5
    """First retry waits about this long (jittered), doubling each time..."""
    max_backoff: float = 8.0
    """...up to this."""
    retry_after_cap: float = 30.0
    """The longest `Retry-After` npmward will honour; longer values wait this long instead."""
    workers: int = 8
    """Concurrent requests in `fetch_many` (and the size of the connection pool)."""
    max_body: int = 512 * 1024 * 1024
    """Largest response body accepted (a packument of a huge package is ~100 MB)."""


@dataclass(frozen=True)
class Fetched:
    """A complete response."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str
    """The final URL, after redirects."""


class HttpClient:
    """The one `httpx.Client` of a run. Thread-safe: `fetch_many` shares it between workers."""

    def __init__(self, policy: HttpPolicy = HttpPolicy(), *, verify: object = True,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep):
        # httpx is imported by the first client, not with the module: a run that needs no network
        # (a local tarball, everything cached) does not pay for importing it.
        import httpx

        self.policy = policy
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(policy.timeout, connect=policy.connect_timeout),
            limits=httpx.Limits(max_connections=policy.workers * 2, max_keepalive_connections=policy.workers * 2),
            # httpx drops Authorization when a redirect leaves the origin, as npm does.
            follow_redirects=True,
            verify=verify,  # type: ignore[arg-type]
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            seconds = _parse_retry_after(retry_after)
            if seconds is not None:
                return min(max(seconds, 0.0), self.policy.retry_after_cap)
        base = min(self.policy.max_backoff, self.policy.backoff * (2 ** attempt))
        return base * (0.5 + random.random() / 2)

    def send(self, method: str, url: str, *, headers: Mapping[str, str] | None = None,
             content: bytes | None = None, consume: Callable[[httpx.Response], T] | None = None) -> T | Fetched:
        """Send a request with retries. `consume` reads the final response (default: the whole body,
        bounded, as a `Fetched`); a status that is still retryable after the last attempt is handed
        to `consume` like any other, so the caller words the error."""
        import httpx

        reader = consume or self._read_all
        attempt = 0
        while True:
            try:
                with self._client.stream(method, url, headers=dict(headers or {}), content=content) as response:
                    if response.status_code in RETRY_STATUSES and attempt < self.policy.retries:
                        delay = self._delay(attempt, response.headers.get("Retry-After"))
                    else:
                        return reader(response)
            except httpx.TransportError as exc:
                if attempt >= self.policy.retries:
                    raise RegistryError(
                        f"{method} {redact_url(url)} failed after {attempt + 1} attempts: "
                        f"{type(exc).__name__}: {exc or 'no detail'}") from None
                delay = self._delay(attempt, None)
            attempt += 1
            self._sleep(delay)

    def _read_all(self, response: httpx.Response) -> Fetched:
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.policy.max_body:
                raise RegistryError(f"{redact_url(str(response.url))}: response larger than {self.policy.max_body} bytes")
        return Fetched(response.status_code, response.headers, bytes(body), str(response.url))

    def fetch_many(self, fn: Callable[[T], R], items: Iterable[T],
                   workers: int | None = None) -> list[R | NpmwardError]:
        """`fn` over `items` on a pool of threads, in order. An item whose `fn` raises an
        `NpmwardError` yields that error in its place, so one bad package does not sink the batch."""

        def guarded(item: T) -> R | NpmwardError:
            try:
                return fn(item)
            except NpmwardError as exc:
                return exc

        items = list(items)
        count = max(1, min(workers or self.policy.workers, len(items) or 1))
        if count == 1:
            return [guarded(item) for item in items]
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=count, thread_name_prefix="npmward-fetch") as pool:
            return list(pool.map(guarded, items))


def _parse_retry_after(value: str) -> float | None:
    value = value.strip()
    try:
        return float(value)
    except ValueError:
        pass
    try:
        import email.utils

        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time() if when else None
