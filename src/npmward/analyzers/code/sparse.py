"""Large files are read where something is: the subtrees around each risky token.

A vendored compiler or a bundle of several megabytes takes seconds to walk whole, and most of it
holds nothing a rule looks for. Above `SPARSE_BYTES`, a file is parsed whole (tree-sitter is fast)
and walked only in the regions around the tokens any rule needs (`RISKY`): the largest statement
or function around each, up to `REGION_BYTES`, plus the top-level `require`/`import`
declarations that name the modules. A region that is a top-level statement runs with the file;
one inside a larger function is treated as deferred. Calls into code that was not walked pass
their arguments on (an unknown function), so flows survive the gaps.
"""

from __future__ import annotations

import re2
from tree_sitter import Node

SPARSE_BYTES = 200_000
"""Above this a file is a bundle or a vendored build (react-dom's development builds are 1.2 MB each,
typescript's compiler 9 MB): walking it whole costs about half a second per megabyte, and files this size
are where a batch's time goes (top 300: 77 s of CPU at 1.5 MB, 28.7 s at 400 KB, 24 s at 200 KB), while
what rules need sits around their risky tokens."""
ENTRY_SPARSE_BYTES = 400_000
"""The files install hooks run and the package's entries are where a trojan is put (a maintainer's
account taken over, a payload added to `main`): they are walked whole up to twice the size."""
REGION_BYTES = 64_000
MAX_HITS = 5_000
"""Risky tokens followed at most; past it the rest of the file is reported as not read."""
RISKY = re2.compile(rb"child_process|process\.env|\.npmrc|\beval\(|\bFunction\(|fetch\(|XMLHttpRequest|WebSocket|"
                    rb"require\(['\"](?:node:)?(?:https?|net|tls|dns|dgram|os)['\"]\)|fromCharCode|\b_0x[0-9a-f]{4}|"
                    rb"\.exec(?:Sync)?\(|spawn(?:Sync)?\(|writeFile|hostname\(|userInfo\(|homedir\(|webhook|ethereum|"
                    rb"document\.cookie|localStorage|[\xe3\xef]\x85\xa4|\xe2\x80[\xaa-\xae]")
"""What any rule needs to see at least once (Hangul fillers and bidi overrides as UTF-8 bytes)."""
DECLARATIONS = ("import_statement", "lexical_declaration", "variable_declaration", "expression_statement")
MAX_DECLARATION = 4_000


def regions(root: Node, source: bytes) -> tuple[list[tuple[Node, bool]], bool]:
    """(subtree, runs with the file) to walk, in source order, and whether every risky token is in one."""
    hits = [m.start() for m in RISKY.finditer(source)]
    complete = len(hits) <= MAX_HITS
    chosen: dict[tuple[int, int], tuple[Node, bool]] = {}
    for child in root.named_children:
        if child.type in DECLARATIONS and child.end_byte - child.start_byte <= MAX_DECLARATION \
                and b"require" in source[child.start_byte:child.end_byte] or child.type == "import_statement":
            chosen[(child.start_byte, child.end_byte)] = (child, True)
    covered = -1
    cursor = root.walk()
    for offset in hits[:MAX_HITS]:
        if offset < covered:
            continue
        cursor.reset(root)
        path = [root]
        while cursor.goto_first_child_for_byte(offset) is not None:
            path.append(cursor.node)
        region = next((n for n in path[1:] if n.end_byte - n.start_byte <= REGION_BYTES), path[-1])
        top = len(path) > 1 and region == path[1]
        chosen.setdefault((region.start_byte, region.end_byte), (region, top))
        covered = region.end_byte
    ordered = [chosen[k] for k in sorted(chosen)]
    # Drop regions inside an earlier one (a declaration that a hit's region also covers).
    kept: list[tuple[Node, bool]] = []
    for node, top in ordered:
        if kept and node.start_byte >= kept[-1][0].start_byte and node.end_byte <= kept[-1][0].end_byte:
            continue
        kept.append((node, top))
    return kept, complete
