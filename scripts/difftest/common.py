"""Running one program under CPython and multigen, and comparing the results.

Shared by run.py (the campaign runner) and reduce.py (the reducer).
Standard library only.
"""

import ast
import atexit
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import gen_modules

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_MULTIGEN = os.path.join(ROOT, "target", "release", "multigen")

# The interpreter running this script, without the site module: the programs need only
# the standard library, and skipping site (pyenv shims, .pth files) saves ~100 ms a run.
PYTHON = [os.environ.get("DIFFTEST_PYTHON", sys.executable), "-S"]

PY_TIMEOUT = 20
MG_TIMEOUT = 60

# A CPython run ending with one of these means the generator produced a program
# outside the intended subset (a generator bug, not a compiler bug).
INVALID_PY_ERRORS = ("TypeError", "NameError", "UnboundLocalError", "SyntaxError", "IndentationError",
                     "RuntimeError", "AttributeError", "ImportError", "ModuleNotFoundError")

# An uncaught AttributeError is a valid ending only when it is the read of an attribute that the
# program's class (or a base class) assigns or declares but that was unset on this instance (gen.py
# generates such reads on purpose); any other AttributeError is a generator bug.
# CPython appends a suggestion of a near name from dir(obj) (`. Did you mean: 'x'?`).
UNSET_ATTR_RE = re.compile(
    r"^AttributeError: '(\w+)' object has no attribute '(\w+)'(?:\. Did you mean: '\w+'\?)?$"
)

DIAG_RE = re.compile(r"^[^\n]*:\d+:\d+: error\[[a-z]+\]: .*$", re.M)
MARKER_RE = re.compile(r"^ *[~^]+ *$")
FILE_RE = re.compile(r'^(  File ")[^"]*/([^"/]+\.py")')


class Result:
    __slots__ = ("status", "out", "err", "timeout")

    def __init__(self, status, out, err, timeout=False):
        self.status = status
        self.out = out
        self.err = err
        self.timeout = timeout

    def last_err_line(self):
        lines = self.err.decode("utf-8", "replace").rstrip("\n").split("\n")
        return lines[-1] if lines and lines[-1] else ""

    def traceback(self):
        """stderr with paths cut to file names and 3.11 column markers removed."""
        text = self.err.decode("utf-8", "replace")
        if "Traceback (most recent call last):" not in text:
            return None
        out = []
        for line in text.split("\n"):
            if MARKER_RE.match(line):
                continue
            out.append(FILE_RE.sub(r"\1\2", line))
        return "\n".join(out)


_CACHE_DIR = None
_CACHE_LOCK = threading.Lock()


def cache_dir():
    """A compiled-module cache of this campaign's (or reduction's) own, removed at exit.

    Thousands of random programs would only fill the user's cache, and a fresh cache per
    campaign keeps results independent of what earlier compilers left there; the cache is
    still exercised, since the reducer and programs run twice (JIT and AOT, -O0) reuse it."""
    global _CACHE_DIR
    with _CACHE_LOCK:
        if _CACHE_DIR is None:
            _CACHE_DIR = tempfile.mkdtemp(prefix="difftest-cache-")
            atexit.register(shutil.rmtree, _CACHE_DIR, True)
        return _CACHE_DIR


def env():
    e = dict(os.environ)
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONIOENCODING"] = "utf-8"
    e["MULTIGEN_CACHE_DIR"] = cache_dir()
    e.pop("MULTIGEN_NO_CACHE", None)
    return e


def run(cmd, cwd, timeout):
    # The compiler may be rebuilt while a campaign runs (missing or busy binary): wait for it.
    for attempt in range(120):
        try:
            p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout, env=env())
            return Result(p.returncode, p.stdout, p.stderr)
        except subprocess.TimeoutExpired as ex:
            return Result(None, ex.stdout or b"", ex.stderr or b"", timeout=True)
        except OSError as ex:
            if attempt == 119:
                raise
            print(f"difftest: cannot run {cmd[0]} ({ex}); waiting", file=sys.stderr, flush=True)
            time.sleep(5)


def run_python(path):
    d, f = os.path.split(os.path.abspath(path))
    return run(PYTHON + [f], d, PY_TIMEOUT)


def run_jit(path, multigen=DEFAULT_MULTIGEN, opt=None):
    d, f = os.path.split(os.path.abspath(path))
    return run([multigen, "run"] + ([f"-O{opt}"] if opt is not None else []) + [f], d, MG_TIMEOUT)


def run_aot(path, multigen=DEFAULT_MULTIGEN):
    """Build an executable and run it; a failed build is returned as the result."""
    d, f = os.path.split(os.path.abspath(path))
    with tempfile.TemporaryDirectory(prefix="difftest-aot-") as tmp:
        exe = os.path.join(tmp, "prog")
        b = run([multigen, "build", f, "-o", exe], d, MG_TIMEOUT)
        if b.timeout or b.status != 0:
            return b
        return run([exe], d, MG_TIMEOUT)


def unset_attribute(last, path):
    """Whether the last stderr line is an AttributeError for an attribute that the object's class
    or one of its bases assigns (`self.x = ...`) or declares (`x: T` in the class body)."""
    m = UNSET_ATTR_RE.match(last)
    if not m or path is None:
        return False
    try:
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
    except (OSError, SyntaxError, ValueError):
        return False
    # ast.walk goes breadth first: a module-level class wins over a nested
    # class of the same short name (gen_dunders.py's `DtBox.Item`).
    classes = {}
    for c in ast.walk(tree):
        if isinstance(c, ast.ClassDef):
            classes.setdefault(c.name, c)
    name, attr = m.groups()
    seen = set()
    while name in classes and name not in seen:
        seen.add(name)
        c = classes[name]
        for st in c.body:
            if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name) and st.target.id == attr:
                return True
        for node in ast.walk(c):
            if (isinstance(node, ast.Attribute) and node.attr == attr and isinstance(node.ctx, ast.Store)
                    and isinstance(node.value, ast.Name) and node.value.id == "self"):
                return True
        bases = [b.id for b in c.bases if isinstance(b, ast.Name)]
        name = bases[0] if bases else None
    return False


def python_invalid(py, path=None):
    """Why CPython's run says the program is not a valid test (None when it is)."""
    if py.timeout:
        return "python timeout"
    if py.status not in (0, 1) and py.status not in EXIT_STATUSES:
        return f"python exit {py.status}"
    if re.search(rb" object at 0x[0-9a-f]+", py.out):
        return "object address printed"
    if py.status == 1:
        last = py.last_err_line()
        if unset_attribute(last, path):
            return None
        for name in INVALID_PY_ERRORS:
            if last.startswith(name + ":") or last == name:
                return last
        if "Traceback" not in py.err.decode("utf-8", "replace"):
            return "python error without traceback: " + last
    return None


def rejected(mg):
    """The diagnostic when multigen refused to compile the program, else None."""
    if mg.timeout or mg.status != 1:
        return None
    text = mg.err.decode("utf-8", "replace")
    m = DIAG_RE.search(text)
    if m and "Traceback (most recent call last)" not in text:
        return m.group(0)
    return None


def crashed(mg, py=None):
    """A description when multigen (or the executable) crashed or hung, else None.

    An exit status of `sys.exit(n)` (EXIT_STATUSES) is no crash when CPython's
    run ended with the same status: `compare` checks the rest."""
    if mg.timeout:
        return "timeout"
    if mg.status is not None and mg.status < 0:
        return f"signal {-mg.status}"
    text = mg.err.decode("utf-8", "replace")
    if "panicked at" in text:
        m = re.search(r"panicked at [^\n]*\n?[^\n]*", text)
        return "panic: " + (m.group(0) if m else "")
    if mg.status not in (0, 1) and not (py is not None and mg.status == py.status and mg.status in EXIT_STATUSES):
        return f"exit {mg.status}"
    return None


def compare(py, mg):
    """The list of differences between CPython's and multigen's runs ([] when they agree).

    Each difference is a short kind: stdout, status, stderr (last line), traceback.
    """
    diffs = []
    if py.out != mg.out:
        diffs.append("stdout")
    if py.status != mg.status:
        diffs.append("status")
    if py.status != 0 or mg.status != 0:
        if py.last_err_line() != mg.last_err_line():
            diffs.append("stderr")
        elif py.traceback() != mg.traceback():
            diffs.append("traceback")
        elif py.traceback() is None and py.err != mg.err:
            # No traceback (`sys.exit(n)`): what the program wrote on stderr.
            diffs.append("stderr")
    elif py.err != mg.err:
        # A normal end: the program's own stderr output (`print(...,
        # file=sys.stderr)`, gen_stdlib.py) is compared as a whole; its
        # interleaving with stdout is not (two pipes).
        diffs.append("stderr")
    return diffs


# The exit statuses of `sys.exit(n)` that programs end with (gen_stdlib.py's
# EXIT_CODES): valid for CPython, and no crash for multigen when CPython's
# run ended with the same one.
EXIT_STATUSES = (2, 3, 5)

INT_OVERFLOW = "OverflowError: integer overflow"
NUMTOWER_OVERFLOW = "is too large to keep exactly where a float is declared"


def mods_dir(path):
    """Where the files of the multi-module program at `path` are written: a temporary
    directory named after the path, so that reproducers kept in the repository stay alone."""
    key = hashlib.sha1(os.path.abspath(path).encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), "difftest-mods", key)


def materialize(path):
    """The file to run for the program at `path`: the file itself, or, for a program of
    several modules (gen_modules.py), the main module of its files, written to `mods_dir(path)`."""
    with open(path, encoding="utf-8") as fh:
        files = gen_modules.split_files(fh.read())
    if files is None:
        return path
    d = mods_dir(path)
    shutil.rmtree(d, ignore_errors=True)
    for rel, body in files:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(body)
    return os.path.join(d, "main.py")


def classify(path, mode="jit", multigen=DEFAULT_MULTIGEN, py=None):
    """Run the program both ways. Returns (category, detail, py, mg).

    category is one of: invalid (CPython says the program is outside the subset or hangs),
    rejected (multigen refuses a program CPython runs), crash, deviation (64-bit int overflow,
    a documented difference), mismatch, ok.
    """
    source, path = path, materialize(path)
    if py is None:
        py = run_python(path)
    why = python_invalid(py, source)
    if why:
        return "invalid", why, py, None
    # modes: "jit" (multigen run at its default -O2), "jit-O0" (unoptimised), "aot"
    if mode == "aot":
        mg = run_aot(path, multigen)
    else:
        mg = run_jit(path, multigen, opt=mode[len("jit-O"):] if mode.startswith("jit-O") else None)
    diag = rejected(mg)
    if diag:
        return "rejected", diag, py, mg
    c = crashed(mg, py)
    if c:
        return "crash", c, py, mg
    diffs = compare(py, mg)
    if not diffs:
        return "ok", "", py, mg
    if mg.last_err_line() == INT_OVERFLOW and py.last_err_line() != INT_OVERFLOW:
        return "deviation", INT_OVERFLOW, py, mg
    # the same, caught by the program and printed (`except Exception as e: print(e)`)
    if b"integer overflow" in mg.out and b"integer overflow" not in py.out:
        return "deviation", INT_OVERFLOW + " (caught)", py, mg
    # an int of 2**49 or more stored where a float is declared (the numeric
    # tower's documented limit), uncaught or caught and printed
    if NUMTOWER_OVERFLOW in mg.last_err_line() or NUMTOWER_OVERFLOW.encode() in mg.out:
        return "deviation", "OverflowError: " + NUMTOWER_OVERFLOW, py, mg
    return "mismatch", ",".join(diffs), py, mg


def signature(category, detail):
    """What the reducer keeps constant: the category and, for mismatches, the kinds of difference."""
    if category == "crash":
        return (category, detail.split(":")[0])
    if category == "mismatch":
        return (category, detail)
    return (category,)


def describe(py, mg, limit=40):
    """A short human-readable diff of two runs."""
    import difflib
    out = []
    a = py.out.decode("utf-8", "replace").splitlines()
    b = mg.out.decode("utf-8", "replace").splitlines() if mg else []
    d = list(difflib.unified_diff(a, b, "cpython", "multigen", lineterm="", n=1))
    out += d[:limit]
    if len(d) > limit:
        out.append(f"... ({len(d) - limit} more diff lines)")
    out.append(f"cpython status {py.status}: {py.last_err_line()}")
    if mg:
        out.append(f"multigen status {mg.status}: {mg.last_err_line()}")
        ta, tb = py.traceback(), mg.traceback()
        if ta != tb and ta and tb:
            out += list(difflib.unified_diff(ta.splitlines(), tb.splitlines(), "cpython-tb", "multigen-tb",
                                             lineterm="", n=1))[:limit]
    return "\n".join(out)


if __name__ == "__main__":
    cat, det, py, mg = classify(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "jit")
    print(cat, det)
    if cat in ("mismatch", "crash"):
        print(describe(py, mg))
