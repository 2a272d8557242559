"""Webhook publishers: a generic JSON webhook, Slack-compatible incoming webhooks (Slack, Mattermost,
Rocket.Chat) and Microsoft Teams (an Adaptive Card, as Teams' Workflows webhooks expect).

All three POST one JSON document per batch; they differ only in its shape.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from . import AlertError, Batch

TIMEOUT = 20.0
LINES = 20


def post_json(url: str, document: Any, headers: dict[str, str] | None = None) -> None:
    """POST `document`; anything but a 2xx answer is an `AlertError` (the URL is never shown: it
    is the secret of an incoming webhook)."""
    import httpx

    body = json.dumps(document, ensure_ascii=False).encode()
    try:
        response = httpx.post(url, content=body, timeout=TIMEOUT,
                              headers={"Content-Type": "application/json", "User-Agent": "npmward", **(headers or {})})
    except httpx.HTTPError as exc:
        raise AlertError(f"webhook unreachable: {type(exc).__name__}") from None
    if not 200 <= response.status_code < 300:
        raise AlertError(f"webhook answered {response.status_code}")


def generic_document(batch: Batch) -> dict[str, Any]:
    """The generic webhook's body: stable, documented in docs/monitoring.md."""
    return {
        "event": "npmward.new_findings",
        "channel": batch.channel.name,
        "at": batch.at.isoformat(),
        "summary": batch.summary(),
        "projects": batch.projects,
        "dashboard": batch.link(),
        "findings": [{"project": i.project, "package": i.package, "version": i.version, "purl": i.purl,
                      "level": i.level, "rule": i.rule, "severity": i.severity, "message": i.message,
                      "file": i.file, "line": i.line, "advisory": i.advisory} for i in batch.items],
    }


def send_webhook(batch: Batch, _threads) -> None:
    """Generic JSON; with a `secret`, the body's HMAC-SHA256 is in `X-Npmward-Signature: sha256=…`."""
    options = batch.channel.options
    document = generic_document(batch)
    headers = {str(k): str(v) for k, v in (options.get("headers") or {}).items()}
    secret = options.get("secret")
    if secret:
        body = json.dumps(document, ensure_ascii=False).encode()
        headers["X-Npmward-Signature"] = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    post_json(options["url"], document, headers)


def send_slack(batch: Batch, _threads) -> None:
    text = "\n".join(f"• {line}" for line in batch.lines(LINES))
    link = batch.link()
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": batch.summary()[:150]}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _slack_escape(text)[:2900]}},
    ]
    if link:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{link}|Open the dashboard>"}]})
    post_json(batch.channel.options["url"], {"text": batch.summary(), "blocks": blocks})


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def send_teams(batch: Batch, _threads) -> None:
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "size": "Medium", "weight": "Bolder", "wrap": True, "text": batch.summary()},
        *({"type": "TextBlock", "wrap": True, "spacing": "None", "text": line} for line in batch.lines(LINES)),
    ]
    card: dict[str, Any] = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard",
                            "version": "1.4", "body": body}
    link = batch.link()
    if link:
        card["actions"] = [{"type": "Action.OpenUrl", "title": "Open the dashboard", "url": link}]
    post_json(batch.channel.options["url"], {"type": "message", "attachments": [
        {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}]})
