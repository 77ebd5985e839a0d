"""System-specific parameters and functions, as CPython's built-in ``sys``.

``argv`` holds the program's arguments (the script as given to ``multigen
run``, or the executable as invoked); ``exit`` raises ``SystemExit``, which
an uncaught report turns into CPython's exit status and message;
``stdin`` reads through the runtime's reader that ``input()`` shares;
``stdout`` and ``stderr`` write through the runtime (stdout block-buffered,
stderr unbuffered). Like every library function these record no traceback
frames of their own, as CPython's C functions have none.
"""

# mypy: disable-error-code="empty-body"

from _multigen import extern


@extern("mg_sys_argv")
def _argv() -> list[str]: ...


@extern("mg_print_str")
def _write_stdout(s: str) -> None: ...


@extern("mg_flush")
def _flush_stdout() -> None: ...


@extern("mg_sys_write_stderr")
def _write_stderr(s: str) -> None: ...


@extern("mg_stdin_readline")
def _readline_stdin() -> str: ...


@extern("mg_stdin_read")
def _read_stdin(n: int) -> str: ...


argv: list[str] = _argv()
maxsize: int = 9223372036854775807
platform: str = "linux"
byteorder: str = "little"
version_info: tuple[int, int, int, str, int] = (3, 11, 7, "final", 0)
hexversion: int = 0x030B07F0


def exit(status: int | str | None = None, /) -> None:
    """Exit the interpreter by raising SystemExit(status).

    A union rather than a TypeVar constrained to int and str: such a
    TypeVar cannot be bound by an explicit `sys.exit(None)`."""
    if status is None:
        raise SystemExit()
    else:
        raise SystemExit(status)


def getrecursionlimit() -> int:
    """The maximum depth of the Python interpreter stack (multigen's is
    CPython's default, which it does not let programs change)."""
    return 1000


class _StdOut:
    """``sys.stdout``: the runtime's buffered standard output."""

    def write(self, s: str, /) -> int:
        _write_stdout(s)
        return len(s)

    def flush(self) -> None:
        _flush_stdout()

    def __repr__(self) -> str:
        return "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"


class _StdErr:
    """``sys.stderr``: standard error, written at once."""

    def write(self, s: str, /) -> int:
        _write_stderr(s)
        return len(s)

    def flush(self) -> None:
        pass

    def __repr__(self) -> str:
        return "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"


class _StdIn:
    """``sys.stdin``: the runtime's reader of standard input, shared with
    ``input()`` so that both read from one position."""

    def readline(self, size: int = -1, /) -> str:
        if size < 0:
            return _readline_stdin()
        # A limited readline stops after ``size`` characters or at the end
        # of the line, whichever comes first.
        out: list[str] = []
        while size > 0:
            c = _read_stdin(1)
            if c == "":
                break
            out.append(c)
            size -= 1
            if c == "\n":
                break
        return "".join(out)

    def read(self, size: int = -1, /) -> str:
        return _read_stdin(size)

    def readlines(self, hint: int = -1, /) -> list[str]:
        lines: list[str] = []
        total = 0
        while True:
            line = _readline_stdin()
            if line == "":
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self) -> "_StdIn":
        return self

    def __next__(self) -> str:
        line = _readline_stdin()
        if line == "":
            raise StopIteration
        return line

    def __repr__(self) -> str:
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


stdin = _StdIn()
stdout = _StdOut()
stderr = _StdErr()
