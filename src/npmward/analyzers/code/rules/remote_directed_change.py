"""Changes to the user's cloud resources that a host the package names dictates: DNS hijacking through the
application's own credentials."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

MUTATION = re.compile(r"^(new\s+)?@aws-sdk/client-[\w-]+\.(Change|Put|Create|Update|Attach|Add|Modify|Authorize|Associate|"
                      r"Replace|Register)\w*Command$")
"""An AWS SDK v3 command that changes a resource (`ChangeResourceRecordSetsCommand`, `PutBucketPolicyCommand`)."""
NAMED_HOST = F.OTHER_HOST | F.RAW_IP | F.OOB_HOST


@rule("remote-directed-change", title="Applies cloud changes a remote host dictates",
      description="An AWS SDK command that changes the user's resources (Route 53 records, bucket policies, security "
                  "groups, …) given what a response from a host the package names returned: the package's server decides "
                  "what the application's own credentials change (DNSpionage and Sea Turtle redirected domains by "
                  "rewriting their records). A tool that applies a desired state the user points it to names no host.",
      category="traffic-hijack", consumes=("new",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    for fact in view.all:
        if fact.kind != "new" or not MUTATION.match(fact.value):
            continue
        labels = view.labels(fact)
        if labels & F.RECEIVED and labels & NAMED_HOST:
            severe = view.runs_now(fact)
            yield view.finding("remote-directed-change", S.CRITICAL if severe else S.HIGH, C.HIGH if severe else C.MEDIUM,
                               "traffic-hijack",
                               f"Changes the user's cloud resources ({fact.value.rsplit('.', 1)[-1]}) as a response from a host "
                               f"it names says, {view.run_text(fact)}.", fact)
            return
