"""Trust verification: pure functions over registry documents, attestation bundles and bytes.

Nothing here talks to the network. Each check returns `CheckResult`s that say, per check, whether it
was verified, failed (and why), or could not be checked (and why) — never "verified" by default.
"""

from .result import CheckResult, CheckStatus, TrustError  # noqa: F401
