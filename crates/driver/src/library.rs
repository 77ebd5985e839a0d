//! The standard library written in typed Python: the `.py` files of the
//! repository's top-level `lib/` folder, embedded in the compiler by
//! `build.rs` and loaded by `modules.rs` like the program's own modules.
//!
//! Resolution follows CPython's: a module compiled into CPython's
//! interpreter (`sys.builtin_module_names`: `sys`, `time`, `itertools`...)
//! is found before the program's directory, so a file `sys.py` beside the
//! program cannot shadow it; a module CPython keeps as a `.py` file
//! (`heapq`, `bisect`) is found after the program's directory, so a local
//! `heapq.py` shadows it as it does under CPython. `os` and `posixpath`,
//! which CPython imports at startup, are found first too, and `os.path`
//! is a second name of `posixpath` (`multigen_hir::library_alias`).
//!
//! `_multigen` is not a module: it is the checker's name for the
//! primitives only library modules may use (`@extern`, see
//! `hir/src/check/library.rs`); its file in `lib/` exists for mypy and
//! CPython only.

mod files {
    include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));
}

/// The name library modules import their primitives from.
pub const INTRINSICS: &str = "_multigen";

/// CPython 3.11's `sys.builtin_module_names` (on Linux) that multigen's
/// library may provide: these are never looked up beside the program.
const BUILTIN: &[&str] = &[
    "_io",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
];

/// Modules of CPython 3.11's own `.py` library that its interpreter
/// imports at startup (frozen into it), so that they are in `sys.modules`
/// before the program runs and a file of that name beside the program
/// cannot shadow them either.
const STARTUP: &[&str] = &["os", "posixpath"];

/// The source of library module `name` (a top-level module), if the
/// library has one.
pub fn source(name: &str) -> Option<&'static str> {
    if name == INTRINSICS {
        return None;
    }
    files::FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Whether `name` is compiled into CPython or imported at its startup
/// (found before the program's directory).
pub fn is_builtin(name: &str) -> bool {
    BUILTIN.contains(&name) || STARTUP.contains(&name)
}

/// The library module behind the builtin `open` and the file types.
pub const IO: &str = "_io";

/// Whether a module's source may use the builtin `open` or name the file
/// types (`TextIO`, `IO[str]`, `TextIOWrapper`): then the driver loads
/// `_io` before it, as CPython has it loaded at startup. A plain search of
/// the text, which can only err towards loading the module needlessly.
pub fn uses_io(text: &str) -> bool {
    text.contains("open") || text.contains("TextIO") || text.contains("IO[")
}

/// The file name a library module shows in diagnostics.
pub fn shown_path(name: &str) -> String {
    format!("<multigen>/lib/{name}.py")
}

/// The names of the library's modules, for tests and documentation.
pub fn modules() -> impl Iterator<Item = &'static str> {
    files::FILES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| *n != INTRINSICS)
}
