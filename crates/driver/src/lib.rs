//! The compilation pipeline and its two back ends: running a program in
//! process (JIT) and building a standalone executable (AOT).
//!
//! `source text -> syntax::parse -> hir::check -> codegen::compile` is the
//! same for every command; they differ only in what is done with the result.
//! This crate is also the library API for embedding the JIT: see
//! [`run_jit`] and [`JitProgram`].

use multigen_codegen::{jit::Jit, Emit, Options};
use multigen_diag::{Diagnostic, SourceFile};
use multigen_hir::ir::Program;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub use multigen_codegen::Emit as EmitKind;

/// A failed compilation: located diagnostics, or an internal/environment
/// error (LLVM, the linker, file system) that is not the program's fault.
#[derive(Debug)]
pub enum Error {
    Diagnostics(Vec<Diagnostic>),
    Other(String),
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
            Error::Other(msg) => format!("{}: error: {msg}\n", src.name),
        }
    }
}

impl From<String> for Error {
    fn from(s: String) -> Self {
        Error::Other(s)
    }
}

/// Compilation settings shared by all commands.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub opt_level: u8,
    /// Print the time each phase takes to stderr.
    pub timings: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            opt_level: 2,
            timings: false,
        }
    }
}

struct Timer {
    on: bool,
    last: Instant,
}

impl Timer {
    fn new(on: bool) -> Timer {
        Timer {
            on,
            last: Instant::now(),
        }
    }
    fn lap(&mut self, what: &str) {
        if self.on {
            let now = Instant::now();
            eprintln!(
                "[time] {what}: {:.2} ms",
                (now - self.last).as_secs_f64() * 1e3
            );
            self.last = now;
        }
    }
}

/// Parses and type-checks a source file.
pub fn check(src: &SourceFile) -> Result<Program, Error> {
    let ast = multigen_syntax::parse(&src.text).map_err(Error::Diagnostics)?;
    let mut program = multigen_hir::check(&ast).map_err(Error::Diagnostics)?;
    // Tracebacks quote the file as it was named and its source lines.
    // CPython names the main script by its absolute path.
    let file = std::path::absolute(&src.name)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| src.name.clone());
    program.source = multigen_hir::ir::Source {
        file,
        text: src.text.clone(),
    };
    Ok(program)
}

/// The text dump of the syntax tree (`--emit ast`).
pub fn dump_ast(src: &SourceFile) -> Result<String, Error> {
    let ast = multigen_syntax::parse(&src.text).map_err(Error::Diagnostics)?;
    Ok(format!("{ast:#?}\n"))
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

/// Compiles a source file to LLVM IR text, assembly or an object file.
pub fn emit(
    src: &SourceFile,
    cfg: Config,
    what: Emit,
    for_executable: bool,
) -> Result<Vec<u8>, Error> {
    let mut t = Timer::new(cfg.timings);
    let program = check(src)?;
    t.lap("parse+check");
    let opts = Options {
        opt_level: cfg.opt_level,
        host_cpu: !for_executable,
        with_main: for_executable,
        call_wrappers: false,
    };
    let out = multigen_codegen::compile(&program, &module_name(src), opts, what)?;
    t.lap("codegen+optimize+emit");
    Ok(out)
}

/// A program compiled and linked in memory, ready to run.
pub struct JitProgram {
    _jit: Jit,
    init: extern "C-unwind" fn(),
}

impl JitProgram {
    /// Compiles and links a source file in this process.
    pub fn compile(src: &SourceFile, cfg: Config) -> Result<JitProgram, Error> {
        let object = emit(src, cfg, Emit::Object, false)?;
        let mut t = Timer::new(cfg.timings);
        let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
        jit.add_object(&object)?;
        let addr = jit.lookup(multigen_codegen::MODULE_INIT)?;
        t.lap("jit link");
        // SAFETY: the module-init function has the signature `void(void)`;
        // the JIT that owns its code lives as long as this value.
        let init = unsafe { std::mem::transmute::<usize, extern "C-unwind" fn()>(addr) };
        Ok(JitProgram { _jit: jit, init })
    }

    /// Runs the module body. A Python exception that is not caught ends the
    /// process with status 1 after printing its traceback, as CPython does.
    pub fn run(&self) {
        multigen_runtime::mg_init();
        (self.init)();
        multigen_runtime::mg_finish();
    }
}

/// `multigen call`: imports the module (runs its body with `__name__` set
/// to the module's name), calls one of its functions with arguments given
/// as text, converted by the parameters' annotations, and prints the `repr`
/// of the result.
pub fn call(src: &SourceFile, cfg: Config, func: &str, args: &[String]) -> Result<(), Error> {
    let program = check(src)?;
    let Some(f) = program
        .functions
        .iter()
        .enumerate()
        .find(|(i, f)| {
            *i != program.init.index() && f.name == func && !f.name.starts_with("lambda.")
        })
        .map(|(_, f)| f)
    else {
        return Err(Error::Other(format!(
            "the module has no function named '{func}'"
        )));
    };
    if args.len() != f.params.len() {
        return Err(Error::Other(format!(
            "{func}() takes {} arguments but {} were given",
            f.params.len(),
            args.len()
        )));
    }
    let name = module_name(src);
    let opts = Options {
        opt_level: cfg.opt_level,
        host_cpu: true,
        with_main: false,
        call_wrappers: true,
    };
    let object = multigen_codegen::compile(&program, &name, opts, Emit::Object)?;
    let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
    jit.add_object(&object)?;
    let init = jit.lookup(multigen_codegen::MODULE_INIT)?;
    let wrapper = jit.lookup(&format!("{}{func}", multigen_codegen::CALL_PREFIX))?;
    multigen_runtime::mg_init();
    // The arguments live in collector memory so that strings among them
    // stay reachable while the module body runs.
    let slots = multigen_runtime::mg_alloc(8 * args.len().max(1) as i64) as *mut u64;
    for (k, (text, l)) in args.iter().zip(&f.params).enumerate() {
        let ty = &f.locals[l.index()].ty;
        let bad = || {
            Error::Other(format!(
                "argument {} of {func}(): cannot convert '{text}' to {ty}",
                k + 1
            ))
        };
        let slot = match ty {
            multigen_hir::ir::Ty::Int => text.trim().parse::<i64>().map_err(|_| bad())? as u64,
            multigen_hir::ir::Ty::Float => text.trim().parse::<f64>().map_err(|_| bad())?.to_bits(),
            multigen_hir::ir::Ty::Bool => match text.as_str() {
                "True" => 1,
                "False" => 0,
                _ => return Err(bad()),
            },
            multigen_hir::ir::Ty::Str => multigen_runtime::module::new_str(text) as u64,
            _ => {
                return Err(Error::Other(format!(
                    "`multigen call` cannot pass a {ty} argument yet"
                )))
            }
        };
        // SAFETY: the block has room for one slot per argument.
        unsafe { slots.add(k).write(slot) };
    }
    multigen_runtime::module::set_module_name(&name);
    // SAFETY: both entry points were generated with these signatures, and
    // the JIT that owns their code lives until the end of this function.
    unsafe {
        std::mem::transmute::<usize, extern "C" fn()>(init)();
        std::mem::transmute::<usize, extern "C" fn(*const u64)>(wrapper)(slots);
    }
    multigen_runtime::mg_finish();
    Ok(())
}

/// Compiles and runs a source file in this process.
pub fn run_jit(src: &SourceFile, cfg: Config) -> Result<(), Error> {
    let p = JitProgram::compile(src, cfg)?;
    let mut t = Timer::new(cfg.timings);
    p.run();
    t.lap("run");
    Ok(())
}

/// Finds the runtime static library that executables link against: named by
/// `MULTIGEN_RUNTIME_LIB`, or beside the `multigen` executable (where cargo
/// builds it).
pub fn runtime_lib() -> Result<PathBuf, Error> {
    if let Some(p) = std::env::var_os("MULTIGEN_RUNTIME_LIB") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| Error::Other(e.to_string()))?;
    if let Some(dir) = exe.parent() {
        let candidate = dir.join("libmultigen_runtime.a");
        if candidate.exists() {
            return Ok(candidate);
        }
        // `cargo test` builds the archive as a dependency and leaves it in
        // `deps/` with a hash in its name; take the newest.
        let newest = std::fs::read_dir(dir.join("deps"))
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter(|e| {
                let n = e.file_name();
                let n = n.to_string_lossy();
                n.starts_with("libmultigen_runtime-") && n.ends_with(".a")
            })
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .max();
        if let Some((_, path)) = newest {
            return Ok(path);
        }
    }
    Err(Error::Other(
        "cannot find libmultigen_runtime.a next to the multigen executable; set MULTIGEN_RUNTIME_LIB".into(),
    ))
}

/// Compiles a source file to a standalone executable at `out`.
pub fn build_executable(src: &SourceFile, cfg: Config, out: &Path) -> Result<(), Error> {
    let object = emit(src, cfg, Emit::Object, true)?;
    let mut t = Timer::new(cfg.timings);
    let lib = runtime_lib()?;
    let obj_path = out.with_extension(format!("{}.o", std::process::id()));
    std::fs::write(&obj_path, &object)
        .map_err(|e| Error::Other(format!("cannot write {}: {e}", obj_path.display())))?;
    let mut cc = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()));
    cc.arg(&obj_path).arg(&lib).arg("-o").arg(out);
    // gold links the runtime (which carries Rust's standard library) in a
    // third of the time of the default BFD linker; stripping the symbols
    // saves as much again and shrinks the executable from 4 MB to 0.3 MB.
    if on_path("ld.gold") {
        cc.arg("-fuse-ld=gold");
    }
    cc.args([
        "-s",
        "-Wl,--gc-sections",
        "-lgc",
        "-lpthread",
        "-lm",
        "-ldl",
        "-lc",
    ]);
    let status = cc.status();
    let _ = std::fs::remove_file(&obj_path);
    t.lap("link");
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(Error::Other(format!("the linker `cc` failed ({s})"))),
        Err(e) => Err(Error::Other(format!("cannot run the linker `cc`: {e}"))),
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}
