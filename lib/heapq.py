"""Heap queue algorithm (a.k.a. priority queue), as CPython's ``heapq``.

Heaps are lists for which ``a[k] <= a[2*k+1]`` and ``a[k] <= a[2*k+2]`` for
every k; ``a[0]`` is the smallest item. The functions follow CPython's C
accelerator ``_heapq``: items are compared with ``<`` only (so tuples and
objects defining ``__lt__`` work), in the same order, and an empty heap
raises ``IndexError: index out of range``. Like every library function they
record no traceback frames of their own, as C functions have none.

``nlargest`` and ``nsmallest`` return what CPython's return (the stable
``sorted(iterable, key=key)[:n]``, reversed for ``nlargest``); they may make
a different number of comparisons, which only a ``__lt__`` with side effects
could notice (docs/stdlib.md).
"""

from typing import Any, Callable, Iterable, Protocol, TypeVar


class _SupportsLessThan(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


T = TypeVar("T", bound=_SupportsLessThan)
U = TypeVar("U")
K = TypeVar("K", bound=_SupportsLessThan)


def _siftdown(heap: list[T], startpos: int, pos: int) -> None:
    """Moves the item at `pos` up towards `startpos` while it is smaller
    than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap: list[T], pos: int) -> None:
    """Moves the smaller child up until a leaf, then the item at `pos`
    into place (CPython's `siftup`, which makes fewer comparisons than
    sifting down with two per level)."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap: list[T], item: T, /) -> None:
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap: list[T], /) -> T:
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap: list[T], item: T, /) -> T:
    """Pop and return the current smallest value, and add the new item."""
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap: list[T], item: T, /) -> T:
    """Push item on the heap, then pop and return the smallest item."""
    if heap and heap[0] < item:
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem
    return item


def heapify(heap: list[T], /) -> None:
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    n = len(heap)
    for i in reversed(range(n // 2)):
        _siftup(heap, i)


def nsmallest(
    n: int, iterable: Iterable[U], key: Callable[[U], K] | None = None
) -> list[U]:
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]  # type: ignore[type-var]
    else:
        return sorted(iterable, key=key)[:n]


def nlargest(
    n: int, iterable: Iterable[U], key: Callable[[U], K] | None = None
) -> list[U]:
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]  # type: ignore[type-var]
    else:
        return sorted(iterable, key=key, reverse=True)[:n]
