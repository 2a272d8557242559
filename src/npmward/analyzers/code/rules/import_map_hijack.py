"""An import map the package puts into pages that sends wallet libraries (ethers, viem, @solana/web3.js, WalletConnect,
MetaMask's SDK) to a host it hides: every `import 'ethers'` of the site loads the author's copy, which signs what it
likes (blind set 39's micro-frontend loader and Vite CDN plugin, the map decoded from base64 or char codes). CDN
plugins write their mappings in the open, or take them from the user's config."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

IMPORT_MAP = any_word(b"importmap")
WALLET_ENTRY = re.compile(r'"(ethers|viem|web3|wagmi|@solana/web3\.js|@metamask/[\w.-]+|@walletconnect/[\w.-]+|'
                          r'@coinbase/wallet-sdk|@reown/[\w.-]+|@web3modal/[\w.-]+)"\s*:\s*"(https?://[^/"\s]+)')
"""An import map's entry for a wallet or signing library, and the host it loads it from."""
SHOWN = 24
"""Characters of the mapping looked for in the file's text: a mapping written there is in the open."""


@rule("import-map-hijack", title="Maps wallet libraries to a hidden host in the pages' import map",
      description="A file that writes an import map (`<script type=\"importmap\">`) and holds, decoded at run time (not "
                  "written in its text), a mapping of a wallet or signing library (ethers, viem, @solana/web3.js, "
                  "WalletConnect, MetaMask's SDK) to a URL: the site loads the author's copy of the library that signs "
                  "its users' transactions. Critical where it runs or the application runs it. CDN plugins write their "
                  "mappings in the open or take them from the user.",
      category="wallet", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(IMPORT_MAP):
        return
    for fact in view.of_kind("string"):
        match = WALLET_ENTRY.search(fact.value) if '":' in fact.value else None
        if match is None or match.group(0)[:SHOWN].encode() in view.text:
            continue
        yield view.finding("import-map-hijack", *view.unmistakable(fact), "wallet",
                           f"Puts into the pages' import map a mapping it hides of {match.group(1)} to "
                           f"{match.group(2)}, {view.run_text(fact)}: the site loads that host's copy of the library "
                           "that signs its users' transactions.", fact, view.level(fact))
        return
