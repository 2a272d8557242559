"""The terminal report: what a developer reads first — the verdict per package and why.

Everything that came from a package (name, version, file names, messages, snippets, what the sandbox
saw) goes through `printable`, so hostile content cannot drive the reader's terminal. Lines wrap at
the terminal's width on a terminal and are written whole to files and pipes.
"""

from __future__ import annotations

import io
from typing import Any, Iterable, Mapping

from rich.console import Console
from rich.markup import escape

from ..model import Action, Finding, Level, PackageReport, ScanReport, Severity, TargetError
from . import RenderOptions
from .advice import fix_advice
from .checks import CHECK_LABELS, check_counts, package_checks
from .printable import printable

FORMAT = "text"
STYLE = {Level.MALICIOUS: "bold red", Level.SUSPICIOUS: "bold yellow", Level.CLEAN: "green"}
SEV_STYLE = {Severity.CRITICAL: "red", Severity.HIGH: "red", Severity.MEDIUM: "yellow",
             Severity.LOW: "cyan", Severity.INFO: "dim"}
MAX_FINDINGS = 12
"""Findings shown per package (known advisories are always all shown); --verbose shows every one."""
LIST_CLEAN = 10
"""Clean packages are named (with their resolved versions) when a run has at most this many."""
SANDBOX_KEYS = {"processes": "processes", "files_read": "files read", "files_written": "files written",
                "dns": "DNS queries", "connections": "connections", "leaks": "leaks"}
"""What the sandbox saw, as a finding's `details` (or `details.sandbox`) carries it: each a list."""
SANDBOX_ITEMS = 8
TIMELINE_RULE = "dynamic/timeline"
"""The sandbox's summary of a run (INFO: it weighs nothing, but it is shown)."""


def safe(text: object) -> str:
    """Package-controlled text, ready for rich markup: controls escaped, markup escaped."""
    return escape(printable(text))


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def error_line(error: TargetError) -> str:
    """`target: message`, without repeating the target when the message already starts with it."""
    message = error.message
    return message if message.startswith(f"{error.target}:") else f"{error.target}: {message}"


def _flagged(package: PackageReport) -> bool:
    return (package.verdict.level is not Level.CLEAN or package.action is not Action.ALLOW
            or any(f.category in ("vulnerability", "malware") for f in package.findings)
            or any(w.finding.severity > Severity.INFO for w in package.suppressed))


def _where(finding: Finding) -> str:
    return f"{finding.file}:{finding.line}" if finding.file and finding.line else (finding.file or "")


def _items(key: str, value: Any) -> list[str]:
    if isinstance(value, Mapping):
        return [f"{k}: {v}" for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [item if isinstance(item, str) else _event(key, item) for item in value]
    return [str(value)]


_EVENT = {
    "processes": lambda e: f"[{e.get('phase')}] {e.get('actor', '')}: {e.get('command', '')}"
                           + (" (left running)" if e.get("left_running") else ""),
    "files_read": lambda e: f"[{e.get('phase')}] {e.get('actor', '')}: {e.get('path', '')}",
    "files_written": lambda e: f"[{e.get('phase')}] {e.get('actor', '')}: {e.get('path', '')}",
    "dns": lambda e: f"{e.get('name', '')}" + (f" x{e['count']}" if (e.get("count") or 0) > 1 else ""),
    "connections": lambda e: f"{e.get('name') or e.get('address', '')}:{e.get('port', '')}",
    "leaks": lambda e: f"{e.get('token', '')} by {e.get('channel', '')} ({e.get('phase', '')}, {e.get('encoding', '')})",
}
"""How one sandbox event of each kind reads in a line (other shapes: their values, space-separated)."""


def _event(key: str, value: Any) -> str:
    if isinstance(value, Mapping):
        if key in _EVENT:
            return _EVENT[key](value)
        return " ".join(str(v) for v in value.values() if isinstance(v, (str, int, float)) and v != "")
    return str(value)


def sandbox_lines(details: Mapping[str, Any]) -> Iterable[str]:
    """`label: a, b, c (+N more)` for each non-empty list of what the sandbox saw."""
    for source in (details, details.get("sandbox"), details.get("summary")):
        if not isinstance(source, Mapping):
            continue
        for key, label in SANDBOX_KEYS.items():
            items = _items(key, source.get(key)) if source.get(key) else []
            if items:
                more = f" (+{len(items) - SANDBOX_ITEMS} more)" if len(items) > SANDBOX_ITEMS else ""
                yield f"{label}: {', '.join(items[:SANDBOX_ITEMS])}{more}"


class _Writer:
    def __init__(self, console: Console, options: RenderOptions):
        self.console = console
        self.options = options

    def line(self, markup: str = "") -> None:
        self.console.print(markup, soft_wrap=self.options.width is None, highlight=False)

    def finding(self, package: PackageReport, finding: Finding) -> None:
        self.line(f"  [{SEV_STYLE[finding.severity]}]{finding.severity.label:<8}[/] {safe(finding.rule)}"
                  + (f" [dim]{safe(_where(finding))}[/]" if _where(finding) else ""))
        self.line(f"           {safe(finding.message)}")
        if finding.snippet:
            self.line(f"           [dim]> {safe(finding.snippet)}[/]")
        advice = fix_advice(package, finding)
        if advice:
            self.line(f"           [bold]{safe(advice)}[/]")
        for entry in sandbox_lines(finding.details):
            self.line(f"           [dim]{safe(entry)}[/]")

    def package(self, package: PackageReport) -> None:
        verbose = self.options.verbose
        level = package.verdict.level
        label, style = level.value.upper(), STYLE[level]
        if level is Level.CLEAN and any(f.category == "vulnerability" for f in package.findings):
            label, style = "VULNERABLE", "yellow"  # clean of malice, not of known vulnerabilities
        blocked = "  [bold red]blocks the run[/]" if package.action is Action.BLOCK else ""
        self.line(f"[{style}]{label:<10}[/] {safe(package.id)}  score {package.verdict.score}"
                  f"{blocked}  [dim]{safe(package.source)}[/]")
        for path in package.paths[:2]:
            self.line(f"           [dim]via {safe(' > '.join(path))}[/]")
        shown = [f for f in package.findings if verbose or f.severity > Severity.INFO]
        advisories = [f for f in shown if f.category in ("vulnerability", "malware")]
        others = [f for f in shown if f not in advisories]
        limit = len(others) if verbose else max(0, MAX_FINDINGS - len(advisories))
        for finding in advisories + others[:limit]:
            self.finding(package, finding)
        if len(others) > limit:
            self.line(f"  [dim]... {plural(len(others) - limit, 'more finding')} (--verbose or --format json "
                      "shows all)[/]")
        for timeline in (f for f in package.findings if f.rule == TIMELINE_RULE and f not in shown):
            # What the sandbox saw is evidence a reader wants next to the verdict, not only in --verbose.
            for entry in sandbox_lines(timeline.details):
                self.line(f"  [dim]sandbox  {safe(entry)}[/]")
        checks = package_checks(package)
        if checks:
            self.line("  [dim]checks: " + ", ".join(f"{safe(CHECK_LABELS.get(c, c))} {s.replace('-', ' ')}"
                                                   for c, (s, _) in checks.items()) + "[/]")
        for waiver in package.suppressed:
            if verbose or waiver.finding.severity > Severity.INFO:
                self.line(f"  [dim]waived   {safe(waiver.finding.rule)}: {safe(waiver.reason)} ({safe(waiver.source)}"
                          f"{', until ' + safe(waiver.expires) if waiver.expires else ''})[/]")
        for note in package.notes:
            self.line(f"  [dim]note: {safe(note)}[/]")


def render(report: ScanReport, options: RenderOptions = RenderOptions()) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=options.width or 100_000, force_terminal=options.color,
                      no_color=not options.color, highlight=False, emoji=False)
    out = _Writer(console, options)
    packages = sorted(report.packages, key=lambda p: (-p.verdict.level.rank, -p.verdict.score, str(p.id)))
    flagged = [p for p in packages if _flagged(p)]
    errors = report.errors if options.messages else ()
    if options.quiet:
        for package in flagged:
            if package.action is not Action.ALLOW:
                out.package(package)
        for error in errors:
            out.line(f"[bold red]ERROR[/]      {safe(error_line(error))}")
        return buffer.getvalue()
    for package in packages if options.verbose else flagged:
        out.package(package)
    clean = [p for p in packages if not _flagged(p)]
    if clean and not options.verbose and len(report.packages) <= LIST_CLEAN:
        out.line("[green]clean:[/] " + ", ".join(safe(p.id) for p in clean))
    if report.packages and not flagged and not report.errors:
        out.line("[green]No malicious or suspicious packages found.[/]")
    counts = check_counts(report.packages)
    if counts:
        out.line("\nchecks, in packages:")
        for count in counts:
            style = "red" if dict(count.counts).get("failed") else "dim"
            out.line(f"  [{style}]{safe(count.describe())}[/]")
    notes = report.notes if options.messages else ()
    if notes:
        out.line("")
    for note in notes:
        out.line(f"[dim]note: {safe(note)}[/]")
    for error in errors:
        out.line(f"[bold red]ERROR[/]      {safe(error_line(error))}")
    levels = {level: sum(p.verdict.level is level for p in report.packages) for level in Level}
    blocked = sum(p.action is Action.BLOCK for p in report.packages)
    gap = "\n" if buffer.tell() else ""  # a blank line before the summary, unless it is all there is
    out.line(f"{gap}{plural(len(report.packages), 'package')}: [bold red]{levels[Level.MALICIOUS]} malicious[/], "
             f"[bold yellow]{levels[Level.SUSPICIOUS]} suspicious[/], [green]{levels[Level.CLEAN]} clean[/]"
             + (f"; [bold red]{blocked} {'blocks' if blocked == 1 else 'block'} the run[/]" if blocked else "")
             + (f", [bold red]{plural(len(report.errors), 'error')}[/]" if report.errors else ""))
    return buffer.getvalue()
