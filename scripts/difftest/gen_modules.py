"""Programs of several modules for the random program generator (`gen.py`).

`maybe_split` takes a finished program and, for some seeds, moves its body
into a module of its own (`dtlib.py`, or `dtpkg/core.py` inside a package
whose `__init__.py` may print, re-export `main` or import a sibling), and
writes a `main.py` that imports it in one of the ways Python allows
(`import m`, `import m as a`, `from m import main`, `from pkg import core`,
`import pkg.core`...) and calls `main()` through it. A package may also
hold `util.py`, a module with a counter that the library and the main
module both update through the module (`util.COUNT += 1`), so module
attributes are read and written across files. Programs whose statements run
at module level run at import, so their output, and the traceback of an
uncaught exception (with frames in both files, and CPython's
module-qualified name of a custom exception class), come from the import.

The files are kept in one text, each after a marker line
`# === file: PATH ===` (a comment, so the whole text still parses);
`common.materialize` writes them out before a run.
"""

import random

P_MODULES = 0.2
MARK = "# === file: {} ==="

TAILS = ('\nif __name__ == "__main__":\n    main()\n', "\nmain()\n")

UTIL = [
    "COUNT = 0",
    "",
    "",
    "def bump(step: int) -> int:",
    "    global COUNT",
    "    COUNT += step",
    "    return COUNT",
]


def maybe_split(text, seed):
    """The program as several files for some seeds (else `text` unchanged)."""
    r = random.Random(f"modules {seed}")
    if r.random() >= P_MODULES:
        return text
    has_main = False
    for tail in TAILS:
        if text.endswith(tail):
            text = text[: -len(tail)] + "\n"
            has_main = True
            break
    files = {}
    main = [f"# difftest program, seed {seed} (main module)"]
    if r.random() < 0.4:
        lib = "dtlib"
        files["dtlib.py"] = text
        style = r.choice(["import", "as", "from", "from-as"])
        call = {"import": "dtlib.main()", "as": "lib.main()", "from": "main()", "from-as": "entry()"}[style]
        main.append({"import": "import dtlib", "as": "import dtlib as lib", "from": "from dtlib import main",
                     "from-as": "from dtlib import main as entry"}[style] if has_main else "import dtlib")
    else:
        lib = "dtpkg.core"
        init = []
        if r.random() < 0.3:
            init.append('print("init dtpkg")')
        reexport = has_main and r.random() < 0.3
        if reexport:
            init.append("from .core import main")
        files["dtpkg/__init__.py"] = "\n".join(init) + "\n" if init else ""
        use_util = r.random() < 0.5
        if use_util:
            files["dtpkg/util.py"] = "\n".join(UTIL) + "\n"
            # The library updates the counter at import; main reads it after.
            text = text.replace("\n", "\nfrom . import util\nutil.bump(3)\n", 1) if r.random() < 0.5 else \
                text.replace("\n", "\nfrom .util import bump\nbump(3)\n", 1)
        files["dtpkg/core.py"] = text
        if not has_main:
            main.append(r.choice(["import dtpkg.core", "from dtpkg import core"]))
        else:
            style = r.choice(["from", "import", "from-pkg"] + (["reexport", "pkg"] if reexport else []))
            main.append({"from": "from dtpkg.core import main", "import": "import dtpkg.core",
                         "from-pkg": "from dtpkg import core", "reexport": "from dtpkg import main",
                         "pkg": "import dtpkg"}[style])
            call = {"from": "main()", "import": "dtpkg.core.main()", "from-pkg": "core.main()",
                    "reexport": "main()", "pkg": "dtpkg.main()"}[style]
        if use_util:
            main.append("import dtpkg.util as counter")
            main.append("counter.COUNT += 10")
            main.append('print("count", counter.COUNT, counter.bump(1))')
    if has_main:
        main.append(call)
    main.append(f'print("done", {lib!r})')
    out = [MARK.format("main.py"), "\n".join(main) + "\n"]
    for path, body in files.items():
        out.append(MARK.format(path))
        out.append(body)
    return "\n".join(out)


def split_files(text):
    """The files of a text `maybe_split` made, as (path, content) pairs;
    None for a program of one file."""
    if not text.startswith(MARK.format("main.py")):
        return None
    files = []
    for chunk in text.split("# === file: ")[1:]:
        head, _, body = chunk.partition("\n")
        files.append((head[: -len(" ===")], body))
    return files
