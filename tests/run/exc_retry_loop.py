# Retry loops driven by exceptions: a flaky service that fails a fixed number of times, counters and backoff.


class Unavailable(Exception):
    def __init__(self, attempt: int) -> None:
        super().__init__(f"unavailable on attempt {attempt}")
        self.attempt = attempt


class Service:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def call(self, payload: int) -> int:
        self.calls += 1
        if self.calls <= self.failures:
            raise Unavailable(self.calls)
        return payload * 10


def with_retry(svc: Service, payload: int, max_tries: int) -> int:
    delay = 1
    for attempt in range(1, max_tries + 1):
        try:
            result = svc.call(payload)
            print(f"  attempt {attempt}: ok")
            return result
        except Unavailable as e:
            print(f"  attempt {attempt}: {e}, waiting {delay}")
            delay *= 2
    return -1


def main() -> None:
    for failures in [0, 2, 5]:
        svc = Service(failures)
        print("failures", failures, "->", with_retry(svc, 7, 4), "calls", svc.calls)
    inputs = ["3", "x", "5", "", "8", "nine"]
    idx = 0
    values: list[int] = []
    errors = 0
    while len(values) < 3 and idx < len(inputs):
        try:
            values.append(int(inputs[idx]))
        except ValueError:
            errors += 1
        finally:
            idx += 1
    print(values, errors, idx)
    svc = Service(3)
    tries = 0
    while True:
        tries += 1
        try:
            print("got", svc.call(1), "after", tries)
            break
        except Unavailable as e:
            if e.attempt >= 10:
                raise
            continue
    print("calls", svc.calls)


if __name__ == "__main__":
    main()
