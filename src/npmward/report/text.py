"""The terminal report: what a developer reads first — the verdict per package and why."""

from __future__ import annotations

import io
import sys

from rich.console import Console
from rich.markup import escape

from ..model import Action, Level, PackageReport, ScanReport, Severity

FORMAT = "text"
STYLE = {Level.MALICIOUS: "bold red", Level.SUSPICIOUS: "bold yellow", Level.CLEAN: "green"}
SEV_STYLE = {Severity.CRITICAL: "red", Severity.HIGH: "red", Severity.MEDIUM: "yellow",
             Severity.LOW: "cyan", Severity.INFO: "dim"}
MAX_FINDINGS = 12


def _package(console: Console, package: PackageReport, verbose: bool) -> None:
    level = package.verdict.level
    console.print(f"[{STYLE[level]}]{level.value.upper():<10}[/] {escape(str(package.id))}  "
                  f"score {package.verdict.score}  [dim]{escape(package.source)}[/]")
    for path in package.paths[:2]:
        console.print(f"           [dim]via {escape(' > '.join(path))}[/]")
    shown = [f for f in package.findings if verbose or f.severity > Severity.INFO]
    for finding in shown[:MAX_FINDINGS]:
        where = f"{finding.file}:{finding.line}" if finding.file and finding.line else (finding.file or "")
        console.print(f"  [{SEV_STYLE[finding.severity]}]{finding.severity.label:<8}[/] {escape(finding.rule)}"
                      f" [dim]{escape(where)}[/]")
        console.print(f"           {escape(finding.message)}", soft_wrap=True)
        if finding.snippet:
            console.print(f"           [dim]> {escape(finding.snippet)}[/]", soft_wrap=True)
    if len(shown) > MAX_FINDINGS:
        console.print(f"  [dim]... {len(shown) - MAX_FINDINGS} more findings (use --format json for all)[/]")
    for waiver in package.suppressed:
        if verbose or waiver.finding.severity > Severity.INFO:
            console.print(f"  [dim]waived   {escape(waiver.finding.rule)}: {escape(waiver.reason)} "
                          f"({escape(waiver.source)}{', until ' + waiver.expires if waiver.expires else ''})[/]", soft_wrap=True)
    for note in package.notes:
        console.print(f"  [dim]note: {escape(note)}[/]", soft_wrap=True)


def render(report: ScanReport, verbose: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=sys.stdout.isatty(), width=120, highlight=False)
    counts = {level: 0 for level in Level}
    flagged = sorted((p for p in report.packages if p.verdict.level is not Level.CLEAN or p.action is not Action.ALLOW
                      or any(w.finding.severity > Severity.INFO for w in p.suppressed)),
                     key=lambda p: (-p.verdict.level.rank, -p.verdict.score, str(p.id)))
    for package in report.packages:
        counts[package.verdict.level] += 1
    for package in flagged:
        _package(console, package, verbose)
    if not any(p.verdict.level is not Level.CLEAN for p in report.packages) and report.packages and not report.errors:
        console.print("[green]No malicious or suspicious packages found.[/]")
    for error in report.errors:
        console.print(f"[bold red]ERROR[/]      {escape(error.target)}: {escape(error.message)}", soft_wrap=True)
    console.print(
        f"\n{len(report.packages)} packages: [bold red]{counts[Level.MALICIOUS]} malicious[/], "
        f"[bold yellow]{counts[Level.SUSPICIOUS]} suspicious[/], [green]{counts[Level.CLEAN]} clean[/]"
        + (f", [bold red]{len(report.errors)} errors[/]" if report.errors else "")
    )
    return buffer.getvalue()
