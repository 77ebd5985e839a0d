# printf-style % formatting: %d %i %s %r %f %e %g %x %% with widths, precisions, flags and tuples.


def main() -> None:
    print("%d %i %s %r" % (42, -7, "str", "repr"))
    print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
    print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.0f|%.0f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.5, 3.5))
    print("%e|%.2e|%12.3e|%E" % (12345.678, 0.000123, -9.99e10, 1.0))
    print("%g|%g|%g|%g|%.3g|%10.2g|%G" % (0.0001, 0.00001, 123456.0, 1234567.0, 3.14159, 1234.0, 1e-10))
    print("%x|%#x|%5x|%-5x|%05x|%x" % (255, 255, 255, 255, 255, -255))
    print("100%% sure, %d%% done, %s%%" % (50, "x"))
    print("%s|%10s|%-10s|%.2s|%5.1s|" % ("abc", "right", "left", "trunc", "xyz"))
    print("%r|%r|%10r|%s" % ("it's", 'q"', "r", "list"))
    print("%s %s %s" % ([1, 2], (3,), {"k": 4}))
    print("%s" % [1, 2], "%s" % "single", "%d" % 7, "%r" % (None,))
    print("%s and %s" % (True, None), "%d" % True, "%d" % 3.99, "%i" % -2.5)
    print("%s %s" % (1.0, 1e20), "%r" % 0.1, "%s" % -0.0)
    print("%.3s|%s|%s" % ("héllo", "😀", "漢字"), "%5s|" % "é")
    print("%s%s" % (chr(65), chr(0x263A)))
    rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melon", 1, 3.0)]
    for name, qty, price in rows:
        print("%-8s %3d x %5.2f = %6.2f" % (name, qty, price, qty * price))
    total = 0.0
    for _, qty, price in rows:
        total += qty * price
    print("%-8s %18.2f" % ("total", total))
    print("%d items, %.1f%% of %s" % (len(rows), 100.0 * 2.0 / 3.0, "budget"))
    print("%08.3f|%-8.3f|%+8.3f" % (-1.5, -1.5, 1.5))
    print("%x %x %d" % (2 ** 40, 0, 2 ** 62))


if __name__ == "__main__":
    main()
