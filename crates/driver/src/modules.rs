//! The module graph of a program: the main file and every module it
//! imports, found beside it as CPython finds them through `sys.path[0]`
//! (the main file's directory): `name.py`, or a package `name/` with an
//! `__init__.py`, whose submodules are the files and packages inside it.
//!
//! Each module is read and parsed once, with its spans offset so that
//! all files share one source map (`syntax::parse_at`); the modules are
//! then ordered after what they import (a depth-first walk in the order
//! of the import statements, the main module last), which is the order
//! the checker declares and checks them in. A module on an import cycle
//! is marked as such. A module that is not found is `error[import]` at
//! the import statement (CPython's `ModuleNotFoundError`), unless it
//! belongs to CPython's standard library, which the checker either
//! handles (`math`, `typing`...) or refuses as unsupported. Modules of
//! multigen's own library in typed Python (`library.rs`) are found before
//! the program's directory when CPython compiles them into its
//! interpreter (`sys`, `time`), after it otherwise (`heapq`), and are
//! marked as library modules for the checker.

use crate::{library, Error};
use multigen_diag::{Diagnostic, Kind, SourceFile, Span};
use multigen_syntax::ast;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The names of CPython 3.11's standard-library modules
/// (`sys.stdlib_module_names` without the private ones).
const STDLIB: &str = "
abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64
bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs
codeop collections colorsys compileall concurrent configparser contextlib contextvars copy
copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils
doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch
fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip
hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress
itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math
mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath
nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools
pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd
py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib
resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site
smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse
ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig
syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit
tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types
typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg
winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
";

/// One module of the program.
pub struct ModuleSource {
    /// The dotted name; `__main__` for the main module.
    pub name: String,
    pub file: SourceFile,
    /// The absolute path, which tracebacks show.
    pub path: String,
    pub ast: ast::Module,
    pub is_package: bool,
    pub base: u32,
    pub cyclic: bool,
    /// A module of multigen's library (`lib/`), which may use the
    /// primitives of `_multigen` and records no traceback frames.
    pub library: bool,
}

/// A program's modules, in the order they are checked (main last).
pub struct Graph {
    pub modules: Vec<ModuleSource>,
}

impl Graph {
    /// The module whose source holds offset `at` of the source map.
    fn module_at(&self, at: u32) -> &ModuleSource {
        self.modules
            .iter()
            .filter(|m| m.base <= at)
            .max_by_key(|m| m.base)
            .unwrap_or(&self.modules[self.modules.len() - 1])
    }

    /// Diagnostics with spans of the source map, each put back into its
    /// own file.
    pub fn locate(&self, ds: Vec<Diagnostic>) -> Error {
        if self.modules.len() == 1 {
            return Error::Diagnostics(ds);
        }
        Error::InFiles(
            ds.into_iter()
                .map(|mut d| {
                    let m = self.module_at(d.span.start);
                    d.span = Span::new(d.span.start - m.base, d.span.end.max(m.base) - m.base);
                    (SourceFile::new(m.file.name.clone(), m.file.text.clone()), d)
                })
                .collect(),
        )
    }
}

/// Where a module was looked for, and how the walk goes on.
enum State {
    Visiting,
    Done,
}

struct Loader {
    dir: PathBuf,
    main_path: PathBuf,
    /// The display name of the main file's directory, as given (for the
    /// file names of diagnostics).
    shown_dir: PathBuf,
    next_base: u32,
    state: HashMap<String, State>,
    stack: Vec<String>,
    order: Vec<ModuleSource>,
    cyclic: Vec<String>,
    errors: Vec<Diagnostic>,
}

/// Loads the module graph of the program whose main file is `main`.
pub fn load(main: &SourceFile) -> Result<Graph, Error> {
    let main_path = std::path::absolute(&main.name).unwrap_or_else(|_| PathBuf::from(&main.name));
    let dir = main_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let shown_dir = Path::new(&main.name)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let ast = multigen_syntax::parse_at(&main.text, 0).map_err(Error::Diagnostics)?;
    let mut l = Loader {
        dir,
        main_path: main_path.clone(),
        shown_dir,
        next_base: main.text.len() as u32 + 1,
        state: HashMap::new(),
        stack: vec!["__main__".into()],
        order: Vec::new(),
        cyclic: Vec::new(),
        errors: Vec::new(),
    };
    l.state.insert("__main__".into(), State::Visiting);
    l.implicit_imports(&main.text);
    l.imports_of("__main__", false, false, &ast);
    let main_module = ModuleSource {
        name: "__main__".into(),
        file: SourceFile::new(main.name.clone(), main.text.clone()),
        path: main_path.to_string_lossy().into_owned(),
        ast,
        is_package: false,
        base: 0,
        cyclic: false,
        library: false,
    };
    l.order.push(main_module);
    let mut graph = Graph { modules: l.order };
    for m in &mut graph.modules {
        m.cyclic = l.cyclic.contains(&m.name);
    }
    if !l.errors.is_empty() {
        return Err(graph.locate(l.errors));
    }
    Ok(graph)
}

impl Loader {
    /// Loads the modules that `module`'s import statements name, in order.
    /// `library`: `module` is one of the library's, which may import the
    /// primitives of `_multigen`.
    fn imports_of(&mut self, module: &str, is_package: bool, library: bool, ast: &ast::Module) {
        let mut imports = Vec::new();
        collect_imports(&ast.body, &mut imports);
        for s in imports {
            match &s.kind {
                ast::StmtKind::Import(items) => {
                    for (name, _) in items {
                        self.import(&name.name, name.span, false, library);
                    }
                }
                ast::StmtKind::ImportFrom {
                    module: m,
                    level,
                    names,
                } => {
                    if *level == 0 && multigen_hir::is_handled_stdlib(&m.name) {
                        continue;
                    }
                    let base =
                        match multigen_hir::resolve_relative(module, is_package, *level, &m.name) {
                            Ok(b) => b,
                            Err(msg) => {
                                self.errors.push(Diagnostic::new(Kind::Import, m.span, msg));
                                continue;
                            }
                        };
                    if !self.import(&base, m.span, false, library) {
                        continue;
                    }
                    // `from pkg import sub` may name a submodule.
                    for (n, _) in names {
                        if n.name != "*" {
                            self.import(&format!("{base}.{}", n.name), n.span, true, library);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Loads module `name` and the packages it is in; false if it is not
    /// a module of the program. `optional`: a possible submodule, which
    /// may be a plain name instead. `from_library`: the importer is a
    /// library module.
    fn import(&mut self, name: &str, span: Span, optional: bool, from_library: bool) -> bool {
        let top = name.split('.').next().unwrap_or("");
        if multigen_hir::is_handled_stdlib(name) || multigen_hir::is_handled_stdlib(top) {
            return false;
        }
        if top == library::INTRINSICS {
            // The checker's primitives, which the program's own modules
            // cannot see (CPython has no such module either).
            if !from_library {
                self.errors.push(Diagnostic::new(
                    Kind::Import,
                    span,
                    format!("No module named '{name}'"),
                ));
            }
            return false;
        }
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            if !self.load_one(&prefix, span, optional) {
                return false;
            }
        }
        true
    }

    /// Loads one module (its packages being loaded); false if not found.
    fn load_one(&mut self, name: &str, span: Span, optional: bool) -> bool {
        match self.state.get(name) {
            Some(State::Done) => return true,
            Some(State::Visiting) => {
                // An import cycle: every module on the stack from `name` on.
                if let Some(k) = self.stack.iter().position(|m| m == name) {
                    self.cyclic.extend(self.stack[k..].iter().cloned());
                }
                return true;
            }
            None => {}
        }
        if let Some(target) = multigen_hir::library_alias(name) {
            // A second name of a library module (`os.path`), which CPython
            // registers at startup: never looked up beside the program.
            return self.load_one(target, span, optional);
        }
        let rel: PathBuf = name.split('.').collect();
        let package = self.dir.join(&rel).join("__init__.py");
        let plain = self.dir.join(&rel).with_extension("py");
        let lib = (!name.contains('.'))
            .then(|| library::source(name))
            .flatten();
        let (path, is_package) = match lib {
            Some(text) if library::is_builtin(name) => {
                return self.add_library(name, text);
            }
            _ if package.is_file() => (package, true),
            _ if plain.is_file() => (plain, false),
            Some(text) => return self.add_library(name, text),
            None => {
                let top = name.split('.').next().unwrap_or("");
                let stdlib = !name.contains('.') && STDLIB.split_whitespace().any(|n| n == top);
                if !optional && !stdlib {
                    self.errors.push(Diagnostic::new(
                        Kind::Import,
                        span,
                        format!("No module named '{name}'"),
                    ));
                }
                return false;
            }
        };
        if path == self.main_path {
            self.errors.push(Diagnostic::new(
                Kind::Unsupported,
                span,
                "importing the main file as a module (CPython would run it a second time) is not supported by multigen",
            ));
            return false;
        }
        let shown = self
            .shown_dir
            .join(path.strip_prefix(&self.dir).unwrap_or(&path));
        let text = match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            _ => {
                self.errors.push(Diagnostic::new(
                    Kind::Import,
                    span,
                    format!(
                        "cannot read module '{name}' ({}) as UTF-8 text",
                        shown.display()
                    ),
                ));
                return false;
            }
        };
        self.implicit_imports(&text);
        let file = SourceFile::new(shown.to_string_lossy().into_owned(), text);
        let path = path.to_string_lossy().into_owned();
        self.add(name, file, path, is_package, false)
    }

    /// Loads the library modules behind builtins that a program's module
    /// with source `text` may use (`_io` for `open`).
    fn implicit_imports(&mut self, text: &str) {
        if library::uses_io(text) {
            if let Some(io) = library::source(library::IO) {
                if !matches!(self.state.get(library::IO), Some(State::Done)) {
                    self.add_library(library::IO, io);
                }
            }
        }
    }

    /// Adds library module `name`, whose source is `text`.
    fn add_library(&mut self, name: &str, text: &str) -> bool {
        let shown = library::shown_path(name);
        let file = SourceFile::new(shown.clone(), text.to_string());
        self.add(name, file, shown, false, true)
    }

    /// Parses module `name` read from `file` and loads what it imports
    /// before adding it to the order.
    fn add(
        &mut self,
        name: &str,
        file: SourceFile,
        path: String,
        is_package: bool,
        library: bool,
    ) -> bool {
        let base = self.next_base;
        self.next_base = base.saturating_add(file.text.len() as u32 + 1);
        let ast = match multigen_syntax::parse_at(&file.text, base) {
            Ok(a) => a,
            Err(ds) => {
                self.errors.extend(ds);
                // A placeholder keeps the source map whole for the report.
                self.order.push(ModuleSource {
                    name: name.to_string(),
                    file,
                    path,
                    ast: ast::Module { body: vec![] },
                    is_package,
                    base,
                    cyclic: false,
                    library,
                });
                self.state.insert(name.to_string(), State::Done);
                return true;
            }
        };
        self.state.insert(name.to_string(), State::Visiting);
        self.stack.push(name.to_string());
        self.imports_of(name, is_package, library, &ast);
        self.stack.pop();
        self.state.insert(name.to_string(), State::Done);
        self.order.push(ModuleSource {
            name: name.to_string(),
            file,
            path,
            ast,
            is_package,
            base,
            cyclic: false,
            library,
        });
        true
    }
}

/// The import statements of a module body, also those inside compound
/// statements (but not in functions or classes, whose imports the checker
/// refuses or handles).
fn collect_imports<'a>(stmts: &'a [ast::Stmt], out: &mut Vec<&'a ast::Stmt>) {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Import(_) | ast::StmtKind::ImportFrom { .. } => out.push(s),
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                collect_imports(body, out);
                collect_imports(orelse, out);
            }
            ast::StmtKind::Try(t) => {
                collect_imports(&t.body, out);
                for h in &t.handlers {
                    collect_imports(&h.body, out);
                }
                collect_imports(&t.orelse, out);
                collect_imports(&t.finalbody, out);
            }
            ast::StmtKind::Match(m) => m.cases.iter().for_each(|c| collect_imports(&c.body, out)),
            _ => {}
        }
    }
}
