"""A database's tables listed and sent where the code hides: a driver wrapper that copies the data out."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView, Grid
from . import rule
from ._chain import sinks, to_hidden_host

CATALOGUE = re.compile(rb"\binformation_schema\.(tables|columns)\b|\bsqlite_master\b|\bSHOW\s+(FULL\s+)?TABLES\b|"
                       rb"\blistCollections\(", re.I)
"""How code learns every table (or collection) of a database it is connected to."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))


@rule("db-dump", title="Lists a database's tables and sends to a hidden host",
      description="Code that lists every table or collection of the database it is connected to "
                  "(information_schema, sqlite_master, SHOW TABLES, listCollections) in a file that sends to a host it "
                  "decodes from its own constants: the data copied out by a driver wrapper. ORMs and migration tools "
                  "read the catalogue and talk to the database, or to a host they name.",
      category="exfiltration", consumes=("flows", "call", "text"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    # (the host decoded from char codes or base64, or a URL the file never writes; the sinks first:
    # other rules have found them already, the file's text is read only then)
    sink = next((s for s in sinks(view) if s.destination & F.REMOTE and s.labels & (F.UNPACKED | F.DECODED)
                 or to_hidden_host(view, s)), None)
    if sink is None or CATALOGUE.search(view.text) is None:
        return
    severity, confidence = view.grade(GRID, sink.level)
    yield view.finding("db-dump", severity, confidence, "exfiltration",
                       f"Lists the database's tables and sends to a host it hides ({sink.how}), "
                       f"{view.when_text(sink.level)}.", sink.fact, sink.level)
