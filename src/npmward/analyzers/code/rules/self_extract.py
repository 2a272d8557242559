"""Code kept in a file's own comments and run by the file itself. Latrodectus's loaders (2024) hid their script in
lines a marker sets apart (`////…`) inside a legitimate-looking one and had it read its own source, keep those lines and
run them: a reviewer, a linter and every scanner that skips comments see a file that does what it says. In an npm
package the shape is the same: `readFileSync(__filename)` (or the module's `import.meta.url`), the lines with the
marker kept (their text, or base64 chunks of it), handed to `new Function`, `eval`, `vm` or `import('data:…')`."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from ....model import Finding
from ..strings import decode_b64
from ..view import FileView
from . import rule

OWN_SOURCE = re.compile(rb"""\(\s*(?:__filename|[\w$.]+\(\s*import\.meta\.url\s*\))\s*(?:\)\s*\.toString\(|,\s*["'](?:utf-?8|latin1|ascii)["'])""", re.I)
"""The file's own source read as text: `readFileSync(__filename, 'utf8')`, a minified `a(g(import.meta.url),"utf8")`
(`fileURLToPath` aliased), `readFileSync(__filename).toString()`."""
RUNNERS = {"Function", "eval", "vm.runInThisContext", "vm.runInNewContext", "vm.runInContext", "vm.Script", "vm.compileFunction",
           "import", "import(data:)", "import(data:):base64"}
MARKED = re.compile(rb"^[ \t]*(//+(?:[ \t]*[^\w\s'\"(/][^\w\s'\"(]*)?[ \t]?|#[^\w\s]*[ \t]?)(\S.*)$", re.M)
"""A comment line and its marker (`////`, `// ~ `, `//#`): what follows the marker is kept."""
MIN_LINES = 3
STAGE = re.compile(r"""\brequire\(\s*['"](?:node:)?(?:https?|net|dgram|child_process)['"]|\bfrom\s*['"](?:node:)?(?:https?|net|child_process)['"]"""
                   r"""|\bfetch\(\s*['"`]https?://|\bhttps?\.(?:request|get)\(|\bimport\s*\(\s*['"](?:node:)?(?:https?|child_process)['"]""")
"""Code that talks to the network or starts programs."""


@rule("self-extract", title="Runs code hidden in its own comments",
      description="A file that reads its own source as text (`readFileSync(__filename, 'utf8')`, its `import.meta.url`) and "
                  "runs code (`new Function`, `eval`, `vm`, `import('data:…')`), whose comment lines set apart by a marker (three "
                  "or more with the same one: `////…`, `// ~ …`) hold code that talks to the network or starts programs, as "
                  "they are or as base64 once joined (Latrodectus's self-extracting loaders). Critical when the code runs "
                  "(at install or load, or in code the application runs), high in a function nothing is known to call.",
      category="obfuscation", consumes=("call", "new"))
def check(view: FileView) -> Iterator[Finding]:
    if OWN_SOURCE.search(view.text) is None:
        return
    runner = next((f for f in view.all if f.kind in ("call", "new") and f.value in RUNNERS), None)
    if runner is None:
        return
    blocks: dict[bytes, list[bytes]] = defaultdict(list)
    for match in MARKED.finditer(view.text):
        blocks[match.group(1).strip()].append(match.group(2))
    for marker, lines in blocks.items():
        if len(lines) < MIN_LINES or marker in (b"//", b"#"):
            continue  # (plain comments: prose, licence text, commented-out code a reader sees as such)
        text = b"\n".join(lines).decode("utf-8", "replace")
        code = text if STAGE.search(text) else decode_b64("".join(text.split()))
        if code is None or STAGE.search(code) is None:
            continue
        yield view.finding("self-extract", *view.unmistakable(runner), "obfuscation",
                           f"Reads its own source and runs the code it keeps in comment lines marked "
                           f"{marker.decode('utf-8', 'replace')!r} ({len(lines)} lines, code that talks to the network or starts "
                           f"programs: {code.strip()[:80]!r}), {view.run_text(runner)}.", runner, view.level(runner))
        return
