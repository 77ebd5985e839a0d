# Finding (miscompile, low priority): where exactly RecursionError is raised.
# CPython 3.11 counts a call of a builtin (here print) toward the recursion limit, so the
# recursion below fails *inside* print at n == 999 ("... while calling a Python object",
# with a last frame at the print line) before printing "deep 999"; multigen prints
# "deep 999" and fails one level deeper with "maximum recursion depth exceeded".
# CPython stdout: deep 99 ... deep 899 (f starts at 2); stderr ends:
#   File "recursion_limit_builtin_call.py", line 12, in f
#     print("deep", n)
# RecursionError: maximum recursion depth exceeded while calling a Python object
def f(n: int) -> int:
    if n % 100 == 99:
        print("deep", n)
    return f(n + 1) + 1


print(f(2))
