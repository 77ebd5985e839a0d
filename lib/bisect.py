"""Bisection algorithms, as CPython's ``bisect``.

The functions follow CPython's C accelerator ``_bisect``: the items are
compared with ``<`` only (``item < x`` to the left, ``x < item`` to the
right), ``key`` is applied to the items of ``a`` but not to ``x`` (except by
``insort``, which inserts ``x`` where ``key(x)`` belongs), ``hi=None`` (or
``-1``) means ``len(a)``, and a negative ``lo`` raises ``ValueError: lo must
be non-negative``. Like every library function they record no traceback
frames of their own, as C functions have none.
"""

from typing import Any, Callable, MutableSequence, Protocol, Sequence, TypeVar


class _SupportsLessThan(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


U = TypeVar("U")
K = TypeVar("K", bound=_SupportsLessThan)


def _bounds(n: int, lo: int, hi: int | None) -> int:
    """The upper bound of the search (`hi`, or `n` for None and -1),
    after CPython's check of `lo`."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        return n
    if hi == -1:
        return n
    return hi


def bisect_right(
    a: Sequence[U],
    x: K,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[U], K] | None = None,
) -> int:
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.
    """
    end = _bounds(len(a), lo, hi)
    if key is None:
        while lo < end:
            mid = (lo + end) // 2
            if x < a[mid]:
                end = mid
            else:
                lo = mid + 1
    else:
        while lo < end:
            mid = (lo + end) // 2
            if x < key(a[mid]):
                end = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(
    a: Sequence[U],
    x: K,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[U], K] | None = None,
) -> int:
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.
    """
    end = _bounds(len(a), lo, hi)
    if key is None:
        while lo < end:
            mid = (lo + end) // 2
            if a[mid] < x:  # type: ignore[operator]
                lo = mid + 1
            else:
                end = mid
    else:
        while lo < end:
            mid = (lo + end) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                end = mid
    return lo


def insort_right(
    a: MutableSequence[U],
    x: U,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[U], K] | None = None,
) -> None:
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.
    """
    if key is None:
        i = bisect_right(a, x, lo, hi)  # type: ignore[type-var]
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(
    a: MutableSequence[U],
    x: U,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[U], K] | None = None,
) -> None:
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.
    """
    if key is None:
        i = bisect_left(a, x, lo, hi)  # type: ignore[type-var]
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


# CPython binds `bisect` and `insort` to the same functions; multigen
# cannot keep a generic function as a value, so they call them instead.
def bisect(
    a: Sequence[U],
    x: K,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[U], K] | None = None,
) -> int:
    """Alias of bisect_right."""
    return bisect_right(a, x, lo, hi, key=key)


def insort(
    a: MutableSequence[U],
    x: U,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[U], K] | None = None,
) -> None:
    """Alias of insort_right."""
    insort_right(a, x, lo, hi, key=key)
