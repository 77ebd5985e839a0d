"""Time access, as CPython's built-in ``time`` module (the clocks and ``sleep``).

The clocks are the runtime's (``crates/runtime/src/clock.rs``), read as
CPython reads them on Linux; ``sleep`` makes CPython's checks first. Like
every library function these record no traceback frames of their own.
"""

# mypy: disable-error-code="empty-body"

from _multigen import extern


@extern
def time() -> float:
    """Seconds since the Epoch, as a float."""
    ...


@extern
def time_ns() -> int:
    """Nanoseconds since the Epoch, as an int."""
    ...


@extern("mg_time_monotonic")
def monotonic() -> float:
    """A clock that cannot go backward, in seconds."""
    ...


@extern("mg_time_monotonic_ns")
def monotonic_ns() -> int:
    """monotonic() in nanoseconds."""
    ...


@extern("mg_time_monotonic")
def perf_counter() -> float:
    """The performance counter (CPython's is the monotonic clock on Linux)."""
    ...


@extern("mg_time_monotonic_ns")
def perf_counter_ns() -> int:
    """perf_counter() in nanoseconds."""
    ...


@extern
def process_time() -> float:
    """The CPU time of the process (user and system), in seconds."""
    ...


@extern
def process_time_ns() -> int:
    """process_time() in nanoseconds."""
    ...


@extern("mg_time_sleep")
def _sleep(secs: float) -> None: ...


def sleep(secs: float, /) -> None:
    """Delay execution for a given number of seconds."""
    s = float(secs)
    if s != s:
        raise ValueError("Invalid value NaN (not a number)")
    if s < 0.0:
        raise ValueError("sleep length must be non-negative")
    _sleep(s)
