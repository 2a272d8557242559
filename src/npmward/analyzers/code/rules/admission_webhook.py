"""A Kubernetes admission webhook registered to a server outside the cluster: every object the webhook matches (each
new pod, each Secret) is sent there as it is created, and a mutating webhook's answer changes it (a container injected
into every pod). Operators serve their webhooks from a Service in the cluster (`clientConfig.service`); a URL is for a
webhook the cluster's owner runs elsewhere, never one a package picks."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"WebhookConfiguration", b"webhookconfiguration")
KIND = re.compile(r"(Mutating|Validating)WebhookConfiguration", re.I)
BY_URL = re.compile(r"clientConfig['\"]?\s*:\s*\{?\s*['\"]?url['\"]?\s*:")
OUTSIDE = re.compile(r"^https://(?![^/]*\.svc(?:\.cluster\.local)?(?:[:/]|$))(?!localhost|127\.)[^/\s]+\.[^/\s]+/")
"""A webhook URL whose host is not a Service of the cluster (`*.svc`) or this machine."""


@rule("admission-webhook", title="Kubernetes admission webhook served from outside the cluster",
      description="Code or a manifest it applies that registers a mutating or validating admission "
                  "webhook whose clientConfig is a URL on a host the package names outside the cluster: every pod or "
                  "Secret the webhook matches is sent there when it is created, and a mutating webhook can change it. "
                  "Critical when it runs at install, at load or in code the application runs; operators serve their "
                  "webhooks from a Service in the cluster.",
      category="backdoor", consumes=("string", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    strings = view.of_kind("string")
    # (the file's text, and its strings that hold a manifest: one decoded at run time is only there)
    texts = [view.text.decode("utf-8", "replace")] + [f.value for f in strings if "clientConfig" in f.value]
    if not any(KIND.search(t) and BY_URL.search(t) for t in texts):
        return
    url = next((f for f in strings if OUTSIDE.match(f.value)), None)
    if url is None:
        return
    severity, confidence = view.unmistakable(url)
    yield view.finding("admission-webhook", severity, confidence, "backdoor",
                       f"Registers a Kubernetes admission webhook served from {url.value[:80]}, outside the cluster, "
                       f"{view.run_text(url)}: what it matches is sent there as it is created.", url, view.level(url))
