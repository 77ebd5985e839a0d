# str.format with automatic {} and explicit {0} positional fields, format specs, conversions and brace escapes.


def main() -> None:
    print("{} + {} = {}".format(2, 3, 2 + 3))
    print("{0} {1} {0}".format("a", "b"))
    print("{1}{0}{1}".format("x", "y"))
    print("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]".format("r", "l", "c", "mid"))
    print("[{0:>6d}] [{0:<6x}] [{0:#b}] [{0:+,}] [{1:.3f}] [{1:e}] [{1:.1%}]".format(1234, 0.56789))
    print("{:,} {:_} {:08.3f} {:+.2e} {:g} {:G}".format(1234567, 7654321, -3.14159, 12345.678, 1e-10, 1e20))
    print("{0!r} {0!s} {0!r:>10}|".format("q"), "{!r} {!s}".format("it's", 1.5))
    print("{} {}".format([1, 2], {"k": (1, 2.5)}))
    print("{{}} {{{}}} {{0}}".format(7))
    print("{0}{0}{0}".format("ab"), "{}".format(""), "no fields".format())
    rows = [("alice", 93.5, 1), ("bob", 71.25, 12), ("christine", 88.0, 3)]
    for name, score, rank in rows:
        print("{:<10}|{:>7.2f}|{:>4d}|".format(name, score, rank))
    print("{0:.2f}/{1:.2f} = {2:.4f}".format(1.0, 3.0, 1.0 / 3.0))
    print("{0}-{1}-{2}".format(2024, "01", 9), "{0}-{1}-{2}".format("a", "b", "c"))
    print("{:x} {:X} {:o} {:b} {:#o}".format(255, 255, 8, 5, 8))
    print("{:5}|{:<5}|{:>5}|{:^5}|".format(1, 2, 3, 4))
    print("{:5}|{:<5}|{:>5}|{:^5}|".format("a", "b", "c", "d"))
    print("{:.3}|{:.3s}|{:10.3}|".format("abcdef", "ghijkl", "mnopqr"))
    print("{0} is {1} years".format("Ann", 31), "{1} {0}".format(True, None))
    print("{:😀^7}".format("é"), "{:>4}".format("漢字"))
    print("{:.0f} {:.0f} {:.0f} {:.1f}".format(0.5, 1.5, 2.5, 0.25))
    print("{:%} {:.2%}".format(0.5, 1.0 / 3.0))


if __name__ == "__main__":
    main()
