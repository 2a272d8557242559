"""The GitHub issues publisher: one issue per malicious package version, in one repository.

A package's first alert opens its issue; later alerts about it (another project depends on it, new
evidence) add a comment to that issue instead of opening another. The issue number is kept in the
store (`alert_threads`), reserved before the issue is made so two runs never open two. Only
malicious packages open issues; the channel's other findings are ignored by this publisher.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import AlertError, Batch, Item

API = "https://api.github.com"
TIMEOUT = 30.0


def _request(options: dict, method: str, path: str, document: dict[str, Any]) -> dict[str, Any]:
    import httpx

    url = (options.get("api_url") or API).rstrip("/") + path
    headers = {"Authorization": f"Bearer {options['token']}", "Accept": "application/vnd.github+json",
               "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "npmward"}
    try:
        response = httpx.request(method, url, json=document, headers=headers, timeout=TIMEOUT)
    except httpx.HTTPError as exc:
        raise AlertError(f"GitHub unreachable: {type(exc).__name__}") from None
    if not 200 <= response.status_code < 300:
        raise AlertError(f"GitHub {method} {path} answered {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise AlertError(f"GitHub {method} {path}: the answer is not JSON") from None


def _body(items: list[Item], batch: Batch) -> str:
    first = items[0]
    lines = [f"npmward reports **{first.package}@{first.version}** as **malicious**.", "",
             f"Package URL: `{first.purl}`", "", "| project | rule | evidence |", "|---|---|---|"]
    for item in sorted(items, key=lambda i: (i.project, -i.severity, i.rule)):
        where = f" (`{item.file}:{item.line or 1}`)" if item.file else ""
        message = item.message.replace("|", "\\|").replace("\n", " ")[:300]
        lines.append(f"| {item.project} | `{item.rule}`{' ' + item.advisory if item.advisory else ''} | {message}{where} |")
    link = batch.link()
    if link:
        lines += ["", f"[Open the dashboard]({link})"]
    return "\n".join(lines)


def send_github(batch: Batch, threads) -> None:
    options = dict(batch.channel.options)
    repo = options["repo"]
    by_package: dict[str, list[Item]] = defaultdict(list)
    for item in batch.items:
        if item.level == "malicious":
            by_package[item.purl].append(item)
    for purl, items in sorted(by_package.items()):
        number = threads.claim(purl)
        if number is None:
            try:
                issue = _request(options, "POST", f"/repos/{repo}/issues", {
                    "title": f"Malicious npm package: {items[0].package}@{items[0].version}",
                    "body": _body(items, batch), "labels": list(options.get("labels") or ["npmward", "malicious-package"])})
            except AlertError:
                threads.forget(purl)
                raise
            threads.made(purl, str(issue["number"]))
        else:
            _request(options, "POST", f"/repos/{repo}/issues/{number}/comments", {"body": _body(items, batch)})
            threads.touched(purl)
