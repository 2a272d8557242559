from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

ADMIN = re.compile(r"(^|[/:])AdministratorAccess$|^arn:aws:iam::aws:policy/IAMFullAccess$|"
                   r"^(iam|lambda|s3|sts|kms|secretsmanager|ssm|ec2|dynamodb):\*$")
"""AWS managed policies that hand over the whole account, and every action of a service (`lambda:*`, given to another
account by a function's resource policy)."""
FOREIGN_ROOT = re.compile(r"^arn:aws:iam::(\d{12}):(root|role/[\w+=,.@/-]+|user/[\w+=,.@/-]+)$|^(\d{12})$")
"""Another account named outright: `arn:aws:iam::123456789012:root`, one of its roles or users, or its id given to
AccountPrincipal."""
ROLE_LINES = 10
ANYONE = ("system:anonymous", "system:unauthenticated")
"""Kubernetes' user and group of requests that present no credentials."""
PRINCIPALS = ("AccountPrincipal", "ArnPrincipal", "AccountRootPrincipal")
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))


def _admin(value: str) -> bool:
    # (the words one of which every match holds, looked for first: plain searches are many times faster than the pattern)
    return ("AdministratorAccess" in value or "IAMFullAccess" in value or ":*" in value) and ADMIN.search(value) is not None


@rule("cloud-admin-grant", title="Gives outsiders admin rights over a cloud account or a cluster",
      description="Infrastructure code (CDK, CloudFormation, the SDK) that attaches AdministratorAccess or IAMFullAccess "
                  "to a role (the same function, a few lines apart), or grants every action of a service (`lambda:*`), "
                  "to an AWS account, role or user it names outright (`arn:aws:iam::<id>:root`, "
                  "`new AccountPrincipal('<id>')`, a module constant its functions grant to): whoever owns that account administers every stack it is "
                  "deployed into. Vendors' integrations trust their own account with read-only or audit policies; "
                  "templates that grant admin take the account from their user. Also Kubernetes' cluster-admin bound to "
                  "system:anonymous or system:unauthenticated (RBAC Buster), wherever the code runs; and a bucket access policy the "
                  "code writes (S3's PutBucketPolicy, Cloud Storage's IAM policy) naming an outside AWS role or user or a "
                  "Google Cloud member outright.",
      category="backdoor", consumes=("call", "new", "string"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    anonymous = _cluster_admin_for_anyone(view)
    if anonymous is not None:
        # Kubernetes' cluster-admin bound to every unauthenticated caller: anyone who reaches the API server
        # owns the cluster (RBAC Buster, 2023). No operator grants that to anyone.
        level = view.level(anonymous)
        yield view.finding("cloud-admin-grant", S.CRITICAL, C.HIGH, "backdoor",
                           f"Binds cluster-admin to {anonymous.value}: whoever reaches the cluster's API server, signed "
                           "in or not, administers the cluster.", anonymous, level)
        return
    yield from _storage_grant(view)
    admins = [f for f in view.of_kind("string") if _admin(f.value)]
    if not admins:
        return
    principals = [f for f in view.all if (f.kind == "string" and f.value.startswith("arn:") and FOREIGN_ROOT.match(f.value))
                  or (f.kind == "new" and f.value.rsplit(".", 1)[-1] in PRINCIPALS and f.args[:1] and f.args[0]
                      and FOREIGN_ROOT.match(f.args[0]))]
    # The principal and the policy of one role: the same function, a few lines apart; or the principal a constant of the
    # module that its functions grant to.
    pair = next(((p, a) for p in principals for a in admins
                 if (p.scope == a.scope and abs(p.line - a.line) <= ROLE_LINES) or (p.scope is None and a.scope is not None)), None)
    if pair is None:
        return
    foreign, admin = pair
    level = view.weaker(view.level(foreign), view.level(admin))
    severity, confidence = view.grade(GRID, level)
    yield view.finding("cloud-admin-grant", severity, confidence, "backdoor",
                       f"Trusts the AWS account it names ({foreign.value if foreign.kind == 'string' else foreign.args[0]}) "
                       f"in code that grants {admin.value.rsplit('/', 1)[-1]}: an outside account administers "
                       "what it is deployed into.", foreign, level)


STORAGE_POLICY_SET = re.compile(rb"PutBucketPolicy|putBucketPolicy|setIamPolicy|\.iam\.setPolicy\(|SetBucketIamPolicy")
"""A bucket's access policy written by the code (S3's PutBucketPolicy, Cloud Storage's IAM policy)."""
OUTSIDE_MEMBER = re.compile(r"^(?:serviceAccount|user|group):[\w.+-]+@(?![\w.-]*\bgoogle\.com$)[\w.-]+$")
"""A Google Cloud member named outright (`serviceAccount:sync@other-project.iam.gserviceaccount.com`); not Google's own
groups (@google.com: @google-cloud/storage 5.x grants `group:cloud-storage-analytics@google.com` the right to write
usage logs, as Cloud Storage's documentation says to)."""


def _storage_grant(view: FileView) -> Iterator[Finding]:
    """A bucket policy the code writes that names an outside principal outright: a role or user of another AWS account
    (`Principal: { AWS: 'arn:aws:iam::<id>:role/…' }`; an account's root is how AWS's own log-delivery accounts are
    named) or a Google Cloud member: the user's buckets readable and writable by whoever owns it. Deploy tools grant the
    CDN's service principal (`cloudfront.amazonaws.com`) or the account their user names."""
    if STORAGE_POLICY_SET.search(view.text) is None:
        return
    outside = next((f for f in view.of_kind("string") if (f.value.startswith("arn:") and (arn := FOREIGN_ROOT.match(f.value))
                                                          and arn.group(2) not in (None, "root"))
                    or OUTSIDE_MEMBER.match(f.value)), None)
    if outside is None:
        return
    # (a module constant is granted when a function writes the policy: graded as that function, not as the top level)
    level = view.level(outside) if outside.scope is not None else "deferred"
    severity, confidence = view.grade(GRID, level)
    yield view.finding("cloud-admin-grant", severity, confidence, "backdoor",
                       f"Writes a bucket access policy that names an outside principal outright ({outside.value[:100]}): "
                       "whoever owns it reads and writes the user's buckets.", outside, level)


def _cluster_admin_for_anyone(view: FileView):
    """`system:anonymous` or `system:unauthenticated` a few lines from `cluster-admin`, in one function."""
    admins = [f for f in view.of_kind("string") if f.value == "cluster-admin"]
    return next((f for f in view.of_kind("string") if f.value in ANYONE
                 and any(a.scope == f.scope and abs(a.line - f.line) <= ROLE_LINES for a in admins)), None) if admins else None
