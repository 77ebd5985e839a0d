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

pub mod fuzzing;
pub mod modules;

/// A failed compilation: located diagnostics, or an internal/environment
/// error (LLVM, the linker, file system) that is not the program's fault.
#[derive(Debug)]
pub enum Error {
    /// Diagnostics in the main file.
    Diagnostics(Vec<Diagnostic>),
    /// Diagnostics of a program of several modules, each with its file.
    InFiles(Vec<(SourceFile, Diagnostic)>),
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
            Error::InFiles(ds) => ds.iter().map(|(f, d)| f.render(d)).collect(),
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

/// Parses and type-checks a program: the source file and the modules it
/// imports (`modules.rs`).
pub fn check(src: &SourceFile) -> Result<Program, Error> {
    let graph = modules::load(src)?;
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
    let opts = Options {
        opt_level: cfg.opt_level,
        host_cpu: !for_executable,
        with_main: for_executable,
        call_wrappers: false,
    };
    let out = multigen_codegen::compile_modules(&program, &module_name(src), opts, what)?;
    t.lap("codegen+optimize+emit");
    Ok(out)
}

/// Compiles a program to LLVM IR text, assembly or an object file. The
/// text forms of a program of several modules are those of each module
/// one after the other; its objects are joined into one relocatable
/// object (`cc -r`).
pub fn emit(
    src: &SourceFile,
    cfg: Config,
    what: Emit,
    for_executable: bool,
) -> Result<Vec<u8>, Error> {
    let mut parts = emit_modules(src, cfg, what, for_executable)?;
    if parts.len() == 1 {
        return Ok(parts.pop().unwrap().1);
    }
    if what != Emit::Object {
        let mut out = Vec::new();
        for (name, text) in parts {
            let comment = if what == Emit::LlvmIr { ";" } else { "#" };
            out.extend_from_slice(format!("{comment} ---- module {name} ----\n").as_bytes());
            out.extend_from_slice(&text);
        }
        return Ok(out);
    }
    let dir = temp_dir()?;
    let objects = write_objects(&dir, &parts)?;
    let joined = dir.join("joined.o");
    let status = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()))
        .arg("-r")
        .arg("-nostdlib")
        .args(&objects)
        .arg("-o")
        .arg(&joined)
        .status();
    let bytes = std::fs::read(&joined);
    let _ = std::fs::remove_dir_all(&dir);
    match (status, bytes) {
        (Ok(s), Ok(b)) if s.success() => Ok(b),
        _ => Err(Error::Other(
            "cannot join the modules' objects with `cc -r`".into(),
        )),
    }
}

/// A fresh directory for the objects of one build.
fn temp_dir() -> Result<PathBuf, Error> {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("multigen-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::Other(format!("cannot create {}: {e}", dir.display())))?;
    Ok(dir)
}

/// Writes one object file per module into `dir`.
fn write_objects(dir: &Path, parts: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>, Error> {
    parts
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| {
            let p = dir.join(format!("{i}-{name}.o"));
            std::fs::write(&p, bytes)
                .map_err(|e| Error::Other(format!("cannot write {}: {e}", p.display())))?;
            Ok(p)
        })
        .collect()
}

/// A program compiled and linked in memory, ready to run.
pub struct JitProgram {
    _jit: Jit,
    init: extern "C-unwind" fn(),
}

impl JitProgram {
    /// Compiles and links a source file in this process.
    pub fn compile(src: &SourceFile, cfg: Config) -> Result<JitProgram, Error> {
        let objects = emit_modules(src, cfg, Emit::Object, false)?;
        let mut t = Timer::new(cfg.timings);
        let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
        for (_, object) in &objects {
            jit.add_object(object)?;
        }
        let addr = jit.lookup(multigen_codegen::MODULE_INIT)?;
        t.lap("jit link");
        // SAFETY: the module-init function has the signature `void(void)`;
        // the JIT that owns its code lives as long as this value.
        let init = unsafe { std::mem::transmute::<usize, extern "C-unwind" fn()>(addr) };
        Ok(JitProgram { _jit: jit, init })
    }

    /// Runs the module body. A Python exception that is not caught ends the
    /// process with status 1 after printing its traceback, as CPython does.
    ///
    /// While the program runs, a fatal signal (SIGSEGV, SIGBUS, SIGFPE,
    /// SIGILL: a fault in compiled code or the runtime, a stack overflow, or
    /// the signal sent from outside) flushes the program's pending output,
    /// is reported on stderr (`multigen: the program was killed by signal
    /// SIGSEGV (segmentation fault)`) and ends the process with status
    /// 128 + the signal number. The previous handlers are restored when the
    /// program returns.
    pub fn run(&self) {
        let _signals = signals::Guard::install();
        multigen_runtime::mg_init();
        (self.init)();
        multigen_runtime::mg_finish();
    }
}

/// Reporting fatal signals that a JIT-compiled program receives.
///
/// The program runs inside the compiler's process, so without this a fault
/// would look like a crash of `multigen` itself (and Rust's own handler
/// would call a stack overflow in compiled code an overflow of the
/// compiler's main thread), and the output the program had buffered would be
/// lost. The handler runs on an alternate signal stack of its own, so a
/// stack overflow can be reported too; it only calls async-signal-safe
/// functions, except for flushing the runtime's stdout buffer, which is
/// guarded by an alarm in case the interrupted code held the buffer's lock.
#[cfg(target_os = "linux")]
mod signals {
    use std::ffi::{c_int, c_uint, c_void};
    use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

    const SIGILL: c_int = 4;
    const SIGBUS: c_int = 7;
    const SIGFPE: c_int = 8;
    const SIGSEGV: c_int = 11;
    const SIGALRM: c_int = 14;
    const SA_SIGINFO: c_int = 4;
    const SA_ONSTACK: c_int = 0x0800_0000;
    const SS_DISABLE: c_int = 2;
    /// The signals reported.
    const FATAL: [c_int; 4] = [SIGSEGV, SIGBUS, SIGFPE, SIGILL];
    /// Size of the alternate signal stack.
    const ALT_STACK: usize = 64 * 1024;

    /// glibc's (and the kernel's generic) `struct sigaction` on Linux.
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct SigAction {
        handler: usize,
        mask: [u64; 16],
        flags: c_int,
        restorer: usize,
    }

    /// `stack_t`.
    #[repr(C)]
    struct StackT {
        sp: *mut c_void,
        flags: c_int,
        size: usize,
    }

    /// The start of `siginfo_t`: the fault address of SIGSEGV/SIGBUS/SIGFPE/
    /// SIGILL follows the three `int`s at offset 16.
    #[repr(C)]
    struct SigInfo {
        signo: c_int,
        errno: c_int,
        code: c_int,
        addr: usize,
    }

    extern "C" {
        fn sigaction(sig: c_int, act: *const SigAction, old: *mut SigAction) -> c_int;
        fn sigaltstack(ss: *const StackT, old: *mut StackT) -> c_int;
        fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
        fn _exit(code: c_int) -> !;
        fn alarm(seconds: c_uint) -> c_uint;
        fn pthread_self() -> usize;
        fn pthread_getattr_np(thread: usize, attr: *mut [u64; 16]) -> c_int;
        fn pthread_attr_getstack(
            attr: *const [u64; 16],
            addr: *mut *mut c_void,
            size: *mut usize,
        ) -> c_int;
        fn pthread_attr_destroy(attr: *mut [u64; 16]) -> c_int;
    }

    /// The signal being reported (0 while none is).
    static REPORTING: AtomicI32 = AtomicI32::new(0);
    /// Whether the signal being reported is a stack overflow.
    static OVERFLOW: AtomicI32 = AtomicI32::new(0);
    /// The lowest address of the running program's stack (0 if unknown):
    /// a fault just below it is a stack overflow.
    static STACK_LO: AtomicUsize = AtomicUsize::new(0);

    /// The handlers installed for one run; dropping it restores the
    /// previous ones.
    pub(super) struct Guard {
        old: Vec<(c_int, SigAction)>,
        old_stack: StackT,
        _alt_stack: Box<[u8]>,
    }

    impl Guard {
        pub(super) fn install() -> Guard {
            let alt = vec![0u8; ALT_STACK].into_boxed_slice();
            let mut old_stack = StackT {
                sp: std::ptr::null_mut(),
                flags: SS_DISABLE,
                size: 0,
            };
            let stack = StackT {
                sp: alt.as_ptr() as *mut c_void,
                flags: 0,
                size: alt.len(),
            };
            let mut old = Vec::new();
            // SAFETY: plain libc calls with valid pointers; the alternate
            // stack lives in the guard, which restores the previous one
            // before freeing it.
            unsafe {
                sigaltstack(&stack, &mut old_stack);
                STACK_LO.store(stack_low(), Ordering::Relaxed);
                let act = SigAction {
                    handler: on_fatal as *const () as usize,
                    mask: [0; 16],
                    flags: SA_SIGINFO | SA_ONSTACK,
                    restorer: 0,
                };
                for sig in FATAL {
                    let mut prev = act;
                    if sigaction(sig, &act, &mut prev) == 0 {
                        old.push((sig, prev));
                    }
                }
            }
            Guard {
                old,
                old_stack,
                _alt_stack: alt,
            }
        }
    }

    impl Drop for Guard {
        fn drop(&mut self) {
            // SAFETY: restores exactly what `install` replaced.
            unsafe {
                for (sig, prev) in &self.old {
                    sigaction(*sig, prev, std::ptr::null_mut());
                }
                sigaltstack(&self.old_stack, std::ptr::null_mut());
            }
        }
    }

    /// The lowest address of the calling thread's stack, or 0.
    unsafe fn stack_low() -> usize {
        let mut attr = [0u64; 16];
        if pthread_getattr_np(pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr = std::ptr::null_mut();
        let mut size = 0;
        let ok = pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        pthread_attr_destroy(&mut attr);
        if ok {
            addr as usize
        } else {
            0
        }
    }

    /// Whether a fault at `addr` is an access beyond the end of the stack.
    fn is_stack_overflow(addr: usize) -> bool {
        let lo = STACK_LO.load(Ordering::Relaxed);
        lo != 0 && addr < lo + 64 * 1024 && addr >= lo.saturating_sub(1 << 20)
    }

    fn name(sig: c_int) -> (&'static str, &'static str) {
        match sig {
            SIGSEGV => ("SIGSEGV", "segmentation fault"),
            SIGBUS => ("SIGBUS", "bus error"),
            SIGFPE => ("SIGFPE", "arithmetic error"),
            SIGILL => ("SIGILL", "illegal instruction"),
            _ => ("a signal", "unknown"),
        }
    }

    /// Writes the report line without allocating.
    fn report(sig: c_int, overflow: bool) {
        let (sig_name, what) = name(sig);
        let mut buf = [0u8; 160];
        let mut len = 0;
        let parts: [&str; 6] = [
            "multigen: the program ",
            if overflow {
                "overflowed its stack and was killed by signal "
            } else {
                "was killed by signal "
            },
            sig_name,
            " (",
            what,
            ")\n",
        ];
        for p in parts {
            let n = p.len().min(buf.len() - len);
            buf[len..len + n].copy_from_slice(&p.as_bytes()[..n]);
            len += n;
        }
        // SAFETY: writes `len` initialised bytes to stderr.
        unsafe {
            write(2, buf.as_ptr() as *const c_void, len);
        }
    }

    /// Ends the process for the signal being reported.
    fn finish() -> ! {
        let sig = REPORTING.load(Ordering::SeqCst);
        report(sig, OVERFLOW.load(Ordering::SeqCst) != 0);
        // SAFETY: `_exit` is async-signal-safe and skips the compiler's
        // atexit handlers, which must not run in a faulted process.
        unsafe { _exit(128 + sig) }
    }

    extern "C" fn on_fatal(sig: c_int, info: *mut SigInfo, _ctx: *mut c_void) {
        // A fault while reporting (the stdout buffer was damaged, say) ends
        // the process at once, still with the first signal's report.
        if REPORTING
            .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            finish();
        }
        // SAFETY: the kernel passes a valid siginfo to SA_SIGINFO handlers;
        // `code > 0` means the kernel raised the signal for a fault, and
        // then `addr` is the faulting address.
        let overflow = unsafe {
            !info.is_null()
                && matches!(sig, SIGSEGV | SIGBUS)
                && (*info).code > 0
                && is_stack_overflow((*info).addr)
        };
        OVERFLOW.store(i32::from(overflow), Ordering::SeqCst);
        // Flush what the program printed, as an uncaught exception does.
        // The interrupted code may hold the buffer's lock; then the alarm
        // ends the wait (and the process) after a second.
        let act = SigAction {
            handler: on_alarm as *const () as usize,
            mask: [0; 16],
            flags: SA_ONSTACK,
            restorer: 0,
        };
        // SAFETY: installs a handler and arms a timer; both async-signal-safe.
        unsafe {
            sigaction(SIGALRM, &act, std::ptr::null_mut());
            alarm(1);
        }
        multigen_runtime::mg_flush();
        finish()
    }

    extern "C" fn on_alarm(_sig: c_int) {
        finish()
    }
}

/// Fatal signals are not reported specially on other systems.
#[cfg(not(target_os = "linux"))]
mod signals {
    pub(super) struct Guard;

    impl Guard {
        pub(super) fn install() -> Guard {
            Guard
        }
    }
}

/// `multigen call`: imports the module (runs its body with `__name__` set
/// to the module's name), calls one of its functions with arguments given
/// as text, converted by the parameters' annotations, and prints the `repr`
/// of the result.
pub fn call(src: &SourceFile, cfg: Config, func: &str, args: &[String]) -> Result<(), Error> {
    let program = check(src)?;
    let main_module = (program.modules.len() - 1) as u32;
    let Some(f) = program
        .functions
        .iter()
        .enumerate()
        .find(|(i, f)| {
            *i != program.init.index()
                && program.owners.funcs[*i] == main_module
                && f.name == func
                && !f.name.starts_with("lambda.")
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
    let objects = multigen_codegen::compile_modules(&program, &name, opts, Emit::Object)?;
    let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
    for (_, object) in &objects {
        jit.add_object(object)?;
    }
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
    let _signals = signals::Guard::install();
    // SAFETY: both entry points were generated with these signatures, and
    // the JIT that owns their code lives until the end of this function.
    // Exceptions never leave them (they report and exit), but the types
    // say they may unwind, as every compiled function may.
    unsafe {
        std::mem::transmute::<usize, extern "C-unwind" fn()>(init)();
        std::mem::transmute::<usize, extern "C-unwind" fn(*const u64)>(wrapper)(slots);
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
        // `cargo build` leaves the archive beside the executable, `cargo
        // test` builds it as a dependency and leaves it in `deps/` with a
        // hash in its name: take the newest of them all, so that a test run
        // after a change of the runtime never links an older archive.
        let beside = dir.join("libmultigen_runtime.a");
        let newest = std::fs::read_dir(dir.join("deps"))
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter(|e| {
                let n = e.file_name();
                let n = n.to_string_lossy();
                n.starts_with("libmultigen_runtime-") && n.ends_with(".a")
            })
            .map(|e| e.path())
            .chain(std::iter::once(beside))
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
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
    let parts = emit_modules(src, cfg, Emit::Object, true)?;
    let mut t = Timer::new(cfg.timings);
    let lib = runtime_lib()?;
    let dir = temp_dir()?;
    let objects = write_objects(&dir, &parts)?;
    let mut cc = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()));
    cc.args(&objects).arg(&lib).arg("-o").arg(out);
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
    let _ = std::fs::remove_dir_all(&dir);
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
