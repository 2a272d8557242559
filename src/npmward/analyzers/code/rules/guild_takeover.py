"""A bot add-on that turns the bot's powers over its chat servers against them: every channel, role and member of a
server deleted or banned on a trigger someone outside holds (a user id compared with a constant or a digest of one, a
verdict fetched from a host), or an administrator role the package creates and hands to user ids it ships. Bots
moderate one message or member at a time, and a backup tool clears a server when its user restores one: neither
waits for a stranger's word, nor makes strangers administrators."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..behaviours import sends
from ..program import Fact
from ..view import FileView
from . import rule

ENUMERATES = re.compile(r"\.channels\.(cache|fetch)\b")
"""A server's channels listed (discord.js `guild.channels.cache`, `await guild.channels.fetch()`)."""
DESTROYS = ("delete", "ban", "kick")
ID_TRIGGER = re.compile(rb"\.id\)?\s*={2,3}\s*(?:[A-Z_][A-Z0-9_]{2,}\b|['\"][0-9a-fA-F]{16,}['\"])|"
                        rb"[A-Z_][A-Z0-9_]{2,}\.includes\(\s*[\w$.]*\.id\s*\)")
"""A user id (or a digest of one) compared with a constant the package ships (`digest(msg.author.id) === MAINT`,
`SUPPORT_IDS.includes(member.id)`)."""
PROMOTES = re.compile(rb"promoteChatMember\(\s*[^,()]+,\s*(?P<user>\d{6,}|[A-Z_][A-Z0-9_]{2,})\s*,")
"""A Telegram chat member promoted to administrator: the user id second (`promoteChatMember(chat.id, SUPPORT, rights)`)."""
NUMBER_CONSTANT = re.compile(rb"\b(?P<name>[A-Z_][A-Z0-9_]{2,})\s*=\s*\d{6,}\b")
"""A constant the package ships holding a numeric id (`const SUPPORT_USER = 7000000001`)."""
DIGEST_TRIGGER = re.compile(rb"\.digest\(\s*['\"](?:hex|base64)['\"]\s*\)\s*={2,3}\s*[A-Z_][A-Z0-9_]{2,}\b")
"""A word from a message whose digest is compared with a constant: a password only the package's author knows."""
ADMIN_ROLE = re.compile(rb"roles\.create\(\s*\{[^}]{0,400}?\bAdministrator\b", re.S)
"""A role created with the Administrator permission."""


def _wipes(view: FileView) -> list[Fact]:
    """The destructive calls of each function that lists a server's channels and deletes them, and deletes its roles
    or bans or kicks its members too (two kinds of destruction, or deletes on two receivers)."""
    by_scope: dict[int | None, list[Fact]] = {}
    for f in view.of_kind("call"):
        by_scope.setdefault(f.scope, []).append(f)
    found = []
    for calls in by_scope.values():
        if not any(ENUMERATES.search(f.value) for f in calls):
            continue
        destroys = [f for f in calls if f.value.rsplit(".", 1)[-1] in DESTROYS and "." in f.value]
        kinds = {f.value.rsplit(".", 1)[-1] for f in destroys}
        receivers = {f.value.rsplit(".", 1)[0] for f in destroys if f.value.endswith(".delete")}
        if "delete" in kinds and (len(kinds) >= 2 or len(receivers) >= 2):
            found.extend(destroys)
    return found


def _promotes_outsider(text: bytes) -> str | None:
    """How a file makes an outsider administrator of the Telegram chats its bot is in: a user id it ships promoted,
    or anyone whose message carries a secret it checks by digest, promoted with the right to promote others."""
    if b"promoteChatMember" not in text:
        return None
    shipped = {m.group("name") for m in NUMBER_CONSTANT.finditer(text)}
    if any(m.group("user").isdigit() or m.group("user") in shipped for m in PROMOTES.finditer(text)):
        return "a user id it ships"
    if DIGEST_TRIGGER.search(text) and re.search(rb"can_promote_members\W{1,3}true", text):
        return "whoever sends a password it checks by digest"
    return None


@rule("guild-takeover", title="Wipes or takes over the chat servers its bot administers",
      description="In a bot add-on: a function that lists a server's channels and deletes them, and deletes its roles or "
                  "bans its members, in a file that compares a user id (or a digest of one) with a constant it ships or "
                  "in a function within two calls of a request to a host (a remote verdict); or a role created with the "
                  "Administrator permission in a file that grants roles to user ids it ships; or a Telegram chat member "
                  "promoted to administrator who is a user id the package ships, or whoever sends a password the file "
                  "checks by digest. Critical at load or in code "
                  "the application runs (the bot's event handlers). A backup tool clears a server when its user restores "
                  "one, on no stranger's word.",
      category="sabotage", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b".channels." not in text and b"roles.create" not in text and b"promoteChatMember" not in text:
        return
    wipes = _wipes(view) if b".channels." in text else []
    if wipes:
        triggered = ID_TRIGGER.search(text) is not None
        remote = [f for f in view.all if sends(f) and any(view.linked(f.scope, w.scope, hops=2) for w in wipes)]
        if triggered or remote:
            wipe = wipes[0]
            yield view.finding("guild-takeover", *view.unmistakable(wipe), "sabotage",
                               "Deletes every channel and role of a chat server, or bans its members, "
                               + ("on a command from a user id it ships" if triggered else
                                  f"on a verdict it fetches ({remote[0].value})")
                               + f", {view.run_text(wipe)}.", wipe, view.level(wipe))
            return
    admin = ADMIN_ROLE.search(text)
    if admin is not None and b"roles.add(" in text and ID_TRIGGER.search(text) is not None:
        grant = next((f for f in view.of_kind("call") if f.value.endswith("roles.add")), None)
        if grant is not None:
            yield view.finding("guild-takeover", *view.unmistakable(grant), "sabotage",
                               "Creates an Administrator role and grants roles to user ids it ships: a backdoor into "
                               f"every server the bot is in, {view.run_text(grant)}.", grant, view.level(grant))
            return
    who = _promotes_outsider(text)
    promote = next((f for f in view.of_kind("call") if f.value.endswith(".promoteChatMember")), None) if who else None
    if promote is not None:
        yield view.finding("guild-takeover", *view.unmistakable(promote), "sabotage",
                           f"Makes {who} an administrator of the chats the bot is in: a backdoor into every group and "
                           f"channel that added it, {view.run_text(promote)}.", promote, view.level(promote))
