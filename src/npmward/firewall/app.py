"""The firewall's local registry: an ASGI app (starlette) in front of the upstream registries.

- `GET /<name>`: the upstream's packument, unchanged unless a filter applies — refused versions are
  removed and dist-tags repointed (`packuments`); a packument whose every version is refused is
  answered 403 with the reason, which the package manager prints.
- `GET /<name>/-/<file>.tgz`: the tarball, downloaded from the upstream, checked against the
  packument's integrity, decided by the gate, then served — or refused with 403 and one line.
- `GET /<name>/<version|tag>`: one version document of the filtered packument.
- `/-/...`: the registry's own API (ping, audit, whoami) passed to the default upstream.

Every decision is logged (`verdicts.DecisionLog`). The app never writes anything upstream.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Mapping

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import NpmwardError
from ..model import Action, PackageId
from ..pipeline import Subject
from .gate import Decision, Gate
from .packuments import provenance_dropped, rewrite_tarballs, too_young, without
from .paths import VIEW_PREFIX, Asked, parse_path
from .upstream import MAX_PACKUMENT, MAX_TARBALL, UpstreamError, Upstreams

PACKUMENT_SECONDS = 60.0
"""How long a parsed packument and its decisions are reused (a manager asks for one several times)."""
FULL = "application/json"


@dataclass
class Known:
    """A packument as fetched, and the versions the firewall refuses in it."""

    document: dict
    body: bytes
    content_type: str
    refused: dict[str, Decision]
    at: float = field(default_factory=time.monotonic)


class Firewall:
    """The registry behind the ASGI app: packuments, tarballs and decisions."""

    def __init__(self, gate: Gate, upstreams: Upstreams, *, thread_limit: int = 64):
        self.gate = gate
        self.upstreams = upstreams
        self.policy = gate.policy
        self.cache = gate.pipeline.client().cache
        self._packuments: OrderedDict[str, Known] = OrderedDict()
        self._loading: dict[str, asyncio.Future] = {}
        self._limiter = anyio.CapacityLimiter(thread_limit)
        self.notes: list[str] = []

    async def _thread(self, fn, *args):
        return await anyio.to_thread.run_sync(fn, *args, limiter=self._limiter)

    # --- packuments --------------------------------------------------------------------------------

    async def packument(self, name: str) -> Known | Response:
        """The packument of `name` with its refused versions (reused for `PACKUMENT_SECONDS`); a
        non-200 upstream answer is passed on as it is."""
        known = self._packuments.get(name)
        if known is not None and time.monotonic() - known.at < PACKUMENT_SECONDS:
            return known
        loading = self._loading.get(name)
        if loading is not None:
            return await asyncio.shield(loading)
        future = self._loading[name] = asyncio.get_running_loop().create_future()
        try:
            result = await self._load_packument(name)
            future.set_result(result)
            return result
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: a waiter re-raises it
            raise
        finally:
            self._loading.pop(name, None)

    async def _load_packument(self, name: str) -> Known | Response:
        fetched = await self.upstreams.get(self.upstreams.packument_url(name), FULL, MAX_PACKUMENT)
        if fetched.status != 200:
            return Response(fetched.body, fetched.status, media_type=fetched.content_type)
        try:
            document = json.loads(fetched.body)
            if not isinstance(document, dict) or not isinstance(document.get("versions", {}), dict):
                raise ValueError("no `versions` object")
        except ValueError as exc:
            return _error(502, f"npmward: the upstream packument of {name} is not a packument ({exc})")
        refused = await self._thread(self._refused, name, document)
        # The pipeline's registry client finds this packument in the shared cache instead of
        # fetching it again when a tarball of it is evaluated.
        await self._thread(self.cache.put_packument, self.upstreams.registry_for(name),
                           name, fetched.body)
        known = Known(document, fetched.body, fetched.content_type, refused)
        self._packuments[name] = known
        while len(self._packuments) > 2048:
            self._packuments.popitem(last=False)
        return known

    def _refused(self, name: str, document: Mapping[str, Any]) -> dict[str, Decision]:
        refused = self.gate.versions_refused(name, document)
        young, note = too_young(document, self.policy.min_release_age, dt.datetime.now(dt.timezone.utc))
        if note and note not in self.notes:
            self.notes.append(note)
            self.gate.log.write(name, None, "note", note, where="packument")
        for version, why in young.items():
            refused.setdefault(version, Decision(Action.BLOCK, why, ("firewall/min-release-age",)))
        for version, why in provenance_dropped(document).items():
            refused.setdefault(version, Decision(Action.BLOCK, why, ("trust/provenance-regression",)))
        for version, decision in refused.items():
            self.gate.log.write(name, version, "block", decision.reason, where="packument",
                                rules=list(decision.rules))
        return refused

    async def serve_packument(self, asked: Asked, base: str) -> Response:
        known = await self.packument(asked.name)
        if isinstance(known, Response):
            return known
        versions = known.document.get("versions") or {}
        if known.refused and len(known.refused) >= len(versions):
            first = next(iter(known.refused.values()))
            # Logged on every refusal, not only when the packument was loaded (it is reused a while).
            self.gate.log.write(asked.name, None, "block", first.reason, where="packument-request",
                                rules=list(first.rules))
            return _error(403, f"npmward blocked every version of {asked.name}: {first.reason}")
        document: Mapping[str, Any] = known.document
        changed = False
        if known.refused:
            document, changed = without(document, known.refused), True
        rewritten = rewrite_tarballs(document, asked.view, _view_base(base, asked.view), self.upstreams)
        if rewritten is not None:
            document, changed = rewritten, True
        if not changed:  # nothing to filter: the upstream's bytes as they came
            return Response(known.body, 200, media_type=known.content_type)
        return Response(json.dumps(document, separators=(",", ":")).encode(), 200, media_type=FULL)

    async def serve_version(self, asked: Asked, base: str) -> Response:
        response = await self.serve_packument(Asked("packument", asked.view, asked.name, rest=asked.rest), base)
        if response.status_code != 200:
            return response
        document = json.loads(response.body)
        version = (document.get("dist-tags") or {}).get(asked.version, asked.version)
        doc = (document.get("versions") or {}).get(version)
        if doc is None:
            refused = (await self.packument(asked.name)).refused.get(version)  # type: ignore[union-attr]
            if refused is not None:
                self.gate.log.write(asked.name, version, "block", refused.reason, where="version-request",
                                    rules=list(refused.rules))
                return _error(403, f"npmward blocked {asked.name}@{version}: {refused.reason}")
            return _error(404, f"version not found: {asked.name}@{asked.version}")
        return JSONResponse(doc)

    # --- tarballs ----------------------------------------------------------------------------------

    async def serve_tarball(self, asked: Asked) -> Response:
        name, version = asked.name, asked.version
        known = await self.packument(name)
        if isinstance(known, Response):
            return _error(known.status_code if known.status_code != 200 else 502,
                          f"npmward: cannot check {name}@{version}: the upstream has no packument for it "
                          f"(HTTP {known.status_code})")
        refused = known.refused.get(version)
        if refused is not None:
            self.gate.log.write(name, version, "block", refused.reason, where="tarball", rules=list(refused.rules))
            return _error(403, f"npmward blocked {name}@{version}: {refused.reason}")
        doc = (known.document.get("versions") or {}).get(version)
        if not isinstance(doc, Mapping):
            return _error(404, f"npmward: {name}@{version} is not in the upstream's packument (unpublished?)")
        dist = doc.get("dist") if isinstance(doc.get("dist"), Mapping) else {}
        try:
            data = await self._tarball_bytes(name, version, dist)
        except UpstreamError as exc:
            return _error(exc.status, f"npmward: {exc}")
        except NpmwardError as exc:  # the bytes are not the ones published: never served
            self.gate.log.write(name, version, "block", str(exc), where="tarball", rules=["integrity/mismatch"])
            return _error(403, f"npmward blocked {name}@{version}: {exc}")
        subject = Subject(f"{name}@{version}", "registry", PackageId(name, version), version_doc=doc, tarball=data)
        decision = await self._thread(self.gate.decide_tarball, subject, "tarball")
        if decision.refused:
            return _error(403, f"npmward blocked {name}@{version}: {decision.reason}")
        return Response(data, 200, media_type="application/octet-stream")

    async def _tarball_bytes(self, name: str, version: str, dist: Mapping[str, Any]) -> bytes:
        """The verified bytes: from npmward's content-addressed cache when they are there, else
        downloaded from the upstream (and then cached)."""
        from ..registry.client import verify_tarball

        integrity, shasum = dist.get("integrity"), dist.get("shasum")
        cache = self.cache
        data = await self._thread(cache.get_tarball, integrity) if integrity else None
        if data is None:
            url = self.upstreams.tarball_url(name, version, dist.get("tarball"))
            fetched = await self.upstreams.get(url, "application/octet-stream", MAX_TARBALL)
            if fetched.status != 200:
                raise UpstreamError(f"the upstream answered HTTP {fetched.status} for {name}@{version}",
                                    fetched.status if fetched.status in (401, 403, 404) else 502)
            data = fetched.body
            await self._thread(verify_tarball, data, f"{name}@{version}", [integrity], shasum)
            await self._thread(cache.put_tarball, data)
        else:
            await self._thread(verify_tarball, data, f"{name}@{version}", [integrity], shasum)
        return data

    # --- the ASGI app ------------------------------------------------------------------------------

    async def handle(self, request: Request) -> Response:
        asked = parse_path(request.url.path)
        base = str(request.base_url)
        try:
            if asked.kind == "api":
                if request.method not in ("GET", "HEAD", "POST"):
                    return _error(405, "npmward: the firewall is read-only (publish to the upstream registry directly)")
                fetched = await self.upstreams.forward(request.method, asked.rest + _query(request),
                                                       dict(request.headers), await request.body())
                return Response(fetched.body, fetched.status, media_type=fetched.content_type)
            if request.method not in ("GET", "HEAD"):
                return _error(405, "npmward: the firewall is read-only (publish to the upstream registry directly)")
            if asked.kind == "packument":
                return await self.serve_packument(asked, base)
            if asked.kind == "version":
                return await self.serve_version(asked, base)
            if asked.kind == "tarball":
                return await self.serve_tarball(asked)
            return _error(404, f"npmward: not a registry path: {request.url.path}")
        except UpstreamError as exc:
            return _error(exc.status, f"npmward: {exc}")

    def app(self) -> Starlette:
        methods = ["GET", "HEAD", "POST", "PUT", "DELETE"]

        @contextlib.asynccontextmanager
        async def lifespan(app):
            yield
            await self.upstreams.close()

        return Starlette(routes=[Route("/{path:path}", self.handle, methods=methods)], lifespan=lifespan)


def _view_base(base: str, view: str) -> str:
    return base if view == "npm" else f"{base}{VIEW_PREFIX}{view}/"


def _query(request: Request) -> str:
    return f"?{request.url.query}" if request.url.query else ""


def _error(status: int, message: str) -> Response:
    # npm, pnpm and yarn print the `error` field of a JSON error body after the status line.
    return JSONResponse({"error": message}, status)
