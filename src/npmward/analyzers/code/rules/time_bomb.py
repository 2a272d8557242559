from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..program import Fact
from ..view import FileView
from . import rule
from .geo_targeted import timezone_gate
from .wiper import DELETES

CALENDAR_DATE = re.compile(r"\b(new Date|Date\.parse|Date\.UTC)\(\s*(['\"`]\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*,\s*\d{1,2}\s*,\s*\d{1,2}\b)")
"""A date fixed in the code (`new Date('2025-06-19')`, `new Date(2025, 7, 20)`): a trigger, not an age."""
BUILTINS = re.compile(r"^(window\.|globalThis\.|self\.)?((Array|Object|String|Number|Promise|Storage|Function|Date)\.prototype\.\w+"
                      r"|JSON\.(parse|stringify)|Math\.random|fetch|localStorage\.(setItem|getItem)|XMLHttpRequest\.prototype\.\w+)$")
"""Built-ins every program relies on: replacing one changes how all the code around behaves."""
RANDOM_ALIAS = re.compile(r"\b(\w+)\s*=\s*Math\.random\b")
PROJECT_DIRS = ("src", "node_modules")
"""The project's own code and its installed dependencies (not a cache dir under them)."""
DAY_MS = linear_re.compile_bytes(rb"\b(864e5|86400000|8\.64e7)\b")
"""Milliseconds in a day: `Math.floor(Date.now() / 864e5)` counts days since 1970."""
DAY_RANGE = range(17_000, 25_000)
"""Days since 1970 from 2016 to 2038: a calendar date written as a day count (0x519c is 2027-03-15)."""
INSTANT = re.compile(rb"\b(0x[0-9a-fA-F]{11}|0x[0-9a-fA-F]{8}|\d{10}|\d{13})\b")
"""An instant in seconds or milliseconds, decimal or hex (`0x19ca6b1dc00` is 2026-03-01 in milliseconds)."""
DAY_OR_INSTANT = re.compile(rb"\b(0x[0-9a-fA-F]{11}|0x[0-9a-fA-F]{8}|0x[0-9a-fA-F]{4}|\d{13}|\d{10}|\d{5})\b")
"""A day number (`0x519c`, five digits) or an instant: searched only in a file that counts days (`DAY_MS`), as bundles
hold thousands of five-digit numbers."""
SECOND_RANGE = range(1_451_606_400, 2_145_916_800)
MILLISECOND_RANGE = range(SECOND_RANGE.start * 1000, SECOND_RANGE.stop * 1000)
"""Seconds and milliseconds since 1970 from 2016 to 2038: an instant written as a number (0x6bfdff00 is 2027-06-01)."""
BUSY_WAIT = re.compile(rb"\bwhile\s*\(\s*([\w$.]+)\(\)\s*<\s*[\w$]+\s*\)")
"""A loop that spins until a clock passes a deadline (`while (hr() < until)`): the event loop blocked, every request
of the server stalled."""
IN_PRODUCTION = re.compile(r"""NODE_ENV\s*(!==?\s*["'`]production["'`]|===?\s*["'`]production["'`]\s*&&)""")
"""Armed in production: `NODE_ENV !== 'production'` returns early, or `NODE_ENV === 'production' && …` goes on (a
warning shown outside production returns early on `=== 'production'`)."""
GATE_DISTANCE = 60
ROLL_DISTANCE = 3


def _near(fact: Fact, gates: list[Fact]) -> bool:
    return any(abs(g.line - fact.line) <= GATE_DISTANCE for g in gates)


def _sabotage_possible(view: FileView) -> bool:
    """What every kind of sabotage the rule knows needs: Math.random (called, aliased, or replaced), or a deletion."""
    return b"Math.random" in view.text or any(f.value == "Math.random" or f.value in DELETES for f in view.of_kind("call")) \
        or any(f.value.endswith("Math.random") for f in view.of_kind("assign"))


def _gates(view: FileView) -> list[Fact]:
    # (or a date whose year, month and day fold from constants: `new Date(Y, M, D)` with `Y = 2000 + 27`)
    dates = [f for f in view.all if f.kind in ("new", "call") and f.value in ("Date", "Date.parse", "Date.UTC")
             and (CALENDAR_DATE.search(f.snippet) or _folded_date(f.args))]
    return dates + _day_counts(view)


def _day_counts(view: FileView) -> list[Fact]:
    """`Date.now()` counted in days, beside a constant day number of 2016-2038 (`const EPOCH = 0x519c`): a calendar
    date hidden as a count (blind set 19's slow-request logger); or compared with a constant instant of 2016-2038 in
    seconds or milliseconds (`Date.now() < 0x6bfdff00 * 1e3`), a calendar date hidden as a number (blind set 43's
    Prisma extension)."""
    nows = [f for f in view.of_kind("call") if f.value == "Date.now"]
    if not nows:
        return []
    counted_days = view.mentions(DAY_MS)
    lines, line, counted = set(), 1, 0
    for m in (DAY_OR_INSTANT if counted_days else INSTANT).finditer(view.text):
        number = _number(m.group(1))
        if (counted_days and number in DAY_RANGE) or number in SECOND_RANGE or number in MILLISECOND_RANGE:
            # (lines counted once over the file: a bundle holds thousands of five-digit numbers)
            line += view.text.count(b"\n", counted, m.start())
            counted = m.start()
            lines.add(line)
    return [f for f in nows if any(abs(f.line - n) <= GATE_DISTANCE for n in lines)]


def _number(literal: bytes) -> int:
    return int(literal, 16) if literal[:2] in (b"0x", b"0X") else int(literal)


def _random_stalls(view: FileView) -> list[Fact]:
    """A spin until a clock passes a deadline set by `Math.random()` (the server stalls now and then, as if slow)."""
    rolls = [f for f in view.of_kind("call") if f.value == "Math.random"]
    stalls = {view.line_at(m.start())[0] for m in BUSY_WAIT.finditer(view.text)}
    return [f for f in rolls if any(0 <= n - f.line <= ROLL_DISTANCE for n in stalls)]


def _folded_date(args: tuple[str | None, ...]) -> bool:
    return len(args) >= 3 and all(a is not None and a.isdigit() for a in args[:3]) and 2000 <= int(args[0]) <= 2100


def _random_kills(view: FileView) -> list[Fact]:
    """`process.kill(process.pid, 'SIGKILL')`, `process.exit()`, `process.abort()` right after a roll of
    `Math.random()` in the same function (the roll decides; a retry's jitter, lines away from the final
    exit, does not): the host application dies now and then, for no reason it can see."""
    rolls = [(f.scope, f.line) for f in view.of_kind("call") if f.value == "Math.random"]
    return [f for f in view.of_kind("call") if (
        f.value in ("process.exit", "process.abort") or (f.value == "process.kill" and "process.pid" in f.snippet))
        and any(scope == f.scope and 0 <= f.line - line <= ROLL_DISTANCE for scope, line in rolls)]


def _production_rolls(view: FileView, gates: list[Fact]) -> list[Fact]:
    """A roll of `Math.random()` in the very function that checks the date and that the program runs in production
    (`NODE_ENV !== 'production'` returns early): a fault armed by a date, shown now and then, and never where the
    package's own tests run (blind set 21's money library, one cent off in 8 % of results after 2027-07-12)."""
    dated = {g.scope for g in gates if g.scope is not None}
    if top := [g for g in gates if g.scope is None]:
        # (a date kept in a constant of the module and compared in the function: `const T = Date.UTC(2026, 10, 13)`
        # above `if (… || Date.now() < T) return;`, blind set 52's Koa body parser)
        dated |= {f.scope for f in view.of_kind("call") if f.value == "Date.now" and f.scope is not None and _near(f, top)}
    production = {f.scope for f in view.of_kind("env") if f.value == "NODE_ENV" and f.scope in dated
                  and IN_PRODUCTION.search(f.snippet)}
    return [f for f in view.of_kind("call") if f.value == "Math.random" and f.scope in production]


def _randomly_broken(view: FileView) -> list[Fact]:
    """Assignments that replace a built-in with a function that fails at random (`Math.random() < 0.1 ? [] : …`)."""
    text = view.text.decode("utf-8", "replace")
    randoms = {"Math.random"} | {m.group(1) for m in RANDOM_ALIAS.finditer(text)}
    rolls = {f.scope for f in view.of_kind("call") if f.value in randoms}
    funcs = view.facts.funcs
    patched = []
    for f in view.all:
        if f.kind != "assign" or not BUILTINS.match(f.value):
            continue
        # The replacement (a function named after the target, written on that line) rolls the dice.
        replacement = [i for i, fn in enumerate(funcs) if fn.line == f.line and fn.name == f.value]
        if any(i in rolls for i in replacement) or (f.value.endswith("Math.random") and f.scope in rolls | {None}):
            patched.append(f)
    return patched


def _project_deletes(view: FileView) -> list[Fact]:
    """Recursive deletions in a function that names `src` or `node_modules` as a path segment."""
    named = {f.scope for f in view.of_kind("call") if f.value.startswith("path.") and _project_dir(f.args)}
    return [f for f in view.of_kind("call") if f.value in DELETES and (f.scope in named or _project_dir(f.args))]


def _project_dir(parts: tuple[str | None, ...]) -> bool:
    """`'src'` or `'node_modules'` among the parts, and no hidden dir (`node_modules/.cache`) below it."""
    return any(a in PROJECT_DIRS for a in parts if a) and not any(a.startswith(".") and a != ".." for a in parts if a)


@rule("time-bomb", title="Sabotage armed by a fixed date",
      description="A date fixed in the code (`new Date('2025-06-19')`, `new Date(2025, 7, 20)`) within 60 lines of "
                  "sabotage: recursive deletion of the project's `src` or of packages in `node_modules`, or a built-in "
                  "(Array.prototype.*, JSON.parse, Math.random, fetch, Storage.prototype.*) replaced by a function that "
                  "fails at random, the process itself killed or stalled (a busy wait) at random, or a roll of "
                  "Math.random in the function that checks the date (or compares Date.now() with a date kept in a constant of the "
                  "module) and that NODE_ENV is production (a fault shown "
                  "now and then, never in the package's own tests). A day count of "
                  "Date.now() beside a constant day number (0x519c) is such a date, and so is Date.now() beside a constant instant of "
                  "2016-2038 in seconds or milliseconds (0x6bfdff00). Either is high wherever it sits (a time bomb waits for its date, not for a caller); "
                  "both are critical, and so is a random failure in code the application runs, or a production roll it "
                  "runs behind a date hidden as a number, or either in a file that "
                  "also checks for Russia's and Belarus's time zones (protestware's gate). Date-based deprecation notices and cache expiry (an age, not a calendar date; "
                  "a `.cache` dir, not the sources) are not.",
      category="destructive", consumes=("new", "call", "assign"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not _sabotage_possible(view):
        return  # (the dates are looked for only where there is a roll of Math.random or a recursive deletion)
    gates = _gates(view)
    if not gates:
        return
    deletes = [f for f in _project_deletes(view) if _near(f, gates)]
    patched = [f for f in _randomly_broken(view) + _random_kills(view) + _random_stalls(view) if _near(f, gates)]
    rolls = _production_rolls(view, gates)
    if not deletes and not patched and not rolls:
        return
    what = []
    if deletes:
        what.append("deletes the project's sources or installed packages")
    if patched:
        what.append(f"makes the program fail at random ({', '.join(sorted({f.value for f in patched})[:4])})")
    elif rolls:
        what.append("acts at random, in production only (Math.random beside a NODE_ENV check)")
    random = patched or rolls
    where = (deletes or random)[0]
    # (the program killed or broken at random after the date, in code the application runs on each call: a PLC client
    # whose operations exit the process one time in five, Sharp7Extend's sabotage)
    critical = bool(deletes and random) or bool(patched and any(view.run_by_app(f) for f in patched))
    # (or a production roll the application runs on each call, behind a date the file hides as a number: a reader
    # sees no date to ask about, blind set 43's Prisma extension acknowledging 5 % of updates without writing them)
    hidden = [g.value == "Date.now" for g in gates if g.scope in {f.scope for f in rolls}]
    critical = critical or bool(rolls and any(view.run_by_app(f) for f in rolls) and hidden and all(hidden))
    # (and when the file also waits for its victims' country: a list of Russia's and Belarus's time zones checked
    # against the host's, protestware's gate, beside a date and a roll is sabotage aimed at them)
    regional = timezone_gate(view.text) is not None
    yield view.finding("time-bomb", S.CRITICAL if critical or regional else S.HIGH, C.HIGH, "destructive",
                       f"After a date fixed in the code (line {gates[0].line}), it " + " and ".join(what)
                       + (", for hosts in Russia's or Belarus's time zones" if regional else "") + ".",
                       where, view.level(where))
