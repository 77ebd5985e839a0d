# Out of memory at once: single requests far beyond any memory (an
# 800 GB list, a 200 GB string...) raise MemoryError before anything is
# allocated, and the program goes on; the last one is not caught. Run under
# a virtual-memory limit (`ulimit -v`), like the other memory_*.py.


def attempt(what: str, n: int) -> None:
    try:
        if what == "list":
            print(len([0] * n))
        elif what == "str":
            print(len("ab" * n))
        elif what == "range":
            print(len(list(range(n))))
        elif what == "join":
            print(len(",".join(["abc"] * n)))
        elif what == "nested":
            print(len([[0] * n]))
        elif what == "concat":
            print(len([1, 2] + [3] * n))
    except MemoryError:
        print(what, "MemoryError")


for what in ["list", "str", "range", "join", "nested", "concat"]:
    attempt(what, 10 ** 11)
    attempt(what, 10)
xs = [7] * 1000
print(sum(xs))
print("partial", end="")
big = [0] * (2 ** 40)
print("unreachable")
