# Nested try statements: inner handlers first, unhandled inner exceptions reach the outer handler, handlers that raise.


def parse_pair(s: str) -> tuple[int, int]:
    parts = s.split(",")
    try:
        a = int(parts[0])
        try:
            b = int(parts[1])
        except IndexError:
            print("  inner: no second part, using 0")
            b = 0
        return (a, b)
    except ValueError as e:
        print("  outer: bad number:", e)
        return (-1, -1)


def main() -> None:
    for s in ["1,2", "7", "x,3", "4,y", "5,6,7"]:
        print(repr(s), parse_pair(s))
    trace: list[str] = []
    try:
        trace.append("L1")
        try:
            trace.append("L2")
            try:
                trace.append("L3")
                _ = [1][3]
            except KeyError:
                trace.append("L3 KeyError (no)")
            trace.append("after L3 (no)")
        except IndexError as e:
            trace.append("L2 caught " + str(e))
            try:
                _ = {"a": 1}["b"]
            except KeyError as e2:
                trace.append("L2 nested caught " + str(e2))
        trace.append("after L2")
        try:
            raise ValueError("from L1 body")
        except ValueError as e:
            trace.append("handler raising")
            raise RuntimeError("handler failed: " + str(e))
    except RuntimeError as e:
        trace.append("outermost " + str(e))
    for t in trace:
        print(t)
    count = 0
    for i in range(4):
        try:
            try:
                if i % 2 == 0:
                    raise ValueError(str(i))
                count += 10
            except ValueError:
                count += 1
                if i == 2:
                    raise
        except ValueError as e:
            print("re-raised for", e)
            count += 100
    print("count", count)


if __name__ == "__main__":
    main()
