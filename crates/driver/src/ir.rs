//! LLVM IR as input: `multigen run prog.ll` and `multigen build prog.ll`,
//! and [`compile_ir`], which the library's IR helpers build on.
//!
//! The text is what `multigen convert` writes (or hand-written IR): one
//! LLVM module, or several separated by `; ---- module NAME ----` lines
//! (a program of several Python modules, see [`crate::emit`]). Each module
//! is parsed, verified, optimised and emitted by
//! `multigen_codegen::ir_input` like a module compiled from Python; the
//! objects then go to the same JIT and linker as a Python program's.
//! Running means calling the IR's `main`, whose type is checked first:
//! nothing is ever called through a guessed type.

use crate::{link, signals, Config, Error, Timer};
use multigen_codegen::ir_input::{self, IrError};
use multigen_codegen::{jit::Jit, Emit, Options};
use std::ffi::{c_char, CString};
use std::path::Path;

pub use multigen_codegen::ir_input::IrFunction;

/// The line that starts each module in the IR text of a program of
/// several modules (`comment` is `;` for IR, `#` for assembly).
pub(crate) fn module_marker(comment: &str, name: &str) -> String {
    format!("{comment} ---- module {name} ----\n")
}

/// One compiled module of IR input.
#[derive(Debug)]
pub struct IrModule {
    /// The module's name: from its `; ---- module NAME ----` line, or the
    /// name given for text without such lines.
    pub name: String,
    /// The native object.
    pub object: Vec<u8>,
    /// The functions the module defines and exports, with their types.
    pub functions: Vec<IrFunction>,
}

/// Compiles LLVM IR text to native objects, one per LLVM module in the
/// text (several when it is what `multigen convert` wrote for a program of
/// several modules), each named by its module. `name` names the module of
/// text without module markers. `for_executable` selects the code for an
/// executable (generic x86-64, and a `void main()` wrapped so that it
/// returns status 0) rather than for this process's JIT (the host CPU);
/// `cfg.opt_level` is the optimisation level.
///
/// Errors: [`Error::InvalidIr`] for text that does not parse or that LLVM's
/// verifier rejects, with LLVM's message (`line L, column C: ...` and the
/// quoted line for parse errors, line numbers counted in the whole text);
/// [`Error::Other`] for a problem of the target machine.
pub fn compile_ir(
    text: &str,
    name: &str,
    cfg: Config,
    for_executable: bool,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    Ok(compile_ir_modules(text, name, cfg, for_executable)?
        .into_iter()
        .map(|m| (m.name, m.object))
        .collect())
}

/// [`compile_ir`] with the functions each module exports and their types,
/// for callers that look a function up and must check its signature.
pub fn compile_ir_modules(
    text: &str,
    name: &str,
    cfg: Config,
    for_executable: bool,
) -> Result<Vec<IrModule>, Error> {
    let mut t = Timer::new(cfg.timings);
    let opts = Options {
        opt_level: cfg.opt_level,
        host_cpu: !for_executable,
        with_main: for_executable,
        call_wrappers: false,
    };
    let modules = split_modules(text, name)
        .into_iter()
        .map(|(name, text)| {
            let out = ir_input::compile_ir_module(&text, &name, opts, Emit::Object).map_err(
                |e| match e {
                    IrError::Invalid(msg) => Error::InvalidIr(msg),
                    IrError::Internal(msg) => Error::Other(msg),
                },
            )?;
            Ok(IrModule {
                name,
                object: out.bytes,
                functions: out.functions,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    t.lap("parse+verify+optimize+emit");
    Ok(modules)
}

/// Splits IR text at its module markers into (module name, module text).
/// Each module's text is preceded by as many empty lines as the text had
/// before it, so that the line numbers of LLVM's messages are those of the
/// whole text. Text without markers is one module named `name`.
fn split_modules(text: &str, name: &str) -> Vec<(String, String)> {
    let mut modules: Vec<(String, String)> = vec![(name.to_string(), String::new())];
    for (line, l) in text.split_inclusive('\n').enumerate() {
        let marker = l
            .trim_end()
            .strip_prefix("; ---- module ")
            .and_then(|rest| rest.strip_suffix(" ----"));
        match marker {
            Some(module) => {
                // Text before the first marker is a module of its own only
                // if it holds more than blank lines.
                if modules.len() == 1 && modules[0].1.trim().is_empty() {
                    modules.clear();
                }
                modules.push((module.to_string(), "\n".repeat(line + 1)));
            }
            None => modules.last_mut().unwrap().1.push_str(l),
        }
    }
    modules
}

/// The types of `main` that can be called safely, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MainKind {
    /// `void main()`: the exit status is 0.
    Void,
    /// `i32`/`i64 main()` or `main(i32, ptr)`: the result is the status.
    Int { wide: bool, argv: bool },
}

/// Finds the `main` that the modules define and checks its type.
fn main_kind(modules: &[IrModule]) -> Result<MainKind, Error> {
    let Some(main) = modules
        .iter()
        .flat_map(|m| &m.functions)
        .find(|f| f.name == "main")
    else {
        return Err(Error::FunctionNotFound("main".into()));
    };
    let params: Vec<&str> = main.params.iter().map(String::as_str).collect();
    let argv = match params.as_slice() {
        [] => false,
        ["i32", "ptr"] => true,
        _ => return Err(main_mismatch(main)),
    };
    match main.ret.as_str() {
        _ if main.var_args => Err(main_mismatch(main)),
        "void" if !argv => Ok(MainKind::Void),
        "i32" => Ok(MainKind::Int { wide: false, argv }),
        "i64" => Ok(MainKind::Int { wide: true, argv }),
        _ => Err(main_mismatch(main)),
    }
}

fn main_mismatch(main: &IrFunction) -> Error {
    Error::SignatureMismatch(format!(
        "`main` has the type `{}`, which cannot be run: it must be `i32 main()`, \
         `i64 main()`, `i32 main(i32, ptr)`, `i64 main(i32, ptr)` or `void main()`",
        main.type_text()
    ))
}

/// Compiles LLVM IR text, links it in this process and runs its `main`,
/// whose result is returned as the exit status (truncated to 32 bits, as
/// the C start-up code does; 0 for `void main()`). `main(argc, argv)`
/// gets `argv0` and `args` as its arguments.
///
/// Errors: those of [`compile_ir`]; [`Error::FunctionNotFound`] without a
/// `main`; [`Error::SignatureMismatch`] for a `main` of another type;
/// [`Error::Other`] when linking fails (a function that nothing defines).
/// A fatal signal while `main` runs is reported as for Python programs
/// (`JitProgram::run`).
pub fn run_ir(
    text: &str,
    name: &str,
    cfg: Config,
    argv0: &str,
    args: &[String],
) -> Result<i32, Error> {
    let modules = compile_ir_modules(text, name, cfg, false)?;
    let kind = main_kind(&modules)?;
    let mut t = Timer::new(cfg.timings);
    let link_error = |e: String| Error::Other(format!("cannot link the IR: {e}"));
    let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
    for m in &modules {
        jit.add_object(&m.object).map_err(link_error)?;
    }
    let addr = jit.lookup("main").map_err(link_error)?;
    t.lap("jit link");
    let strings: Vec<CString> = std::iter::once(argv0)
        .chain(args.iter().map(String::as_str))
        .map(|s| CString::new(s.replace('\0', "")).unwrap_or_default())
        .collect();
    let mut argv: Vec<*const c_char> = strings.iter().map(|s| s.as_ptr()).collect();
    argv.push(std::ptr::null());
    let argc = strings.len() as i32;
    let status = {
        let _signals = signals::Guard::install();
        // SAFETY: `main_kind` checked that `main` has exactly the type it
        // is called with; the JIT owning its code lives until the end of
        // this function, and `argv` (null-terminated, as C requires) until
        // the call returns.
        unsafe {
            match kind {
                MainKind::Void => {
                    std::mem::transmute::<usize, extern "C-unwind" fn()>(addr)();
                    0
                }
                MainKind::Int { wide, argv: false } => {
                    if wide {
                        std::mem::transmute::<usize, extern "C-unwind" fn() -> i64>(addr)() as i32
                    } else {
                        std::mem::transmute::<usize, extern "C-unwind" fn() -> i32>(addr)()
                    }
                }
                MainKind::Int { wide, argv: true } => {
                    let p = argv.as_ptr();
                    if wide {
                        std::mem::transmute::<
                            usize,
                            extern "C-unwind" fn(i32, *const *const c_char) -> i64,
                        >(addr)(argc, p) as i32
                    } else {
                        std::mem::transmute::<
                            usize,
                            extern "C-unwind" fn(i32, *const *const c_char) -> i32,
                        >(addr)(argc, p)
                    }
                }
            }
        }
    };
    t.lap("run");
    Ok(status)
}

/// Compiles LLVM IR text into a standalone executable at `out`, linked
/// with the runtime like a Python program's. The IR must define a `main`
/// of one of the types [`run_ir`] accepts.
pub fn build_ir(text: &str, name: &str, cfg: Config, out: &Path) -> Result<(), Error> {
    let modules = compile_ir_modules(text, name, cfg, true)?;
    main_kind(&modules)?;
    let parts: Vec<(String, Vec<u8>)> = modules.into_iter().map(|m| (m.name, m.object)).collect();
    link::link_executable(&parts, cfg, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_markers_is_one_module() {
        let m = split_modules("define void @f() {\n  ret void\n}\n", "prog");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, "prog");
        assert!(m[0].1.starts_with("define"));
    }

    #[test]
    fn markers_split_and_keep_line_numbers() {
        let text = "; ---- module a ----\nA1\nA2\n; ---- module b ----\nB1\n";
        let m = split_modules(text, "prog");
        assert_eq!(m.len(), 2);
        assert_eq!(m[0], ("a".to_string(), "\nA1\nA2\n".to_string()));
        // B1 is line 5 of the whole text, and of b's text.
        assert_eq!(m[1].0, "b");
        assert_eq!(m[1].1.lines().nth(4), Some("B1"));
    }

    #[test]
    fn the_marker_is_the_one_emit_writes() {
        let text = format!("{}x\n", module_marker(";", "pkg.sub"));
        assert_eq!(split_modules(&text, "prog")[0].0, "pkg.sub");
    }

    fn f(ret: &str, params: &[&str], var_args: bool) -> IrModule {
        IrModule {
            name: "m".into(),
            object: vec![],
            functions: vec![IrFunction {
                name: "main".into(),
                ret: ret.into(),
                params: params.iter().map(|s| s.to_string()).collect(),
                var_args,
            }],
        }
    }

    #[test]
    fn main_types() {
        assert_eq!(main_kind(&[f("void", &[], false)]).unwrap(), MainKind::Void);
        assert_eq!(
            main_kind(&[f("i64", &["i32", "ptr"], false)]).unwrap(),
            MainKind::Int {
                wide: true,
                argv: true
            }
        );
        for bad in [
            f("double", &[], false),
            f("i32", &["i64"], false),
            f("void", &["i32", "ptr"], false),
            f("i32", &[], true),
        ] {
            assert!(matches!(
                main_kind(&[bad]),
                Err(Error::SignatureMismatch(_))
            ));
        }
        assert!(matches!(main_kind(&[]), Err(Error::FunctionNotFound(_))));
    }
}
