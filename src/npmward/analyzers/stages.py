"""Stages a package plants for another program: a module in another language that the program loads (an Airflow
DAG, an Open WebUI filter, a Godot autoload, a Go file dropped into the module cache) or a build file it runs (a
Dockerfile), read as text with one small table per language.

A stage is judged by what no plugin of that program does: send the environment, saved passwords or credential files
in a request body; download code and run it (compiled from a string, or handed to a shell); download a program, make
it executable and start it; or carry, encoded, a shell command that does one of those (`printf %s <base64> | base64
-d` in a Dockerfile's RUN line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .install_scripts import encoded_script, runs_remote_code, sends_loot

MAX_STAGE = 500_000


@dataclass(frozen=True)
class Language:
    name: str
    noun: str
    """What one file of it is called ("a Go source file")."""
    extensions: tuple[str, ...]
    words: tuple[bytes, ...]
    """One of these is in the text of every file the judge could report (its requests' names): others are not read."""
    header: re.Pattern
    """How a module of the language starts (a stage kept encoded is recognised by it)."""
    send: re.Pattern
    """A request that carries a body."""
    loot: re.Pattern
    """The environment as a whole, or a saved password, in the language's words."""
    fetch: re.Pattern
    run_fetched: re.Pattern | None
    """Code that runs what was downloaded: compiled from a string, or handed to a shell."""
    drop: tuple[re.Pattern, re.Pattern] | None
    """(make executable, start a program): with `fetch`, a downloaded program started."""
    comment: str


CREDENTIAL_FILES = re.compile(r"\.aws/credentials|~/\.ssh\b|\.npmrc\b|\.kube/config\b|\.docker/config\.json\b")

PYTHON = Language(
    "Python", "a Python module", (".py",), (b"url", b"request"), re.compile(r"^(?:import|from)\s+[\w.]+", re.M),
    re.compile(r"\b(?:urlopen|Request)\([^\n]*\bdata\s*=|\b(?:requests|httpx)\.(?:post|put)\(|\.request\(\s*['\"]POST['\"]"),
    re.compile(r"\bos\.environ\.(?:items|copy)\(\)|\bdict\(\s*os\.environ\s*\)|\.password\b"),
    re.compile(r"\burlretrieve\(|\burlopen\(|\brequests\.get\("),
    re.compile(r"\bexec\([^\n]*(?:urlopen|requests\.get|\.text\b|\.content\b)"),
    (re.compile(r"\bos\.chmod\(|\bchmod\s+\+?[0-7x]"),
     re.compile(r"\bsubprocess\.(?:Popen|run|call)\(|\bos\.(?:system|startfile|exec\w*)\(")),
    "#")
"""(an Airflow Connection's `.password`; `exec(urlopen(u).read())`; urlretrieve, os.chmod, Popen)"""
GO = Language(
    "Go", "a Go source file", (".go",), (b"http.",), re.compile(r"^package\s+(?:\w+|\{\w+\})\s*$", re.M),
    re.compile(r"\bhttp\.Post(?:Form)?\(|\bhttp\.NewRequest\(\s*\"(?:POST|PUT)\""),
    re.compile(r"\bos\.Environ\(\)"),
    re.compile(r"\bhttp\.Get\("),
    None,
    (re.compile(r"\bos\.Chmod\("), re.compile(r"\bexec\.Command\(")),
    "//")
"""(a file whose `init()` posts `os.Environ()`: every build of a program that imports its package runs it)"""
GDSCRIPT = Language(
    "GDScript", "a GDScript script", (".gd",), (b"HTTP",), re.compile(r"^extends\s+\w+", re.M),
    re.compile(r"\.request\([^\n]*HTTPClient\.METHOD_POST"),
    re.compile(r"\bOS\.get_environment\(\s*\)"),
    re.compile(r"\bHTTPRequest\.new\(\)|\bHTTPClient\.new\(\)"),
    re.compile(r"\bGDScript\.new\(\)|\bOS\.(?:execute|create_process)\("),
    None,
    "#")
"""(a Godot autoload that compiles a downloaded script (`GDScript.new()`, its `source_code` set, `reload()`), or hands the answer to
`OS.execute('sh', ['-c', body])`: it runs in the editor and in every exported game)"""
LANGUAGES = (PYTHON, GO, GDSCRIPT)
EXTENSIONS = tuple(ext for language in LANGUAGES for ext in language.extensions)
DOCKERFILE = re.compile(r"^FROM\s+\S+", re.M)


def language_of(path: str) -> Language | None:
    return next((language for language in LANGUAGES if path.endswith(language.extensions)), None)


def worth_reading(path: str, data: bytes) -> bool:
    """A file in a stage language that names one of its requests: the only ones `judge` could report."""
    language = language_of(path)
    return language is not None and any(word in data for word in language.words)


def encoded_language(text: str) -> Language | None:
    """The language a module kept encoded (a string the code decodes) is written in, by how it starts."""
    head = text[:2000]
    return next((language for language in LANGUAGES if language.header.search(head)), None)


def judge(text: str, language: Language | None) -> tuple[str, str, int] | None:
    """(rule, what it does, line) of a stage in `language`, or of a shell command it carries encoded (in any file: a
    Dockerfile's `RUN printf %s <base64> | base64 -d > /usr/local/bin/x` of a script that posts `env` to a bare IP)."""
    if len(text) > MAX_STAGE:
        return None
    if language is not None:
        found = _judge_code(text, language)
        if found is not None:
            return found
    carried = encoded_script(text)
    if carried is not None and carried[1] is not None:
        line = text.count("\n", 0, carried[0].start()) + 1
        if sends_loot(carried[1]):
            return "sends-secrets", "carries in base64 a command that sends the environment or credential files away", line
        if runs_remote_code(carried[1]):
            return "download-execute", "carries in base64 a command that downloads and runs code", line
    return None


def _judge_code(text: str, language: Language) -> tuple[str, str, int] | None:
    code = "\n".join("" if line.lstrip().startswith(language.comment) else line for line in text.splitlines())

    def line_of(match: re.Match) -> int:
        return code.count("\n", 0, match.start()) + 1

    sent = language.send.search(code)
    if sent is not None and (language.loot.search(code) or CREDENTIAL_FILES.search(code)):
        return "sends-secrets", "sends the environment, saved passwords or credential files away", line_of(sent)
    if language.fetch.search(code) is None:
        return None
    if language.run_fetched is not None and (ran := language.run_fetched.search(code)) is not None:
        return "download-execute", "downloads code and runs it", line_of(ran)
    if language.drop is not None and all(found := [pattern.search(code) for pattern in language.drop]):
        return "download-execute", "downloads a program, makes it executable and starts it", line_of(found[1])
    return None
