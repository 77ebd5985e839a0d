//! `multigen call`: one function of a module called with arguments given
//! as text.

use crate::{check, module_name, signals, Config, Error};
use multigen_codegen::{jit::Jit, Options};
use multigen_diag::SourceFile;

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
    let objects = crate::cache::compile_checked(&program, &name, cfg, opts)?;
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
