"""Screenshots of the dashboard's main pages for docs/screenshots/, from a demo store built with the
real commands:

- `colors`: the real colors.js lockfile (shared fixtures), `monitor add` + `monitor run` in scan
  mode (downloads and analyses its 117 packages from the registry);
- `audit-ci`, `npq`, `npm-cli`, `firebase-tools`: real lockfiles in audit mode;
- an inert malicious fixture (tests/fixtures/malicious/...) through `scan --store` and
  `sandbox --store`, for a package page with evidence and a sandbox timeline;
- a few firewall decisions about those packages, ingested with `monitor firewall-log`.

The advisory database is the shared fixtures' OSV records. Headless Chromium (Debian's) takes the
pictures, signed in so that the triage controls show.

    python scripts/dashboard_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NPMWARD_SHARED_DIR", REPO.parent / "shared"))
LOCKFILES = SHARED / "fixtures" / "lockfiles"
SAMPLE = REPO / "tests" / "fixtures" / "malicious" / "credential-file-stealer" / "ssh-keys-post"
TOKEN = "screenshots-token-not-a-secret"


def npmward(*args: str, env: dict, ok=(0, 1)) -> str:
    done = subprocess.run([sys.executable, "-m", "npmward", *args], env=env, capture_output=True, text=True)
    if done.returncode not in ok:
        sys.exit(f"npmward {' '.join(args)}: exit {done.returncode}\n{done.stderr[-3000:]}")
    return done.stdout


def copy_project(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for path in source.iterdir():
        if not path.name.endswith(".source.txt"):
            shutil.copyfile(path, target / path.name)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="npmward-shots-"))
    # A private cache: the demo's advisory database must not replace the user's.
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(work / "cache"), "NPMWARD_CONFIG": str(work / "config.yml"), "NPMWARD_DB_URL": str(work / "demo.sqlite"),
           "NPMWARD_DASHBOARD_TOKEN": TOKEN}
    npmward("db", "import", str(SHARED / "fixtures" / "osv"), "--replace", env=env, ok=(0,))
    colors = copy_project(LOCKFILES / "package-lock-v1" / "colors.js", work / "colors")
    npmward("monitor", "add", str(colors), "--name", "colors", env=env, ok=(0,))
    for name, path in (("audit-ci", "package-lock-v2/audit-ci"), ("npq", "package-lock-v3/npq"),
                       ("npm-cli", "package-lock-v3/npm-cli"), ("firebase-tools", "npm-shrinkwrap/firebase-tools")):
        project = copy_project(LOCKFILES / path, work / name)
        (project / ".npmrc").write_text("registry=https://registry.npm.example/\n")  # the fixtures' registry host
        npmward("monitor", "add", str(project), "--name", name, "--mode", "audit", env=env, ok=(0,))
    npmward("monitor", "run", env=env, ok=(0, 1, 2))
    npmward("scan", str(SAMPLE), "--store", env=env)
    npmward("sandbox", str(SAMPLE), "--store", env=env, ok=(0, 1, 2))
    manifest = json.loads((SAMPLE / "package.json").read_text())
    log = work / "decisions.jsonl"
    now = time.time()
    lines = [{"package": "colors", "version": "1.4.44-liberty-2", "action": "block", "reason": "protestware (known)", "time": now - 86400 * 2},
             {"package": manifest["name"], "version": manifest["version"], "action": "block",
              "reason": "install script reads ~/.ssh and sends it out", "time": now - 3600},
             *({"package": n, "version": v, "action": "allow", "reason": "clean", "time": now - 3600 * i}
               for i, (n, v) in enumerate([("lodash", "4.17.21"), ("chalk", "4.1.2"), ("debug", "4.3.4"),
                                           ("ms", "2.1.3"), ("semver", "7.6.0"), ("minimist", "1.2.8")] * 4)),
             {"package": "minimist", "version": "0.0.8", "action": "warn", "reason": "GHSA-xvch-5gv4-984h", "time": now - 7200}]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    npmward("monitor", "firewall-log", str(log), env=env, ok=(0,))

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "npmward", "dashboard", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _shoot(base, env, args.out)
    finally:
        server.terminate()
        server.wait(20)
        shutil.rmtree(work, ignore_errors=True)


def _shoot(base: str, env: dict, out: Path) -> None:
    import httpx
    from playwright.sync_api import sync_playwright
    from sqlalchemy import select

    from npmward.store import Store, store_url
    from npmward.settings import load_settings
    from npmward.store.models import Package, Project

    for _ in range(100):
        try:
            httpx.get(base + "/static/style.css", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    os.environ.update(env)
    with Store(store_url(load_settings())) as store, store.reading() as session:
        colors = session.execute(select(Project.id).where(Project.name == "colors")).scalar_one()
        sample = session.execute(select(Package.id).where(Package.name == json.loads(
            (SAMPLE / "package.json").read_text())["name"])).scalars().first()
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(base + "/login")
        page.fill("input[name=name]", "alice")
        page.fill("input[name=token]", TOKEN)
        page.click("form.login button")
        page.wait_for_url(base + "/")
        for name, path in (("portfolio", "/"), ("project", f"/projects/{colors}"), ("package", f"/packages/{sample}"),
                           ("firewall", "/firewall")):
            page.goto(base + path)
            page.screenshot(path=str(out / f"{name}.png"))
            print(out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
