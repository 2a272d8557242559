"""Finding planted values in outbound data: raw, URL-encoded, base64 (standard and URL-safe), hex,
base32, one level or two, and DNS labels reassembled across queries.

Pure functions, used by the sink (to keep every leaking event even when a flood fills its record)
and by the dynamic analyzer (to name the leaked honeytoken and the channel).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections import defaultdict
from typing import Iterable, Mapping
from urllib.parse import unquote_plus

_B64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}){8,}")
_B32 = re.compile(r"[A-Z2-7]{16,}=*|[a-z2-7]{16,}=*")
MAX_VIEW = 4 * 1024 * 1024
"""Decoding stops adding views past this many characters (a flood cannot make matching quadratic)."""


def decoded_views(text: str) -> list[str]:
    """The text, URL-decoded, and every base64/hex/base32 run in it decoded (one level, then again)."""
    views = [text, unquote_plus(text)]
    for _ in range(2):
        extra: list[str] = []
        for view in views:
            for run in _HEX.findall(view):
                extra.append(bytes.fromhex(run[: len(run) // 2 * 2]).decode("latin-1"))
            for run in _B64.findall(view):
                for decode in (base64.b64decode, base64.urlsafe_b64decode):
                    try:
                        extra.append(decode(run + "=" * (-len(run) % 4)).decode("latin-1"))
                    except (binascii.Error, ValueError):
                        pass
            for run in _B32.findall(view):
                try:
                    extra.append(base64.b32decode(run.upper() + "=" * (-len(run) % 8)).decode("latin-1"))
                except (binascii.Error, ValueError):
                    pass
        size = sum(map(len, views))
        for e in extra:
            if e not in views and size < MAX_VIEW:
                views.append(e)
                size += len(e)
    return views


def _found(value: str, views: list[str]) -> bool:
    if value in views[0]:
        return True
    low = value.lower()
    # Case-insensitive matches only for long values: DNS lower-cases names, base32 upper-cases.
    return any(value in v or (len(value) >= 16 and low in v.lower()) for v in views)


def leaked(text: str, secrets: Mapping[str, str]) -> list[tuple[str, str]]:
    """(name, `raw`|`encoded`) for every secret found in `text`, raw or decoded."""
    if not text:
        return []
    views: list[str] | None = None
    out = []
    for name, value in secrets.items():
        if len(value) < 6:
            continue
        if value in text:
            out.append((name, "raw"))
            continue
        views = views if views is not None else decoded_views(text)
        if _found(value, views):
            out.append((name, "encoded"))
    return out


def dns_streams(names: Iterable[str]) -> dict[str, str]:
    """Per parent domain (the last two labels), the data labels of its queries joined, so that chunks
    split across labels and queries are reassembled: the data is the longest label; a numeric label
    is taken as the chunk's sequence number (lookups resolve out of order), else arrival order."""
    seen: dict[str, dict[str, int]] = defaultdict(dict)
    for name in names:
        labels = (name or "").split(".")
        if len(labels) > 2:
            chunk = max(labels[:-2], key=len)
            chunks = seen[".".join(labels[-2:])]
            if chunk not in chunks:
                seq = next((int(lb) for lb in labels[:-2] if lb.isdigit() and lb != chunk), None)
                chunks[chunk] = seq if seq is not None else len(chunks)
    return {domain: "".join(sorted(chunks, key=chunks.__getitem__)) for domain, chunks in seen.items()}
