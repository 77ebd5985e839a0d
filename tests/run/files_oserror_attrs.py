# The attributes of the OSError family: errno, strerror, filename, args,
# str and repr, for errors of open() and errors the program raises.


def show(e: OSError) -> None:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e.args, str(e))
    print(repr(e))


def describe(e: OSError) -> str:
    if e.filename is None:
        return "no file"
    return "file " + str(e.filename)


try:
    open("missing.txt")
except FileNotFoundError as e:
    show(e)
    print(describe(e), e.errno == 2, e.errno + 1, e.strerror + "!")
    n: int = e.errno
    s: str = e.strerror
    print(n * 10, s.upper())

with open("exists.txt", "w") as f:
    f.write("x")
try:
    open("exists.txt", "x")
except FileExistsError as e:
    show(e)

for name in [".", "exists.txt/inner.txt", "missing/inner.txt"]:
    try:
        open(name, "r")
    except OSError as e:
        show(e)
        print(describe(e))

# Errors the program raises, with one, two and three arguments.
try:
    raise FileNotFoundError("plain message")
except OSError as e:
    show(e)
    print(describe(e), e.errno is None, e.strerror is None)

try:
    raise OSError(13, "Permission denied")
except PermissionError as e:
    show(e)
    print(describe(e))

try:
    raise OSError(2, "x", "f")
except OSError as e:
    show(e)
    print(describe(e))

try:
    raise OSError(99999, "unknown error", "f.txt")
except OSError as e:
    show(e)

try:
    raise FileExistsError(17, "File exists", None)
except OSError as e:
    show(e)

try:
    raise OSError()
except OSError as e:
    show(e)

try:
    raise OSError("a", "b", "c", "d")
except OSError as e:
    show(e)

try:
    raise OSError(1, 2, 3, 4, 5, 6)
except OSError as e:
    show(e)

# CPython's old names are OSError itself.
try:
    open("missing.txt")
except IOError as e:
    print("IOError caught", type(e).__name__)
try:
    raise EnvironmentError(32, "Broken pipe")
except EnvironmentError as e:
    show(e)
    print(isinstance(e, BrokenPipeError), isinstance(e, ConnectionError))
try:
    raise IOError("old name")
except OSError as e:
    show(e)


# A subclass whose __init__ passes its own arguments on.
class ConfigError(OSError):
    def __init__(self, path: str) -> None:
        super().__init__(2, "No config", path)
        self.path = path


try:
    raise ConfigError("app.cfg")
except OSError as e:
    show(e)

# An uncaught one prints CPython's report.
open("missing.txt")
