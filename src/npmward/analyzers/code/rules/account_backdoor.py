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
WORDS = ("/authentication/", "DistinguishedUser", "MailboxFolderPermission", "/hooks")
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
                  "sent to the author; a tool adds the webhook its user names.",
      category="backdoor", consumes=("call", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    strings = [f for f in view.of_kind("string") if any(w in f.value for w in WORDS)]
    if not strings:
        return
    posts = {f.line for f in view.of_kind("string") if f.value == "POST"}
    hook = next((f for f in strings if f.line in posts and REPO_HOOKS.match(f.value)), None)
    hidden = next((f for f in view.of_kind("string") if f.value.startswith(("https://", "http://")) and view.hides_host(f.value)),
                  None) if hook is not None else None
    if hook is not None and hidden is not None:
        # (a tool that adds a webhook adds the one its user names; blind set 53's repo-hygiene CLI added its own, the
        # address kept in base64, to every repository the token administers)
        severity, confidence = view.unmistakable(hook)
        yield view.finding("account-backdoor", severity, confidence, "backdoor",
                           f"With the token it holds, it adds a webhook ({hook.value}) that sends the repository's events "
                           f"(pushes, pull requests, releases) to a host it hides, {view.run_text(hook)}: a standing copy "
                           "of the code for whoever wrote it.", hook, view.level(hook))
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
