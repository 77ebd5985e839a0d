"""Common operations on POSIX path names, as CPython's ``posixpath``
(which is ``os.path`` on Linux).

Paths are ``str``; the functions that only look at the text (``join``,
``split``, ``splitext``, ``normpath``...) are plain Python, and the ones
that ask the file system (``exists``, ``isdir``, ``getsize``...) call the
runtime (``crates/runtime/src/os.rs``). Like every library function these
record no traceback frames of their own.
"""

# mypy: disable-error-code="empty-body"

from _multigen import extern

sep: str = "/"
curdir: str = "."
pardir: str = ".."
extsep: str = "."
pathsep: str = ":"
defpath: str = "/bin:/usr/bin"
devnull: str = "/dev/null"


@extern("mg_os_getcwd")
def _getcwd() -> str: ...


@extern("mg_os_kind")
def _kind(path: str) -> int: ...


@extern("mg_os_getsize")
def _getsize(path: str) -> int: ...


def isabs(s: str) -> bool:
    """Whether a path is absolute (starts with a slash)."""
    return s.startswith("/")


def join(a: str, *p: str) -> str:
    """Join path components with slashes; an absolute component discards
    everything before it, and an empty last component leaves a trailing
    slash."""
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif path == "" or path.endswith("/"):
            path = path + b
        else:
            path = path + "/" + b
    return path


def split(p: str) -> tuple[str, str]:
    """Split a path into (head, tail): tail is what follows the last slash,
    head the rest without its trailing slashes (unless it is all slashes)."""
    i = p.rfind("/") + 1
    head = p[:i]
    tail = p[i:]
    if head != "" and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p: str) -> str:
    """The final component of a path (empty after a trailing slash)."""
    return p[p.rfind("/") + 1 :]


def dirname(p: str) -> str:
    """The directory part of a path: split(p)[0]."""
    return split(p)[0]


def splitext(p: str) -> tuple[str, str]:
    """Split the extension from a path: (root, ext), ext starting at the
    last dot of the last component, unless that component has only dots
    before it (``.bashrc`` has no extension)."""
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        # The leading dots of the file name do not start an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i] != ".":
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, ""


def normpath(path: str) -> str:
    """Normalise a path: collapse repeated slashes, drop ``.`` components
    and resolve ``..`` against the component before it (without looking
    at the file system)."""
    if path == "":
        return "."
    # POSIX gives a path starting with exactly two slashes a meaning of
    # its own, so it keeps both; three or more are one.
    initial = 0
    if path.startswith("/"):
        initial = 1
        if path.startswith("//") and not path.startswith("///"):
            initial = 2
    comps: list[str] = []
    for comp in path.split("/"):
        if comp == "" or comp == ".":
            continue
        if comp != ".." or (initial == 0 and not comps) or (comps and comps[-1] == ".."):
            comps.append(comp)
        elif comps:
            comps.pop()
    out = "/" * initial + "/".join(comps)
    return out if out != "" else "."


def abspath(path: str) -> str:
    """The normalised absolute path, relative paths being taken from the
    current working directory."""
    if not isabs(path):
        path = join(_getcwd(), path)
    return normpath(path)


def exists(path: str) -> bool:
    """Whether the path names something (following symbolic links);
    False when it cannot be examined."""
    return _kind(path) != 0


def isfile(path: str) -> bool:
    """Whether the path names a regular file (following symbolic links)."""
    return _kind(path) == 1


def isdir(path: str) -> bool:
    """Whether the path names a directory (following symbolic links)."""
    return _kind(path) == 2


def getsize(filename: str) -> int:
    """The size in bytes of a file; OSError if it cannot be examined."""
    return _getsize(filename)
