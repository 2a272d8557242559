"""A hook in Node's module loader aimed at the libraries that hold credentials: the package rewrites how every module
is wrapped or loaded (`Module.wrap`, `Module._extensions['.js']`, `Module.prototype.require`) and names the AWS
credential provider, STS, Azure Identity, Google's auth library or firebase-admin's credential module, so it gets
inside them and takes the keys they resolve (the require-hook trojans reported by Phylum and Socket, 2023-2024)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..extract import LOADER_HOOKS
from ..gates import any_word
from ..view import FileView
from . import rule

WRAPPER = re.compile(r"^(module|node:module)(\.default)?\.(wrap|wrapper)$")
"""Node's wrapper around every CommonJS module's source: code put there runs inside each module loaded after."""
RESOLVER = re.compile(r"^(module|node:module)(\.default)?\._resolveFilename$")
"""Node's resolver, which decides what file a `require('jsonwebtoken')` gets (TypeScript runners and path-alias tools
rewrite it too, for their own files)."""
CREDENTIAL_MODULES = re.compile(r"credential-provider|client-sts|@azure/identity|google-auth-library|"
                                r"firebase-admin[\\/\]\[\\]*lib[\\/\]\[\\]*credential")
"""Modules whose exports resolve credentials (the AWS SDK's default provider chain and STS, Azure's and Google's
identity libraries, firebase-admin's `cert`)."""
AUTH_MODULES = {"jsonwebtoken", "bcrypt", "bcryptjs", "jose"}
"""Modules that check passwords and tokens: a look-alike resolved in their place accepts any password or token, or
keeps the signing secret."""
RESOLVER_SPAN = 20
"""Lines between the resolver's replacement and the name it compares."""
WORDS = any_word(b"credential", b"client-sts", b"identity", b"google-auth", b"jsonwebtoken", b"bcrypt", b"bcryptjs", b"jose")


@rule("credential-hook", title="Hooks Node's module loader to get inside credential libraries",
      description="Rewrites Node's module wrapper or loader (`Module.wrap`, `Module.wrapper`, `Module._extensions`, "
                  "`Module._load`, `Module.prototype.require`) in a file that names credential libraries (the AWS SDK's "
                  "credential provider or STS, Azure Identity, google-auth-library, firebase-admin's credential module): "
                  "code put into those modules as they load, where it takes the keys they resolve. Or rewrites Node's "
                  "resolver (`Module._resolveFilename`) within a few lines of the name of a library that checks tokens or "
                  "passwords (jsonwebtoken, bcrypt, jose) that the file does not require itself: a look-alike loaded in its "
                  "place accepts any token. Critical at install, at load or in code the application runs. APM agents hook "
                  "the loader to time the SDK's calls, not its credential providers; TypeScript runners rewrite the "
                  "resolver for their own files.",
      category="credential-theft", consumes=("assign", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS):
        return
    found = _loader_hook(view) or _resolver_swap(view)
    if found is None:
        return
    hook, target = found
    severity, confidence = view.unmistakable(hook)
    yield view.finding("credential-hook", severity, confidence, "credential-theft",
                       f"Rewrites Node's module loader ({hook.value}) and names the credential library {target!r}, "
                       f"{view.run_text(hook)}: code put inside it as it loads, where the keys it resolves are.",
                       hook, view.level(hook))


def _loader_hook(view: FileView):
    """(the hook, the library) for a module wrapper or loader rewritten in a file that names a credential library."""
    hook = next((f for f in view.of_kind("assign") if WRAPPER.match(f.value) or LOADER_HOOKS.match(f.value)), None)
    if hook is None:
        return None
    target = next((m.group(0) for f in view.of_kind("string") if (m := CREDENTIAL_MODULES.search(f.value))), None)
    return (hook, target) if target is not None else None


def _resolver_swap(view: FileView):
    """(the hook, the library) for a resolver rewritten beside the name of an auth library it compares or maps, which
    the file does not require itself (a module it requires is its own dependency)."""
    hooks = [f for f in view.of_kind("assign") if RESOLVER.match(f.value)]
    if not hooks:
        return None
    required = {module for _, module in view.facts.requires}
    return next(((hook, f.value) for f in view.of_kind("string") if f.value in AUTH_MODULES and f.value not in required
                 for hook in hooks if abs(f.line - hook.line) <= RESOLVER_SPAN), None)
