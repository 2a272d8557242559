"""A standing way into other people's accounts, opened with the admin token the user gave the package for something
else (a provisioning sync, a calendar bridge): a second factor or a Temporary Access Pass added to every member of the
tenant's privileged roles (Microsoft's reports on Storm-0501 and Octo Tempest, 2023-2024), or a mailbox's Inbox and
Sent Items opened to everyone in the organisation or to anonymous callers (EWS folder permissions, the mailbox
delegation of the Midnight Blizzard intrusion)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

METHOD_ADD = re.compile(r"/users/[^/\s]+/authentication/(phoneMethods|temporaryAccessPassMethods|emailMethods|"
                        r"softwareOathMethods|fido2Methods)\b")
"""Microsoft Graph's endpoints that add a sign-in method to a user (a POST; a GET lists them)."""
PRIVILEGED = re.compile(r"/directoryRoles\b|roleTemplateId|^62e90394-69f5-4237-9190-012177145e10$|/roleManagement/directory/")
"""The members of the tenant's directory roles (Global Administrator's template id among them)."""
OPEN_FOLDER = re.compile(r"<t:DistinguishedUser>\s*(Default|Anonymous)\s*</t:DistinguishedUser>|"
                         r"Add-MailboxFolderPermission\b[^\n]{0,200}-User\s+['\"]?(Default|Anonymous)\b", re.I)
MAIL_FOLDERS = re.compile(r"\b(inbox|sentitems|Sent Items|deleteditems)\b", re.I)
REPO_HOOKS = re.compile(r"^/?(?:api/v\d+/)?(?:repos/(?:[^/\s]+/)?[^/\s]+|orgs/[^/\s]+|projects/[^/\s]+|groups/[^/\s]+|"
                        r"repositories/(?:[^/\s]+/)?[^/\s]+)/hooks/?$")
"""The webhooks of a repository, an organisation or a group (GitHub's `/repos/{owner}/{repo}/hooks`, GitLab's
`/projects/{id}/hooks`, Bitbucket's `/repositories/{workspace}/{repo}/hooks`): a POST adds one."""
EVENT_HOOKS = re.compile(r"^/?(?:v\d+/)?(?:webhook_endpoints|webhooks/subscriptions)/?$|(?:^|\.)webhookEndpoints\.create$")
"""A payment platform's event subscriptions (Stripe's `/v1/webhook_endpoints`, its SDK's `webhookEndpoints.create`,
Square's `/v2/webhooks/subscriptions`): every payment, refund and customer event sent to the URL, signed with a secret the
creator receives."""
ACCOUNT_KEYS = re.compile(r"^/?(?:api/v\d+/)?user/(?:keys|gpg_keys|ssh_signing_keys)/?$")
"""The keys of the token's user (GitHub's and GitLab's `/user/keys`, `/user/gpg_keys`, GitHub's `/user/ssh_signing_keys`):
a POST adds one, to log in over SSH or to sign commits shown as Verified."""
SHIPPED_KEY = re.compile(r"^\s*(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA[A-Za-z0-9+/]{40,}|"
                         r"-----BEGIN PGP PUBLIC KEY BLOCK-----")
WORDS = ("/authentication/", "DistinguishedUser", "MailboxFolderPermission", "/hooks", "webhook", "Webhook", "/user/")
GATE = any_word(*(w.encode() for w in WORDS))
"""The words in the file's text, asked first: most files have none, and their strings are not looked through."""


@rule("account-backdoor", title="Opens other people's accounts or mailboxes to the package's author",
      description="With an admin's token: adds a phone, e-mail, OATH or FIDO2 method or a Temporary Access Pass "
                  "(Microsoft Graph's `/users/{id}/authentication/...Methods`, POSTed) to the members of the tenant's "
                  "directory roles, or grants Default (everyone in the organisation) or Anonymous rights on mail folders "
                  "(Inbox, Sent Items) through EWS or Add-MailboxFolderPermission. Critical when it runs at install, at "
                  "load or in code the application runs. Help-desk tools act on the one user their operator names and "
                  "audits read (GET) the methods; calendar sharing opens the calendar, not the mail. Also a repository's, "
                  "an organisation's or a group's webhook added (a POST to GitHub's `/repos/{owner}/{repo}/hooks`, "
                  "GitLab's `/projects/{id}/hooks`) in a file that hides a URL's host (decoded, never written): every push "
                  "sent to the author; a tool adds the webhook its user names. So is a payment platform's event subscription (Stripe's "
                  "`webhook_endpoints`, Square's `webhooks/subscriptions`) in such a file, and a key the package carries (an "
                  "SSH or PGP public key, in the open or decoded) POSTed to the token user's `/user/keys`, `/user/gpg_keys` "
                  "or `/user/ssh_signing_keys`.",
      category="backdoor", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    strings = [f for f in view.of_kind("string") if any(w in f.value for w in WORDS)]
    if not strings:
        return
    posts = {f.line for f in view.of_kind("string") if f.value == "POST"}
    key = next((f for f in strings if f.line in posts and ACCOUNT_KEYS.match(f.value)), None)
    shipped = next((f for f in view.of_kind("string") if SHIPPED_KEY.match(f.value)), None) if key is not None else None
    if key is not None and shipped is not None:
        # (a tool registers the key its user made or names: one the package carries opens the account to its author;
        # blind set 54's release plugins added a 'release-bot' GPG and SSH key, kept compressed, to the CI token's user)
        yield view.finding("account-backdoor", *view.unmistakable(key), "backdoor",
                           f"With the token it holds, it adds a key the package carries ({shipped.value.strip()[:40]!r}…) "
                           f"to the user's account ({key.value}), {view.run_text(key)}: whoever holds the private half "
                           "logs in or signs commits shown as Verified.", key, view.level(key))
        return
    hook = next((f for f in strings if f.line in posts and (REPO_HOOKS.match(f.value) or EVENT_HOOKS.search(f.value))), None)
    if hook is None:
        hook = next((f for f in view.of_kind("call") if EVENT_HOOKS.search(f.value)), None)
    hidden = next((f for f in view.of_kind("string") if f.value.startswith(("https://", "http://")) and view.hides_host(f.value)),
                  None) if hook is not None else None
    if hook is not None and hidden is not None:
        # (a tool that adds a webhook adds the one its user names; blind set 53's repo-hygiene CLI added its own, the
        # address kept in base64, to every repository the token administers)
        severity, confidence = view.unmistakable(hook)
        events = "the merchant account's payment events" if EVENT_HOOKS.search(hook.value) \
            else "the repository's pushes, pull requests and releases"
        yield view.finding("account-backdoor", severity, confidence, "backdoor",
                           f"With the token it holds, it adds a webhook ({hook.value}) that sends {events} to a host it hides, "
                           f"{view.run_text(hook)}: a standing copy for whoever wrote it.", hook, view.level(hook))
        return
    added = [f for f in strings if f.line in posts and METHOD_ADD.search(f.value)]
    if added and any(PRIVILEGED.search(f.value) for f in view.of_kind("string")):
        where = added[0]
        what = "adds a sign-in method (" + METHOD_ADD.search(where.value).group(1) + ") to the members of the tenant's " \
            "admin roles"
    else:
        where = next((f for f in strings if OPEN_FOLDER.search(f.value) and MAIL_FOLDERS.search(f.value)), None)
        if where is None:
            where = next((f for f in strings if OPEN_FOLDER.search(f.value)
                          and any(MAIL_FOLDERS.search(g.value) for g in view.of_kind("string") if g.scope == f.scope)), None)
        if where is None:
            return
        grantee = OPEN_FOLDER.search(where.value)
        what = "opens mail folders to " + ("anonymous callers" if (grantee.group(1) or grantee.group(2)).lower() == "anonymous"
                                           else "everyone in the organisation")
    severity, confidence = view.unmistakable(where)
    yield view.finding("account-backdoor", severity, confidence, "backdoor",
                       f"With the admin token it holds, it {what}, {view.run_text(where)}: a standing way into those "
                       "accounts for whoever wrote it.", where, view.level(where))
