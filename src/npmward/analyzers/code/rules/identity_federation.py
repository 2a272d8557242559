"""A tenant's sign-in handed to an identity provider the package chooses: a federation configuration added to an Entra
ID (Azure AD) domain, or a SAML identity provider with a routing rule added to an Okta org, with the admin token the user
gave the package for something else (an audit, a group sync). Whoever holds that provider's signing key then signs in as
any user of the tenant, MFA included (the Golden SAML / domain-federation backdoor of the SolarWinds and Octo Tempest
intrusions)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

FEDERATION = re.compile(r"/federationConfiguration\b|/api/v1/idps(?:$|[/?])|\b(?:New|Update)-MgDomainFederationConfiguration\b|"
                        r"\bSet-MsolDomainAuthentication\b|\bNew-MsolFederatedDomain\b|/inboundSamlSsoProfiles\b")
"""Microsoft Graph's and MSOnline's domain federation, Okta's identity providers, Google Workspace's SAML profiles."""
WORDS = ("ederation", "idps", "Msol", "SamlSso")
"""Words of those endpoints, looked for in the file's strings (decoded ones included: an obfuscated file hides them from
its text)."""
IDP_URL = re.compile(r"^https?://[^/\s]+/(?:adfs/|saml2?/|idp/|sso\b|trust\b|FederationMetadata)", re.I)
"""An identity provider's own endpoint (its issuer, sign-in or metadata URL), written in the package."""


@rule("identity-federation", title="Federates a tenant's sign-in with an identity provider the package names",
      description="A request that adds or changes a domain's federation (Microsoft Graph federationConfiguration, "
                  "MSOnline's Set-MsolDomainAuthentication), an Okta identity provider or a Google Workspace SAML profile, in a "
                  "file that writes the provider's issuer or sign-in URL itself or decodes what it configures at run time: "
                  "whoever holds that provider's key signs in as any user of the tenant. Critical when it runs at install, "
                  "at load or in code the application runs; admin tools take the provider from their user.",
      category="backdoor", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    endpoints = [f for f in view.of_kind("string") if any(w in f.value for w in WORDS) and FEDERATION.search(f.value)]
    if not endpoints:
        return
    idp = next((f for f in view.of_kind("string") if IDP_URL.match(f.value)), None)
    call = next(iter(view.calls_on_lines_of(endpoints)), None)
    hidden = call is not None and view.labels(call) & F.DECODED
    if idp is None and not hidden:
        return
    where = call or endpoints[0]
    severity, confidence = view.unmistakable(where)
    yield view.finding("identity-federation", severity, confidence, "backdoor",
                       f"Adds or changes a sign-in federation ({endpoints[0].value[:60]}) with an identity provider "
                       + (f"it names ({idp.value[:60]})" if idp is not None else "whose settings it decodes at run time")
                       + f", {view.run_text(where)}: whoever holds that provider's key signs in as any user of the tenant.",
                       where, view.level(where))
