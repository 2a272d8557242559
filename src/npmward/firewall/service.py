"""Building and running the firewall: the pipeline, the gate, the upstreams, the ASGI server.

`serve` runs it in the foreground; `install` runs it in a thread for the duration of one package
manager command (`running_firewall`). Both bind 127.0.0.1 only: plain HTTP, no certificate, and
nothing on the network can reach it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import UsageError
from ..pipeline import Pipeline, Stages
from ..registry.npmrc import NpmConfig
from .app import Firewall
from .gate import Gate
from .upstream import Upstreams
from .verdicts import DecisionLog, VerdictStore

HOST = "127.0.0.1"


def in_ci() -> bool:
    """CI fails closed whatever the config says (`CI` set to anything but false/0/empty)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def default_log_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / "firewall" / "decisions.jsonl"


@dataclass(frozen=True)
class FirewallOptions:
    """How one firewall runs (from settings, the command line and the environment)."""

    port: int = 0
    """0 picks a free port."""
    registry: str | None = None
    """Default upstream registry; None uses the npm configuration's."""
    log: Path | None = None
    """Decision log (JSON lines); None: `<cache>/firewall/decisions.jsonl`."""
    dynamic: str = "off"
    """Also run uncertain packages and install hooks in the sandbox (`auto`) or all (`all`)."""


def build_firewall(pipeline: Pipeline, options: FirewallOptions) -> tuple[Firewall, list[str]]:
    """The firewall for a pipeline, and the warnings to show before it serves. Refuses to start
    without an advisory database unless the firewall fails open (never in CI)."""
    settings = pipeline.settings
    fail_open = settings.firewall_fail_open and not in_ci()
    config: NpmConfig = pipeline.npm_config
    if options.registry:
        from dataclasses import replace

        config = replace(config, registry=options.registry if options.registry.endswith("/") else options.registry + "/")
        pipeline.npm_config = config
    store = VerdictStore(Path(settings.cache_dir) / "firewall" / "verdicts.sqlite", pipeline.identity)
    log = DecisionLog(options.log or default_log_path(settings.cache_dir))
    gate = Gate(pipeline, store, log, wait=settings.firewall_wait, fail_open=fail_open,
                stages=Stages(dynamic=options.dynamic))
    warnings = []
    status = gate.advisory_status()
    if not status.total:
        message = (f"the advisory database {status.path} is empty, so known malware cannot be refused; "
                   "run `npmward db update` (or `npmward db import FILE|DIR|ZIP`)")
        if not fail_open:
            raise UsageError(message + ("; CI fails closed" if in_ci() else
                                        "; set firewall_fail_open: true in the user's config to run without it"))
        warnings.append(f"WARNING: {message}; serving anyway because firewall_fail_open is set")
    else:
        warnings.extend(status.warnings())
    if fail_open:
        warnings.append("WARNING: the firewall fails open: a package whose analysis fails or is too slow is served")
    upstreams = Upstreams(config, verify=pipeline.client().tls_verify())
    return Firewall(gate, upstreams), warnings


def bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    sock.listen(1024)
    return sock


def _server(firewall: Firewall, quiet: bool):
    import uvicorn

    config = uvicorn.Config(firewall.app(), log_level="warning" if quiet else "info", access_log=not quiet,
                            lifespan="on", timeout_keep_alive=30, backlog=1024)
    return uvicorn.Server(config)


def serve_forever(firewall: Firewall, port: int, on_ready) -> None:
    """Serve in the foreground until interrupted."""
    sock = bind(port)
    on_ready(f"http://{HOST}:{sock.getsockname()[1]}/")
    _server(firewall, quiet=False).run(sockets=[sock])


@contextlib.contextmanager
def running_firewall(firewall: Firewall, port: int = 0) -> Iterator[str]:
    """Serve in a background thread; yields the registry URL (`http://127.0.0.1:PORT/`)."""
    sock = bind(port)
    server = _server(firewall, quiet=True)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="npmward-firewall", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise UsageError("the firewall's server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{HOST}:{sock.getsockname()[1]}/"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
