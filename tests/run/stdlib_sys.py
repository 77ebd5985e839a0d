# sys from multigen's library: constants, argv (the harness passes no
# arguments), SystemExit caught, stdout.write/flush, print(file=, flush=),
# and stderr (whose text the harness does not compare on success).
import sys
from sys import maxsize


class Collect:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)

    def flush(self) -> None:
        self.parts.append("<flush>")


print(len(sys.argv), sys.argv[1:], maxsize, sys.maxsize == 9223372036854775807)
print(sys.platform, sys.byteorder, sys.getrecursionlimit())
print(sys.version_info >= (3, 8), sys.version_info < (4, 0), sys.version_info[:2] == (3, 11))
print(sys.stdout.write("written\n"), sys.stderr.write("error text\n"))
sys.stdout.flush()
print("to stdout", 1, file=sys.stdout)
print("to stderr", file=sys.stderr, flush=True)
print("no newline", end="|", flush=True)
print()
c = Collect()
print("a", "b", 3, sep=", ", end=".\n", file=c, flush=True)
print(file=c)
print(c.parts)
for code in [0, 2]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("exit", e)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit", e)
try:
    sys.exit()
except SystemExit as e:
    print("exit", repr(e))
print(sys.stdout, sys.stderr)
