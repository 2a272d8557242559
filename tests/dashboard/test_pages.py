"""The dashboard's pages over HTTP, on SQLite and PostgreSQL: every page answers, evidence is
escaped, writes need the token (and the page's CSRF header), exports download."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from conftest import TOKEN, seed
from npmward.dashboard.app import create_app
from npmward.store import Store


@pytest.fixture
def client(db_url):
    ids = seed(db_url)
    with Store(db_url) as store:
        with TestClient(create_app(store, TOKEN)) as http:
            http.ids = ids
            yield http


def test_every_page_answers_and_escapes_evidence(client):
    ids = client.ids
    home = client.get("/")
    assert home.status_code == 200 and "web" in home.text and "<svg" in home.text
    assert home.headers["content-security-policy"].startswith("default-src 'self'")
    project = client.get(f"/projects/{ids['web']}")
    assert project.status_code == 200 and "event-stream-helper@1.0.1" in project.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in project.text and "<script>alert(1)" not in project.text
    package = client.get(f"/packages/{ids['evil']}")
    assert package.status_code == 200
    for text in ("lib/index.js:42", "open /home/user/.npmrc", "adds a postinstall script", "had provenance"):
        assert text in package.text
    assert "known malware" in client.get("/firewall?action=block").text
    assert client.get("/events").status_code == 200
    assert client.get("/projects/9999").status_code == 404 and client.get("/packages/9999").status_code == 404
    assert client.get("/projects/by-name/api", follow_redirects=False).headers["location"] == f"/projects/{ids['api']}"
    bom = json.loads(client.get(f"/projects/{ids['web']}/export/cyclonedx").text)
    assert bom["bomFormat"] == "CycloneDX"
    assert client.get(f"/projects/{ids['web']}/export/sarif").json()["version"] == "2.1.0"


def test_writes_need_the_token_and_the_csrf_header(client):
    ids = client.ids
    target = f"/projects/{ids['web']}/findings/{ids['exfil']}/triage"
    form = {"state": "confirmed", "reason": "reproduced"}
    assert client.post(target, data=form).status_code == 403
    assert client.post("/login", data={"name": "gus", "token": "wrong-token-0000000000"}).status_code == 403
    signed = client.post("/login", data={"name": "gus", "token": TOKEN}, follow_redirects=False)
    assert signed.status_code == 303 and "httponly" in signed.headers["set-cookie"].lower()
    assert client.post(target, data=form).status_code == 403  # a cookie alone is not enough: CSRF header
    page = client.get(f"/projects/{ids['web']}").text
    csrf = page.split('"X-CSRF-Token": "')[1].split('"')[0]
    done = client.post(target, data=form, headers={"X-CSRF-Token": csrf})
    assert done.status_code == 200 and 'data-state="confirmed"' in done.text and "by gus" in done.text
    open_before = _open_total(client)
    client.post(target, data={"state": "false_positive", "reason": "test data"}, headers={"X-CSRF-Token": csrf})
    assert _open_total(client) == open_before - 1  # the portfolio's cached counts follow the write
    bad = client.post(target, data={"state": "suppressed", "reason": "later"}, headers={"X-CSRF-Token": csrf})
    assert bad.status_code == 400 and "a date after today" in bad.text
    client.cookies.clear()
    api = client.post(target, data={"state": "new"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert api.status_code == 200 and 'data-state="new"' in api.text
    assert "triage" in client.get("/events").text


def test_without_a_token_the_dashboard_is_read_only(db_url):
    ids = seed(db_url)
    with Store(db_url) as store, TestClient(create_app(store, None)) as http:
        page = http.get(f"/projects/{ids['web']}").text
        assert "read-only" in page and "triage-form" not in page
        assert http.post(f"/projects/{ids['web']}/findings/{ids['exfil']}/triage",
                         data={"state": "confirmed"}, headers={"Authorization": "Bearer anything"}).status_code == 403
        assert http.post("/login", data={"name": "x", "token": "y"}).status_code == 403


def _open_total(client) -> int:
    page = client.get("/").text
    return int(page.split('id="total-open">')[1].split("<")[0])


def test_lists_page_through_in_order_with_their_totals(db_url):
    """The project page's lists are cut and counted in the database: every page of them, read with
    its offset, adds up to the whole list in the same order, with the same total."""
    from npmward.dashboard import queries
    from npmward.store.models import Project

    ids = seed(db_url)
    with Store(db_url) as store, store.reading() as session:
        web = session.get(Project, ids["web"])
        whole, total = queries.project_findings(session, web, include_closed=True, limit=200)
        assert total == len(whole) == 4 and [f["severity"] for f in whole] == sorted(
            (f["severity"] for f in whole), reverse=True)
        pages = [queries.project_findings(session, web, include_closed=True, limit=3, offset=o) for o in (0, 3, 6)]
        assert [t for _, t in pages] == [4, 4, 4]
        assert [f["id"] for rows, _ in pages for f in rows] == [f["id"] for f in whole]
        risky = queries.project_packages(session, web, limit=1)
        assert [(p["name"], p["level"]) for p in risky] == [("event-stream-helper", "malicious")]
        every = queries.project_packages(session, web)
        assert [p["level"] for p in every] == ["malicious", "suspicious"]
        assert every[0]["paths"] == [["web@1.0.0", "express@4.21.0", "body-parser@1.20.3", "event-stream-helper@1.0.1"]]


def test_the_command_serves_from_several_worker_processes(db_url, tmp_path):
    """`npmward dashboard --workers 2`: two processes answer on one port, each with the store and the
    token (read again from its file); a write through one is seen by the pages of every one."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    ids = seed(db_url)
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "npmward", "dashboard", "--port", str(port), "--db", db_url,
                               "--workers", "2", "--token-file", str(token_file)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            deadline = time.monotonic() + 60
            while True:
                try:
                    http.get("/static/style.css")
                    break
                except httpx.TransportError:
                    assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()
                    time.sleep(0.2)
            workers = subprocess.run(["pgrep", "-P", str(server.pid), "-f", "spawn_main"],
                                     capture_output=True, text=True).stdout.split()
            assert len(workers) == 2
            before = _open_total(http)
            target = f"/projects/{ids['web']}/findings/{ids['exfil']}/triage"
            bearer = {"Authorization": f"Bearer {TOKEN}"}
            assert http.post(target, data={"state": "false_positive", "reason": "fixture"}, headers=bearer).status_code == 200
            assert {_open_total(http) for _ in range(8)} == {before - 1}
            assert http.post(target, data={"state": "new"}, headers=bearer).status_code == 200
            assert {_open_total(http) for _ in range(8)} == {before}
    finally:
        server.terminate()
        server.wait(30)
