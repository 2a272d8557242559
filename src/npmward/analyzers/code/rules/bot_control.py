"""A package that logs a chat bot in with a token written in its code and, through it, runs commands
or ships files: Discord/Telegram/Slack bots as the C2 of a RAT (NodeCordRAT, 2024-2026; Telegram
command loops). A library has no bot token of its own; a bot project reads it from its settings."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..view import FileView, Grid
from . import rule

BOT_MODULES = re.compile(r"^(discord\.js|discord\.js-selfbot-v13|eris|oceanic\.js|telegraf|grammy|node-telegram-bot-api|"
                         r"@slack/bolt|@slack/web-api|@whiskeysockets/baileys|baileys|whatsapp-web\.js)$")
BOT_TOKEN = re.compile(r"^([\w-]{23,30}\.[\w-]{5,7}\.[\w-]{20,}|\d{8,10}:[\w-]{30,}|xox[bpa]-[\w-]{20,})$")
"""Discord bot tokens (id.timestamp.hmac), Telegram bot tokens (id:secret), Slack bot/user tokens."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.HIGH, C.MEDIUM))


@rule("bot-control", title="A chat bot with a token in the code, used to run commands or take files",
      description="Loads a chat-bot SDK (discord.js, telegraf, node-telegram-bot-api, Slack Bolt, Baileys) and holds a "
                  "bot token in its code (plain or decoded), in a file that runs commands or names secret files: the "
                  "bot is the attacker's remote control. Bots built with these SDKs read their token from settings.",
      category="backdoor", consumes=("module", "string", "call"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not any(BOT_MODULES.match(m) for m in view.facts.modules):
        return
    token = next((f for f in view.of_kind("string") if BOT_TOKEN.match(f.value)), None)
    if token is None:
        return
    runs = next(iter(view.executions()), None)
    secret = next((f for f in view.of_kind("string") if len(f.value) < 200 and P.SECRET_PATHS.search(f.value)), None)
    act = runs or secret
    if act is None:
        return
    level = view.level(act)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("bot-control", severity, confidence, "backdoor",
                       "Logs a chat bot in with a token written in the code and "
                       + ("runs commands" if runs else f"names secret files ({secret.value[:60]!r})")
                       + f" in the same file: the bot is a remote control, {view.when_text(level)}.", token, level)
