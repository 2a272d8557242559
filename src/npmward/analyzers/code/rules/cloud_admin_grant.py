from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

ADMIN = re.compile(r"(^|[/:])AdministratorAccess$|^arn:aws:iam::aws:policy/IAMFullAccess$")
"""AWS managed policies that hand over the whole account."""
FOREIGN_ROOT = re.compile(r"^arn:aws:iam::(\d{12}):root$|^(\d{12})$")
"""Another account named outright: `arn:aws:iam::123456789012:root`, or its id given to AccountPrincipal."""
ROLE_LINES = 10
PRINCIPALS = ("AccountPrincipal", "ArnPrincipal", "AccountRootPrincipal")
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))


@rule("cloud-admin-grant", title="Gives a fixed outside AWS account admin rights",
      description="Infrastructure code (CDK, CloudFormation, the SDK) that attaches AdministratorAccess or IAMFullAccess "
                  "to a role (the same function, a few lines apart) that trusts an AWS account it names outright (`arn:aws:iam::<id>:root`, "
                  "`new AccountPrincipal('<id>')`): whoever owns that account administers every stack it is "
                  "deployed into. Vendors' integrations trust their own account with read-only or audit policies; "
                  "templates that grant admin take the account from their user.",
      category="backdoor", consumes=("call", "new", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    admins = [f for f in view.all if f.kind == "string" and ADMIN.search(f.value)]
    if not admins:
        return
    principals = [f for f in view.all if (f.kind == "string" and f.value.startswith("arn:") and FOREIGN_ROOT.match(f.value))
                  or (f.kind == "new" and f.value.rsplit(".", 1)[-1] in PRINCIPALS and f.args[:1] and f.args[0]
                      and FOREIGN_ROOT.match(f.args[0]))]
    # The principal and the policy of one role: the same function, a few lines apart.
    pair = next(((p, a) for p in principals for a in admins if p.scope == a.scope and abs(p.line - a.line) <= ROLE_LINES), None)
    if pair is None:
        return
    foreign, admin = pair
    level = view.level(foreign)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("cloud-admin-grant", severity, confidence, "backdoor",
                       f"Trusts the AWS account it names ({foreign.value if foreign.kind == 'string' else foreign.args[0]}) "
                       f"in code that grants {admin.value.rsplit('/', 1)[-1]}: an outside account administers "
                       "what it is deployed into.", foreign, level)
