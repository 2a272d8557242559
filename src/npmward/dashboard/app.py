"""The dashboard: server-rendered pages (Starlette + Jinja2 + htmx) over the results store.

Read-only unless a token is configured (`NPMWARD_DASHBOARD_TOKEN` or `--token-file`). With one, a
person signs in with it (and their name, for the audit trail) and gets a session cookie (HttpOnly,
SameSite=Strict); writes also need the page's CSRF header. A script may instead send
`Authorization: Bearer TOKEN`. The token itself is never stored in a cookie or a page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import UsageError
from ..store import Store
from ..store.models import Project
from . import plots, queries

HERE = Path(__file__).resolve().parent
WORKER_ENV = "NPMWARD_DASHBOARD_WORKER"
"""Set by `npmward dashboard --workers N` for its worker processes: the store URL and the token file."""
SESSION_COOKIE = "npmward_session"
MAX_FORM = 16_384
PAGE = 100
"""Rows of a list per page (findings, packages needing attention): a page stays fast at 2,000
packages a project; "show more" loads the next ones."""


class Auth:
    """Who may write: derived from the token, which is kept only in memory."""

    def __init__(self, token: str | None):
        self.token = token or None

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def _mac(self, purpose: str) -> str:
        return hmac.new(self.token.encode(), purpose.encode(), hashlib.sha256).hexdigest()

    def session_for(self, user: str) -> str:
        return f"{quote(user, safe='')}.{self._mac('session:' + user)}"

    def user(self, request: Request) -> str | None:
        """The signed-in user's name, or None (always None when read-only)."""
        if not self.enabled:
            return None
        bearer = request.headers.get("authorization", "")
        if bearer.startswith("Bearer ") and hmac.compare_digest(bearer[7:].strip(), self.token):
            return "api"
        cookie = request.cookies.get(SESSION_COOKIE, "")
        name, _, mac = cookie.rpartition(".")
        from urllib.parse import unquote

        user = unquote(name)
        if name and hmac.compare_digest(mac, self._mac("session:" + user)):
            return user
        return None

    def csrf(self, user: str) -> str:
        return self._mac("csrf:" + user)

    def may_write(self, request: Request) -> str | None:
        """The acting user when the request may write, else None."""
        user = self.user(request)
        if user is None:
            return None
        if user != "api" and not hmac.compare_digest(request.headers.get("x-csrf-token", ""), self.csrf(user)):
            return None
        return user


def read_token(token_file: Path | None) -> str | None:
    """The dashboard token: `--token-file`, else `NPMWARD_DASHBOARD_TOKEN`; None = read-only."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UsageError(f"{token_file}: cannot read the token: {exc.strerror or exc}") from None
    else:
        token = os.environ.get("NPMWARD_DASHBOARD_TOKEN", "").strip()
    if token and len(token) < 16:
        raise UsageError("the dashboard token must have at least 16 characters")
    return token or None


def create_app(store: Store, token: str | None = None) -> Starlette:  # noqa: C901 - the routes, each small, share its closure
    """The dashboard's ASGI app. Pages that only read are plain functions (Starlette runs them in
    its thread pool, so a slow query never holds the others up); the two that read a form await it."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(),
                            trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    templates.filters["when"] = _when
    templates.globals["severity_name"] = lambda n: ["info", "low", "medium", "high", "critical"][max(0, min(4, n))]
    auth = Auth(token)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        user = auth.user(request)
        html = templates.get_template(name).render(
            request=request, user=user, csrf=auth.csrf(user) if user and user != "api" else None,
            writable=auth.enabled, **context)
        return HTMLResponse(html, status_code=status)

    cache = queries.VersionedCache()

    def portfolio(request: Request) -> Response:
        with store.reading() as session:
            rows, points = cache.get(session, "portfolio", lambda: (queries.portfolio(session), queries.trend(session)))
        bars = plots.stacked_bars([(r.name, {"malicious": r.malicious, "suspicious": r.suspicious, "clean": r.clean})
                                   for r in rows[:25]], ("malicious", "suspicious", "clean"),
                                  "Packages by verdict (worst 25 projects)")
        totals = {k: sum(getattr(r, k) for r in rows) for k in ("packages", "malicious", "suspicious", "blocked",
                                                                 "open_findings")}
        return page(request, "portfolio.html", rows=rows, totals=totals, bars=bars,
                    trend=plots.line_chart(points, "Malicious and suspicious packages over time"))

    def project(request: Request) -> Response:
        state = request.query_params.get("state") or None
        if state not in (None, "all", "new", "confirmed", "false_positive", "suppressed"):
            return PlainTextResponse("unknown state", status_code=400)
        offset = request.query_params.get("offset", "0")
        if not offset.isdigit():
            return PlainTextResponse("offset must be a whole number", status_code=400)
        offset = int(offset)
        with store.reading() as session:
            found = session.get(Project, int(request.path_params["pid"]))
            if found is None:
                return page(request, "missing.html", 404, what="project")
            risky = queries.project_packages(session, found, limit=PAGE)
            counts = queries.level_counts(session, found)
            findings, total = queries.project_findings(session, found, state=None if state == "all" else state,
                                                       include_closed=state == "all", offset=offset, limit=PAGE)
            context = dict(project=found, risky=risky, risky_total=sum(counts.get(level, 0) for level in queries.RISKY),
                           paths_tree=queries.risky_tree(risky, found.name), findings=findings, total=total,
                           state=state or "open", offset=offset, counts=counts,
                           snapshots=queries.snapshots(session, found.id),
                           trend=plots.line_chart(queries.trend(session, found.id), f"{found.name} over time"),
                           events=queries.events(session, found.id, 20))
        if request.headers.get("hx-request") and offset:
            return page(request, "_finding_rows.html", **context)
        return page(request, "project.html", **context)

    def project_by_name(request: Request) -> Response:
        from sqlalchemy import select

        with store.reading() as session:
            pid = session.execute(select(Project.id).where(Project.name == request.path_params["name"])).scalar()
        if pid is None:
            return page(request, "missing.html", 404, what="project")
        return RedirectResponse(f"/projects/{pid}", status_code=303)

    def package(request: Request) -> Response:
        with store.reading() as session:
            detail = queries.package_detail(session, int(request.path_params["pkg"]))
            if detail is None:
                return page(request, "missing.html", 404, what="package")
            return page(request, "package.html", **detail)

    def firewall(request: Request) -> Response:
        action = request.query_params.get("action") or None
        with store.reading() as session:
            decisions = queries.firewall(session, action=action)
            chart = plots.day_bars(queries.firewall_by_day(session), 30, "Firewall decisions per day (30 days)")
        return page(request, "firewall.html", decisions=decisions, chart=chart, action=action)

    def audit_trail(request: Request) -> Response:
        with store.reading() as session:
            return page(request, "events.html", events=queries.events(session, limit=500))

    async def triage(request: Request) -> Response:
        from ..store.triage import set_triage

        user = auth.may_write(request)
        if user is None:
            return PlainTextResponse("sign in to triage (the dashboard is read-only without its token)", status_code=403)
        pid, fid = int(request.path_params["pid"]), int(request.path_params["fid"])
        until = None
        error = None
        try:
            form = await _form(request)
            if form.get("until"):
                until = dt.date.fromisoformat(form["until"])
            with store.session() as session:
                set_triage(session, pid, fid, form.get("state", ""), user, form.get("reason", ""), until)
        except ValueError:
            error = "the date must be YYYY-MM-DD"
        except UsageError as exc:
            error = str(exc)
        with store.reading() as session:
            row = queries.finding_row(session, pid, fid)
        if row is None:
            return PlainTextResponse("no such finding", status_code=404)
        return page(request, "_finding_row.html", 400 if error else 200, f=row, project_id=pid, error=error)

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return page(request, "login.html", error=None)
        if not auth.enabled:
            return page(request, "login.html", 403, error="this dashboard is read-only: no token is configured")
        try:
            form = await _form(request)
        except UsageError as exc:
            return page(request, "login.html", 400, error=str(exc))
        name = " ".join(form.get("name", "").split())[:100]
        if not name or not hmac.compare_digest(form.get("token", ""), auth.token):
            return page(request, "login.html", 403, error="wrong token, or no name given")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(SESSION_COOKIE, auth.session_for(name), httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response

    def logout(request: Request) -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    def export(request: Request) -> Response:
        from ..monitor.export import export_cyclonedx, export_sarif

        fmt = request.path_params["fmt"]
        if fmt not in ("sarif", "cyclonedx"):
            return PlainTextResponse("sarif or cyclonedx", status_code=404)
        with store.reading() as session:
            found = session.get(Project, int(request.path_params["pid"]))
            if found is None or found.snapshot_id is None:
                return PlainTextResponse("no such project, or not evaluated yet", status_code=404)
            text = (export_sarif if fmt == "sarif" else export_cyclonedx)(session, found)
        suffix = "sarif" if fmt == "sarif" else "cdx.json"
        return Response(text, media_type="application/json",
                        headers={"Content-Disposition": f'attachment; filename="{found.name}.{suffix}"'})

    routes = [
        Route("/", portfolio),
        Route("/projects/by-name/{name:path}", project_by_name),
        Route("/projects/{pid:int}", project),
        Route("/projects/{pid:int}/export/{fmt}", export),
        Route("/projects/{pid:int}/findings/{fid:int}/triage", triage, methods=["POST"]),
        Route("/packages/{pkg:int}", package),
        Route("/firewall", firewall),
        Route("/events", audit_trail),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)])


def worker_app():
    """The app of one worker process of `npmward dashboard --workers N`: the parent's store (already
    migrated) and token (read again from its file, or inherited in NPMWARD_DASHBOARD_TOKEN)."""
    spec = json.loads(os.environ[WORKER_ENV])
    token_file = spec["token_file"]
    return create_app(Store(spec["url"], migrate=False), read_token(Path(token_file) if token_file else None))


class SecurityHeaders:
    """Pages load only their own script and style sheet, and are never framed."""

    HEADERS = {"content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                          "frame-ancestors 'none'",
               "x-content-type-options": "nosniff", "referrer-policy": "same-origin"}

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in self.HEADERS.items():
                    headers.setdefault(key, value)
            await send(message)

        await self.app(scope, receive, sending)


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > MAX_FORM:
        raise UsageError("form too large")
    return {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return "never"
    if isinstance(value, dt.datetime):
        value = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()
