//! The compilation pipeline and its two back ends: running a program in
//! process (JIT) and building a standalone executable (AOT).
//!
//! `source text -> syntax::parse -> hir::check -> codegen::compile` is the
//! same for every command; they differ only in what is done with the result.
//! This crate is also the library API for embedding the JIT: [`Engine`]
//! compiles programs into the process and calls their functions with Rust
//! [`Value`]s (see `engine.rs` and `examples/host.rs`); [`run_jit`] and
//! [`JitProgram`] run a whole program as `multigen run` does;
//! [`compile_ir`] takes LLVM IR instead of Python (`ir.rs`).

use multigen_codegen::{Emit, Options};
use multigen_diag::{Diagnostic, SourceFile};
use multigen_hir::ir::Program;
use std::path::Path;
use std::time::Instant;

pub use multigen_codegen::Emit as EmitKind;

mod cache;
mod call;
mod engine;
mod engine_ir;
pub mod fuzzing;
mod ir;
mod jit;
pub mod library;
mod link;
mod literal;
pub mod modules;
mod signals;
mod value;

pub use cache::{
    cache_clear, cache_location, cache_stats, CacheLocation, CacheSetting, CacheStats, Usage,
};
pub use call::call;
pub use engine::{Engine, Function, Module, Signature};
pub use ir::{build_ir, compile_ir, compile_ir_modules, run_ir, IrFunction, IrModule};
pub use jit::{run_jit, JitProgram};
pub use link::{build_executable, emit, runtime_lib};
/// Sets `sys.argv` for the programs run in this process (`argv[0]` first).
pub use multigen_runtime::sys::set_argv;
pub use value::{Type, Value};

/// Everything that can go wrong between source text and a finished call:
/// located diagnostics, bad LLVM IR input, a call that does not fit the
/// compiled code, a Python exception the called code did not catch, or an
/// internal/environment error (LLVM, the linker, the file system) that is
/// not the program's fault.
#[derive(Debug)]
pub enum Error {
    /// Diagnostics in the main file.
    Diagnostics(Vec<Diagnostic>),
    /// Diagnostics of a program of several modules, each with its file.
    InFiles(Vec<(SourceFile, Diagnostic)>),
    /// LLVM IR input that does not parse or verify, with LLVM's message.
    InvalidIr(String),
    /// A function looked up by name that the compiled code does not define.
    FunctionNotFound(String),
    /// A call whose arguments do not fit the function's signature: the
    /// wrong number, or a value of the wrong type for a parameter.
    SignatureMismatch(String),
    /// A Python exception that the called code raised and did not catch.
    Exception(PyException),
    Other(String),
}

/// A Python exception that escaped compiled code called through the
/// library, as CPython would report it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    /// The exception's class name (`ZeroDivisionError`, or a user class).
    pub type_name: String,
    /// `str()` of the exception.
    pub message: String,
    /// The whole report CPython prints: `Traceback (most recent call
    /// last):`, the frames, and the final `Type: message` line.
    pub traceback: String,
}

impl Error {
    /// Renders the error as the text printed on stderr.
    pub fn render(&self, src: &SourceFile) -> String {
        match self {
            Error::Diagnostics(ds) => ds
                .iter()
                .map(|d| src.render(d))
                .collect::<Vec<_>>()
                .join(""),
            Error::InFiles(ds) => ds.iter().map(|(f, d)| f.render(d)).collect(),
            Error::InvalidIr(msg) => format!("{}: error: invalid LLVM IR: {msg}\n", src.name),
            Error::FunctionNotFound(name) => {
                format!("{}: error: no function named '{name}'\n", src.name)
            }
            Error::SignatureMismatch(msg) => format!("{}: error: {msg}\n", src.name),
            Error::Exception(e) => e.traceback.clone(),
            Error::Other(msg) => format!("{}: error: {msg}\n", src.name),
        }
    }
}

/// The error as text: diagnostics with their files (diagnostics without
/// a file, which only the pipeline's own functions return, with byte
/// offsets), a Python exception as its traceback.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Diagnostics(ds) => {
                for d in ds {
                    writeln!(
                        f,
                        "error[{}] at byte {}: {}",
                        d.kind, d.span.start, d.message
                    )?;
                }
                Ok(())
            }
            Error::InFiles(ds) => {
                for (file, d) in ds {
                    f.write_str(&file.render(d))?;
                }
                Ok(())
            }
            Error::InvalidIr(msg) => write!(f, "invalid LLVM IR: {msg}"),
            Error::FunctionNotFound(name) => write!(f, "no function named '{name}'"),
            Error::SignatureMismatch(msg) | Error::Other(msg) => f.write_str(msg),
            Error::Exception(e) => f.write_str(&e.traceback),
        }
    }
}

impl std::error::Error for Error {}

impl From<String> for Error {
    fn from(s: String) -> Self {
        Error::Other(s)
    }
}

/// Compilation settings shared by all commands.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub opt_level: u8,
    /// Print the time each phase takes to stderr (and the compiled-module
    /// cache's hits and misses).
    pub timings: bool,
    /// Whether and where compiled modules are cached (`run`, `build`,
    /// `call`).
    pub cache: CacheSetting,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            opt_level: 2,
            timings: false,
            cache: CacheSetting::Auto,
        }
    }
}

/// The environment variable naming a file to which every phase's time is
/// appended as `PHASE<tab>MILLISECONDS` lines (`multigen bench` reads the
/// phases of its child processes there, apart from the program's stderr).
pub const TIMINGS_FILE_ENV: &str = "MULTIGEN_TIMINGS_FILE";

struct Timer {
    on: bool,
    file: Option<std::path::PathBuf>,
    last: Instant,
}

impl Timer {
    fn new(on: bool) -> Timer {
        Timer {
            on,
            file: std::env::var_os(TIMINGS_FILE_ENV).map(Into::into),
            last: Instant::now(),
        }
    }
    fn lap(&mut self, what: &str) {
        if !self.on && self.file.is_none() {
            return;
        }
        let ms = self.last.elapsed().as_secs_f64() * 1e3;
        if self.on {
            eprintln!("[time] {what}: {ms:.2} ms");
        }
        if let Some(path) = &self.file {
            use std::io::Write;
            let _ = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| writeln!(f, "{what}\t{ms:.3}"));
        }
        // Reporting is not part of the next phase.
        self.last = Instant::now();
    }
}

/// Parses and type-checks a program: the source file and the modules it
/// imports (`modules.rs`).
pub fn check(src: &SourceFile) -> Result<Program, Error> {
    check_graph(&modules::load(src)?)
}

/// Type-checks a loaded module graph.
fn check_graph(graph: &modules::Graph) -> Result<Program, Error> {
    // Tracebacks quote each file by its absolute path, as CPython names
    // the main script and the modules found beside it, and its lines.
    let inputs: Vec<multigen_hir::ModuleInput> = graph
        .modules
        .iter()
        .map(|m| multigen_hir::ModuleInput {
            name: m.name.clone(),
            module: &m.ast,
            is_package: m.is_package,
            source: multigen_hir::ir::Source {
                file: m.path.clone(),
                text: m.file.text.clone(),
            },
            base: m.base,
            cyclic: m.cyclic,
            library: m.library,
        })
        .collect();
    multigen_hir::check_program(&inputs).map_err(|ds| graph.locate(ds))
}

/// The text dump of the syntax tree (`--emit ast`).
pub fn dump_ast(src: &SourceFile) -> Result<String, Error> {
    let ast = multigen_syntax::parse(&src.text).map_err(Error::Diagnostics)?;
    Ok(multigen_syntax::dump(&ast))
}

/// The text dump of the typed IR (`--emit hir`).
pub fn dump_hir(src: &SourceFile) -> Result<String, Error> {
    Ok(multigen_hir::dump(&check(src)?))
}

fn module_name(src: &SourceFile) -> String {
    Path::new(&src.name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main".into())
}

/// Compiles a program to LLVM IR text, assembly or object code: one
/// result per module (the main module last), each compiled separately.
pub fn emit_modules(
    src: &SourceFile,
    cfg: Config,
    what: Emit,
    for_executable: bool,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let mut t = Timer::new(cfg.timings);
    let program = check(src)?;
    t.lap("parse+check");
    let opts = options(cfg, for_executable);
    let out = multigen_codegen::compile_modules(&program, &module_name(src), opts, what)?;
    t.lap("codegen+optimize+emit");
    Ok(out)
}

/// The code generation options of a program run by the JIT or built into
/// an executable.
fn options(cfg: Config, for_executable: bool) -> Options {
    Options {
        opt_level: cfg.opt_level,
        host_cpu: !for_executable,
        with_main: for_executable,
        call_wrappers: false,
    }
}
