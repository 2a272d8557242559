"""Files encrypted in place: a directory walk, a cipher, the ciphertext written and the originals
deleted or renamed, when the package is installed or loaded (ransomware and "locker" protestware)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import writes_file
from ..view import FileView, Grid
from . import rule

CIPHER = re.compile(r"(^|\.)(createCipheriv|createCipher|subtle\.encrypt|publicEncrypt)$")
WALK = re.compile(r"(^|\.)(readdirSync|readdir|opendirSync|opendir|globSync|glob|walkSync|sync)$")
DESTROY = re.compile(r"(^|\.)(unlinkSync|unlink|rmSync|rm|renameSync|rename|truncateSync|truncate|remove|removeSync)$")
NOTE = re.compile(r"encrypted|decrypt(ion)? key|bitcoin|\bBTC\b|\bXMR\b|monero|ransom|recover (your )?files|\.locked\b", re.I)
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.INFO, C.LOW))


@rule("ransomware", title="Encrypts files in place",
      description="In code that runs at install or load: a directory walk, a cipher (createCipheriv, "
                  "crypto.subtle.encrypt, publicEncrypt), a write of the result and the originals deleted or renamed; "
                  "a ransom note (bitcoin, 'your files are encrypted', .locked) is quoted when present. Encryption "
                  "tools do this in functions their user calls, which is not reported.",
      category="destructive", consumes=("call", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        if level == "deferred":
            return
        calls = [f for f in facts if f.kind == "call"]
        cipher = next((f for f in calls if CIPHER.search(f.value)), None)
        if cipher is None or not any(WALK.search(f.value) for f in calls) or not any(DESTROY.search(f.value) for f in calls) \
                or not any(writes_file(f) for f in calls):
            continue
        note = max((f for f in view.all if f.kind == "string" and NOTE.search(f.value)), key=lambda f: len(f.value), default=None)
        severity, confidence = view.grade(GRID, level)
        yield view.finding("ransomware", severity, confidence, "destructive",
                           f"Walks directories, encrypts the files ({cipher.value}), writes the result and deletes or "
                           f"renames the originals, {view.when_text(level)}"
                           + (f"; it leaves a note ({note.value[:60]!r})." if note else "."), cipher, level)
        return
