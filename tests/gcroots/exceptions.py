# Collector roots: data held in exception objects while they are raised,
# caught, kept and re-raised.
#
# Exceptions carry lists, strings and objects built at run time; garbage is
# allocated while they are in flight (in `finally` blocks, in handlers,
# between a raise and the handler that catches it several frames up), and
# their contents are checked after more churn.


class Payload:
    def __init__(self, tag: str, values: list[int]) -> None:
        self.tag = tag
        self.values = values


class AppError(Exception):
    def __init__(self, msg: str, data: list[str], payload: Payload) -> None:
        super().__init__(msg)
        self.data = data
        self.payload = payload


class Wrapped(Exception):
    pass


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        junk = [str(i)] * 4
        total += len("-".join(junk))
    return total


def fail(depth: int, tag: str) -> int:
    if depth == 0:
        data = [tag + ":" + str(k) for k in range(20)]
        raise AppError("failed " + tag, data, Payload(tag.upper(), list(range(30))))
    try:
        return fail(depth - 1, tag) + 1
    finally:
        # Runs while the AppError is in flight.
        churn(5)


def lookup(d: dict[tuple[str, int], str], name: str, n: int) -> str:
    return d[(name + "!", n)]


def main() -> None:
    kept: list[AppError] = []
    for i in range(12):
        try:
            fail(8, "t" + str(i))
        except AppError as e:
            churn(20)
            kept.append(e)
    churn(200)
    for e in kept[:3] + kept[-2:]:
        print(str(e), e.data[0], e.data[-1], e.payload.tag, sum(e.payload.values))
    print(len(kept), sum(len(e.data) for e in kept))

    # Runtime errors carrying values built at run time.
    d = {("a!", 1): "x"}
    keys: list[str] = []
    for i in range(10):
        try:
            lookup(d, "name" + str(i), i)
        except KeyError as e:
            churn(10)
            keys.append(repr(e))
    print(keys[0], keys[-1])

    # An exception raised while another is handled (its __context__), and
    # one raised from another (its __cause__), checked after churn.
    messages: list[str] = []
    for i in range(6):
        try:
            try:
                fail(3, "inner" + str(i))
            except AppError as inner:
                churn(15)
                raise Wrapped("outer " + str(i) + " " + str(inner)) from inner
        except Wrapped as w:
            churn(15)
            messages.append(str(w) + " / " + repr(w))
    print(messages[0])
    print(messages[-1])

    # Re-raising after churn in the handler.
    count = 0
    for i in range(5):
        try:
            try:
                fail(2, "re" + str(i))
            except AppError:
                churn(25)
                raise
        except AppError as e:
            count += len(e.data) + len(e.payload.values)
    print("reraised", count)

    # Recursion errors, caught, with the recursion's allocations dropped.
    depth_errors = 0
    for i in range(3):
        try:
            deep("r" * 10)
        except RecursionError as e:
            churn(50)
            depth_errors += 1
            print("recursion", str(e))
    print(depth_errors)

    # Finally the last exception is not caught: its report (traceback,
    # chained context) is printed after all the churn.
    try:
        fail(2, "final")
    except AppError as e:
        churn(100)
        raise Wrapped("giving up: " + e.data[3])


def deep(s: str) -> str:
    return deep(s + "x")


main()
