//! LLVM code generation: the typed IR to an optimised LLVM module, and from
//! there to textual IR, assembly or an object file.
//!
//! This is the only crate that touches LLVM (through `inkwell`, plus the ORC
//! JIT glue in [`jit`] that inkwell does not wrap). JIT and AOT share one
//! path: both compile the module to a native object in memory; AOT writes it
//! to disk for the system linker, the JIT hands it to ORC's in-process linker
//! together with the addresses of the runtime functions. Runtime functions
//! are declared from `multigen_runtime::interface::DECLS`, the same table the
//! JIT registers, so declarations and definitions cannot drift apart.

mod frames;
mod gen;
pub mod ir_input;
pub mod jit;

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::OptimizationLevel;
use multigen_hir::ir::Program;

/// Which form of the compiled program to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    LlvmIr,
    Asm,
    Object,
}

/// Code generation options.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// 0 to 3, as `-O0` .. `-O3`.
    pub opt_level: u8,
    /// Generate for the host CPU (JIT) rather than a generic x86-64 (AOT
    /// executables that may run elsewhere).
    pub host_cpu: bool,
    /// Also emit a C `main` that runs the module (AOT executables).
    pub with_main: bool,
    /// Also emit the entry points through which a host calls the
    /// functions of [`entry_functions`] (`__mg_entry.f(ptr slots)`, with
    /// arguments and result in 8-byte slots), their signature tables
    /// (`__mg_sig.f`) and the catcher `__mg_catch` (`gen/entry.rs`): the
    /// library API and `multigen call`.
    pub call_wrappers: bool,
}

/// The prefix of the entry points made by [`Options::call_wrappers`].
pub const ENTRY_PREFIX: &str = "__mg_entry.";

/// The prefix of their signature tables: the result's type descriptor,
/// then each parameter's.
pub const SIG_PREFIX: &str = "__mg_sig.";

/// `ptr __mg_catch(ptr body, ptr env)`: runs `body(env)` and returns the
/// exception that escaped it, or null.
pub const CATCH: &str = "__mg_catch";

pub use gen::{entry_functions, refused_entry_functions};

/// The name of the function holding the module body.
pub const MODULE_INIT: &str = "__mg_module_init";

/// A store of compiled objects (the driver's compiled-module cache),
/// consulted for each LLVM module once it is generated and before it is
/// verified, optimised and emitted, which is where compilation spends its
/// time.
///
/// The object is looked up by the module's complete unoptimised IR (as
/// bitcode, with the target's triple and data layout set): together with
/// [`target_identity`], which the store must also key on, that IR
/// determines the object, whatever in the whole program made it what it
/// is (symbol numbering, generic instances requested by importers, the
/// numeric tower flag, linkage decided by `internalize`).
pub trait ObjectCache {
    /// The object compiled earlier from `ir`, if the store holds it.
    /// `module` is the Python module's name, for reports only.
    fn lookup(&mut self, module: &str, ir: &[u8]) -> Option<Vec<u8>>;
    /// Keeps the object just compiled from `ir`.
    fn store(&mut self, module: &str, ir: &[u8], object: &[u8]);
}

/// Everything besides a module's IR that decides the object LLVM makes of
/// it: the LLVM version, the target triple, the CPU and its features (the
/// host's for the JIT, a generic x86-64 for executables), the optimisation
/// level and pipeline, and LLVM's process-wide options. A cache of
/// compiled code keys on this text.
pub fn target_identity(opts: Options) -> Result<String, String> {
    let tm = target_machine(opts)?;
    let (mut major, mut minor, mut patch) = (0, 0, 0);
    // SAFETY: LLVMGetVersion only writes the three integers.
    unsafe { inkwell::llvm_sys::core::LLVMGetVersion(&mut major, &mut minor, &mut patch) };
    Ok(format!(
        "llvm {major}.{minor}.{patch}\ntriple {}\ncpu {}\nfeatures {}\npipeline default<O{}>\nllvm-args {}\n",
        tm.get_triple().as_str().to_string_lossy(),
        tm.get_cpu().to_string_lossy(),
        tm.get_feature_string().to_string_lossy(),
        opts.opt_level.min(3),
        llvm_args().join(" "),
    ))
}

/// Compiles a checked program to the requested form. Errors are internal
/// (an LLVM verifier failure or a target problem), never user mistakes.
pub fn compile(
    program: &Program,
    name: &str,
    opts: Options,
    emit: Emit,
) -> Result<Vec<u8>, String> {
    compile_one(program, name, opts, emit, None)
}

fn compile_one(
    program: &Program,
    name: &str,
    opts: Options,
    emit: Emit,
    cache: Option<&mut dyn ObjectCache>,
) -> Result<Vec<u8>, String> {
    let ctx = Context::create();
    let module = ctx.create_module(name);
    gen::generate(
        &ctx,
        &module,
        program,
        0,
        None,
        opts.with_main,
        opts.call_wrappers,
    );
    finish_cached(&module, name, opts, emit, cache)
}

/// Compiles a program of several Python modules separately: one LLVM
/// module, and one result, per Python module (in `Program::modules`
/// order), to be linked together. A single-file program gives what
/// [`compile`] gives.
pub fn compile_modules(
    program: &Program,
    name: &str,
    opts: Options,
    emit: Emit,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    compile_modules_cached(program, name, opts, emit, None)
}

/// [`compile_modules`], with objects taken from and kept in `cache` (used
/// only when emitting objects).
pub fn compile_modules_cached(
    program: &Program,
    name: &str,
    opts: Options,
    emit: Emit,
    mut cache: Option<&mut dyn ObjectCache>,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    if program.modules.len() < 2 {
        return Ok(vec![(
            name.to_string(),
            compile_one(program, name, opts, emit, cache)?,
        )]);
    }
    let ctx = Context::create();
    let syms = gen::Symbols::new(program);
    let modules: Vec<Module> = program
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let module = ctx.create_module(&m.name);
            gen::generate(
                &ctx,
                &module,
                program,
                i,
                Some(&syms),
                opts.with_main,
                opts.call_wrappers,
            );
            module
        })
        .collect();
    gen::internalize(&modules);
    let mut out = Vec::with_capacity(modules.len());
    for (m, module) in program.modules.iter().zip(&modules) {
        let object = finish_cached(module, &m.name, opts, emit, cache.as_deref_mut())?;
        out.push((m.name.clone(), object));
    }
    Ok(out)
}

/// [`finish`], or the object `cache` holds for the same IR and target.
fn finish_cached(
    module: &Module,
    name: &str,
    opts: Options,
    emit: Emit,
    cache: Option<&mut (dyn ObjectCache + '_)>,
) -> Result<Vec<u8>, String> {
    let Some(cache) = cache.filter(|_| emit == Emit::Object) else {
        return finish(module, opts, emit);
    };
    // The triple and data layout are part of the IR the key covers; they
    // are set before hashing exactly as `finish` sets them.
    let tm = target_machine(opts)?;
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    let ir = module.write_bitcode_to_memory();
    if let Some(object) = cache.lookup(name, ir.as_slice()) {
        return Ok(object);
    }
    let object = finish(module, opts, emit)?;
    cache.store(name, ir.as_slice(), &object);
    Ok(object)
}

/// Verifies, optimises and emits one LLVM module.
fn finish(module: &Module, opts: Options, emit: Emit) -> Result<Vec<u8>, String> {
    module.verify().map_err(|e| {
        format!(
            "internal compiler error: LLVM verifier: {}",
            e.to_string_lossy()
        )
    })?;
    optimize_and_emit(module, opts, emit)
}

/// Optimises and emits one LLVM module that has been verified, for the
/// host (JIT) or a generic x86-64 (executables) as `opts` says.
fn optimize_and_emit(module: &Module, opts: Options, emit: Emit) -> Result<Vec<u8>, String> {
    let tm = target_machine(opts)?;
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    frames::reset_table(module);
    optimize(module, &tm, opts.opt_level)?;
    frames::add_table(module);
    match emit {
        Emit::LlvmIr => Ok(module.print_to_string().to_bytes().to_vec()),
        Emit::Asm | Emit::Object => {
            let ft = if emit == Emit::Asm {
                FileType::Assembly
            } else {
                FileType::Object
            };
            let buf = tm.write_to_memory_buffer(module, ft).map_err(|e| {
                format!(
                    "internal compiler error: code emission: {}",
                    e.to_string_lossy()
                )
            })?;
            Ok(buf.as_slice().to_vec())
        }
    }
}

/// Sets LLVM's process-wide options, once. SimplifyCFG's merging of
/// "compatible" invokes compares every pair of invokes that share a landing
/// pad, and every call on one line shares one: a display of 10,000 entries
/// took seconds to optimise. The merge only shrinks code a little.
fn llvm_options() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let owned: Vec<std::ffi::CString> = llvm_args()
            .iter()
            .filter_map(|a| std::ffi::CString::new(a.as_str()).ok())
            .collect();
        let mut args = vec![c"multigen".as_ptr()];
        args.extend(owned.iter().map(|a| a.as_ptr()));
        // SAFETY: the arguments are NUL-terminated strings that outlive
        // the call; LLVM copies what it keeps.
        unsafe {
            inkwell::llvm_sys::support::LLVMParseCommandLineOptions(
                args.len() as i32,
                args.as_ptr(),
                c"multigen".as_ptr(),
            );
        }
    });
}

/// The options [`llvm_options`] gives LLVM: ours, then those of
/// `MULTIGEN_LLVM_ARGS`, which adds options for investigations
/// (`-time-passes`, `-debug-pass-manager`...). Read once: LLVM takes its
/// options once per process, and [`target_identity`] must name those.
fn llvm_args() -> &'static [String] {
    static ARGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ARGS.get_or_init(|| {
        let mut args = vec!["-simplifycfg-merge-compatible-invokes=false".to_string()];
        args.extend(
            std::env::var("MULTIGEN_LLVM_ARGS")
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_string),
        );
        args
    })
}

fn target_machine(opts: Options) -> Result<TargetMachine, String> {
    Target::initialize_native(&InitializationConfig::default())?;
    llvm_options();
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string_lossy().into_owned())?;
    let (cpu, features) = if opts.host_cpu {
        (
            TargetMachine::get_host_cpu_name()
                .to_string_lossy()
                .into_owned(),
            TargetMachine::get_host_cpu_features()
                .to_string_lossy()
                .into_owned(),
        )
    } else {
        ("x86-64".to_string(), String::new())
    };
    let level = match opts.opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    target
        .create_target_machine(
            &triple,
            &cpu,
            &features,
            level,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| {
            "internal compiler error: cannot create a target machine for the host".to_string()
        })
}

fn optimize(module: &Module, tm: &TargetMachine, level: u8) -> Result<(), String> {
    let pipeline = format!("default<O{}>", level.min(3));
    module
        .run_passes(&pipeline, tm, PassBuilderOptions::create())
        .map_err(|e| {
            format!(
                "internal compiler error: optimizer: {}",
                e.to_string_lossy()
            )
        })
}
