# Regression (found by difftest, seed 1005968, was a miscompile): an exception
# raised by the function of map() or filter() passed by the enclosing try
# (the call was not an invoke), ending the program instead.
def main() -> None:
    try:
        print('Zed', list(map(lambda q0: 'smile'.index('o'), [65535, -10, 3])))
    except ValueError as e0:
        print('caught', repr(e0))
    try:
        print(set(list(map(lambda q0: 'smile'.index('o'), [65535, -10, 3]))))
    except ValueError as e0:
        print('caught', repr(e0))
    xs = [3, 0, 2]
    try:
        print(list(filter(lambda v: 6 // v > 1, xs)))
    except ZeroDivisionError as e:
        print("caught", e)
    total = 0
    try:
        for x in map(lambda v: 12 // v, [1, 2, 0, 4]):
            total += x
            print("partial", total)
    except ZeroDivisionError as e:
        print("caught after", total, e)
    finally:
        print("finally", total)


main()
