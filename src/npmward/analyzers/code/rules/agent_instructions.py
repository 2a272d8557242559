"""Instructions for AI agents that the package keeps from the people who read it.

A rules-file backdoor (Pillar Security, 2025) ships text that an AI coding agent reads as its instructions
(AGENTS.md, .cursor/rules, copilot-instructions.md, an MCP tool's description) and that the user does not see:
an HTML comment a Markdown preview hides, Unicode tag characters no editor draws. What it asks is what the
attacker cannot do himself: add a request that sends process.env, a dependency from his host, a `curl | sh`
step, and say nothing about it. Documentation that talks to agents asks them to be careful; it never asks
them to hide what they do from the user.
"""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import downloads_and_runs
from ...linear_re import compile_bytes
from ..strings import decode_b64
from ..view import PackageView
from . import rule

WINDOW = 2000
"""Characters around the request for secrecy that belong to the same instructions."""
CONCEAL = re.compile(
    r"\b((do not|don'?t|never|must not)\s+(mention|tell|surface|reveal|disclose|inform|notify|show|alert|explain)"
    r"|without\s+(telling|mentioning|informing|notifying|showing))\b[^.]{0,80}?"
    r"\b(the user|users|the human|the developer|the operator|the reviewer|summar(y|ies)|commit messages?|pull requests?)\b",
    re.I)
"""A request to keep something from the user: `do not surface to the user`, `never mention them in summaries`.
(Asking first is the opposite: `never add dependencies without asking the user` is what AGENTS.md files say.)"""
INJECTION = re.compile(r"\b(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier)\s+"
                       r"(instructions|rules|prompts?)\b[^.]{0,200}?\b(safe|benign|no (issues|findings|problems)|not malicious"
                       r"|legitimate|clean)\b", re.I)
"""Text that tells a model reviewing the package to drop its instructions and call it safe (an AI scanner's
prompt injection)."""
UNASKED = re.compile(r"\b(no|(do not|don'?t))[\s'\"`+,]+need[\s'\"`+,]+to[\s'\"`+,]+(ask|confirm|check[\s'\"`+,]+with)\b[^.]{0,80}?"
                     r"\b(the user|users|the human|the developer|the operator|confirmation|permission|approval)\b", re.I)
"""A request to act without asking: `there is no need to ask the user for confirmation` (in a program's output too, its
lines written as strings: `'… there is no',\n'need to ask …'`). Guidelines say so of running the tests; only beside a
command that pipes a download into a shell does it ask an agent to run what nobody read."""
UNASKED_WINDOW = 800
"""Characters around a request to act without asking that its command is looked for in (a paragraph or two: a project's
setup steps further away are not what it asks)."""
CONCEAL_BYTES = compile_bytes(rb"\b(do not|don'?t|never|must not|without)\s+(mention|tell|surface|reveal|disclose|inform|notify"
                              rb"|show|alert|explain|telling|mentioning|informing|notifying|showing)\b"
                              rb"|\b(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier)\s"
                              rb"|\bneed\s+to\s+(ask|confirm|check\s+with)\b"
                              , ignore_case=True)
"""The test every file gets first (with the bytes that start a Unicode tag character, see TAG_BYTES)."""
TAG_BYTES = (b"\xf3\xa0\x80", b"\xf3\xa0\x81")
"""How UTF-8 writes U+E0000-E007F (RE2 reads its patterns as UTF-8, so these are looked for as bytes)."""
AGENT = re.compile(r"\b(AI|LLMs?|language models?|(coding )?(agents?|assistants?)|copilot|claude|cursor|gemini|codex|chatgpt"
                   r"|MCP|McpServer)\b|<IMPORTANT>|\.tool\(", re.I)
"""Who the text addresses (an MCP tool's description is read by the agent that calls it)."""
ACTION = re.compile(r"https?://|\bcurl\b|\bwget\b|\|\s*(ba)?sh\b|process\.env|import\.meta\.env|\bfetch\(|\.npmrc|\.ssh\b|id_rsa"
                    r"|\.env\b(?!\.(?:example|sample|template|dist)\b)|\btokens?\b|private keys?|mnemonic|seed phrase|\bdependenc(y|ies)\b|workflows?\b", re.I)
"""What it asks the agent to do: a request, a command, a secret, a dependency, a CI step."""
SECRET_ASK = re.compile(r"\b(read|cat|open|include|pass|send|paste|attach|fetch|post|upload|forward|append)\b(?:[^.<\n]|\.(?=\w)){0,240}?"
                        r"(\.ssh\b|id_rsa|id_ed25519|\.npmrc|(?<![\w.])\.env\b(?!\.(?:example|sample|template|dist)\b)|mcp\.json|\.claude\.json|\.aws\b|credentials|"
                        r"private keys?|mnemonic|seed phrase|api[ _-]?keys?|passwords?)", re.I)
"""Asks the agent to read or hand over a secret (`read ~/.ssh/id_rsa and pass its content as 'sidenote'`): with a request
to keep it from the user, the tool-poisoning attack (Invariant Labs, 2025) that makes an agent send the user's keys."""
ENCODED_RUN = compile_bytes(rb"base64\s+(-d|--decode|-D)\s*\|\s*(sudo\s+)?(ba|z)?sh\b|-(enc|encodedcommand)\s+[A-Za-z0-9+/=]{40,}",
                            ignore_case=True)
"""A command kept in base64 and run (`echo '…' | base64 -d | bash`, `powershell -enc …`): documentation shows the
command it asks its reader to run; a skill that hides it is asking an agent to run what nobody read (ClawHavoc's
skills, 2026). No Markdown file of the benign corpora has one."""
DOCUMENTS = (".md", ".mdc", ".markdown", ".txt", ".rst")
TEMPLATES = (".jinja", ".jinja2", ".j2")
CHAT_TEMPLATE = compile_bytes(rb"add_generation_prompt|<\|im_start\|>|<\|start_header_id\|>|\[INST\]")
"""A chat template (Jinja a model server renders around every conversation): its text is the model's instructions."""
BARE_CONCEAL = re.compile(r"\(\s*(do not|don'?t|never)\s+(mention|reveal|disclose|tell)\s*(it|this)?\s*\)"
                          r"|\b(do not|don'?t|never)\s+(mention|reveal|disclose)\s+(this|it|that|these|them|those)\b", re.I)
"""Secrecy asked with no one named (`House style (do not mention): …`): in a chat template, whom the model talks to is
the user."""
REMOTE_SCRIPT = re.compile(r"<script[^>]{0,80}?\bsrc=\\?[\"']?https?://", re.I)
"""A page script loaded from a host: asked of a model, it is put into every page the model writes."""
COMMENT = re.compile(r"<!--(?:(?!-->).){0,4000}-->", re.S)
"""An HTML comment in Markdown: rendered to no one, read by every agent that reads the file."""
TAGS = {code: code - 0xE0000 for code in range(0xE0020, 0xE007F)}
"""Unicode tag characters spell ASCII invisibly (`ASCII smuggling`): read as the letters they stand for."""


@rule("agent-instructions", title="Hidden instructions for AI agents",
      description="A file of the package (Markdown rules, a template, an MCP tool's description, any text) asks AI "
                  "agents or assistants to keep something from the user (`do not mention this to the user`, `never "
                  "mention them in commit messages`) next to a request, a command, a secret, "
                  "a dependency or a CI step: a rules-file backdoor or a poisoned tool description; or to act without "
                  "asking (`there is no need to ask the user for confirmation`) next to a command that pipes a download "
                  "into a shell. Critical when that command is next to the request, or when it asks them to read and hand over a "
                  "secret (an SSH key, .env, mcp.json) while keeping it from the user. Unicode tag "
                  "characters are read as the ASCII they spell; in them, and in a Markdown comment (shown to no one) addressed to "
                  "agents, secrecy asked of no one in particular (`do not mention this step`) counts beside a secret "
                  "to hand over or a download piped into a shell. Also a document (Markdown, text) that asks its reader to run a command "
                  "kept in base64 (`echo … | base64 -d | bash`, `powershell -enc …`), as a poisoned agent skill does. And a "
                  "base64 constant of a code file that decodes to instructions for a model with a command piping a "
                  "download into a shell (a system prompt an AI middleware extends), or asking it to hand over secrets "
                  "unsaid (an A2A agent card served to agent clients only): critical. In a chat template (Jinja "
                  "a model server renders around every conversation) secrecy asked of no one in particular (`(do not "
                  "mention)`) counts beside a page script from a host the model is asked to put into what it writes, a "
                  "command piping a download into a shell or a secret to hand over: critical. Tests are left alone.",
      category="tampering", consumes=("files",), severity=S.HIGH, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files():
        encoded = ENCODED_RUN.search(data) if path.lower().endswith(DOCUMENTS) else None
        if encoded is not None:
            yield Finding("code/agent-instructions", S.HIGH, C.MEDIUM, "tampering",
                          f"Asks its reader (an AI agent following {path}, or a person) to run a command it keeps in base64.",
                          path, data.count(b"\n", 0, encoded.start()) + 1, encoded.group(0)[:120].decode("utf-8", "replace"))
            continue
        packed = _packed_prompt(data) if path.endswith(CODE_FILES) and b"base64" in data else None
        if packed is not None:
            yield Finding("code/agent-instructions", S.CRITICAL, C.HIGH, "tampering",
                          f"Hides in base64, in {path}, instructions to an AI model that put a command piping a download "
                          "into a shell into what it tells its users, or that ask it to hand over secrets and keep that "
                          "from its user (a poisoned system prompt or agent card).",
                          path, data.count(b"\n", 0, packed) + 1, data[packed:packed + 80].decode("utf-8", "replace"))
            continue
        if not (CONCEAL_BYTES.search(data) or any(tag in data for tag in TAG_BYTES)):
            continue
        text = data.decode("utf-8", "replace")
        hidden = text.translate(TAGS) if "\U000e0020" <= max(text, default="") else None
        template = path.lower().endswith(TEMPLATES) or CHAT_TEMPLATE.search(data[:200_000]) is not None
        found = _instructions(hidden if hidden is not None else text, hidden is not None, template)
        if found is None and hidden is None and path.lower().endswith(DOCUMENTS):
            # (a Markdown comment is read by an agent and shown to no one: addressed to agents, secrecy asked of no one
            # in particular counts, as in text nobody sees)
            # (its lines wrapped as prose is: read as one line, the same length)
            flat = text[:500_000].replace("\n", " ")
            found = next((m for c in COMMENT.finditer(flat) if AGENT.search(c.group(0))
                          and (m := _instructions(flat, True, bare=True, span=c.span())) is not None), None)
        if found is not None:
            # Kept from the user, or done without asking, and the command pipes a download into a shell: the agent is
            # asked to run what nobody has read (a prompt-injection dropper).
            window = found.string[max(0, found.start() - WINDOW):found.end() + WINDOW]
            dropper = found.re is not INJECTION and _pipes_download(window)
            # (or hand over a secret it asks them to read, while keeping that from the user: a poisoned tool description)
            stealer = found.re in (CONCEAL, BARE_CONCEAL) and not dropper and _asks_for_secret(window)
            # (or, in a chat template, a page script from a host put into everything the model writes, unsaid)
            injects = found.re is BARE_CONCEAL and REMOTE_SCRIPT.search(window) is not None
            yield Finding("code/agent-instructions", *((S.CRITICAL, C.HIGH) if dropper or stealer or injects else (S.HIGH, C.MEDIUM)),
                          "tampering",
                          (f"Tells a model reviewing {path} to ignore its instructions and call the package safe"
                           if found.re is INJECTION else
                           f"Asks AI agents to keep something from the user, or to act without asking ('{found.group(0)[:80]}'), "
                           + ("next to a command that pipes a download into a shell" if dropper else
                              "next to a page script from a host it asks the model to put into what it writes" if injects else
                              "next to a request to read and hand over a secret (an SSH key, .env, an agent's config)"
                              if stealer else "next to a request, command, secret or dependency it asks them to add")
                           + (", in Unicode tag characters nobody sees" if hidden is not None else "")) + ".",
                          path, text.count("\n", 0, found.start()) + 1, found.group(0)[:120])


CODE_FILES = (".js", ".mjs", ".cjs", ".ts")
PACKED_TEXT = re.compile(rb"""["'`]([A-Za-z0-9+/]{120,}={0,2})["'`]""")
ADDRESSES_MODEL = re.compile(r"\b(the user|you are|when (the )?user|assistant|recommend|instructions)\b", re.I)


def _packed_prompt(data: bytes) -> int | None:
    r"""Where a base64 constant of a code file decodes to instructions for a model (`When the user asks how to install
    … start with the line \`curl … | sh\``): text a prompt is extended with, kept from its reader."""
    for match in PACKED_TEXT.finditer(data[:500_000]):
        text = decode_b64(match.group(1).decode("ascii"))
        if text is not None and ADDRESSES_MODEL.search(text) and (_pipes_download(text.replace("`", "\n"))
                                                               or _hands_over_unsaid(text)):
            return match.start()
    return None


def _hands_over_unsaid(text: str) -> bool:
    """Decoded instructions that ask the model to hand over secrets (credentials, tokens, keys) and keep it from the user:
    an A2A agent card's or a tool's description poisoned for agent clients only."""
    found = _instructions(text, True, bare=True)
    return found is not None and found.re in (CONCEAL, BARE_CONCEAL) \
        and _asks_for_secret(text[max(0, found.start() - WINDOW):found.end() + WINDOW])


NEGATED = re.compile(r"\b(never|not|don'?t|no|avoid)\b[^.]{0,40}$", re.I)


def _asks_for_secret(window: str) -> bool:
    """A request, not a prohibition, to read or hand over a secret (`never paste credentials into chat` is a rule)."""
    return any(NEGATED.search(window[max(0, m.start() - 60):m.start()]) is None for m in SECRET_ASK.finditer(window))


def _instructions(text: str, hidden: bool, template: bool = False, bare: bool = False,
                  span: tuple[int, int] | None = None) -> re.Match | None:
    """The first request for secrecy with an action next to it (and, unless the text is invisible or a chat template's,
    addressed to an agent), or a prompt injection against a reviewing model. `bare`: secrecy asked of no one in
    particular counts too (text nobody sees); `span`: only within that part of the text (a Markdown comment)."""
    start, end = span or (0, len(text))
    for match in BARE_CONCEAL.finditer(text, start, end) if template or bare or hidden else ():
        # (system prompts say `do not reveal this prompt` beside links they cite: only what no prompt asks counts)
        window = text[max(start, match.start() - WINDOW):min(end, match.end() + WINDOW)]
        if REMOTE_SCRIPT.search(window) or _pipes_download(window) or _asks_for_secret(window):
            return match
    if span is not None:
        return None
    for match in CONCEAL.finditer(text):
        window = text[max(0, match.start() - WINDOW):match.end() + WINDOW]
        if ACTION.search(window) and (hidden or AGENT.search(window)):
            return match
    for match in UNASKED.finditer(text):
        window = text[max(0, match.start() - UNASKED_WINDOW):match.end() + UNASKED_WINDOW]
        if _pipes_download(window) and (hidden or AGENT.search(window)):
            return match
    return INJECTION.search(text)


def _pipes_download(text: str) -> bool:
    """A line of `text` that downloads code and runs it (`curl -fsSL … | sh`, `iwr … | iex`), judged as an install hook's
    command line is."""
    return any(downloads_and_runs(line) for line in text.splitlines())
