"""The analyzer's CPU-time budget reads the thread's CPU time, not the wall clock."""

from __future__ import annotations

import time

from npmward.analyzers.code.budget import Budget, thread_seconds


def _spin(seconds: float) -> None:
    """Work until this thread has used `seconds` of CPU (measured by the reference clock: a loaded machine stretches
    the wall time it takes)."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_thread_seconds_counts_this_threads_cpu_time():
    before, ref = thread_seconds(), time.thread_time()
    _spin(0.3)
    used, ref_used = thread_seconds() - before, time.thread_time() - ref
    assert ref_used >= 0.3 and abs(used - ref_used) < 0.05


def test_sleeping_does_not_spend_the_budget_and_working_does():
    budget = Budget.seconds(0.2)
    time.sleep(0.3)
    assert not budget.expired()
    _spin(0.35)
    assert budget.expired()


def test_the_lookups_asked_for_every_call_stay_cached():
    # (a helper inserted between `@lru_cache` and `_by_name` once took the cache for itself: 200,000 uncached lookups
    # in next 14.0.4, and a cache keyed by whole files)
    import inspect

    from npmward.analyzers.code import calls

    assert hasattr(calls._by_name, "cache_info") and hasattr(calls._acts, "cache_info")
    cached = [f for f in vars(calls).values() if callable(f) and hasattr(f, "cache_info")]
    assert not [f for f in cached if "bytes" in str(inspect.signature(f.__wrapped__))], "a cache keyed by whole files"
