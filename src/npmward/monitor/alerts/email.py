"""The email publisher: one plain-text message per batch over SMTP (STARTTLS or TLS, optional login)."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from . import AlertError, Batch

TIMEOUT = 30.0


def render_email(batch: Batch) -> EmailMessage:
    options = batch.channel.options
    message = EmailMessage()
    message["Subject"] = batch.summary()
    message["From"] = options["from"]
    message["To"] = ", ".join(options["to"])
    lines = [batch.summary(), ""] + batch.lines(200)
    link = batch.link()
    if link:
        lines += ["", f"Dashboard: {link}"]
    lines += ["", "Sent by npmward monitor. Triage findings in the dashboard to stop alerts about them."]
    message.set_content("\n".join(lines) + "\n")
    return message


def send_email(batch: Batch, _threads) -> None:
    options = batch.channel.options
    port = int(options.get("port") or (465 if options.get("ssl") else 25))
    try:
        if options.get("ssl"):
            client = smtplib.SMTP_SSL(options["host"], port, timeout=TIMEOUT, context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(options["host"], port, timeout=TIMEOUT)
        with client:
            if options.get("starttls"):
                client.starttls(context=ssl.create_default_context())
            if options.get("username"):
                client.login(options["username"], options.get("password") or "")
            client.send_message(render_email(batch))
    except (smtplib.SMTPException, OSError) as exc:
        raise AlertError(f"email via {options['host']}:{port} failed: {type(exc).__name__}: {exc}") from None
