# Narrowing of an Optional local survives a loop or `try` block that only
# updates it by augmented assignment or assigns it literals (the value can
# never become None there); any other assignment drops it.
# (Found by difftest: findings/rejected_narrowing_lost_in_loop.py.)
from typing import Optional


def maybe(n: int) -> Optional[int]:
    return None if n % 2 else n


def grow() -> None:
    o: Optional[int] = 3
    if o is not None:
        w = 2
        while w > 0:
            w -= 1
            o *= 8
        d = {(1, 4): 2} if w > 0 else {(o, o): o}
        print(d, o + 1)
        for i in range(3):
            o += i
            if o > 200:
                o = 7
        print(o * 2)


def handler() -> None:
    f: Optional[float] = 1.5
    if f is not None:
        try:
            f *= 2.0
            f = 1e308
            f *= 10.0
            print(1 // int(f - f))
        except (ZeroDivisionError, ValueError) as e:
            print(type(e).__name__, max(f, 3.0))


def text() -> None:
    s: Optional[str] = "a"
    if s is not None:
        for c in "bcd":
            s += c
        print(s.upper(), len(s))
        try:
            print(int(s))
        except ValueError:
            # An index or slice of a string is a string (seed 1200660).
            s = "Zed".swapcase()[1:][:1] + s[0]
        print(s.rstrip("a"))
    # A string literal's `%` formatting of a tuple is a string too (seed
    # 1407823).
    t: Optional[str] = "t"
    if t:
        for i in range(2):
            print(", ".join([c for c in t]))
            t = "%d-%s" % (i, t)
            t = "<" + t + ">" * i
        print(t.upper())


def computed(n: int) -> None:
    # Assigned values computed from scalars by operators and built-in
    # functions are never None either (found by difftest, seeds 1005500
    # and 1005874).
    o: Optional[float] = 2.5
    if o is not None:
        w = 2
        while w > 0:
            w -= 1
            o = max(o, o, 1.0) + float(w)
        print(o)
        for i in range(n):
            o = abs(0.1) % (abs(o) + 1.0) + float(i) * 2
            t = f"{o:.3f}"
        print(o, len(t))
    k: Optional[int] = n
    if k is not None:
        for i in range(3):
            k = round(k * 1.5) - len(str(i))
        print(k + 1)
    m: Optional[int] = 1
    if m:
        for c in "xy":
            print(float(m))
            m = 42 % max(8, 1) if c == "x" else "racecar".rfind(c) or len(c)
        print(m)


def reassigned(p: Optional[int], s: str) -> None:
    # Assigned another Optional variable: may be None, narrowing dropped.
    o: Optional[int] = 1
    if o is not None:
        for i in range(2):
            print(o)
            o = p
        print(o)
    # A swap with a str keeps a narrowed str narrowed (seed 1201882).
    t: Optional[str] = "t"
    if t:
        try:
            s, t = t, s
            print(int(s))
        except ValueError:
            pass
        print(len(t), t.upper(), s)


def twice(n: int) -> int:
    return 2 * n


def kept_by_call() -> None:
    # A function declared to return `int` never returns None: assigning its
    # result keeps the narrowing.
    o: Optional[int] = 1
    if o is not None:
        for i in range(3):
            o = twice(o) + i
        print(o + 1)
    s: Optional[str] = "s"
    if s is not None:
        while len(s) < 4:
            s = str(twice(len(s))) + s
        print(s.upper())


def self_assigned(o0: Optional[float], n0: int) -> None:
    # A variable assigned a value computed from itself keeps its narrowing:
    # it was not None before (difftest seed 1449492). Another variable
    # assigned it does not.
    if o0 is not None:
        for x0 in range(3):
            o0 = o0 if 1000 > n0 else o0
            o0 = -o0 if x0 else o0 * 2
            print("%8.3f" % o0)
        print(o0 + 1.0)
        # `sum` always gives a number (difftest seed 1460993).
        for x0 in range(2):
            o0 = sum(0.25 if x0 else o0 for v1 in "ab") + 0.0
        print(o0 * 2)
    p: Optional[float] = 1.0
    if o0 is not None and p is not None:
        for i in range(2):
            o0, p = o0, o0
        print(o0 + 1, p)


def dropped() -> None:
    # Assigned a call's result in the loop: narrowing does not survive it.
    o: Optional[int] = 4
    if o is not None:
        for i in range(3):
            o = maybe(i)
        print(o)
        if o is not None:
            print(o + 1)
    p: Optional[int] = 2
    if p is not None:
        k = 0
        while k < 2:
            p = None if k else p
            k += 1
        print(p)


def in_try(n: int) -> None:
    # The body of a `try` starts narrowed even if it assigns the variable
    # later; a handler does not (the assignment may have run).
    o: Optional[int] = 5
    if o is not None:
        try:
            print(o + 1)
            o = maybe(n)
            print(10 // n)
        except ZeroDivisionError:
            print("handler", o)
        print(o)


grow()
handler()
in_try(0)
in_try(1)
in_try(2)
text()
computed(3)
reassigned(None, "s")
reassigned(5, "q")
kept_by_call()
self_assigned(1.25, 3)
self_assigned(None, 3)
self_assigned(0.5, 2000)
dropped()
