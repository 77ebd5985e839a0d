"""Miscellaneous operating-system interfaces, as CPython's ``os`` on Linux.

The process environment (``environ``, ``getenv``), the working directory,
directory listings, and creating, renaming and removing files and
directories; ``os.path`` is ``posixpath``, as under CPython. The
primitives are the runtime's (``crates/runtime/src/os.rs``), which raise
the ``OSError`` subclass of the error number with CPython's message. Like
every library function these record no traceback frames of their own.
"""

# mypy: disable-error-code="empty-body"

import posixpath as path
from _multigen import extern

name: str = "posix"
sep: str = "/"
extsep: str = "."
pathsep: str = ":"
linesep: str = "\n"
curdir: str = "."
pardir: str = ".."
defpath: str = "/bin:/usr/bin"
devnull: str = "/dev/null"


@extern("mg_os_environ")
def _environ_flat() -> list[str]: ...


@extern("mg_os_getcwd")
def getcwd() -> str:
    """The current working directory."""
    ...


@extern("mg_os_listdir")
def _listdir(path: str) -> list[str]: ...


@extern("mg_os_mkdir")
def _mkdir(path: str, mode: int) -> None: ...


@extern("mg_os_remove")
def _remove(path: str) -> None: ...


@extern("mg_os_rmdir")
def _rmdir(path: str) -> None: ...


@extern("mg_os_rename")
def _rename(src: str, dst: str) -> None: ...


def _environ() -> dict[str, str]:
    """The environment the process started with, by variable name."""
    flat = _environ_flat()
    env: dict[str, str] = {}
    for i in range(0, len(flat), 2):
        env[flat[i]] = flat[i + 1]
    return env


environ: dict[str, str] = _environ()


def getenv(key: str, default: str | None = None) -> str | None:
    """The value of environment variable ``key`` (as ``environ`` holds it),
    or ``default``."""
    if key in environ:
        return environ[key]
    return default


def listdir(path: str = ".") -> list[str]:
    """The names of the entries of a directory, in the order the operating
    system gives them, without ``.`` and ``..``."""
    return _listdir(path)


def mkdir(path: str, mode: int = 0o777) -> None:
    """Create a directory (its parent must exist)."""
    _mkdir(path, mode)


def makedirs(name: str, mode: int = 0o777, exist_ok: bool = False) -> None:
    """Create a directory and the missing directories above it; an existing
    ``name`` is an error unless ``exist_ok`` and it is a directory."""
    head, tail = path.split(name)
    if tail == "":
        # A trailing slash: the last component is the one before it.
        head, tail = path.split(head)
    if head != "" and tail != "" and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Made in the meantime by someone else: it exists, as wanted.
            pass
        if tail == curdir:
            # `makedirs('a/.')` has made `a`, which is `a/.` already.
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path: str) -> None:
    """Remove a file (a directory is IsADirectoryError)."""
    _remove(path)


def unlink(path: str) -> None:
    """Remove a file: the same as remove()."""
    _remove(path)


def rmdir(path: str) -> None:
    """Remove an empty directory."""
    _rmdir(path)


def rename(src: str, dst: str) -> None:
    """Rename a file or directory, replacing a file ``dst``."""
    _rename(src, dst)
