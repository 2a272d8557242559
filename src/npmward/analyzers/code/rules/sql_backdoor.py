"""SQL a package sends that plants a backdoor in the database: a function anyone may call that runs operating-system
commands as its owner, or a trigger that writes a script into the pages the application serves."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ...install_scripts import downloads_and_runs
from ..strings import decode_hex, encoded_powershell
from ..view import FileView
from . import rule

FROM_PROGRAM = re.compile(r"\bCOPY\b[^;]{0,200}\bFROM\s+PROGRAM\b", re.I)
"""PostgreSQL's COPY … FROM PROGRAM: the server runs an operating-system command."""
OPENED_TO_ALL = re.compile(r"\bSECURITY\s+DEFINER\b[\s\S]*\bGRANT\s+EXECUTE\b[^;]*\bTO\s+PUBLIC\b|"
                           r"\bGRANT\s+EXECUTE\b[^;]*\bTO\s+PUBLIC\b[\s\S]*\bSECURITY\s+DEFINER\b", re.I)
"""A function that runs with its owner's rights (a superuser's, when a migration created it) that every role may call."""
TRIGGER = re.compile(r"\bCREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?TRIGGER\b", re.I)
SCRIPT_TAG = re.compile(r"<script\b|0x3c736372697074", re.I)
"""`<script`, as written or as a SQL hex literal."""
SQL_WORDS = linear_re.compile_bytes(rb"program|trigger|superuser|xp_cmdshell|soname", ignore_case=True)
"""Words one of which every statement the rule reads has (the facts of other files are not walked)."""
WRITES_ROWS = re.compile(r"\b(INSERT\s+INTO|UPDATE\s+\S+\s+SET)\b", re.I)
PROGRAM_TEXT = re.compile(r"\bFROM\s+PROGRAM\s+'((?:[^']|'')*)'|\bdecode\(\s*'([0-9a-fA-F]{16,})'\s*,\s*'hex'\s*\)", re.I)
"""The command of a COPY … FROM PROGRAM, or a hex literal the statement decodes (`convert_from(decode('2863…', 'hex'),
'UTF8')` handed to `EXECUTE format('COPY t FROM PROGRAM %L', c)`)."""
SUPERUSER = re.compile(r"\bCREATE\s+(?:ROLE|USER)\s+[\w\"]+[^;]{0,200}\bSUPERUSER\b[^;]{0,200}\bPASSWORD\s+'[^'$]+'|"
                       r"\bCREATE\s+(?:ROLE|USER)\s+[\w\"]+[^;]{0,200}\bPASSWORD\s+'[^'$]+'[^;]{0,200}\bSUPERUSER\b", re.I)
"""A superuser role named and with a password written in the package: the author's login to every database it runs on.
(@prisma/dev creates the user's own superuser with the name and password it is given: `${p.username}`, `${p.password}`.)"""


XP_CMDSHELL_ON = re.compile(r"\bsp_configure\s+'xp_cmdshell'\s*,\s*1\b", re.I)
"""SQL Server's xp_cmdshell turned on (off by default since 2005): T-SQL that runs operating-system commands as the
server's service account (DB#JAMMER, 2023; MSSQL intrusions that plant bots through it)."""
XP_CMDSHELL_RUN = re.compile(r"\bxp_cmdshell\s+(?:N?'((?:[^']|'')*)'|@\w+)", re.I)
HEX_LITERAL = re.compile(r"\b0x([0-9a-fA-F]{32,})")
"""A T-SQL binary literal (`CONVERT(varchar(max), 0x4558…)` run with `EXEC(@q)`): statements kept as hex."""
UDF_FROM_LIBRARY = re.compile(r"\bCREATE\s+(?:AGGREGATE\s+)?FUNCTION\b[^;]{0,200}\bSONAME\b", re.I)
"""A MySQL/MariaDB user-defined function loaded from a shared library in the plugin directory."""
DUMPFILE = re.compile(r"\bINTO\s+DUMPFILE\b", re.I)
"""`SELECT … INTO DUMPFILE '<path>'`: the server writes the bytes of a value to a file of its host."""
UDF_COMMAND = re.compile(r"\bsys_(?:exec|eval)\s*\(\s*'((?:[^']|'')*)'", re.I)
"""The command given to lib_mysqludf_sys's `sys_exec`/`sys_eval`."""
ACCOUNT_ADDED = re.compile(r"\bnet\s+(user\s+\S+\s+\S+\s+/add|localgroup\s+administrators\s+\S+\s+/add)", re.I)
"""A local account created or made an administrator (`net user x pw /add`, `net localgroup administrators x /add`)."""


@rule("sql-backdoor", title="Plants a backdoor in the database",
      description="SQL that creates a SECURITY DEFINER function running `COPY … FROM PROGRAM` (operating-system commands "
                  "as the function's owner) and grants it to PUBLIC, or a trigger that writes a `<script` (as written or as "
                  "a hex literal) into the rows an application renders (a Magento footer, a CMS setting), or a `COPY … FROM "
                  "PROGRAM` whose command (written, or decoded from a SQL hex literal) downloads and runs code. Critical "
                  "wherever it is sent: no migration needs either. A superuser role created with a password the "
                  "package writes: high (critical beside `FROM PROGRAM`). `FROM PROGRAM` alone (a backup tool's import) "
                  "is medium. SQL Server's xp_cmdshell turned on (`sp_configure 'xp_cmdshell', 1`, also spelled as a T-SQL hex "
                  "literal): critical when a command it runs downloads and runs a program, adds an account or is encoded "
                  "PowerShell, high alone. A MySQL user-defined function created from a shared library (`CREATE FUNCTION … "
                  "SONAME`) beside a file the server writes (`SELECT UNHEX(…) INTO DUMPFILE`) or a download run through it "
                  "(`sys_exec('curl … | sh')`): critical.",
      category="backdoor", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if TEST_PATH.search(view.facts.path) or not view.mentions(SQL_WORDS):
        return
    sql = [f for f in view.of_kind("string") if 20 < len(f.value) < 50_000]
    text = "\n".join(f.value for f in sql)
    command = next((f for f in sql if FROM_PROGRAM.search(f.value)), None)
    if command is not None and OPENED_TO_ALL.search(text):
        yield view.finding("sql-backdoor", S.CRITICAL, C.HIGH, "backdoor",
                           "Creates a database function that runs operating-system commands (COPY … FROM PROGRAM) with its "
                           "owner's rights and grants it to every role (SECURITY DEFINER, TO PUBLIC).", command)
        return
    # (the trigger's body is often a template of its own, interpolated into the CREATE TRIGGER)
    injected = next((f for f in sql if SCRIPT_TAG.search(f.value) and WRITES_ROWS.search(f.value)), None) \
        if TRIGGER.search(text) else None
    if injected is not None:
        yield view.finding("sql-backdoor", S.CRITICAL, C.HIGH, "backdoor",
                           "Creates a database trigger that writes a <script> into the rows the application renders.", injected)
        return
    if command is not None and any(downloads_and_runs(program) for program in _programs(text)):
        yield view.finding("sql-backdoor", S.CRITICAL, C.HIGH, "backdoor",
                           "Has the database server download and run code (COPY … FROM PROGRAM with a download piped into "
                           "a shell): the database host runs the author's script.", command)
        return
    if UDF_FROM_LIBRARY.search(text) and (DUMPFILE.search(text) or any(downloads_and_runs(c.replace("''", "'"))
                                                                        for c in UDF_COMMAND.findall(text))):
        planted = next(f for f in sql if UDF_FROM_LIBRARY.search(f.value))
        yield view.finding("sql-backdoor", S.CRITICAL, C.HIGH, "backdoor",
                           "Has the database server write a shared library to its host (SELECT … INTO DUMPFILE) and load it "
                           "as a function (CREATE FUNCTION … SONAME), or run a download through such a function (sys_exec): "
                           "operating-system commands run by the database server.", planted)
        return
    statements = [text, *_hex_statements(text)]
    if any(XP_CMDSHELL_ON.search(t) for t in statements):
        yield from _xp_cmdshell(view, sql, statements)
        return
    role = next((f for f in sql if SUPERUSER.search(f.value)), None)
    if role is not None:
        yield view.finding("sql-backdoor", S.CRITICAL if command is not None else S.HIGH, C.HIGH if command else C.MEDIUM,
                           "backdoor", "Creates a database superuser with a password written in the package: a login "
                           "of the author's to every database the statement runs on"
                           + (", beside a command run through the database (COPY … FROM PROGRAM)." if command else "."), role)
        return
    if command is not None:
        yield view.finding("sql-backdoor", S.MEDIUM, C.MEDIUM, "backdoor",
                           "Runs an operating-system command through the database (COPY … FROM PROGRAM).", command)


def _programs(text: str) -> list[str]:
    """The commands a file's SQL has the server run: written in the COPY, or decoded from a hex literal beside it."""
    out = []
    for m in PROGRAM_TEXT.finditer(text):
        if m.group(1) is not None:
            out.append(m.group(1).replace("''", "'"))
        elif (decoded := _hex_text(m.group(2))) is not None:
            out.append(decoded)
    return out


def _hex_text(digits: str) -> str | None:
    """The text a SQL hex literal's digits spell (PostgreSQL's `decode('…', 'hex')`, T-SQL's `0x…`)."""
    return decode_hex(digits[: len(digits) // 2 * 2])


def _hex_statements(text: str) -> list[str]:
    """The statements T-SQL binary literals of the file's SQL spell (`0x455845432073705f…` is `EXEC sp_…`)."""
    return [decoded for m in HEX_LITERAL.finditer(text) if (decoded := _hex_text(m.group(1))) is not None]


def _xp_cmdshell(view: FileView, sql: list, statements: list[str]) -> Iterator[Finding]:
    """SQL Server's xp_cmdshell turned on: critical when a command it runs downloads and runs code, adds an account, or
    is an encoded PowerShell script (given as a parameter, `xp_cmdshell @c`); high alone (a database admin tool may
    turn it on for its user, none for itself)."""
    commands = [m.group(1).replace("''", "'") for t in statements for m in XP_CMDSHELL_RUN.finditer(t) if m.group(1)]
    fact = next((f for f in sql if "xp_cmdshell" in f.value.lower()), sql[0])
    armed = any(downloads_and_runs(c) or ACCOUNT_ADDED.search(c) for c in commands) \
        or (any(XP_CMDSHELL_RUN.search(t) for t in statements) and any(encoded_powershell(f.value) is not None for f in sql))
    yield view.finding("sql-backdoor", S.CRITICAL if armed else S.HIGH, C.HIGH if armed else C.MEDIUM, "backdoor",
                       "Turns on SQL Server's xp_cmdshell" + (" and has it download and run a program, add an account or "
                                                              "run encoded PowerShell on the database host." if armed
                                                              else " (operating-system commands run by the database server)."),
                       fact)
