"""A form field's value replaced, as the form is submitted, by a value the package hides: a payee or address swap."""

from __future__ import annotations

from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView
from . import rule

SUBMIT_LISTENERS = (".addEventListener", ".on", ".addListener")
HIDDEN = F.DECODED | F.RECEIVED


@rule("form-value-swap", title="Swaps a form field's value on submit",
      description="A submit handler (or what it calls) sets an input's value to data the package decodes from its own "
                  "constants or receives from a host it names: the payee's IBAN or a wallet address the user typed is "
                  "replaced as the form is sent (BackSwap, 2018, rewrote bank-transfer recipients in the page). A form "
                  "library formats or trims the value the user typed.",
      category="browser", consumes=("call", "assign"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    handlers = view.handed_to([f for f in view.all if (f.kind == "call" and f.value.endswith(SUBMIT_LISTENERS)
                                                        and f.args[:1] == ("submit",))
                               or (f.kind == "assign" and f.value.endswith(".onsubmit"))])
    if not handlers:
        return
    reached = view.run_from(handlers)
    for fact in view.all:
        if fact.kind == "assign" and fact.value.endswith(".value") and fact.scope in reached \
                and view.facts.fact_labels(fact) & HIDDEN:
            yield view.finding("form-value-swap", *view.unmistakable(fact), "browser",
                               f"Replaces a form field's value ({fact.value}) with data it hides (decoded from its own "
                               f"constants or received from a host it names) when the form is submitted, "
                               f"{view.run_text(fact)}: what the user typed (a payee, an address) is not what is sent.", fact)
            return
