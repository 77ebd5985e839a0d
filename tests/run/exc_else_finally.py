# try/except/else/finally: else runs only without an exception, finally always, in the order CPython runs them.


def divide(a: int, b: int) -> None:
    try:
        q = a // b
    except ZeroDivisionError:
        print("  except: division by zero")
    else:
        print("  else: quotient", q)
    finally:
        print("  finally for", a, b)


def parse_all(items: list[str]) -> list[int]:
    out: list[int] = []
    for s in items:
        try:
            v = int(s)
        except ValueError:
            print("  skip", repr(s))
            continue
        else:
            out.append(v)
        finally:
            print("  checked", repr(s))
    return out


def main() -> None:
    divide(7, 2)
    divide(1, 0)
    print(parse_all(["1", "x", "30", "4.0", "-2"]))
    log: list[str] = []
    for i in range(3):
        try:
            log.append("try" + str(i))
            if i == 1:
                raise ValueError("bad " + str(i))
        except ValueError as e:
            log.append("except " + str(e))
        else:
            log.append("else" + str(i))
        finally:
            log.append("finally" + str(i))
    print(log)
    try:
        print("only try/finally")
    finally:
        print("finally after success")
    n = 0
    try:
        n = int("17")
    except ValueError:
        n = -1
    else:
        n *= 2
    print(n)


if __name__ == "__main__":
    main()
