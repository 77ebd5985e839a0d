"""Text files, as CPython's built-in ``_io`` module: ``open()`` and
``TextIOWrapper``.

The builtin ``open`` of a program is this module's ``open`` (the driver
loads the module for programs that use it; see ARCHITECTURE.md, "File
objects"). The file object keeps its name, mode and state here and makes
CPython's checks; the runtime (``crates/runtime/src/files.rs``) holds the
operating-system file, decodes its text in CPython's 8 KiB chunks and
buffers writes. Like every library function these record no traceback
frames of their own, as CPython's C functions have none.
"""

# mypy: disable-error-code="empty-body"

from types import TracebackType

from _multigen import extern


@extern("mg_file_open")
def _open(path: str, mode: str, translate: bool) -> int: ...


@extern("mg_file_readline")
def _readline(h: int) -> str: ...


@extern("mg_file_read")
def _read(h: int, n: int) -> str: ...


@extern("mg_file_write")
def _write(h: int, s: str) -> None: ...


@extern("mg_file_flush")
def _flush(h: int) -> None: ...


@extern("mg_file_close")
def _close(h: int) -> None: ...


@extern("mg_file_tell")
def _tell(h: int) -> int: ...


@extern("mg_file_seek")
def _seek(h: int, offset: int, whence: int) -> int: ...


class UnsupportedOperation(OSError):
    """A read of a file opened for writing only, or the reverse."""


class TextIOWrapper:
    """A file opened in text mode, UTF-8 encoded."""

    def __init__(self, handle: int, name: str, mode: str) -> None:
        self._h = handle
        self.name = name
        self.mode = mode
        self._closed = False
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def encoding(self) -> str:
        return "UTF-8"

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self) -> None:
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self) -> None:
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def readable(self) -> bool:
        self._check_open()
        return self._readable

    def writable(self) -> bool:
        self._check_open()
        return self._writable

    def read(self, size: int = -1, /) -> str:
        self._check_readable()
        return _read(self._h, size)

    def readline(self, size: int = -1, /) -> str:
        self._check_readable()
        if size < 0:
            return _readline(self._h)
        # A limited readline stops after ``size`` characters or at the end
        # of the line, whichever comes first.
        out: list[str] = []
        while size > 0:
            c = _read(self._h, 1)
            if c == "":
                break
            out.append(c)
            size -= 1
            if c == "\n":
                break
        return "".join(out)

    def readlines(self, hint: int = -1, /) -> list[str]:
        self._check_readable()
        lines: list[str] = []
        total = 0
        while True:
            line = _readline(self._h)
            if line == "":
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def write(self, s: str, /) -> int:
        self._check_writable()
        _write(self._h, s)
        return len(s)

    def writelines(self, lines: list[str], /) -> None:
        self._check_writable()
        for line in lines:
            _write(self._h, line)

    def flush(self) -> None:
        self._check_open()
        _flush(self._h)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            _close(self._h)

    def tell(self) -> int:
        self._check_open()
        return _tell(self._h)

    def seek(self, cookie: int, whence: int = 0, /) -> int:
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        if whence < 0 or whence > 2:
            raise ValueError(
                f"invalid whence ({whence}, should be 0, 1 or 2)"
            )
        return _seek(self._h, cookie, whence)

    def __iter__(self) -> "TextIOWrapper":
        self._check_open()
        return self

    def __next__(self) -> str:
        self._check_readable()
        line = _readline(self._h)
        if line == "":
            raise StopIteration
        return line

    def __enter__(self) -> "TextIOWrapper":
        self._check_open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r}"
            " encoding='UTF-8'>"
        )


def open(
    file: str,
    mode: str = "r",
    buffering: int = -1,
    encoding: str | None = None,
    errors: str | None = None,
    newline: str | None = None,
) -> TextIOWrapper:
    """Opens ``file`` in text mode (``r``, ``w``, ``a``, ``x``, with
    ``+``), UTF-8 encoded."""
    kinds = 0
    for k in "rwax":
        if k in mode:
            kinds += 1
    for c in mode:
        if c not in "rwax+t" or mode.count(c) > 1:
            raise ValueError(f"invalid mode: '{mode}'")
    if kinds != 1:
        raise ValueError(
            "must have exactly one of create/read/write/append mode"
        )
    if newline is not None and newline != "\n":
        raise ValueError(f"illegal newline value: {newline}")
    kind = "r"
    for k in "wax":
        if k in mode:
            kind = k
    plus = "+" if "+" in mode else ""
    h = _open(file, kind + plus, newline is None)
    return TextIOWrapper(h, file, mode)
