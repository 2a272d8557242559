"""Triage: a person's decision about a finding in a project, with who and why, in the audit trail.

States: `new` (nobody looked), `confirmed` (real: act on it), `false_positive` (not true for this
project), `suppressed` (accepted until a date; it is open again after that). A monitor run never
changes a triage decision; only this function does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import UsageError
from . import now, record_event
from .models import Finding, Package, ProjectFinding

STATES = ("new", "confirmed", "false_positive", "suppressed")


def set_triage(session: Any, project_id: int, finding_id: int, state: str, actor: str, reason: str = "",
               until: dt.date | None = None) -> ProjectFinding:
    """Record a decision. A false positive or a suppression needs a reason; a suppression needs
    a date in the future."""
    if state not in STATES:
        raise UsageError(f"triage state must be one of {', '.join(STATES)}, not {state!r}")
    reason = " ".join((reason or "").split())[:2000]
    if state in ("false_positive", "suppressed") and not reason:
        raise UsageError(f"say why the finding is {state.replace('_', ' ')} (a reason is required)")
    if state == "suppressed":
        if until is None or until <= dt.date.today():
            raise UsageError("a suppression needs a date after today (until when it is accepted)")
    else:
        until = None
    row = session.get(ProjectFinding, (project_id, finding_id), with_for_update=True)
    if row is None:
        raise UsageError(f"finding {finding_id} is not a finding of project {project_id}")
    before = row.state
    row.state, row.state_until, row.state_by, row.state_reason, row.state_at = state, until, actor[:200], reason or None, now()
    finding = session.get(Finding, finding_id)
    package = session.get(Package, finding.package_id)
    record_event(session, actor, "triage", f"{package.name}@{package.version} {finding.rule}", project_id,
                 finding_id=finding_id, before=before, after=state, reason=reason,
                 until=until.isoformat() if until else None)
    return row
