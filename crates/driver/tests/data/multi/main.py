import helper
from pkg import tools
from pkg.tools import scale

print("main body runs")


def run(xs: list[int]) -> list[int]:
    return [scale(helper.double(x)) for x in xs]


def total(xs: list[int]) -> int:
    return tools.total(run(xs)) + helper.COUNT


if __name__ == "__main__":
    print(run([1, 2]))
