"""The one YAML loader for files an attacker may write (lockfiles, `.npmward.yml`, the ignore file).

YAML's anchors and aliases let a 300-byte document stand for a billion nodes ("billion laughs",
and the same with merge keys `<<`): PyYAML builds such a document cheaply as shared objects, and the
first code that walks it (`str()`, a loop, `json.dumps`) runs for hours and fills memory. So the
document is composed first (libyaml, no Python objects yet), its node graph is measured — how many
nodes the aliases add when expanded, how deep it nests, whether an alias refers to its own
ancestor — and only a document within budget is constructed (safe tags only). Real lockfiles use no
aliases at all; a settings file may use a few.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import NpmwardError

MAX_ALIAS_NODES = 10_000
"""Nodes that alias expansion may add to a document (what the aliases would copy if expanded)."""
MAX_DEPTH = 64
"""Nesting of sequences and mappings (pnpm lockfiles nest 5 deep, settings files 4)."""
MAX_BYTES = 128 * 1024 * 1024
"""Largest YAML text read by default (the largest real pnpm lockfiles are a few tens of MB)."""

if TYPE_CHECKING:
    import yaml


class YamlError(NpmwardError):
    """A YAML file that is invalid, or that is over a budget (aliases, depth, size)."""


def load_yaml(text: str, source: str, *, documents: bool = False, max_bytes: int = MAX_BYTES):
    """The content of the YAML `text` (the documents as a list when `documents`), read safely.

    Raises `YamlError` naming `source` for invalid YAML, alias expansion beyond `MAX_ALIAS_NODES`,
    an alias inside its own anchor, nesting deeper than `MAX_DEPTH` or a text over `max_bytes`."""
    # PyYAML is imported by the first document read, not with the modules that may read one (the
    # lockfile parsers, settings): a scan of a tarball with no config file never parses YAML.
    import yaml

    if len(text) > max_bytes:
        raise YamlError(f"{source}: refused: larger than {max_bytes} bytes")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    out = []
    try:
        while loader.check_node():
            node = loader.get_node()
            _check(node, source)
            out.append(loader.construct_document(node))
            if not documents and loader.check_node():
                raise YamlError(f"{source}: expected one YAML document, found several")
    except yaml.YAMLError as exc:
        raise YamlError(f"{source}: invalid YAML: {_first_lines(exc)}") from None
    except RecursionError:
        raise YamlError(f"{source}: refused: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a scalar no constructor accepts (huge int, ...)
        raise YamlError(f"{source}: invalid YAML value: {str(exc)[:200]}") from None
    finally:
        loader.dispose()
    if documents:
        return out
    return out[0] if out else None


def _first_lines(exc: Exception) -> str:
    return " ".join(str(exc).split("\n")[:3])[:300]


def _check(root: yaml.Node, source: str) -> None:
    """Refuse a node graph whose expansion is over budget, that nests too deeply, or that refers to
    its own ancestor. Iterative, one visit per distinct node: O(nodes) time and memory."""
    import yaml

    scalar = yaml.ScalarNode
    mapping = yaml.MappingNode
    size: dict[int, int] = {}  # id(node) -> node count once expanded (final once the node is done)
    on_path: set[int] = set()
    distinct = 1
    stack: list[tuple[yaml.Node, list]] = []

    def open_(node: yaml.Node) -> None:
        if len(stack) >= MAX_DEPTH:
            raise YamlError(f"{source}: refused: nested deeper than {MAX_DEPTH} levels")
        on_path.add(id(node))
        size[id(node)] = 1
        items = [item for pair in node.value for item in pair] if isinstance(node, mapping) else list(node.value)
        stack.append((node, items))

    if isinstance(root, scalar):
        return
    open_(root)
    while stack:
        node, pending = stack[-1]
        here = id(node)
        while pending:
            child = pending.pop()
            key = id(child)
            seen = size.get(key)
            if seen is not None:  # a node met before: an alias, which copies the whole node again
                if key in on_path:
                    raise YamlError(f"{source}: refused: an alias refers to its own anchor (a recursive document)")
                size[here] += seen
                _budget(size[here], distinct, source)
            elif isinstance(child, scalar):
                distinct += 1
                size[key] = 1
                size[here] += 1
            else:
                distinct += 1
                open_(child)
                break
        else:
            stack.pop()
            on_path.discard(here)
            if stack:
                parent = id(stack[-1][0])
                size[parent] += size[here]
                _budget(size[parent], distinct, source)


def _budget(expanded: int, distinct: int, source: str) -> None:
    if expanded - distinct > MAX_ALIAS_NODES:
        raise YamlError(f"{source}: refused: alias expansion adds more than {MAX_ALIAS_NODES} nodes "
                        "(a YAML alias bomb?)")
