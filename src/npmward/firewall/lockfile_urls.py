"""Round trip of tarball URLs in a lockfile that records the URL it fetched (yarn v1, bun).

Before the command, locked URLs on an upstream are rewritten to the firewall (so the manager
fetches them through it); after it — also when it failed or was interrupted — every firewall URL is
written back as the URL the manager records without the firewall. A URL that was in the lockfile
before is written back exactly as it was.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable

from .paths import parse_path


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.npmward-tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class UrlRoundTrip:
    """Rewrites `files` (lockfile, manager state files) forward before and back after the command."""

    def __init__(self, files: list[Path], firewall_base: str, to_firewall: Callable[[str], str | None],
                 recorded: Callable[[str, str, str], str]):
        """`to_firewall(url)`: the firewall URL for a locked upstream URL (None to leave it);
        `recorded(name, version, firewall_url)`: what the manager records without the firewall."""
        self.files = files
        self.base = firewall_base
        self.to_firewall = to_firewall
        self.recorded = recorded
        self.originals: dict[str, str] = {}
        """firewall URL -> the URL the lockfile had before (restored exactly)."""

    def forward(self) -> None:
        url = re.compile(r"https?://[^\s\"'#]+")
        for path in self.files:
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")

            def swap(match: re.Match) -> str:
                new = self.to_firewall(match.group(0))
                if new is None:
                    return match.group(0)
                self.originals[new] = match.group(0)
                return new

            changed = url.sub(swap, text)
            if changed != text:
                _atomic_write(path, changed)

    def back(self) -> None:
        ours = re.compile(re.escape(self.base) + r"[^\s\"'#]+")
        for path in self.files:
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")

            def swap(match: re.Match) -> str:
                url = match.group(0)
                if url in self.originals:
                    return self.originals[url]
                asked = parse_path(url[len(self.root):])
                if asked.kind != "tarball":
                    return url
                return self.recorded(asked.name, asked.version, url)

            restored = ours.sub(swap, text)
            if restored != text:
                _atomic_write(path, restored)

    @property
    def root(self) -> str:
        """The firewall's origin (`http://127.0.0.1:PORT`), which a view path is relative to."""
        match = re.match(r"https?://[^/]+", self.base)
        return match.group(0) if match else self.base

