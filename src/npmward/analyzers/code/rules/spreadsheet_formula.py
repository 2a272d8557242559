"""A spreadsheet formula that calls out, kept in a package that writes spreadsheets: CSV/formula injection."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ...install_scripts import RAW_IP_URL, downloads_and_runs
from ..strings import decode_b64
from ..view import FileView
from . import rule

FORMULA_TEXT = linear_re.compile_bytes(rb"(?i)webservice|importxml|importdata|importhtml|importfeed|\|\s*'|ddeauto|=\s*dde\(|base64|\bhex\b")
"""What a file holding such a formula has in its bytes (a base64 or hex string array hides the formula's own words)."""
DDE = re.compile(r"^\s*[=+\-@]\s*[\w.]+\|\s*'[^']*'!\w+|^\s*[=+\-@]\s*(DDE|DDEAUTO)\s*\(", re.I)
"""Dynamic Data Exchange: `=cmd|' /C calc'!A0` runs a program when the sheet is opened (Excel asks once)."""
CALLS_OUT = re.compile(r"^\s*[=+\-@]?\s*(WEBSERVICE|IMPORTXML|IMPORTDATA|IMPORTHTML|IMPORTFEED|IMAGE|HYPERLINK)\s*\(\s*"
                       r"(CONCATENATE\s*\(\s*)?\"https?://[^\"]+\"\s*[&,].*(TEXTJOIN|ENCODEURL|\$?[A-Z]{1,3}\$?\d+\s*:|\{RANGE\})", re.I | re.S)
"""A formula that fetches a URL built from the sheet's own cells (`=WEBSERVICE("http://…?d="&ENCODEURL(A1:F400))`, an xlsx
cell's `IMPORTXML(CONCATENATE("https://…", TEXTJOIN(…)))`, which has no `=`): opening the sheet sends its data."""
BASE64_FORMULA = re.compile(r"^[PKLQ][A-Za-z0-9+/]{23,}={0,2}$")
"""Base64 whose first byte is `=`, `+`, `-` or `@` (what a formula starts with): only these are decoded."""
MAX_FORMULA = 2_000


@rule("spreadsheet-formula", title="Puts a formula that calls out into the spreadsheets it writes",
      description="A spreadsheet formula kept in the code, in the open, in base64 or in hex: a DDE call (`=cmd|' /C …'!A0`, "
                  "DDEAUTO) or a WEBSERVICE/IMPORTXML/IMPORTDATA/IMAGE/HYPERLINK of a URL built from the sheet's cells (an xlsx cell without its =). A CSV or Excel "
                  "library that adds one to what its users export hands every reader of the file a command or a "
                  "beacon carrying the sheet. Critical when the formula runs a download cradle or calls a raw IP "
                  "address. Tests are left alone (formula-injection test payloads).",
      category="exfiltration", consumes=("string", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(FORMULA_TEXT) or TEST_PATH.search(view.facts.path):
        return
    for fact in view.all:
        if fact.kind != "string" or len(fact.value) > MAX_FORMULA:
            continue
        # (a hex literal needs no decoding here: the extractor keeps what a standalone hex string spells as a string)
        decoded = decode_b64(fact.value) if BASE64_FORMULA.match(fact.value) else None
        for formula in (fact.value, decoded):
            if not formula or not (DDE.match(formula) or CALLS_OUT.match(formula)):
                continue
            severe = downloads_and_runs(formula) or RAW_IP_URL.search(formula) is not None
            yield view.finding("spreadsheet-formula", S.CRITICAL if severe else S.HIGH, C.HIGH if severe else C.MEDIUM,
                               "exfiltration",
                               f"Keeps a spreadsheet formula that {'runs a program' if DDE.match(formula) else 'sends the sheet to a URL'}"
                               f"{' (decoded from its own constants)' if formula is decoded else ''}: {formula[:100]}", fact)
            return
