"""Files encrypted in place: a directory walk, a cipher, the ciphertext written and the originals
deleted or renamed, when the package is installed or loaded (ransomware and "locker" protestware)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...gated_re import GatedPattern
from ..behaviours import sends, writes_file
from ..consts import HOLE
from ..view import FileView, Grid
from . import rule

CIPHER = re.compile(r"(^|\.)(createCipheriv|createCipher|subtle\.encrypt|publicEncrypt)$")
WALK = re.compile(r"(^|\.)(readdirSync|readdir|opendirSync|opendir|globSync|glob|walkSync|sync)$")
DESTROY = re.compile(r"(^|\.)(unlinkSync|unlink|rmSync|rm|renameSync|rename|truncateSync|truncate|remove|removeSync|"
                     r"deleteObjects?|DeleteObjects?Command|deleteBucket|deleteBlob|deleteIfExists|"
                     r"dropDatabase|dropCollection|deleteMany|flushall|flushdb|dropIndex|indices\.delete)$")
"""Deletes files, objects of a cloud bucket (S3, Azure Blob, GCS), or a database's contents (MongoDB, Redis,
Elasticsearch)."""
NOTE = re.compile(r"encrypted|decrypt(ion)? key|bitcoin|\bBTC\b|\bXMR\b|monero|ransom|recover (your )?files|\.locked\b", re.I)
RANSOM_TERMS = GatedPattern(re.compile(r"been encrypted|been (backed up|copied)|(then|been|be) deleted|to (recover|restore)|\bbitcoin\b|"
                          r"\b(BTC|XMR|USDT)\b|\bmonero\b|\bransom\b|\bpay\b|\bcontact\b|\bdeadline\b|will be (published|leaked|destroyed)",
                          re.I))
"""What a ransom note says: what happened to the data, how to get it back, what to pay, by when."""
RANSOM_TERMS_MIN = 3
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.INFO, C.LOW))


@rule("ransomware", title="Encrypts files in place",
      description="In code that runs at install or load: a directory walk, a cipher (createCipheriv, "
                  "crypto.subtle.encrypt, publicEncrypt), a write of the result and the originals deleted or renamed; "
                  "a ransom note (bitcoin, 'your files are encrypted', .locked) is quoted when present. A ransom note the file hides (decoded "
                  "at run time) beside deletes or requests is critical wherever it is. Encryption "
                  "tools do this in functions their user calls, which is not reported.",
      category="destructive", consumes=("call", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    hidden = _hidden_note(view)
    if hidden is not None and any(sends(f) or DESTROY.search(f.value) for f in view.all if f.kind in ("call", "new")):
        # A ransom note the file hides (base64, a decoder), where the code deletes or sends: no package keeps
        # one for any other reason (the S3 SSE-C ransom of 2025, cloud-storage extortion).
        level = view.level(hidden)
        yield view.finding("ransomware", S.CRITICAL, C.HIGH, "destructive",
                           f"Hides a ransom note ({hidden.value[:80]!r}, decoded at run time) in code that deletes or "
                           f"sends data, {view.when_text(level)}: data held for ransom.", hidden, level)
        return
    for level, facts in view.groups():
        if level == "deferred":
            return
        calls = [f for f in facts if f.kind == "call"]
        cipher = next((f for f in calls if CIPHER.search(f.value)), None)
        if cipher is None or not any(WALK.search(f.value) for f in calls) or not any(DESTROY.search(f.value) for f in calls) \
                or not any(writes_file(f) for f in calls):
            continue
        note = max((f for f in view.of_kind("string") if NOTE.search(f.value)), key=lambda f: len(f.value), default=None)
        severity, confidence = view.grade(GRID, level)
        yield view.finding("ransomware", severity, confidence, "destructive",
                           f"Walks directories, encrypts the files ({cipher.value}), writes the result and deletes or "
                           f"renames the originals, {view.when_text(level)}"
                           + (f"; it leaves a note ({note.value[:60]!r})." if note else "."), cipher, level)
        return


def _hidden_note(view: FileView):
    """A string of three or more ransom-note terms that the file never writes (decoded at run time)."""
    for f in view.all:
        # (not even its first words: a message joined from parts of the file is written as it is)
        # (the terms first, and their words before them: searching the file's text for every long string would be
        # quadratic on bundles)
        if f.kind == "string" and 40 <= len(f.value) <= 5000 and HOLE not in f.value \
                and RANSOM_TERMS.search(f.value) is not None \
                and len({m.group(0).lower() for m in RANSOM_TERMS.finditer(f.value)}) >= RANSOM_TERMS_MIN \
                and f.value[:24].encode("utf-8", "ignore") not in view.text:
            return f
    return None
