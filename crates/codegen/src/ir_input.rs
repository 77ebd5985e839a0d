//! LLVM IR given as input (`multigen run prog.ll`, the library's IR
//! helpers): text parsed into a module, checked by LLVM's verifier, then
//! optimised and emitted exactly like a module compiled from Python, so
//! that both back ends take it unchanged.
//!
//! Unlike IR this crate generates itself, input IR may be wrong, so parse
//! and verifier failures are the user's errors ([`IrError::Invalid`]), not
//! internal ones.

use crate::{optimize_and_emit, Emit, Options};
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Linkage;
use inkwell::values::FunctionValue;

/// Why IR input could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IrError {
    /// The text does not parse, or LLVM's verifier rejects the module:
    /// LLVM's message (with the line and column where the parser gives
    /// them).
    Invalid(String),
    /// A problem of the compiler or the target machine, not of the input.
    Internal(String),
}

/// A function that IR input defines and exports, with its type as LLVM
/// spells it (`i32`, `ptr`, `void`...), so that a caller can check a
/// signature before it calls the function through a pointer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IrFunction {
    pub name: String,
    pub ret: String,
    pub params: Vec<String>,
    pub var_args: bool,
}

impl IrFunction {
    /// The function's type as LLVM prints it: `i32 (i32, ptr)`.
    pub fn type_text(&self) -> String {
        let mut params = self.params.join(", ");
        if self.var_args {
            params.push_str(if self.params.is_empty() {
                "..."
            } else {
                ", ..."
            });
        }
        format!("{} ({params})", self.ret)
    }
}

/// One compiled module of IR input.
#[derive(Debug)]
pub struct IrObject {
    /// The native object, or the text asked for.
    pub bytes: Vec<u8>,
    /// The functions the module defines with external linkage, as the
    /// input declared them (before any wrapper below).
    pub functions: Vec<IrFunction>,
}

/// The name a `void main()` is given when [`Options::with_main`] wraps it.
pub const WRAPPED_MAIN: &str = "__mg_ir_void_main";

/// Parses, verifies, optimises and emits one module of LLVM IR text.
/// `name` names the module and is the buffer name LLVM's messages would
/// use. With `opts.with_main` (an executable), a `void main()` is renamed
/// and called from an `i32 main()` that returns 0, since the C start-up
/// code would otherwise take whatever is left in the return register as
/// the exit status.
pub fn compile_ir_module(
    text: &str,
    name: &str,
    opts: Options,
    emit: Emit,
) -> Result<IrObject, IrError> {
    let ctx = Context::create();
    let buffer = MemoryBuffer::create_from_memory_range_copy(text.as_bytes(), name);
    let module = ctx
        .create_module_from_ir(buffer)
        .map_err(|e| IrError::Invalid(parse_message(&e.to_string_lossy(), name)))?;
    module.verify().map_err(|e| {
        IrError::Invalid(format!(
            "LLVM's verifier rejects the module: {}",
            e.to_string_lossy().trim_end()
        ))
    })?;
    let functions: Vec<IrFunction> = module
        .get_functions()
        .filter(|f| is_exported_definition(*f))
        .map(describe)
        .collect();
    if opts.with_main {
        if let Some(main) = module.get_function("main") {
            let ty = main.get_type();
            if is_exported_definition(main)
                && ty.get_return_type().is_none()
                && ty.count_param_types() == 0
                && !ty.is_var_arg()
            {
                wrap_void_main(&ctx, &module, main)?;
            }
        }
    }
    let bytes = optimize_and_emit(&module, opts, emit).map_err(IrError::Internal)?;
    Ok(IrObject { bytes, functions })
}

/// Whether a function has a body that other modules (and the JIT's
/// lookups) can see.
fn is_exported_definition(f: FunctionValue) -> bool {
    f.count_basic_blocks() > 0
        && !matches!(
            f.get_linkage(),
            Linkage::Internal | Linkage::Private | Linkage::AvailableExternally
        )
}

fn describe(f: FunctionValue) -> IrFunction {
    let ty = f.get_type();
    IrFunction {
        name: f.get_name().to_string_lossy().into_owned(),
        ret: ty
            .get_return_type()
            .map(|t| t.print_to_string().to_string())
            .unwrap_or_else(|| "void".into()),
        params: ty
            .get_param_types()
            .iter()
            .map(|t| t.print_to_string().to_string())
            .collect(),
        var_args: ty.is_var_arg(),
    }
}

/// Renames `void main()` and adds `i32 main()` calling it and returning 0.
fn wrap_void_main<'ctx>(
    ctx: &'ctx Context,
    module: &inkwell::module::Module<'ctx>,
    main: FunctionValue<'ctx>,
) -> Result<(), IrError> {
    let internal = |e: inkwell::builder::BuilderError| IrError::Internal(e.to_string());
    main.as_global_value().set_name(WRAPPED_MAIN);
    let i32t = ctx.i32_type();
    let wrapper = module.add_function("main", i32t.fn_type(&[], false), None);
    let builder = ctx.create_builder();
    builder.position_at_end(ctx.append_basic_block(wrapper, "entry"));
    builder.build_call(main, &[], "").map_err(internal)?;
    builder
        .build_return(Some(&i32t.const_zero()))
        .map_err(internal)?;
    Ok(())
}

/// LLVM's parser reports `NAME:LINE:COL: error: MESSAGE`, then the line
/// and a caret under the column: the prefix becomes `line LINE, column
/// COL: MESSAGE`, the quoted line and caret stay.
fn parse_message(raw: &str, name: &str) -> String {
    let raw = raw.trim_end();
    let (first, rest) = raw.split_once('\n').unwrap_or((raw, ""));
    let located = first
        .strip_prefix(name)
        .and_then(|s| s.strip_prefix(':'))
        .and_then(|s| {
            let mut parts = s.splitn(3, ':');
            let line: u32 = parts.next()?.parse().ok()?;
            let col: u32 = parts.next()?.parse().ok()?;
            let msg = parts.next()?.trim_start();
            let msg = msg.strip_prefix("error:").unwrap_or(msg).trim_start();
            Some(format!("line {line}, column {col}: {msg}"))
        });
    match located {
        Some(head) if rest.is_empty() => head,
        Some(head) => format!("{head}\n{rest}"),
        None => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Options {
        Options {
            opt_level: 2,
            host_cpu: true,
            with_main: false,
            call_wrappers: false,
        }
    }

    #[test]
    fn lists_the_exported_functions_with_their_types() {
        let text = "define i32 @main(i32 %a, ptr %b) {\n  ret i32 %a\n}\n\
                    define internal void @hidden() {\n  ret void\n}\n\
                    declare i64 @external(double, ...)\n";
        let out = compile_ir_module(text, "m", opts(), Emit::Object).unwrap();
        assert_eq!(out.functions.len(), 1);
        assert_eq!(out.functions[0].name, "main");
        assert_eq!(out.functions[0].type_text(), "i32 (i32, ptr)");
        assert!(!out.bytes.is_empty());
    }

    #[test]
    fn parse_errors_carry_line_and_column() {
        let text = "define i32 @main() {\n  bogus i32 0\n}\n";
        let Err(IrError::Invalid(msg)) = compile_ir_module(text, "m.ll", opts(), Emit::Object)
        else {
            panic!("expected a parse error");
        };
        assert!(msg.starts_with("line 2, column 3: "), "{msg}");
    }

    #[test]
    fn verifier_errors_are_invalid_input() {
        // This parses, but `%x` is used where its definition does not
        // dominate the use, which only the verifier checks.
        let text = "define i32 @main() {\nentry:\n  br label %next\nnext:\n  ret i32 %x\n\
                    other:\n  %x = add i32 1, 2\n  br label %next\n}\n";
        let Err(IrError::Invalid(msg)) = compile_ir_module(text, "m", opts(), Emit::Object) else {
            panic!("expected a verifier error");
        };
        assert!(
            msg.contains("verifier") && msg.contains("dominate"),
            "{msg}"
        );
    }

    #[test]
    fn void_main_is_wrapped_for_executables() {
        let text = "define void @main() {\n  ret void\n}\n";
        let o = Options {
            with_main: true,
            ..opts()
        };
        let out = compile_ir_module(text, "m", o, Emit::LlvmIr).unwrap();
        let ir = String::from_utf8(out.bytes).unwrap();
        assert!(ir.contains("define noundef i32 @main()") || ir.contains("i32 @main()"));
        assert!(ir.contains(WRAPPED_MAIN), "{ir}");
        assert_eq!(out.functions[0].type_text(), "void ()");
    }
}
