//! Running a program in this process: compile, link in memory with ORC,
//! run the module body.

use crate::{cache, signals, Config, Error, Timer};
use multigen_codegen::jit::Jit;
use multigen_diag::SourceFile;

/// A program compiled and linked in memory, ready to run.
pub struct JitProgram {
    _jit: Jit,
    init: extern "C-unwind" fn(),
}

impl JitProgram {
    /// Compiles and links a source file in this process, with the
    /// objects of the compiled-module cache where it has them.
    pub fn compile(src: &SourceFile, cfg: Config) -> Result<JitProgram, Error> {
        let objects = cache::objects(src, cfg, false)?;
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
    /// SIGILL, SIGABRT: a fault in compiled code or the runtime, a stack
    /// overflow, an abort, or the signal sent from outside) flushes the
    /// program's pending output, prints CPython's `Fatal Python error:
    /// Segmentation fault` report with the Python frames on stderr, and
    /// ends the process by that signal. The previous handlers are restored
    /// when the program returns.
    pub fn run(&self) {
        let _signals = signals::Guard::install();
        multigen_runtime::mg_init();
        (self.init)();
        multigen_runtime::mg_finish();
    }
}

/// Compiles and runs a source file in this process.
pub fn run_jit(src: &SourceFile, cfg: Config) -> Result<(), Error> {
    let p = JitProgram::compile(src, cfg)?;
    let mut t = Timer::new(cfg.timings);
    p.run();
    t.lap("run");
    Ok(())
}
