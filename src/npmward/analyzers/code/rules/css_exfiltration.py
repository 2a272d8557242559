"""Stylesheets that read what users type, one character at a time.

CSS cannot run code, but an attribute selector matches what a field holds (`input[type=password][value$="a"]`) and a
rule that matches loads its background image: one rule per character, each with its own URL, tells a server the
password, the one-time code or the card number as the page's framework mirrors it into the `value` attribute (CSS
keyloggers, 2018; Magecart's CSS-only variants). A theme styles a field by its state (`:invalid`, `[value=""]`), never by
the last character it holds.
"""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...linear_re import compile_bytes
from ..view import PackageView
from . import rule

STYLE_FILES = (".css", ".scss", ".sass", ".less", ".styl", ".js", ".cjs", ".mjs", ".ts", ".jsx", ".tsx", ".vue", ".svelte",
               ".html")
VALUE_SELECTOR_BYTES = compile_bytes(rb"\[value[\^$*]=")
SENSITIVE = r"(type=['\"]?password|one-time-code|cc-(number|csc|exp)|name\*?=['\"]?(card|cc|cvc|cvv|pin|otp|pass)|\.\w*otp)"
VALUE_SELECTOR = re.compile(SENSITIVE + r"[^{},;\n]{0,120}?\[value[\^$*]=\s*['\"]?(?P<char>.|\$\{[^}]{1,40}\})['\"]?\s*(i\s*)?\]", re.I)
"""A selector on a password, one-time-code or card field that matches one character at its start or end: one constant
character, or a template's hole that a loop fills with each of them."""
URL = re.compile(r"url\(\s*['\"]?(https?:)?//|url\(\s*['\"]?\$\{", re.I)
ONE_BY_ONE = 8
"""Constant selectors needed in a stylesheet: one per character (a template with a hole counts at once)."""


@rule("css-exfiltration", title="Stylesheet that reads typed values a character at a time",
      description="CSS (or code that generates it, a Tailwind plugin) with attribute selectors that match the first or "
                  "last character of a password, one-time-code or card field's value (`input[type=password][value$=\"a\"]`), "
                  "one rule per character, in a file that loads URLs from a server: each match requests a URL that "
                  "names the character. Tests are left alone.",
      category="browser", consumes=("files",), severity=S.HIGH, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path, data in package.text_files(STYLE_FILES):
        if not VALUE_SELECTOR_BYTES.search(data):
            continue
        text = data.decode("utf-8", "replace")
        selectors = list(VALUE_SELECTOR.finditer(text))
        templated = any(m.group("char").startswith("${") for m in selectors)
        if not selectors or not URL.search(text) or not (templated or len(selectors) >= ONE_BY_ONE):
            continue
        first = selectors[0]
        yield Finding("code/css-exfiltration", S.HIGH, C.MEDIUM, "browser",
                      f"Styles password, one-time-code or card fields by the character their value starts or ends with "
                      f"({len(selectors)} selector{'s' if len(selectors) > 1 else ''}) and loads URLs from a server: each "
                      f"match tells the server a character the user typed.",
                      path, text.count("\n", 0, first.start()) + 1, first.group(0)[:120])
