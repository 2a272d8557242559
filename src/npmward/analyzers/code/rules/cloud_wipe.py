"""Every bucket of the cloud account emptied: the code lists all the account's buckets and, for each, deletes its
objects and versions or gives it a lifecycle rule that expires everything. The extortion and sabotage campaigns that
wipe S3 after a key leaks (Codefinger's SSE-C, 2025; the wipers behind cloud ransom notes) do it with the credentials
the package finds; a deploy tool cleans the one bucket its user names."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

LISTS_ALL = re.compile(r"(^|\.)(ListBucketsCommand|listBuckets)$")
"""Every bucket of the account (an S3 client's ListBuckets)."""
DESTROYS = re.compile(r"(^|\.)(DeleteObjectsCommand|DeleteBucketCommand|PutBucketLifecycleConfigurationCommand|"
                      r"deleteObjects|deleteBucket|putBucketLifecycleConfiguration)$")
"""A bucket's objects or the bucket deleted, or a lifecycle rule (that expires what it holds) set on it."""
WORDS = any_word(b"ListBuckets", b"listBuckets")


@rule("cloud-wipe", title="Empties every bucket of the cloud account",
      description="Lists every S3 bucket of the account (ListBuckets) and, in the function that does or one it runs, "
                  "deletes objects or buckets or sets a lifecycle configuration: each bucket emptied or set to expire, "
                  "with the credentials the code runs with. Critical at install, at load or in code the application "
                  "runs; high in a function nothing is known to call. Deploy and cleanup tools act on the bucket their "
                  "user names.",
      category="destructive", consumes=("call", "new"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS):
        return
    facts = view.of_kind("new") + view.of_kind("call")
    lists = [f for f in facts if LISTS_ALL.search(f.value)]
    if not lists:
        return
    for listing in lists:
        reached = view.run_from({listing.scope})  # (callbacks count: `Buckets.map(async ({ Name }) => …)`)
        destroy = next((f for f in facts if DESTROYS.search(f.value) and f.scope in reached), None)
        if destroy is not None:
            severity, confidence = view.unmistakable(destroy)
            yield view.finding("cloud-wipe", severity, confidence, "destructive",
                               f"Lists every bucket of the account and runs {destroy.value.rsplit('.', 1)[-1]} on each, "
                               f"{view.run_text(destroy)}: the account's storage emptied.", destroy, view.level(destroy))
            return
