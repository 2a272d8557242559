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
                        r"\bSet-MsolDomainAuthentication\b|\bNew-MsolFederatedDomain\b|/inboundSamlSsoProfiles\b|"
                        r"/federatedIdentityCredentials\b")
"""Microsoft Graph's and MSOnline's domain federation, Okta's identity providers, Google Workspace's SAML profiles, an
Entra app's federated credentials (workload identity federation: tokens of that issuer sign in as the app)."""
WORDS = ("ederation", "idps", "Msol", "SamlSso", "ederatedIdentity")
"""Words of those endpoints, looked for in the file's strings (decoded ones included: an obfuscated file hides them from
its text)."""
IDP_URL = re.compile(r"^https?://[^/\s]+/(?:adfs/|saml2?/|idp/|sso\b|trust\b|FederationMetadata)", re.I)
"""An identity provider's own endpoint (its issuer, sign-in or metadata URL), written in the package."""
OIDC_ISSUER = re.compile(r"""\bissuer['"]?\s*:\s*['"`](https://([^/'"`\s]+)[^'"`\s]*)""")
"""An OIDC issuer the file writes into what it configures (`issuer: 'https://…'`)."""
CI_ISSUERS = re.compile(r"^(token\.actions\.githubusercontent\.com|gitlab\.com|app\.terraform\.io|oidc\.circleci\.com|"
                        r"vstoken\.dev\.azure\.com|accounts\.google\.com|sts\.windows\.net|login\.microsoftonline\.com|"
                        r"token\.buildkite\.com|oidc\.eks\.[\w.-]+\.amazonaws\.com|container\.googleapis\.com)$", re.I)
"""The issuers workload identity federation is set up for (GitHub Actions, GitLab, Terraform Cloud, CircleCI, Azure
DevOps, Google, Entra itself, Buildkite, EKS and GKE clusters): a tool that adds one is doing its job."""


@rule("identity-federation", title="Federates a tenant's sign-in with an identity provider the package names",
      description="A request that adds or changes a domain's federation (Microsoft Graph federationConfiguration, "
                  "MSOnline's Set-MsolDomainAuthentication), an Okta identity provider, a Google Workspace SAML profile or "
                  "an Entra app's federated credential (with an OIDC issuer that is not a CI or cloud one), in a "
                  "file that writes the provider's issuer or sign-in URL itself or decodes what it configures at run time: "
                  "whoever holds that provider's key signs in as any user of the tenant. Critical when it runs at install, "
                  "at load or in code the application runs; admin tools take the provider from their user.",
      category="backdoor", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    endpoints = [f for f in view.of_kind("string") if any(w in f.value for w in WORDS) and FEDERATION.search(f.value)]
    if not endpoints:
        return
    idp = next((f for f in view.of_kind("string") if IDP_URL.match(f.value)), None) or _own_issuer(view)
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


def _own_issuer(view: FileView):
    """The string fact of an OIDC issuer the file configures that is none of the CI and cloud issuers (see CI_ISSUERS)."""
    if b"issuer" not in view.text:
        return None
    for m in OIDC_ISSUER.finditer(view.text.decode("utf-8", "replace")):
        if not CI_ISSUERS.match(m.group(2)):
            return next((f for f in view.of_kind("string") if f.value == m.group(1)), None)
    return None
