# Ends with an uncaught user-defined exception raised three calls deep.


class PipelineError(Exception):
    pass


def stage3(x: int) -> int:
    if x > 3:
        raise PipelineError(f"stage3 rejected {x}")
    return x * x


def stage2(x: int) -> int:
    return stage3(x + 1) + 1


def stage1(x: int) -> int:
    v = stage2(x)
    print("stage1", x, "->", v)
    return v


def main() -> None:
    total = 0
    for i in range(5):
        total += stage1(i)
        print("total", total)
    print("not reached")


if __name__ == "__main__":
    main()
