"""The rule catalogue: every id the code and install-script analyzers report, with a title, a
description and the default severity, for SARIF `rules[]` and the table in docs/detection.md.

`python -m npmward.analyzers.code.catalogue docs/detection.md` rewrites the table in place.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..base import RuleInfo
from .rules import load_rules

ANALYZER_RULES = (
    RuleInfo("code/decoded-code", "Code hidden in an encoded or split string",
             "A string decoded from base64, hex, char codes or a reversed array that reads like code; it is parsed and "
             "judged again (up to two levels), and what is found there weighs one severity step more.",
             "medium", "obfuscation"),
    RuleInfo("code/analysis-incomplete", "Code not read",
             "The analysis stopped at its time budget (or at nesting it cannot follow) before reading every file; "
             "the finding lists what was not read. Suspicious on its own: code that was not read is not clean.",
             "high", "analysis"),
)
"""Ids the analyzer reports itself, outside the rules."""
BEGIN, END = "<!-- rule-catalogue:begin -->", "<!-- rule-catalogue:end -->"


def catalogue() -> list[RuleInfo]:
    """Every rule id the code analyzer reports (id, title, description, default severity, category)."""
    out: dict[str, RuleInfo] = {info.id: info for info in ANALYZER_RULES}
    # An id two checks report (`code/wiper` by the wiper rule and for a command run from code) is
    # listed once, with the description of the rule named after it.
    for own_first in (True, False):
        for r in load_rules():
            for info in r.catalogue():
                if (info.id == f"code/{r.id}") == own_first:
                    out.setdefault(info.id, info)
    return sorted(out.values(), key=lambda i: i.id)


def rule_catalogue() -> list[RuleInfo]:
    """The code analyzer's rules and the install-script analyzer's, in one list."""
    from ..install_scripts import catalogue as install_script_rules

    return catalogue() + install_script_rules()


def markdown() -> str:
    rows = ["| rule | default severity | what it looks for |", "|---|---|---|"]
    for info in rule_catalogue():
        description = info.description.replace("|", "\\|")
        rows.append(f"| `{info.id}` | {info.severity} | **{info.title}.** {description} |")
    return "\n".join(rows)


def rewrite(doc: Path) -> bool:
    """Replace the table between the markers in `doc`; True when it changed."""
    text = doc.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    new = f"{head}{BEGIN}\n{markdown()}\n{END}{tail}"
    if new != text:
        doc.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    print("rewrote" if rewrite(Path(sys.argv[1])) else "unchanged", sys.argv[1])
