"""The analyzer's own time budget per package.

The engine bounds a worker's time and memory from outside; this deadline lets the analyzer stop by
itself, keep every finding it made, and say what it did not read (`code/analysis-incomplete`),
so code that was not read is never reported clean.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

try:
    from resource import RUSAGE_THREAD, getrusage
except ImportError:  # (not Linux: no per-thread rusage)
    getrusage = None


def thread_seconds() -> float:
    """The CPU time of the calling thread. `getrusage(RUSAGE_THREAD)` where there is one: on this kind of virtual machine
    `time.thread_time()` costs 0.5 µs in a tight loop but 50-700 µs once the thread has worked since the last call
    (the kernel brings the running task's clock up to date first), 3 % of a batch scan's time spent on budget checks;
    getrusage reads the time accounted so far (at most a tick behind) in about 1 µs."""
    if getrusage is None:
        return time.thread_time()
    used = getrusage(RUSAGE_THREAD)
    return used.ru_utime + used.ru_stime

PACKAGE_SECONDS = 90.0
"""Reading time per package (CPU). Most packages take well under a second; next@14 (4,000 files,
bundles included) takes about a minute. It stays under the engine's default budget (120 s of CPU)
so that what was read is reported before the worker would be stopped."""
CHECKS_GRACE = 10.0
"""Extra time the rules get over what was read, once reading has used the budget up."""


@dataclass
class Budget:
    """A deadline, and what was left unread when it passed."""

    deadline: float
    """`thread_seconds()` value after which work stops: the CPU time of the analysing thread, so a
    busy machine does not make a package's code go unread (the engine's wall-clock timeout guards
    the rest). `process_time` would do too, but costs 40 µs a call here."""
    unread: list[str] = field(default_factory=list)
    """What was not (fully) read, in words: `lib/x.js (stopped at the time budget)`."""

    @classmethod
    def seconds(cls, seconds: float) -> "Budget":
        return cls(thread_seconds() + seconds)

    @classmethod
    def unlimited(cls) -> "Budget":
        return cls(float("inf"))

    def expired(self, grace: float = 0.0) -> bool:
        return thread_seconds() > self.deadline + grace
