# Where exactly RecursionError is raised (found by difftest; a documented difference).
# CPython 3.11 also counts a call of a builtin (here print) as one level toward the
# recursion limit, so there the recursion below fails *inside* print at n == 999 with
# "maximum recursion depth exceeded while calling a Python object", before printing
# "deep 999". multigen counts only calls of Python functions (checking every builtin
# call would cost a test on the hot path): it prints "deep 999" and fails one call
# deeper, in f, with "maximum recursion depth exceeded".
def f(n: int) -> int:
    if n % 100 == 99:
        print("deep", n)
    return f(n + 1) + 1


print(f(2))
