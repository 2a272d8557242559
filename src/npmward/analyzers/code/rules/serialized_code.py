"""Code shipped inside a data file, in the format a deserializer turns back into a function."""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import PackageView
from . import rule

DATA_FILES = (".json", ".yml", ".yaml")
PICKLE_FILES = (".pkl", ".pickle", ".pt", ".pth", ".bin", ".ckpt", ".joblib", ".npy", ".npz")
"""Files Python's pickle (or torch.load, joblib, numpy with allow_pickle) reads."""
CODE_FILES = (".js", ".cjs", ".mjs", ".ts")
SERIALIZED = re.compile(r"_\$\$ND_FUNC\$\$_|!!js/(function|eval)\b")
"""node-serialize's function marker, and js-yaml's (before 4) function and eval tags."""
SELF_RUNNING = re.compile(r"_\$\$ND_FUNC\$\$_\s*(async\s+)?function\b.*\}\s*\(\s*\)\s*[\"',}]|!!js/eval\b", re.S)
"""A serialized function called where it is written (`_$$ND_FUNC$$_function(){...}()`, CVE-2017-5941's
payload) or a js-yaml `!!js/eval`: it runs as the file is deserialized."""
ACTS = re.compile(r"\b(require|Function|eval|child_process|execSync|spawn|mainModule)\b|Buffer\.from\(|\bhttps?\.(get|request)\b|\bnet\.connect\b")
"""What the function's code does beyond computing: loads modules, runs code or commands, decodes, connects."""
MAX_DATA = 2_000_000
WINDOW = 4_000
"""Characters after the marker read as the function's code."""

RUNNERS = rb"(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|runpy)"
RUNS = rb"(?:system|popen|exec|eval|call|check_call|check_output|getoutput|run|Popen|spawn\w{0,3}|exec[lv]\w{0,2}|run_path|run_module)"
PICKLED_CALL = re.compile(rb"c(" + RUNNERS + rb")\n(" + RUNS + rb")\n"  # GLOBAL (protocols 0-3)
                          rb"|\x8c.(" + RUNNERS + rb")\x94?\x8c.(" + RUNS + rb")\x94?\x93", re.S)  # STACK_GLOBAL (4, 5)
"""A Python pickle's reference to a function that runs a command or code (`posix.system`, `builtins.exec`,
`subprocess.Popen`): unpickled, it is called with the arguments that follow (a model's `data.pkl` calling
`posix.system('curl … | sh')`). Pickles of models and arrays reference classes (`torch._utils._rebuild_tensor_v2`,
`numpy.core.multiarray._reconstruct`, `collections.OrderedDict`), never these."""
PICKLE_GATE = (b"system", b"popen", b"exec", b"eval", b"call", b"run", b"Popen", b"spawn", b"getoutput", b"check_")
ARCHIVE_B64 = re.compile(rb"""['"`]((?:UEsDB|gA[IJNRU])[A-Za-z0-9+/]{60,}={0,2})['"`]""")
"""A base64 string literal of a zip archive (`UEsDB`: PK\\3\\4, a torch checkpoint) or a pickle (`gAI`: \\x80\\x02)."""
PICKLE_B64 = re.compile(rb"gA[IJNRU][A-Za-z0-9+/]{60}")
"""The start of a base64 pickle, searched from its literal `gA` (one pass; a search for each of the quoted starts of
`ARCHIVE_B64` read a 9 MB bundle 18 times, 0.13 s)."""
MAX_MEMBER = 1_000_000


def pickled_call(data: bytes) -> str | None:
    """`module.function('argument…')` for a pickle in `data` (or in a zip archive `data` is, a torch checkpoint's
    `archive/data.pkl`) that calls a function running commands or code, else None."""
    found = PICKLED_CALL.search(data) if any(word in data for word in PICKLE_GATE) else None
    if found is None and data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist()[:64]:
                    if info.filename.endswith((".pkl", ".pickle")) and info.file_size <= MAX_MEMBER:
                        found = PICKLED_CALL.search(member := archive.read(info))
                        if found is not None:
                            data = member
                            break
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            return None
    if found is None:
        return None
    module, function = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    return f"{module.decode()}.{function.decode()}({_first_string(data, found.end())!r})"


def _first_string(data: bytes, start: int) -> str:
    """The first string a pickle pushes after `start` (the called function's argument), by its opcode."""
    i, end = start, min(len(data), start + 2_000)
    while i < end:
        op = data[i]
        if op in (0x58, 0x54):  # BINUNICODE, BINSTRING: 4-byte length
            n = int.from_bytes(data[i + 1:i + 5], "little")
            return data[i + 5:i + 5 + min(n, 160)].decode("utf-8", "replace")
        if op in (0x8C, 0x55):  # SHORT_BINUNICODE, SHORT_BINSTRING: 1-byte length
            return data[i + 2:i + 2 + data[i + 1]].decode("utf-8", "replace")[:160] if i + 1 < len(data) else ""
        if op in (0x56, 0x53):  # UNICODE, STRING: to the end of the line
            return data[i + 1:data.find(b"\n", i + 1, end)].decode("utf-8", "replace").strip("'\"")[:160]
        i += 1
    return "…"


def _embedded_pickles(data: bytes) -> Iterator[tuple[int, str]]:
    """(offset, call) for base64 string literals in a code file that decode to a pickle calling a command runner."""
    if b"UEsDB" not in data and PICKLE_B64.search(data) is None:
        return  # (most code files hold neither)
    for m in ARCHIVE_B64.finditer(data):
        try:
            raw = base64.b64decode(m.group(1) + b"=" * (-len(m.group(1)) % 4))
        except (binascii.Error, ValueError):
            continue
        call = pickled_call(raw)
        if call is not None:
            yield m.start(), call


@rule("serialized-code", title="Ships code in a deserializer's function format",
      description="A JSON or YAML file of the package that holds a serialized function (node-serialize's `_$$ND_FUNC$$_`, "
                  "js-yaml's `!!js/function`/`!!js/eval`) whose code loads modules, runs code or commands, decodes data "
                  "or connects: high; critical when it runs as it is deserialized (`_$$ND_FUNC$$_function(){…}()`, "
                  "`!!js/eval`). Configuration in a data file is data; code in it runs through the unsafe loader "
                  "(CVE-2017-5941, js-yaml's load before 4.0), out of sight of anyone who reads the package's code. "
                  "A Python pickle (a shipped `.pkl`/`.pt`/`.bin` file or zip checkpoint, or one a code file holds in "
                  "base64) that calls a command or code runner (`posix.system`, `builtins.exec`, `subprocess.Popen`) "
                  "as it is loaded: critical (a poisoned model file in a cache Python reads).",
      category="obfuscation", consumes=("files",), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    yield from _pickles(package)
    for path in sorted(package.files):
        data = package.files[path]
        if not path.endswith(DATA_FILES) or len(data) > MAX_DATA:
            continue
        text = data.decode("utf-8", "replace")
        marker = SERIALIZED.search(text)
        if marker is None:
            continue
        code = text[marker.start(): marker.start() + WINDOW]
        if not ACTS.search(code):
            continue
        runs = SELF_RUNNING.search(code) is not None
        line = text.count("\n", 0, marker.start()) + 1
        severity, confidence = (S.CRITICAL, C.HIGH) if runs else (S.HIGH, C.MEDIUM)
        yield Finding("code/serialized-code", severity, confidence, "obfuscation",
                      f"{path} holds a serialized function ({marker.group(0)}) whose code loads modules, runs code or "
                      "connects" + (", and runs as the file is deserialized" if runs else ", called once the file is loaded")
                      + ": code hidden in a data file.", path, line, text.splitlines()[line - 1].strip()[:200],
                      {"when": "module"})
        return


def _pickles(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.files):
        data = package.files[path]
        if len(data) > MAX_DATA * 10:
            continue
        if path.endswith(PICKLE_FILES):
            found = [(0, call)] if (call := pickled_call(data)) is not None else []
        elif path.endswith(CODE_FILES):
            found = list(_embedded_pickles(data))
        else:
            continue
        for offset, call in found[:1]:
            line = data.count(b"\n", 0, offset) + 1
            where = f"{path} is a Python pickle" if offset == 0 and path.endswith(PICKLE_FILES) else \
                f"{path} holds, in base64, a Python pickle"
            yield Finding("code/serialized-code", S.CRITICAL, C.HIGH, "obfuscation",
                          f"{where} that runs {call} as it is loaded: code hidden in a model or data file, which "
                          "Python's pickle (torch.load, joblib) runs.", path, line,
                          data.splitlines()[line - 1][:200].decode("utf-8", "replace") if offset else "",
                          {"when": "module"})
            return
