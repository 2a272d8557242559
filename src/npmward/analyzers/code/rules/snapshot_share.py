"""Cloud snapshots shared with an account the package names: the data leaves with no byte sent over the network."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..view import FileView
from . import rule

SHARING = linear_re.compile_bytes(rb"modify-(db-|db-cluster-)?snapshot-attribute|modify-image-attribute|"
                                  rb"modify(DB|DBCluster)?SnapshotAttribute|modifyImageAttribute", ignore_case=True)
"""The EC2 and RDS calls that open a snapshot or an image to other accounts (CLI and SDK spellings)."""
GRANTEE = re.compile(rb"""['"]--(?:user-ids|values-to-add)['"]\s*,\s*([\w$.]+)|\b(?:ValuesToAdd|UserIds?)\s*:\s*\[?\s*\{?\s*"""
                     rb"""(?:UserId\s*:\s*)?([\w$.]+|['"]\d{12}['"])""")
"""The account a sharing call grants: the word after `--user-ids`/`--values-to-add`, or `ValuesToAdd: [x]`,
`UserId: x`, `Add: [{ UserId: x }]`."""


def _named_by_package(text: bytes, grantee: bytes) -> bool:
    """The grantee is a literal, or a variable the file sets to a literal or to char codes: an account the package
    chose, not one its user passed."""
    if grantee[:1] in (b"'", b'"'):
        return True
    return re.search(rb"\b(?:const|let|var)\s+" + re.escape(grantee) + rb"\s*=\s*(?:['\"`]|\[\s*\d|String\.fromCharCode)", text) is not None


@rule("snapshot-share", title="Shares cloud snapshots with an account it names",
      description="Code that opens EC2 or RDS snapshots or machine images (modify-snapshot-attribute "
                  "createVolumePermission, modify-db-snapshot-attribute restore, ModifyDBSnapshotAttribute ValuesToAdd) "
                  "to an AWS account the package itself names, as a literal, a constant or char codes: whoever owns that "
                  "account restores full copies of the disks and databases. A tool that shares with an account its user "
                  "passes is not this. Critical at install, at load or in code the application runs; high otherwise.",
      category="exfiltration", consumes=("text", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if not view.mentions(SHARING):
        return
    for match in GRANTEE.finditer(text):
        grantee = match.group(1) or match.group(2)
        if not _named_by_package(text, grantee):
            continue
        share = view.call_near(match.start())
        if share is None:
            return
        yield view.finding("snapshot-share", *view.unmistakable(share), "exfiltration",
                           f"Shares the account's snapshots with an account the package names ({grantee.decode()[:40]}), "
                           f"{view.run_text(share)}: its owner restores copies of the disks and databases.",
                           share, view.level(share))
        return
