# `%c` with a literal format string: flags and precision are ignored as in
# CPython, and a code point out of range raises its OverflowError.
for n in [65, 0x1F600, 97]:
    print('%c|%5c|%-5c|%+c|%.3c|%#c' % (n, n, n, n, n, n))
for bad in [0x110000, -1]:
    try:
        print('%c' % bad)
    except OverflowError as e:
        print("OverflowError", e)
    except ValueError as e:
        print("ValueError", e)
print('%c' % 0x110000)
