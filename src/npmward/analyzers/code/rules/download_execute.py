from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import BACKGROUND, FETCH, SCHEDULED, saved_as
from .. import flow as F
from .. import patterns as P
from ..behaviours import executes, sends, trusted_host, writes_file
from ..program import Fact
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.LOW, C.LOW))
TRUSTED = (S.LOW, C.LOW)
"""Every URL in the code is on a well-known host (the registry, GitHub, nodejs.org, CDNs)."""
RAW_IP = (S.HIGH, C.MEDIUM)
"""At least this when the download comes from a bare IP address."""
RAW_IP_RUN = (S.CRITICAL, C.HIGH)
"""From a bare IP address, when the package runs or the application calls it: no installer does that."""
VERIFIED = (S.MEDIUM, C.MEDIUM)
"""At most this when the code checks what it downloaded against a digest before keeping it."""
BUILT_URL = (S.MEDIUM, C.LOW)
"""No URL in the code: built at run time, as platform-binary installers do."""
DAEMON = (S.CRITICAL, C.HIGH)
"""At install, from a host that is not a well-known one, started detached in the background: an installer puts its
binary in place and leaves it for the package to run; a dropper leaves it running (proxyware, miners)."""
DAEMON_APP_CALLS = (S.HIGH, C.MEDIUM)
"""The same in a function the application calls (a client's constructor): a library runs its helper for the call
and waits for it; one that leaves a downloaded program running in the background has installed it."""
MIRROR_SETTING = re.compile(rb"""(?i)\b[\w$.]*(?:cdn_?url|mirror|binary_?site|download_?(?:host|base|url))\w*['"]?\s*\)?\s*"""
                            rb"""(?:\|\||\?\?)\s*['"`]https?://""")
"""A download URL its user can replace with a setting (`process.env.ELECTRON_MIRROR || 'https://…'`, an npm config
variable `chromedriver_cdnurl`): an installer's mirror option."""
DETACHED = re.compile(rb"\bdetached\s*:\s*(true|!0)\b")
HIDDEN_WINDOW = re.compile(r"(^|\s)-(WindowStyle|win|w)\s+['\"]?hidden\b", re.I)
DETACHED_SPAN = 3
"""Lines from a process call to the `detached: true` of its options."""
CI_CHECK = re.compile(rb"""\benv\.CI\b|\benv\[['"]CI['"]\]|['"](is-ci|ci-info)['"]""")
"""The file asks whether it runs in CI: a dropper that leaves its download running skips CI, where builds are watched
and machines are thrown away (blind set 49's ffprobe locator, `if (!process.env.CI) startHelper()`)."""


@rule("download-execute", title="Downloads a file and runs it",
      description="A network call, a file write and a chmod or exec that run together, in functions that are parts "
                  "of one behaviour (one function reaches all three within a few calls; a bundle's modules that share "
                  "only its loader are not); low when every URL is on a well-known host, medium when the URL is built "
                  "at run time; at least high when the download comes from a bare IP address (critical when it runs or the "
                  "application calls it); at most medium when the code compares what it "
                  "downloaded with a digest (an installer that pins its release's sha256: the binary is fixed when the "
                  "package is published, as a shipped one is), or lets its user replace the download host with a setting (a mirror "
                  "option: `process.env.X_CDNURL || 'https://…'`). Critical at install when the download is started "
                  "detached, in the background, from a host that is not a well-known one; high for the same in a function "
                  "the application calls or a command of the package (a bin), critical when its window is hidden as well (`powershell -WindowStyle Hidden`), the "
                  "file hides the host (decoded, never written), schedules something to run again (crontab, schtasks, launchctl) or "
                  "asks whether it runs in CI (where it would be watched) or unpacks the download with a password it holds "
                  "(`unzip -P`, `7z x -p`: kept from scanners), or deciphers it before writing it (a decipher, a repeating-key XOR), "
                  "or names a font's or an image's file (`InterVar-Regular.woff2`: the stage saved under a data file's name). A command line under nohup/setsid or ended with `&` starts "
                  "its program in the background too.",
      category="dropper", consumes=("call", "new", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for level, facts in view.groups():
        digest = False
        run = _one_behaviour(view, facts)
        if run is None and (level in ("install", "module") or view.called_by_app(facts[0])) \
                and (helped := _one_behaviour(view, facts, helpers=True)) is not None and starts_detached(view, helped):
            # A download made through the package's own helper module counts when what it fetched is left running
            # (blind set 46's hosts-list builder ran the "tasks" of a signed manifest so): binary installers fetch
            # through such helpers and leave the binary for the package to run.
            run = helped
        if run is not None:
            # Strings that are URLs, not messages that mention one ("See https://turbo.build/... for help").
            urls = [f.value for f in facts if f.kind == "string" and P.URL.search(f.value) and not any(c.isspace() for c in f.value.strip())]
            trusted = urls and all(trusted_host(u) for u in urls)
            raw_ip = any(sends(f) and view.labels(f) & F.RAW_IP for f in facts)
            severity, confidence = view.grade(GRID, level)
            disguise = None
            if raw_ip:
                # No installer fetches its binary from a bare IP address: a dropper, whenever it runs.
                severity, confidence = max(severity, RAW_IP[0]), max(confidence, RAW_IP[1])
                if level != "deferred" or view.run_by_app(run):  # (a response callback of a function the app calls too)
                    severity, confidence = RAW_IP_RUN
            elif not trusted and (level in ("install", "module") or view.called_by_app(run)) and starts_detached(view, run):
                # (also from a command of the package, `netinfo`, that leaves what it downloaded running after each run)
                # (with its window hidden from the user, `powershell -WindowStyle Hidden -File <download>`, or from a host the
                # file hides, decoded and never written: wherever it runs)
                # (or that the file also schedules to run again, `crontab` or `schtasks /create`: a library's helper
                # does not outlive the call, blind set 44's Nightwatch globals)
                # (or unpacks it with a password the code holds, `unzip -P <pw>`, `7z x -p<pw>`: a password on a
                # download serves only to keep scanners out of it, blind set 52's PDF thumbnail CLI)
                disguise = _disguise(view, facts)
                severity, confidence = DAEMON if level == "install" or _hides_window(run) or view.hidden_url() is not None \
                    or _schedules(view) or CI_CHECK.search(view.text) or disguise else DAEMON_APP_CALLS
            elif trusted or (not urls and level == "deferred"):
                severity, confidence = TRUSTED
            elif not urls:
                severity, confidence = BUILT_URL
            elif (digest := verifies_download(view, facts)) or MIRROR_SETTING.search(view.text) is not None:
                # An installer pins what it downloads (the release's sha256, shipped in the package)
                # and refuses anything else; a dropper's server swaps payloads at will. An installer also lets its user
                # point the download at a mirror (`getNpmEnvVar('chromedriver_cdnurl') || 'https://…'`, node-sass's
                # SASS_BINARY_SITE): a dropper's host is not the user's to choose.
                severity, confidence = min(severity, VERIFIED[0]), min(confidence, VERIFIED[1])
            checked = not trusted and not raw_ip and (severity, confidence) == VERIFIED
            yield view.finding("download-execute", severity, confidence, "dropper",
                               "Downloads a file, writes it to disk and makes it executable or runs it"
                               + (" (from a well-known host)" if trusted else " (from a bare IP address)" if raw_ip
                                  else ", and starts it detached in the background"
                                  + (f" ({disguise})" if disguise else "")
                                  if (severity, confidence) in (DAEMON, DAEMON_APP_CALLS)
                                  else " (checked against a digest first, from a host that is not a well-known one)" if checked and digest
                                  else " (from a host that is not a well-known one, which a setting of its user can replace)"
                                  if checked else "")
                               + ".", run, level)
            return


ARCHIVE_PASSWORD = re.compile(r"(^|[\s/\\])unzip(\.exe)?\s(.*\s)?-P\s*\S|"
                              r"(^|[\s/\\])(7z|7za|7zr|unrar|rar|\$\{\*\})(\.exe)?\s+[xe]\s(.*\s)?-p\S")
"""An archive unpacked with a password on its command line (`unzip -P <pw> x.zip`, `7z x -p<pw> x.7z`, the 7-Zip
program found at run time)."""


DATA_FILE = re.compile(r"^\.?[\w-]+(\.[\w-]+)*\.(woff2?|ttf|otf|png|jpe?g|gif|ico|bmp|webp|mp3|mp4|wav|pdf)$", re.I)
"""A file name of a font, an image, a sound or a document."""


def _disguise(view: FileView, facts: list[Fact]) -> str | None:
    """How a behaviour that downloads a file and leaves it running keeps the file from its reviewers, in words: unpacked
    with a password the code holds (`unzip -P <pw>`, `7z x -p<pw>`: a password on a download keeps scanners out, blind
    set 52's PDF thumbnail CLI), saved under a font's or an image's name (the stage `InterVar-Regular.woff2` started
    with rundll32 or sh, blind set 52's log viewer: whoever lists the folder sees a font), or deciphered before it is
    written (`createDecipheriv`, a repeating-key XOR)."""
    if any(ARCHIVE_PASSWORD.search(text) for f in view.executions() for text in _command_lines(f)):
        return "unpacked with a password the code holds"
    masked = next((f.value for f in facts if f.kind == "string" and DATA_FILE.match(f.value)), None)
    if masked:
        return f"saved as {masked}, a data file's name"
    # (deciphered before it is saved, with a key the code holds: what a proxy or a scanner sees of the download is noise;
    # an installer's release is what its site serves, blind set 56's Arweave stage was XORed with a constant key)
    return "deciphered with a key the code holds" if any(writes_file(f) and view.labels(f) & F.DECRYPTED for f in facts) else None


def _schedules(view: FileView) -> bool:
    """A command line of the file registers something to run again at logon or on a timer (see `SCHEDULED`)."""
    return any(("cron" in f.value or "schtasks" in f.value or "launchctl" in f.value) and SCHEDULED.search(f.value)
               for f in view.of_kind("string"))


def starts_detached(view: FileView, run: Fact) -> bool:
    """A process started detached (`spawn(bin, args, { detached: true })`, or a command line that leaves it in the
    background, `exec('nohup /tmp/x >/dev/null 2>&1 &')`) by the behaviour `run` belongs to. A
    `fork` runs one of the package's own modules (@module-federation/dts-plugin 2.9.2 forks its type broker detached,
    in a file that also downloads type archives)."""
    command = run.args[0] if run.args and isinstance(run.args[0], str) else run.shapes[0] if run.shapes else ""
    if command and BACKGROUND.search(command):
        return True
    lines = [view.line_at(match.start())[0] for match in DETACHED.finditer(view.text)]
    return bool(lines) and any(executes(f) and not f.value.endswith("fork") and view.related(f.scope, run.scope)
                               and any(0 <= line - f.line <= DETACHED_SPAN for line in lines) for f in view.of_kind("call"))


def _hides_window(run: Fact) -> bool:
    """The program is started with its window hidden (`-WindowStyle Hidden`, `-w hidden`): what the user is not to see."""
    return any(HIDDEN_WINDOW.search(text) for text in (*[a for a in run.args if a], *run.shapes))


def sets_execute_bit(args: tuple[str | None, ...]) -> bool:
    """A chmod whose mode may set an execute bit (a constant mode without one, `0o600` or `'600'`, only
    protects the file)."""
    mode = args[1] if len(args) > 1 else None
    try:
        return mode is None or int(mode.removeprefix("0o"), 8) & 0o111 != 0
    except ValueError:
        return True


CHECKED_DIGEST = re.compile(r"""\.digest\(\s*['"](hex|base64)['"]\s*\)[^;\n]{0,80}(!==|===|!=|==)|(!==|===|!=|==)[^;\n]{0,80}\.digest\(""")
"""A digest computed and compared in one expression, or compared on a later line by the variable
that holds it (see `verifies_download`)."""


def verifies_download(view: FileView, facts: list[Fact]) -> bool:
    """The download is checked against a digest before it is kept: `createHash('sha256')` in the same
    code and a comparison with the digest (`if (sum !== checksums[asset]) throw ...`)."""
    if not any(f.kind == "call" and f.value.endswith("createHash") for f in facts):
        return False
    text = view.text.decode("utf-8", "replace")
    if CHECKED_DIGEST.search(text):
        return True
    held = re.findall(r"(?:const|let|var)\s+([\w$]+)\s*=\s*[^;\n]*\.digest\(", text)
    return any(re.search(r"\b" + re.escape(name) + r"\s*(!==|===|!=|==)|(!==|===|!=|==)\s*" + re.escape(name) + r"\b", text)
               for name in held[:5])


ARCHIVERS = re.compile(r"^(\S*/)?(tar|bsdtar|unzip|7z|7za|gunzip|xz|unxz|zstd)(\.exe)?(\s+[^;&|`$()]*)?$")
"""An archiver run on its own (`execFileSync('tar', ['-xzf', file])`, `exec('unzip -o x.zip')`): it unpacks the
download, it does not run it (what runs the unpacked program is another call)."""


def _extracts(f: Fact) -> bool:
    return bool(f.args) and f.args[0] is not None and ARCHIVERS.match(f.args[0].strip()) is not None


MAX_SCOPES = 40
"""Functions of each step looked at: a bundle has hundreds, and the first few settle it."""


def _command_lines(f: Fact) -> tuple[str, ...]:
    """The command lines an exec call runs: its shapes, and its arguments joined (a hole for each one not known)."""
    return (*f.shapes, " ".join(a or "${*}" for a in f.args))


def _fetches_to_file(f: Fact) -> bool:
    """A command that downloads to a file (`curl.exe -sko <zip> <url>`, `Invoke-WebRequest -OutFile`): a download and a
    write in one call."""
    return any(FETCH.search(text) is not None and next(saved_as(text), None) is not None for text in _command_lines(f))


def _one_behaviour(view: FileView, facts: list[Fact], helpers: bool = False) -> Fact | None:
    """The chmod or exec call of a download, a write and a run that belong to one behaviour (with `helpers`, a download
    may be made through a helper of another module of the package: `./fetch.getBuffer(task.url)`)."""
    runs = [f for f in facts if f.kind == "call" and ((f.value.startswith("fs.chmod") and sets_execute_bit(f.args))
                                                      or (executes(f) and not _extracts(f)))]
    if not runs:
        return None
    fetching = [f for f in runs if _fetches_to_file(f)]
    fetched = {f.scope for f in fetching}
    if fetching:  # (the download command is no run of what it saved)
        runs = [f for f in runs if f not in fetching]
    downloads = list(dict.fromkeys([f.scope for f in facts if sends(f) or (helpers and f.value.startswith(".")
                                                                           and view.helper_sends(f))] + sorted(fetched, key=str)))[:MAX_SCOPES]
    writes = list(dict.fromkeys([f.scope for f in facts if writes_file(f)] + sorted(fetched, key=str)))[:MAX_SCOPES]
    for run in runs[:MAX_SCOPES]:
        near_writes = [w for w in writes if view.related(w, run.scope)]
        if near_writes and any(view.related(d, run.scope) and any(view.related(d, w) for w in near_writes) for d in downloads):
            return run
    return None
