"""Which files are JavaScript/TypeScript, and the tree-sitter parser for each.

tree-sitter keeps parsing past syntax errors, so a broken line does not hide the rest of a file.
"""

from __future__ import annotations

from functools import lru_cache

from tree_sitter import Language, Parser

JS_EXTENSIONS = (".js", ".cjs", ".mjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")


TS_EXTENSIONS = (".ts", ".tsx", ".mts", ".cts")
DECLARATIONS = (".d.ts", ".d.cts", ".d.mts")
"""TypeScript declarations: types only, nothing runs."""


def is_code_file(path: str) -> bool:
    return path.endswith(JS_EXTENSIONS) and not path.endswith(DECLARATIONS)


@lru_cache(maxsize=None)
def _parser(kind: str) -> Parser:
    if kind == "js":
        import tree_sitter_javascript as grammar

        return Parser(Language(grammar.language()))
    import tree_sitter_typescript as grammar

    return Parser(Language(grammar.language_tsx() if kind == "tsx" else grammar.language_typescript()))


def parser_for(path: str) -> Parser:
    if path.endswith(".tsx"):
        return _parser("tsx")
    if path.endswith((".ts", ".mts", ".cts")):
        return _parser("ts")
    return _parser("js")
