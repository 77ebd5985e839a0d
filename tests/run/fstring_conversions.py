# f-string !r and !s conversions on every type, containers inside f-strings, escaped braces and expressions.


def main() -> None:
    s = "it's"
    n = 42
    f = 0.1
    b = False
    xs = [1, 2]
    d = {"k": "v"}
    t = ("a", 1)
    st = {3}
    print(f"{s} {s!s} {s!r}")
    print(f"{n} {n!s} {n!r} {f} {f!r} {b} {b!r}")
    print(f"{xs} {xs!r} {d} {d!r} {t!s} {st!r}")
    print(f"{s!r:>10}|{s!s:<8}|{n!r:>5}|{xs!s:^12}|{t!r:*<14}|")
    print(f"{{literal}} {{{n}}} {{}}{n}{{")
    print(f"{n + 1} {n * 2:>5} {len(xs)} {xs[0]!r} {d['k']!r} {s.upper()} {s[::-1]!r}")
    print(f"{'nested ' + str(n)} {n if n > 10 else -n} {[x * 2 for x in xs]}")
    print(f"{None} {None!r} {str(None):>6}")
    names = ["o'neil", 'say "x"', "tab\t"]
    for nm in names:
        print(f"{nm!s} -> {nm!r}")
    print(f"{names}")
    print(f"{1.0!s} {1e20!r} {-0.0!s} {float('nan')!r} {2**62}")
    zw = "\u200b"
    print(f"{'é'!r} {'😀'!r} {zw!r} {zw!s}|")
    print(f"{str(xs)!r} {repr(s)!s} {repr(repr(s))}")
    print(f"a{n}b{f}c{s}d")
    print(f"" == "", len(f"{n:>10}"), f"{n}" + f"{n}")


if __name__ == "__main__":
    main()
